"""Find where articles state the same thing: sentence-to-article support from embeddings and words.

Two sentences state the same fact when their embeddings are close *and* they share content
words; the second check keeps topical but different statements ("Putin met Erdogan" vs
"Putin criticised Erdogan") apart better than embeddings alone.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np

from .models import Sentence
from .sentences import MONTH_NAME, WEEKDAY_NAME

SAME_FACT_SIMILARITY = 0.70
SAME_FACT_OVERLAP = 0.25
# Above this cosine two sentences say one thing in words of their own ("Acme now sells the headset
# through its site", "Acme has put the headset on sale online"), sharing no more than its names.
# Of the same-fact pairs (either way round) of the 101 Multi-News dev clusters that share only
# names, dates and the year, 18 of 23 below it state other facts, 6 of 12 above it.
PARAPHRASE_SIMILARITY = 0.75
# Below PARAPHRASE_SIMILARITY, a pair sharing a word of what happened still shares this much of the
# shorter sentence's words, or this many words of what happened: one shared word ("email",
# "ambassador") and a quarter of the words are a story's, not a fact's ("Gowdy suggested he wants
# separate conversations with Clinton about the emails" / "Gowdy has sought to keep his inquiry into
# her email practices from being dismissed"). On 60 QA and 40 other dev clusters this took 10 wrong
# Agreed groups of 13 that went, and added 1 wrong of 7.
WHAT_HAPPENED_OVERLAP = 0.35
WHAT_HAPPENED_WORDS = 3

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself said says say told according mr mrs ms would could one two new also
    year years last week monday tuesday wednesday thursday friday saturday sunday""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+|\d(?:[\d.,]*\d)?")
_MONTH = re.compile(MONTH_NAME)
# A figure stands alone ("$40,000", "24 states", "19-year-old"), not inside a name ("AK-47", "A320");
# a tally or score gives two ("passed 220-211" and "a 220-to-211 vote" are "220 to 211").
_FIGURE_START = r"(?:(?<![\w-])|(?<=\d[-–])|(?<=\d[-–]to[-–]))"
_FIGURE = re.compile(rf"{_FIGURE_START}\d[\d,.]*\d|{_FIGURE_START}\d(?![\w])")
# A number in a title is no figure. Such a number has a capitalised word after it, and before it
# an opening quote mark, the title's capitalised words running up to the closing one ("“60
# Minutes”", not "“50 Democrats voted…"), or a capitalised word inside the sentence that names no
# day or month and owns nothing ("the County 911 Communications Center", "the Big 12 Conference";
# not "the May 10 American Bar meeting", "Senate's 48 Democrats", "More than 60 Democrats").
TITLE_AROUND_NUMBER = (
    (re.compile(r"[“\"‘]$"), re.compile(r"(?:\s+[A-Z][a-z][\w’'-]*)+[”\"’]")),
    (re.compile(rf"[\w,;]\s+(?!(?:{MONTH_NAME}|{WEEKDAY_NAME})\b)[A-Z][\w.-]*\s+$"), re.compile(r"\s+[A-Z][a-z]")),
)
YEAR_NUMBER = r"(?:19|20)\d\d"  # a year as stories write it: 1942, 2017
# A vote's or a game's tally, two numbers joined by a dash or by "-to-", the first the larger ("voted
# 371-18", "a 52-48 vote", "won 3-1", "the 220-to-190 vote"): no range ("10-15 percent", "ages 18-24")
# and no season ("2019-20").
TALLY = re.compile(r"(?<![\w.,$-])(\d{1,3})\s?[-–](?:to[-–])?\s?(\d{1,3})(?![\w-]|[.,]\d)")
ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
# Numbers in words, as spaCy finds them and stories write them ("Sixty-seven" is sixty and seven).
SPELT_NUMBERS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())} | {
    word: 10 * tens for tens, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
# Counts under ten read alike in digits and words; larger numbers are figures on their own.
SMALL_NUMBERS = {word: str(value) for word, value in SPELT_NUMBERS.items() if 1 <= value <= 9} | {
    str(value): str(value) for value in range(1, 10)}

# Words before a figure that say how it is given. A bound ("winds topping 130 mph", "winds of at
# least 131 mph") is no value: it contradicts only a figure outside it. "about $973,000" and
# "almost $1 million" are given loosely: they cover the exact figure they round to.
LOWER_BOUND = re.compile(r"\b(?:at least|more than|greater than|over|above|upwards of|in excess of|"
                         r"top(?:s|ped|ping)|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+$", re.I)
UPPER_BOUND = re.compile(r"\b(?:up to|at most|no more than|less than|fewer than|under|below|as many as|as much as)\s+$",
                         re.I)
# A figure written to a decimal place with this many significant digits or more ("3.3 million",
# "6.1%") is as precise as it says, and stands for the figures that round to it: an outlet rounding
# "3.28 million" writes "3.3 million". One digit ("$1 trillion") is too coarse to tell a rounding
# of "$1.2 trillion" from another figure.
ROUNDED_DIGITS = 2
APPROXIMATE = re.compile(r"\b(?:about|almost|nearly|around|roughly|approximately|some|close to)\s+$", re.I)
CURRENCY_SIGN = re.compile(r"[$£€¥]\s*$")


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words with a crude suffix strip, so "talks" meets "talk"."""
    words = set()
    for token in _WORD.findall(text):
        token = token.lower().strip("'’")
        if token in STOPWORDS or len(token) < 2:
            continue
        words.add(word_stem(token))
    return frozenset(words)


