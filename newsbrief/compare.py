"""The cross-source view: what outlets agree on, what only one reports, where they disagree,
who is quoted by whom, and what each outlet covers.

Sources are numbered as in the brief (1-based, input order). Everything works on the
sentences and embeddings the brief already computed (`PreparedCluster`), plus named
entities; disagreements are decided by a `Judge`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain

import numpy as np

from .align import (ORDINAL_WORDS, SPELT_NUMBERS, STOPWORDS, TALLY, article_similarity, content_words, exact_numbers,
                    figures, numbers, shares_fact_words, states_same_fact, tallies, what_happened_words, word_coverage,
                    word_overlap, word_stem, written_numbers)
from .entities import (LISTED_KINDS, ORGANISATION_HEADS, SCALE, TITLES, Mentions, as_kinds, fullest_form, is_form_of,
                       last_name_word, mentions_in, name_form, name_key, name_kind_key, name_kinds, one_name, outlet_keys, parsed,
                       people_spellings, respelt, respelt_people, tagged)
from .judge import (NOUN_TAGS, ORDER_TIMES, UNIT_WORDS, VERB_TAGS, YEARS_BEFORE_NOW, ZONED_WEEKDAY, Figure, Judge, RuleJudge,
                    Statement, Verdict, control_claims, counts_one_thing, date_conflict, figures_differ, gives_up_claim,
                    same_measure, same_value, one_word, statement_figures, tagged_words, weekdays_in_a_row)
from .models import Sentence
from .quotes import (ATTRIBUTION_VERBS, QUOTED, SUBJECT_PRONOUN, SUBORDINATE_CLAUSES, Quote, extract_quotes, is_title,
                     outside_quotes, passes_dependency, quoted_spans)
from .sentences import MONTH_NAME, QUOTE_MARKS, STOP_AT_END, WEEKDAY_NAME, shown_text
from .summarize import (QUESTION_END, SAME_ACT_LEADS_SIMILARITY, SENTENCE_END, LearnedSummarizer, follows_sentence_before,
                        inside_quotation, is_cut_lead, is_fragment, sentence_before, sentence_features)
from .tense import main_subject, main_verbs

# Besides stating the same fact (`align.states_same_fact`), a sentence says what another says
# when the two are fairly similar and most of its content words are in the other, as when one
# outlet quotes a line that another quotes inside a longer passage, or when both give the same
# specific figure in shared words ("$92 a month for the average retiree" / "a monthly increase
# of $92 for the average retired worker"). Agreed takes such pairs, so that "Only in", which
# leaves out what Agreed lists, claims none of them for one outlet.
ELSEWHERE_SIMILARITY = 0.55
ELSEWHERE_COVERAGE = 0.6
# A sentence the site cut joins an Agreed fact where it shares this much of the shorter's words with
# one of the fact's wordings, or a figure (`_cut_said_in`). QA K1: cut leads sharing a quarter to two
# fifths, the story's names, joined other facts ("New York City, though, is by far the largest
# jurisdiction to implement ranked-choice voting, and that..." / "…the country's most prominent
# test of ranked choice voting"). On 85 QA and 394 dev clusters this took out 9 such groups, all
# wrong, and 1 right one (nt745, "…blocked the Trump administration … in a 5-4 decision that marks
# the s..."); without the figure, 5 right ones went ("…with nearly 2.6 million...").
CUT_OVERLAP = 0.5
# A sentence this close to one elsewhere is no outlet's alone, whatever its words.
UNIQUE_CEILING = 0.75
# Two fairly similar sentences that quote the same words, this many or more, report one
# statement, however else they word it: "asked the intelligence community to “redouble their
# efforts…”" and "directing his intelligence agencies to “redouble their efforts”".
SHARED_QUOTE_WORDS = 3
# A quotation this long that another outlet's sentence gives word for word is one statement of
# one speaker whatever the cosine: "there “will be no modifications to the current policy,” and
# “we will continue…”" beside "declared Thursday there will be “no modifications to the current
# policy” on transgender service members" is 0.49 apart, the sentences around the quote being
# another outlet's. Three words may be a phrase of the story's ("spill the beans"), six are not.
SAME_QUOTATION_WORDS = 6
# Statements this close (and sharing words) are about the same thing: worth asking a judge.
JUDGE_SIMILARITY = 0.7
JUDGE_OVERLAP = 0.3
# Statements this close that give a count of one thing by every word that tells it (`judge.counts_one_thing`)
# are asked about their figures, however few words they share: "943,000 jobs added in July" and "July,
# when more than 1 million jobs were created" (0.57). Of the cross-source pairs of 394 dev clusters at
# 0.3 or more that no other rule asks about, 9 give such a count, 2 with figures that differ (both right
# on reading, at 0.57 and 0.59); asked about every pair from 0.55, the judge had found 62 numbers
# conflicts, nearly all of two things.
COUNT_SIMILARITY = 0.5
# Two quotes in different articles are one quotation transcribed a little apart where the longer
# gives this share of the shorter's words in their order (`stated_share`), SAME_QUOTE_WORDS or more
# of them content words. Shared words in any order (60% of content words) joined two tweets of one
# senator on one report (0.67 in order) and two statements of a search chief (0.62); "Leaving Aug. 31
# is not due to an arbitrary deadline" in "...leaving August the 31st, is not due to an arbitrary
# deadline" is 0.8, "He says he is a Christian. But I am talking about his world view" in "...he
# says he's Christian. But I am talking about his world view" 0.7.
SAME_QUOTE_ORDER = 0.7
SAME_QUOTE_WORDS = 4
# Two quotes of one speaker say one thing in different words where they share this many words of
# what was said (`_say_alike`). With one, 18 of the 25 pairs on the 101 Multi-News dev clusters and
# 61 QA clusters were two statements ("the storm", "Hollywood"); with two, 3 of 10.
SAY_ALIKE_WORDS = 2
QUOTE_TOPIC_SIMILARITY = 0.45
MIN_FACT_WORDS = 8
# Two outlets' leads (each one's first statement) tell one event where they are this close and a verb
# of what happened is on the main clauses of both ("is set to formally revoke California's waiver on
# Wednesday" / "is expected Wednesday to revoke a decades-old rule that empowers California"), though
# each words the rest its own way. On 394 dev and 55 QA clusters a verb of what happened anywhere in
# both (at 0.58) changed Agreed in 31 clusters, 5 wrongly ("mocked ousted Scaramucci" / "ousted
# Scaramucci", a participle before a noun; a relative clause's "required"); on the main clauses at
# 0.6 in 15, 13 rightly, 1 wrongly ("appeared divided" / "appears ready to block"), 1 mixed. From 0.55
# (QA K2: leads told in words of their own are further apart) 2 more, both right ("received a text
# message"); at 0.5 three of the nine lead pairs added were wrong ("show", "get", "died"). The
# summarizer holds two such leads for one event in the brief at the same bar, so it is its constant.
LEAD_SIMILARITY = SAME_ACT_LEADS_SIMILARITY
# Two outlets' leads tell one event, in verbs of their own ("dismissed the latest challenge to the
# Affordable Care Act" / "rejected another effort to dismantle the Affordable Care Act", "have
# approved" / "passed"), where their headlines are this close: a lead tells its headline's event.
# The leads are still as close as ELSEWHERE_SIMILARITY and agree (`_agree`). On 394 dev and 85 QA
# clusters this changed Agreed in 15: 10 rightly, 3 wrongly (a feature's or an opinion piece's
# opening: "Splashed across the cover of this week's Newsweek…" / "…has declined to get into the
# scrum with Newsweek"), 1 mixed, 1 debatable. Headlines from 0.7 pair about half their leads
# wrongly, the two days of one story ("Operation resumes to bring out boys" / "…operation suspended").
HEADLINE_SIMILARITY = 0.8
# Two leads under headlines that close are compared from this cosine, not only from ELSEWHERE_SIMILARITY:
# a lead told in words of its own may sit just under it ("does not share Trump's animosity toward
# Mueller" / "signaled a public break with Trump", headlines 0.87, leads 0.51: QA s27 K2, nt844). Over
# 394 dev and 210 QA clusters this changed Agreed in 2, both right (nt844, as68); of the lead pairs
# under such headlines that no other rule pairs, from 0.45 one of 7 was two facts of one story (a
# White House's precautions / the vice president coming in to work).
HEADLINE_LEAD_SIMILARITY = 0.5
# Two leads as close as LEAD_SIMILARITY that quote the same words, two or more, tell one event: the
# phrase is what their story is about ("said it has “grave concerns” about the memo" / "released a
# statement saying they had “grave concerns” about…", QA s27 K2, nt863). Elsewhere it takes
# SHARED_QUOTE_WORDS, as two words may be a story's slogan. Over 394 dev and 210 QA clusters this changed
# Agreed in 2, both right (nt863; basil46's three leads on one day's posts, "Deep State").
LEAD_QUOTE_WORDS = 2
# Two leads as close as LEAD_SIMILARITY whose main subjects share a word (`subject_words`) and that share
# more than this many words of what happened (`align.what_happened_words`) tell one event in verbs of
# their own: "The suspected gunman … is accused of killing … with an AR-15 rifle that authorities say he
# purchased legally" / "The suspect in a Florida school shooting bought the AR-15-style rifle … legally"
# (QA s29 K2, nt978). Over 394 dev and 285 QA clusters this changed Agreed in 15: 12 rightly (a lead of
# one event joins its group or two leads make one), 2 mixed, 1 debatable. With more than three words 3
# more, each two facts of one subject ("…continues to defend his family's membership in the … club" /
# "…has apologised for – but has not left – … club"); without the shared subject, lead pairs sharing such
# words were two facts one time in three ("…ordered that Kushner be given a top-level security clearance"
# / "The House Oversight Committee … renewed its request … following reports that President Trump ordered…").
LEAD_EVENT_WORDS = 4
# A lead whose main clauses only say what something is tells no event: an opinion piece's or a
# profile's opening ("There's a reason California lawmakers … required …", "The 46-year old Georgia
# politician … is one of the names being discussed …", "… Biden is right to resume …"), which a like
# headline does not make the news lead's event (QA nt766, neus8, as194). "Has" stays an event's
# ("Trump Jr. had multiple online conversations … with WikiLeaks").
BE_FORMS = frozenset(word_stem(verb) for verb in "am is are was were be been being 's ’s".split())
NOVELTY_WEIGHT = 0.5
QUOTE_WEIGHT = 1.0
WORD = re.compile(r"\w+")
NAME_WORD = re.compile(r"[\w'’-]+")  # a word as a name has it: "al-Assad", "O’Neill", "Cruz's"
# Ordinals as spaCy finds them, spelt out ("third") or in figures ("3rd"), read as one number.
ORDINAL_FIGURE = re.compile(r"(\d+)(?:st|nd|rd|th)", re.I)
# A place in a row and what the row is of: "the 14th state", "the ninth country", and "14 other
# states", which makes the one joining them the 15th (`_places`).
PLACE = re.compile(rf"\b(?:(?P<ordinal>{ORDINAL_FIGURE.pattern}|{'|'.join(ORDINAL_WORDS)})|"
                   rf"(?P<others>\d+|{'|'.join(SPELT_NUMBERS)})\s+other)\s+(?P<noun>[a-z]+)\b", re.I)
FIGURE_WORD = re.compile(r"\d[\d,.]*\d|\d")  # a figure as a statement writes it: "256,000", "4.5"
# An amount as a statement writes it, its currency sign and scale (`entities.SCALE`) with it: "$15m", "£2.5 billion".
AMOUNT_WORD = re.compile(rf"[$£€¥]?\s?(?P<scaled>{FIGURE_WORD.pattern}){SCALE}|[$£€¥]\s?(?P<signed>{FIGURE_WORD.pattern})")
# The word right before a person's name, spaces alone between; empty where the name opens the sentence.
PERSON_ROLE = re.compile(r"(?:^[\W_]*|(?:^|(?<=\s))([\w.'’-]+)\s+[\"“‘']?)$")
# A name inside a relative clause, no punctuation between its pronoun and the name, is told of beside
# the fact, in no role of it: "17 Republicans opposed the resolution, whose sponsor Representative Tom
# Malinowski said he was threatened" names its sponsor, not one of who voted. A period before a
# word, a capital or the name looked at ends no clause: "which Mr. Trump threatened", "whose U.S. office".
IN_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which)\b(?:[^,;:.!?()“”\"—–]|\.(?=\w|\s+[A-Z]|\s*$))*$", re.I)
# Clauses inside a subject that tell what happened, not what the subject is: "News *that the drug
# halves the risk* has bolstered hopes", "Individuals *who are at high risk* were included".
CLAUSES_IN_SUBJECT = SUBORDINATE_CLAUSES | {"acl", "ccomp"}


@dataclass(frozen=True)
class SourcedText:
    source: int
    text: str


@dataclass(frozen=True)
class Fact:
    statements: tuple[SourcedText, ...]

    @property
    def sources(self) -> tuple[int, ...]:
        return tuple(sorted({s.source for s in self.statements}))


@dataclass(frozen=True)
class Disagreement:
    kind: str
    reason: str
    a: SourcedText
    b: SourcedText


@dataclass(frozen=True)
class QuoteGroup:
    """One quote of one speaker and the outlets that carry it, each with its own wording."""

    speaker: str
    wording: tuple[SourcedText, ...]

    @property
    def sources(self) -> tuple[int, ...]:
        return tuple(sorted({w.source for w in self.wording}))


@dataclass(frozen=True)
class QuoteVariant:
    """The same person quoted by two outlets saying one thing in different words (`_say_alike`)."""

    speaker: str
    a: SourcedText
    b: SourcedText


@dataclass(frozen=True)
class Coverage:
    source: int
    words: int
    sentences: int
    people: tuple[str, ...]
    places: tuple[str, ...]
    organisations: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    agreed: tuple[Fact, ...]
    only_in: dict[int, tuple[str, ...]]
    disagreements: tuple[Disagreement, ...]
    quotes: tuple[QuoteGroup, ...]
    quote_variants: tuple[QuoteVariant, ...]
    coverage: tuple[Coverage, ...]
    article_similarity: tuple[tuple[float, ...], ...]
    judge: str
    # Beside each Only-in statement, in its order, who spoke the quotation it holds where the
    # statement does not name them ('“It is a smear.”', '“No,” he said'), as Quotes names them
    # (`_unnamed_speakers`); else None. Empty for a comparison stored before it was kept.
    only_in_speakers: dict[int, tuple[str | None, ...]] = field(default_factory=dict)
    # Beside each Only-in statement, in its order, what it gives that no other source gives
    # (`_own_specifics`: "Jan. 29", "Tom Price") where other sources make the statement too, so a
    # reader sees why a statement that is also under Agreed is here; () where no other source
    # makes it. Empty for a comparison stored before it was kept.
    only_in_specifics: dict[int, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # Beside each Only-in statement, in its order, its article's sentence before it where the
    # statement reads right only after that one (`_contexts`: "But senators hit new problems…",
    # "As of Tuesday, that's…"), else None. Empty for a comparison stored before it was kept.
    only_in_contexts: dict[int, tuple[str | None, ...]] = field(default_factory=dict)

    def only_in_entries(self, source: int) -> list[OnlyIn]:
        """The source's Only-in statements, each with who spoke its quotation, its own specifics and
        the sentence it leans on."""
        speakers = self.only_in_speakers.get(source, ())
        specifics = self.only_in_specifics.get(source, ())
        contexts = self.only_in_contexts.get(source, ())
        return [OnlyIn(text, speakers[k] if k < len(speakers) else None, specifics[k] if k < len(specifics) else (),
                       contexts[k] if k < len(contexts) else None)
                for k, text in enumerate(self.only_in[source])]


@dataclass(frozen=True)
class OnlyIn:
    """One statement of a source's Only-in list, as the view shows it."""

    text: str
    speaker: str | None  # who spoke the quotation it holds, where it does not name them
    own_specifics: tuple[str, ...]  # the numbers and names it alone gives, where others make it too
    context: str | None = None  # its article's sentence before it, where it reads right only after that one


