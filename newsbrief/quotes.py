"""Direct quotes and who said them.

A quote is a quoted span (in double marks, or single ones as British papers write them:
`quoted_spans`; or one running on from one sentence into the next: `_quotations`) of at least
two words, not a title ("Face the Nation"), in a sentence with an attribution verb ("said", "told",
"added", "according to", and each of `sentences.SAYING_VERBS`: "continued", "replied"..., and
`MORE_SAYING_VERBS`: "declaring", "admitted", "reported"), not what it
answers ('responded to an "active threat"'); a phrase of three words or fewer only where such a
verb governs it in the parse (else it is a term or a scare quote, whoever the sentence's verb of
saying is about), nor one after "the" as the subject of a clause that "reports" governs ('CNN
reports that the "principal conclusion" of the report is ...': the report's term, which CNN's
sources gave), nor one in a phrase of that verb saying why or instead of what someone spoke ('due
to his concerns about "further injury"', 'instead of "freaking out"'); one its attribution
interrupts ('"If ...," he said, "you ..."') is one quote, its
parts joined by " ... "; words a negation before them denies ('had not
been "my finest moment"', 'had done nothing "illegal"') are no quote, as alone they say the
opposite. The speaker is the grammatical subject of the verb that governs the quote, from spaCy's
parser (run only on such sentences; not a verb that says only "so": "IMDb says so"; the name the
parser took for the object of a main verb right after the quote, '"Why now?" asked Hale', or for the
subject of a clause hung from it: '"...," said Hale, who runs a clinic, Health Digest reported'), or X of an
"according to X" right after the quotation where that verb does not report the quote itself ('Hale
called the vote, given there was little "need," according to CNN' is CNN's words; 'Hale called it "a
win," according to CNN' Hale's), or the subject of the quote's own clause where the nearest verb of
saying is in a "while" or "even as" clause beside it that says something of its own ('Hale attacked
the panel as "..." even as the board announced a leak' is Hale's): a name (a capitalised subject
spaCy tagged an adverb too, "Axios adds", or a common noun or a verb where a name the sentence gives
covers it: "Trump tweeted", "Centers for Disease Control and Prevention Director Robert Redfield
said"), of the kind the cluster's mentions give it (`entities.name_kinds`: a surname spaCy took for
a place is the person the cluster names in full; a place or a storm, "Hurricane Harvey", is no
speaker), given in the fullest form the article uses (`entities.fullest_form`: "Biden" is "Joe
Biden" unless the article also names Jill Biden; a speaker's name spaCy did not see, "Orest Rudzik
said", counts as one the article uses); a surname two people of the cluster share, of those
the article names in full but never by first name alone ("Carlie"), the one it last quoted by name,
else the one it named first, if one alone ("Trent says"
beside "Carlie" and Shannon Trent is hers; "Mr. Obama" beside "Malia" alone is "Obama");
each name of a joint subject ("Pavel Baev and Kemal Kirisci wrote"; a title the parser took for a part, the
name after it: "Hale and Senate Leader Ann Reyes said"); an organisation's name with the capitalised words
"and" joins to it, where spaCy ended the name before "and" ("the Departments of Labor and Homeland
Security said"); a description or title with a
name beside it ("the spokesman, Nick Merrill", "Senate Leader Ann Hale (D-Ore.) told") is that person. "He"/"she" is the one person named as
the subject of a clause before it in its sentence, if any, but no one where the nearest is the subject of an
"as" or "when" clause under another person's ("Alder watched as host Rook played clips from an interview where he
stated": Alder or Rook); a description alone ("the Russian
leader", "the president", "the attorney") is whoever the article, up to it, introduced with its
words ("Russian President Vladimir Putin", "President Trump", "Ann Hale, Smith's attorney"), if one
person; else "the president" is the person the article is about, but no one holding a role for or
over others is ("the attorney", "the spokesman", "the judge"), nor for a body or group ("its
leader"), and a "he" right after them is them; such a role that a name before it says whose it is
("the Kremlin spokesman"), where no one was introduced in it, is the description itself ("Kremlin
spokesman"), no name of anyone.
"He" or "she" alone is the person the article is about at that point (a sentence that names no
one but the owner of its subject, a thing of theirs, is about that owner: "Mr. Hale's letter named
no decision. ... He said" is Hale's, whoever was named before), unless that person is the
other one: called "Ms." or "Mr." in the cluster (any of its articles), or else resolved from the
other pronoun by an earlier quote or a sentence starting with one ("She told reporters ...").
Then "she" is the last woman the article calls so, named (an owner too: "Voss's remarks") in the
same sentence as the person in focus or the one before, if there is one: "Ms. Voss said ... Mr.
Brandt nodded. ... she said" is Voss's, and so is "Ms. Voss spoke. Kelly stood beside her. ...
she said", as "her" is not Kelly; likewise "he". Where nothing tells the person in focus from
her, the person in focus is "she" beside a woman named in the same sentence only as its subject:
"Voss's remarks came amid questioning of Kelly. ... she said" is no one's, but "After the hearing, she met Ms.
Kelly. ... she said" is the person in focus, its subject as "she". Nor is "she" a person in focus
whom nothing calls either where the sentence in focus speaks of a "he" and a "she" and the quote of
the "he" ("Kim could not stand when she picked him up. '... he had no control,' she said": is Kim
he or she?); likewise "he". Whoever "he" or "she" would be, it is no
one its own clause names after it: in "He said that Mr. Hale had 'failed'" he is not Hale (no
speaker, where no one else fits), though he may be a Hale named in a relative clause or a participle's
phrase there ("he told reporters, referring to a meeting Mr. Hale had called"), nor is "the president" in "the president said he felt 'sorry' for
Mr. Hale", nor anyone the quoted words name, outside words they quote ('"If I wrote about Hale
...," he said' is not Hale); a description whose word says "he" or "she" ("the congressman") is
no one the cluster's titles call by the other, nor is a name after "Mr." or "Ms." ("Mr. Hale" beside "his daughter Ann
Hale" or "Ann Hale and her husband" is the bare surname). An organisation quoted in the first person
singular ("WXYZ says, 'I bought a ring'") reports someone else's words: no speaker; unless the article writes
its one-word name as the last word of one person's full name spaCy did not see as an organisation ("Ann Hale,
a member, said ... 'I think ...,' Hale said", spaCy calling "Hale" an organisation): that person.
A document of someone named or described speaks for them ("Hale's proclamation states", "the
mayor's letter reads", "Hale's statement said"); one of no one named ("the letter states") is no one's.
"They" is the two or more people the sentence right before names together as its main verb's subject
("Sen. Ann Hale and Sen. Tom Ray wrote a letter." then '"...," they wrote'). A subject that names no one
("the letter", "officials", any other "they", "a police officer", "one Democrat", "Smith and his
colleagues") gives no quote: no speaker is better than a wrong one. A sentence that
is all one quote, right after a sentence that quoted someone, goes on with that quote's speakers
('"...," Smith said. "And another thing."'); not one after that, which may be another voice. One right
after a sentence ending on a colon is the speaker of its last verb of saying, where that subject names
someone, not "he" or "she" ('Smith wrote on Instagram:' then '"About to announce some news."').
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .entities import (FULL_NAME_WORDS, POSSESSIVE_MARK, RANK_INITIALS, RELATIVE_NOUN_PRONOUNS, TITLES, Mentions,
                       as_kinds, fuller_forms, fullest_form, is_form_of, last_name_word, name_form, name_kind_key,
                       name_kinds, one_name, parsed)
from .models import Sentence
from .sentences import AFTER_HEIGHT, COURTESY_PRONOUNS, SAYING_VERBS, SINGLE_QUOTED, overlaps_any

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A straight mark between a space and a word opens a quote ('asked whether "we believe ... responded,
# "Attack'), so it closes none: a quote left open runs into no other. An inch mark after a height
# (`sentences.AFTER_HEIGHT`: "a 5’4” mass") is a quote's letter, no mark of it.
QUOTED = re.compile(rf"(?!{AFTER_HEIGHT})[“\"]((?:[^“”\"]|{AFTER_HEIGHT}[”\"]){{3,}}?)(?!{AFTER_HEIGHT})(?:”|(?<!\s)\"|\"(?!\w))")
# A quotation opened (a mark before a word) and left open to the end of a sentence; and the marks
# that open one, as the next paragraph of a quote of several paragraphs starts (`_quotations`).
OPEN_QUOTATION = re.compile(r"(?<!\w)[“\"](?=\w)([^“”\"]{3,})$")
OPENING_MARKS = ("“", '"')
# A sentence's words up to a closing mark, no mark before it: the end of a quotation the sentence
# before left open (`_quotations`).
CLOSED_FROM_START = re.compile(r"(?=\w)([^“”\"]{3,}?)(?:”|(?<!\s)\")")
ATTRIBUTION_VERBS = frozenset((
    "say", "saying", "adding", "told", "tells", "telling", "announced", "asked",
    "quoted", "called", "denounced", "described", "emphasised", "emphasized", "stressed", "urged", "claimed",
    "vowed", "pledged", "promised", "captioned",  # "captioned a photo on Instagram": what a post says
    # and each verb the splitter reads as one of saying ("said", "wrote", "Hale continued.", "exclaimed
    # Hale"), so the sentence a quotation of its own goes on with ('"...," Hale continued. "..."') has a speaker.
    *SAYING_VERBS,
))
ATTRIBUTION = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(ATTRIBUTION_VERBS)) + r"|according to)\b", re.IGNORECASE)
# More verbs of saying: the participles ("..., declaring that '...'", "noting that"), besides
# ATTRIBUTION's "saying", "adding" and "telling", and verbs seldom written after a quotation ("Hale
# admitted that '...'", "the Times reported"): as ATTRIBUTION_VERBS, but not in ATTRIBUTION, which
# other modules read (headlines, the words between a quotation's parts).
MORE_SAYING_VERBS = frozenset((
    "arguing", "asking", "calling", "claiming", "declaring", "describing", "explaining", "insisting", "noting",
    "promising", "recalling", "replying", "stating", "stressing", "tweeting", "urging", "vowing", "warning", "writing",
    "describe", "describes",  # "prompting Hale to describe him as a “…”": the one prompted (`_object_told_to`)
    "demanded",  # "Reyes, who demanded she “step aside”": the one who demands (s28 QA M1, nt924)
    "disclosed", "revealed",  # "Hale disclosed … she was “…”" (s28 QA T12, nt921)
    "accused", "acknowledged", "admitted", "alleged", "asserted", "boasted", "claims", "conceded", "contended", "maintained",
    "posted", "predicted", "reiterated", "remarked", "repeated", "reported", "reports", "testified", "texted",
))
# Verbs of saying written as nouns too ("his claims that …"): one only where tagged a verb.
VERBS_ALSO_NOUNS = frozenset(("claims",))
# Particles that make a verb of saying one of doing: "called off all events “until further notice”,
# a spokesman said" is the spokesman's words, "was called in" is who was summoned.
NOT_SAYING_PARTICLES = frozenset(("down", "in", "off", "up"))
# Verbs by which a document speaks ("Hale's letter reads", "the proclamation states"): in lower case,
# as no "United States" is, and only of a document someone owns (`_document_owner`), as "the 50
# states" is none; not in ATTRIBUTION, which other modules read as what people say.
DOCUMENT_VERBS = frozenset(("reads", "states"))
# Verbs that say something only right after a quotation, their subject all between ('“…,” Hale
# began.'): 'Hale began her questioning by citing the bank's motto, "…"' quotes the bank.
AFTER_QUOTE_VERBS = frozenset(("began", "concluded"))
# Every verb that may attribute a quote here: ATTRIBUTION's, MORE_SAYING_VERBS, AFTER_QUOTE_VERBS,
# and DOCUMENT_VERBS in lower case.
QUOTE_VERBS = ATTRIBUTION_VERBS | MORE_SAYING_VERBS | AFTER_QUOTE_VERBS
QUOTE_ATTRIBUTION = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(QUOTE_VERBS)) + r"|according to|(?-i:"
                               + "|".join(sorted(DOCUMENT_VERBS)) + r"))\b", re.IGNORECASE)
# What a person or body writes or says, so that "Hale's proclamation states" is Hale speaking (`_document_owner`).
DOCUMENTS = frozenset((
    "announcement", "declaration", "email", "letter", "memo", "memorandum", "message", "note", "order", "post",
    "proclamation", "release", "remark", "speech", "statement", "testimony", "tweet",
))
MIN_QUOTE_WORDS = 2
# First words of prepositions that give a reason or an alternative ("due to", "because of", "owing
# to", "instead of", "rather than"): a phrase they open says why, or instead of what, someone spoke.
REASON_OR_ALTERNATIVE = frozenset(("due", "because", "owing", "instead", "rather"))
# A quoted phrase this short is a quotation only where an attribution verb governs it (`_governing_verb`).
MAX_SCARE_QUOTE_WORDS = 3
# Words a title of a work leaves in lower case ("Face the Nation", "War on Religion").
TITLE_SMALL_WORDS = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))
MAX_TITLE_WORDS = 8
SUBJECTS = frozenset(("nsubj", "nsubjpass"))
# A verb with no subject of its own ("..., adding that", "was quoted as saying", "and predicted")
# takes the subject of the clause it hangs from.
SUBJECT_FROM_HEAD = frozenset(("advcl", "xcomp", "conj", "pcomp", "prep"))
# A clause these open ("when Republicans controlled Congress") says when or why, not who speaks.
SUBORDINATE_CLAUSES = frozenset(("advcl", "relcl"))
# Clauses and phrases that say more of something, not what a verb above them says.
ASIDE_CLAUSES = frozenset((*SUBORDINATE_CLAUSES, "acl", "appos"))
# Phrases that tell of something named beside what a clause says ("a meeting, which Hale called").
NAME_ASIDES = frozenset(("relcl", "acl", "appos"))
NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))
PROPER_NOUN_TAGS = frozenset(("NNP", "NNPS"))
PRONOUN_OF = {"he": "he", "him": "he", "she": "she", "her": "she"}  # each person pronoun's subject form
PERSON_PRONOUNS = frozenset(PRONOUN_OF)
RELATIVE_PRONOUNS = frozenset(("who", "which", "that"))
# Words that deny what they govern: "not", "had done nothing 'illegal'", "without 'any fuss'".
NEGATIONS = frozenset(("not", "n't", "n’t", "never", "no", "nothing", "none", "neither", "nor", "without"))
INDEFINITE = frozenset(("a", "an", "another", "any", "one", "some"))
# Nouns that describe one person, so "the spokesman said" is someone the article already named;
# any other description ("the letter", "the company", "officials") is no one we can name.
# Roles held for or over others, so "the attorney said" is seldom the person the article is about
# (the client is); only someone the article introduced so ("Ann Hale, Smith's attorney").
SPEAKS_FOR_OTHERS = frozenset((
    "adviser", "advisor", "aide", "analyst", "attorney", "doctor", "expert", "judge", "justice", "lawyer",
    "officer", "official", "professor", "prosecutor", "spokesman", "spokesperson", "spokeswoman",
))
# Owners of a role that are no person: "its leader", "their spokesman" lead or speak for a body or a
# group, seldom the person the article is about.
NON_PERSON_OWNERS = frozenset(("its", "their"))
# People close to someone: "Hale's wife said" is not Hale speaking.
RELATIVES = frozenset((
    "brother", "child", "daughter", "family", "father", "friend", "husband", "mother", "parent", "partner", "sister",
    "son", "wife",
))
# "the spokesman for ...", "the lawyer of ...": whose the role is.
QUALIFYING_PREPOSITIONS = frozenset(("for", "of", "to"))
PERSON_ROLES = frozenset((
    "actor", "actress", "adviser", "advisor", "aide", "ambassador", "analyst", "attorney", "author", "candidate",
    "ceo", "chairman", "chairwoman", "chancellor", "chief", "commander", "congressman", "congresswoman", "coach",
    "director", "doctor", "executive", "expert", "founder", "general", "governor", "host", "judge", "justice",
    "lawmaker", "lawyer", "leader", "man", "mayor", "minister", "nominee", "officer", "official", "pope",
    "premier", "president", "professor", "prosecutor", "representative", "secretary", "senator", "sheriff",
    "singer", "spokesman", "spokesperson", "spokeswoman", "star", "woman",
))
# Roles whose word says whether their holder is "he" or "she" ("the congressman", "the spokeswoman").
ROLE_PRONOUNS = {role: "she" if role.endswith("woman") or role == "actress" else "he"
                 for role in PERSON_ROLES if role.endswith("man") or role == "actress"}
# Lookbehinds: not right after a word that makes a title another office ("Vice President", "Deputy
# Director"), nor after a preposition ("his opponent for president, Hillary Clinton").
OTHER_OFFICE = r"(?<![Vv]ice )(?<![Dd]eputy )(?<![Aa]ssistant )"
AFTER_PREPOSITION = "".join(rf"(?<!\b{word} )" for word in ("as", "at", "by", "for", "in", "of", "on", "to", "with"))
ROLES_AND_TITLES = PERSON_ROLES | TITLES  # a capitalised one before a name: "Chairman Adam B. Schiff"
POSSESSIVE = re.compile(r"\s*['’]s$")
MARK_AFTER_NAME = re.compile(r"\s*(['’]s)(?![\w-])")  # "Hale's", and "Wallsten 's" as spaCy may give it
WORD_BEFORE = re.compile(r"(\S+)\s+$")  # the word before a place in a text
NAME_CHARACTER = re.compile(r"[\w-]")  # no name starts right after one
SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
LEADING_PRONOUN = re.compile(r"\s*(He|She)\b")
COMMON_NOUN_TAGS = frozenset(("NN", "NNS"))
# Initials ("J." of "J. Smith", "O.J." of "O.J. Simpson"): no first name to call anyone by.
INITIALS = re.compile(r"(?:[A-Z]\.?)+")
OBJECT_PRONOUN = {"he": "him", "she": "her"}  # tagged PRP, not the possessive "her" (PRP$)
# "Mr. Hale", "Ms. Susan Park": the title before a name says which pronoun is that person's.
HONORIFIC_PRONOUN = {title: pronoun for title, pronoun in COURTESY_PRONOUNS.items() if pronoun}
HONORIFIC = re.compile(rf"\b(?P<title>{'|'.join(HONORIFIC_PRONOUN)})\.?\s+"
                       rf"(?P<name>(?:[A-Z][\w-]*\.?\s+){{0,2}}[A-Z][\w-]*)")
# A relative named beside the noun that says which ("Kalashnikov's daughter, Elena,", "his son Hunter").
RELATIVE = re.compile(rf"\b(?P<title>{'|'.join(RELATIVE_NOUN_PRONOUNS)}),?\s+"
                      rf"(?P<name>(?:[A-Z][\w-]*\.?\s+){{0,2}}[A-Z][\w-]*)")
# A full name opening a sentence, joined to a relative of theirs ("Ann Hale and her husband Tom set
# out"): "her" is Ann Hale's, so she is "she", which no title may say ("Mr Hale" and "Mrs Hale" both).
WITH_RELATIVE = re.compile(rf"^(?P<name>(?:[A-Z][\w-]*\s+){{1,2}}[A-Z][\w-]*)\s+and\s+(?P<title>his|her)\s+"
                           rf"(?:{'|'.join(RELATIVE_NOUN_PRONOUNS)})\b", re.MULTILINE)
POSSESSIVE_PRONOUN_OF = {"his": "he", "her": "she"}
# Each word of "he" ("he", "him", "his") and of "she" ("she", "her").
PRONOUN_WORDS = {pronoun: re.compile(rf"\b(?:{'|'.join({word for word, of in (*PRONOUN_OF.items(), *POSSESSIVE_PRONOUN_OF.items()) if of == pronoun})})\b",
                                     re.IGNORECASE) for pronoun in ("he", "she")}
OTHER_PRONOUN = {"he": "she", "she": "he"}
# Not "I-95", nor the last letter of an abbreviation written with dots ("F.B.I.", "the C.I.A.").
FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w'’])(?<!\w\.)(?:I(?![\w-])|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?!\w)")
# Words before a Roman numeral I, no pronoun: "World War I", "Title I schools", "a Phase I trial".
NUMBERED_BY_I = re.compile(r"\b(?:War|Phase|Title|Part|Type|Class|Stage|Level|Division|Chapter|Article|Section|Grade"
                           r"|Tier|Round|Act|Book|Volume|Category|Schedule)\s+$")


@dataclass(frozen=True)
class Quote:
    speakers: tuple[str, ...]  # each in the fullest form the article uses; two or more where it names them together
    text: str  # the quoted words only
    sentence: Sentence

    @property
    def speaker(self) -> str:
        """The speakers as a reader would name them: "Pavel Baev", "Pavel Baev and Kemal Kirisci"."""
        return " and ".join(filter(None, (", ".join(self.speakers[:-1]), self.speakers[-1])))


def quoted_spans(text: str) -> list[re.Match]:
    """The quotations of a sentence in reading order: in double marks (`QUOTED`), and in single marks
    (`sentences.SINGLE_QUOTED`: "'Masks don't work,' Paul said") outside them, not one nested in a
    double-quoted one."""
    double = list(QUOTED.finditer(text))
    if "'" not in text and "‘" not in text:  # most sentences: skip the search
        return double
    double_spans = [m.span() for m in double]
    single = [m for m in SINGLE_QUOTED.finditer(text) if not overlaps_any(double_spans, m.start(), m.end())]
    return sorted(double + single, key=lambda m: m.start()) if single else double


def outside_quotes(text: str, quotations: list[re.Match] | None = None) -> str:
    """The sentence with quoted words (`quotations`, else `quoted_spans`) blanked out, same length,
    so offsets still match."""
    # Joined once: rebuilding the whole text for each quotation cost a long page quotations x length.
    pieces, end = [], 0
    for m in quoted_spans(text) if quotations is None else quotations:  # in order, none overlapping
        pieces += (text[end:m.start()], " " * (m.end() - m.start()))
        end = m.end()
    return "".join((*pieces, text[end:])) if pieces else text


def _quotations(sentences: list[Sentence], index: int) -> list[re.Match]:
    """A sentence's quotations (`quoted_spans`), and a quotation running on from the sentence before
    or into the next: one of several paragraphs, as papers write it, left open at the end of its
    paragraph, the next paragraph opening with a quotation mark ('Wilson said: "Bigger than any
    henge, little is known of it.' then '"The work will ..."', s29 QA U1, mn20), its words to the
    sentence's end; or one the next sentence closes, its words from the start to the closing mark
    ('"Ann Hale, whom I never met, was hired in 2015.' then 'She just quit," Reyes tweeted.', the
    tweet's line break a paragraph's). Not one left open where the next sentence neither closes it
    nor opens a paragraph with a mark (in one paragraph, a mark opens another quotation), nor at the
    end of an article, where a cut may have left it."""
    text = sentences[index].text
    spans = quoted_spans(text)
    before = sentences[index - 1].text if index > 0 else ""
    closing = CLOSED_FROM_START.match(text)
    if closing and not (spans and spans[0].start() < closing.end()) and _left_open(before):
        spans = [closing, *spans]
    after = sentences[index + 1] if index + 1 < len(sentences) else None
    if after is None or not ((after.paragraph != sentences[index].paragraph and after.text.startswith(OPENING_MARKS))
                             or CLOSED_FROM_START.match(after.text)):
        return spans
    left_open = _left_open(text, spans)
    return [*spans, left_open] if left_open else spans


def _left_open(text: str, spans: list[re.Match] | None = None) -> re.Match | None:
    """The quotation a sentence opens and leaves open to its end (`OPEN_QUOTATION`), after its
    quotations (`spans`, else `quoted_spans`)."""
    spans = quoted_spans(text) if spans is None else spans
    return OPEN_QUOTATION.search(text, spans[-1].end() if spans else 0)


def _quoted_words(match: re.Match) -> str:
    """The words a `QUOTED` match quotes, without the comma or full stop before its closing mark."""
    return match.group(1).strip(" ,.")


def is_title(span: str) -> bool:
    """A quoted span written like the title of a work, show or slogan, not words someone said."""
    words = span.split()
    return len(words) <= MAX_TITLE_WORDS and span[-1] not in ".?!" and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words if w[0].isalpha())


def _is_attribution(token) -> bool:
    if token.lower_ == "according":
        return any(child.lower_ == "to" for child in token.children)
    if token.text in DOCUMENT_VERBS:  # only a document of someone's: "the Constitution states" quotes no one
        subject = _nearest_subject(token) if token.tag_ == "VBZ" else _document_before(token)
        return subject is not None and _document_owner(subject) is not None
    if token.lower_ in AFTER_QUOTE_VERBS:
        return _right_after_quotation(token)
    if token.lower_ in VERBS_ALSO_NOUNS and not token.tag_.startswith("VB"):
        return False  # 'relying on claims that "…"'
    return token.lower_ in QUOTE_VERBS and not _says_so(token) and not any(
        child.dep_ == "prt" and child.lower_ in NOT_SAYING_PARTICLES for child in token.children)


def _right_after_quotation(verb) -> bool:
    """Whether only the verb's subject stands between a quotation's closing mark and the verb:
    '“…,” Hale began.', '"…," the governor concluded.'"""
    subject = _nearest_subject(verb)
    return (subject is not None and subject.right_edge.i + 1 == verb.i and subject.left_edge.i > 0
            and verb.doc[subject.left_edge.i - 1].tag_ == "''")


def _says_so(verb) -> bool:
    """Whether a verb of saying says only "so" ("(and also, IMDb says so)"): that someone agrees with
    what the sentence says, not the words it quotes."""
    return any(child.lower_ == "so" and child.i == verb.i + 1 and child.dep_ == "advmod" for child in verb.children)


def _governing_verb(quote, verbs: list):
    """The attribution verb the quoted words hang from in the parse, or else the nearest one; none
    for a phrase of a few words that no attribution verb governs: that is a term or a scare quote
    ('The memo tells agencies to "review and report" spending' run into a sentence whose "said" is
    about something else), not words the verb's subject said. A longer quote the parser left
    unattached (a quote of several sentences) is still the nearest verb's."""
    short = sum(not token.is_punct for token in quote) <= MAX_SCARE_QUOTE_WORDS
    clauses = {quote.root, *quote.root.ancestors}
    according = [verb for verb in verbs if verb.lower_ == "according" and verb.head in clauses]
    for ancestor in quote.root.ancestors:
        if ancestor in verbs and not _reacts_to(quote, ancestor):
            # "according to X" right after the quotation names X as its source, unless the verb
            # above reports the quote itself: 'Hale called the vote, a move critics found odd given
            # there was hardly a "pressing issue," according to the Courier' is the Courier's words, but
            # 'Hale called it "a fine result," according to the Courier' is Hale's.
            if according and _right_after(quote, according[0]) and not _reports_quote(ancestor, quote):
                return according[0]
            return None if short and (_term_of_a_report(quote, ancestor) or _says_why_or_instead(quote, ancestor)) else ancestor
    # "according to X" says who said the whole clause it hangs from: 'The talks were "open and
    # constructive", according to ...'.
    if according:
        if _reports_speech(according[0].head, quote):
            return according[0].head  # 'Trump asserted that he had "...", according to CNN' is Trump's
        # A short noun phrase is what the clause is about, not what it says: 'According to the
        # agency, there are 30 "national emergencies"'.
        return None if short and quote.root.tag_ in NOUN_TAGS else according[0]
    # Nor the verb whose phrase "to ..." holds the quote (`_reacts_to`, left in the loop above): in
    # "Hale responded to an attack from Reyes, who demanded she "step aside"", what Hale answers is
    # not Hale's words.
    verbs = [verb for verb in verbs if verb not in clauses]
    if short or not verbs:
        return None
    nearest = min(verbs, key=lambda verb: min(abs(verb.i - quote.start), abs(verb.i - quote.end)))
    return _clause_of_own(quote, nearest) or nearest


def _term_of_a_report(quote, verb) -> bool:
    """Whether a (short) quote is the name of what a reported clause is about, its subject after
    "the", under "reports" or "reported": 'CNN reports that the “principal conclusion” of the report
    is to be made public' quotes the report's term, which CNN's sources gave, not CNN's words (s26
    QA3 M1, basil53); 'Hale said the “best-case scenario” was ...' is Hale's."""
    root = quote.root
    return verb.lemma_ == "report" and root.dep_ in SUBJECTS and any(
        child.dep_ == "det" and child.lower_ == "the" and child.i < quote.start for child in root.children)


def _clause_of_own(quote, verb):
    """The clause holding the quote, with a subject of its own, where the nearest verb of saying is
    in a "while", "even as" or "after" clause beside it that says something of its own: 'Hale
    attacked the panel as "a court of cowards and liars" even as the board announced it had found a
    leak' is Hale's words, not the board's. Not a clause that says only who said the one it hangs
    from: in 'as Reyes said, Hale showed "..."' the words are Reyes's."""
    if not _is_subordinate(verb) or quote.root in verb.subtree or not any(
            child.dep_ in ("ccomp", "dobj") for child in verb.children):
        return None
    return next((clause for clause in quote.root.ancestors
                 if verb in clause.children and _nearest_subject(clause) is not None), None)


def _reacts_to(quote, verb) -> bool:
    """Whether the quote is what a verb of saying answers, in its phrase "to ...": 'authorities
    responded to an "active bomb threat," police wrote' quotes the police, not the authorities."""
    phrase = _phrase_under(quote, verb)
    return phrase.dep_ == "prep" and phrase.lower_ == "to"


def _says_why_or_instead(quote, verb) -> bool:
    """Whether a (short) quote is in a phrase of the verb of saying that says why, or instead of
    what, the speaker spoke (`REASON_OR_ALTERNATIVE`): in 'he said the client came forward — due to
    his concerns about "further injury" — ...' the words are the client's (s29 QA M1, mn24), in
    'instead of "freaking out", he says you should ask' a scare quote; not a phrase of what is said
    ('warned of "grave danger"', 'said the plan failed because of "poor timing"')."""
    phrase = _phrase_under(quote, verb)
    return phrase.dep_ == "prep" and any(
        word.lower_ in REASON_OR_ALTERNATIVE for word in (phrase, *(child for child in phrase.children if child.dep_ == "advmod")))


def _phrase_under(quote, verb):
    """The word of the quote's phrase that hangs from the verb above it."""
    token = quote.root
    while token.head != verb:
        token = token.head
    return token


def _denied(quote, verb) -> bool:
    """Whether a negation before the quote (`NEGATIONS`, outside it) governs it, in the clauses from
    the quote up to the verb that reports it: in "the email had not been 'my finest moment'", "he
    wouldn't 'hesitate to act'" or "he had done nothing 'illegal'", the words are what the speaker
    denies, and a quote of them alone would say the opposite. Not a negation above a clause of its
    own that holds the quote (`_own_clause`): "he wasn't questioning it when he called it 'phony'"."""
    for token in (quote.root, *quote.root.ancestors):
        if token.i < quote.start and _negates(token) or any(
                child.i < quote.start and _negates(child) for child in token.children):
            return True
        if token == verb or _own_clause(token):
            return False
    return False


def _own_clause(token) -> bool:
    """Whether a token heads a clause that a negation of the clause above it does not govern: one
    joined to it ("conj") or hung from it (`SUBORDINATE_CLAUSES`) with a subject of its own ("it had
    not been X, and he had been 'Y'", "not deported, because 'you don't punish a child'", "had no
    report because there was 'no progress'"), or a joined verb with an auxiliary of its own ("is not
    interested in X, and will focus on 'Y'"); not "did not eat or drink"."""
    deps = {child.dep_ for child in token.children}
    return (token.dep_ in ("conj", *SUBORDINATE_CLAUSES) and bool(deps & {*SUBJECTS, "expl"})) or (
        token.dep_ == "conj" and bool(deps & {"aux", "auxpass"}))


def _negates(token) -> bool:
    """Whether a token denies what it governs: a negation to the parser, or a word of `NEGATIONS`."""
    return token.dep_ == "neg" or token.lower_ in NEGATIONS


def _reports_speech(clause, quote) -> bool:
    """Whether a clause has a subject of its own and reports, in a clause of its own, the quote: then
    "according to" names who reported it, not who spoke ("Trump asserted that he had ...")."""
    return _nearest_subject(clause) is not None and any(
        child.dep_ == "ccomp" and quote.root in child.subtree for child in clause.children)


def _reports_quote(verb, quote) -> bool:
    """Whether a verb of saying the quote hangs from reports it: as what is said, called or warned of
    ("called it '...'", "described it as '...'", "said the plan was '...'"), not in an aside from
    what the verb says (`ASIDE_CLAUSES`: "called the vote, a move critics found odd given there was
    no '...'", "a plan that was '...'")."""
    return not passes_dependency(quote.root, verb, ASIDE_CLAUSES)


def _right_after(quote, token) -> bool:
    """Whether only punctuation (the closing mark, a comma) stands between the quote and the token."""
    return token.i >= quote.end and all(word.is_punct for word in token.doc[quote.end:token.i])


def _nearest_subject(verb):
    """The verb's subject; the one nearest the verb where the parser finds two (it takes a leading
    "UPDATE:" or an aside like "With the moderator, Martha Raddatz, ..." for a second one)."""
    subjects = [child for child in verb.children if child.dep_ in SUBJECTS]
    return min(subjects, key=lambda child: abs(child.i - verb.i)) if subjects else None


def _subject_of_aside(verb):
    """The verb's subject where the parser gave it to an aside between them: in "Holt, long thought
    the fastest of her era, said", Holt is followed by a comma, as a subject is not by its own verb,
    so Holt is the subject of "said", not of "thought"."""
    for clause in verb.children:
        subject = _nearest_subject(clause) if clause.i < verb.i else None
        if subject is not None and subject.i + 1 < clause.i and subject.nbor(1).text == ",":
            return subject
    return None


def _subject(verb):
    """The token that says who speaks: the verb's subject, or the object of "according to"."""
    if verb.lower_ == "according":
        return next((grand for to in verb.children if to.lower_ == "to" for grand in to.children if grand.dep_ == "pobj"), None)
    if _is_passive_report(verb):
        return None  # "was told", "When asked whether ...": who was told or asked, or what was added
    climbed = False
    while True:
        quoted_person = next((child for child in verb.children if child.dep_ == "dobj"), None) if verb.lower_ == "quoted" else None
        if quoted_person is not None:
            return quoted_person  # "Buzzfeed quoted Bryan Freedman as saying ..."
        subject = _nearest_subject(verb) or _subject_of_aside(verb) or _document_before(verb)
        if subject is not None and climbed and _is_subordinate(verb):
            # "Trump explained his failure ... when Republicans controlled Congress by saying": the
            # parser hung "saying" from the "when" clause, whose subject did only what it says.
            verb = next((clause for clause in verb.ancestors if _nearest_subject(clause) is not None), None)
            if verb is None:
                return None
            continue
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head  # "Sen. Reid, who ..." / "a letter, which said ..."
            return subject
        if verb.dep_ == "acl":
            return verb.head  # "video of him saying ..."
        if (inverted := _speaker_taken_for_object(verb)) is not None:
            return inverted  # '"Why now?" asked Hale.'
        if not climbed and (prompted := _object_told_to(verb)) is not None:
            # "..., prompting Hale to describe him as a “…”"; not a "to" clause the verb of saying
            # hangs from ("pressed Hale to act, arguing that …" is the pressers' words). Only a name:
            # whom "prompting the former mayor" means, the article's focus may well not be.
            return prompted if prompted.tag_ in PROPER_NOUN_TAGS else None
        if verb.dep_ not in SUBJECT_FROM_HEAD or verb.head is verb:
            return None
        verb = _reporting_verb(verb) or verb.head
        climbed = True


def _speaker_taken_for_object(verb):
    """The name right after the main verb of saying that comes right after the quote, where the
    parser took it for the verb's object: in '"Why now?" asked Hale.', "asked" has no subject and
    Hale is whom it asks, to the parser; a quote's closing mark before the verb says Hale is who
    asks. Or for the subject of a clause hung from the verb, where an outlet's "reported" ends the
    sentence: '"...," said Hale, who leads a hospital, the Times reported.' (s29 QA T12, nt968) is
    Hale's, the parser making Hale and the Times two subjects of "reported". Not a verb of a clause
    beside the main one ('..." was a lie, telling Hale', 'calling him ...'): there the object is whom
    the speaker told."""
    if verb.dep_ != "ROOT" or verb.i == 0 or verb.nbor(-1).tag_ != "''":
        return None
    taken_for = itertools.chain((child for child in verb.children if child.dep_ == "dobj"), (
        subject for clause in verb.children if clause.dep_ == "ccomp" for subject in clause.children if subject.dep_ in SUBJECTS))
    return next((token for token in taken_for if token.tag_ in PROPER_NOUN_TAGS and token.left_edge.i == verb.i + 1), None)


def _object_told_to(verb):
    """The person the verb that a verb of saying in "to" hangs from has for its object, who is the
    one to say it: in "…, prompting Hale to describe him as a “…”" or "asked Hale to describe it",
    Hale describes, not whoever prompted or asked (s27 QA S7: climbing to the main clause gave its
    joint subject). A noun or a person's pronoun; not "had this to say", the subject's saying."""
    if verb.dep_ != "xcomp" or not any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return None
    return next((child for child in verb.head.children if child.dep_ == "dobj" and child.i < verb.i
                 and (child.tag_ in NOUN_TAGS or child.lower_ in PERSON_PRONOUNS)), None)


def _is_passive_report(verb) -> bool:
    """Whether an attribution verb is passive ("Smith was told", "When asked whether ..."), so its
    subject, written or the clause's, is the one told or asked, or what was added; not "Smith was
    quoted as saying", whose subject is the speaker."""
    if verb.tag_ != "VBN" or verb.lower_ == "quoted" or not _is_attribution(verb):
        return False
    deps = {child.dep_ for child in verb.children}
    # A bare participle: "When asked", "Asked about it, Hale said"; not one hung from a name ("Hale
    # added", which the parser may take for "Hale, added to the list").
    return bool(deps & {"auxpass", "nsubjpass"}) or (not deps & {"aux", *SUBJECTS} and verb.dep_ == "advcl")


def _is_subordinate(clause) -> bool:
    """Whether a clause hangs from another as its "when" or "because" clause."""
    return clause.dep_ in SUBORDINATE_CLAUSES and any(child.dep_ == "mark" or child.tag_ == "WRB" for child in clause.children)


def _reporting_verb(verb):
    """The attribution verb an attribution verb is really joined to where the parser joined it to the
    clause the first one reports: in "Park said the board wrecked the plan and said ...", the second
    "said" is Park's, not the board's, and so is "telling him" in "Park said the mayor lied, telling
    him ...". Not where that clause reports speech too ("adding that the minister urged calm and
    called for ..." is the minister's)."""
    clause = verb.head
    joined_to_report = verb.dep_ in ("conj", "advcl") and clause.dep_ == "ccomp" and clause.head is not clause
    return clause.head if (joined_to_report and _is_attribution(verb) and not _is_attribution(clause)
                           and _is_attribution(clause.head)) else None


def _named_at(token, outside: str, names: tuple[str, ...]) -> str | None:
    """The entity name (outside the quotes) that covers this token."""
    return _names_by_offset(outside, names).get(token.idx)


# Built once per sentence and list of names: scanning the sentence for every token looked up made
# one long "sentence" (a page a cleaner let through) of many quotes cost minutes.
@functools.lru_cache(maxsize=16)
def _names_by_offset(outside: str, names: tuple[str, ...]) -> dict[int, str]:
    """Each offset of the text that one of the names (outside the quotes) covers, and the first of
    them, in the order given, that covers it."""
    covering: dict[int, str] = {}
    for name in names:
        for found in re.finditer(re.escape(name), outside):
            for offset in range(found.start(), found.end()):
                covering.setdefault(offset, POSSESSIVE.sub("", name))
    return covering


def _speakers(subject, outside: str, named: Mentions, people: set[str], focus: Callable[[object], str | None],
              introduced_as: Callable[[object], str | None], named_together: Callable[[], tuple[str, ...]]) -> tuple[str, ...]:
    """Who the subject token is, as the sentence names them: one speaker, or each of a joint
    subject (`_joint_speakers`); "they", the people `named_together` gives; none where it names no one.
    `people` are those the article has named so far."""
    if subject is None or outside[subject.idx] == " ":
        return ()  # no subject, or one inside the quoted words
    if subject.conjuncts:
        return _joint_speakers(subject, outside, named, people)
    if subject.lower_ == "they":
        return named_together()
    speaker = _speaker(subject, outside, named, focus, introduced_as)
    return (speaker,) if speaker else ()


def _joint_speakers(subject, outside: str, named: Mentions, people: set[str]) -> tuple[str, ...]:
    """Each name of a joint subject ("Pavel Baev and Kemal Kirisci wrote"); none where a part of it
    names no one ("Smith and his colleagues"): crediting only the named part would misstate who said it."""
    names = [_part_name(token, outside, named, people) for token in (subject, *subject.conjuncts)]
    return tuple(dict.fromkeys(names)) if all(names) else ()  # "Procter & Gamble" is one name


def _part_name(token, outside: str, named: Mentions, people: set[str]) -> str | None:
    """A part of a joint subject as a name: a person or organisation the sentence names, or the
    surname of someone the article has named ("Baev" where spaCy missed it); a capitalised title the
    parser took for a part is the person named right after it ("Pelosi and Senate Democratic Leader
    Chuck Schumer said", "Chuck Schumer" hung elsewhere), and no one where no name follows it."""
    if outside[token.idx] == " ":
        return None
    named_here = _named_at(token, outside, (*named.people, *named.organisations))
    if named_here:
        return named_here
    if token.is_title and token.lower_ in ROLES_AND_TITLES:
        return _named_at(token.nbor(1), outside, named.people) if token.i + 1 < len(token.doc) else None
    fuller = fullest_form(token.text, people)
    return fuller if fuller in people else None


def _speaker(subject, outside: str, named: Mentions, focus: Callable[[object], str | None],
             introduced_as: Callable[[object], str | None]) -> str | None:
    """Who a lone subject token is, as the article names them; None where it names no one.
    `focus` gives the person the article is about, for "he", "she" or "the mayor", and `introduced_as`
    the person the article introduced with a description's words, for "the Russian leader" or "the
    attorney": one who speaks or acts for or about others is never the person in focus, who is as
    often the one the attorney speaks for or the judge judges."""
    owner = _document_owner(subject)
    if owner is not None:
        return _speaker(owner, outside, named, focus, introduced_as)
    may_speak = (*named.people, *named.organisations)
    if _noun_tag(subject, outside, may_speak) in PROPER_NOUN_TAGS:
        if _named_at(subject, outside, named.places):
            return None  # "..., adding Russia would ..." is the parser slipping more often than a country speaking
        name = _named_at(subject, outside, may_speak)
        if name in named.organisations:
            # "House Committee on Intelligence Chairman Adam B. Schiff said": the organisation is
            # the title's, the person after it the speaker.
            return _person_titled_in(subject, outside, named.people) or _joined_name(subject, outside, name)
        if name:
            return name
        if _named_at(subject, outside, tuple(entity.text for entity in named.entities if entity.storm)):
            # "Hurricane Harvey continued to pound Texas with “catastrophic flooding”": no one speaks.
            # Not any name spaCy calls an event: it calls one "The Dallas Morning Newsrecently reported".
            return None
        if any(child.dep_ == "nummod" or child.lower_ in INDEFINITE for child in subject.children):
            return None  # "said one Democrat who ...", "a Republican said": someone unnamed
        if _describes_by_group(subject):
            return introduced_as(subject) or focus(subject)
        # A title the parser took for the subject, its name hung beside it ("Senate Democratic
        # Leader Chuck Schumer (D-N.Y.) told", where the parenthesis parts them): the name.
        named_beside = _person_beside(subject, outside, named)
        if named_beside:
            return named_beside
        first = subject
        while first.i > 0 and _is_word_of_name(first.nbor(-1)):
            first = first.nbor(-1)
        return subject.doc[first.i:subject.i + 1].text
    if _noun_tag(subject) == "NN":  # "said the spokesman, Nick Merrill": the description names its person
        named_beside = _person_beside(subject, outside, named)
        if named_beside:
            return named_beside
    if ((subject.lower_ in PERSON_PRONOUNS or _describes_one_person(subject))
            and _another_subject_above(subject.head, outside, named.people)):
        return None
    if _describes_one_person(subject) and _speaks_for_others(subject):
        return (_named_subject_above(subject.head, outside, named.people) or introduced_as(subject)
                or _role_of_named(subject))
    if _describes_one_person(subject):
        return _named_subject_above(subject.head, outside, named.people) or introduced_as(subject) or focus(subject)
    if subject.lower_ in PERSON_PRONOUNS:
        return (_named_subject_above(subject.head, outside, named.people)
                or _named_subject_before(subject, outside, named.people) or focus(subject))
    return None


def _is_document(token) -> bool:
    """Whether a token is a common noun of `DOCUMENTS`: "letter", "remarks"."""
    return token.tag_ in COMMON_NOUN_TAGS and token.lemma_.lower() in DOCUMENTS


def _document_before(verb):
    """The document right before a document verb (`DOCUMENT_VERBS`) the tagger took for a noun it
    ends: "Hale's proclamation states." parses as one noun "proclamation states", the owner hung
    from "states". That document is the verb's subject."""
    before = verb.nbor(-1) if verb.text in DOCUMENT_VERBS and verb.i > 0 else None
    return before if before is not None and before.dep_ == "compound" and before.head == verb and _is_document(before) else None


def _document_owner(subject):
    """Whose document a subject is, where it is one (`DOCUMENTS`) of someone the sentence names or
    describes ("Hale's proclamation states", "the mayor's statement said"): it speaks for them. None
    for one of no one named ("the letter"), or of "his" or "her", whose words stay no one's."""
    if not _is_document(subject):
        return None
    holders = (subject, subject.head) if subject.dep_ == "compound" else (subject,)  # `_document_before`
    return next((child for holder in holders for child in holder.children
                 if child.dep_ == "poss" and child.tag_ != "PRP$"), None)


def _joined_name(subject, outside: str, name: str) -> str:
    """An organisation's name with the capitalised words "and" joins to it in the subject's phrase,
    where spaCy ended the name before them: "The Departments of Homeland Security and Justice" (to
    spaCy "The Departments of Homeland Security", then "Justice") said it, not the first department."""
    phrase = list(subject.subtree)
    words = [token for token in phrase if _named_at(token, outside, (name,))]
    after = phrase[phrase.index(words[-1]) + 1:]
    if not after or after[0].lower_ != "and":
        return name
    joined = list(itertools.takewhile(lambda token: token.tag_ in PROPER_NOUN_TAGS and token.is_title, after[1:]))
    return outside[words[0].idx:joined[-1].idx + len(joined[-1])] if joined else name


def _noun_tag(token, outside: str = "", names: tuple[str, ...] = ()) -> str:
    """A noun's tag, but "NN" for a role word in lower case (`PERSON_ROLES`) that spaCy tagged a
    proper noun ("the president tweeted": NNP, so "president" was printed as a name): it describes
    someone. Not any word in lower case: "moon" of "Ban Ki-moon" is a name's. And "NNP" for a
    capitalised subject the tagger took for an adverb ("Axios adds that ...": RB), as no adverb is a
    subject: a name it did not know; and so, whatever its tag, for one that one of the sentence's
    `names` (outside its quotes) covers: "Trump tweeted" (NN, where the article named Donald Trump
    before), "Centers for Disease Control and Prevention Director Robert Redfield said" (NNS)."""
    if token.tag_ == "NNP" and token.is_lower and token.lower_ in PERSON_ROLES:
        return "NN"
    if token.dep_ in SUBJECTS and token.is_title and (token.tag_ == "RB" or _named_at(token, outside, names)):
        return "NNP"
    return token.tag_


def _speaks_for_others(description) -> bool:
    """Whether a description of one person is of a role held for or over others ("the attorney"),
    or for a body or group ("its leader", `NON_PERSON_OWNERS`): not the person the article is about."""
    return description.lower_ in SPEAKS_FOR_OTHERS or any(
        child.dep_ == "poss" and child.lower_ in NON_PERSON_OWNERS for child in description.children)


def _role_of_named(description) -> str | None:
    """A description's words where a name before its noun says whose role it is ("the Kremlin
    spokesman", "the State Department spokeswoman"), without "the": the speaker of a quote where the
    article names no one in that role ('"...," the Kremlin spokesman said' is the Kremlin speaking
    through him, and "Kremlin spokesman" tells a reader as much). None for one that names no one
    ("the spokesman", "his lawyer"): whose words they are, only the article can tell."""
    names = [child for child in description.children if child.dep_ == "compound" and child.tag_ in PROPER_NOUN_TAGS]
    if not names:
        return None
    return description.doc[min(name.left_edge.i for name in names):description.i + 1].text


def _is_description(speaker: str) -> bool:
    """Whether a speaker is a description's words (`_role_of_named`: "Kremlin spokesman"), no name of
    anyone: its last word is in lower case, as no name's is ("Ban Ki-moon")."""
    return speaker.split()[-1].islower()


def _describes_by_group(subject) -> bool:
    """Whether a proper noun subject describes one person by the party or people they belong to, as
    "the Russian leader" does by their country: "The Democrat, who served two terms as governor,
    vowed", "the committee's ranking Republican asserted" (one, after "the" or an owner; spaCy labels
    the word a group, NORP), not the group's name itself."""
    return subject.tag_ == "NNP" and subject.ent_type_ == "NORP" and any(
        (child.dep_ == "det" and child.lower_ == "the") or child.dep_ == "poss" for child in subject.children)


def _person_beside(subject, outside: str, named: Mentions) -> str | None:
    """The person a subject's appositive names ("the spokesman, Nick Merrill"), or names right after
    it where it is a title the parser took for the appositive, the name hung elsewhere ("Homicide
    Department spokesman Lt. Ann Hale, '...'": "Lt" the appositive, "Ann Hale" the quote's subject)."""
    for child in subject.children:
        if child.dep_ != "appos":
            continue
        after = itertools.takewhile(lambda token: token.tag_ in PROPER_NOUN_TAGS, subject.doc[child.i:child.i + 4])
        person = next(filter(None, (_named_at(token, outside, named.people) for token in after)), None)
        if person:
            return person
    return None


def _person_titled_in(subject, outside: str, people: tuple[str, ...]) -> str | None:
    """The person a subject's phrase names after it, right after a capitalised title or role ("...
    Committee on Intelligence Chairman Adam B. Schiff", the parser making "Committee" the subject)."""
    for token in subject.subtree:
        if token.i > subject.i + 1 and token.nbor(-1).is_title and token.nbor(-1).lower_ in ROLES_AND_TITLES:
            person = _named_at(token, outside, people)
            if person:
                return person
    return None


def _describes_one_person(subject) -> bool:
    """Whether a subject describes one person without naming them: "the spokesman", "his lawyer"."""
    return _noun_tag(subject) == "NN" and subject.lower_ in PERSON_ROLES and any(
        child.dep_ == "poss" or child.lower_ == "the" for child in subject.children)


def _is_word_of_name(token) -> bool:
    """Whether a word before a name's last word is part of the name: a proper noun before it, or a
    capitalised adjective the tagger took for one's modifier ("South" of "South African National
    Reserves"), not at the start of a sentence, where any word is capitalised; no title ("Mr" of
    "Mr Bunting": `entities.TITLES`)."""
    return token.lower_ not in TITLES and ((token.dep_ == "compound" and token.tag_ == "NNP") or (
        token.dep_ == "amod" and token.is_title and token.i > 0))


def _introduced_as(description, text: str, people: set[str], in_full: Callable[[str], str]) -> str | None:
    """The one person the article (up to the description) introduced with the description's words:
    "the Russian leader" is whoever it called "Russian President Vladimir Putin", "the president",
    with no word before it, whoever it called "President Trump", and "the judge" whoever it called
    "Ann Hale, the coordinating judge" or "the judge, Ann Hale". A description that says whose it is
    ("the spokesman for the president", "Smith's lawyer") is only a person introduced with all those
    words ("Tom Reyes, Smith's lawyer"): the president's spokesman is not the party's. Not an office
    under it ("Vice President Mike Pence" is no "president": `OTHER_OFFICE`), nor the description's
    words after a preposition ("his opponent for president, Hillary Clinton": `AFTER_PREPOSITION`).
    The name found is given `in_full` as the article would name a speaker so: "President Obama" beside
    "Malia and Sasha Obama" is no daughter of his."""
    qualifiers = [child for child in description.children if child.dep_ == "poss" or (
        child.dep_ == "prep" and child.lower_ in QUALIFYING_PREPOSITIONS)]
    phrase = _phrase_pattern(description, qualifiers)
    titles = [re.escape(child.text) for child in description.children if child.dep_ in ("amod", "compound")]
    titles = [] if qualifiers else titles or [phrase]  # a title is capitalised before a name
    patterns = [rf"{OTHER_OFFICE}\b{title}\s+(?:[A-Z][\w.-]*\s+){{0,3}}([A-Z][\w-]+)\b" for title in titles] + [
        rf"{AFTER_PREPOSITION}\b{phrase},\s+(?:[A-Z][\w.-]*\s+){{0,3}}([A-Z][\w-]+)\b",
        # A name from the first capital of its hyphenated word ("Assad" of "al-Assad", "Smith-Hale"
        # whole), read in one pass: trying each capital of the word again took 0.2 s on a
        # hyphenated run of 5,000 characters ("U-S-A-U-S-A…"), and grows with its square.
        rf"(?<![\w-])(?:[^\WA-Z]\w*|-)*+([A-Z][\w-]+),\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"{AFTER_PREPOSITION}{phrase}\b"]
    named = (in_full(found.group(1)) for pattern in patterns for found in re.finditer(pattern, text))
    introduced = {name for name in named if name in people}
    return introduced.pop() if len(introduced) == 1 else None


def _phrase_pattern(description, qualifiers: list) -> str:
    """A pattern for a description's words from its first qualifier or modifier to its noun, or to
    the end of what says whose it is ("Mr. Smith's lawyer", "spokesman for the Tunisian president"),
    without "the", any apostrophe and the first letter's case."""
    before = [child for child in description.children if child.i < description.i and child.dep_ in (
        "amod", "compound", "poss")]
    start = min((token.left_edge.i for token in before), default=description.i)
    end = max([description.i, *(token.right_edge.i for token in qualifiers)])
    words = [token.text for token in description.doc[start:end + 1]]
    words = words[:next((n for n, word in enumerate(words) if word == ","), len(words))]
    pattern = r"\s*".join(re.escape(word).replace("’", "'").replace("'", "['’]") for word in words)
    return f"(?i:{pattern[:1]}){pattern[1:]}" if pattern[:1].isalpha() else pattern


def _named_subject_above(verb, outside: str, people: tuple[str, ...]) -> str | None:
    """The person named as subject of a clause this one hangs from: "Mr. Perry signaled that
    he would not ..., saying that ..." is Perry's, whoever the article was about before."""
    return _clause_named_above(verb, outside, people)[1]


def _clause_named_above(verb, outside: str, people: tuple[str, ...]) -> tuple[object, str | None]:
    """The nearest clause this one hangs from whose subject names one of `people`, and that name;
    (None, None) where none does."""
    for clause in verb.ancestors:
        subject = _nearest_subject(clause)
        name = _named_at(subject, outside, people) if subject is not None else None
        if name:
            return clause, name
    return None, None


def _another_subject_above(verb, outside: str, people: tuple[str, ...]) -> bool:
    """Whether the person named as subject above a clause (`_named_subject_above`) is that of a
    subordinate clause (`_is_subordinate`) under a clause whose subject may be another person: in
    "Alder listened as host Jane Rook played clips from an interview, where he stated ...", "he" may
    be Alder, whom the sentence is about, or Rook, who does only what the "as" clause says; only
    what was said tells, so no one is better than the wrong one. A subject that may be another
    person is another name, "he" or "she", a proper noun spaCy did not see as a name, or a
    description of one person ("the senator")."""
    clause, name = _clause_named_above(verb, outside, people)
    if clause is None or not _is_subordinate(clause):
        return False
    main = next((subject for above in clause.ancestors if (subject := _nearest_subject(above)) is not None), None)
    if main is None:
        return False
    other = _named_at(main, outside, people)
    if other:
        return not one_name(other, name)
    return main.lower_ in PERSON_PRONOUNS or _noun_tag(main) in PROPER_NOUN_TAGS or _describes_one_person(main)


def _named_subject_before(pronoun, outside: str, people: tuple[str, ...]) -> str | None:
    """The one person named as the subject of a clause before the pronoun in its sentence: in "After
    Reyes lost the race, aides recalled that he called it ...", "he" is Reyes, whoever the article was
    about before (the parser need not hang one clause from the other). Not for a description: "Smith
    met the governor, and the governor said" is someone else."""
    positions, one_named = _one_named_subject_so_far(pronoun.doc, outside, people)
    subjects_before = bisect.bisect_left(positions, pronoun.i)
    return one_named[subjects_before - 1] if subjects_before else None


# Read once per sentence, in one pass: reading its clauses again up to each "he" or "she" made one
# long "sentence" of many quotes cost the square of its length.
@functools.lru_cache(maxsize=1)
def _one_named_subject_so_far(doc, outside: str, people: tuple[str, ...]) -> tuple[list[int], list[str | None]]:
    """The positions of the subjects a parsed sentence names as one of `people` (outside its
    quotes), in order, and for each the one person named as a subject up to it there, None where
    two or more are."""
    positions: list[int] = []
    one_named: list[str | None] = []
    named = set()
    for token in doc:
        name = _named_at(token, outside, people) if token.dep_ in SUBJECTS else None
        if name:
            named.add(name)
            positions.append(token.i)
            one_named.append(name if len(named) == 1 else None)
    return positions, one_named


def _people_named_first(doc, outside: str, people: tuple[str, ...], known: set[str]) -> tuple[list[str], bool]:
    """The people a sentence (`doc`, tagged) names outside its quotes as more than an owner
    ("Kaczynski's saw", not "Hale's told reporters", `_is_owner`), in order, and whether "he" or
    "she" comes before the first of them ("He met Smith", "As he spoke, Smith ...": which of the
    two it is about, only the parse tells).
    Besides those spaCy found, the surname alone of someone the article named in full (`known`):
    spaCy misses many a bare surname at the start of a sentence ("Hale spent ..."), where it may
    also be a common word ("Price increases ...", `_opens_as_name`). A name the article gave only by
    itself ("President Trump") counts only where it opens the sentence ("Trump accused ... as Mueller
    prepares", spaCy seeing only Mueller): elsewhere a word spaCy once took for someone ("Pluto" of
    "'Pluto killer'") is too often no one."""
    surnames = {person.split()[-1] for person in known if " " in person} - set(people)
    named_alone = {person for person in known if " " not in person} - set(people) - surnames
    found = []
    for person in (*people, *surnames, *named_alone):
        name = POSSESSIVE.sub("", person)  # spaCy gives "Hale's" of "Hale's told reporters" as a name
        at = next((at for at in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", outside)
                   if not _is_owner(doc, outside, at.end())), None)
        if person in named_alone and at and outside[:at.start()].strip():
            continue
        if at and (person in people or _opens_as_name(doc, at.start())):
            found.append((at.start(), name))
    ordered: list[tuple[int, str]] = []
    for start, person in sorted(found):
        if not any(one_name(person, other) for _, other in ordered):
            ordered.append((start, person))  # "Putin" after "Vladimir Putin" is no second person
    pronoun_first = bool(ordered) and bool(SUBJECT_PRONOUN.search(outside, 0, ordered[0][0]))
    return [person for _, person in ordered], pronoun_first


def _written_alone(name: str, outside: str) -> bool:
    """Whether the text writes the name once at least as a name of its own, after no capitalised word
    but a title or role ("President Trump"): not only as the end of a longer one ("U.S. Capitol Police")."""
    for found in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", outside):
        before = WORD_BEFORE.search(outside, 0, found.start())
        if before is None or not before.group(1)[0].isupper() or before.group(1).lower() in ROLES_AND_TITLES:
            return True
    return False


def _is_owner(doc, outside: str, end: int) -> bool:
    """Whether the name ending at `end` is an owner ("Hale's lawyer"), not the subject of a
    contracted "has" ("Hale's told reporters", "Hale's repeatedly said", "Hale's been"): the tagger
    calls both marks POS, but what an owner owns is never a verb in the past tense, nor "been"."""
    mark = MARK_AFTER_NAME.match(outside, end)
    if mark is None:
        return False
    token = doc.char_span(mark.start(1), mark.end(1))
    after = next((word for word in doc[token.end:] if word.tag_ != "RB"), None) if token is not None else None
    return after is None or not (after.tag_ == "VBD" or after.lower_ == "been")


def _owners_named(outside: str, known: set[str]) -> list[str]:
    """The people the article has named (`known`) whom a sentence names by surname as an owner
    ("Hale's remarks"), which spaCy often misses."""
    # Each possessive is read once, for each length a surname has: a search of the whole sentence
    # for each person made a long one (a page a cleaner let through) cost the product of the two.
    surnames_by_length: dict[int, set[str]] = defaultdict(set)
    for person in known:
        surname = person.split()[-1]
        surnames_by_length[len(surname)].add(surname)
    owners = set()
    for mark in POSSESSIVE_MARK.finditer(outside):
        for length, surnames in surnames_by_length.items():
            start = mark.start() - length
            surname = outside[start:mark.start()] if start >= 0 else ""
            if surname in surnames and (start == 0 or not NAME_CHARACTER.match(outside[start - 1])):
                owners.add(surname)
    return [person for person in known if person.split()[-1] in owners]


def _owner_of_subject(outside: str, known: set[str], parse: Callable[[], Doc]) -> str | None:
    """The one person the article has named (`known`) who owns the subject of a sentence that names
    no one else, where that subject is a thing of theirs, no person ("Mr. Hale's letter did not ...",
    not "Hale's lawyer said"): the sentence is about them, so a "he" after it is them, not someone
    named sentences before. Parsed only where the sentence names one such owner."""
    owners = list({fullest_form(owner, known) for owner in _owners_named(outside, known)})
    if len(owners) != 1:
        return None
    surname = owners[0].split()[-1]
    subject = _main_verb_subject(parse())
    if subject is None or subject.lemma_.lower() in (*PERSON_ROLES, *RELATIVES):
        return None
    return owners[0] if any(child.dep_ == "poss" and child.text == surname for child in subject.children) else None


def _opens_as_name(doc, start: int) -> bool:
    """Whether the capitalised word at `start` is used as a name: anywhere but at the sentence's
    start, where any word is capitalised, only where the word after it is not a common noun it
    qualifies ("Price increases for feed", "Young farmers"), as a name is followed by its verb, an
    aside or a time ("Price toured ...", "Price, who ...", "Price last week ...")."""
    word = next((token for token in doc if token.idx == start), None)
    if word is None or word.i + 1 >= len(doc) or not all(token.is_punct or token.is_space for token in doc[:word.i]):
        return True
    return word.nbor(1).tag_ not in COMMON_NOUN_TAGS


def _titled_as(person: str, text: str) -> str | None:
    """The pronoun ("he", "she") that the text's "Mr." or "Ms." before the person's name, a
    relative's noun ("his daughter, Elena") or a relative of theirs ("Ann Hale and her husband")
    gives them; none where it gives none, or both (a husband and wife both "Mr. Hale" and "Mrs.
    Hale"). A title before their name in full ("Ms. Ann
    Hale", "the president's daughter Ann Hale") is theirs alone, so it outweighs one before the bare
    surname, which may be another of the family's ("Mr. Hale")."""
    titles = [(name, pronoun) for name, pronoun in _titled_names(text).get(last_name_word(person), ())
              if is_form_of(name, person)]
    pronouns = {pronoun for name, pronoun in titles if " " in name} or {pronoun for _, pronoun in titles}
    return pronouns.pop() if len(pronouns) == 1 else None


# Read once per text (a cluster's, for each of its people): reading every "Mr." and "Ms." of it
# again for each person made a long page of many names cost the product of the two.
@functools.lru_cache(maxsize=1)
def _titled_names(text: str) -> dict[str, set[tuple[str, str]]]:
    """Each name the text writes after "Mr." or "Ms." (or a relative's noun) with the pronoun that gives it, and so each
    run of its first words ("Stumpf" of "Mr. Stumpf Friday", as the pattern may run on into the next
    capitalised words), keyed by the last word two names must share to be one (`last_name_word`)."""
    titled: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for pattern, pronouns in ((HONORIFIC, HONORIFIC_PRONOUN), (RELATIVE, RELATIVE_NOUN_PRONOUNS),
                              (WITH_RELATIVE, POSSESSIVE_PRONOUN_OF)):
        for match in pattern.finditer(text):
            words = [word.rstrip(".") for word in match["name"].split()]  # "Mr. Stumpf. If ...": a full stop ends no name
            for end in range(1, len(words) + 1):
                name = " ".join(words[:end])
                titled[last_name_word(name)].add((name, pronouns[match["title"]]))
    return titled


def _sentences_naming(person: str, sentence_of: dict[str, int]) -> list[int]:
    """The sentences `sentence_of` gives for the names of two words or more that name the person."""
    return [at for name, at in sentence_of.items() if " " in name and is_form_of(name, person)]


def _the_one_at(sentence_of: dict[str, int], pick: Callable) -> str | None:
    """The person whose sentence (`sentence_of`) is the one `pick` (max, min) picks, if one alone."""
    picked_at = pick(sentence_of.values(), default=None)
    picked = [person for person, at in sentence_of.items() if at == picked_at]
    return picked[0] if len(picked) == 1 else None


def _called_by_first_name(person: str, text: str) -> bool:
    """Whether the text (outside quotes) calls a person named in full by their first name alone
    ("Malia, 16, wore ..." of Malia Obama), not only as the first of several capitalised words
    ("Malia Obama", "Jesse L. Jackson"), nor before another first name and their surname, which
    names both in full ("Donald and Melania Trump")."""
    words = person.split()
    if len(words) < 2 or INITIALS.fullmatch(words[0]):
        return False
    shared = rf"\s+(?:and|&)\s+[A-Z][\w-]*\s+{re.escape(words[-1])}(?![\w-])"
    return re.search(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])(?!\s+[A-Z])(?!{shared})", text) is not None


def _courtesy_pronoun(subject) -> str | None:
    """The pronoun a courtesy title opening a subject gives it: "he" of "Mr. Hale said"."""
    return HONORIFIC_PRONOUN.get(subject.left_edge.text.rstrip(".")) if subject is not None else None


def _called_otherwise(subject, speakers: tuple[str, ...], pronoun_of: Callable[[str, str], str]) -> bool:
    """Whether a "he" or "she" subject, or a description that says which ("the congressman",
    `ROLE_PRONOUNS`), resolves to someone the article calls by the other pronoun (`pronoun_of`): "she
    said" after the focus moved to a woman the article does not name, or names where spaCy misses
    her; "he said" of "Ms. Park"; "the congressman said" right after his accuser, Ms. Greene, was
    named. Better no speaker."""
    pronoun = PRONOUN_OF.get(subject.lower_) or (
        ROLE_PRONOUNS.get(subject.lower_) if _describes_one_person(subject) else None)
    return pronoun is not None and pronoun_of(speakers[0], pronoun) != pronoun


def _speaks_of_both(subject, quoted: str, outside_in_focus: str) -> bool:
    """Whether the sentence in focus before a "he" or "she" subject (`outside_in_focus`, outside its
    quotes) speaks of both a "he" and a "she", and the words the subject's sentence quotes of the
    other one: in "Kim could not stand when she lifted him. '... he could not move his arm,' she
    said", nothing tells whether the person in focus, whom nothing yet calls either, is the "she"
    who speaks or the "he" spoken of. Better no speaker. Not where the sentence in focus speaks of
    the other alone ("Sen said it was hard to understand her. '... she was stuck in the trunk,' he
    said"): the person it names is not her."""
    pronoun = PRONOUN_OF.get(subject.lower_)
    if pronoun is None:
        return False
    other = PRONOUN_WORDS[OTHER_PRONOUN[pronoun]]
    return (bool(PRONOUN_WORDS[pronoun].search(outside_in_focus)) and bool(other.search(outside_in_focus))
            and bool(other.search(outside_quotes(quoted))))


def _named_in_own_clause(subject, speakers: tuple[str, ...], outside: str, people: tuple[str, ...]) -> bool:
    """Whether a "he" or "she" subject, or a description of one person ("the president"), resolves
    to a person its own clause names after it, outside the quotes: "He said Mr. Hale had 'failed'"
    is not Hale speaking, nor is "the president said he felt 'very badly' for Mr. Hale", as neither
    means a name the clause it is the subject of goes on to give (the article would have written
    "Hale said he"). A name before it may be what it stands for ("Even Hale knew it: '...,' he said")."""
    if subject.lower_ not in PERSON_PRONOUNS and not _describes_one_person(subject):
        return False
    own = {token.idx for token in subject.head.subtree
           if token.i > subject.right_edge.i and not passes_dependency(token, subject.head, NAME_ASIDES)}
    covering = _names_by_offset(outside, people)
    return any(one_name(covering[offset], speaker) for offset in own if offset in covering for speaker in speakers)


def _named_in_quote(subject, speakers: tuple[str, ...], quoted: str, people: tuple[str, ...]) -> bool:
    """Whether a "he" or "she" subject, or a description of one person, resolves to a person the
    quoted words name (of `people`, the sentence's): '"If I wrote about Kevin Spacey, I would out
    him," he said' is not Spacey speaking but someone the article did not name (a journalist it
    described), as a speaker says "I", not their own name."""
    if subject.lower_ not in PERSON_PRONOUNS and not _describes_one_person(subject):
        return False
    own_words = outside_quotes(quoted)  # not words they quote: 'People said, "Hale is crazy"' may be Hale's
    in_quote = [name for name in people if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", own_words)]
    return any(one_name(name, speaker) for name in in_quote for speaker in speakers)


def passes_dependency(token, top, dependencies) -> bool:
    """Whether a token lies, below `top`, in a phrase hung by one of `dependencies`: the walk up
    from it to `top` passes such an arc. In a relative clause, a participle's phrase or an appositive
    (`NAME_ASIDES`), '"...," he told reporters, referring to a meeting Mr. Hale had called' tells of
    Hale beside what "he" says, and may well be him."""
    while token != top and token.head is not token:
        if token.dep_ in dependencies:
            return True
        token = token.head
    return False


def _calls_another(doc, outside: str, names: tuple[str, ...], pronoun: str) -> bool:
    """Whether the sentence calls someone other than the person it names as `names` "him" or "her"
    (for "he", "she"): the object in a clause whose subject is that person ("Kelly stood beside
    her"), who would be "herself". Not where it calls that person "he" or "she" too, as the subject
    of a "because" or "when" clause of theirs: in "Hale turned him down because he was afraid" the
    one who is "he" is Hale (s28 QA M1, mn11: the one turned down got the quote of the one who
    turned him down)."""
    if _calls_named(doc, outside, names, pronoun):
        return False
    for token in doc:
        if token.lower_ != OBJECT_PRONOUN[pronoun] or token.tag_ != "PRP":
            continue
        clause = next((verb for verb in token.ancestors if verb.tag_.startswith("VB")), None)
        subject = _nearest_subject(clause) if clause is not None else None
        if subject is not None and _named_at(subject, outside, names):
            return True
    return False


def _calls_named(doc, outside: str, names: tuple[str, ...], pronoun: str) -> bool:
    """Whether the sentence has the pronoun as the subject of a subordinate clause (`_is_subordinate`)
    of a clause whose subject is the person named as `names`: "Hale left because he was ill"."""
    return any(token.lower_ == pronoun and token.dep_ in SUBJECTS and _is_subordinate(token.head)
               and (subject := _nearest_subject(token.head.head)) is not None and _named_at(subject, outside, names)
               for token in doc)


def _main_verb_subject(doc):
    """The subject of a parsed sentence's main verb (`_nearest_subject`), if it has one."""
    return _nearest_subject(next(token for token in doc if token.dep_ == "ROOT"))


def _main_subject(doc, outside: str, people: tuple[str, ...]) -> str | None:
    """The person who is the subject of the sentence's main verb, if a named one is."""
    subject = _main_verb_subject(doc)
    return _named_at(subject, outside, people) if subject is not None else None


def _has_pronoun_subject(doc) -> bool:
    """Whether the subject of a parsed sentence's main verb is "he" or "she"."""
    subject = _main_verb_subject(doc)
    return subject is not None and subject.lower_ in PERSON_PRONOUNS


def _names_a_role(doc, outside: str) -> bool:
    """Whether a sentence has, outside its quotes, a noun that may describe someone ("the president"),
    so its subject may be someone other than the one person it names: cheap, from the tags alone."""
    return any(_noun_tag(token) == "NN" and token.lower_ in PERSON_ROLES and outside[token.idx] != " " for token in doc)


def _main_description(doc, outside: str):
    """The subject of the sentence's main verb where it describes one person ("The president
    addressed ...", "His lawyer argued ..."), unless it is inside the quoted words."""
    subject = _main_verb_subject(doc)
    return subject if subject is not None and outside[subject.idx] != " " and _describes_one_person(subject) else None


def _organisation_names(named: Mentions) -> set[str]:
    """The names of a sentence's organisations as speakers are written (`name_form`)."""
    return {name_form(name) for name in named.organisations}


def _reports_another(speakers: tuple[str, ...], named: Mentions, quoted: str) -> bool:
    """Whether an organisation is quoted in the first person singular: an outlet or a company says
    "we", so "WXYZ says, 'I bought a small ring'" reports the words of someone it does not name here."""
    organisations = _organisation_names(named)
    return any(speaker in organisations for speaker in speakers) and any(
        word.group(0) != "I" or not NUMBERED_BY_I.search(quoted[max(0, word.start() - 20): word.start()])
        for word in FIRST_PERSON_SINGULAR.finditer(quoted))


def _may_be_person(name: str, kinds: dict[str, str | None]) -> bool:
    """Whether the cluster (`kinds`, `entities.name_kinds`) knows a name as a person or not at all."""
    return kinds.get(name_kind_key(name), "people") == "people"


def _full_names_by_last_word(docs: list[Doc], kinds: dict[str, str | None]) -> dict[str, set[str]]:
    """The names of two or three capitalised words the article writes as proper nouns, no title among
    them, keyed by their last word: whatever spaCy labels them, if anything ("One of its members, Ann
    Hale, said", no name to spaCy), unless the cluster knows the name as something other than a person
    ("Thomson Reuters")."""
    full: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        run: list = []
        for token in (*doc, None):
            if (token is not None and token.tag_ in PROPER_NOUN_TAGS and token.is_alpha and token.is_title
                    and token.lower_ not in TITLES):
                run.append(token)
                continue
            name = " ".join(word.text for word in run)
            if len(run) in FULL_NAME_WORDS and _may_be_person(name, kinds):
                full[run[-1].text].add(name)
            run = []
    return full


def _without_rank(name: str) -> str:
    """A speaker's name without the police rank's initials before it (`RANK_INITIALS`): "Bird" of "DC
    Bird", so the article's full name for the surname is the speaker's."""
    rank, _, rest = name.partition(" ")
    return rest if rank in RANK_INITIALS and rest else name


def _as_people_in_full(speakers: tuple[str, ...], named: Mentions, full_names: dict[str, set[str]]) -> tuple[str, ...]:
    """The speakers with each organisation of one word that is the last word of one full name the
    article writes (`_full_names_by_last_word`) as that person: spaCy takes many a surname for an
    organisation's name ("Minor said" of a Demetrios Minor it did not see)."""
    organisations = _organisation_names(named)
    return tuple(next(iter(full_names[speaker])) if speaker in organisations and len(full_names.get(speaker, ())) == 1
                 else speaker for speaker in speakers)


def _rejoined(attributed: list[tuple[re.Match, tuple[str, ...]]], text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The words of a sentence's quotes with their speakers; one quote its attribution interrupts
    ('"If you are told how," he said, "you have no say."') is one, its parts joined by " ... ":
    the first part stops short of a sentence's end and the words between end in a comma."""
    rejoined: list[tuple[str, tuple[str, ...]]] = []
    previous = None
    for match, speakers in attributed:
        words = _quoted_words(match)
        if previous and rejoined[-1][1] == speakers and _interrupts(previous, match, text):
            words = f"{rejoined.pop()[0]} ... {words}"
        rejoined.append((words, speakers))
        previous = match
    return rejoined


def _interrupts(first: re.Match, second: re.Match, text: str) -> bool:
    """Whether only an attribution set off by commas ("he said,") stands between two quoted parts of
    one sentence: not one a dash opens ('come "under control" — apologizing by saying, "My bad."'),
    which ends a quote of its own."""
    between = text[first.end():second.start()].strip()
    return (not first.group(1).rstrip().endswith((".", "?", "!")) and between.endswith(",")
            and (first.group(1).rstrip().endswith(",") or between.startswith(",")) and bool(QUOTE_ATTRIBUTION.search(between)))


def _is_whole_quotation(spans: list[re.Match], text: str) -> bool:
    """Whether a sentence is all one quote, nothing said of it outside the quote marks."""
    return len(spans) == 1 and spans[0].group(0) == text.strip()


def extract_quotes(sentences: list[Sentence], mentions: list[Mentions], docs: list[Doc],
                   kinds: dict[str, str | None] | None = None, titles_in: str | None = None) -> list[Quote]:
    """Quotes of one article's sentences (in order), with their speakers resolved; `mentions` and
    `docs` are what `entities.tagged` gave for each sentence, parsed here (in place) only where needed.

    Names are of the kind `kinds` gives them (`entities.name_kinds` of the whole cluster; of the
    article where not given), so a speaker spaCy took for a place in one sentence ("Michaels
    said") is the person the cluster names. "Mr." and "Ms." say who is "he" and who "she" where
    `titles_in` (the whole cluster's text; the article's where not given) calls them so: one
    outlet's "Mr. Stumpf" tells another's "she said" is not his. "He" and "she" are the person in
    focus: the speaker of the latest sentence naming anyone, or the one person it names (a bare
    surname of a person the article named in full counts, where spaCy misses it), or, where it
    names several, a "he" comes before the one it names, or a description of someone is its
    subject, the subject of its main verb ("With the moderator, X, opening the debate, Ryan
    criticized ..." is about Ryan, and so is "As he spoke, Ryan ..."; "The president spoke after
    Vice President Pence" is about whom the article calls the president); a "he" as that subject
    ("He met X") is still the person in focus before; else no one, as after a quote of several
    people together, or of someone described but not named ("the attorney said").
    """
    kinds = name_kinds(mentions) if kinds is None else kinds
    mentions = [as_kinds(named, kinds) for named in mentions]
    quotations_of = [_quotations(sentences, i) for i in range(len(sentences))]
    spans_of = [[m for m in quotations if len(m.group(1).split()) >= MIN_QUOTE_WORDS
                 and not is_title(_quoted_words(m))] for quotations in quotations_of]
    outsides = [outside_quotes(s.text, quotations) for s, quotations in zip(sentences, quotations_of)]
    leads_in = frozenset(i for i in range(len(sentences) - 1) if outsides[i].rstrip().endswith(":")
                         and _is_whole_quotation(spans_of[i + 1], sentences[i + 1].text))
    attributed = [i for i in range(len(sentences)) if (spans_of[i] or i in leads_in) and QUOTE_ATTRIBUTION.search(outsides[i])]
    parses = dict(zip(attributed, parsed([docs[i] for i in attributed])))
    full_names = functools.cache(lambda: _full_names_by_last_word(docs, kinds))  # read only where an organisation says "I" (rare)
    said_in: dict[int, str | None] = {}  # None where the sentence quotes several people together
    named_first_in: dict[int, tuple[list[str], bool]] = {}  # `_people_named_first`
    focus_before: dict[int, int | None] = {}  # the sentence in focus when each one came into focus

    def person_in_focus(index: int | None, as_subject: bool = False) -> str | None:
        # With `as_subject`, only the subject of the sentence's main verb, not merely the one person
        # it names (Brant is not that of "Hale's remarks came amid questioning of Brant"); a "he" or
        # "she" as that subject is the person in focus before ("After the hearing, she met Ms. Lee").
        while index is not None and index not in said_in:
            people, pronoun_first = named_first_in[index]
            alone = len(people) == 1 and not pronoun_first
            if alone and not as_subject and not _names_a_role(docs[index], outsides[index]):
                return people[0]
            # Parsed only here, where a "he" must choose among several people, between the person
            # in focus and one named after a "he", or between the one named and someone described.
            description = _main_description(parse(index), outsides[index])
            if description is not None:
                return described_person(index, description, people[0] if alone else None)
            if alone and not as_subject:
                return people[0]
            subject = _main_subject(parse(index), outsides[index], tuple(people))
            if subject or not pronoun_first:
                return subject
            if as_subject:  # "When she arrived, reporters asked Ms. Lee" has no one as its subject
                return person_in_focus(focus_before[index]) if _has_pronoun_subject(parse(index)) else None
            index = focus_before[index]  # "He met Smith": still about the man in focus before
        return said_in.get(index)

    def described_person(index: int, description, named_alone: str | None) -> str | None:
        # Who a description that is a sentence's subject is, as it would be as a speaker there; an
        # office nobody held before is the one person the sentence names ("When a reporter said
        # Trump was wrong, the president said ...").
        return _speaker(description, outsides[index], mentions[index],
                        lambda _: person_in_focus(focus_before[index]) or named_alone,
                        lambda found: _introduced_as(found, text_before(index, found.idx), people, in_full))

    def text_before(index: int, offset: int) -> str:
        return "\n".join([s.text for s in sentences[:index]] + [sentences[index].text[:offset]])

    titles_in = "\n".join(s.text for s in sentences) if titles_in is None else titles_in
    titled = functools.cache(lambda person: _titled_as(person, titles_in))
    called: dict[str, str] = {}  # each person's pronoun: by their title, else the first one a quote or sentence gave them
    last_called: dict[str, tuple[int, str | None]] = {}  # per pronoun, the sentence last naming someone known by it, and who (None: several)

    def pronoun_of(person: str, pronoun: str) -> str:
        return called.setdefault(person, titled(person) or pronoun)

    def known_pronoun(person: str) -> str | None:
        return called.get(person) or titled(person)

    def speaker_in_focus(subject) -> str | None:
        return person_called(PRONOUN_OF.get(subject.lower_))

    def person_called(pronoun: str | None) -> str | None:
        """Who "he" or "she" is at this point; for any other subject ("the mayor"), the person in focus."""
        in_focus = person_in_focus(focus_index)
        if pronoun is None or in_focus is None or pronoun not in last_called:
            return in_focus
        in_focus = fullest_form(name_form(in_focus), people)
        named_at, last = last_called[pronoun]
        if known_pronoun(in_focus) == pronoun or named_at < focus_index - 1:
            return in_focus
        # Someone known by the pronoun was named in the sentence in focus or the one before. The
        # person in focus is the likelier, where nothing says they are not a "she" ("Frank praised
        # Mr. Cowan. ... he said" is Frank's); the other where something does.
        if known_pronoun(in_focus) or _calls_another(parse(focus_index), outsides[focus_index], tuple(
                name for name in named_first_in[focus_index][0] if one_name(name, in_focus)), pronoun):
            return last
        # Named in the same sentence as her, only as its subject ("Frank praised Mr. Cowan"); merely
        # named beside her ("Warren's comments came amid questioning of Stumpf. ... she said"),
        # either may be meant.
        return in_focus if named_at < focus_index or is_subject_in_focus(in_focus) else None

    def is_subject_in_focus(person: str) -> bool:
        subject = person_in_focus(focus_index, as_subject=True)  # a quote's speaker is its verb's subject
        return subject is not None and one_name(fullest_form(name_form(subject), people), person)

    def parse(index: int):
        # Parsed only where needed (rare); once, as parsing fills in the Doc.
        if index not in parses:
            parses[index] = parsed([docs[index]])[0]
        return parses[index]

    def note_called(index: int) -> None:
        # Owners count here ("Warren's comments came ..."): a "she" may be meant for them.
        owners = [name for name in mentions[index].people if name_form(name) in outsides[index]]
        named_here = [fullest_form(name_form(name), people) for name in (
            *named_first_in[index][0], *owners, *_owners_named(outsides[index], people))]
        if said_in.get(index):
            named_here.append(said_in[index])
        for pronoun in ("he", "she"):
            known = set(name for name in named_here if known_pronoun(name) == pronoun)
            if known:
                last_called[pronoun] = (index, known.pop() if len(known) == 1 else None)

    def named_together_before(i: int) -> tuple[str, ...]:
        # Who "they" is: the two or more people the sentence right before names together as its
        # main verb's subject ("Sen. Ann Hale and Sen. Tom Ray wrote a letter Monday." then '"...,"
        # they wrote'); else no one ("officials", "the couple").
        if i == 0:
            return ()
        subject = _main_verb_subject(parse(i - 1))
        together = () if subject is None or not subject.conjuncts else _joint_speakers(
            subject, outsides[i - 1], mentions[i - 1], people)
        return together if len(together) > 1 else ()

    def speakers_named(i: int, subject, quoted: str) -> tuple[str, ...]:
        # Whom the subject of a verb of saying names, each in the fullest form the article uses.
        as_named = _speakers(subject, outsides[i], speaking[i], people, speaker_in_focus,
                             lambda description: _introduced_as(description, text_before(i, description.idx), people, in_full),
                             lambda: named_together_before(i))
        pronoun = _courtesy_pronoun(subject) if len(as_named) == 1 else None
        speakers = tuple(dict.fromkeys(in_full(name_form(name), pronoun) for name in as_named))
        if speakers and _reports_another(speakers, speaking[i], quoted):
            # An organisation says "we"; one saying "I" may be a person spaCy took for one.
            speakers = _as_people_in_full(speakers, speaking[i], full_names())
        return speakers

    def in_full(name: str, pronoun: str | None = None) -> str:
        # A surname two people of the cluster share ("Trent" of Carlie and Shannon Trent) is not one
        # the article also calls by first name alone ("Carlie", "Malia"): an article tells two of
        # one family apart so, and the surname alone is the other, or someone it never names in
        # full ("Mr. Obama" beside "Malia Obama": the bare surname). Of several left, the one it
        # last quoted by that name, else the one it named first (the person the story is about),
        # if one alone: "Joe and Jill Biden visited" names neither first. Nor is a name written
        # after "Mr." or "Ms." (`pronoun`) anyone the titles call by the other pronoun: "Mr. Trump"
        # beside "the president's daughter Ivanka Trump" is the bare surname. A police rank's
        # initials are no part of the name ("DC Bird": `_without_rank`).
        def fits(person: str) -> bool:
            return pronoun is None or titled(person) in (None, pronoun)

        name = _without_rank(name)
        if " " in name or len(fuller_forms(name, cluster_people)) < 2:
            full = fullest_form(name, people)
            return full if fits(full) else name
        candidates = [person for person in fuller_forms(name, people)
                      if fits(person) and not _called_by_first_name(person, article_outside)]
        quoted = {person: max(naming) for person in candidates if (naming := _sentences_naming(person, quoted_last))}
        first = {person: min(_sentences_naming(person, named_first)) for person in candidates}
        return _the_one_at(quoted, max) or _the_one_at(first, min) or name

    def credited(i: int, subject, speakers: tuple[str, ...], quoted: str) -> bool:
        # Whether the quotation goes to the speakers named; then they are people the article has
        # named: a name spaCy did not see ("Orest Rudzik said", a subject of proper nouns) is
        # someone the article has named, so a later "Rudzik" is that person.
        # `_speaks_of_both` before `_called_otherwise`, which gives the speaker the pronoun for good;
        # with all the sentence's quoted words, as each part of a quote its attribution interrupts
        # ('"What scared me," she said, "is he could not move."') is credited on its own.
        if (not speakers or (known_pronoun(speakers[0]) is None and focus_index is not None and _speaks_of_both(
                subject, " ".join(match.group(1) for match in spans_of[i]), outsides[focus_index]))
                or _called_otherwise(subject, speakers, pronoun_of)
                or _named_in_own_clause(subject, speakers, outsides[i], speaking[i].people)
                or _named_in_quote(subject, speakers, quoted, speaking[i].people)
                or _reports_another(speakers, speaking[i], quoted)):
            return False
        credited_people = [speaker for speaker in speakers
                           if _may_be_person(speaker, kinds) and not _is_description(speaker)]
        people.update(credited_people)
        quoted_last.update(dict.fromkeys(credited_people, i))
        for person in credited_people:
            named_first.setdefault(person, i)
        return True

    quotes: list[Quote] = []
    speaking: dict[int, Mentions] = {}  # what each sentence quoting someone names, with surnames spaCy missed
    introduced: dict[int, tuple[str, ...]] = {}  # a quotation's speakers, named in the sentence before ("she said:")
    focus_index: int | None = None
    people: set[str] = set()  # everyone the article has named so far
    named_first: dict[str, int] = {}  # each of them, and the sentence that named them first
    quoted_last: dict[str, int] = {}  # each one quoted, and the sentence last quoting them
    cluster_people = [name for name, kind in kinds.items() if kind == "people"]
    article_outside = "\n".join(outsides)
    for i, (sentence, named) in enumerate(zip(sentences, mentions)):
        people.update(name_form(person) for person in named.people)
        for person in named.people:
            named_first.setdefault(name_form(person), i)
        if i in attributed:
            # A bare surname of someone the article named in full is that person where spaCy missed
            # it: in "Moore lashed out at what he called '...'", "he" is the Moore of its main clause.
            # Not a word of a name spaCy did see, nor the last word of a longer one ("Police" of "U.S.
            # Capitol Police", where "Capitol Police" was taken for a person's name elsewhere).
            seen = (*named.people, *named.places, *named.organisations)
            missed = [name for name in _people_named_first(docs[i], outsides[i], named.people, people)[0]
                      if not any(name in other for other in seen) and _written_alone(name, outsides[i])]
            speaking[i] = replace(named, people=(*named.people, *missed)) if missed else named
            doc = parses[i]
            verbs = [t for t in doc if _is_attribution(t) and outsides[i][t.idx] != " "]
            attributed_spans = []
            last_speakers: tuple[str, ...] = ()  # of the sentence's last quotation credited, denied or not
            unnamed = False  # whether someone the sentence describes but does not name is quoted
            for match in spans_of[i]:
                quote = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
                if quote is None or not verbs:
                    continue
                verb = _governing_verb(quote, verbs)
                if verb is None:
                    continue
                subject = _subject(verb)
                speakers = speakers_named(i, subject, match.group(1))
                if credited(i, subject, speakers, match.group(1)):
                    last_speakers = speakers  # who spoke, so who "he" is next, even of words they deny
                    if not _denied(quote, verb):
                        attributed_spans.append((match, speakers))
                unnamed = unnamed or (not speakers and subject is not None and _describes_one_person(subject)
                                      and _speaks_for_others(subject))
            if i in leads_in and verbs:
                # "Lutz says he was happy to take part:", the quotation a paragraph of its own: the
                # last verb of saying before the colon introduces it. Only where its subject names
                # someone: a "he" or "she" there, resolved to the person in focus, went to the wrong
                # woman (the agent quoted two paragraphs before, not the cook she spoke of).
                subject, quoted = _subject(verbs[-1]), spans_of[i + 1][0].group(1)
                speakers = () if subject is None or subject.lower_ in PERSON_PRONOUNS else speakers_named(i, subject, quoted)
                if credited(i, subject, speakers, quoted):
                    introduced[i + 1] = speakers
            if last_speakers:
                said_in[i] = last_speakers[0] if len(last_speakers) == 1 else None
            elif unnamed:
                said_in[i] = None  # "..., the attorney said. He added, ..." is the attorney, whom we cannot name
            for words, speakers in _rejoined(attributed_spans, sentence.text):
                quotes.append(Quote(speakers, words, sentence))
        elif i in introduced:
            said_in[i] = introduced[i][0] if len(introduced[i]) == 1 else None
            quotes.append(Quote(introduced[i], _quoted_words(spans_of[i][0]), sentence))
        elif (i - 1 in attributed and quotes and quotes[-1].sentence == sentences[i - 1]
              and _is_whole_quotation(spans_of[i], sentence.text)):
            said_in[i] = said_in[i - 1]
            quotes.append(Quote(quotes[-1].speakers, _quoted_words(spans_of[i][0]), sentence))
        elif ((leading := LEADING_PRONOUN.match(outsides[i]))
              and (meant := person_called(pronoun := PRONOUN_OF[leading.group(1).lower()]))):
            # "She told reporters ..." goes on about whom "she" means here: a later "he" is not her.
            pronoun_of(fullest_form(name_form(meant), people), pronoun)
        named_first_in[i] = _people_named_first(docs[i], outsides[i], named.people, people)
        if not named_first_in[i][0] and i not in said_in:
            owner = _owner_of_subject(outsides[i], people, lambda: parse(i))
            named_first_in[i] = ([owner], False) if owner else named_first_in[i]
        if i in said_in or named_first_in[i][0]:
            focus_before[i], focus_index = focus_index, i
            note_called(i)
    return quotes
