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
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import takewhile
from typing import Protocol

from .align import (CURRENCY_SIGN, ORDINAL_WORDS, SPELT_NUMBERS, STOPWORDS, YEAR_NUMBER, content_words, how_given,
                    TALLY, rounds_to, tallies, written_rounded)
from .entities import KIND_NOUNS, LABEL_KINDS, PLACE_PREPOSITIONS, SCALE, SCALES, Mentions, name_form, number_value, tagged
from .sentences import MONTH_NAME, MONTHS, SAYING, WEEKDAY_NAME, WEEKDAYS

# Outlets differ in typography alone ("don’t" and "don't", “ and "): the rules that read words
# read the plain forms, so a house style never makes a disagreement.
PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
# Cues, read on plain text. "has yet to" is "has not"; "cannot" is one word for "can not"; "non-"
# negates as "no" does ("non-life-threatening injuries", "no life-threatening injuries"); "unlikely
# to meet" is "probably not meeting" (so it hedges too; "an unlikely star" neither); to prohibit is
# to not allow (but "the order prohibiting downloads" names a rule, `_names_rule`), to contradict is to deny.
UNLIKELY = r"unlikely(?=\s+(?:to|that)\b)"
NEGATION = re.compile(
    rf"\b(?:not|no|never|cannot|denied|denies|deny|refused|refuses|without|neither|nor|yet to|non(?=-)|{UNLIKELY}|"
    r"prohibit(?:s|ed|ing)?|contradict(?:s|ed|ing)?)\b|n't\b", re.I)
# "Claims" hedges as a verb of asserting ("claims that", "claimed to"), not as a noun ("false
# fraud claims", "jobless claims fell"), nor in "claimed the lives of" or "claimed responsibility".
# "May" capitalised is the month ("a May 10 meeting"); the modal is lower case. "May not" and
# "mightn't" still hedge; "could not" and "couldn't" say what someone was unable to do. "An apparent
# suicide" hedges as "apparently" does; "apparent that" and "apparent to" say a thing is plain.
# Hearsay is the hedges that tell a claim as someone else's (alleged, reported, believed, claimed, "a
# study suggests" or "suggests that", not "the tools suggest planning"); doubts are those that
# question whether a thing is or was so, hearsay and "may have been", "apparently", "possibly",
# "probably", "perhaps", "maybe" (so "probably an undercount" and "might be an undercount" both hedge).
# Beside a statement that attributes the claim too, neither outlet vouches for it. A modal of what
# may come ("could close") and a threat ("threatened to advise") tell a possibility, which differs
# from what the other reports was said ("will close"), as does not ruling a thing out ("cannot rule out
# another shutdown", "has not ruled out a run", "refused to rule it out"): it may come.
HEARSAY = (r"reportedly|allegedly|purported(?:ly)?|is believed|are believed|claim(?:s|ed)\s+(?:that|to)|rumou?red|"
           r"suspected|suggest(?:s|ed)(?=\s+that\b|\s*[,.;])|"
           r"claiming(?!\s+(?:the\s+)?(?:li(?:v|f)es?|responsibility|credit|victory)\b)")
LIKELIHOOD = r"possibly|probably|perhaps|maybe"
NOT_RULED_OUT = r"(?:not|never|cannot|\w+n't|refus(?:e|es|ed|ing)\s+to)\s+(?:be\s+)?rul(?:e|es|ed|ing)\s+(?:\w+\s+)?out"
DOUBT = rf"{HEARSAY}|(?:(?:(?-i:may)|might)(?:n't)?|could)\s+have|{LIKELIHOOD}|apparently|apparent|appears? to|unconfirmed"
HEDGE = re.compile(
    rf"\b(?:{HEARSAY}|(?:(?-i:may)|might)(?:n't)?(?:\s+have)?|could(?!n't|\s+not\b)(?:\s+have)?|{LIKELIHOOD}|"
    rf"apparently|apparent(?!\s+(?:that|to)\b)|appears? to|unconfirmed|{UNLIKELY}|threaten(?:s|ed|ing)?\s+to|{NOT_RULED_OUT})\b",
    re.I)
# Verbs that tell what someone said: the project's `sentences.SAYING`, and those that announce,
# report, warn or deny ("the ministry announced Tuesday", "told reporters"). Not those of SAYING
# that beside a date tell the event itself: after a quotation "continued" is speaking on, "wrote"
# writing it and "recalled" remembering, but "protests continued Monday", "in April wrote a letter
# to the patriarch" and "Ford recalled 9,000 cars Friday" date what happened.
SPEECH_VERBS = (rf"(?:(?!(?:continued|wrote|writes|recalled)\b){SAYING}|saying|told|tells|telling|announced|stated|"
                r"declared|reported|reporting|warned|claimed|vowed|confirmed|acknowledged|testified|urged|denied|"
                r"disputed|disputing|expressed|blasted)")
# What tells a claim as someone's: a verb of saying, "according to", a finding, or a charge
# ("was charged with", "prosecutors alleged").
ATTRIBUTION = re.compile(
    rf"\b(?:{SPEECH_VERBS}|according to|(?:found|finds) that|charged|accused|indicted|alleges|alleged)\b", re.I)
# A modal in a purpose clause says what something is for, not how sure the writer is: "so he
# could be tried" is "so he can be tried" after a past verb. Bare "so" after a comma opens a
# result ("..., so the vote could slip"), which may hedge, and so does a degree's result: "so
# severe (that) it could", "so much rain the river may", a word after "so" and then a subject.
SUBJECT_OPENING = r"(?:he|she|it|they|we|you|i|the|a|an|his|her|its|their|this|these|those|there)"
DEGREE_RESULT = rf"(?:much\s+|many\s+)?[\w'-]+\s+(?:that\s+)?{SUBJECT_OPENING}\b"
PURPOSE_OPENING = re.compile(
    rf"(?:(?<![,;])\sso|\bso\s+that|\bin\s+order\s+that)\s+(?!{DEGREE_RESULT})(?:[\w'.-]+\s+){{1,4}}$", re.I)