def article_similarities(sentences: list[Sentence], embeddings: np.ndarray, leads: np.ndarray) -> np.ndarray:
    """`align.article_similarity` for every pair of sources; `leads` holds each one's headline vector."""
    articles = len(leads)
    owner = np.array([s.article for s in sentences])
    bodies = [embeddings[owner == a] for a in range(articles)]
    matrix = np.eye(articles)
    for a in range(articles):
        for b in range(a + 1, articles):
            matrix[a, b] = matrix[b, a] = article_similarity(leads[a], bodies[a], leads[b], bodies[b])
    return matrix


def _statements(sentences: list[Sentence], found: list[Mentions]) -> list[Statement]:
    """Sentences as judges see them, each knowing the last place its article named before it."""
    statements = []
    last_place: dict[int, str] = {}
    for sentence, named in zip(sentences, found):
        statements.append(Statement(sentence.text, named, last_place.get(sentence.article)))
        if named.places:
            last_place[sentence.article] = named.places[-1]
    return statements


def _same_fact(i: int, j: int, sentences: list[Sentence], similarity: np.ndarray) -> bool:
    return states_same_fact(sentences[i].text, sentences[j].text, similarity[i, j])


def _said_elsewhere(i: int, j: int, sentences: list[Sentence], similarity: np.ndarray) -> bool:
    """Whether sentence `j` (of another source) says what `i` says, or most of it, or quotes the same
    words at a fair similarity, or the same long quotation or tally (`align.tallies`) with its
    words at any (`_quote_shared`, `_tally_shared`)."""
    if _same_fact(i, j, sentences, similarity):
        return True
    a, b = sentences[i].text, sentences[j].text
    return _quote_shared(a, b, SAME_QUOTATION_WORDS) or _tally_shared(a, b) or (
        similarity[i, j] >= ELSEWHERE_SIMILARITY) and (
        word_coverage(a, b) >= ELSEWHERE_COVERAGE or bool(figures(a) & figures(b)) and shares_fact_words(a, b)
        or _quote_shared(a, b, SHARED_QUOTE_WORDS))


def _contexts(listed: list[int], sentences: list[Sentence]) -> tuple[str | None, ...]:
    """For each of one source's listed sentences, in order, its article's sentence before it where it
    reads right only straight after that one (`summarize.follows_sentence_before`: "In another,
    floodwaters swept through…"), for the view to show before it; None where it stands alone or
    that sentence is the one listed right before it (as `_in_reading_order` puts a listed one). Leaving such statements out of Only-in cost
    BASIL's informational-bias spans (0.359 to 0.318): an outlet's slant is as often in them. Shown as
    written, not as `sentences.shown_text` shows a cut lead: a sentence with one after it in its article
    is no lead the site cut, and one ending on a colon ("Here's the exchange:") goes on in the statement
    shown after it (23 of the 28 contexts ending on no stop in 560 QA and dev clusters end on a colon)."""
    before = sentence_before(sentences, range(len(sentences)))
    return tuple(sentences[before[i]].text if i in before and before[i] != previous
                 and follows_sentence_before(sentences[i], sentences[before[i]].text) else None
                 for previous, i in zip([None, *listed], listed))


def _in_reading_order(listed: list[int], sentences: list[Sentence]) -> list[int]:
    """One source's listed sentences in their order (most important first), except that one reading
    right only straight after its article's sentence before it (`summarize.follows_sentence_before`),
    where that one is listed too, goes right after it, a run of them where its first listed one
    is: "But critical race theory…" listed before "Watching the news…", the sentence it goes on
    from, showed that one twice, as its context and as an item further down (QA M5)."""
    before = sentence_before(sentences, listed)
    leans_on = {i: b for i, b in before.items() if follows_sentence_before(sentences[i], sentences[b].text)}
    goes_on = {b: i for i, b in leans_on.items()}
    ordered: list[int] = []
    for i in listed:
        while i in leans_on:
            i = leans_on[i]
        if i not in ordered:
            ordered.append(i)
            while i in goes_on:
                i = goes_on[i]
                ordered.append(i)
    return ordered


def _tally_shared(a: str, b: str) -> bool:
    """Whether two sentences give one tally and share words enough to tell one fact (`align.shares_fact_words`)."""
    return bool(tallies(a) & tallies(b)) and shares_fact_words(a, b)


def _quote_shared(a: str, b: str, least: int) -> bool:
    """Whether either text quotes `least` words or more that the other gives in the same order,
    quoted or not; the title of a work ("Face the Nation") is no one's statement."""
    return any(len(bare_words(words).split()) >= least and not is_title(words)
               and bare_words(words) in bare_words(other)
               for text, other in ((a, b), (b, a)) for words in (m.group(1) for m in QUOTED.finditer(text)))


def _one_says_other(i: int, j: int, sentences: list[Sentence], similarity: np.ndarray) -> bool:
    """Whether either of two sentences of different sources says what the other says (`_said_elsewhere`)."""
    return _said_elsewhere(i, j, sentences, similarity) or _said_elsewhere(j, i, sentences, similarity)


def _restated(i: int, listed: list[int], sentences: list[Sentence]) -> bool:
    """Whether sentence `i` repeats a listed sentence of its own source: the words of the shorter
    run on in the longer, as in a sentence the article repeats, a headline run into the sentence
    it leads, or a quote given again with who said it. The view lists one source's statement once.
    Looser tests drop distinct facts, since one article's sentences share its story's words: the
    same-fact test joins "escaped two days ago" and "the third escape in two months", and the
    content words of "'The American people are with me,' Obama said" all recur in a sentence on
    what Boehner said of Obama and the American people."""
    return any(sentences[k].article == sentences[i].article and _one_within(sentences[i].text, sentences[k].text)
               for k in listed)


def _same_words(a: str, b: str) -> bool:
    """Whether the longer text gives most of the shorter's words in their order (`SAME_QUOTE_ORDER`)."""
    return stated_share(max(a, b, key=len), min(a, b, key=len)) >= SAME_QUOTE_ORDER


def _one_within(a: str, b: str) -> bool:
    """Whether the words of one text run on, in order, in the other, whatever the punctuation and case."""
    a, b = bare_words(a), bare_words(b)
    return a in b or b in a


def stated_share(wording: str, words: str) -> float:
    """The share of the words that the wording gives in their order, case and punctuation aside
    (`bare_words`), alone or with more around them: 1.0 for "due to an arbitrary deadline" in
    "is not due to an arbitrary deadline"."""
    said, stated = bare_words(words).split(), bare_words(wording).split()
    matched = SequenceMatcher(None, said, stated, autojunk=False).get_matching_blocks()
    return sum(block.size for block in matched) / len(said) if said else 1.0


@lru_cache(maxsize=4096)
def bare_words(text: str) -> str:
    """The text's words in lower case, one space apart and around: " the third escape "."""
    return f" {' '.join(WORD.findall(text.lower()))} "


def _ordinals(statement: Statement) -> frozenset[str]:
    """The ordinals a statement gives ("the third time", "its 2nd escape"), as numbers where known."""
    found = set()
    for entity in statement.mentions.entities:
        if entity.label == "ORDINAL":
            word = entity.text.lower()
            found.add(_ordinal_number(word) or word)
    return frozenset(found)


def _ordinal_number(word: str) -> str | None:
    """An ordinal in lower case as a number in figures ("third" and "3rd" are "3"); None where it is
    neither one of `ORDINAL_WORDS` nor in figures (`ORDINAL_FIGURE`)."""
    figure = ORDINAL_FIGURE.fullmatch(word)
    return figure.group(1) if figure else str(ORDINAL_WORDS.index(word) + 1) if word in ORDINAL_WORDS else None


@lru_cache(maxsize=4096)
def _places(text: str) -> frozenset[tuple[int, str, str, bool]]:
    """(place, noun, words, whether a count of others) for each place in a row the text gives
    (`PLACE`): "the 14th state" and "joined 14 other states" are (14, "state", "14th state", False)
    and (15, "states", "14 other states", True)."""
    found = set()
    for match in PLACE.finditer(text):
        if ordinal := match.group("ordinal"):
            place = int(_ordinal_number(ordinal.lower()))
        else:
            others = match.group("others").lower()
            place = (int(others) if others.isdigit() else SPELT_NUMBERS[others]) + 1
        found.add((place, match.group("noun").lower(), match.group(0), not ordinal))
    return frozenset(found)


def _other_places(a: Statement, b: Statement) -> tuple[str, str] | None:
    """The words of two places in one row (`_places`) the statements put something in, one of them
    a count of others, where they put it in no one place of that row: "making the state the 14th
    state to allow it" and "the state joined 14 other states in allowing it" make it the 14th and
    the 15th, though both give 14. Two ordinals are `_ordinals`' to tell apart, no disagreement:
    "the second black senator from the state, after Brooke" and "its first black senator since
    Brooke" are both true."""
    places_a, places_b = _places(a.text), _places(b.text)
    one_row = [(x, y) for x in places_a for y in places_b if one_word(x[1], y[1]) and x[3] != y[3]]
    if not one_row or any(x[0] == y[0] for x, y in one_row):
        return None
    x, y = min(one_row)
    return x[2], y[2]


def _person_roles(statement: Statement, other: Statement) -> set[tuple[str, str]]:
    """(role, person) for each person the statement names and the other does not, where the text
    gives the person a role: the word right before the name ("after Tim Scott", "Sen. Cory Booker"),
    a title as written out (`_title_in_full`: "Rep." is "representative"), or "" for a name that opens
    the sentence (its subject); none for a name inside a relative clause (`IN_RELATIVE_CLAUSE`)."""
    roles = set()
    for person in statement.mentions.people:
        if any(one_name(person, named) for named in other.mentions.people) or \
                re.search(rf"\b{re.escape(person.split()[-1])}\b", other.text):
            continue
        for match in re.finditer(re.escape(person), statement.text):
            before = PERSON_ROLE.search(statement.text, 0, match.start())
            if before and not IN_RELATIVE_CLAUSE.search(statement.text, 0, match.start()):
                roles.add((_title_in_full((before.group(1) or "").lower()), person))
    return roles


