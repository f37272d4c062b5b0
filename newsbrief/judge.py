"""Judges decide whether two statements about the same thing disagree.

The default `RuleJudge` runs offline: no natural-language-inference model ships in any
package, so it combines the alignment (the caller only asks about statements that already
look like the same fact) with checks that say *how* they differ: who holds a place, numbers,
dates, places, negation, and hedged against flat claims. `ChatJudge` asks an
OpenAI-compatible chat endpoint the user runs (llama.cpp, Ollama, vLLM); it is never
required, times out quickly, and falls back to the rule judge.
"""
from __future__ import annotations

import http.client
import json
import re
import urllib.request
from dataclasses import dataclass, field
from typing import Protocol

from .align import STOPWORDS
from .entities import Mentions, number_value

NEGATION = re.compile(r"\b(?:not|no|never|denied|denies|deny|refused|refuses|without|neither|nor)\b|n't\b", re.I)
HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|purported(?:ly)?|may|might|could|possibly|apparently|appears? to|"
    r"is believed|are believed|claimed|claims|unconfirmed|rumou?red|suspected)\b", re.I)
# "IS-held Idlib province", "the rebel-controlled city of Aleppo"
HELD_PLACE = re.compile(
    r"\b(?P<who>[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*)?)-(?:held|controlled|occupied|run)\s+"
    r"(?:(?:city|province|region|town|area|district|territory) of\s+)?(?P<place>[A-Z][\w-]+)")
# "<place> is largely under the control of X": searched from each place the sentence names.
UNDER = r"[^.;]{0,80}?\b(?:under the control of|controlled by|held by|in the hands of|under)\s+"
CONTROLLER = r"(?P<who>[^.;,]{2,120}?)(?=[.;,]|$| with\b| which\b| while\b| since\b| until\b)"
REFERRING = re.compile(r"\b[Tt]he (?:province|region|city|town|area|district|territory)\b" + UNDER + CONTROLLER)
UNDER_CONTROL = re.compile(r"under (?!the\b)(?P<who>[\w-]+(?: [\w-]+)?) control")
# Words that describe a controller without naming it: they cannot contradict a name.
GENERIC_CONTROLLERS = STOPWORDS | {
    "group", "groups", "rebel", "rebels", "militant", "militants", "forces", "associated", "backed",
    "rival", "control", "portions", "parts", "largely", "partly", "mostly", "currently", "armed",
    "fighters", "salafist", "jihadist", "jihadists", "opposition", "government",
}


@dataclass(frozen=True)
class Statement:
    """A sentence as a judge sees it: its text, entities, and the place it last spoke of."""

    text: str
    mentions: Mentions = field(default_factory=Mentions)
    previous_place: str | None = None  # what "the province" refers to


@dataclass(frozen=True)
class Verdict:
    kind: str  # control, numbers, dates, places, negation, hedging, or llm
    reason: str


class Judge(Protocol):
    name: str

    def __call__(self, a: Statement, b: Statement) -> Verdict | None: ...


def controller_words(phrase: str) -> frozenset[str]:
    """The words that name a controller; acronyms ("IS") count even when they spell a stopword."""
    words = set()
    for word in re.split(r"[\s-]+", phrase):
        word = word.strip("'’.,")
        if word.isupper() and len(word) > 1:
            words.add(word)
        elif word and word.lower() not in GENERIC_CONTROLLERS:
            words.add(word.lower())
    return frozenset(words)


def control_claims(statement: Statement) -> dict[str, str]:
    """Place (lower-cased) → who the statement says holds it."""
    claims: dict[str, str] = {}
    text = statement.text
    for match in HELD_PLACE.finditer(text):
        claims.setdefault(match.group("place").lower(), match.group("who"))
    if statement.previous_place:
        for match in REFERRING.finditer(text):
            claims.setdefault(statement.previous_place.lower(), match.group("who").strip())
    for place in statement.mentions.places:
        for match in re.finditer(re.escape(place) + UNDER + CONTROLLER, text):
            claims.setdefault(place.lower(), match.group("who").strip())
    for match in UNDER_CONTROL.finditer(text):
        places = [p for p in statement.mentions.places if p in text[: match.start()]]
        if places:
            claims.setdefault(places[-1].lower(), match.group("who"))
    return claims


