"""Tell an event announced as coming ("The board will vote on the plan") from the same event
reported as done ("The board voted on the plan"), so that a brief holding the later state can
leave out the earlier, stale one.

An event is read off spaCy's parse: the subject's head word (a name's last word, "Simpson" for
"O.J. Simpson"; a pronoun names no one the sentence shows), the verb's lemma, whether it is
passive ("Smith will be released" and "Smith released a statement" are other events), and what
it acts on. Named entities, which only what it acts on and `same_unnamed_actor` read, are found
apart and only where asked for (`_entities`): the recogniser takes about 40% of a parse, and few
pairs get that far.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .align import word_stem
from .entities import CHAMBERS, english, taggable
from .judge import VERB_TAGS
from .quotes import ATTRIBUTION_VERBS, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Only these announce a coming event; "would" and "planned to" report one from before.
FUTURE_MARKER = re.compile(r"\b(?:will|(?:is|are) (?:expected|set|scheduled) to|plans? to|(?:has|have) yet to)\b", re.IGNORECASE)
# "is expected (set, scheduled) to": announce what comes.
SCHEDULED = frozenset(("expect", "set", "schedule"))
OBJECTS = ("dobj", "dative", "attr", "oprd")
# "make an endorsement" is "endorse": with these verbs the object names the event.
LIGHT_VERBS = frozenset(("make", "give", "hold", "cast"))
# A verb and its noun share what is left without these endings ("endorse" / "endorsement").
NOUN_ENDINGS = re.compile(r"e?(?:ment|ion|al)?$")
# One act of speaking, however a reporter words it: "is expected to say" or "to outline in a
# speech" is stale once the brief has the speaker "declared" or "accused" in that speech.
SPEECH = frozenset(("say", "declare", "state", "outline", "argue", "accuse", "tell", "speak"))
PRONOUNS = frozenset("i you he she it we they who which that this these those one".split())
# What Congress does, one of its chambers (`entities.CHAMBERS`) does for it: "Congress is set to vote
# to override the veto" is stale once "The House voted to override the veto". Only these names, so
# that "the White House" or "the state Senate" is not taken for Congress.
CONGRESS = CHAMBERS | {"congress", "u.s."}


@dataclass(frozen=True)
class Event:
    subject: str
    # The subject's name with its titles, lower-cased ("senate", "majority", "leader", "mitch",
    # "mcconnell"): a later sentence may call the same person "the Republican leader".
    names: frozenset[str]
    verb: str
    passive: bool
    # The verb, or the noun naming the event (`LIGHT_VERBS`): what it acts on is read off it only
    # where two events are otherwise one (`objects`).
    action: Token

    @property
    def objects(self) -> frozenset[str]:
        """What the verb acts on: its objects' and prepositional objects' lemmas, dates and times left
        out ("vote on the bill" / "voted on the bill Tuesday"). "receive the last shot" is not
        "received six shots"."""
        return _objects(self.action)

    def _congress_and_chamber(self, other: Event) -> bool:
        """Whether one subject is Congress and the other one of its chambers (`CONGRESS`)."""
        return self.names | other.names <= CONGRESS and "congress" in (self.subject, other.subject)

    def called(self) -> frozenset[str]:
        """The words another sentence may name the subject by: its names, or for Congress or a chamber
        any of `CONGRESS`."""
        return self.names | CONGRESS if self.names <= CONGRESS else self.names

    def same_as(self, other: Event) -> bool:
        """One event: the same verb and voice, done by the same subject to the same thing (where
        both name one), or by the same two each naming the other ("Lee will meet with Kim" /
        "Kim met with Lee")."""
        if (_action(self.verb), self.passive) != (_action(other.verb), other.passive):
            return False
        if self.subject in other.names or other.subject in self.names or self._congress_and_chamber(other):
            return not self.objects or not other.objects or bool(self.objects & other.objects)
        return self.subject in other.objects and other.subject in self.objects


def announces_future(text: str) -> bool:
    """Whether the text has a word that may announce a coming event (a cheap test before parsing)."""
    return bool(FUTURE_MARKER.search(text))


def future_events(doc) -> frozenset[Event]:
    """Events the sentence announces as coming: "X will <verb>", "X is expected to <verb>",
    "X plans to <verb>", "X has yet to <verb>"."""
    events = set()
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb):
            continue
        if any(child.dep_ == "aux" and child.lower_ in ("will", "'ll", "’ll") for child in verb.children):
            events.add(_event(verb, verb))
        elif verb.dep_ == "xcomp" and _announces(verb.head):
            events.add(_event(verb, verb.head))
    return frozenset(event for event in events if event)


def past_events(doc) -> frozenset[Event]:
    """Events the sentence reports as done: "X <verb>ed", "X has <verb>ed", "X was <verb>ed", and
    "the X <verb>ed" (`_done_to`)."""
    events = set()
    for verb in doc:
        if verb.pos_ != "VERB" or _negated(verb):
            continue
        helpers = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBD" and not helpers:
            events.add(_event(verb, verb))
        elif verb.tag_ == "VBN" and any(h.lower_ in ("has", "have", "had") or h.tag_ == "VBD" for h in helpers) \
                and not any(h.lower_ in ("will", "would", "could", "might", "may", "must", "should") for h in helpers):
            events.add(_event(verb, verb))
        elif _done_to(verb, helpers):
            events.add(_event_of(verb, verb.head, passive=True))
    return frozenset(event for event in events if event)


def _done_to(verb, helpers) -> bool:
    """Whether `verb` is a bare past participle on a noun telling as done what was done to it, with who
    did it or when: "the report released Tuesday", "a statement issued by his lawyers". Without
    either, on BASIL's sentences, it is as often a state ("documents related to the deal", "a town
    called Springfield") or a finite verb misparsed ("the dinner her parents held") as an event; one
    that schedules ("the ruling, expected by June") or has a clause to come ("the report set to be
    released") announces."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or helpers or verb.head.pos_ not in ("NOUN", "PROPN") \
            or verb.lemma_ in SCHEDULED or any(child.dep_ == "xcomp" for child in verb.children):
        return False
    entities = _entities(verb.doc.text)
    return any(child.dep_ == "agent" for child in verb.children) or \
        any(entities[word.i].ent_type_ in ("DATE", "TIME") for word in verb.subtree)


def _announces(head) -> bool:
    """"is expected (set, scheduled) (to)", "plans (to)", "has yet (to)": in the present, announcing what comes."""
    helpers = {child.lower_ for child in head.children if child.dep_ in ("aux", "auxpass")}
    present = head.tag_ in ("VBZ", "VBP")
    return (head.lemma_ in SCHEDULED and head.tag_ == "VBN" and bool(helpers & {"is", "are"})) or \
        (head.lemma_ == "plan" and present) or \
        (head.lemma_ == "have" and present and any(child.lower_ == "yet" for child in head.children))


def _action(verb: str) -> str:
    """What a verb and the noun naming its action share: "endors" for "endorse" and "endorsement";
    "say" for every verb of `SPEECH`."""
    return "say" if verb in SPEECH else NOUN_ENDINGS.sub("", verb)


def _negated(verb) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _event(verb, clause) -> Event | None:
    """The event of `verb`, whose subject is that of `clause` (the verb itself, or the "is
    expected"/"plans" it completes); one joined to an earlier verb by "and" shares its subject."""
    while not _subject(clause) and clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    return _event_of(verb, _subject(clause), passive=any(child.dep_ == "auxpass" for child in verb.children))


def _event_of(verb, subject, passive: bool) -> Event | None:
    """The event of `verb` done by `subject` (or, `passive`, to it); None for no subject or a pronoun."""
    if subject is None or subject.lower_ in PRONOUNS:
        return None
    named = next((child for child in verb.children if child.dep_ == "dobj" and child.pos_ == "NOUN"), None)
    if verb.lemma_ in LIGHT_VERBS and named is not None:
        verb = named  # "has yet to make an endorsement in the race": endorse
    names = frozenset(word.lemma_.lower() for word in (subject, *subject.children)
                      if word is subject or word.dep_ in ("compound", *SUBJECTS))
    return Event(subject.lemma_.lower(), names, verb.lemma_.lower(), passive, verb)


def _objects(verb) -> frozenset[str]:
    heads = [child for child in verb.children if child.dep_ in OBJECTS]
    # A noun naming the event says with "in" where it happens, not what it acts on: "an endorsement in
    # the race" is that of the candidate "endorsed" names.
    heads += [grandchild for child in verb.children if child.dep_ == "prep" and not (verb.pos_ == "NOUN" and child.lower_ == "in")
              for grandchild in child.children if grandchild.dep_ == "pobj"]
    entities = _entities(verb.doc.text)
    return frozenset(head.lemma_.lower() for head in heads if entities[head.i].ent_type_ not in ("DATE", "TIME"))


def _subject(verb):
    return next((child for child in verb.children if child.dep_ in SUBJECTS), None)


# Verbs by which an outlet ends a lead on itself as the source of what it reports ("…, WSVN.com
# reported.", "…, AP projected.", "…, Fox News can confirm.", "…, The Post has learned.").
SOURCE_VERBS = frozenset(("report", "hear", "learn", "confirm", "project"))


def main_subject(text: str):
    """The subject of the sentence's main clause: of the root verb, or, where the sentence credits
    its source ("…, officials said.", "…, WSVN.com reported.", `SOURCE_VERBS`), of the clause it
    reports: also where the source opens it ("The Treasury said Monday that 39 million families are
    set to receive…": the families' act, which another outlet's lead tells crediting officials; QA s25
    K3, as214), unless a pronoun is that clause's subject ("Ann Lee says she knew…": the source's own act)."""
    doc = _parse(text)
    root = next(token for token in doc if token.dep_ == "ROOT")
    if root.lower_ in ATTRIBUTION_VERBS or root.lemma_ in SOURCE_VERBS:
        reported = next((child for child in root.children if child.dep_ == "ccomp"), None)
        if reported is not None:
            source, subject = _subject(root), _subject(reported)
            if reported.i < root.i or (subject is not None and subject.lower_ not in PRONOUNS
                                       and source is not None and source.pos_ == "PROPN"):
                root = reported
    return _subject(root)


def subject_names(text: str) -> frozenset[str]:
    """The words naming the main clause's subject where a name is its head, lower-cased: the name's
    capitalised proper nouns ("Jon Bernthal", "High Times") and the common nouns that describe it
    ("Mohawk the lion, one of Kenya's best-known cats": "lion", "cat", which another sentence may
    call it; the parser hangs such a description on the name in several ways). None where a common
    noun or a pronoun is the subject."""
    subject = main_subject(text)
    if subject is None or subject.pos_ != "PROPN" or not subject.text[:1].isupper():
        return frozenset()
    names = [subject, *(child for child in subject.children if child.dep_ == "compound")]
    return frozenset(word.lower_ for word in names if word.pos_ == "PROPN" and word.text[:1].isupper()) | \
        frozenset(word.lemma_.lower() for word in subject.subtree if word.pos_ == "NOUN")


# The dependencies by which a clause is the sentence's own, not a relative clause's or a modifier's.
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "xcomp", "ccomp", "conj", "advcl"})