def _title_in_full(word: str) -> str:
    """A title of `entities.TITLES` written short, as written out ("sen." is "senator", "rep."
    "representative": one outlet's "Rep. Loretta Sanchez" and another's "Representative Linda
    Sánchez" in one role); any other word as it is, an initial too ("M.")."""
    short = word.removesuffix(".")
    if word == short or len(short) < 2 or short in TITLES:
        return word
    return next((title for title in sorted(TITLES) if title.startswith(short) and "." not in title), word)


def subject_words(text: str) -> tuple[frozenset[str], bool] | None:
    """The content words (`align.content_words`) of the main clause's subject (`tense.main_subject`)
    with what describes it ("The drug, molnupiravir", "A pretrial hearing for Jesse Matthew"), not
    those of a clause inside it (`CLAUSES_IN_SUBJECT`), and whether the clause only says what the
    subject is or what was done to it (a form of be, `BE_FORMS`, or a passive: "is a rare
    complication", "is given as a pill"), no act of its own; None where the sentence has no subject."""
    subject = main_subject(text)
    if subject is None:
        return None
    described = subject.dep_ == "nsubjpass" or word_stem(subject.head.lower_) in BE_FORMS
    own = (token.text for token in subject.subtree if not passes_dependency(token, subject, CLAUSES_IN_SUBJECT))
    return content_words(" ".join(own)), described


def said_of_one_thing(a: str, b: str) -> bool:
    """Whether the words two sentences share are only a thing one of them says what it is of: all in
    the main subject of one whose clause only describes it (`subject_words`), and not all in the
    other's. The other tells something else the thing comes into: "The drug, molnupiravir, is given
    as a pill" and "The drugmaker said the drug, molnupiravir, cut the risk of death in half"; "Acute
    flaccid myelitis is a very rare complication" and "the CDC reported 50 people had been diagnosed
    with acute flaccid myelitis" (QA s27 K1, nt883, mn6). A subject's own act may be the other's
    in other words ("At least nine people died" / "Flooding killed at least nine people"); a
    sentence with no subject ("Sen. Josh Hawley the only senator to vote against it.") tells no thing apart."""
    shared = content_words(a) & content_words(b)
    if not shared:
        return False
    subjects = subject_words(a), subject_words(b)
    if None in subjects:
        return False
    return any(shared <= words and described and not shared <= other_words
               for (words, described), (other_words, _) in (subjects, subjects[::-1]))


def _other_person_in_one_role(a: Statement, b: Statement) -> bool:
    """Whether each statement names someone the other does not in one role: "Tim Scott is the second
    black senator" and "Cory Booker became the second black senator" are two facts of two people."""
    roles_b = {role for role, _ in _person_roles(b, a)}
    return any(role in roles_b for role, _ in _person_roles(a, b))


# The word right after a name (a verb it is the subject of: "Sanders *thanked*"), and the word
# before it, past titles and other capitalised words ("*thanked* Senator Sanders"): one it is the object of.
VERB_AFTER_NAME = re.compile(r"\s+([a-z]+)\b(?!\s+by\b)")  # "Clinton endorsed by Obama": Obama acted
VERB_BEFORE_NAME = re.compile(r"\b([a-z]+)\s+(?:(?:the|[A-Z][\w.'’-]*)\s+)*$")
NAME_REACH = 60  # characters before a name that may hold its verb and titles
# Verbs of what two do together: "Putin met Erdogan" is "Erdogan met Putin".
TOGETHER = frozenset(word_stem(verb) for verb in (
    "met meet meets meeting faced faces face facing played plays play playing married marries marry fought fights "
    "fight fighting battled battles battle debated debates debate hugged hugs hug").split())


def _name_roles(statement: Statement) -> dict[tuple[str, str, str], set[int]]:
    """(role, name, word) for each name of a person, place or organisation the statement gives beside
    a lower-case word that may be a verb, with where that word stands: "subject" where it follows the
    name, "object" where it precedes it; the name by its last word, the word by its stem ("thank"),
    none of what two do together (`TOGETHER`)."""
    named, text = statement.mentions, statement.text
    roles: dict[tuple[str, str, str], set[int]] = {}
    for name in {*named.people, *named.organisations, *named.places}:
        for match in re.finditer(re.escape(name), text):
            reach = max(0, match.start() - NAME_REACH)
            after = VERB_AFTER_NAME.match(text, match.end())
            before = VERB_BEFORE_NAME.search(text[reach: match.start()])
            if before and _attributes_words_before(text, reach + before.start(1), before.group(1)):
                before = None  # "..., added Sanders": Sanders is who added, not whom
            for role, word, at in (("subject", after, after and after.start(1)),
                                   ("object", before, before and reach + before.start(1))):
                if word and word.group(1) not in STOPWORDS and word_stem(word.group(1)) not in TOGETHER:
                    roles.setdefault((role, name_key(name), word_stem(word.group(1))), set()).add(at)
    return roles


# A verb of saying right after words it attributes, before its speaker: "the bill will fail," added Sanders.
ATTRIBUTED_BEFORE = re.compile(r"[,“”\"‘’']\s*$")
# Of these, the verbs that may take a person as object ("Trump, in a tweet, called Sanders a loser") are left out.
SAID_BEFORE_SPEAKER = ATTRIBUTION_VERBS - frozenset(
    "told tells telling asked called urged warned warns quoted described denounced promised pledged".split())


def _attributes_words_before(text: str, at: int, word: str) -> bool:
    """Whether the word at `at` is a verb of saying that follows the words it attributes, so the name
    after it is its subject ("..., added Sanders"; "'No,' wrote Okafor")."""
    return word in SAID_BEFORE_SPEAKER and bool(ATTRIBUTED_BEFORE.search(text, 0, at))


def _direction_reversed(a: Statement, b: Statement) -> bool:
    """Whether one statement gives someone as the doer of what the other gives them as the receiver
    of, the word between being a verb in both (spaCy's tags: "FBI career official" and "the career
    FBI official" are one official): "The President thanked Senator Sanders" and "Sanders thanked
    Obama" are two thanks, in the same words."""
    roles_b = _name_roles(b)
    other_role = {"subject": "object", "object": "subject"}
    return any(_verb_at(a.text, at_a) and _verb_at(b.text, at_b)
               for (role, name, word), where_a in _name_roles(a).items()
               for at_a in where_a for at_b in roles_b.get((other_role[role], name, word), ()))


def _verb_at(text: str, at: int) -> bool:
    """Whether the word starting at `at` in the text is a verb, as spaCy tags it."""
    return any(offset == at and tag in VERB_TAGS for offset, _, tag in tagged_words(text))


# A time given in years: before now ("between 499,000 and 320,000 years ago", "the 160,000-year-old
# site", "a 2.5-million-year-old skull"), or a shift from another time ("tens of thousands of years
# earlier" than thought). spaCy takes some for numbers, some for dates of no day, month or year.
YEARS_FIGURE = (r"(?<![\w.,])(?P<first>\d[\d,]*(?:\.\d+)?)(?:\s*(?:-|–|to|and)\s*(?P<last>\d[\d,]*(?:\.\d+)?))?"
                r"(?:[\s-]+(?P<scale>thousand|million|billion))?")
YEARS_WORDS = rf"\b(?:(?P<order>{'|'.join(ORDER_TIMES)})\s+of\s+)?(?P<many>thousands|millions|billions)\s+of"
YEARS = re.compile(rf"(?:{YEARS_FIGURE}|{YEARS_WORDS})(?:(?P<before_now>{YEARS_BEFORE_NOW})|"
                   r"[\s-]+years?[\s-]+(?:earlier|later|before|after|older|younger)\b)", re.I)
YEARS_SCALE = {None: 1, "thousand": 1e3, "million": 1e6, "billion": 1e9}


@dataclass(frozen=True)
class YearsTime:
    """A time a text gives in years (`YEARS`), before now or a shift from another time, as the
    fewest and most years it allows."""

    before_now: bool
    fewest: float
    most: float

    def meets(self, other: YearsTime) -> bool:
        """Whether the two can be one time: both before now or both shifts, and of years in common."""
        return self.before_now == other.before_now and max(self.fewest, other.fewest) <= min(self.most, other.most)


def _times_in_years(text: str) -> list[YearsTime]:
    """The times a text gives in years (`YEARS`): a figure as its value or range, an amount in words
    as every value it allows (`_years_in_words`)."""
    times = []
    for match in YEARS.finditer(text):
        if match.group("many"):
            fewest, most = _years_in_words(match.group("order"), match.group("many"))
        else:
            scale = YEARS_SCALE[match.group("scale") and match.group("scale").lower()]
            ends = [float(end.replace(",", "")) * scale for end in (match.group("first"), match.group("last")) if end]
            fewest, most = min(ends), max(ends)
        times.append(YearsTime(bool(match.group("before_now")), fewest, most))
    return times


def _years_in_words(order: str | None, many: str) -> tuple[float, float]:
    """The fewest and most years an amount in words allows: "tens of thousands" from 10,000 to
    100,000, "hundreds of millions" from 100 million to a billion, and "thousands" alone any
    number of thousands (up to a million), as loosely as stories use it."""
    fewest = ORDER_TIMES.get((order or "").lower(), 1) * YEARS_SCALE[many.lower().rstrip("s")]
    return fewest, fewest * (10 if order else 1000)


def _other_times_in_years(a: Statement, b: Statement) -> bool:
    """Whether each statement gives a time in years and none of one's can be one of the other's
    (`YearsTime.meets`): "tools made between 499,000 and 320,000 years ago" and "tools at a
    160,000-year-old site" tell of two ages; "some 280,000-50,000 years ago" and "tens of thousands
    of years earlier than thought" of an age and of how much older something is than thought."""
    times_a, times_b = _times_in_years(a.text), _times_in_years(b.text)
    return bool(times_a and times_b) and not any(x.meets(y) for x in times_a for y in times_b)


def _agree(i: int, j: int, statements: list[Statement], rules: RuleJudge) -> bool:
    """Whether two statements, each close to the first of a fact, tell it alike: they share its words
    (as `align.states_same_fact` asks, the check that keeps topical but different statements apart),
    nothing the rules find at odds (a date or place), no other figure of one measure, whether the
    rules find it of one thing or of two (`judge.figures_differ`: "97 rockets hit Israel on Friday"
    is not "more than 750 rockets this year"), no other ordinal ("the third time" is not "the
    second") nor other place in one row (`_other_places`: "the 14th state" is not "joined 14 other
    states"), no other date of what is to come, whatever words each dates (`judge.date_conflict`: "would be
    retiring at the end of February" and "will be leaving on January 1" are one departure told with two
    dates, a disagreement), no other person in one role (`_other_person_in_one_role`), no one the doer in one and
    the receiver in the other (`_direction_reversed`), no other time in years, before now or
    a shift (`_other_times_in_years`), and no position one tells and the other tells given up
    (`judge.gives_up_claim`: "would not testify", "backtracked on his position that he would not
    comply with a subpoena to testify"), and not a thing one is about that the other only comes to
    (`said_of_one_thing`: "The drug is given as a pill" is not "said the drug cut the risk in half").
    Their embeddings are not asked again: both are close to the first (or give its tally). Another person, direction or age is no disagreement of the outlets: both may
    be true of two facts."""
    a, b = statements[i], statements[j]
    ordinals_a, ordinals_b = _ordinals(a), _ordinals(b)
    return (shares_fact_words(a.text, b.text) and not (ordinals_a and ordinals_b and not ordinals_a & ordinals_b)
            and _other_places(a, b) is None
            and not _other_person_in_one_role(a, b) and not _direction_reversed(a, b) and not _other_times_in_years(a, b)
            and not figures_differ(a, b) and not date_conflict(a, b, one_fact=True) and not gives_up_claim(a, b)
            and not rules(a, b) and not said_of_one_thing(a.text, b.text))


def agreed_facts(order: list[int], sentences: list[Sentence], statements: list[Statement], similarity: np.ndarray,
                 limit: int | None = None) -> list[Fact]:
    """The first `limit` of `agreed_groups`, as facts in each source's words."""
    return [_fact(group, sentences) for group in agreed_groups(order, sentences, statements, similarity)[:limit]]


def _fact(group: list[int], sentences: list[Sentence]) -> Fact:
    return Fact(tuple(_sourced(m, sentences) for m in group))


