"""Direct quotes and who said them.

A quote is a quoted span of at least two words in a sentence with an attribution verb
("said", "told", "added", "according to"...). The speaker is the person named next to the
verb; a pronoun or a description ("he", "the Russian leader") resolves to the last person
the article named before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import Mentions, name_key
from .models import Sentence

QUOTED = re.compile(r"[“\"]([^“”\"]{3,}?)[”\"]")
ATTRIBUTION = re.compile(
    r"(?<![\w-])(?:said|says|say|saying|added|adds|adding|told|tells|wrote|writes|stated|explained|noted|warned|"
    r"insisted|declared|announced|tweeted|asked|argued|according to|quoted|called|denounced|described|"
    r"emphasi[sz]ed|stressed|urged|claimed|vowed|pledged|promised)\b",
    re.IGNORECASE,
)
MIN_QUOTE_WORDS = 2


@dataclass(frozen=True)
class Quote:
    speaker: str  # the fullest form of the name found in the article
    text: str  # the quoted words only
    sentence: Sentence

    @property
    def speaker_key(self) -> str:
        return name_key(self.speaker)


def outside_quotes(text: str) -> str:
    """The sentence with quoted words blanked out, same length, so offsets still match."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def _speaker_near(outside: str, verb: re.Match, people: tuple[str, ...]) -> str | None:
    """The named person closest to the attribution verb, outside the quoted words."""
    best, distance = None, None
    for person in people:
        for found in re.finditer(re.escape(person), outside):
            gap = verb.start() - found.end() if found.end() <= verb.start() else found.start() - verb.end()
            if gap >= 0 and (distance is None or gap < distance):
                best, distance = person, gap
    return best


def extract_quotes(sentences: list[Sentence], mentions: list[Mentions]) -> list[Quote]:
    """Quotes of one article's sentences (in order), with their speakers resolved."""
    quotes: list[Quote] = []
    last_person: str | None = None
    fullest: dict[str, str] = {}
    for sentence, named in zip(sentences, mentions):
        for person in named.people:
            key = name_key(person)
            if len(person) > len(fullest.get(key, "")):
                fullest[key] = person
        spans = [m.group(1).strip(" ,.") for m in QUOTED.finditer(sentence.text)]
        spans = [s for s in spans if len(s.split()) >= MIN_QUOTE_WORDS]
        outside = outside_quotes(sentence.text)
        verb = ATTRIBUTION.search(outside)
        if spans and verb:
            speaker = _speaker_near(outside, verb, named.people) or last_person
            if speaker:
                quotes.extend(Quote(fullest.get(name_key(speaker), speaker), span, sentence) for span in spans)
        if named.people:
            last_person = named.people[-1]
    return quotes
