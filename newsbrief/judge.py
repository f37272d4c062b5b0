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

from .align import STOPWORDS, content_words
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


# "about $973,000", "almost $1 million": a figure given loosely covers the exact one it rounds.
APPROXIMATE = re.compile(r"\b(?:about|almost|nearly|around|roughly|approximately|some|more than|over|"
                         r"less than|under|up to|at least|close to)\s", re.I)


def _numbers(mentions: Mentions) -> list[tuple[float, bool]]:
    """Each number's value, and whether it is given loosely ("about 10")."""
    values = [(number_value(n), bool(APPROXIMATE.match(n))) for n in mentions.numbers]
    return [(v, loose) for v, loose in values if v is not None]


def _rounds_to(exact: float, loose: float) -> bool:
    """Whether `exact` rounded to as many significant digits as `loose` has gives `loose`."""
    if loose == 0:
        return exact == 0
    digits = len(f"{abs(loose):.15g}".split("e")[0].replace(".", "").strip("0")) or 1
    return float(f"{exact:.{digits}g}") == loose


def _numbers_agree(a: list[tuple[float, bool]], b: list[tuple[float, bool]]) -> bool:
    """Some figure of one statement is a figure of the other: the same value, or one given
    loosely that the other, exactly given, rounds to ("about $973,000" and "$972,814")."""
    return any(x == y or (loose_y and _rounds_to(x, y)) or (loose_x and _rounds_to(y, x))
               for x, loose_x in a for y, loose_y in b)


WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
MONTH = re.compile(r"\b(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                   r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:\s+(?P<day>\d{1,2})\b)?", re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# A date beside a verb of saying is when someone spoke, not the date of what they said: "the
# ministry said Tuesday", "On Monday, the minister said". Outlets writing a day apart give
# different such dates for one fact, so they never make a date disagreement.
SAYING = (r"(?:said|says|saying|told|tells|telling|announced|stated|added|tweeted|declared|"
          r"reported|explained|insisted|warned|claimed|argued|vowed|confirmed|acknowledged|noted|testified|"
          r"urged|denied|disputed|expressed|blasted)")
# What may stand between the verb and its date: "told reporters", "said in a statement", "told
# The Associated Press in an interview" (an audience or a channel, never a clause).
SPEECH_SETTING = (r"(?:(?:in|at|during|to|on|via)\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?"
                  r"(?:(?:[A-Z][\w.&'’-]*|news|press|joint|written|radio|television|phone|video)\s+)*"
                  r"(?:statement|interview|conference|briefing|release|speech|hearing|post|tweet|letter|email|"
                  r"call|address|reporters|journalists|[A-Z][\w.&'’-]*)")
SAID_BEFORE = re.compile(rf"\b{SAYING}(?:\s+{SPEECH_SETTING}){{0,2}},?\s+(?:(?:on|late|early|this|last)\s+)?$")
# The verb right after the date ("Trump on Saturday said"), or after a date that opens the
# sentence, a comma and the speaker ("On Monday, the minister said"); a date later in the
# sentence followed by a comma ends a clause ("since 2003, and that's what Ryan argued").
SAID_AFTER = re.compile(rf"^(?:\s+(?:morning|afternoon|evening|night))?\s+{SAYING}\b")
OPENING = re.compile(r"^\W*(?:(?:on|late|early|earlier|later|this|last)\s+)*$", re.I)
SPEAKER_THEN_SAID = re.compile(rf"^(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:[^\s,;:]+\s+){{1,5}}?{SAYING}\b")


def _is_speech_date(text: str, start: int, end: int) -> bool:
    before, after = text[:start], text[end:]
    return bool(SAID_BEFORE.search(before) or SAID_AFTER.match(after)
                or (OPENING.match(before) and SPEAKER_THEN_SAID.match(after)))


def _fact_dates(statement: Statement) -> list[str]:
    """The dates a statement gives for its facts: every date it names but where it was said."""
    text = statement.text
    return [date for date in statement.mentions.dates
            if not all(_is_speech_date(text, m.start(), m.end()) for m in re.finditer(re.escape(date), text))]


def _dates_by_kind(statement: Statement) -> dict[str, dict[tuple[str, str | None], str]]:
    """Weekdays, months (with their day, if given) and years a statement gives for its facts,
    each kind apart (key → as written): "September" and "Wednesday" can both be true,
    "Tuesday" and "Wednesday" cannot. A month is keyed by its first three letters and its
    day, so "Oct. 3" is "October 3"."""
    found: dict[str, dict[tuple[str, str | None], str]] = {"weekday": {}, "month": {}, "year": {}}
    for date in _fact_dates(statement):
        found["weekday"].update(((m.group(0).lower(), None), m.group(0)) for m in WEEKDAY.finditer(date))
        found["month"].update(((m.group("month")[:3].lower(), m.group("day")), m.group(0)) for m in MONTH.finditer(date))
        found["year"].update(((m.group(0), None), m.group(0)) for m in YEAR.finditer(date))
    return found


def _same_date(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Whether two dates of one kind can be the same day: "March" covers "March 2", since a
    month named alone is only as precise as it says."""
    (name_a, day_a), (name_b, day_b) = a, b
    return name_a == name_b and (day_a is None or day_b is None or day_a == day_b)


def _local_cue(cue: re.Pattern, text: str, other: str) -> bool:
    """A cue ("not", "reportedly") that bears on something the other statement also says:
    one of the next three words is a content word of the other statement."""
    shared = content_words(other)
    for match in cue.finditer(text):
        following = " ".join(text[match.end():].split()[:3])
        if content_words(following) & shared:
            return True
    return False


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
        if numbers_a and numbers_b and not _numbers_agree(numbers_a, numbers_b):
            return Verdict("numbers", f"{', '.join(a.mentions.numbers)} vs {', '.join(b.mentions.numbers)}")
        dates_a, dates_b = _dates_by_kind(a), _dates_by_kind(b)
        for kind in dates_a:
            if dates_a[kind] and dates_b[kind] and not any(_same_date(x, y) for x in dates_a[kind] for y in dates_b[kind]):
                return Verdict("dates", f"{', '.join(dates_a[kind].values())} vs {', '.join(dates_b[kind].values())}")
        if _disjoint(a.mentions.places, b.mentions.places):
            return Verdict("places", f"{', '.join(a.mentions.places)} vs {', '.join(b.mentions.places)}")
        for cue, kind, reason in ((NEGATION, "negation", "one statement negates what the other asserts"),
                                  (HEDGE, "hedging", "one statement hedges what the other states flatly")):
            if _local_cue(cue, a.text, b.text) != _local_cue(cue, b.text, a.text) and \
                    bool(cue.search(a.text)) != bool(cue.search(b.text)):
                return Verdict(kind, reason)
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