def _sourced(i: int, sentences: list[Sentence]) -> SourcedText:
    """A sentence as the view lists it: its source's number and its text as the brief shows a sentence
    (`sentences.shown_text`: a lead the site cut mid-sentence, "…was sentenced to three years in", ends
    on "…")."""
    return SourcedText(sentences[i].article + 1, shown_text(sentences[i].text))


def agreed_groups(order: list[int], sentences: list[Sentence], statements: list[Statement],
                  similarity: np.ndarray, speakers: dict[int, frozenset[str]] | None = None,
                  unnamed: dict[int, str | None] | None = None, headlines: np.ndarray | None = None) -> list[list[int]]:
    """Facts stated by two or more sources, as the sentences that state each, most important
    first, no statement of a source listed twice (`_restated`).

    Each statement, a sentence of MIN_FACT_WORDS or more (not a headline's few words) that asks
    nothing (a question states no fact: "How will Trump pick his nominee?" is not "Trump says he
    likes all his nominees"), says what one of those before it says or one of them says what it
    says (`_one_says_other`; not only the first: a wording that says what the second outlet's says,
    and so is no outlet's alone, would be in neither Agreed nor Only-in) or both are leads of one
    event (`_leads_alike`; `headlines` holds the cosine of each two sources' headlines, under which
    leads are compared from `HEADLINE_LEAD_SIMILARITY`), and every two agree
    (`_agree`), not only each with the first: two wordings close to a third may share few words ("managers had too much
    discretion", "the company culture stereotypes women") or give different counts ("the third
    escape in two months", "the second this month"). Wordings of one fact that the rules find at
    odds are not agreement: they belong to the disagreements. Nor are two quotations of other
    speakers, each named (`speakers`: the speakers of the quotes each sentence holds, as
    `cluster_speakers` names them): "“We are asking people to take this storm seriously,” she said"
    (Perdue) and "“The rest of the coast is in its path,” Read said" are two people's words. Nor is
    a quotation whose speaker its sentence does not name (`unnamed`, as `_unnamed_speakers` gives
    them) one fact with a sentence that names others and not that speaker (`_other_speaker`): a
    senator's “I call on the administration to make the report public” is not another senator's
    demand that the report be made public.

    The first statement of a fact ends as one (`_ends_whole`); a lead the site cut ("…despite the
    Obama administration's decision to ban...") joins one as its source's wording where that source
    gives no whole one and it shares enough of what it shows with one of the fact's wordings
    (`_cut_said_in`), so that a source of leads alone, which Only-in leaves out, is not left out
    of the view, nor is a whole statement that the cut lead says too (`unique_facts` takes it as
    said elsewhere)."""
    owner = np.array([s.article for s in sentences])
    rules = RuleJudge()
    speakers, unnamed = speakers or {}, unnamed or {}
    stated = np.array([s.words >= MIN_FACT_WORDS and not _asks(s.text) for s in sentences], dtype=bool)
    whole = np.array([_ends_whole(s.text) for s in sentences], dtype=bool)
    tallied = [tallies(s.text) for s in sentences]
    leads = _lead_verbs(sentences, stated, similarity, headlines)
    is_lead = np.isin(np.arange(len(sentences)), list(leads))
    listed: list[int] = []
    groups = []
    for i in order:
        if not (stated[i] and whole[i]) or _restated(i, listed, sentences):
            continue
        members = [i]
        close = similarity[i] >= ELSEWHERE_SIMILARITY
        if i in leads and headlines is not None:  # a lead under a like headline may be worded further off
            close = close | (is_lead & (headlines[owner[i], owner] >= HEADLINE_SIMILARITY)
                             & (similarity[i] >= HEADLINE_LEAD_SIMILARITY))
        if tallied[i]:  # a sentence giving its tally may be worded far from it (`_tally_shared`)
            close = close | np.array([bool(tally & tallied[i]) for tally in tallied], dtype=bool)
        close = np.flatnonzero(close & (owner != owner[i]) & stated)
        for j in sorted(close, key=lambda j: (not whole[j], -similarity[i, j])):
            if (owner[j] not in {owner[m] for m in members} and not _restated(j, listed, sentences)
                    and any(_one_says_other(m, j, sentences, similarity) or _leads_alike(m, j, sentences, similarity, leads, headlines)
                            for m in members)
                    and all(_agree(m, j, statements, rules) and not _quote_other_speakers(m, j, sentences, speakers)
                            and not _other_speaker(m, j, sentences, statements, speakers, unnamed)
                            and not _other_speaker(j, m, sentences, statements, speakers, unnamed) for m in members)
                    and (whole[j] or any(_cut_said_in(j, m, sentences) for m in members))):
                members.append(int(j))
        if len(members) > 1:
            listed.extend(members)
            groups.append(members)
    return groups


def _cut_said_in(cut: int, other: int, sentences: list[Sentence]) -> bool:
    """Whether a sentence the site cut ("…in use for decades around...") and another share
    `CUT_OVERLAP` of the shorter's words (`align.word_overlap`) or a figure (`align.figures`): what the
    cut one's lost rest said is unknown, so it tells the other's fact only where the words it shows
    are that fact's, not only the story's names ("ranked-choice voting")."""
    a, b = sentences[cut].text, sentences[other].text
    return word_overlap(a, b) >= CUT_OVERLAP or bool(figures(a) & figures(b))


def _lead_verbs(sentences: list[Sentence], stated: np.ndarray, similarity: np.ndarray,
                headlines: np.ndarray | None = None) -> dict[int, frozenset[str]]:
    """Each source's lead, its first statement, with the verbs of its main clauses (`tense.main_verbs`)
    where it is as close as `LEAD_SIMILARITY` to another source's lead or its headline as close as
    `HEADLINE_SIMILARITY` to another's (`headlines`), the only ones `_leads_alike` asks them of, so a
    cluster whose leads and headlines are all further apart is not parsed; none for the rest."""
    firsts: dict[int, int] = {}
    for i, sentence in enumerate(sentences):
        if stated[i]:
            firsts.setdefault(sentence.article, i)
    leads = list(firsts.values())
    close = similarity[np.ix_(leads, leads)] >= LEAD_SIMILARITY
    if headlines is not None:
        sources = [sentences[i].article for i in leads]
        close = close | (headlines[np.ix_(sources, sources)] >= HEADLINE_SIMILARITY)
    close = close | close.T
    np.fill_diagonal(close, False)
    alike = [i for i, row in zip(leads, close) if row.any()]
    docs = parsed(tagged([sentences[i].text for i in alike])) if alike else []
    return dict.fromkeys(leads, frozenset()) | {i: main_verbs(doc) for i, doc in zip(alike, docs)}


def _leads_alike(i: int, j: int, sentences: list[Sentence], similarity: np.ndarray,
                 lead_verbs: dict[int, frozenset[str]], headlines: np.ndarray | None = None) -> bool:
    """Whether two sentences are leads (`lead_verbs`) that tell one event: their sources' headlines
    as close as `HEADLINE_SIMILARITY` (`headlines`, where known) and neither only says what something
    is (`BE_FORMS`), or they as close as `LEAD_SIMILARITY` with a verb of what happened
    (`align.what_happened_words`) on the main clauses of both, the same quoted words
    (`LEAD_QUOTE_WORDS`), or one main subject and more than `LEAD_EVENT_WORDS` words of what happened."""
    if i not in lead_verbs or j not in lead_verbs:
        return False
    if (headlines is not None and headlines[sentences[i].article, sentences[j].article] >= HEADLINE_SIMILARITY
            and not any(lead_verbs[k] and lead_verbs[k] <= BE_FORMS for k in (i, j))):
        return True
    if similarity[i, j] < LEAD_SIMILARITY:
        return False
    a, b = sentences[i].text, sentences[j].text
    happened = what_happened_words(a, b)
    return (bool(lead_verbs[i] & lead_verbs[j] & happened) or _quote_shared(a, b, LEAD_QUOTE_WORDS)
            or len(happened) > LEAD_EVENT_WORDS and _one_subject(a, b))


def _one_subject(a: str, b: str) -> bool:
    """Whether the main subjects of two sentences (`subject_words`) share a word."""
    subjects = subject_words(a), subject_words(b)
    return None not in subjects and bool(subjects[0][0] & subjects[1][0])


def _asks(text: str) -> bool:
    """Whether the sentence is the outlet's question, its question mark outside any quotation
    ("Did he just say a “fine-tuned machine”?"); a speaker's question quoted is what they said."""
    return bool(QUESTION_END.search(outside_quotes(text)))


def _quote_other_speakers(i: int, j: int, sentences: list[Sentence], speakers: dict[int, frozenset[str]]) -> bool:
    """Whether two sentences each quote someone and none of one's speakers is one of the other's
    (`entities.one_name`), in other words: the same words (`_quote_shared`) under two names are
    one quotation that one outlet credits to the wrong person."""
    a, b = speakers.get(i), speakers.get(j)
    return (bool(a and b) and not any(one_name(x, y) for x in a for y in b)
            and not _quote_shared(sentences[i].text, sentences[j].text, SHARED_QUOTE_WORDS))


def _other_speaker(i: int, j: int, sentences: list[Sentence], statements: list[Statement],
                   speakers: dict[int, frozenset[str]], unnamed: dict[int, str | None]) -> bool:
    """Whether the first sentence gives the words of a speaker it does not name (`unnamed`) and the
    second names, outside its quotation marks, other people and not that speaker, nor quotes that
    speaker (`speakers`), and the two give no words of one quotation (`_quote_shared`, or most
    words in order, `_same_words`, where a mark is missing: one quotation, whoever an outlet
    credits it to, is one fact). A second sentence naming no one
    ("He went on to call censorship “a dangerous thing”") may tell of the speaker."""
    speaker = unnamed.get(i)
    if not speaker:
        return False
    told = _name_end_words(outside_quotes(sentences[j].text))
    named = [person for person in statements[j].mentions.people if last_name_word(person) in told]
    return (bool(named) and not any(one_name(speaker, person) for person in named)
            and last_name_word(speaker) not in told
            and not any(one_name(speaker, other) for other in speakers.get(j, ()))
            and not _quote_shared(sentences[i].text, sentences[j].text, SHARED_QUOTE_WORDS)
            and not _same_words(sentences[i].text, sentences[j].text))


def _quoted_speakers(quotes: list[Quote], index: dict[Sentence, int]) -> dict[int, frozenset[str]]:
    """The speakers of the quotes each sentence holds."""
    speakers: dict[int, set[str]] = {}
    for quote in quotes:
        speakers.setdefault(index[quote.sentence], set()).update(quote.speakers)
    return {i: frozenset(said) for i, said in speakers.items()}