def main_verbs(doc) -> frozenset[str]:
    """Stems of the verbs of a parsed sentence's main clauses (`MAIN_CLAUSE_DEPS`), as
    `align.content_words` has them: "Democrats mocked ousted director Scaramucci" tells of mocking."""
    def on_main_clause(token) -> bool:
        while token.dep_ != "ROOT":
            if token.dep_ not in MAIN_CLAUSE_DEPS:
                return False
            token = token.head
        return True
    def progressive(token) -> bool:  # "is opposing", "are urging": the verb a form of "be" leads
        return token.tag_ == "VBG" and any(child.dep_ == "aux" for child in token.children)
    return frozenset(word_stem(token.text.lower()) for token in doc
                     if (token.tag_ in VERB_TAGS or progressive(token)) and on_main_clause(token))


def main_verbs_of(text: str) -> frozenset[str]:
    """`main_verbs` of the sentence, parsed here (`_parse`, cached)."""
    return main_verbs(_parse(text))


# The tags of a verb that can carry a sentence: past, present, a modal.
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def has_finite_verb(text: str) -> bool:
    """Whether the sentence has a finite verb ("Even the firm's own plans to cut prices." has none:
    "cut" is an infinitive)."""
    return any(token.tag_ in FINITE_TAGS for token in _parse(text))