@lru_cache(maxsize=65536)
def figures(text: str) -> frozenset[str]:
    """The specific figures a sentence gives: numbers of two digits or more, years left out
    (many sentences of one story name its year), and a small count with what it counts, in
    digits or words alike ("3 pounds" and "three pounds" are "3 pound"; "five different drugs"
    is "5 different" and "5 drug"). A number in a title is none (`TITLE_AROUND_NUMBER`)."""
    found = (match.group().replace(",", "") for match in _FIGURE.finditer(text) if not _in_title(text, match))
    return frozenset(f for f in found if len(f) >= 2 and not re.fullmatch(YEAR_NUMBER, f)) | _small_counts(text)


@lru_cache(maxsize=65536)
def tallies(text: str) -> frozenset[str]:
    """The tallies a sentence gives (`TALLY`), as "371-18". One story's votes and games end in
    tallies of their own, so two outlets giving one tell of one vote whatever else they word apart:
    "The House voted 371-18 to reject the theory" and "H.R. 1154 passed on Friday 371-18" are
    0.41 apart in embedding."""
    return frozenset(f"{high}-{low}" for high, low in TALLY.findall(text) if int(high) >= int(low))


def _small_counts(text: str) -> frozenset[str]:
    # A capitalised word after a number is a name's or a title's ("Two Fat Ladies", "Three Cups
    # of Tea", "five Democratic senators"), not what is counted; a number after a month's name is
    # a day ("the Jan. 6 attack"), which counts nothing.
    words = [token.strip("'’") for token in _WORD.findall(text)]
    tokens = [word.lower() for word in words]
    counts = set()
    for at, token in enumerate(tokens):
        number = SMALL_NUMBERS.get(token)
        if number is None or at and _MONTH.fullmatch(words[at - 1]):
            continue
        counted = [word.lower() for word in words[at + 1 : at + 3] if word.lower() not in STOPWORDS
                   and not word[0].isdigit() and not (word[0].isupper() and not word.isupper())]
        counts.update(f"{number} {word_stem(word)}" for word in counted)
    return frozenset(counts)


def _in_title(text: str, number: re.Match) -> bool:
    """Whether the number found here is part of a title (`TITLE_AROUND_NUMBER`)."""
    before, after = text[: number.start()], text[number.end() :]
    return any(opened.search(before) and closed.match(after) for opened, closed in TITLE_AROUND_NUMBER)


def word_stem(token: str, suffixes: tuple[str, ...] = ("ing", "ed", "es", "s")) -> str:
    """The token without the first of these endings it has, when at least four letters remain."""
    for suffix in suffixes:
        if len(token) > len(suffix) + 3 and token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def word_overlap(a: str, b: str) -> float:
    """Share of the shorter sentence's content words that the other sentence also has."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def word_coverage(a: str, b: str) -> float:
    """Share of `a`'s content words that `b` also has: how much of `a` is said in `b`."""
    wa = content_words(a)
    return len(wa & content_words(b)) / len(wa) if wa else 0.0


def states_same_fact(a: str, b: str, cosine: float) -> bool:
    """Whether two sentences, at this embedding cosine, state the same fact: as close as
    SAME_FACT_SIMILARITY, enough shared words (`shares_fact_words`), and among them a word or figure
    of what happened, not only whom and when it is about (`tells_what_happened`), unless they are
    as close as a paraphrase. Citations and Agreed both ask this."""
    return (cosine >= SAME_FACT_SIMILARITY and shares_fact_words(a, b) and not gives_other_numbers(a, b)
            and supposes(a) == supposes(b)
            and (cosine >= PARAPHRASE_SIMILARITY or tells_what_happened(a, b)))