def unique_facts(importance: np.ndarray, found_mentions: list[Mentions], sentences: list[Sentence],
                 similarity: np.ndarray, articles: int, limit: int,
                 agreed: tuple[int, ...] = (), quoted_elsewhere: frozenset[int] = frozenset(),
                 kinds: dict[str, str | None] | None = None, outlets: tuple[str | None, ...] = (),
                 spellings: dict[str, str] | None = None) -> dict[int, dict[int, tuple[str, ...]]]:
    """Per source, the indices of its most important sentences that no other source says (`_said_elsewhere`, or
    a cosine of UNIQUE_CEILING) or quotes (`quoted_elsewhere`: the sentences holding a quotation
    another outlet also quotes), that are no wording of an `agreed` fact (all of them, not only
    those the view has room for), unless they give a number or name no other source gives
    (`_own_specifics`; those come after the statements no other source makes at all), and
    repeat none of its sentences listed already or agreed (`_restated`), each a whole statement (`_whole_statement`: no lead the site cut, no quotation
    mark without its partner, no lead-in ending on a colon) unless its source has none and no
    agreed fact holds it, no piece of a quotation opened in a sentence before
    (`summarize.inside_quotation`), and no question of the outlet's (`_asks`: "Are masks needed
    again?" states nothing, as Agreed takes it; a speaker's question quoted is what they said).
    A quotation naming no speaker is listed: leaving such sentences out took 37 of the 249
    informational-bias spans Only-in surfaced on BASIL dev with them (0.353 to 0.325, under LEAD).
    A sentence leaning on the one before ("He said…") is listed: what an outlet alone reports is
    as often there, and requiring statements to stand alone, as the brief does, surfaced fewer
    informational-bias spans on BASIL than LEAD. Agreed takes every pair `_said_elsewhere` finds
    whose wordings agree, so a statement left out here for that is in Agreed unless the other
    outlet says it at odds (another figure, date, ordinal or person: `_agree`); one left out for a
    cosine past the ceiling, a quotation another outlet also quotes, or one of SAME_QUOTATION_WORDS
    words another outlet gives at a cosine under Agreed's, is in neither.

    What an outlet adds is often a voice or an actor the others leave out, so sentences
    that quote someone, or name people or organisations no other source names, rank higher.
    Each index, in order, comes with its own specifics: () for a statement no other source makes;
    its names of the kind the whole cluster's mentions give them (`kinds`, the cluster's
    `entities.name_kinds`, worked out here where not given), as Coverage lists them: "COVID-19",
    an organisation to spaCy, is no one's name; a person under the surname's spelling the cluster
    uses (`spellings`, `entities.people_spellings`), so one outlet's "Maya Naser" is no name another's
    "Maya Nasser" leaves out.
    """
    owner = np.array([s.article for s in sentences])
    found: dict[int, dict[int, tuple[str, ...]]] = {a + 1: {} for a in range(articles)}
    if articles < 2:
        return found
    found_mentions = [respelt_people(named, spellings or {}) for named in found_mentions]
    named_in = [set().union(*(m.names for s, m in zip(sentences, found_mentions) if s.article == a)) for a in range(articles)]
    novelty = np.array([
        len(m.names - set().union(*(named_in[a] for a in range(articles) if a != s.article)))
        for s, m in zip(sentences, found_mentions)
    ])
    standardised = (importance - importance.mean()) / (importance.std() + 1e-9)
    quoting = np.array([bool(QUOTE_MARKS.search(s.text)) for s in sentences])
    rank = standardised + NOVELTY_WEIGHT * np.minimum(novelty, 2) + QUOTE_WEIGHT * quoting
    listed = list(agreed)
    pieces = inside_quotation(sentences)
    others = [[k for k, s in enumerate(sentences) if s.article != a] for a in range(articles)]
    others_text = [" ".join(sentences[k].text for k in ks) for ks in others]
    others_names = [_name_words([sentences[k].text for k in ks], [found_mentions[k] for k in ks]) for ks in others]
    spelt_out = _spelt_out_abbreviations([s.text for s in sentences])
    outlet_names = outlet_keys(outlets)
    kinds = name_kinds(found_mentions, outlets) if kinds is None else kinds
    # Figures that give a value, loosely or written rounded, can stand for another's (bounds cannot).
    valued = [[figure for figure in statement_figures(Statement(s.text, m)) if figure.given in ("loose", "exact")]
              for s, m in zip(sentences, found_mentions)]
    others_valued = [[figure for k in ks for figure in valued[k]] for ks in others]
    others_organisations = [[name for k in ks for name in found_mentions[k].organisations] for ks in others]
    others_organisation_keys = [frozenset(map(name_kind_key, names)) for names in others_organisations]
    others_short_forms = [frozenset().union(*(_short_forms(name, spelt_out) for name in names))
                          for names in others_organisations]

    def said_elsewhere(i: int) -> bool:
        elsewhere = np.flatnonzero(owner != sentences[i].article)
        return (i in agreed or i in quoted_elsewhere or similarity[i, elsewhere].max() >= UNIQUE_CEILING
                or any(_said_elsewhere(i, j, sentences, similarity) for j in elsewhere))

    stated = [i for i in range(len(sentences))
              if sentences[i].words >= MIN_FACT_WORDS and i not in pieces and not _asks(sentences[i].text)]
    statements = [i for i in stated if _whole_statement(sentences[i].text)]
    # A source none of whose statements is whole (its one lead cut off: "…the heads of elephants
    # killed in two") and that no agreed fact holds would be nowhere in the view: its sentences
    # are listed as they are, the reader seeing them cut.
    shown = {sentences[i].article for i in (*statements, *agreed)}
    statements += [i for i in stated if sentences[i].article not in shown]
    told_elsewhere = {i: said_elsewhere(i) for i in statements}
    # What no other outlet says at all comes before a statement others make too, listed for its specifics.
    for i in sorted(statements, key=lambda i: (told_elsewhere[i], -rank[i])):
        source = sentences[i].article + 1
        if len(found[source]) >= limit or _restated(i, [k for k in listed if k != i], sentences):
            continue
        article = sentences[i].article
        specifics = (_own_specifics(sentences[i].text, as_kinds(found_mentions[i], kinds), others_text[article],
                                    others_names[article], others_organisation_keys[article], others_short_forms[article],
                                    spelt_out, others_valued[article], outlet_names)
                     if told_elsewhere[i] else ())
        if not told_elsewhere[i] or specifics:
            listed.append(i)
            found[source][i] = specifics
    return found