MODALS = ("may", "might", "could")
# A modal in what a court ruled grants or withholds leave, doubting nothing: "a court ruled in 2010
# that the college could rename the stadium only after it repaid the gift".
RULING_OPENING = re.compile(r"\brul(?:ed|es|ing)\s+(?:\w+\s+){0,3}?that\s+(?:[\w'.-]+\s+){1,4}$", re.I)
UNDOUBTING_OPENINGS = (PURPOSE_OPENING, RULING_OPENING)
# Where a clause ends: punctuation (not the comma of a figure's thousands, "6,121"), and the words that
# open another clause. A cue bears on the claim of its own clause ("..., which could give Perry a boost"
# hedges the boost, not the endorsement).
CLAUSE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d{3}(?!\d))|[;:()\[\]—–―]|\s-+\s|[.?!](?=[\"')]*(?:\s+[A-Z\"]|$))|"
    r"\b(?:and|but|or|if|because|while|though|although|whether|that|which|who|whom|whose|when|where|since|so)\b", re.I)
# Words between a negation and the word it negates ("did not *discuss*", "don't have *discretion*",
# "is not the *objective*"); any other word there is what is negated ("not *only*", "not *whether*").
BEFORE_NEGATED = frozenset(
    "a an the be been being am is are was were have has had do does did to i you he she it we they "
    "my your his her its our their".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*|\d[\d.,]*")
# Content words a cue's clause shares with the other statement for both to make one claim: a
# predicate and two of its words; two alone are mostly a name and a topic ("Lambach ... women").
CLAIM_WORDS = 3
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


# What a judge reads of a sentence. Sentences of news run to some hundreds of characters (the
# longest of AllSides and BASIL to 857); a longer one is a page a cleaner let through whole, and
# rules that look back over the text from each date or name take time growing with the square of
# its length: a minute for one of 55 KB.
JUDGED_CHARACTERS = 1000


@dataclass(frozen=True)
class Statement:
    """A sentence as a judge sees it: its text, entities, and the place it last spoke of. Of a
    sentence longer than JUDGED_CHARACTERS it keeps the words that begin it and the mentions
    these hold (`_within`), so no rule reads more."""

    text: str
    mentions: Mentions = field(default_factory=Mentions)
    previous_place: str | None = None  # what "the province" refers to

    def __post_init__(self):
        if len(self.text) > JUDGED_CHARACTERS:
            text = self.text[:JUDGED_CHARACTERS]
            if not self.text[JUDGED_CHARACTERS].isspace():  # no piece of a word, unless it is one word
                text = re.sub(r"\s*\S+\Z", "", text) or text
            object.__setattr__(self, "text", text)  # frozen: set once, here
            object.__setattr__(self, "mentions", _within(self.mentions, text))


def _within(mentions: Mentions, text: str) -> Mentions:
    """The mentions that the text holds: those of a sentence's first words when the text is its beginning."""
    return replace(mentions, **{kind: tuple(m for m in getattr(mentions, kind) if m in text)
                                for kind in ("people", "places", "organisations", "numbers", "dates")},
                   entities=tuple(e for e in mentions.entities if e.text in text))


@dataclass(frozen=True)
class Verdict:
    kind: str  # control, numbers, dates, places, negation, hedging, or llm
    reason: str


class Judge(Protocol):
    name: str

    def __call__(self, a: Statement, b: Statement) -> Verdict | None: ...


def plain(text: str) -> str:
    return text.translate(PLAIN_QUOTES)


def controller_words(phrase: str) -> frozenset[str]:
    """The words that name a controller; acronyms ("IS") count even when they spell a stopword."""
    words = set()
    for word in re.split(r"[\s-]+", plain(phrase)):
        word = word.strip("'.,")
        if word.isupper() and len(word) > 1:
            words.add(word)
        elif word and word.lower() not in GENERIC_CONTROLLERS:
            words.add(word.lower())
    return frozenset(words)


def control_claims(statement: Statement) -> dict[str, str]:
    """Place (lower-cased, plain quotes) → who the statement says holds it."""
    claims: dict[str, str] = {}
    text = statement.text
    for match in HELD_PLACE.finditer(text):
        claims.setdefault(plain(match.group("place")).lower(), match.group("who"))
    if statement.previous_place:
        for match in REFERRING.finditer(text):
            claims.setdefault(plain(statement.previous_place).lower(), match.group("who").strip())
    for place in statement.mentions.places:
        for match in re.finditer(re.escape(place) + UNDER + CONTROLLER, text):
            claims.setdefault(plain(place).lower(), match.group("who").strip())
    for match in UNDER_CONTROL.finditer(text):
        places = [p for p in statement.mentions.places if p in text[: match.start()]]
        if places:
            claims.setdefault(plain(places[-1]).lower(), match.group("who"))
    return claims


# How many words either side of a figure say what it measures: "winds ... 130 mph" beside
# "traveling at 12 mph" (the storm's forward speed), both in mph.
MEASURE_REACH = 3
# What a figure counts, by its unit: a share ("70% of adults"), a sum of money ("$26 billion") and
# anything else ("160 million adults", "1.6 billion doses") are never one quantity.
PERCENT = re.compile(r"%|\bper ?cent", re.I)
MONEY = re.compile(r"[$£€¥]|\b(?:dollar|euro|yuan|yen)s?\b", re.I)
# Sums in two currencies are never one quantity: "$24m" and "€22m" may be one sum converted.
CURRENCIES = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}
# A scale written right after the figure spaCy found: "€24.2m" (the mention is "24.2").
SCALE_AFTER = re.compile(SCALE, re.I)
# Numbers in words ("Sixty-seven", `align.SPELT_NUMBERS`) take a scale in words: "a dozen", "two million dollars".
SPELT_SCALES = {"dozen": 12, "hundred": 100} | {word: value for word, value in SCALES.items() if len(word) > 2}
SPELT_START = re.compile(r"\b(?:a|an|" + "|".join((*SPELT_NUMBERS, *SPELT_SCALES)) + r")\b", re.I)
# A period right after a figure makes it a time: "for two months", "a 10-year term".
PERIOD_WORD = r"[\s-]+(day|week|month|year)s?"
PERIOD_AFTER = re.compile(rf"\w{PERIOD_WORD}\b", re.I)
# A date mention that is only a time so long ("two months", "only three months"), not a date
# ("two months ago", "last month"): a figure, as "raise the debt limit for two months" and "for only three months" give two.
DURATION = re.compile(rf"(?:\w+\s+)*?\S+{PERIOD_WORD}", re.I)
# A time so long before or after an event is when something is so, not how long: "90% effective six
# months after the shot" and "falls below 50 percent after five months" tell of two moments, not two lengths.
SINCE_EVENT_AFTER = re.compile(r"\s+(?:after|before|later|earlier|ago|since)\b", re.I)
SINCE_EVENT_BEFORE = re.compile(r"\b(?:after|before)\s+$", re.I)
# Words after a number that make it a part, not a count: "two-thirds", "one half".
FRACTIONS = frozenset({"half", "halves", "quarter", "quarters"} | set(ORDINAL_WORDS) | {f"{w}s" for w in ORDINAL_WORDS})
# "One of the officers" is one member of a group, as "an officer" is, not a count of those who did it.
ONE_OF_GROUP = re.compile(r"\s+of\s+(?:the|these|those|them|us|you|his|her|its|our|their)\b", re.I)
# An age, a time in years before now, is no count: "a 2.5-million-year-old skull", "320,000 years ago".
# spaCy takes some for numbers ("2.5-million"), most for dates; how outlets' ages compare is
# `compare`'s question (another age is another fact), not one of counts.
YEARS_BEFORE_NOW = r"[\s-]+years?[\s-]+(?:ago|old)\b"
AGE_AFTER = re.compile(YEARS_BEFORE_NOW, re.I)
# A unit says how a quantity is counted, not which quantity it is.
UNIT_WORDS = content_words("mph kph km kilometers kilometres miles meters metres feet foot inches pounds kilograms kg "
                           "tons tonnes percent per cent dollars euros hour")


@dataclass(frozen=True)
class Counted:
    """What a figure counts, as the words beside it tell: the noun it counts ("97 *rockets*", "$25
    million in punitive *damages*"), the adjectives narrowing that noun ("*punitive*"), the verb of
    what was done to it ("97 rockets fired from Gaza *hit* Israel", "*fired* 300 rockets"), and
    whether it counts on from another figure ("99 more", "another 99") or is part of one ("including
    $25 million"); None where the text does not say. The nouns before the counted one ("four *rabies*
    shots") say which of it too (`counts_one_thing`)."""

    noun: str | None
    narrowing: frozenset[str]
    predicate: str | None
    relative: bool
    compounded: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Figure:
    """A number a statement gives: as written, its value, how it is given ("exact", "loose",
    "lower" bound, "upper" bound, or "within" an order, `_order_range`), what it counts ("share",
    "money" or "count") and the words beside it that say what it measures."""

    written: str
    value: float  # the least value of an order
    given: str
    quantity: str
    measures: frozenset[str]
    span: tuple[int, int] | None = None  # where its words begin and end in the text, if it holds them
    most: float | None = None  # the greatest value of an order
    given_by: str = ""  # the words that give it so ("at least", "over", "about"), if any


# A count by its order alone, as (least, greatest) from one order up to the next: "hundreds" is 100
# to 999, "thousands" 1,000 to 999,999, "tens of thousands" 10,000 to 99,999; "dozens" is two dozen
# and more, short of a hundred. Hundreds and thousands of one crowd are two counts.
ORDERS = {"dozens": (24, 100), "hundreds": (100, 1e3)} | {
    f"{word}s": (value, value * 1e3) for word, value in SCALES.items() if len(word) > 2}
ORDER_TIMES = {"tens": 10, "hundreds": 100}  # "tens of thousands", "hundreds of millions"
ORDER_COUNT = re.compile(rf"(?:({'|'.join(ORDER_TIMES)})\s+of\s+)?({'|'.join(ORDERS)})", re.I)


def _order_range(written: str) -> tuple[float, float] | None:
    """(least, greatest) of a count given by its order (`ORDERS`); None for any other words."""
    order = ORDER_COUNT.fullmatch(written.strip())
    if not order:
        return None
    least, next_order = ORDERS[order.group(2).lower()]
    if times := ORDER_TIMES.get((order.group(1) or "").lower()):
        return least * times, least * times * 10 - 1  # "tens of thousands": 10,000 up to a hundred thousand
    return least, next_order - 1


def _quantity(written: str) -> str:
    """What a figure counts, from its words with the sign before and the word after ("$26 billion",
    "5 percent", "two months"): a share, a count, money in a currency ("money in euro" for "€24.2m"
    and "24.2 million euros"), or a time in a period ("time in month" for "two months", "a 10-year")."""
    if PERCENT.search(written):
        return "share"
    money = MONEY.search(written)
    if money:
        currency = money.group(0).lower().rstrip("s")
        return f"money in {CURRENCIES.get(currency, currency)}"
    period = PERIOD_AFTER.search(written)
    return f"time in {period.group(1).lower()}" if period else "count"


def _figure_start(written: str) -> int | None:
    """Where the figure begins in a number mention: its first digit, else its first number word
    ("More than sixty", "About a dozen"); None where it has neither ("dozens")."""
    found = re.search(r"\d", written) or SPELT_START.search(written)
    return found.start() if found else None


def figure_value(written: str) -> float | None:
    """The value of a figure as written, with its scale ("€24.2m" is 24.2 million); a number in words
    ("Sixty-seven", "a dozen") by `_spelt_value`, where the words before it say how it is given
    ("More than sixty"), not that it is vague ("Several hundred")."""
    start = _figure_start(written)
    if start is None:
        return None
    if written[start].isdigit():
        return number_value(written)
    return _spelt_value(written[start:]) if how_given(written[:start])[1] == 0 else None


def _spelt_value(written: str) -> float | None:
    """"Sixty-seven" → 67, "a dozen" → 12, "two million dollars" → 2e6; None for words that give no
    exact number ("dozens", "several hundred", "two-thirds")."""
    total, part, seen = 0.0, 0.0, False
    for word in re.findall(r"[a-z]+", written.lower()):
        if word in SPELT_NUMBERS:
            part += SPELT_NUMBERS[word]
        elif word in SPELT_SCALES:
            part = (part or 1) * SPELT_SCALES[word]  # "a dozen", "a million"
            if SPELT_SCALES[word] >= 1000:
                total, part = total + part, 0.0
        elif word in ("a", "an", "and"):
            continue
        elif seen and word not in FRACTIONS:
            break  # the words after the number say what it counts ("dollars", "people")
        else:
            return None
        seen = True
    return total + part if seen else None


def _measured_words(text: str, start: int, end: int) -> frozenset[str]:
    """Content words within `MEASURE_REACH` words of text[start:end] in its clause, units left out."""
    before, after = _clause_around(text, start, end)
    near = _TOKEN.findall(before)[-MEASURE_REACH:] + _TOKEN.findall(after)[:MEASURE_REACH]
    return frozenset(word for token in near if token[0].isalpha() for word in content_words(token)) - UNIT_WORDS


def _figure_at(written: str, text: str) -> int:
    """Where a figure as written first stands on its own in the text, or -1: "10" is not the
    one inside "2010", "110" or "10.5", nor "ten" the one inside "often"."""
    before = r"(?<![\w.,])" if written[0].isalnum() else ""
    after = r"(?![.,]?\d)" if written[-1].isdigit() else r"(?!\w)" if written[-1].isalpha() else ""
    match = re.search(before + re.escape(written) + after, text)
    return match.start() if match else -1


# One number mention holding two figures joined by "to": which is which, the mention alone cannot say.
TWO_FIGURES = re.compile(r"\d\s+to\s+\S*\d")


def statement_figures(statement: Statement) -> list[Figure]:
    """The figures of a statement with a value, each read where the text first gives it, a time so
    long that spaCy takes for a date among them (`DURATION`); no age (`AGE_AFTER`)."""
    text = plain(statement.text)
    figures = []
    durations = (date[start:] for date in statement.mentions.dates
                 if DURATION.fullmatch(plain(date)) and (start := _figure_start(date)) is not None)
    for mention in (*statement.mentions.numbers, *durations):
        if TWO_FIGURES.search(mention):  # "fell by 92,000 to 498,000": a change and a level, or a range
            continue
        at = _figure_at(plain(mention), text)
        if at < 0:  # mentions of another text than the statement's: no words beside it to read
            value = figure_value(mention)
            if value is not None:
                prefix = mention[: _figure_start(mention)]
                given, cue = how_given(prefix)
                figures.append(Figure(mention, value, given, _quantity(mention), frozenset(),
                                      given_by=prefix[cue:].strip()))
            continue
        # The sign before, and a scale or unit after, may lie outside spaCy's mention ("€24.2m", "131 mph").
        sign, scale = CURRENCY_SIGN.search(text[:at]), SCALE_AFTER.match(text, at + len(mention))
        end = scale.end() if scale else at + len(mention)
        written = (sign.group(0).strip() if sign else "") + text[at:end]
        value = figure_value(written)
        if value is not None:
            prefix = text[: at + _figure_start(mention)]
            (given, cue), most = how_given(prefix), None
            given_by = prefix[cue:].strip()
        elif order := _order_range(written):
            (value, most), given, cue, given_by = order, "within", at, ""
        else:
            continue
        unit = re.match(r"\s*[\w%]*", text[end:]).group(0)
        quantity = _quantity(written + unit)
        if value == 1 and ONE_OF_GROUP.match(text, end) or AGE_AFTER.match(text, end) or (
                quantity.startswith("time") and (SINCE_EVENT_AFTER.match(text, end) or SINCE_EVENT_BEFORE.search(text, 0, at))):
            continue
        figures.append(Figure(written, value, given, quantity, _measured_words(text, min(cue, at), end),
                              (min(cue, at), end), most, given_by))
    return figures


# Tags of the words that may stand in the noun phrase a figure counts ("70 underground
# rocket-launching sites"), of its nouns, and of a verb that says what was done.
PHRASE_TAGS = frozenset({"JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "VBG"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VB"})
# Words a participle's phrase may hold before the verb of the clause: "rockets [fired from Gaza] hit".
MODIFIER_TAGS = frozenset({"IN", "DT", "JJ", "CD", "RB"}) | NOUN_TAGS
AUXILIARIES = frozenset("be is are was were been being am have has had having do does did 's 're 've".split())
RELATIVE_BEFORE = re.compile(r"\b(?:another|including)\s+$", re.I)
# Verbs of a change in amount: a figure right after one, with no noun of its own, measures the verb's
# subject ("anti-Semitic incidents rose 14 percent", "hate crimes increased from 6,121 incidents to 7,314").
CHANGE_VERB = re.compile(
    r"ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|gr(?:ow|ows|ew|own|owing)|"
    r"(?:increas|decreas|declin|surg|plung|tumbl|spik)(?:e|es|ed|ing)|(?:climb|jump|soar)(?:s|ed|ing)?|"
    r"(?:drop|slip|dip)(?:s|ped|ping)?", re.I)


@lru_cache(maxsize=4096)
def tagged_words(text: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, word, tag) of each token of a text, from spaCy's tagger."""
    (doc,) = tagged([text])
    return tuple((token.idx, token.text, token.tag_) for token in doc)


def _counted(text: str, start: int, end: int, money: bool) -> Counted:
    """What the figure at text[start:end] counts (`Counted`), read in its clause; a sum of `money`
    names its kind after "in" ("$25 million in punitive damages"), a count its place ("30 in Gaza").
    A figure with no noun after it that a verb of change comes before (`CHANGE_VERB`) counts the verb's
    subject (`_subject_phrase`): "anti-Semitic incidents rose 14 percent" counts anti-Semitic incidents,
    not hate crimes, which "hate crimes increased 19 percent" counts."""
    before, after = _clause_around(text, start, end)
    clause_start, clause_end = start - len(before), end + len(after)
    words = tagged_words(text)
    ahead = [(word, tag) for at, word, tag in words if end <= at < clause_end]
    behind = [(word, tag) for at, word, tag in words if clause_start <= at < start]
    relative = bool(RELATIVE_BEFORE.search(text, 0, start)) or (
        len(ahead) > 0 and ahead[0][0].lower() == "more" and not (len(ahead) > 1 and ahead[1][0].lower() == "than"))
    if money and ahead and ahead[0][0].lower() == "in":
        ahead = ahead[1:]
    phrase = []
    # A time after the noun dates the count, it is not what is counted: "more than 83,000 new
    # infections Friday" counts infections, "2,150 car thefts last year" thefts.
    while ahead and ahead[0][1] in PHRASE_TAGS and not _opens_time(ahead):
        phrase.append(ahead.pop(0))
    nouns, narrowing = _phrase_nouns(phrase)
    predicate = _verb_after(ahead) if nouns else None
    if predicate is None:
        verb = next((k for k in reversed(range(len(behind))) if behind[k][1] in VERB_TAGS
                     and behind[k][0].lower() not in AUXILIARIES and not re.fullmatch(SPEECH_VERBS, behind[k][0], re.I)), None)
        predicate = behind[verb][0].lower() if verb is not None else None
        if not nouns and predicate and CHANGE_VERB.fullmatch(predicate):
            nouns, narrowing = _phrase_nouns(_subject_phrase(behind[:verb]))
    return Counted(nouns[-1] if nouns else None, narrowing, predicate, relative, frozenset(nouns[:-1]))


def _phrase_nouns(phrase: list[tuple[str, str]]) -> tuple[list[str], frozenset[str]]:
    """The nouns of a noun phrase's (word, tag) pairs, in order, and its adjectives, lower-cased."""
    nouns = [word.lower() for word, tag in phrase if tag in NOUN_TAGS]
    return nouns, frozenset(word.lower() for word, tag in phrase if tag == "JJ")


def _subject_phrase(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The noun phrase that ends the (word, tag) pairs before a verb, past its auxiliaries, modals and
    adverbs ("hate crimes [have] increased", "prices [have sharply] risen"): the verb's subject."""
    words = list(words)
    while words and (words[-1][1] in ("MD", "RB") or words[-1][0].lower() in AUXILIARIES):
        words.pop()
    phrase = []
    while words and words[-1][1] in PHRASE_TAGS:
        phrase.insert(0, words.pop())
    return phrase


# Periods a word of `LAST_OR_NEXT` before them makes a time: "last year", "this week".
PERIODS = frozenset("year week month quarter weekend night".split())
LAST_OR_NEXT = frozenset("last this next past".split())


def _opens_time(words: list[tuple[str, str]]) -> bool:
    """Whether the (word, tag) pairs open on a time: a weekday or a month (`WEEKDAY`, `MONTH`), or a
    period after "last", "this", "next" or "past" (`PERIODS`)."""
    first = words[0][0]
    return bool(WEEKDAY.fullmatch(first) or MONTH.fullmatch(first)) or (
        first.lower() in LAST_OR_NEXT and len(words) > 1 and words[1][0].lower() in PERIODS)


def _verb_after(words: list[tuple[str, str]]) -> str | None:
    """The verb of what was done to a noun, from the (word, tag) pairs after it: the clause's verb
    past a participle's phrase ("rockets [fired from Gaza] *hit* Israel"), else the participle
    itself ("the 19 Palestinians *killed* in two days"); None where a verb does not follow."""
    participle = None
    if words and words[0][1] == "VBN":
        participle = words.pop(0)[0].lower()
        while words and words[0][1] in MODIFIER_TAGS:
            words.pop(0)
    while words and (words[0][1] == "MD" or words[0][0].lower() in AUXILIARIES):
        words.pop(0)
    if words and words[0][1] in VERB_TAGS:
        return words[0][0].lower()
    return participle


def same_measure(a: Figure, b: Figure) -> bool:
    """Whether two figures can count one thing: they count one quantity, and a word beside each
    is the same however inflected (`one_word`: "prices increased 0.8 percent" and "the 0.9 percent
    increase"), or one has no word beside it to tell; a count by its order ("thousands of
    refugees") only where both tell, as it is no figure an outlet would give for "two officials"."""
    if a.quantity != b.quantity:
        return False
    if not (a.measures and b.measures):
        return "within" not in (a.given, b.given)
    return any(one_word(x, y) for x in a.measures for y in b.measures)


# The words of a loose figure (`align.APPROXIMATE`) that put the count just under it.
SHORT_OF = re.compile(r"(?:almost|nearly|close to)\b", re.I)


def _range(figure: Figure) -> tuple[float, float]:
    """The values a figure allows, ends included; a loose one is taken at its value."""
    return {"lower": (figure.value, float("inf")), "upper": (float("-inf"), figure.value),
            "within": (figure.value, figure.most)}.get(figure.given, (figure.value, figure.value))


def same_value(a: Figure, b: Figure) -> bool:
    """The same value, or one given loosely or written rounded that the other rounds to (`_stands_for`:
    "about $973,000" and "$972,814", "3.3 million" and "3.28 million")."""
    return a.value == b.value or _stands_for(b, a.value) or _stands_for(a, b.value)


# The number of a figure as written ("3.3" of "$3.3 million"), to read the digits it is written to.
WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _stands_for(rounded: Figure, value: float) -> bool:
    """Whether a figure stands for this value, which rounds to it: a figure given loosely where the
    value is no more than it if its words say the count falls short (`SHORT_OF`: "nearly $1 trillion"
    is not "$1.2 trillion"), or an exact one written rounded (`align.written_rounded`: "3.3 million"
    is "3.28 million", "$1 trillion" not "$1.2 trillion"), to the digits it is written to."""
    if rounded.given == "loose":
        return rounds_to(value, rounded.value) and not (value > rounded.value and SHORT_OF.match(rounded.written))
    number = WRITTEN_NUMBER.search(rounded.written)
    return (rounded.given == "exact" and number is not None and written_rounded(number.group())
            and rounds_to(value, rounded.value, number.group()))


def _figures_agree(a: Figure, b: Figure) -> bool:
    """`same_value`, or where either is a bound or an order, a value the other allows too; two bounds
    of one direction only where one rounds to the other ("at least 131 mph", "topping 130 mph"), or
    one is a round figure an outlet rounded the other's count to (`_rounds_count`): each is the least
    (or most) its outlet could count, so "at least eight" and "at least nine" people killed are two
    tolls, though both can hold."""
    if a.given == b.given in ("lower", "upper"):
        return (rounds_to(a.value, b.value) or rounds_to(b.value, a.value)
                or _rounds_count(a, b) or _rounds_count(b, a))
    if {"lower", "upper", "within"} & {a.given, b.given}:
        (low_a, high_a), (low_b, high_b) = _range(a), _range(b)
        return max(low_a, low_b) <= min(high_a, high_b)
    return same_value(a, b)


# The words of a bound that give the outlet's own count: "at least eight" dead, "at most 40" seats.
COUNTING_BOUND = re.compile(r"at (?:least|most)\b", re.I)
# How far a count may lie past the round figure an outlet rounds it to: "more than 50" of 63 dead.
ROUNDING_REACH = 2


def _rounds_count(bound: Figure, other: Figure) -> bool:
    """Whether a bound is a round figure (tens, or dozens: "over two dozen", "more than 200") said
    with words that round, not with `COUNTING_BOUND`'s, and the other bound of its direction lies past
    it and within ROUNDING_REACH times it: "over two dozen" and "at least 37" killed are one toll,
    one outlet rounding it down; "more than 100" and "more than 1,000" arrested are two."""
    round_figure = bound.value >= 10 and bound.value % 10 == 0 or "dozen" in bound.written.lower()
    if not round_figure or COUNTING_BOUND.match(bound.given_by):
        return False
    low, high = sorted((bound.value, other.value))
    past = other.value > bound.value if bound.given == "lower" else other.value < bound.value
    return past and high <= low * ROUNDING_REACH


def _number_conflict(a: Statement, b: Statement) -> tuple[list[str], list[str]] | None:
    """The figures of each statement that measure what a figure of the other does, where none of
    these agree and no figure of one has a value of the other, of one time and one thing
    (`_same_time_frame`, `_same_thing`). A value both give is one figure, whatever words stand
    beside it; a bound allows any value past it, so it agrees only with a figure of what it measures
    ("deficits above $1.3 trillion" says nothing of a "$5 trillion" budget)."""
    compared = _differing_figures(a, b)
    if not compared or not _same_time_frame(a, b):
        return None
    compared = [(x, y) for x, y in compared if _same_thing(x, a.text, y, b.text)]
    if not compared:
        return None
    return list(dict.fromkeys(x.written for x, _ in compared)), list(dict.fromkeys(y.written for _, y in compared))


# Tags of a pronoun, personal ("He", "They") or possessive ("His bond", "Their lawyers").
PRONOUN_TAGS = frozenset({"PRP", "PRP$"})


def _unnamed_subject(statement: Statement) -> bool:
    """Whether a statement opens with a pronoun and names no person or organisation: "His bail was set
    at $50,000" is of whoever the sentence before named, which in a list of defendants is another
    each time, so its figures and dates cannot be tied to another such statement's."""
    if statement.mentions.people or statement.mentions.organisations:
        return False
    words = tagged_words(statement.text)
    return bool(words) and words[0][2] in PRONOUN_TAGS


def figures_differ(a: Statement, b: Statement) -> bool:
    """Whether two statements give other figures of one measure (`_differing_figures`): two facts,
    whether they disagree on one thing or count two ("97 rockets hit Israel on Friday", "more than
    750 rockets this year")."""
    return bool(_differing_figures(a, b))


def _differing_figures(a: Statement, b: Statement) -> list[tuple[Figure, Figure]]:
    """The pairs of figures, one of each statement, of one measure, where none of these agree and no
    figure of one has a value of the other; none otherwise. A vote's or a game's tallies
    (`align.tallies`) are figures of their own: where both give tallies and none the same, the
    tallies differ, whatever value both give besides ("212-190, with two Republicans joining" and
    "210-190, with two Republicans joining" share "two" and "190" but count two votes). So are times
    so long (`_is_time`): a time both give ("will cost $2 billion over ten years", "$2.4 billion over
    ten years") is no value of what they count, nor a count's shared value one of their times."""
    tallies_a, tallies_b = tallies(plain(a.text)), tallies(plain(b.text))
    if tallies_a and tallies_b and not tallies_a & tallies_b:
        return [(_tally_figure(x), _tally_figure(y)) for x in sorted(tallies_a) for y in sorted(tallies_b)]
    figures_a, figures_b = statement_figures(a), statement_figures(b)
    return [pair for times in (False, True) for pair in _differing_of([x for x in figures_a if _is_time(x) == times],
                                                                       [y for y in figures_b if _is_time(y) == times])]


def _is_time(figure: Figure) -> bool:
    """Whether a figure is a time so long ("two months", `_quantity`)."""
    return figure.quantity.startswith("time")


def _differing_of(figures_a: list[Figure], figures_b: list[Figure]) -> list[tuple[Figure, Figure]]:
    """`_differing_figures` of two statements' figures of one kind."""
    compared = [(x, y) for x in figures_a for y in figures_b if same_measure(x, y)]
    if any(_figures_agree(x, y) for x, y in compared) or any(same_value(x, y) for x in figures_a for y in figures_b):
        return []
    return compared


def _tally_figure(tally: str) -> Figure:
    """A tally ("212-190") as a figure, its value the larger count, with no words read beside it."""
    return Figure(tally, float(tally.split("-")[0]), "exact", "tally", frozenset())


def _same_thing(x: Figure, text_x: str, y: Figure, text_y: str) -> bool:
    """Whether two figures of one measure can count one thing (`Counted`): neither counts on from or
    is part of another figure, and the noun, its narrowing adjectives and the verb are alike where
    both texts give them. "97 rockets hit Israel" and "fired more than 300 rockets", "97 rockets" and
    "70 rocket-launching sites", or "$33.5 million" and "$25 million in punitive damages" count two."""
    if x.span is None or y.span is None:
        return True
    cx = _counted(text_x, *x.span, x.quantity.startswith("money"))
    cy = _counted(text_y, *y.span, y.quantity.startswith("money"))
    return not (cx.relative or cy.relative or cx.narrowing != cy.narrowing or _words_differ(cx.noun, cy.noun)
                or _actions_told_apart(cx.predicate, text_x, cy.predicate, text_y))


def counts_one_thing(a: Statement, b: Statement) -> bool:
    """Whether a figure of each counts one thing by every word that tells it (`Counted`): one measure,
    neither counting on from another figure, the same noun counted and the same adjectives narrowing
    it, and the same verb of what was done to it or, verbs aside that a statement tells apart, a
    month or weekday both date their facts by ("943,000 jobs added in July" and "July, when more than
    1 million jobs were created"); and people, and places, named by neither or by both, with a name
    word both share ("60 protesters killed in Hama" and "13 protesters killed in Homs" are two counts,
    as are two defendants' counts of arson, or "in Chicago, 100 people" and the nation's 189).
    Two such statements may be worded far apart and still give one count. So may two tallies that
    differ in one half alone, whoever either names (`_one_vote_tallied`)."""
    if _one_vote_tallied(a, b):
        return True
    if not all(_names_meet(getattr(a.mentions, kind), getattr(b.mentions, kind)) for kind in ("people", "places")):
        return False
    days_a, days_b = _calendar_days(a), _calendar_days(b)
    for x in statement_figures(a):
        for y in statement_figures(b):
            if x.span is None or y.span is None or not same_measure(x, y):
                continue
            cx = _counted(a.text, *x.span, x.quantity.startswith("money"))
            cy = _counted(b.text, *y.span, y.quantity.startswith("money"))
            if not (cx.noun and cy.noun and one_word(cx.noun, cy.noun)) or cx.narrowing != cy.narrowing \
                    or cx.compounded != cy.compounded or cx.relative or cy.relative:
                continue
            if (cx.predicate and cy.predicate and one_word(cx.predicate, cy.predicate)) or \
                    (days_a & days_b and not _actions_told_apart(cx.predicate, a.text, cy.predicate, b.text)):
                return True
    return False


def _one_vote_tallied(a: Statement, b: Statement) -> bool:
    """Whether two statements give tallies (`align.tallies`) that differ in one half alone: "voted
    222-190" and "the 220-to-190 vote" count one vote's losing side alike, so tell one vote two ways."""
    halves = [[tally.split("-") for tally in tallies(plain(s.text))] for s in (a, b)]
    return any(x != y and (x[0] == y[0] or x[1] == y[1]) for x in halves[0] for y in halves[1])


def _names_meet(names_a: tuple[str, ...], names_b: tuple[str, ...]) -> bool:
    """Whether neither gives a name, or a word of one's names is in the other's ("New York City", "New York")."""
    words_a, words_b = (frozenset(word for name in names for word in content_words(plain(name))) for names in (names_a, names_b))
    return not (names_a or names_b) or bool(words_a & words_b)


def _calendar_days(statement: Statement) -> frozenset[tuple[str, str]]:
    """The weekdays and months (by their first three letters) a statement dates its facts by."""
    dates = _dates_by_kind(statement)
    return frozenset((kind, name) for kind in ("weekday", "month") for name, _ in dates[kind])


def _actions_told_apart(verb_x: str | None, text_x: str, verb_y: str | None, text_y: str) -> bool:
    """Whether two verbs are two actions: they differ and a statement names both ("97 rockets fired
    from Gaza *hit* Israel" against "*fired* 300 rockets"). Verbs that differ and are each in one
    statement alone may be two words for one action ("lost power", "cut power to")."""
    if not _words_differ(verb_x, verb_y):
        return False
    return _names_verb(text_x, verb_y) or _names_verb(text_y, verb_x)


def _names_verb(text: str, verb: str) -> bool:
    return any(one_word(token.lower(), verb) for token in _TOKEN.findall(plain(text)))


def _words_differ(x: str | None, y: str | None) -> bool:
    """Both given, and not `one_word`."""
    return bool(x and y) and not one_word(x, y)


def one_word(a: str, b: str) -> bool:
    """One word however inflected ("hit", "fire" and "fired")."""
    return a == b or _same_stem(a, b)


# Words of a time frame that say nothing of which frame: "this year" and "last year" are both "year".
FRAME_FILLERS = frozenset("the a an this that last next past of in on since early late".split())


def _same_time_frame(a: Statement, b: Statement) -> bool:
    """Whether two statements' figures can be of one time: not where each gives a time and none of
    the words of one's is in the other's ("on Friday" and "this year", "in two days" and "in 2008-2009")."""
    frames_a, frames_b = _frame_words(a), _frame_words(b)
    return not (frames_a and frames_b) or bool(frames_a & frames_b)


# A date after these bounds the time before it, a frame of its own: "Prior to March, fewer than
# 700,000 claims were filed weekly" tells of the weeks before March, not of "the week ending March 28".
BEFORE_DATE = re.compile(r"\b(?:before|prior to|until|ahead of)\s+$", re.I)


def _frame_words(statement: Statement) -> frozenset[str]:
    """The words of the times a statement gives (`FRAME_FILLERS` left out), each of a time before a
    date (`BEFORE_DATE`) marked "before" ("before march" does not meet "march"). A tally spaCy took
    for a date ("approved it 61-38") is no time (`align.TALLY`)."""
    text = plain(statement.text)
    words = set()
    for date in statement.mentions.dates:
        written = plain(date)
        if TALLY.fullmatch(written):
            continue
        found = [m.start() for m in re.finditer(re.escape(written), text)]
        before = bool(found) and all(BEFORE_DATE.search(text, 0, at) for at in found)
        words.update(f"before {word}" if before else word for word in re.findall(r"\w+", written.lower())
                     if word not in FRAME_FILLERS)
    return frozenset(words)


# Each kind's names in order, by their first three letters, to tell whether a span holds a date.
CALENDAR = {"weekday": [day[:3].lower() for day in WEEKDAYS], "month": [month[:3].lower() for month in MONTHS]}
WEEKDAY = re.compile(rf"\b{WEEKDAY_NAME}\b", re.I)
MONTH = re.compile(rf"\b(?P<month>{MONTH_NAME})\b\.?(?:\s+(?P<day>\d{{1,2}})\b)?", re.I)
YEAR = re.compile(rf"\b{YEAR_NUMBER}\b")
# "the 2020 census", "a Tuesday deadline", "Facebook's Jan. 6 decision", "Tuesday's election": a date
# naming a thing, after a determiner or before a possessive.
DETERMINER_BEFORE = re.compile(r"(?:\b(?:a|an|the|this|its|his|her|their)|'s)\s+$", re.I)
NOUN_AFTER = re.compile(r"\s+([a-z][a-z'-]+)\b")
POSSESSIVE_NOUN_AFTER = re.compile(r"['’]s\s+([a-z][a-z'-]+)\b")
# A noun phrase after these names an event that the clause's own is timed against, one dated apart:
# "may dismiss the chief after the vote at a town meeting Sunday night" dates the meeting, not the
# vote. A date right after the phrase, or after "on" or "in", is the phrase's ("after the vote (on)
# Sunday", "until an election in June"),
# and a phrase a verb follows opens a clause of its own that the date may be of ("after a girl was
# shot Sunday night").
TIMED_AGAINST = re.compile(r"\b(?:after|before|prior to|until|ahead of)\s+", re.I)
REFERENCE_TAGS = frozenset({"DT", "PRP$", "JJ", "CD", "POS", "HYPH"}) | NOUN_TAGS
DATE_OF_PHRASE = re.compile(r"\s*(?:(?:on|in)\s+)?")
# A relative clause tells of the words before its pronoun: "Ed Brown, who served from 1967".
# Up to three whole words before the relative pronoun; words are whole ("(?<!…)", "\s+" between
# them), as letting a word split anywhere made a long token quadratic or worse.
ANTECEDENT = re.compile(r"(?<![\w'.-])((?:[\w'.-]+\s+){0,2}[\w'.-]+),?\s*\b(?:who|whom|whose|which)\s*$", re.I)
# Words of time, not of what happened: "Monday night" and "Tuesday night" may date two events.
TIME_WORDS = content_words("today tonight yesterday tomorrow morning afternoon evening night day days month months "
                           "weekend early late earlier later ago")


def _span_pattern(date: str) -> re.Pattern:
    """"between 1942 and 1944", "from March to May", "1942-1944": the dates from one to the other."""
    return re.compile(rf"\b(?:between\s+(?P<between>{date})\s+and|from\s+(?P<since>{date})\s+(?:to|until|till|through))"
                      rf"\s+(?P<last>{date})\b|\b(?P<first>{date})\s*[-–]\s*(?P<end>{date})\b", re.I)


DATE_SPANS = {"weekday": _span_pattern(WEEKDAY_NAME), "month": _span_pattern(MONTH_NAME + r"\.?(?:\s+\d{1,2})?"),
              "year": _span_pattern(YEAR_NUMBER)}

# A date beside a verb of saying (`SPEECH_VERBS`) is when someone spoke, not the date of what
# they said: "the ministry said Tuesday", "On Monday, the minister said". Outlets writing a day
# apart give different such dates for one fact, so they never make a date disagreement.
# What may stand between the verb and its date: "told reporters", "said in a statement", "told
# The Associated Press in an interview" (an audience or a channel, never a clause).
SPEECH_SETTING = (r"(?:(?:in|at|during|to|on|via)\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?"
                  r"(?:(?:[A-Z][\w.&'’-]*|news|press|joint|written|radio|television|phone|video)\s+)*"
                  r"(?:statement|interview|conference|briefing|release|speech|hearing|post|tweet|letter|email|"
                  r"call|address|reporters|journalists|[A-Z][\w.&'’-]*)")
SAID_BEFORE = re.compile(rf"\b{SPEECH_VERBS}(?:\s+{SPEECH_SETTING}){{0,2}},?\s+(?:(?:on|late|early|this|last)\s+)?$")
# The verb right after the date ("Trump on Saturday said"), or after a date that opens the
# sentence, a comma and the speaker ("On Monday, the minister said"); a date later in the
# sentence followed by a comma ends a clause ("since 2003, and that's what Ryan argued").
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"  # "Monday morning"
SAID_AFTER = re.compile(rf"^{_PART_OF_DAY}\s+{SPEECH_VERBS}\b")
OPENING = re.compile(r"^\W*(?:(?:on|late|early|earlier|later|this|last)\s+)*$", re.I)
SPEAKER_THEN_SAID = re.compile(rf"^{_PART_OF_DAY},\s+(?:[^\s,;:]+\s+){{1,5}}?{SPEECH_VERBS}\b")


def _is_speech_date(text: str, start: int, end: int) -> bool:
    before, after = text[:start], text[end:]
    return bool(SAID_BEFORE.search(before) or SAID_AFTER.match(after)
                or (OPENING.match(before) and SPEAKER_THEN_SAID.match(after)))


# A date after "since" that a comparison reaches back to is its baseline, not when anything happened:
# "the most since 2005", "the highest level since 2008", "the first time since 1990", "higher than any
# total since at least 2005". "Since at least" always compares; a bare "since" may date the start of
# a state ("jailed since 2019"), so it is a baseline only after a superlative, "first" or "any".
SINCE_BEFORE = re.compile(r"\bsince\s+(?:at\s+least\s+)?$", re.I)
SINCE_AT_LEAST = re.compile(r"since\s+at\s+least\b", re.I)  # "at least" before the date, or in its words
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
COMPARED_WORDS = frozenset({"first", "any"})
# "Most" and "least" compare only after "the" ("the most since 2000"): "banned most abortions in the
# second-most populous state since September" dates the ban.
COMPARED_AFTER_THE = frozenset({"most", "least"})


def _is_baseline(text: str, start: int) -> bool:
    """Whether the date at `start` is the baseline of a comparison (`SINCE_BEFORE`)."""
    since = SINCE_BEFORE.search(text, 0, start)
    if not since:
        return False
    if SINCE_AT_LEAST.match(text, since.start()):
        return True
    before, _ = _clause_around(text, since.start(), since.start())
    opening = since.start() - len(before)
    words = [(word.lower(), tag) for offset, word, tag in tagged_words(text) if opening <= offset < since.start()]
    return any(word in COMPARED_WORDS or tag in SUPERLATIVE_TAGS and
               (word not in COMPARED_AFTER_THE or k > 0 and words[k - 1][0] == "the")
               for k, (word, tag) in enumerate(words))


# A date that dates a figure, not the event: the earlier level a change starts from ("ticked up to
# 6.1% from 6% in March", said of April's rate) or a target's ("to hit $8.2 trillion by 2031").
FIGURE_DATE_BEFORE = re.compile(rf"(?:\bfrom\s+[$€£]?\d[\d,.]*\s*(?:{PERCENT.pattern})?\s+in|[$€£]?\d[\d,.]*"
                                rf"(?:{SCALE}|\s*(?:{PERCENT.pattern}))?\s+by)\s+$", re.I)


@dataclass(frozen=True)
class Dated:
    """A date a statement gives for a fact: as written, the words of what it dates (`_event_words`),
    whether it is the cut-off of a running count or state (`_is_cutoff`), whether it dates what
    is to come (`_dates_to_come`), and whether it dates a thing since replaced (`_is_superseded`)."""

    written: str
    event: frozenset[str]
    cutoff: bool = False
    to_come: bool = False
    superseded: bool = False


# Words that mark a thing as one since replaced: "the initial April 10 deadline", "the original deadline
# of May 1". Its date is the old one's, and another outlet's date of the thing ("a final April 23
# deadline") may be the new one's: only dates of things so marked are compared with each other.
SUPERSEDED = r"earlier|previous|prior|initial|original"
# The marking word before the noun the date follows ("deadline of", "vote on"), or right before the date,
# where a noun must follow it: "the initial April 10 deadline", but "earlier Friday" is when a thing happened.
SUPERSEDED_BEFORE = re.compile(rf"\b(?:{SUPERSEDED})\s+(?P<noun>[a-z][\w-]*\s+(?:of|on|for|in)\s+)?\Z", re.I)


# A date after these ends the time a count or state is told up to: "as of August, 50 cases",
# "32 cases through July". Outlets writing at different times give different cut-offs of one count.
# "Until" is left out: it mostly ends a period ("schools stay shut until July"), as "through" does
# without a figure ("the ban runs through July"), where another end date is a contradiction.
CUTOFF_OPENING = r"\s+(?:(?:the\s+)?(?:end|start|middle) of\s+|early\s+|late\s+|mid-?)?$"
AS_OF = re.compile(r"\bas of" + CUTOFF_OPENING, re.I)
UP_TO = re.compile(r"\b(?:through|thru|up to)" + CUTOFF_OPENING, re.I)
CUTOFF_REACH = 40  # characters before a date that may hold its cut-off words
# A date to come is when something is to happen ("as of July 1, masks will no longer be required"), no cut-off.
FUTURE = re.compile(r"\b(?:will|would|shall|going to|set to|plans? to|expected to|scheduled to)\b|'ll\b", re.I)
# A rule taking effect is an event at its date, so "as of" it means "starting on": "as of July 1, the
# ban takes effect". The perfect ("the ban had taken effect") tells a state as it stood, and a rule
# alone ("as of Friday, the state requires masks") may be one starting then or one in force then.
TAKES_EFFECT = re.compile(r"\b(?:takes?|took|goes|go|went|comes|came)\s+(?:into\s+)?(?:effect|force)\b|"
                          r"\bbec(?:omes?|ame)\s+effective\b", re.I)


def _is_cutoff(statement: Statement, start: int) -> bool:
    """Whether the date at `start` is a cut-off of what the statement tells as it stood then, nothing
    to come (`FUTURE`): "as of" it, unless the statement tells of a rule taking effect and gives no
    figure (`_starts_rule`), or "through" it where the statement gives a figure (the running count:
    "32 cases through July") and no verb comes right before "through", whose period it ends ("the
    strike by 2,000 nurses lasted through March")."""
    reach = max(0, start - CUTOFF_REACH)
    before = statement.text[reach: start]
    up_to = statement.mentions.numbers and UP_TO.search(before)
    told_up_to = (AS_OF.search(before) and not _starts_rule(statement)) or \
        (up_to and not _verb_ends_before(statement.text, reach + up_to.start()))
    return bool(told_up_to) and not FUTURE.search(plain(statement.text))


def _starts_rule(statement: Statement) -> bool:
    """Whether a statement tells of a rule taking effect (`TAKES_EFFECT`) and counts nothing: a
    figure makes it a running count ("as of Friday, bans had come into force in 21 states"), whose
    date is a cut-off."""
    return not statement.mentions.numbers and bool(TAKES_EFFECT.search(plain(statement.text)))


def _verb_ends_before(text: str, at: int) -> bool:
    """Whether the word right before offset `at` is a verb, as spaCy tags it ("runs", "running")."""
    words = [tag for offset, word, tag in tagged_words(text) if offset + len(word) <= at and not word.isspace()]
    return bool(words) and words[-1] in VERB_TAGS | {"VBG"}


def _fact_dates(statement: Statement) -> dict[str, Dated]:
    """The dates a statement gives for its facts, every date it names but where it was said and a
    comparison's baseline (`_is_baseline`), each with the words of what it dates wherever the text
    gives it; a cut-off (`_is_cutoff`) only where every place the text gives it is one."""
    text = statement.text
    found = {}
    for date in statement.mentions.dates:
        facts = [m for m in re.finditer(re.escape(date), text)
                 if not (_is_speech_date(text, m.start(), m.end()) or _is_baseline(text, m.start())
                         or FIGURE_DATE_BEFORE.search(text, 0, m.start()))]
        if facts:
            found[date] = Dated(date, frozenset().union(*(_event_words(text, m.start(), m.end()) for m in facts)),
                                all(_is_cutoff(statement, m.start()) for m in facts),
                                all(_dates_to_come(text, m.start(), m.end()) for m in facts),
                                all(_is_superseded(text, m.start(), m.end()) for m in facts))
    return found


def _dates_to_come(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is when what its clause tells is to happen ("would be
    retiring at the end of February"), not a thing it names ("the 2022 elections", `_named_thing`)."""
    if _named_thing(text, start, end):
        return False
    before, after = _clause_around(text, start, end)
    return bool(FUTURE.search(plain(f"{before} {after}")))


def _named_thing(text: str, start: int, end: int) -> frozenset[str]:
    """The nouns of the thing that the date at text[start:end] names, as content words, if it names
    one: a date between an article and a noun phrase ("the 2020 census", "a Tuesday deadline",
    `DETERMINER_BEFORE`) or before a possessive ("Tuesday's election"). Its adjectives are no thing
    ("Wednesday's joint press conference" names a conference); none for a word of time ("the Monday night")."""
    noun = (NOUN_AFTER.match(text, end) if DETERMINER_BEFORE.search(text, 0, start) else None) or \
        POSSESSIVE_NOUN_AFTER.match(text, end)
    if not noun:
        return frozenset()
    return content_words(_nouns_from(text, noun.start(1)) or noun.group(1)) - TIME_WORDS


def _nouns_from(text: str, start: int) -> str:
    """The nouns of the noun phrase from offset `start` on, as spaCy tags them ("" where it opens on none)."""
    ahead = [(word, tag) for at, word, tag in tagged_words(text) if at >= start]
    return " ".join(word for word, tag in takewhile(lambda token: token[1] in PHRASE_TAGS | {"CD"}, ahead)
                    if tag in NOUN_TAGS)


def _is_superseded(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] dates a thing marked as since replaced (`SUPERSEDED_BEFORE`): the
    marking word before the noun the date follows, or before the date where a noun, no word of time, follows it."""
    marked = SUPERSEDED_BEFORE.search(text, 0, start)
    return bool(marked) and (marked.group("noun") is not None or bool(content_words(_nouns_from(text, end)) - TIME_WORDS))


def _event_words(text: str, start: int, end: int) -> frozenset[str]:
    """What the date at text[start:end] dates, in words. A date naming a thing dates that noun
    (`_named_thing`). Else the lower-case content words (no names, figures or words of time) of its
    clause but those of another event it is timed against (`_timed_against`), and of the words a
    relative clause tells of ("Ed Brown, who served from 1967"); or of the sentence where the clause
    has none ("On Monday, the Senate passed the bill")."""
    named = _named_thing(text, start, end)
    if named:
        return named
    before, after = _clause_around(text, start, end)
    antecedent = ANTECEDENT.search(text, 0, start - len(before))
    for opening, closing in ((start - len(before), end + len(after)), (0, len(text))):
        words = text[opening:start] + " " + text[end:closing]
        found = _lower_case_words(words) - TIME_WORDS - _timed_against(text, opening, closing, start)
        if found:
            return found | (content_words(antecedent.group(1)) if antecedent else frozenset())
    return frozenset()


def _lower_case_words(text: str) -> frozenset[str]:
    """The content words of the words `text` writes in lower case: no names, no figures."""
    return frozenset(word for token in _TOKEN.findall(text) if token.islower() for word in content_words(token))


def _timed_against(text: str, opening: int, closing: int, start: int) -> frozenset[str]:
    """The content words of text[opening:closing] that name events the date at `start` is not of: each
    noun phrase after "after", "before", "until" (`TIMED_AGAINST`) that neither holds the date nor has
    it right after (`DATE_OF_PHRASE`), nor is the subject of a verb after it."""
    relations = list(TIMED_AGAINST.finditer(text, opening, closing))
    words = tagged_words(text) if relations else ()
    found = set()
    for relation in relations:
        ahead = [(at, word, tag) for at, word, tag in words if relation.end() <= at < closing]
        phrase = list(takewhile(lambda token: token[2] in REFERENCE_TAGS, ahead))
        phrase_end = phrase[-1][0] + len(phrase[-1][1]) if phrase else relation.end()
        opens_clause = len(ahead) > len(phrase) and ahead[len(phrase)][2] in VERB_TAGS | {"MD"}
        if not (relation.end() <= start <= phrase_end or DATE_OF_PHRASE.fullmatch(text, phrase_end, start)
                or opens_clause):
            found.update(content_words(text[relation.end():phrase_end]))
    return frozenset(found)


def _dates_by_kind(statement: Statement) -> dict[str, dict[tuple[str, str | None], Dated]]:
    """Weekdays, months (with their day, if given) and years a statement gives for its facts,
    each kind apart: "September" and "Wednesday" can both be true, "Tuesday" and "Wednesday"
    cannot. A month is keyed by its first three letters and its day, so "Oct. 3" is "October 3"."""
    found: dict[str, dict[tuple[str, str | None], Dated]] = {"weekday": {}, "month": {}, "year": {}}
    for date, fact in _fact_dates(statement).items():
        found["weekday"].update(((m.group(0).lower(), None), replace(fact, written=m.group(0))) for m in WEEKDAY.finditer(date))
        found["month"].update(((m.group("month")[:3].lower(), m.group("day")), replace(fact, written=m.group(0)))
                              for m in MONTH.finditer(date))
        found["year"].update(((m.group(0), None), replace(fact, written=m.group(0))) for m in YEAR.finditer(date))
    return found


def date_conflict(a: Statement, b: Statement, one_fact: bool = False) -> Verdict | None:
    """A "dates" verdict where of one kind both statements give dates and none of one's can be the
    other's ("Tuesday vs Thursday"), nor are both only cut-offs of a running count; None otherwise.
    Dates must date one event (`_same_event`); of statements already known to tell `one_fact` (two
    wordings Agreed would take as one), only dates of what is to come in both are compared (`Dated.to_come`),
    whatever words each dates: "would be retiring at the end of February" and "will be leaving the
    administration on January 1" share none but schedule one departure, while of past events a sentence
    often dates several ("a body was found on Saturday" and "a suspect who escaped on Monday night").
    Two statements of unnamed subjects may date two people's facts (`_unnamed_subject`). A date of a thing
    since replaced is compared only with another such (`Dated.superseded`)."""
    if _unnamed_subject(a) and _unnamed_subject(b):
        return None
    kinds_a, kinds_b = _dates_by_kind(a), _dates_by_kind(b)
    spans_a, spans_b = _date_spans(a), _date_spans(b)
    for kind in kinds_a:
        for superseded in (False, True):
            dates_a, dates_b = _marked(kinds_a[kind], superseded), _marked(kinds_b[kind], superseded)
            one_event = all(d.to_come for dates in (dates_a, dates_b) for d in dates.values()) if one_fact \
                else _same_event(dates_a, dates_b)
            if dates_a and dates_b and one_event and \
                    not _dates_agree(kind, dates_a, dates_b, spans_a[kind], spans_b[kind]) and \
                    not _cutoffs_only(dates_a, dates_b):
                return Verdict("dates", " vs ".join(", ".join(d.written for d in dates.values())
                                                    for dates in (dates_a, dates_b)))
    return None


def _marked(dates: dict[tuple[str, str | None], Dated], superseded: bool) -> dict[tuple[str, str | None], Dated]:
    """The dates of things marked as since replaced (`SUPERSEDED`), or of those not so marked."""
    return {key: date for key, date in dates.items() if date.superseded == superseded}


# A weekday told in a time zone: "early Friday morning local time", "Thursday (on the East Coast of
# the U.S.)", "Friday, 2 a.m. ET". An event abroad may fall on the next day where the reader is.
TIME_ZONE = (r"(?:\b(?i:local time)\b|\bon the (?:East|West) Coast\b|\b(?:Eastern|Central|Mountain|Pacific|Greenwich)"
             r"(?: Standard| Daylight| Mean)? Time\b|\b(?:E[SD]?T|P[SD]?T|GMT|UTC)\b)")
ZONED_WEEKDAY = re.compile(rf"\b{WEEKDAY_NAME}\b.{{0,40}}?{TIME_ZONE}|{TIME_ZONE}.{{0,40}}?\b{WEEKDAY_NAME}\b")


def weekdays_in_a_row(sides: frozenset[str]) -> bool:
    """Whether the dates a "dates" verdict sets against each other ("Thursday vs Friday", as
    `date_conflict` writes its sides) are weekdays, two in a row."""
    names = [name for side in sides for name in side.split(", ")]
    if not all(WEEKDAY.fullmatch(name) for name in names):
        return False
    days = {_date_order("weekday", name) for name in names}
    return len(days) == 2 and max(days) - min(days) in (1, len(WEEKDAYS) - 1)


def _same_event(dates_a: dict[tuple[str, str | None], Dated], dates_b: dict[tuple[str, str | None], Dated]) -> bool:
    """Whether a date of each statement dates one event, as a word of what each dates says: "The
    bill passed on Monday" and "The vote is set for Friday" date two."""
    return any(x.event & y.event for x in dates_a.values() for y in dates_b.values())


def _cutoffs_only(dates_a: dict[tuple[str, str | None], Dated], dates_b: dict[tuple[str, str | None], Dated]) -> bool:
    """Whether every date of both statements is a cut-off: "32 cases through July" and "as of August,
    50 cases" tell one running count at two times, not two dates of one event."""
    return all(d.cutoff for dates in (dates_a, dates_b) for d in dates.values())


def _date_order(kind: str, name: str) -> int:
    """Where a weekday, month (by its first three letters) or year falls in its kind's order."""
    return int(name) if kind == "year" else CALENDAR[kind].index(name[:3].lower())


def _date_spans(statement: Statement) -> dict[str, list[tuple[int, int]]]:
    """The spans a statement gives, per kind of date, as (first, last) in `_date_order`. A span
    that runs over the end of a week or year ("from November to February") holds nothing."""
    return {kind: [(_date_order(kind, m.group("between") or m.group("since") or m.group("first")),
                    _date_order(kind, m.group("last") or m.group("end"))) for m in pattern.finditer(statement.text)]
            for kind, pattern in DATE_SPANS.items()}


def _dates_agree(kind: str, dates_a: dict[tuple[str, str | None], Dated], dates_b: dict[tuple[str, str | None], Dated],
                 spans_a: list[tuple[int, int]], spans_b: list[tuple[int, int]]) -> bool:
    """Some date of one statement can be one of the other's, or lies in a span the other gives:
    "between 1942 and 1944" holds 1943."""
    return any(_same_date(x, y) for x in dates_a for y in dates_b) or \
        _inside_span(kind, dates_a, spans_a, spans_b) or _inside_span(kind, dates_b, spans_b, spans_a)


def _inside_span(kind: str, dates: dict[tuple[str, str | None], Dated], own_spans: list[tuple[int, int]],
                 other_spans: list[tuple[int, int]]) -> bool:
    """Whether a date, not an end of a span of its own statement, lies in one of the other's:
    "served from 1967 to 1979" and "held the seat from 1966 to 1978" give one tenure two ways."""
    ends = {end for span in own_spans for end in span}
    return any(first <= order <= last for order in (_date_order(kind, name) for name, _ in dates) if order not in ends
               for first, last in other_spans)


def _same_date(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Whether two dates of one kind can be the same day: "March" covers "March 2", since a
    month named alone is only as precise as it says."""
    (name_a, day_a), (name_b, day_b) = a, b
    return name_a == name_b and (day_a is None or day_b is None or day_a == day_b)


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the clause holding text[start:end], before it and after it."""
    opening = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start) if m.end() <= start), default=0)
    closing = next((m.start() for m in CLAUSE_BREAK.finditer(text, end)), len(text))
    return text[opening:start], text[end:closing]


def _negated_word(after: str) -> str | None:
    """The content word a negation negates, or a hedge hedges: the first word after it but auxiliaries, articles
    and pronouns; None when that word is no content word ("not only", "not here to")."""
    for token in _TOKEN.findall(after):
        if token.lower() not in BEFORE_NEGATED:
            return next(iter(content_words(token)), None)
    return None


# British and American outlets spell one verb two ways: "apologised", "apologize" (both stems read "-iz").
BRITISH_ISE = re.compile(r"(?<=\w{3})is(?=e?\Z)")


def _same_stem(a: str, b: str) -> bool:
    """One word however the crude stemmer cut it ("discus" of "discuss", "discuss" of "discussed")
    or an outlet spelt it (`BRITISH_ISE`)."""
    short, long = sorted((BRITISH_ISE.sub("iz", a), BRITISH_ISE.sub("iz", b)), key=len)
    return len(short) >= 4 and long.startswith(short)


def _cue_matches(cue: re.Pattern, text: str) -> list[re.Match]:
    """Where a cue occurs in a text, but a modal opening a purpose clause or a court's ruling
    (`UNDOUBTING_OPENINGS`), and a hedge inside a quotation: a "could" the speaker said is the
    speaker's word, not the outlet hedging ("we can do nothing but" and "we could do nothing but"
    are two transcriptions)."""
    quoted = _quotation_spans(text) if cue is HEDGE else []
    return [match for match in cue.finditer(text)
            if not (match.group(0).lower().startswith(MODALS)
                    and any(opening.search(text, 0, match.start()) for opening in UNDOUBTING_OPENINGS))
            and not any(start <= match.start() < end for start, end in quoted)]


# A quotation mark that opens: curly, or straight at the text's start or after a space or bracket;
# any other mark closes. A closing mark with none open closes a quotation begun in a sentence
# before; an opening one never closed runs on into the next sentence.
_OPENING_MARK = re.compile(r"“|(?:^|(?<=[\s(\[]))\"")
_QUOTE_MARK = re.compile(r"[“”\"]")


def _quotation_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the text's quoted words, marks included."""
    spans, opened = [], None
    for mark in _QUOTE_MARK.finditer(text):
        if _OPENING_MARK.match(text, mark.start()) and opened is None:
            opened = mark.start()
        else:
            spans.append((0 if opened is None else opened, mark.end()))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _cued_claims(cue: re.Pattern, text: str, other: str) -> list[tuple[str, str | None]]:
    """For each claim the other statement also makes that a cue ("not", "reportedly") bears on (both
    texts in `plain` quotes), the cue as written and the word it bears on (`_negated_word`). The cue's
    clause is that claim, as at least `CLAIM_WORDS`, and at least half, of the clause's content words
    are the other statement's; or, for a negation of a main clause's verb, of the other's clause
    stating that verb (`_stated_alike`: "X has apologised" beside "X last week refused to apologize
    for his family's membership in a club in his home state"). A negation's word, and the noun
    "apparent" qualifies, must be one of the other statement ("did not *discuss* the deal" against
    "discussed the deal"): "not whether he lied", "not only" and "did not *want* to split the vote"
    (against "worried he would split the vote") deny nothing the other says; nor does a negation
    supposed ("only if a heartbeat is not detected") or told of what the other never names
    (`_subject_unshared`).
    Where the other statement negates something too, only a negation of a main clause's verb that
    the other states plainly is one (`_stated_plainly`): "refused to apologize for a club that does
    not admit women" beside "has apologised for, but has not left, a club that refuses to admit
    women"; two statements' negations are mostly one denial in other words ("would not result in a
    criminal record", "could result in a ticket but not in a criminal record")."""
    shared, negation = content_words(other), cue is NEGATION
    both_negate = negation and bool(_cue_matches(NEGATION, other))
    claims = []
    for match in _cue_matches(cue, text):
        before, after = _clause_around(text, match.start(), match.end())
        clause = content_words(f"{before} {after}")
        common = clause & shared
        if len(common) < CLAIM_WORDS:
            continue
        cued, opening = _negated_word(after), match.start() - len(before)
        main_verb = negation and _main_clause(text, opening) and _is_verb(text, match.end(), cued)
        if 2 * len(common) < len(clause) and not (main_verb and _stated_alike(cued, other, text)):
            continue
        if negation and (SUPPOSING.search(text, 0, opening) or _names_rule(text, match) or _in_position(text, match)
                         or _subject_unshared(text, opening, match.start(), shared, main_verb)):
            continue
        if both_negate and not (main_verb and _stated_plainly(cued, other)):
            continue
        # "An apparent suicide" hedges the noun alone: against "was found dead" it doubts nothing stated.
        names_word = negation or match.group(0).lower() == "apparent"
        if not names_word or cued and any(_same_stem(cued, word) for word in shared):
            claims.append((match.group(0), cued))
    return claims


# What opens a relative or reported clause: "a petty offence *that* would not result in a record",
# "the conference responded *that* the letters do represent the bishops".
SUBORDINATE_OPENING = re.compile(r"\b(?:that|which|who|whom|whose)\s*\Z", re.I)


def _main_clause(text: str, opening: int) -> bool:
    """Whether the clause opening at this offset is no relative or reported one (`SUBORDINATE_OPENING`)."""
    return not SUBORDINATE_OPENING.search(text, 0, opening)


def _is_verb(text: str, start: int, word: str | None) -> bool:
    """Whether the word's first token from `start` on is tagged a verb ("refused to *apologize*"), not
    a noun ("denied an *appeal*", "nor *Zeta* Beta Tau")."""
    if not word:
        return False
    tags = [tag for at, token, tag in tagged_words(text) if at >= start and word in content_words(token)]
    return bool(tags) and tags[0] in VERB_TAGS


def _clauses_holding(word: str, text: str) -> list[tuple[int, str]]:
    """The clauses of the text that hold the word, however inflected or spelt (`one_word`), each
    with the offset it opens at."""
    clauses = []
    for token in _TOKEN.finditer(text):
        if any(one_word(stem, word) for stem in content_words(token.group(0))):
            before, after = _clause_around(text, token.start(), token.end())
            clauses.append((token.start() - len(before), f"{before}{token.group(0)}{after}"))
    return clauses


def _stated_alike(word: str | None, text: str, other: str) -> bool:
    """Whether a clause of the text that holds the word states a claim of the other text: at least
    `CLAIM_WORDS`, and at least half, of its content words, the word among them, are the other's."""
    shared = content_words(other)
    for _, clause in _clauses_holding(word, text) if word else []:
        words = content_words(clause)
        common = len([stem for stem in words if stem in shared or one_word(stem, word)])  # the word, however spelt
        if common >= CLAIM_WORDS and 2 * common >= len(words):
            return True
    return False


def _stated_plainly(word: str | None, text: str) -> bool:
    """Whether the text states the word in a main clause with no negation (`_main_clause`): "X has
    apologised for", not "X did not apologize", "the conference responded that the letters do
    represent" nor "content that denies the existence of"."""
    return any(_main_clause(text, opening) and not _cue_matches(NEGATION, clause)
               for opening, clause in (_clauses_holding(word, text) if word else []))


# Words that tell a position given up: "backtracked", "walked back", "reversed", "reneged", "a U-turn".
REVERSING = (r"backtrack\w*|back(?:s|ed|ing)?\s+(?:down|away|off)|walk(?:s|ed|ing)?\s+back|revers\w*|retract\w*|"
             r"recant\w*|reneg\w*|abandon\w*|flip-flop\w*|u-turn\w*|about-face|"
             r"chang(?:e|es|ed|ing)\s+(?:his|her|their|its)\s+mind")
TOLD_REVERSED = re.compile(rf"\b(?:{REVERSING})", re.I)
# Nouns of a position someone holds or a commitment they make, whose "that" or "to" clause says what it is:
# "his position that he would not comply", "a pledge to disavow foreign work", "an agreement not to compete".
POSITIONS = (r"position|stance|claim|statement|pledge|promise|vow|commitment|agreement|refusal|assertion|insistence|"
             r"decision|comments?|remarks?|plans?")
# A position given up, told with what it was (the "claim"): "backtracked on his earlier position that he
# would not comply with a subpoena", "reversed the decision to close the plant", "reneged on their promise to".
GIVEN_UP = re.compile(
    rf"\b(?:{REVERSING})(?:\s+(?:on|from|of))?\s+(?:(?:his|her|their|its|an?|the)\s+)?"
    rf"(?:(?:{SUPERSEDED})\s+)?(?:{POSITIONS})\s+(?:that|to)\s+(?P<claim>[^,;:.—–]+)", re.I)
# A negation inside what a position or commitment says (`POSITIONS`): its "to" clause ("a pledge not to work for
# foreign companies", "a promise to never raise taxes") or "that" clause ("a vow that he would not run"). It tells
# what was pledged, not that what the other outlet says was pledged is not so ("a pledge to disavow foreign work").
IN_POSITION = re.compile(rf"\b(?:{POSITIONS})\s+(?P<clause>to\s+|that\s+(?:[\w'.-]+\s+){{0,3}}[\w'.-]+\s*)?\Z", re.I)


def gives_up_claim(a: Statement, b: Statement) -> bool:
    """Whether one statement tells a position given up (`GIVEN_UP`) that the other states and does not
    tell given up (`TOLD_REVERSED`): at least `CLAIM_WORDS`, and at least half, of the position's content
    words in lower case (no names, which the whole story shares) are the other's. "Backtracked on his
    earlier position that he would not comply with a subpoena to testify" and "said he would not
    testify" are no one fact: one tells the position, the other that it was dropped. Nor do the
    outlets disagree: both may be true, of two times."""
    return _gives_up(plain(a.text), plain(b.text)) or _gives_up(plain(b.text), plain(a.text))


def _gives_up(text: str, other: str) -> bool:
    if TOLD_REVERSED.search(other):
        return False
    shared = content_words(other)
    for given_up in GIVEN_UP.finditer(text):
        claim = _lower_case_words(given_up.group("claim"))
        common = claim & shared
        if len(common) >= CLAIM_WORDS and 2 * len(common) >= len(claim):
            return True
    return False


def _names_rule(text: str, cue: re.Match) -> bool:
    """Whether a negation is "prohibiting" right after a noun, the words that say which rule the noun
    is: "a judge halted the city's order prohibiting scooter rentals" tells of the order, and denies
    no rental ("rentals escaped a city-ordered halt")."""
    if cue.group(0).lower() != "prohibiting":
        return False
    before = [tag for offset, word, tag in tagged_words(text) if offset < cue.start()]
    return bool(before) and before[-1] in NOUN_TAGS


def _in_position(text: str, cue: re.Match) -> bool:
    """Whether a negation is inside the clause that says what a position or commitment is (`IN_POSITION`); a
    bare negation after the noun only before "to" ("a pledge not to work"): "the plan never worked" denies."""
    found = IN_POSITION.search(text, 0, cue.start())
    return bool(found) and (found.group("clause") is not None or re.match(r"\s+to\b", text[cue.end():]) is not None)


# Nouns that tell when, not who: "Dale last *week* refused", "the minister on *Monday* denied".
WHEN_NOUNS = TIME_WORDS | content_words(" ".join(("week weeks year years", *WEEKDAYS, *MONTHS)))


def _subject_unshared(text: str, start: int, end: int, shared: frozenset[str], past_when: bool = False) -> bool:
    """Whether the last noun of text[start:end], the clause before a negation, is one the other
    statement never names: the negation is of another subject ("the organization couldn't confirm
    the messages" beside "Trump Jr. confirmed the messages", "insurance *plans* shouldn't be required
    to cover" beside "a requirement that insurance companies cover"). A pronoun is no noun, nor,
    `past_when`, is a noun of when (`WHEN_NOUNS`: "Dale last week refused to apologize")."""
    nouns = [word for offset, word, tag in tagged_words(text)
             if start <= offset < end and tag in NOUN_TAGS and not (past_when and content_words(word) <= WHEN_NOUNS)]
    return bool(nouns) and not any(one_word(word, other) for word in content_words(nouns[-1]) for other in shared)


# A claim after these is asked or supposed, not stated: "will find out if he will be released",
# "may be sued if they are found to have played a role".
CONDITION = re.compile(r"\b(?:if|whether|unless)\b", re.I)
# A clause opened by a condition supposes: "only if a heartbeat is not detected" denies no detection.
SUPPOSING = re.compile(rf"{CONDITION.pattern}\s*\Z", re.I)
# Nor is a claim told as an idea someone holds: "the idea that he served in Vietnam has become part
# of his biography" states no service.
ENTERTAINED = re.compile(rf"{CONDITION.pattern}|\bthe\s+(?:idea|notion|belief|myth|impression|perception)\s+that\b",
                         re.I)


def _only_supposed(text: str, hedged: list[str | None]) -> bool:
    """Whether a text gives each word a cue bears on ("could be *released*", "had not *served*") only
    after an "if", a "whether" or "the idea that" (`ENTERTAINED`): it asks or supposes what the other
    hedges or denies, stating nothing against it."""
    opened = ENTERTAINED.search(text)
    if not opened or None in hedged:
        return False
    stated, supposed = content_words(text[: opened.start()]), content_words(text[opened.end():])
    return all(any(one_word(word, other) for other in supposed) and not any(one_word(word, other) for other in stated)
               for word in hedged)


def _doubt_of_attributed(hedges: list[tuple[str, str | None]], flat: str) -> bool:
    """Whether every hedge is a doubt (`DOUBT`) and the flat text attributes its claim
    (`ATTRIBUTION`): "allegedly shot" beside "shot ..., police said" or "was charged with shooting",
    "claimed that" beside "the company said", "may have been in response" beside "..., CBS
    reported". Neither outlet vouches for the claim; "allegedly" is the law's caution. A possibility
    ("could close") still differs from what the other reports was said ("will close")."""
    return all(re.fullmatch(DOUBT, cue, re.I) for cue, _ in hedges) and bool(ATTRIBUTION.search(flat))


def _one_condition(hedged: str, flat: str) -> bool:
    """Whether both texts tell the claim under one condition: the words after each one's "if",
    "unless" or "whether" share `CLAIM_WORDS`. "Could default if Congress does not raise the debt
    limit" and "is on track to default if Congress fails to raise the debt ceiling" state no
    default, either of them."""
    found_hedged, found_flat = CONDITION.search(hedged), CONDITION.search(flat)
    if not (found_hedged and found_flat):
        return False
    return len(content_words(hedged[found_hedged.end():]) & content_words(flat[found_flat.end():])) >= CLAIM_WORDS


def _quoted_alike(hedges: list[tuple[str, str | None]], flat: str) -> bool:
    """Whether the flat text writes each hedge too, inside a quotation, where `_cue_matches` leaves it
    out: "saying the talks could 'deepen the rift'" and '"could deepen the rift," he said' give one
    speaker's hedge."""
    return all(re.search(rf"\b{re.escape(cue)}\b", flat, re.I) for cue, _ in hedges)


# Words that say how large a place a name is: "Harford County", "Idlib province", "the town of Isinya".
AREA_WORDS = frozenset(KIND_NOUNS["places"])
ROLE_REACH = 3  # words back from the preposition to the content word it follows


def _place_forms(place: str) -> list[str]:
    """A place as compared: lower case, plain quotes, no "the"; one written with the place it lies
    in ("Chappaqua, N.Y.", "Harford County, Maryland") also names each of the two."""
    parts = [part.strip() for part in plain(name_form(place).lower()).split(",") if part.strip()]
    return [" ".join(parts), *parts] if len(parts) > 1 else parts


def _abbreviates(short: str, full: str) -> bool:
    """Whether a dotted abbreviation stands for a name: its letters are the name's initials
    ("U.S.", "N.Y.") or, from the name's first letter on, letters of the name in order ("Wis.", "Fla.")."""
    letters, spelt = short.replace(".", "").replace(" ", ""), full.replace(" ", "")
    if "." not in short or not letters or len(letters) >= len(spelt):
        return False
    remaining = iter(spelt)
    initials = "".join(word[0] for word in full.split())
    return letters == initials or (letters[0] == spelt[0] and all(letter in remaining for letter in letters))


def _unpointed(text: str) -> str:
    """Text without dots and hyphens, which one outlet writes in a name and another leaves out ("U.S."
    and "US", "G-7" and "G7")."""
    return text.replace(".", "").replace("-", "")


def _same_place(a: str, b: str) -> bool:
    """One name ("US" and "U.S.", `_unpointed`), or an abbreviation of the other (`_abbreviates`)."""
    return _unpointed(a) == _unpointed(b) or _abbreviates(a, b) or _abbreviates(b, a)


def _named_in(place: str, places: tuple[str, ...]) -> bool:
    return any(_same_place(x, y) for other in places for x in _place_forms(place) for y in _place_forms(other))


ARTICLES = frozenset({"a", "an", "the"})
# A noun a place name stands before: "a Logan Square daycare", "the Norwalk event".
NOUN_AFTER_NAME = re.compile(r"\s+([a-z][a-z'-]*)")


def _place_roles(place: str, text: str) -> set[tuple[str, str, bool]]:
    """(preposition, the content word before it, whether the place names a noun after it) wherever
    the text names the place after a preposition: in "killed three people in Azaz" Azaz is ("in",
    "people", False), in "an incident at a Logan Square daycare" ("at", "incident", True). A place
    before a noun after an article is where that thing is: "the Norwalk event" is ("in", "event",
    False), as "the event in Norwalk" is."""
    roles = set()
    for match in re.finditer(re.escape(place), text):
        words = _TOKEN.findall(plain(text[: match.start()]))
        after = NOUN_AFTER_NAME.match(text, match.end())
        noun = next(iter(content_words(after.group(1))), None) if after else None
        article = bool(words) and words[-1].lower() in ARTICLES
        if article:
            words.pop()
            if noun:
                roles.add(("in", noun, False))
        if not words or words[-1].lower() not in PLACE_PREPOSITIONS:
            continue
        preposition = words.pop().lower()
        head = next((word for token in reversed(words[-ROLE_REACH:]) if token[0].isalpha()
                     for word in content_words(token)), None)
        if head:
            roles.add((preposition, head, noun is not None))
    return roles


def _place_area(place: str, text: str) -> str | None:
    """What size of place the text says a place is ("county" for "Harford County, Maryland",
    "town" for "Isinya town" or "the town of Isinya"); None where it does not say."""
    first = place.split(",")[0].split()
    if first and first[-1].lower() in AREA_WORDS:
        return first[-1].lower()
    for match in re.finditer(re.escape(place), text):
        after = re.match(r"\s+(\w+)", text[match.end():])
        before = re.search(r"\b(\w+) of (?:the )?$", text[: match.start()])
        for word in (after and after.group(1), before and before.group(1)):
            if word and word.lower() in AREA_WORDS:
                return word.lower()
    return None


def _place_conflict(a: Statement, b: Statement) -> tuple[str, str] | None:
    """Two places given for one role in the claim (`_place_roles`): each after the same preposition
    and word ("met Erdogan in Ankara" and "met Erdogan in Istanbul"), neither named by the other
    statement, and of a size the text gives alike; one of them may be a name spaCy took for no place
    (`_untagged_names`: "at a Palmer Square day care" beside "at a Logan Square daycare"). A place of
    a stated size may hold one of none ("in Harford County" and "in Aberdeen", a town in it); without
    a gazetteer only the words can say, so the two are not compared."""
    unshared_a, unshared_b = _unshared_places(a, b), _unshared_places(b, a)
    for place_a, roles_a, area_a, tagged_a in unshared_a:
        for place_b, roles_b, area_b, tagged_b in unshared_b:
            if (tagged_a or tagged_b) and roles_a & roles_b and area_a == area_b and not _one_place(place_a, place_b):
                return place_a, place_b
    return None


def _one_place(a: str, b: str) -> bool:
    """Whether two names can be one place: `_named_in`, or one is words of the other ("Moscow" and
    "the Trump Tower Moscow deal"); an untagged name ("the US envoy") is not compared with `_named_in` first."""
    short, long = sorted((plain(a).lower(), plain(b).lower()), key=len)
    return _named_in(a, (b,)) or bool(re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long))


def _unshared_places(statement: Statement,
                     other: Statement) -> list[tuple[str, set[tuple[str, str, bool]], str | None, bool]]:
    """The statement's places the other does not name, then its untagged names that the other's
    text does not hold (`_unpointed`), each with its roles, its size and whether spaCy found it a place."""
    text, things = statement.text, _things(statement)
    places = [(place, True) for place in statement.mentions.places
              if place not in things and not _named_in(place, other.mentions.places)]
    places += [(name, False) for name in _untagged_names(statement)
               if _unpointed(name) not in _unpointed(other.text)]
    return [(place, _place_roles(place, text), _place_area(place, text), tagged) for place, tagged in places]


# A capitalised name, a word or several; an article opening it is no part of it ("The Norwalk event").
CAPITALISED_NAME = re.compile(r"(?<![\w'’-])(?:(?:The|A|An)\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# Labels of names that are no place however they stand: "in a Fox News interview", "the Turkish capital".
NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _things(statement: Statement) -> frozenset[str]:
    """Names spaCy labelled places that the words in and beside them make things (`entities.Entity` of
    the kind "other": a numbered name, a work, a storm): "G7" of "the G7 summit" names the summit's
    members, not where it is held. Not names it labelled things itself: its "event" label on "a Palmer
    Square day care" is a slip, and the name may still be a place in its role (`_untagged_names`)."""
    return frozenset(e.text for e in statement.mentions.entities
                     if e.kind == "other" and LABEL_KINDS.get(e.label) == "places")


def _untagged_names(statement: Statement) -> list[str]:
    """Capitalised names of the text that spaCy found no place, person, group, date or number, less
    `_things`."""
    named = [e.text for e in statement.mentions.entities if e.label in NOT_PLACE_LABELS or e.kind is None
             or e.kind == "places"] + list(_things(statement))
    return [name for name in dict.fromkeys(m.group(1) for m in CAPITALISED_NAME.finditer(statement.text))
            if not any(name in entity or entity in name for entity in named)]


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
        # Figures of two statements of unnamed subjects may be of two people (their dates: `date_conflict`).
        numbers = not (_unnamed_subject(a) and _unnamed_subject(b)) and _number_conflict(a, b)
        if numbers:
            return Verdict("numbers", f"{', '.join(numbers[0])} vs {', '.join(numbers[1])}")
        dates = date_conflict(a, b)
        if dates:
            return dates
        places = _place_conflict(a, b)
        if places:
            return Verdict("places", f"{places[0]} vs {places[1]}")
        text_a, text_b = plain(a.text), plain(b.text)
        for cue, kind, reason in ((NEGATION, "negation", "one statement negates what the other asserts"),
                                  (HEDGE, "hedging", "one statement hedges what the other states flatly")):
            # The cheap test first: only one statement has the cue at all, or both a negation, which
            # may deny two things ("refused to apologize for a club that does not admit women" beside
            # "apologised for a club that refuses to admit women"): `_cued_claims` tells what each denies.
            found_a, found_b = bool(_cue_matches(cue, text_a)), bool(_cue_matches(cue, text_b))
            if found_a == found_b and not (found_a and cue is NEGATION):
                continue
            claims_a, claims_b = _cued_claims(cue, text_a, text_b), _cued_claims(cue, text_b, text_a)
            if bool(claims_a) == bool(claims_b):
                continue
            (hedges, hedged), flat = ((claims_a, text_a), text_b) if claims_a else ((claims_b, text_b), text_a)
            if _only_supposed(flat, [word for _, word in hedges]):
                continue
            if cue is NEGATION or not (_doubt_of_attributed(hedges, flat) or _quoted_alike(hedges, flat)
                                       or _one_condition(hedged, flat)):
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
    answered: list = field(default_factory=list, compare=False)  # one entry per question the server answered

    @property
    def name(self) -> str:
        """"chat", or the fallback's name once every question went to the fallback: a comparison
        must not say the chat model judged what the rules did."""
        return self.fallback.name if self.failures and not self.answered else "chat"

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
                verdict = _chat_verdict(response.read())
        except (OSError, http.client.HTTPException, ValueError) as exc:
            self.failures.append(_failure_message(self.url, exc, self.timeout))
            return self.fallback(a, b)
        contradiction = verdict["contradiction"]
        self.answered.append(contradiction)
        return Verdict("llm", str(verdict.get("reason", ""))) if contradiction is True else None


def _chat_verdict(reply: bytes) -> dict:
    """The JSON verdict inside a chat-completion reply; a ValueError saying in plain words what is
    wrong with the reply otherwise."""
    try:
        answer = json.loads(reply)["choices"][0]["message"]["content"]
    except ValueError:
        raise ValueError("the reply is not JSON") from None
    except (KeyError, IndexError, TypeError):
        raise ValueError("the reply is not a chat completion") from None
    # The model may wrap the JSON in prose or a code fence.
    found = re.search(r"\{.*\}", answer, re.DOTALL) if isinstance(answer, str) else None
    try:
        verdict = json.loads(found.group()) if found else None
    except ValueError:
        verdict = None
    if not isinstance(verdict, dict) or "contradiction" not in verdict:
        raise ValueError("the model's answer is not the JSON asked for")
    return verdict


# The server's own error text is shown when it is this short; a longer body is a web page.
SERVER_ERROR_CHARS = 200


def _failure_message(url: str, exc: Exception, timeout: float) -> str:
    """The warning for a chat-judge call that failed: the reason in plain words, what to check
    where the reason points at it, and that the rules decided instead."""
    # urllib wraps the socket's error (refused, host not found, timed out while connecting).
    cause = exc.reason if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, OSError) else exc
    check = ""
    if isinstance(exc, urllib.error.HTTPError):
        reason = f"HTTP {exc.code}: {_server_error_text(exc)}"
        check = "check --judge-url and --judge-model; " if 400 <= exc.code < 500 else ""
    elif isinstance(cause, ConnectionRefusedError):
        reason, check = "connection refused", "is the server running? "
    elif isinstance(cause, TimeoutError):
        reason, check = f"no answer in {timeout:g} s", "a slow model needs a longer --judge-timeout; "
    elif isinstance(cause, socket.gaierror):
        reason, check = "host not found", "check --judge-url; "
    elif isinstance(cause, http.client.RemoteDisconnected):
        reason = "the server closed the connection without a reply"
    elif isinstance(cause, http.client.HTTPException):
        reason, check = "the reply is not HTTP", "is --judge-url the chat server's address? "
    elif isinstance(cause, OSError) and cause.strerror:
        reason = cause.strerror[0].lower() + cause.strerror[1:]  # "Network is unreachable"
    else:
        reason = " ".join(str(cause).split())
    return f"judge at {url} failed ({reason}); {check}used the rule judge"


def _server_error_text(error: urllib.error.HTTPError) -> str:
    """What the server said went wrong: the message of an OpenAI-style ({"error": {"message": ..}}),
    Ollama-style ({"error": ..}) or vLLM-style ({"message": ..}) JSON body, a short plain-text body,
    or else the status line's reason."""
    try:
        body = error.read().decode("utf-8", "replace").strip()
    except (OSError, http.client.HTTPException):  # the body may time out or break off too
        body = ""
    try:
        data = json.loads(body)
    except ValueError:
        data = body if len(body) <= SERVER_ERROR_CHARS and not body.startswith("<") else None
    if isinstance(data, dict):
        data = data.get("error", data)
        data = data.get("message") if isinstance(data, dict) else data
    return " ".join(data.split()) if isinstance(data, str) and data.strip() else error.reason