# A condition opening the sentence and a past modal of what did not happen: "If Trump had wanted…,
# he could not have found anyone more prepared than Price" supposes, "If you are fully vaccinated,
# you don't need a booster" and "If Irene follows its path, it will make landfall" state.
COUNTERFACTUAL = re.compile(r"^\W*(?:if|even if)\b.*\b(?:would|could|might|'d)(?:n['’]t|\s+not)?\s+have\s+(?!to\b)\w+", re.I)


def supposes(text: str) -> bool:
    """Whether a sentence supposes what it tells (`COUNTERFACTUAL`), so does not state the fact a
    flat report of it states ("Trump announced he will nominate Price")."""
    return bool(COUNTERFACTUAL.search(text))


def gives_other_numbers(a: str, b: str) -> bool:
    """Whether each sentence gives a number not given loosely (two digits or more, not a year) and
    none is the other's nor inside a range the other gives: "At least 60 percent of the staff is
    white" and "Among senior staff, 36 percent are people of color" share "percent" and "staff" but
    tell two figures of two groups, while "between 400,000 and 250,000 years ago" holds
    "300,000-year-old", "about $973,000" the "$972,814" it rounds and "3.3 million" the "3.28
    million" (`written_rounded`)."""
    numbers_a, numbers_b = exact_numbers(a, bounds=True), exact_numbers(b, bounds=True)
    if not numbers_a or not numbers_b or numbers_a & numbers_b:
        return False
    return not (_inside_range(numbers_a, numbers_b) or _inside_range(numbers_b, numbers_a)
                or _rounds_to_other(numbers_a, numbers_b) or _rounds_to_other(numbers_b, numbers_a))


def significant_digits(number: str) -> int:
    """How many significant digits a number as written gives: "3.28" and "1.20" three, "973,000" three."""
    whole, _, decimals = number.replace(",", "").partition(".")
    digits = (whole + decimals).lstrip("0") if decimals else whole.strip("0")
    return len(digits) or 1


def rounds_to(exact: float, rounded: float, written: str | None = None) -> bool:
    """Whether `exact` rounded to as many significant digits as `rounded` has (as `written`, where
    given: "1.20" has three; else as its value has, "973,000" three) gives `rounded`."""
    if rounded == 0:
        return exact == 0
    digits = significant_digits(written if written is not None else f"{abs(rounded):.15g}".split("e")[0])
    return math.isclose(float(f"{exact:.{digits}g}"), rounded)


def written_rounded(number: str) -> bool:
    """Whether a number as written is a rounded figure: to a decimal place, with ROUNDED_DIGITS or more."""
    return "." in number and significant_digits(number) >= ROUNDED_DIGITS


def _rounds_to_other(numbers_a: frozenset[str], numbers_b: frozenset[str]) -> bool:
    """Whether a number of `numbers_b` is written rounded (`written_rounded`) and one of `numbers_a` rounds to it."""
    rounded = [(number, _value(number)) for number in numbers_b if written_rounded(number)]
    return any(exact is not None and value is not None and rounds_to(exact, value, number)
               for number, value in rounded for exact in map(_value, numbers_a))


def _inside_range(numbers_a: frozenset[str], numbers_b: frozenset[str]) -> bool:
    """Whether a number of `numbers_a` lies between the least and the greatest of `numbers_b`."""
    values_b = [value for value in map(_value, numbers_b) if value is not None]
    return len(values_b) >= 2 and any(value is not None and min(values_b) <= value <= max(values_b)
                                      for value in map(_value, numbers_a))


def _value(number: str) -> float | None:
    try:
        return float(number)
    except ValueError:  # "1.2.3", a version or a date written with stops
        return None


def how_given(prefix: str) -> tuple[str, int]:
    """How the figure that follows `prefix` is given, and where the words saying so begin."""
    prefix = CURRENCY_SIGN.sub("", prefix)
    # "no more than" is an upper bound that ends like the lower "more than".
    for given, pattern in (("upper", UPPER_BOUND), ("lower", LOWER_BOUND), ("loose", APPROXIMATE)):
        match = pattern.search(prefix)
        if match:
            return given, match.start()
    return "exact", len(prefix)


def numbers(text: str) -> frozenset[str]:
    """The figures a sentence writes as a number (`figures` less its small counts)."""
    return frozenset(f for f in figures(text) if " " not in f)


def exact_numbers(text: str, bounds: bool = False) -> frozenset[str]:
    """`numbers` less those given loosely ("about $973,000"), and less bounds ("more than 300")
    unless `bounds` (`how_given`): the exact figure inside them ("$972,814") says the same."""
    not_exact = ("loose",) if bounds else ("loose", "lower", "upper")
    loose = {match.group().replace(",", "") for match in _FIGURE.finditer(text)
             if how_given(text[: match.start()])[0] in not_exact}
    return numbers(text) - loose