def _own_specifics(text: str, named: Mentions, others_text: str, others_names: frozenset[str],
                   others_organisations: frozenset[str] = frozenset(), others_short_forms: frozenset[str] = frozenset(),
                   spelt_out: dict[str, frozenset[str]] | None = None, others_valued: list[Figure] | None = None,
                   outlets: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The specifics a statement gives that no other source gives anywhere: its exact numbers
    (`align.exact_numbers`, against the others' `written_numbers`), less those a figure of theirs given
    loosely or written rounded stands for, or that stand for one of theirs (`others_valued`, `_given_as_value`:
    "2,702 pages" where another outlet writes "some 2,700 pages", "3.3 million" where another writes
    "3.28 million") and those it writes only as part of a name (`_numbers_in_names`: "Covid 19"), as it writes them
    (`_number_as_written`), then the people and organisations none of them names or writes (`_named_by_others`),
    nor, for an organisation, by a short form (`_short_forms`, with the cluster's `spelt_out`
    abbreviations) that is an organisation of theirs (`others_organisations`, as
    `entities.name_kind_key` gives it: not "the PBS NewsHour" where another outlet says "first reported
    by PBS"), nor one whose short form it is (`others_short_forms`: not "FDA" where another says "the
    Food and Drug Administration"). Each name is given as `entities.name_form` writes it: "Robert
    Mueller" of "Robert Mueller’s team", "World Health Organization" of spaCy's "the World Health
    Organization (WHO". Three leads that tell one event are one agreed fact, but "…his address set for
    Jan. 29" or "House Budget Committee Chairman Tom Price" is what that outlet alone reports.
    Organisations named by their kind's word alone (`_named_by_kind`: "the House"), written only as the
    start of a numbered thing's name (`_opens_numbered_name`: "Senate Bill 8") or only as who reported
    the statement or was told it (`_credited_with_report`: "As the Tidal Times reported") are left out,
    as are institutions named in passing (`PASSING_INSTITUTIONS`: "the GOP", "Congress"; and a name written
    only as an administration's, `_names_administration`: "the Hale administration"), places ("the
    United States", "U.S." and "America" are one), superlatives ("the smallest number since" is another
    outlet's "the lowest level since") and quotations (one another outlet carries in part is its
    quotation too)."""
    own_numbers = sorted(exact_numbers(text) - written_numbers(others_text) - _given_as_value(text, named, others_valued or ())
                         - _numbers_in_names(text), key=lambda value: _number_at(text, value))
    names = (name_form(name) for name in (*named.people, *named.organisations)
             if not _named_by_others(name, others_text, others_names, others_organisations)
             and name_kind_key(name) not in PASSING_INSTITUTIONS | outlets and not _names_administration(name, text)
             and not (name in named.organisations and (_short_forms(name, spelt_out) & others_organisations
                                                      or name_kind_key(name) in others_short_forms
                                                      or _named_by_kind(name) or _opens_numbered_name(name, text)
                                                      or _credited_with_report(name, text))))
    return tuple(dict.fromkeys([*(_number_as_written(value, text, named) for value in own_numbers), *names]))


def _named_by_others(name: str, others_text: str, others_names: frozenset[str], others_organisations: frozenset[str]) -> bool:
    """Whether other sources give a name: a word it ends on (`_end_words`: "Putin" is Vladimir Putin's) is
    theirs (`_name_words`); or, where it ends on the word that heads an organisation's name
    (`entities.ORGANISATION_HEADS`: "committee", "department", "university"), which many names share,
    they give that word and also name an organisation of which it is a form or that is a form of it
    (`entities.one_name`, on `entities.name_kind_key`s: "the Intelligence Committee" of "the Senate
    Intelligence Committee"), write the words before its head as a name's, in capitals
    (`_words_before_head`: "Chicago Police" of "Chicago Police Department", "Manchester" of "Manchester
    University" beside "University of Manchester"; not "the pier" of "the Pier Board"), or write its
    first word a few words before its head.
    "The House Intelligence Committee" is not named by "the Senate Intelligence Committee" (QA s28
    D10, nt917)."""
    ends = _end_words(name)
    own_words = ends - ORGANISATION_HEADS
    if own_words:
        return bool(own_words & others_names)
    key, before_head = name_kind_key(name), _words_before_head(name)
    if not before_head:
        return bool(ends & others_names)
    head = name_form(name).split()[-1]
    # Its first word and its head a few words apart: "the House committee investigating…" of "the House
    # Select Committee", "Fairmont and Orrum Fire Department" of "Fairmont Rural Fire Department".
    first_then_head = rf"\b{re.escape(before_head.split()[0])}\b(?:\W+\w+){{0,3}}?\W+(?i:{re.escape(head)})\b"
    return bool(ends & others_names) and (any(one_name(key, other) for other in others_organisations)
                                          or bool(re.search(rf"\b{re.escape(before_head)}\b|{first_then_head}", others_text)))


def _words_before_head(name: str) -> str:
    """A name's words before the head words it ends on (`entities.ORGANISATION_HEADS`), the first one's
    part after a hyphen ("Justice" of spaCy's "ex-Justice Department"); "" for a name of head words
    alone ("House Committee")."""
    words = name_form(name).split()
    while words and words[-1].lower() in ORGANISATION_HEADS:
        words.pop()
    return " ".join([words[0].split("-")[-1], *words[1:]]) if words else ""


def _end_words(name: str) -> frozenset[str]:
    """The words a name ends on, as `entities.last_name_word` reads it and as written: "Department of
    the Interior" ends on "interior" as another outlet's "interior secretary" writes it, though its key
    reads it as "the Interior Department" (`entities.name_kind_key`)."""
    return frozenset((last_name_word(name), last_name_word(" ".join(name_form(name).split()[-1:]))))


def _numbers_in_names(text: str) -> frozenset[str]:
    """The numbers (`align.numbers`' form) a statement writes only as part of a name (`NAME_BEFORE_NUMBER`,
    `NAME_AFTER_NUMBER`: "19" of "before Covid 19 hit", "737" of "the Boeing 737 jets"), which other outlets
    write otherwise ("COVID-19", "the pandemic") or not at all: the name is what the statement gives, not a figure."""
    in_name: dict[str, bool] = {}
    for match in FIGURE_WORD.finditer(text):
        value = match.group().replace(",", "")
        after = NAME_AFTER_NUMBER.match(text, match.end())
        in_name[value] = in_name.get(value, True) and "," not in match.group() and bool(
            NAME_BEFORE_NUMBER.search(text, 0, match.start()) and after and word_stem(after.group(1)) not in COUNT_UNITS)
    return frozenset(value for value, named in in_name.items() if named)


# A number in a name whose next word is no name's ("Covid 19 hit", "Flight 370 vanished", "Title 42
# policy"; `align.TITLE_AROUND_NUMBER` takes those with a capitalised word after), written with no
# thousands comma ("in Iowa 1,200 people" is a count): a capitalised word inside the sentence before
# it, as there no day or month, no "No." ("No. 93 in the rankings" is a rank) and here no plural,
# which is a group of people counted ("Americans 65 and older"); and a lower-case word after it
# that is no unit (`COUNT_UNITS`).
NAME_BEFORE_NUMBER = re.compile(rf"[\w,;]\s+(?!(?:{MONTH_NAME}|{WEEKDAY_NAME})\b|No\.)[A-Z][\w.-]*(?<!s)\s+$")
NAME_AFTER_NUMBER = re.compile(r"\s+([a-z]+)")
# Words after a number, stemmed (`align.word_stem`), that make what comes before it a name's end and the
# number a measure ("gave Clarke 40 minutes", "brother Anthony 13 years her senior", "Trump 45 percent",
# "the Dow 500 points lower"): `judge.UNIT_WORDS`, times and scales.
COUNT_UNITS = UNIT_WORDS | frozenset(map(word_stem, (
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "point points thousand million billion trillion").split()))


def _given_as_value(text: str, named: Mentions, valued: list[Figure]) -> frozenset[str]:
    """The statement's numbers (`align.numbers`' form) of a figure of one measure with one of the
    `valued` figures, of the same value as the judge reads two figures (`judge.same_value`: "2,702
    pages" rounds to "some 2,700 pages", "3.28 million" to "3.3 million" and back; "nearly $1 trillion"
    stands for no "$1.2 trillion")."""
    if not valued:
        return frozenset()
    return frozenset(value for figure in statement_figures(Statement(text, named))
                     if any(same_measure(figure, other) and same_value(figure, other) for other in valued)
                     for value in numbers(figure.written))


# Institutions a story of US politics names in passing, which other outlets give in other words
# ("Republicans" for the GOP, "lawmakers" for Congress, "the administration" for the White House,
# "Congress" for Capitol Hill): as little a specific of one outlet's as "the House" (`_named_by_kind`).
# A person's kind or an organisation's, as the cluster gives it: spaCy and `entities.name_kinds` call
# "GOP" either.
PASSING_INSTITUTIONS = frozenset(("capitol hill", "congress", "gop", "white house"))


def _named_by_kind(name: str) -> bool:
    """Whether an organisation's name is its kind's word alone (`entities.ORGANISATION_HEADS`: "the
    House", "the Senate", "the Department"), which other outlets write in other words ("Congress",
    "lawmakers"): no specific of the outlet's own."""
    return name_kind_key(name) in ORGANISATION_HEADS


def _opens_numbered_name(name: str, text: str) -> bool:
    """Whether the statement writes an organisation's name only as the start of a numbered thing's
    name, which spaCy cut ("Senate" of "Senate Bill 8", "House" of "House Resolution 24"): the
    bill, not the chamber, is what the statement names."""
    return _written_only_before(name, text, NUMBERED_NAME_REST)


def _names_administration(name: str, text: str) -> bool:
    """Whether the statement writes a name only as an administration's (`ADMINISTRATION_AFTER`: "the
    Hale administration"), which other outlets call "the White House" or "the administration": an
    institution named in passing, as `PASSING_INSTITUTIONS` are, not the person."""
    return _written_only_before(name, text, ADMINISTRATION_AFTER)


def _written_only_before(name: str, text: str, rest: re.Pattern) -> bool:
    """Whether the statement writes a name, and `rest` follows it each time."""
    found = [rest.match(text, match.end()) for match in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(found) and all(found)


# What follows a chamber's word in a numbered thing's name: " Bill 8", " Resolution 24".
NUMBERED_NAME_REST = re.compile(r"\s+[A-Z][a-z]+\s+\d")
# What follows a president's or a leader's name that makes it their administration's: " administration",
# "'s administration".
ADMINISTRATION_AFTER = re.compile(r"(?:['’]s)?\s+administration\b", re.I)


def _credited_with_report(name: str, text: str) -> bool:
    """Whether the statement names an organisation only as who reported it or was told it
    (`REPORTED_BY_BEFORE`, `REPORTED_BY_AFTER`: "As The Tidal Times reported, ...", "..., KBX is
    reporting", "..., an official told the Harbour Post"), or as one news outlet among others that
    reported it ("KBX and other news outlets reported that…"): the outlet relays that one's reporting,
    another outlet of the story's perhaps, or its own among others', which is no fact it alone gives."""
    found = list(re.finditer(rf"\b{re.escape(name)}(?!\w)", text))
    return bool(found) and all(REPORTED_BY_BEFORE.search(text, 0, match.start()) or REPORTED_BY_AFTER.match(text, match.end())
                               for match in found)


# The words before an organisation's name that give it as who reported a statement or was told it:
# "told the Harbour Post", "a memo obtained by KBX", "reports first shared by the Post", "according
# to reports from the Times".
REPORTED_BY_BEFORE = re.compile(r"(?:\btold|\b(?:reported|obtained|shared)\s+by|\breports?\s+from)\s+(?:the\s+)?$", re.I)
# The words after one that give it as who reported, the clause ending there or going on with "that": "As KBX
# reported, …", "…, KBX is reporting.", "the Post has learned", "KBX reports that …"; not "KBX reported 2.2 million
# doses wasted", its own figure. Or as one news outlet among others that reported, later in the clause: "KBX
# and other U.S. news outlets, citing sources, reported that …"; not "Fox and other conservative news outlets
# cheered", outlets of the story.
REPORTED_BY_AFTER = re.compile(r"['’]?\s+(?:(?:first|has|have|had|is|was|also)\s+)*(?:reported|reports|reporting|learned)"
                               r"(?=\s*(?:[,.;:]|that\b|$))"
                               r"|\s+and\s+other\s+(?:[\w.-]+\s+){0,3}?(?:outlets|publications|newspapers|news\s+organi[sz]ations)\b"
                               r"[^.;]*?\breport(?:ed|s|ing)?\b")


def _short_forms(name: str, spelt_out: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    """What an outlet may call an organisation for short, as `entities.name_kind_key` gives a name:
    its initials ("dhs" of "the Department of Homeland Security", `_initials`), each of its words
    in capitals ("pbs" of "the PBS NewsHour"), the initials of what follows a country's abbreviation
    (`COUNTRY_BEFORE_NAME`: "fda" of "the US Food and Drug Administration", which another outlet
    calls "the FDA"), the word its "of" follows ("house" of "the U.S. House of Representatives"),
    and what `spelt_out` (`_spelt_out_abbreviations`) gives for it ("cdc" of "the Centers for Disease
    Control and Prevention", whose initials are "cdcp"; and back)."""
    form = name_form(name)
    capitals = (name_kind_key(word) for word in form.split() if len(word) > 1 and word.isupper())
    head = HEAD_BEFORE_OF.search(form)
    country = COUNTRY_BEFORE_NAME.match(form)
    return frozenset((_initials(name), country and _initials(form[country.end():]) or "", *capitals,
                      head and name_kind_key(head.group(1)) or "", *(spelt_out or {}).get(name_kind_key(name), ()))) - {""}


# A country's abbreviation in capitals before the rest of an organisation's name: "US " of "US Food and
# Drug Administration", "U.K. " of "U.K. Border Force".
COUNTRY_BEFORE_NAME = re.compile(r"(?:[A-Z]\.?){2,3}\s+(?=[A-Z])")
# The capitalised word an organisation's "of" follows: "House" of "House of Representatives".
HEAD_BEFORE_OF = re.compile(r"\b([A-Z][\w'’-]+) of\b")
# An organisation spelt out and its abbreviation after it in brackets: "the Centers for Disease Control
# and Prevention (CDC)", "the World Health Organization (WHO)"; the name's capitalised words and the
# small words between them.
SPELT_OUT = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|on|the)\s+)*)+)\(([A-Z][A-Z.&]{1,9})\)")


def _spelt_out_abbreviations(texts: list[str]) -> dict[str, frozenset[str]]:
    """The abbreviations the texts define, as `SPELT_OUT` finds them, each way round: the spelt-out
    name's key (`entities.name_kind_key`) gives the abbreviation's, and back. The name starts at
    the word from which its capitalised words' initials begin with the abbreviation's letters, so
    "Citing the Centers for Disease Control (CDC)" gives "Centers for Disease Control", and a
    bracket that no words before it spell out ("Rep. Jo Hale (D-Ore.)") gives nothing."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for match in SPELT_OUT.finditer(text):
            words, abbreviation = match.group(1).split(), name_kind_key(match.group(2))
            name = next((" ".join(words[at:]) for at in range(len(words)) if words[at][:1].isupper()
                         and _initials(" ".join(words[at:])).startswith(abbreviation)), None)
            if name:
                found.setdefault(name_kind_key(name), set()).add(abbreviation)
                found.setdefault(abbreviation, set()).add(name_kind_key(name))
    return {key: frozenset(forms) for key, forms in found.items()}


def _number_as_written(value: str, text: str, named: Mentions) -> str:
    """How a statement writes one of its numbers (`align.numbers` gives "29", "256000"), for a
    reader to find it there and see what it counts: the tally holding it, one figure ("98-0",
    `align.TALLY`), the amount as written (`AMOUNT_WORD`: "$15m", where spaCy's amount is "15"),
    the date or amount naming it ("Jan. 29", "88%"), else the figure as written ("256,000")."""
    tallies_of_value = (match.group() for match in TALLY.finditer(text) if value in match.groups())
    amounts = (match.group().strip() for match in AMOUNT_WORD.finditer(text)
               if (match.group("scaled") or match.group("signed")).replace(",", "") == value)
    phrases = (phrase for phrase in (*named.dates, *named.numbers) if value in numbers(phrase))
    figures_as_written = (word for word in FIGURE_WORD.findall(text) if word.replace(",", "") == value)
    return next(chain(tallies_of_value, amounts, phrases, figures_as_written), value)


def _number_at(text: str, value: str) -> int:
    """Where a statement first writes a number (`align.numbers`' form: no thousands commas)."""
    return next((match.start() for match in FIGURE_WORD.finditer(text) if match.group().replace(",", "") == value),
                len(text))


def _name_words(texts: list[str], found: list[Mentions]) -> frozenset[str]:
    """The words a name may end on that these sentences give, read as `_names_speakers` reads them
    (`entities.last_name_word`): those of their names ("U.S." is "us"), and each of their words,
    the parts of a hyphenated one too ("COVID-19" writes "COVID")."""
    names = (name for named in found for name in (*named.people, *named.places, *named.organisations))
    return frozenset(last_name_word(name) for name in names).union(*(_name_end_words(text.replace("-", " ")) for text in texts))


def _name_end_words(text: str) -> frozenset[str]:
    """Each word of a text read as the word a name ends on (`entities.last_name_word`): "Cruz's" is "cruz"."""
    return frozenset(last_name_word(word) for word in NAME_WORD.findall(text))


def _unnamed_speakers(quotes: list[Quote], index: dict[Sentence, int],
                      spellings: dict[str, str] | None = None) -> dict[int, str | None]:
    """Whom each sentence quotes without naming them outside its quotation marks, as the quote pass
    attributed the quote (`Quote.speaker`): a quotation alone, after the sentence that named its
    speaker, or '"...," he said', which a reader of the sentence alone cannot tell; None where a
    sentence so quotes several speakers, as a reader could not tell which said what. Only where the
    name, which the view puts before the sentence, reads as who speaks in it (`_speaker_wanted`). A
    speaker's surname respelt as the cluster spells it (`spellings`, `entities.people_spellings`) is
    named where the sentence writes it its own way."""
    speakers: dict[int, set[str]] = {}
    for quote in quotes:
        if _speaker_wanted(quote) and not _names_speakers(quote, spellings):
            speakers.setdefault(index[quote.sentence], set()).add(quote.speaker)
    return {i: said.pop() if len(said) == 1 else None for i, said in speakers.items()}


# Before a quotation given as the speaker's words: nothing but punctuation, or a lead-in ending on a
# comma or colon ("He added, “…”", "On Twitter, she wrote: “…”").
DIRECT_SPEECH_BEFORE = re.compile(r"(?:^\W*|[,:]\s*)$")


def _speaker_wanted(quote: Quote) -> bool:
    """Whether the speaker's name before the quote's sentence ("Ann Hale: …") tells a reader who
    speaks in it: the sentence gives the quotation as direct speech (it opens the sentence or follows
    a lead-in ending on a comma or colon: `DIRECT_SPEECH_BEFORE`; or the sentence has no quotation
    mark around it, being a quotation's sentence that the one before opened), or calls the speaker
    "he" or "she" before it ("He called the plan “a disaster”"). Not where the outlet's own sentence
    tells of the speaker by a description and quotes a phrase ("In a short speech, the new president
    told Americans they will “never be ignored again”"): the name before it reads as if the speaker
    said all of it."""
    text = quote.sentence.text
    around = next((m for m in quoted_spans(text) if quote.text in m.group(1)), None)
    return (around is None or bool(DIRECT_SPEECH_BEFORE.search(text, 0, around.start()))
            or bool(SUBJECT_PRONOUN.search(outside_quotes(text), 0, around.start())))


def _names_speakers(quote: Quote, spellings: dict[str, str] | None = None) -> bool:
    """Whether the quote's sentence names each of its speakers outside quotation marks, by surname
    at least ("Boutrous told the court" names Theodore J. Boutrous Jr.); after the quotation, not
    inside a relative clause (`IN_RELATIVE_CLAUSE`: "“…,” he told reporters, referring to a meeting
    which Mr. Trump walked out of" names Trump as one told of, leaving the reader to ask who "he"
    is), while "comments in which Reid said “…”" names Reid as he speaks. Words are read respelt as
    `spellings` (`entities.people_spellings`) spell them: "Naser" names the cluster's Maya Nasser."""
    text = outside_quotes(quote.sentence.text)
    at = quote.sentence.text.find(quote.text) % (len(text) + 1)  # where not found: past the end
    words = {last_name_word(respelt(match.group(), spellings or {})) for match in NAME_WORD.finditer(text)
             if match.start() < at or not IN_RELATIVE_CLAUSE.search(text, 0, match.start())}
    return all(last_name_word(speaker) in words for speaker in quote.speakers)


def _whole_statement(text: str) -> bool:
    """Whether the sentence is a whole statement of its outlet's: it ends as one (`_ends_whole`)
    and is no fragment (`summarize.is_fragment`: also a quotation mark without its partner)."""
    return _ends_whole(text) and not is_fragment(text)


def _ends_whole(text: str) -> bool:
    """Whether the sentence ends as a sentence the brief takes ends (`summarize.SENTENCE_END`),
    which a lead the site cut mid-sentence ("…egg-laying hens, breeding pigs and calves raised")
    does not, nor a lead-in ending on a colon ("Trump responded in a statement on Friday:") to words
    it does not hold, and not as a lead the site cut with "..." or before a name ("…distinguishing
    himself from Gov.": `summarize.is_cut_lead`). Agreed asks no more: what `is_fragment` also
    refuses for a quotation mark without its partner is, in Agreed, mostly a quotation's first
    sentence (“On remuneration, the shareholders' reactions are very strong.), the same quote in
    another outlet's words."""
    return bool(SENTENCE_END.search(text)) and not is_cut_lead(text)


def _quoted_by_others(quotes: list[Quote], groups: list[QuoteGroup], index: dict[Sentence, int]) -> frozenset[int]:
    """The sentences holding a quotation of SHARED_QUOTE_WORDS words or more that another outlet also
    quotes in as many (one `QuoteGroup`, speakers matched): '"To answer your direct question, we
    have a deal," he said' says what '"We have a deal," Biden said' does, however far apart their
    embeddings."""
    def long_enough(text: str) -> bool:
        return len(WORD.findall(text)) >= SHARED_QUOTE_WORDS

    shared = [w for g in groups for w in g.wording
              if any(other.source != w.source and long_enough(other.text) for other in g.wording)]
    # In a wording, not only as one: an outlet's pieces of a quotation are one wording (`_wordings`).
    return frozenset(index[q.sentence] for q in quotes if long_enough(q.text) and any(
        w.source == q.sentence.article + 1 and q.text in w.text for w in shared))


def disagreements(statements: list[Statement], sentences: list[Sentence], similarity: np.ndarray,
                  judge: Judge, limit: int) -> list[Disagreement]:
    """Pairs from different sources that a judge finds incompatible or framed differently.

    A judge sees pairs that look like the same fact, any two statements saying who holds the
    same place, however differently worded, and any two giving a count of one thing
    (`judge.counts_one_thing`) at COUNT_SIMILARITY; each a whole statement of its outlet's, as
    Only-in lists (`_whole_statement`): a piece of a quotation the splitter cut ('“I had a long
    talk with him… who we are.', its closing mark in the next sentence) or a lead the site cut
    says only part of what its outlet says, and read alone is a broken line. Two wordings Agreed
    would take as one fact but for their dates of what is to come (`_agree`) are a dates disagreement,
    whatever the judge, and but for their places in one row (`_other_places`: "the 14th state" and
    "14 other states") a numbers disagreement. Two weekdays in a row are no dates disagreement where
    either outlet tells a weekday in a time zone (`judge.ZONED_WEEKDAY`: "early Friday local time",
    "Thursday (on the East Coast)"): one moment abroad falls on two days in two zones.
    """
    claims = [control_claims(s) for s in statements]
    owner = np.array([s.article for s in sentences])
    whole = np.array([_whole_statement(s.text) for s in sentences], dtype=bool)
    pairable = (owner[:, None] != owner[None, :]) & whole[:, None] & whole[None, :]
    nearby = {(int(i), int(j)) for i, j in np.argwhere(np.triu(similarity >= COUNT_SIMILARITY, 1) & pairable)}
    claimed = [i for i, c in enumerate(claims) if c and whole[i]]
    about_same_place = {(i, j) for x, i in enumerate(claimed) for j in claimed[x + 1:]
                        if owner[i] != owner[j] and claims[i].keys() & claims[j].keys()}
    found: list[tuple[float, int, int, Verdict]] = []
    for i, j in sorted(nearby | about_same_place):
        a, b = statements[i], statements[j]
        close = similarity[i, j] >= JUDGE_SIMILARITY and word_overlap(sentences[i].text, sentences[j].text) >= JUDGE_OVERLAP
        counted = (i, j) in nearby and not close and bool(a.mentions.numbers and b.mentions.numbers) and counts_one_thing(a, b)
        placed = (i, j) in about_same_place
        verdict = judge(a, b) if close or counted or placed else None
        # Far-apart statements were asked only about who holds a place they both name, or about their count.
        if verdict and not (close or verdict.kind == "llm" or verdict.kind == "control" and placed
                            or verdict.kind == "numbers" and counted):
            verdict = None
        if verdict is None and (i, j) in nearby:
            places = _other_places(a, b)
            if (places or a.mentions.dates and b.mentions.dates) and shares_fact_words(a.text, b.text) \
                    and _one_says_other(i, j, sentences, similarity):
                verdict = Verdict("numbers", f"{places[0]} vs {places[1]}") if places else date_conflict(a, b, one_fact=True)
        if verdict and verdict.kind == "dates" and weekdays_in_a_row(_sides(verdict.reason)) and any(
                ZONED_WEEKDAY.search(s.text) for s in sentences if s.article in (owner[i], owner[j])):
            verdict = None  # a sentence of either outlet tells a weekday in a time zone
        if verdict:
            found.append((float(similarity[i, j]), i, j, verdict))
    # An article may repeat a sentence (a standfirst restated in the body): one pair of
    # wordings is one disagreement, however often either side says it. Nor is a statement's
    # conflict listed again with a third source on the other side (`_same_conflict`).
    listed: list[tuple[int, int, Verdict]] = []
    result = []
    for _, i, j, verdict in sorted(found, key=lambda pair: -pair[0]):
        if len(result) == limit:
            break
        if not any(_restated(i, [k, l], sentences) and _restated(j, [k, l], sentences)
                   or _same_conflict((i, j, verdict), (k, l, seen)) for k, l, seen in listed):
            listed.append((i, j, verdict))
            result.append(Disagreement(verdict.kind, verdict.reason, _sourced(i, sentences), _sourced(j, sentences)))
    return result


def _same_conflict(pair: tuple[int, int, Verdict], other: tuple[int, int, Verdict]) -> bool:
    """Whether two disagreements are one: they share a statement, and the judge gives the same kind
    and the same sides, in either order ("Tuesday vs Thursday" of [2] and [3], "Thursday vs
    Tuesday" of [1] and [2]): a third source saying what one side says."""
    (i, j, verdict), (k, l, seen) = pair, other
    return bool({i, j} & {k, l}) and verdict.kind == seen.kind and _sides(verdict.reason) == _sides(seen.reason)


def _sides(reason: str) -> frozenset[str]:
    """The two sides a judge's reason gives ("Tuesday vs Thursday"), whatever their order."""
    return frozenset(reason.split(" vs "))


def quote_groups(quotes: list[Quote], similarity: np.ndarray, index: dict[Sentence, int],
                 kinds: dict[str, str | None]) -> tuple[list[QuoteGroup], list[QuoteVariant]]:
    """Group quotes of the same speakers carried by several sources; pair differing wordings.

    A group is one quotation (`_same_quote`): its fullest wording and the pieces of it that
    outlets carry. Speakers are as `cluster_speakers` names them. The same words go together where one outlet
    names the speaker by a shorter form of another's name ("Clinton", beside Bill Clinton, and
    "Hillary Rodham Clinton"), or gives them to an organisation that speaks for the person (`_speaks_for`:
    "White House" and "Joe Biden"), under the fuller name or the person's; different words only under one name."""
    # Longest first, so that each piece of a long quotation finds the whole one, however the
    # pieces differ from each other, or a wording of it that holds the piece where the fullest is
    # transcribed a little apart ("We reject his visit" in one outlet's "... We reject his visit",
    # not in the fullest's "... We reject his message"); then back in the order the articles give them.
    grouped: list[list[int]] = []
    for k in sorted(range(len(quotes)), key=lambda k: -len(quotes[k].text)):
        for group in grouped:
            if any(_same_quote(quotes[m], quotes[k]) for m in group) and all(
                    _may_be_same_speakers(quotes[m], quotes[k]) or _speaks_for(quotes[m], quotes[k], kinds) for m in group):
                group.append(k)
                break
        else:
            grouped.append([k])
    groups = [[quotes[k] for k in sorted(group)] for group in sorted(grouped, key=min)]
    speaker_of = [max((q.speaker for q in g), key=lambda speaker: (not _is_organisation(speaker, kinds), len(speaker)))
                  for g in groups]
    result = [QuoteGroup(speaker, _wordings(g)) for speaker, g in zip(speaker_of, groups)]
    # Pair each quote with at most one other: the closest in topic from another source.
    candidates, story = [], _story_words(list(index))
    for x, first in enumerate(groups):
        for y in range(x + 1, len(groups)):
            a, b = first[0], groups[y][0]
            if speaker_of[x] != speaker_of[y] or {q.sentence.article for q in first} & {q.sentence.article for q in groups[y]}:
                continue
            topic = float(similarity[index[a.sentence], index[b.sentence]])
            if topic >= QUOTE_TOPIC_SIMILARITY and _say_alike(a, b, story):
                candidates.append((topic, x, y))
    variants, paired = [], set()
    for _, x, y in sorted(candidates, reverse=True):
        if x not in paired and y not in paired:
            paired.update((x, y))
            a, b = groups[x][0], groups[y][0]
            variants.append(QuoteVariant(speaker_of[x], SourcedText(a.sentence.article + 1, a.text),
                                         SourcedText(b.sentence.article + 1, b.text)))
    return result, variants


def _wordings(group: list[Quote]) -> tuple[SourcedText, ...]:
    """Each source's wordings of one quotation, as it printed them, but the pieces one source printed
    apart as one wording where together, in order, they give the very words of the quotation's first
    wording, another source's, which its Quotes line opens with: mn28's third outlet gave "The change
    in route ... avoid the summit" and "It would have been better ... joined up the dots" in two
    paragraphs, the first outlet as one quote, and shown apart the two pieces read as two more wordings,
    the outlet cited for neither whole one. Pieces giving more or fewer words stay apart: a Quotes line
    cites a fuller wording under a shorter one it states, so joined they would hide the words only
    they show (basil45's second sentence, under a first wording of one sentence)."""
    first, wordings = group[0], []
    for source in dict.fromkeys(q.sentence.article for q in group):
        pieces = [q.text for q in group if q.sentence.article == source]
        joined = " ".join(piece if STOP_AT_END.search(piece) or not after[:1].isupper() else piece + "."
                          for piece, after in zip(pieces, pieces[1:] + [""]))
        if len(pieces) > 1 and source != first.sentence.article and bare_words(joined) == bare_words(first.text):
            pieces = [joined]
        wordings += [SourcedText(source + 1, piece) for piece in pieces]
    return tuple(wordings)


def _same_quote(a: Quote, b: Quote) -> bool:
    """Whether two quotes are one quotation: one's words inside the other's (a piece of it), whatever
    the punctuation (`_one_within`: "well-being" is "well being", "don't" is "don’t"), or
    most of the shorter one's words in their order in the other (`SAME_QUOTE_ORDER`), SAME_QUOTE_WORDS
    or more of them content words (a piece transcribed a little apart: "Leaving Aug. 31 is not due
    to an arbitrary deadline" in "Let me be clear, leaving August the 31st, is not due to an
    arbitrary deadline…"). Words shared in another order are another quotation of the speaker on
    one subject: two tweets on one report share its words. A short
    piece's two or three words found in another quotation do not make it that one ("secure
    the border within a year" is no piece of "…politicians fail to secure the border…"). One
    article gives one quotation in one wording, so two of its quotes are one only as a piece
    and its whole."""
    return (_one_within(a.text, b.text)
            or a.sentence.article != b.sentence.article and _same_words(a.text, b.text)
            and len(content_words(a.text) & content_words(b.text)) >= SAME_QUOTE_WORDS)


# Verbs that give a clause as the speaker's opinion ("I think we got the message out"): no word of what was said.
OPINION_VERBS = frozenset(word_stem(verb) for verb in "think thinks believe believes".split())


def _story_words(sentences: list[Sentence]) -> frozenset[str]:
    """The content words of the story itself: those the first sentences of two or more sources share
    ("declared a national emergency on the southern border")."""
    leads: dict[int, str] = {}
    for sentence in sentences:
        leads.setdefault(sentence.article, sentence.text)
    counts = Counter(word for lead in leads.values() for word in content_words(lead))
    return frozenset(word for word, count in counts.items() if count >= 2)


def _say_alike(a: Quote, b: Quote, story: frozenset[str] = frozenset()) -> bool:
    """Whether two quotes of one speaker say the same thing: their words share content words
    (`align.shares_fact_words`), SAY_ALIKE_WORDS or more of them words of what was said, no names,
    figures or verbs of opinion (`OPINION_VERBS`: "I think" frames any line of one speaker), one at
    least no word of the story itself (`story`, as `_story_words` gives it: a president's two lines
    on the national emergency he declared both say "national emergency") ("law"
    and "discriminate" in "The new law does not discriminate" and "It is not the
    intent of the law to discriminate against anyone"), or the shorter is a phrase an outlet quotes
    inside its own sentence whose noun the other gives (`_phrase_noun`: "even more serious mistakes"
    and "...from making bigger mistakes"). Sentences close in embedding alone pair any two lines of
    one interview ("real doubts" on the birth certificate, "I'd like to beat him straight up" on the
    election), and one shared word, or the story's names, pair them too: "I think this is a watershed
    for Hollywood" and "I've heard from victims ... in Hollywood"; "This is a very dangerous storm"
    and "...once the storm hits"."""
    if not shares_fact_words(a.text, b.text):
        return False
    said = what_happened_words(a.text, b.text) - OPINION_VERBS
    shorter = min(a.text, b.text, key=lambda text: len(content_words(text)))
    return bool(said - story) and (len(said) >= SAY_ALIKE_WORDS or _phrase_noun(shorter) in said - story)


def _phrase_noun(text: str) -> str | None:
    """The noun a quoted phrase ends on, as `align.content_words` has it, where the phrase has no verb
    (spaCy's tags): "even more serious mistakes" is "mistak"; None for a clause ("This is a very
    dangerous storm"), or a phrase ending on another word ("deeply concerned", "winds of 60 mph or more")."""
    words = tagged_words(text)
    if not words or any(tag in VERB_TAGS for _, _, tag in words) or words[-1][2] not in NOUN_TAGS:
        return None
    return next(iter(content_words(words[-1][1])), None)


def _is_organisation(speaker: str, kinds: dict[str, str | None]) -> bool:
    """Whether the cluster's `entities.name_kinds` (`kinds`) makes a speaker an organisation."""
    return kinds.get(name_kind_key(speaker)) == "organisations"


def _speaks_for(a: Quote, b: Quote, kinds: dict[str, str | None]) -> bool:
    """Whether two outlets give one quotation, one to a person and the other to an organisation (the
    White House, a department) that speaks for them: one's words run on in the other's, SAME_QUOTE_WORDS
    words or more."""
    shorter = min(a.text, b.text, key=len)
    return (a.sentence.article != b.sentence.article and _one_within(a.text, b.text)
            and len(bare_words(shorter).split()) >= SAME_QUOTE_WORDS
            and {all(_is_organisation(s, kinds) for s in q.speakers) for q in (a, b)} == {True, False})


def _may_be_same_speakers(a: Quote, b: Quote) -> bool:
    """Whether two quotes name the same speakers, or one outlet a shorter form of each (`entities.one_name`)."""
    return len(a.speakers) == len(b.speakers) and all(one_name(mine, theirs) for mine, theirs in zip(a.speakers, b.speakers))


def coverage(sentences: list[Sentence], found: list[Mentions], articles: int, top: int = 5,
             kinds: dict[str, str | None] | None = None, plural_ended: frozenset[str] = frozenset(),
             spellings: dict[str, str] | None = None) -> list[Coverage]:
    """Per source: length, and the people, places and organisations it names most, each name of the
    kind the whole cluster's mentions give it (`kinds`, the cluster's `entities.name_kinds`, worked
    out here where not given), organisations merged as `plural_ended` (`plural_ended_pairs`) allows,
    each person under the surname's spelling the cluster uses (`spellings`, `entities.people_spellings`,
    worked out here where not given): one outlet's "Maya Naser" is another's "Maya Nasser"."""
    kinds = name_kinds(found) if kinds is None else kinds
    spellings = people_spellings((s.article for s in sentences), found, kinds) if spellings is None else spellings
    result = []
    for article in range(articles):
        mine = [(s, m) for s, m in zip(sentences, found) if s.article == article]
        counts = {kind: Counter() for kind in LISTED_KINDS}
        for _, named in mine:
            for entity in named.entities:
                kind = kinds[name_kind_key(entity.text)]
                if kind and entity.kind:  # not a mention whose words are no name ("Tuesday") or label says nothing
                    counts[kind][name_form(respelt(entity.text, spellings) if kind == "people" else entity.text)] += 1
        result.append(Coverage(
            source=article + 1,
            words=sum(s.words for s, _ in mine),
            sentences=len(mine),
            **{kind: tuple(_merge_names(counter, kind, plural_ended)[:top]) for kind, counter in counts.items()},
        ))
    return result


PLURAL_NOUN_TAGS = ("NNS", "NNPS")


def plural_ended_pairs(docs: list) -> frozenset[str]:
    """Each two words of the Docs (from `entities.tagged`) whose second the tagger tags a plural
    noun, in lower case as `entities.name_kind_key` gives a name ("reeds jewelers"), for
    `_merge_names`."""
    return frozenset(f"{first.lower_} {second.lower_}" for doc in docs for first, second in zip(doc, doc[1:])
                     if second.tag_ in PLURAL_NOUN_TAGS)


def _merge_names(counter: Counter, kind: str, plural_ended: frozenset[str] = frozenset()) -> list[str]:
    """Names of one of `LISTED_KINDS` by frequency, "Vladimir Putin" and "Putin" counted as one under
    the fuller form.

    Spellings of one name ("I.R.S." and "IRS": `entities.name_kind_key`) count as the one written
    most. A name joins the most named full name it is a form of (`entities.is_form_of`), so two that
    share only a last word ("Tahrir al-Sham" and "Ahrar al-Sham", Joe and Jill Biden) stay apart;
    unlike a quote's speaker, a surname two of them share joins the one named most, since a count
    of mentions, not one quote, is at stake. A name that ends no full name joins the most named
    full name it begins (`_begins`) among people, and among organisations where its one word begins
    a two-word name whose second word the tagger took for a plural noun (`plural_ended`), or, one
    word in capitals, the one full name whose initials it is (`_abbreviates`: "AP" is "Associated
    Press"; "DNC" beside both "Democratic National Committee" and "Democratic National Convention"
    stays apart).
    """
    spelt: dict[str, Counter] = {}
    for name, count in counter.items():
        spelt.setdefault(name_kind_key(name), Counter())[name] = count
    counter = Counter({spellings.most_common(1)[0][0]: spellings.total() for spellings in spelt.values()})
    full = sorted((name for name in counter if len(name_kind_key(name).split()) > 1), key=lambda name: (-counter[name], -len(name)))
    joins: dict[str, str] = {}
    for name in counter:
        fuller = next((other for other in full if is_form_of(name, other)), None)
        if fuller in (None, name):
            spelt_out = [other for other in full if _abbreviates(name, other, kind)]
            fuller = next((other for other in full if _begins(name, other, kind, plural_ended)),
                          spelt_out[0] if len(spelt_out) == 1 else fuller)
        if fuller not in (None, name):
            joins[name] = fuller
    merged: Counter = Counter()
    for name, count in counter.items():
        merged[_joined(name, joins)] += count
    return [name for name, _ in merged.most_common()]


def _joined(name: str, joins: dict[str, str]) -> str:
    """The name `name` ends in, following `joins` on: "Dick" joins "Dick Blumenthal", which joins
    "Richard Blumenthal" (`entities.NICKNAMES`), so "Dick" is counted under "Richard Blumenthal"."""
    seen = {name}
    while name in joins and joins[name] not in seen:
        name = joins[name]
        seen.add(name)
    return name


def _begins(name: str, other: str, kind: str, plural_ended: frozenset[str]) -> bool:
    """Whether `name` is the first words of the longer name `other`, of `kind`, and so names what it
    names. A person's are: a first name alone ("Pete" is "Pete Davidson"), or a maiden name ("Nicole
    Brown" is "Nicole Brown Simpson"). An organisation's one word is where the other has two and
    the second is a plural noun (`plural_ended`: "Reeds" is "Reeds Jewelers", "United" is "United
    Airlines"): a firm's name and its trade; or where the other's next word is a particle in lower
    case ("Cirque" is "Cirque du Soleil"). Otherwise a first word is as often an organisation of
    its own, or a place, as the longer name's ("Senate" is not "Senate Judiciary Committee", "House"
    not "House Democratic Caucus", "Tesla" not "Tesla Autopilot", "Baltimore" not "Baltimore
    County"). Words are compared as `entities.name_kind_key` spells them: "Raúl" is "Raul Labrador"'s
    first name."""
    words, others = name_kind_key(name).split(), name_kind_key(other).split()
    if len(others) <= len(words) or others[: len(words)] != words:
        return False
    return kind == "people" or (kind == "organisations" and len(words) == 1 and (
        len(others) == 2 and name_kind_key(other) in plural_ended or other.split()[1].islower()))


def _abbreviates(name: str, other: str, kind: str) -> bool:
    """Whether `name`, one word in capitals, is the initials of the organisation or place `other`
    ("AP" of "Associated Press", "U.S." of "United States"), which outlets write for it."""
    return kind != "people" and len(name.split()) == 1 and name.isupper() and name_kind_key(name) == _initials(other)


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, in lower case as `entities.name_kind_key` gives a
    name ("dhs" of "Department of Homeland Security"); "" for a name of one such word."""
    words = [word for word in name_form(name).split() if word[:1].isupper()]
    return "".join(word[0] for word in words).lower() if len(words) > 1 else ""


def cluster_speakers(quotes: list[Quote], found: list[Mentions], kinds: dict[str, str | None],
                     spellings: dict[str, str] | None = None) -> list[Quote]:
    """The quotes with each speaker in the fullest form the whole cluster uses (`entities.fullest_form`),
    so one outlet's "Paul Ryan" or misspelt "Vladmir Putin" is another's "Paul D. Ryan" or "Vladimir
    Putin", while Joe and Jill Biden stay two people; the people are those `kinds` (the cluster's
    `entities.name_kinds`) says are, each surname spelt as `spellings` (`entities.people_spellings`)
    spell it: one outlet's "Maya Naser" is another's "Maya Nasser"."""
    spellings = spellings or {}
    people = {name_form(respelt(person, spellings)) for named in found for person in as_kinds(named, kinds).people}
    return [replace(quote, speakers=tuple(fullest_form(respelt(speaker, spellings), people) for speaker in quote.speakers))
            for quote in quotes]


def compare(sentences: list[Sentence], embeddings: np.ndarray, leads: np.ndarray, judge: Judge | None = None,
            limit: int = 8, outlets: tuple[str | None, ...] = ()) -> Comparison:
    """The cross-source view of a cluster's sentences and embeddings (from `pipeline.prepare`).

    `leads` holds one vector per source: its headline's embedding, or its first sentence's;
    `outlets` each source's outlet, where known: a source's name is no specific of another's
    statement ("…, according to CBS News" beside CBS's own report).
    """
    judge = judge or RuleJudge()
    articles = len(leads)
    if not sentences:
        return Comparison((), {}, (), (), (), (), (), judge.name)
    similarity = embeddings @ embeddings.T
    importance = LearnedSummarizer().scores(sentence_features(sentences, embeddings, similarity))
    order = sorted(range(len(sentences)), key=lambda i: -importance[i])
    docs = tagged([s.text for s in sentences])
    found = [mentions_in(doc) for doc in docs]
    kinds = name_kinds(found, outlets)
    in_article = [[i for i, s in enumerate(sentences) if s.article == a] for a in range(articles)]
    cluster_text = "\n".join(s.text for s in sentences)
    quotes = [q for ids in in_article for q in extract_quotes(
        [sentences[i] for i in ids], [found[i] for i in ids], [docs[i] for i in ids], kinds, cluster_text)]
    index = {s: i for i, s in enumerate(sentences)}
    spellings = people_spellings((s.article for s in sentences), found, kinds)
    named_quotes = cluster_speakers(quotes, found, kinds, spellings)
    groups, variants = quote_groups(named_quotes, similarity, index, kinds)
    quoted_elsewhere = _quoted_by_others(quotes, groups, index)
    statements = _statements(sentences, found)
    speaker_of = _unnamed_speakers(named_quotes, index, spellings)
    agreed = agreed_groups(order, sentences, statements, similarity, _quoted_speakers(named_quotes, index), speaker_of,
                           leads @ leads.T)
    only_in = {source: {i: listed[i] for i in _in_reading_order(list(listed), sentences)}
               for source, listed in unique_facts(importance, found, sentences, similarity, articles, limit,
                                                  tuple(i for group in agreed for i in group), quoted_elsewhere,
                                                  kinds, outlets, spellings).items()}
    return Comparison(
        agreed=tuple(_fact(group, sentences) for group in agreed[:limit]),
        only_in={source: tuple(shown_text(sentences[i].text) for i in listed) for source, listed in only_in.items()},
        disagreements=tuple(disagreements(statements, sentences, similarity, judge, limit)),
        quotes=tuple(groups),
        quote_variants=tuple(variants),
        coverage=tuple(coverage(sentences, found, articles, kinds=kinds, plural_ended=plural_ended_pairs(docs),
                                spellings=spellings)),
        article_similarity=tuple(tuple(round(float(x), 3) for x in row) for row in article_similarities(sentences, embeddings, leads)),
        judge=judge.name,
        only_in_speakers={source: tuple(speaker_of.get(i) for i in listed) for source, listed in only_in.items()},
        only_in_specifics={source: tuple(listed.values()) for source, listed in only_in.items()},
        only_in_contexts={source: _contexts(list(listed), sentences) for source, listed in only_in.items()},
    )