def _numbers(mentions: Mentions) -> set[float]:
    values = {number_value(n) for n in mentions.numbers}
    return {v for v in values if v is not None}


SPECIFIC_DATE = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:19|20)\d\d)\b", re.I)


def _specific_dates(mentions: Mentions) -> tuple[str, ...]:
    """Dates that pin a day, month or year ("Thursday", "May 4"), not spans such as "six-year"."""
    return tuple(d for d in mentions.dates if SPECIFIC_DATE.search(d))


def _disjoint(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    keys_a = {x.lower() for x in a}
    keys_b = {x.lower() for x in b}
    return bool(keys_a) and bool(keys_b) and not (keys_a & keys_b)


@dataclass(frozen=True)
class RuleJudge:
    """Offline checks on two aligned statements; returns the first way they differ, if any."""

    name: str = "rules"

    def __call__(self, a: Statement, b: Statement) -> Verdict | None:
        claims_a, claims_b = control_claims(a), control_claims(b)
        for place in claims_a.keys() & claims_b.keys():
            who_a, who_b = controller_words(claims_a[place]), controller_words(claims_b[place])
            if who_a and who_b and not (who_a & who_b):
                return Verdict("control", f"who holds {place.title()}: {claims_a[place]} vs {claims_b[place]}")
        numbers_a, numbers_b = _numbers(a.mentions), _numbers(b.mentions)
        if numbers_a and numbers_b and not (numbers_a & numbers_b):
            return Verdict("numbers", f"{', '.join(a.mentions.numbers)} vs {', '.join(b.mentions.numbers)}")
        dates_a, dates_b = _specific_dates(a.mentions), _specific_dates(b.mentions)
        if _disjoint(dates_a, dates_b):
            return Verdict("dates", f"{', '.join(dates_a)} vs {', '.join(dates_b)}")
        if _disjoint(a.mentions.places, b.mentions.places):
            return Verdict("places", f"{', '.join(a.mentions.places)} vs {', '.join(b.mentions.places)}")
        if bool(NEGATION.search(a.text)) != bool(NEGATION.search(b.text)):
            return Verdict("negation", "one statement negates what the other asserts")
        if bool(HEDGE.search(a.text)) != bool(HEDGE.search(b.text)):
            return Verdict("hedging", "one statement hedges what the other states flatly")
        return None


@dataclass(frozen=True)
class ChatJudge:
    """Asks an OpenAI-compatible chat endpoint whether two statements contradict.

    Any failure (server down, timeout, an answer that is not the JSON asked for) falls back
    to `fallback` and is recorded in `failures`, so a brief never depends on the server.
    """

    url: str
    model: str
    timeout: float = 10.0
    fallback: Judge = field(default_factory=RuleJudge)
    failures: list = field(default_factory=list, compare=False)
    name: str = "chat"

    PROMPT = (
        "Two news outlets wrote these statements about the same story.\n"
        "A: {a}\nB: {b}\n"
        'Can both be true as written, and do they frame the fact the same way? Answer only JSON: '
        '{{"contradiction": true|false, "reason": "<one short sentence>"}}'
    )

    def __call__(self, a: Statement, b: Statement) -> Verdict | None:
        body = json.dumps({
            "model": self.model,
            "messages": [{"role": "user", "content": self.PROMPT.format(a=a.text, b=b.text)}],
            "temperature": 0,
        }).encode()
        request = urllib.request.Request(
            self.url.rstrip("/") + "/chat/completions", data=body, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer = json.loads(response.read())["choices"][0]["message"]["content"]
            if not isinstance(answer, str):
                raise ValueError(f"the answer is {type(answer).__name__}, not text")
            verdict = json.loads(answer[answer.index("{") : answer.rindex("}") + 1])
            contradiction = verdict["contradiction"]
        except (OSError, http.client.HTTPException, ValueError, KeyError, IndexError, TypeError) as exc:
            self.failures.append(f"judge at {self.url} failed ({type(exc).__name__}: {exc}); used the rule judge")
            return self.fallback(a, b)
        return Verdict("llm", str(verdict.get("reason", ""))) if contradiction is True else None