def same_unnamed_actor(vague: str, other: str) -> bool:
    """Whether `vague` names no one, no place, no date and no figure, and its main clause's subject
    is a common noun that is also `other`'s ("A police officer made a generous gesture" / "A
    Florida police officer bought a replacement ring")."""
    subject, others = main_subject(vague), main_subject(other)
    return subject is not None and others is not None and subject.pos_ == "NOUN" \
        and subject.lemma_.lower() == others.lemma_.lower() and not _entities(vague).ents


def outdates(done: str, announced: str) -> bool:
    """Whether sentence `done` reports as done an event that sentence `announced` announces as coming."""
    if done == announced or not announces_future(announced):
        return False
    # The announcing sentence first: `summarize` asks about one against each sentence the brief took,
    # and where it announces nothing with a named subject ("he will": a third of them on 394 dev
    # clusters), those need no parse.
    coming = future_events(_parse(announced))
    if not coming:
        return False
    happened = past_events(_parse(done))
    # It must name a subject of those events or one of its titles.
    if not any(name in announced.lower() for event in happened for name in event.called()):
        return False
    return any(event.same_as(past) for event in coming for past in happened)


@lru_cache(maxsize=4096)  # a cluster's chosen sentences are asked about at every step
def _parse(text: str) -> Doc:
    """The sentence (`taggable`) tagged, parsed and lemmatized, without its named entities (`_entities`)."""
    return english()(taggable(text), disable=["ner"])


@lru_cache(maxsize=4096)
def _entities(text: str) -> Doc:
    """The sentence's named entities, on a Doc of their own, the same Doc's tokens as `_parse`'s. The
    recogniser reads only the words, so it runs here alone; and before any parse, as in
    `entities.tagged`: after one it keeps each entity inside a sentence the parser found ("Lon
    Chaney Jr. Hard to say." parsed as two)."""
    nlp = english()
    return nlp.get_pipe("ner")(nlp.make_doc(taggable(text)))