def written_numbers(text: str) -> frozenset[str]:
    """`numbers`, and those from ten up written in words, as a sentence's first word is
    ("Twelve people died" gives 12)."""
    words = (SPELT_NUMBERS.get(word) for word in re.findall(r"[a-z]+", text.lower()))
    return numbers(text) | {str(value) for value in words if value is not None and value >= 10}


def shares_fact_words(a: str, b: str) -> bool:
    """The word half of `states_same_fact`: enough of the shorter sentence's content words are in the other."""
    return word_overlap(a, b) >= SAME_FACT_OVERLAP


def same_fact_sentences(sentence: Sentence, sentences: list[Sentence], similarities: np.ndarray) -> list[int]:
    """Indices of the sentences of other articles that state what `sentence` states (`states_same_fact`).

    `similarities` holds the sentence's cosine to each of `sentences`.
    """
    return [
        index
        for index, (candidate, score) in enumerate(zip(sentences, similarities))
        if candidate.article != sentence.article and states_same_fact(sentence.text, candidate.text, score)
    ]


def tells_what_happened(a: str, b: str) -> bool:
    """Whether two sentences share what happened enough to state one fact at a cosine under
    PARAPHRASE_SIMILARITY: a figure (`figures`), or a word of it (`what_happened_words`) with
    WHAT_HAPPENED_OVERLAP of their words or WHAT_HAPPENED_WORDS words of what happened. Sentences
    of one story are close in embedding and share its names, places and year whatever they tell:
    "Prosecutors charged Haldor with fraud over the 2009 collapse of Brightwater Bank" and "Haldor
    long faced questions about his role at Brightwater Bank in 2009" share Haldor, the bank and
    2009, but the second says nothing of a charge."""
    if figures(a) & figures(b):
        return True
    shared = what_happened_words(a, b)
    return bool(shared) and (word_overlap(a, b) >= WHAT_HAPPENED_OVERLAP or len(shared) >= WHAT_HAPPENED_WORDS)


def what_happened_words(a: str, b: str) -> frozenset[str]:
    """The content words two sentences share that are no name and no number: those either writes
    in lower case, or that neither writes with a capital past its first word."""
    (capitalised_a, lower_a), (capitalised_b, lower_b) = _words_by_case(a), _words_by_case(b)
    names = (capitalised_a | capitalised_b) - lower_a - lower_b
    return frozenset(word for word in content_words(a) & content_words(b) if not word[0].isdigit() and word not in names)


@lru_cache(maxsize=65536)
def _words_by_case(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the words a sentence writes with a capital past its first word (names, or words of
    one), and of those it writes in lower case."""
    tokens = [(t[0], word_stem(t.lower().strip("'’"))) for t in _WORD.findall(text)]
    return (frozenset(stem for first, stem in tokens[1:] if first.isupper()),
            frozenset(stem for first, stem in tokens if first.islower()))


def support_strength(sentences: list[Sentence], similarity: np.ndarray, articles: int) -> np.ndarray:
    """For each sentence, the mean over other articles of its best match there (0 with one article)."""
    strength = np.zeros(len(sentences), dtype=np.float32)
    if articles < 2:
        return strength
    owner = np.array([s.article for s in sentences])
    for article in range(articles):
        columns = owner == article
        if not columns.any():
            continue
        best = similarity[:, columns].max(axis=1)
        strength += np.where(owner == article, 0.0, np.clip(best, 0.0, 1.0))
    return strength / (articles - 1)


ARTICLE_SENTENCES = 12  # the top of an article says what it is about; the rest adds noise and time


def article_similarity(lead_a: np.ndarray, body_a: np.ndarray, lead_b: np.ndarray, body_b: np.ndarray) -> float:
    """How much two articles tell the same story, from 0 (unrelated) to 1.

    The mean of the cosine between their headlines (or lead sentences) and of how well each
    article's first sentences find a match in the other. On SemEval-2022 Task 8 English
    pairs this tracks human judgements better than either part alone (see benchmarks).
    """
    if not len(body_a) or not len(body_b):
        return float(lead_a @ lead_b)
    return float((lead_a @ lead_b + sentence_alignment(body_a[:ARTICLE_SENTENCES], body_b[:ARTICLE_SENTENCES])) / 2)


def sentence_alignment(a: np.ndarray, b: np.ndarray) -> float:
    """How well two sets of sentence vectors find matches in each other: the mean, over both
    directions, of each sentence's best cosine in the other set."""
    matches = a @ b.T
    return float((matches.max(axis=1).mean() + matches.max(axis=0).mean()) / 2)
