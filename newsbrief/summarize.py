"""Extractive multi-document summarizers behind one interface, registered by name.

A summarizer takes the sentences of a cluster (with their embeddings) and a `Budget`, and
returns the indices of the sentences to keep, in the order the brief should read.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from importlib import resources
from typing import Protocol

import numpy as np

from .align import (ORDINAL_WORDS, SAME_FACT_OVERLAP, SAME_FACT_SIMILARITY, SPELT_NUMBERS, content_words, figures, states_same_fact,
                    support_strength, what_happened_words, word_overlap, word_stem)
from .entities import TITLES
from .judge import WEEKDAY
from .models import Sentence
from .quotes import ATTRIBUTION, ATTRIBUTION_VERBS, outside_quotes, quoted_spans
from .sentences import COURTESY_PRONOUNS, MONTH_NAME, QUOTE_MARKS, SAYING, SAYING_VERBS, SENTENCE_OPENERS, TITLE_AT_END, WEEKDAY_NAME, is_attribution, parenthesis_left_open, quote_left_open
from .tense import SOURCE_VERBS, has_finite_verb, main_subject, main_verbs_of, outdates, same_unnamed_actor, subject_names

MIN_WORDS = 8
MAX_WORDS = 60
# Besides stating the same fact (as `align` defines it: close embeddings and shared words), two
# sentences repeat each other when this share of the shorter one's content words is in the
# other, or when their embeddings are nearly identical. A cosine alone decides only that high:
# two different facts about the same people and place often reach 0.7.
REDUNDANT_SIMILARITY = 0.8
REDUNDANT_OVERLAP = 0.5
# Two sentences giving the same figure in close words restate one fact in other words ("50
# cases of AFM across 24 states" / "50 people in 24 U.S. states had been diagnosed with AFM"),
# though they share too few words for the rules above. Compare's Agreed joins such pairs from a
# cosine of 0.55 (`compare.ELSEWHERE_SIMILARITY`), and so does this: at 0.6 QA found "oil dropped
# to an 18-year low" and "oil plunged to its lowest level in more than 18 years" (0.556), one
# Agreed fact, twice in one brief. On 394 dev briefs 10 change, 7 dropping a repeat (three
# outlets' "nine people died"), 3 a different fact ("21 people in 2015" / "patients 21 and younger");
# Multi-News dev (5-fold CV) R-2 falls 0.13, 0.06 over three random partitions: the repeats share the reference's words.
SAME_FIGURE_SIMILARITY = 0.55
SAME_FIGURE_OVERLAP = 0.25
# An amount is one word however written: "$60bn" and "$60 billion" share "billion" too.
AMOUNT_SHORT_SCALE = re.compile(r"([$£€]\d[\d.,]*)\s?(bn|m|tn)\b")
SCALE_WORDS = {"bn": "billion", "m": "million", "tn": "trillion"}
# Two sentences giving the same two figures or more ("The vote of 220 to 211 sends the bill to the
# president" / "The act passed 220-211 and gives $1,400 checks") tell one fact, told around it in
# other words: the cosine of that pair is 0.32.
SAME_FIGURES = 2
SAME_FIGURES_SIMILARITY = 0.3
# A figure written to a decimal or in thousands ("16.4%", "8.3 percent", "235,000 jobs") is one no
# two facts of a story give by chance, so two sentences giving it restate one fact in other words
# ("…added just 235,000 jobs in August…" / "…non-farm payroll employment rose by 235,000 in
# August…": cosine 0.49, a fifth of their words shared), at a cosine that keeps it to one story.
# Numbers that name things ("Flight 370", "Boeing 737") are written neither way. Amounts of money
# are left out: a story's sum ("$5.7 billion for a wall", "$1,400 checks") is in sentences telling
# other facts about it (on 394 dev briefs, 3 of the 3 briefs they changed lost a fact). On those
# briefs this changes two, each dropping a third or fourth sentence giving one count (235,000 jobs;
# 293,000 claims); Multi-News dev (5-fold CV) R-2 16.11 -> 16.11, three random partitions 16.00 -> 15.98.
# A comma or a full stop after the figure is the sentence's ("…fewer jobs than expected in April, just
# 266,000, and…", QA s25 as227: its repeat "added just 266,000 jobs last month" was kept), not the
# figure's next digits.
SPECIFIC_FIGURE = re.compile(r"(?<![\w.,$£€])\d+(?:,\d{3})+(?:\.\d+)?(?!\w|,\d)|(?<![\w.,$£€])\d+\.\d+(?!\w|[.,]\d)")
SPECIFIC_FIGURE_SIMILARITY = 0.45
# A percentage is as specific where both sentences tell one act of it (`tell_one_act`): "Inflation rose
# 5% in the 12 months…" / "The consumer price index rose 5% in May…" (QA s24 K3, as177; `align.figures`
# skips single digits), but "cases have dropped… a decline of 34%" / "hospitalizations have also
# fallen 34%" are two facts (nt740, where a percentage alone dropped the second).
PERCENTAGE = re.compile(r"(?<![\w.,$£€])(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)")
# Two sentences quoting the same words restate that quotation, however else they differ: three
# outlets' 'should "try showing a little class"' in one brief, one with the Facebook post's date,
# one with the girls' ages (cosines 0.57 to 0.61, a third to half of their words shared). A
# quotation of this many content words or more, this share of whose words the other quotes too;
# a shorter one opening on a capital is a title ("Forgetting to Be Afraid").
SAME_QUOTE_WORDS = 4
SAME_QUOTE_SHARE = 0.75
# A shorter quotation, a word or two, is one statement where both sentences name someone alike in
# full, first name and surname, outside the quotation marks: its speaker ("Sen. Ann Hale called it
# a 'mistake' to pick…" / "…, but Sen. Ann Hale said it was a 'mistake' to nominate him"). On 394
# dev briefs this changes one, dropping such a repeat (basil39, one senator's "mistake" twice in a row).
# A quotation of this many content words, in lower case, is a phrase someone coined, not a title,
# and two sentences both quoting it tell that statement twice, whoever they name: "tremendous
# warriors" (neus248), "lied many times" (basil36), "dangerous demagogue" (basil31). On 394 dev
# briefs this changes 14: 11 drop such a repeat, 3 a different fact quoting one term ("enemy
# combatant", "crime of violence", "series of steps"); on neus-val lines 120-306, 5 (4 repeats).
# Multi-News dev (5-fold CV) R-2 16.11 -> 16.10, three random partitions 15.98 -> 15.94.
SHORT_QUOTE_WORDS = 2
FULL_NAME = re.compile(r"(?<![\w.’'-])[A-Z][a-z’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+")
# Two articles' first sentences each tell the story's main event, in their reporters' own words,
# so a lead restating another's shares few words and only a middling cosine ("the airline has
# changed how it boards passengers" / "travelers will notice a new way of getting on the plane").
# Between two leads a lower bar says they repeat each other; anywhere else it would drop different
# facts about the same people. On Multi-News dev (5-fold CV) R-2 rises 0.05 to 0.23 over four partitions.
LEADS_SIMILARITY = 0.6
LEADS_OVERLAP = 0.2
# Two leads sharing more of their words need less of a cosine: "…a bipartisan group of ten senators
# reached a deal on an infrastructure plan" / "…a bipartisan group of 10 senators says they agree on
# a framework for a deal" (0.598, 0.42 of their words), "…has no plans to create a presidential
# commission…" / "…has decided against appointing his own commission…" (0.57, 0.33), each two
# outlets' leads telling the main event twice (QA s24 K3). Of such pairs in 85 QA briefs, 5 of 6 from
# 0.55 are repeats; under it the same share of words is as often another fact of the story ("will
# begin grilling the nominee" / "awarded the nominee its highest rating", 0.53). On 394 dev briefs
# this changes 11: 9 drop a lead's repeat, 1 swaps it for another ("killed at least eight" / "nine
# people died"), 1 drops a sentence two others restate.
LEADS_BARS = ((LEADS_SIMILARITY, LEADS_OVERLAP), (0.55, 0.3))
# Two leads this close with a verb of what happened on the main clauses of both (`tell_one_act`)
# tell one event in fewer shared words than `LEADS_BARS` ask: "…health secretary has resigned,
# after…" / "…Secretary Tom Price resigned Friday, after…" (QA s24 K3, nt732: 0.56, a fifth of
# the words). The bar and the verb are those by which `compare` pairs two leads as one Agreed fact
# (`compare.LEAD_SIMILARITY` is this constant; why 0.55 is told there).
SAME_ACT_LEADS_SIMILARITY = 0.55
# Two leads giving one number tell the story's main event, whoever they name as its doer and in
# whatever words, from this cosine (`SPECIFIC_FIGURE_SIMILARITY`'s): QA s28 K3 found three outlets' leads
# on one "$3.5 trillion" plan in one brief (nt914: "Top Senate Democrats are finally in array on a $3.5
# trillion price tag…" / "Schumer announced Tuesday a tentative framework for a $3.5 trillion…package" /
# "…leading Senate Democrats agreed on a $3.5 trillion investment plan…", cosines 0.45 to 0.53, a third of
# the words, other subjects). A number naming something ("Flight 8501", "Sept. 11", "9/11", "24/7":
# `NUMBER_IN_NAME`) is no figure of the event: with them, on 394 dev briefs this also dropped a lead telling
# another side (neus35, Iran's 9/11 link) and one telling the sonar's find (mn70), beside a right one (as7,
# a port working "24 hours a day" beside "24/7"). As it is, 3 of 709 QA and dev briefs change, each right: nt914 drops two of its three "$3.5 trillion" leads, as74 "At least 13
# U.S. service members were among dozens killed…" beside "…attack that killed 13 US troops…", nt848 takes
# a new fact for a repeat.
LEADS_FIGURE_SIMILARITY = 0.45
NUMBER_IN_NAME = re.compile(r"\b[A-Z][\w.’']*\s+\d[\d,.]*|\d+[/-]\d+")
# A figure written to a decimal or in thousands (`SPECIFIC_FIGURE`) in two leads tells one event at a lower
# cosine still, where the leads name it in words the embedding keeps apart: "Employers added a healthy
# 255,000 jobs last month…" / "The Bureau of Labor Statistics reported Friday that nonfarm payrolls rose
# by a seasonally adjusted 255,000 in July." (QA s29 K3, nt972: cosine 0.34, both in a brief of four
# sentences). Of the leads of 394 dev and 384 QA clusters, only that pair shares such a figure between
# this cosine and `LEADS_FIGURE_SIMILARITY`. (In a brief well under its budget, such a lead also stays
# out of those taken back: see `select`.)
LEADS_SPECIFIC_FIGURE_SIMILARITY = SAME_FIGURES_SIMILARITY
# But a lead giving an amount of money the other does not may tell another act on the thing the shared
# amount sizes: "Biden on Tuesday rejected a Republican counterproposal to his $1.9 trillion COVID relief
# plan, saying the $618 billion offer was too small…" beside "Democrats are taking steps to push through
# President Biden's $1.9 trillion economic rescue plan…" (QA s28 qa3 A1, nt960: cosine 0.48, the rejection lost
# as a repeat of the plan's progress). Such leads tell one event by `SAME_FIGURES` numbers, or by one where
# they tell one act (`tell_one_act`: "passed a $1.9 trillion bill" / "passed the $1.9 trillion bill with its
# $1,400 checks"). Of the 58 pairs of leads sharing one number in 394 dev and 195 QA clusters, 3 give another
# amount: nt960's, and two telling one event that closer leads' bars (`LEADS_BARS`) still join (mn22,
# neus42, cosines 0.60 and 0.71). Main verbs told apart would not do: 12 of the 23 QA pairs have none in
# common, and 11 of them tell one event in other words ("Jobless claims soared to 3.28 million…" / "A record
# 3.28 million workers applied for…"; nt914's), as do nt848's ("…is planning to give 60 million doses…" /
# "…will begin sharing its entire stock…"); nor would subjects (nt914's "Top Senate Democrats" / "Senate
# Majority Leader Charles E. Schumer").
AMOUNT_OF_MONEY = re.compile(r"[$£€¥]\s?(\d[\d,]*(?:\.\d+)?)")
# Of two leads telling one event, the one taken is the fuller where the other holds this share of the
# taken one's content words, every figure it gives and more words (`fuller_version`): QA s28 T6 found
# nt922 leading with "Former Dallas police officer Amber Guyger was found guilty of murder on Tuesday,
# according to The Dallas Morning News." where another outlet's lead tells whom she shot and how. On 709
# dev and QA briefs 11 change: 7 right (nt922; as193 "…blocked a bill that would form an independent
# commission…, the first filibuster of the year…"; as10, as75, as167, as202, nt890), 3 neutral (mn17, as32,
# neus39), 1 wrong (as164 leads with activists' refrain, the signing in its subordinate clause). Asked of
# any two sentences, not leads only, 41 changed, several for the worse (mn59 opening on "Fame has finally
# turned on…", mn93 losing the dead man's name); without the figures, neus90 lost "4 million doses".
FULLER_SHARE = 0.8
# Verbs by which a lead credits what it tells (`sentences.SAYING_VERBS`, `tense.SOURCE_VERBS`) are no
# act of its own: "Florida on Sunday reported more than 15,000 new cases" and "More than a third of
# U.S. states reported record highs" share only the reporting.
CREDITING_VERBS = frozenset(word_stem(verb) for verb in (*SAYING_VERBS, *SOURCE_VERBS))
# A lead naming no one, no place and no figure, about the same actor as another lead, tells its
# event more vaguely still ("A police officer made a generous gesture and helped an elderly
# patient" / "A Florida police officer bought a replacement ring for an elderly woman", cosine
# 0.32). On Multi-News dev only such a pair has a vague lead and one actor, at any cosine; this
# floor keeps out leads about other things that happen to share a subject noun.
VAGUE_LEAD_SIMILARITY = 0.3
# "…are set to pledge 1 billion vaccines at this week's summit, the prime minister said Thursday": the
# day the prime minister spoke, not the day of the pledge another lead dates to Friday (QA s24 K3, as174).
# On 394 dev briefs this changes one, dropping a repeat ("met … in Kabul, an official said Tuesday" /
# "held a secret meeting Monday in Kabul").
SAID_ON_DAY = re.compile(rf"\b{SAYING}\s+(?:on\s+)?{WEEKDAY_NAME}\b", re.IGNORECASE)
# A lead with no digit and no capital after its first word may name nothing; only those are parsed.
NAMES_SOMETHING = re.compile(r"\d|\s[A-Z]")
CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w’'.-]*")
# A name, its capitalised words after the sentence's first taken together ("U.S. President Joe
# Biden"), or a number.
NAME_OR_NUMBER = re.compile(rf"{CAPITALISED.pattern}(?:\s+[A-Z][\w’'.-]*)*|\d[\d,.]*")
# Below this cosine two sentences are not one event told in two tenses ("will vote on the plan"
# / "voted on the plan"), so the parser need not look. A report says more than its announcement
# ("has yet to make an endorsement in the race" / "formally endorsed Clinton ..., saying she has the
# courage for the job and vowing to ...": 0.43), so the bar is low; on 394 dev clusters from 0.6 to
# 0.4 only that announcement leaves a brief, for about 6 ms more parsing a cluster (18 ms before
# `select` asked only the unit about to be taken).
SAME_EVENT_SIMILARITY = 0.4
# Once no sentence that says something new is left, a brief under this share of its budget takes
# more: the same-fact rules above hold every other lead on the story's event for a repeat of the
# one chosen, though it may add a fact ("…could go as far as breaking off diplomatic ties…" beside
# "…warned that recognizing Jerusalem… is a 'red line'"), and on short clusters of two or three
# leads that left one-sentence briefs of 20 words against a budget of 230. A sentence it held for a
# repeat comes back where at least this many of its content words, and this share of them, are
# not yet in the brief, a name or a figure among them (`adds_facts`): a repeat told in other
# words names nothing new. Past a brief of one sentence, one stating a fact the brief states, as
# Agreed and the citations take one fact (`align.states_same_fact`), stays out whatever it adds: QA
# s24 M4 found a brief of three sentences two of which were one Agreed fact ("A federal judge ruled
# in favor of CNN…, allowing… Jim Acosta to temporarily regain access…" / "A US judge… temporarily
# restored White House press credentials to… Jim Acosta, which were revoked…"). This changes 2 of
# the 85 QA briefs (nt721, as202) and 1 of 394 dev briefs (neus90), each dropping such a repeat.
# Nor, whatever the brief's length, does one telling on its main clause the act a chosen sentence tells
# (`tell_one_act`, at `SAME_ACT_LEADS_SIMILARITY`): QA s27 M4 found two-sentence briefs telling one
# arrest ("…arrested Friday on charges of obstruction, giving false statements and witness tampering" /
# "…arrested on charges of lying to Congress, obstructing… and trying to persuade a witness to lie", new
# words and a new name, the same charges) and one release of a recording, unless it gives a figure
# the brief lacks (`retells_act_of`). On 280 QA briefs this drops 7 such repeats (nt901, nt902, nt732
# "…Tom Price resigned Friday…" beside "…health secretary has resigned…"), some with a detail the kept
# sentence lacks (the name, "a second recording"); without the figure's exception it also dropped a
# fact (nt811: the four years and eight charges of the memo beside "could be spending the next few
# years in jail", cosine 0.699). No dev brief changes. A figure excuses no sentence stating the chosen one's
# fact (`align.states_same_fact`): QA s28 M4 found two-sentence briefs telling one announcement twice, the
# second let in by "$1 a day" (nt928, "…will pay for its workers to go back to school" / "…would pay for its
# employees to get a college education…", 0.70) or "the world's two biggest economies" (nt931, China's
# retaliation, 0.72). On 315 QA briefs this drops those 2 repeats; no dev brief changes.
UNDER_BUDGET_SHARE = 0.25
NEW_FACT_WORDS = 8
NEW_FACT_SHARE = 0.5
# A sentence whose words the brief already has adds little: it loses this many standard
# deviations of the cluster's scores, times the share of its content words already in the brief.
REPEAT_PENALTY = 1.0

# Openers that lean on a sentence the reader has not seen: "He said...", "But...", "This comes after...".
DANGLING_START = re.compile(
    r"^[\"“‘']?(?:he|she|it|they|his|her|its|their|him|them|this|that|these|those|but|and|or|so|"
    r"however|meanwhile|still|yet|also|instead|moreover|furthermore|nevertheless|then|thus|"
    r"therefore|such|another|other|the latter|the former|if true|if so|elsewhere|nonetheless|"
    r"additionally|in addition|similarly|likewise|besides|hence|consequently|on the other hand|"
    r"in contrast|by contrast|even so|in turn|to that end|for (?:his|her|their|its) part|"
    r"(?:despite|because of|after) (?:this|that)|(?:as a result|in response|at the same time)(?=,)|"
    # "A further 40 homes were lost": more than the sentence before counted, as "another" adds to it.
    r"a further|"
    # "Of that, $3 billion…", "Among other winners, …": a part of what the sentence before named.
    r"(?:of|among) (?:this|that|these|those|them)|among (?:the )?others?|"
    # "First, the word…", "Second, Magnolia proposed…": points of a list the sentence before announced.
    r"(?:first|second|third)(?=,)|"
    # "Until that point, the general wrote…", "In that instance 31 senators…", "For that reason, …":
    # the point, the case or the reason, the sentence before set ("For those who…" says whom).
    r"(?:in|at|by|from|until|up to|since|before|on|for|under|during) (?:that|those(?! who| whom| whose))|"
    # "Inspired, the secretary suspended all fees…", "Undeterred, …": a lone past participle, the
    # reaction to what the sentence before told (QA s25 D1, nt756); not a name given an age ("Ahmed, 34").
    r"[a-z]{3,}ed(?=,(?!\s*\d))|"
    # "In another, floodwaters swept through…": another of what the sentence before named.
    r"(?:in|at|on|for|from|with) (?:another|the other)(?=,)|"
    # "Within hours, the reaction was intense.", "Days later, …": hours after what the sentence before told;
    # "In fact, two men fight for credit.": a claim the sentence before made, borne out.
    r"(?:within (?:minutes|hours|days|weeks|months)|(?:minutes|hours|days|weeks|months) later|in fact|indeed)(?=,))\b(?!-)",
    re.IGNORECASE,
)
# "A second, with tranquilizers, was on its way": a second of what the sentence before named;
# "The two were covering the blasts": two whom it named.
NUMBER_WORD = f"(?:{'|'.join(word for word in SPELT_NUMBERS if word != 'zero')})"
SMALL_COUNT = "(?:two|three|four|five|six)"
ELLIPTICAL_NUMBER = re.compile(rf"^(?:(?:a|the) (?:{'|'.join(ORDINAL_WORDS[1:])}|last)|(?:the|all) {SMALL_COUNT})"
                               r"(?:,| (?:was|were|is|are|had|has|have|did)\b)"
                               # "Fifty more joined the effort": more than the sentence before counted.
                               rf"|^(?:{NUMBER_WORD}(?:-{NUMBER_WORD})?|\d[\d,]*) more\b(?! than)", re.IGNORECASE)
# "Fifty of them signed a letter", "Many of these claims…", "Two of us…": a part of a group the
# sentence before named. ("Some of those on the right", "the share of those not vaccinated" say
# whom they mean; "one of those moments" is an idiom; "of US Senator" is the country.)
PART_OF_GROUP = re.compile(r"^[\"“‘']?(?:[\w%’'.-]+\s+){1,4}of\s+(?:them|these|us|(?<![Oo]ne of )those(?!\s+(?:who|whom|whose|that|"
                           r"which|not|on|in|at|with|from|under|over|[a-z]+ed|[a-z]+ing)\b))\b")
# "China matched them dollar for dollar": "them" as the object of the opening words' verb cannot
# be its subject (that would be "themselves"), and there is no other noun before it to be, so who
# they are came before. ("With two contests behind them, the candidates…" points forward.) So does
# "him" or "her" as the object of a subject and verb ("Reyes photographed her and placed ads…",
# "Police arrested him."), where what follows is no noun it owns ("photographed her daughter").
OBJECT_PRONOUN = re.compile(r"^(?:[\w’'.-]+\s+){1,4}them\b(?!,)|^(?:[\w’'.-]+\s+){1,2}(?:him|her)\b"
                            r"(?=[.;]|\s+(?:and|to|in|on|at|for|with|as|after|before|into|from|about|over|when|while|but|or)\b)")
# "The next day, he clarified…", "In response, she said…", "On Monday, it implemented…", "As of
# Tuesday, that's most counties.": the pronoun's person or thing came before ("On Monday, it was
# announced that…" points forward, as does "In May, those who…").
DANGLING_AFTER_INTRO = re.compile(r"^(?:[\w’'.-]+\s+){0,5}[\w’'.-]+,\s+(?:he|she|they|his|her|their|its|that|this|these|"
                                  r"those(?!\s+(?:who|whom|whose)\b)|"
                                  r"it(?!\s+(?:is|was|will be|would be|has been|had been)\s+(?:[\w-]+\s+){0,2}(?:that|to|for)\b))\b")
# "Some of the remaining 1,000 may not want to leave", "The rest were flown out": what remains of a
# whole the sentence before counted ("the rest of the country" says of what).
REMAINDER = re.compile(r"^[\"“‘']?(?:[\w’'.-]+\s+){0,3}the\s+(?:remaining|rest)\b(?!\s+of\b)", re.IGNORECASE)
# "…the president appeared to do just that.": what he did, the sentence before said.
DOES_JUST_THAT = re.compile(r"\b(?:do|does|did|doing|done)\s+(?:just|exactly|precisely)\s+(?:that|this)\b", re.IGNORECASE)
# "A Dow Jones survey had expected a 3.6% increase.", "Analysts were expecting 8.5% growth.": the
# forecast of a figure the sentence before reported, which only it says of what (QA s25 D1, as220: read
# after another figure, the yearly forecast passed for the monthly one).
FORECAST_OF_FIGURE_BEFORE = re.compile(
    r"\b(?:had|were|was)\s+(?:been\s+)?(?:expect|forecast|predict|project|estimat|anticipat)(?:ed|ing)?\s+(?:an?\s+)?"
    r"[$£€]?\d[\d.,]*\s?(?:%|percent)?\s+(?:increase|rise|gain|drop|decline|fall|jump|growth)\b(?!\s+(?:of|in)\b)")
# "There are various explanations for this phenomenon…", "…the vast majority of these children…",
# "…a number of words come to mind to describe this.": "this" or "these" in the writer's words,
# anywhere in the sentence, points at what the sentence before told (QA s25 D1, as238: a one-sentence
# brief on "this phenomenon"). A time does not ("this week", "these days", "this Sunday", "at this
# point"), nor the writer's country; nor "this" as a subject ("…was fired, claiming this was…"), which
# may be the clause before it, nor "this" before a colon ("had this to say:"), which points forward.
DEMONSTRATIVE = re.compile(r"(?<![Aa]t )\b(?:this|these)\b(?!-)(?![^:;.]*:)(?!\s+(?:[A-Z]|(?:week|weekend|month|year|"
                           r"morning|afternoon|evening|night|summer|spring|fall|autumn|winter|season|time|days|decade|"
                           r"century|past|coming|country|is|was|are|were|has|had|have|will|would|could|can|may|might|"
                           r"must|should|does|did|means|meant|comes|came)\b))")
# "When they spread to patients…, they can…": a pronoun in the opening clause, and again as the
# main clause's subject, names someone from before. Where the main clause names them ("When she
# took office, Mayor Ann Lee promised…", "When they spread, the bacteria…") the pronoun points
# forward and the sentence stands alone.
PRONOUN_IN_OPENING_CLAUSE = re.compile(
    r"^(?:when|while|as|after|before|because|although|though|since|once|until|if|unless)\s+"
    r"(?:he|she|they|it|his|her|their|its|them|him)\b[^,]*,\s+(?:he|she|they|it|his|her|their|its)\b",
    re.IGNORECASE)
# "After threatening to spill the beans on Mr. Cruz's wife, Heidi Cruz, who…, he retweeted…": an
# opening phrase with no subject of its own (a participle, or a preposition before no name), then
# "he", "she" or "they" as the main clause's subject, after at most a name and a relative clause
# in apposition. Its names are objects, so the pronoun's person came before ("When Mayor Ann Lee
# took office, she…" and "In Lee's first year, she…" name her, and are not matched).
PRONOUN_AFTER_OPENING_PHRASE = re.compile(
    r"^(?:(?:After|Before|While|When|Since|Once|Until|Upon|Though|Although|If)\s+[a-z]+(?:ing|ed)\b|"
    r"(?:After|Before|Despite|Following|During|In|On|At|With|Without|Amid|Upon|Under|Throughout)\s+(?![A-Z])|"
    r"(?:Asked|Having|[A-Z][a-z]+ing)\b)"
    r"[^,]*(?:,\s+(?:[A-Z][\w’'.-]*\s*)+)?(?:,\s+(?:who|which|whose|where)\b[^,]*)?,\s+(?:he|she|they)\s+[a-z]")
# "Clinton, in turn, affirmed…": the subject answers a sentence before. ("Sony also unveiled…"
# adds to one too, but reads well enough alone in a round-up, and ruling it out lost main facts:
# `ADDS_TO_BEFORE` only keeps it from leading and after its sentence before.)
CONNECTIVE_AFTER_SUBJECT = re.compile(
    r"^[^,;:\"“]{1,40},\s+(?:in turn|however|though|too|instead|likewise|similarly|in response|"
    r"for (?:his|her|their|its) part|by contrast|in contrast),", re.IGNORECASE)
# "If Biden focuses on national security that day, …", "…late that night.": a day or a night the
# sentence before set (QA s26 Q5, nt807: read four sentences after the "Tuesday" it meant), unless a
# weekday or a month before it in the sentence sets it ("…clarified Tuesday night that… earlier that
# night", "…the Jan. 6 attack… his conversations with lawmakers that day").
DAY_SET_BEFORE = re.compile(rf"^(?:(?!(?:{WEEKDAY_NAME}|{MONTH_NAME})\b).)*"
                            r"\bthat (?:same )?(?:day|night|morning|afternoon|evening|week|weekend)\b(?!-|\s+care\b)")
# "The territory of Puerto Rico also saw an increase…", "Cohen also worked…": "also" between the
# subject and its verb adds to what the sentence before told (QA s26 Q5, nt800: read after another
# outlet's figure; Q6, nt811: a brief opening on it). Not in a clause that opens the sentence ("If
# Ann Lee also runs, …") or a relative one ("A bill that would also ban…"). A subject of names and
# figures may take seven words: "S&P 500 and Nasdaq 100 futures were also higher." (QA s27 D1, nt892).
ADDS_TO_BEFORE = re.compile(r"^(?!(?:If|When|While|Although|Though|As|Because|After|Before|Since|Once|Unless|Until|Whether)\b)"
                            r"(?:(?!(?:who|whom|whose|which|that)\b)[\w’'.&-]+\s+){1,7}also\s+[a-z]")
# "President had hinted he might work with Democrats…": a title with no article and no name, as a
# headline's deck writes it (QA s26 Q6, nt804), not as a brief's first line. ("Secretary of State
# Ann Lee said…" and "Minister for Health…" go on with the office.)
DECK_TITLE = re.compile(rf"^(?:{'|'.join(re.escape(title.capitalize()) for title in TITLES)})\s+(?!of\b|for\b)[a-z]")
# "Authorities sent the suspect there after police shot him…", "…killed at least 23 civilians there…":
# a place the sentence before named (QA s27 D1, mn1: read after another outlet's sentence, the hospital
# was never told). Not "there" of being ("there were", "there's"), nor "out there", "over there", "here
# and there", nor "there" after a place the sentence names itself ("…came to Boston… and made a career there",
# "Israel's strikes on the Gaza Strip… according to authorities there"), nor in an article's first
# sentence, whose place is its own ("States such as Wisconsin… Tuesday's primaries there…": of the 3
# sentences of 394 dev clusters this took from their briefs, 2 were such leads).
PLACE_NAMED_BEFORE = re.compile(
    r"^(?!.*\b(?:in|at|on|to|into|from|near|across|inside|outside|toward|towards)\s+(?:the\s+)?[A-Z].*\bthere\b)"
    r".*(?<![Oo]ver )(?<![Oo]ut )(?<!and )\bthere\b(?!['’](?:s|ll|d|re)\b|\s+(?:is|are|was|were|has|have|had|will|would|"
    r"could|can|may|might|must|should|seems?|seemed|appears?|appeared|remains?|remained|comes?|came|exists?|existed|be|"
    r"being|isn|aren|wasn|weren|hasn|haven|hadn|won|wouldn|couldn|needs?|used|continues?|continued|to be)\b)")
# "Twitter at the time said it was a glitch", "Comey at the time said…": the time, a sentence
# before set ("at the time of the attack" says which).
TIME_AFTER_SUBJECT = re.compile(r"^(?:[A-Z][\w’'.-]*\s+){1,3}at (?:the|that) time\b(?! of\b)")
# "All of these issues with the review were laid out this week by Ann Lee, …", "That's according to a
# report by…": the sentence credits what the sentences before it say to someone.
CREDITS_BEFORE = re.compile(
    r"^(?:All (?:of )?(?:these|those)|These|Those|This|That|Such)\b(?:(?:['’]s| is| was| are| were) according to\b|"
    r"[^.;:]*?\b(?:were|was|are|is|have been|has been)\s+(?:[a-z]+ly\s+)?(?:laid out|made|raised|leveled|levelled|"
    r"outlined|detailed|listed|voiced)\b[^.;:]*?\bby\s+[A-Z])")
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
# "It was a devastating loss for the establishment: Roy Moore defeated Sen. Ann Hale in…": an article's
# first sentence opening on "it", "this" or "that" and a form of "be", with a colon before a new clause,
# points at that clause, as there is no sentence before it to point at (QA s25 D5, nt764: whom Moore beat
# was never told). Further in, "It's an important revelation: if charges are filed…" is the revelation
# the sentence before told (nt758).
POINTS_PAST_COLON = re.compile(r"^(?:It|This|That)(?:['’]s| is| was)\b[^:;.\"“”]*:\s+[A-Z]")
# "On Tuesday, the company announced just how much money the shot is generating.", '"Here's what I think
# should happen now," Ann Lee said.', "What she said next stunned the room.": a lead-in whose clause ends
# the sentence or its quotation, promising what the sentence after it tells (QA s25 M6, as236: the lead-in
# kept, NYT's "$3.5 billion in revenue…" after it left out). Where the clause goes on, it tells the answer
# itself ("Here's what I hope – that we…", "…shows just how bad it is, with cases up 40%"). A sentence
# ending on a colon ("The reason:") is never whole (`SENTENCE_END`), so needs no rule. A broadcaster's
# teaser, "New details about the case are coming out today in court.", promises details and tells none
# (QA s26 R4, mn95: it closed a brief that had told them). "The coroner's office released the name of
# the man found…" promises the name its next sentence tells (QA s26 M6, mn93: the name was left out); one
# not released ("Police have not released a motive or released the names of…") tells that it is not known.
PROMISES_NEXT = re.compile(r"(?:\bjust how\b|^\W*(?i:here(?:['’]s| is) (?:why|what|how))\b)[^,;:–—\"“”]*"
                           r"(?:[.!]|[,.!]?[\"”]\s+[^\"“”]+)$|^\W*What\s+(?:[\w’'-]+\s+){0,3}next\b"
                           r"|^\W*(?:(?:New|More|Further)\s+)?(?i:details|information)\b[^,;:\"“”]*\b(?:is|are)\s+"
                           r"(?:coming out|emerging|coming in)\b"
                           r"|^(?![^;:]*(?:\bnot\b|n['’]t\b))[^;:]*\b(?:released|revealed|disclosed) the names? of\b")
# "Even the administration's own plans to lower drug prices.", "Not even Nixon in the days of
# Watergate.": a word that singles out one item of a list, before no verb (`tense.has_finite_verb`),
# is a list's last item cut from the sentence or the items before it (QA s25 D1, nt753). Of 52
# sentences so opening on 394 dev and 130 QA clusters, 3 have no finite verb, each such a piece.
FOCUSING_OPENER = re.compile(r"^\W*(?:Even|Only|Not|Just|Especially|Particularly|Including|Plus|Nor|Except|Let alone|"
                             r"Never mind)\b")
# "Republican Sen. Josh Hawley the only senator to vote against it.": closing on "it" or "them" before
# no verb, the tail of a sentence whose head, with the verb and what "it" is, the site cut off (QA s26
# Q1, nt792). A verbless sentence alone is no such cue: the tagger misreads good leads ("Senate
# Republicans on Friday blocked…"), 4 of 11 verbless first sentences of 190 QA clusters.
CLOSING_PRONOUN = re.compile(r"\s(?:it|them)[.!][\"'”’)\]]*$")
# "Because for the mayor and her staff, the two issues are linked.", "Perhaps because he thought they
# stood in his way…": a clause of reason, concession or condition standing alone, the answer to or the
# rest of the sentence before (a rhetorical question the brief leaves out: QA s27 S1, nt850, nt865). It
# is one where the conjunction marks the main clause's verb (`subordinated`); in "Because the vote was
# delayed, the bill died…" it marks another. Of the 61 sentences of 394 dev and 270 QA clusters opening
# on one of these five words, 5 are so parsed, each a piece or one that leans on the sentence before
# ("Though in all honesty, we didn't…"). "While", "if" and "since" are left out: in the QA's count they
# added a whole sentence the parser misread and a question.
SUBORDINATING_CONJUNCTIONS = ("because", "although", "though", "whereas", "unless")
SUBORDINATE_OPENER = re.compile(rf"^\W*(?:\w+\s+)?(?i:{'|'.join(SUBORDINATING_CONJUNCTIONS)})\b")
# A single quotation mark left once `quoted_spans` has paired the marks of every quotation it can,
# where only a quotation's mark stands: closing one after its comma or stop ("…don't prevent
# infection,' Paul said.", not the owner's mark of "the U.S.' role"), or opening the sentence with
# no mark after it to close it ("'Most masks don't work."). An apostrophe inside a word closes nothing.
UNPAIRED_SINGLE_QUOTE = re.compile(r"(?<!\.[A-Z])[,.?!]['’](?!\w)|^['‘](?=[A-Za-z])(?!.*\S['’](?!\w))")
# A lead cut off by the site that served it: "…whom they shot and killed after..."
CUT_END = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*$")
LETTER = re.compile(r"[^\W\d_]")
QUESTION_END = re.compile(r"\?[\"'”’)\]]*$")
# The splitter's verbs of saying ("tweeted", "replied", "insisted"…), and those that may name whom
# they address ("…,” he told reporters.", "…?” she asked.").
SPEECH_VERBS = rf"(?:{SAYING}|told|tells|asked|asks)"
# "…,” he said." and "…, she added.": who is speaking is in a sentence the reader has not seen.
PRONOUN_ATTRIBUTION = re.compile(rf"\b(?:he|she|they)\s+{SPEECH_VERBS}\b", re.IGNORECASE)
# "“…appears to have been trapped in bad weather,” the report said.": which report, the sentence
# before said, whether the comma stands before the closing mark or after it ("…today”, the report
# said."). (Only right after a quotation: "the company said Monday it would…" opens many leads.)
AFTER_QUOTATION = r"(?:[,?!][”\"]|[”\"][,?!])\s+"
DESCRIBED_SPEAKER = re.compile(rf"{AFTER_QUOTATION}the(?:\s+[a-z][\w-]*){{1,2}}\s+{SPEECH_VERBS}\b")
# "…get away with it,” he emphasized.": there a pronoun names its speaker with any verb that
# attributes a quotation (`quotes.ATTRIBUTION_VERBS`, more than the splitter's), and names no one.
# (A description says whom it means: "…,” the court papers say." after "In court papers, …" reads
# right, and on Multi-News dev its quotation is the reference's.)
PRONOUN_AFTER_QUOTATION = re.compile(rf"{AFTER_QUOTATION}(?:he|she|they)\s+(?:{'|'.join(sorted(ATTRIBUTION_VERBS))})\b")
# A person called by surname alone, bare or after a courtesy title: a speaker after a quotation or
# an opening phrase ('…," Milner said.', '…," said Mr. Milner.', "Like many renters, Milner said…"),
# or opening it as the owner, given an age or as the subject of "was", "is" or "has" ("Milner said
# the victims…", "Milner's lawyer said…", "Milner, 38, pleaded guilty…", "Milner was discussing…"):
# who that is, the article's sentence that first names them in full told. ("Sen. Milner" says who
# it is. Any other bare subject may be a group, "Democrats hope to…" after "Senate Democrats…", so
# it is left alone.)
COURTESY = rf"(?:{'|'.join(COURTESY_PRONOUNS)})\.?\s+"
SURNAME_ALONE = re.compile(
    rf"(?:^|[,?!][”\"]?\s+)(?:{COURTESY})?(?P<name>[A-Z][\w’'-]+)\s+{SPEECH_VERBS}\b"
    rf"|[,?!][”\"]\s+{SPEECH_VERBS}\s+(?:{COURTESY})?(?P<after>[A-Z][\w’'-]+)\.$"
    rf"|^(?:{COURTESY})?(?P<subject>[A-Z][\w’'-]+?)(?:['’]s|,\s+\d+,|(?=\s+(?:is|was|has)\b))\s+[a-z]")
# The word after a quotation, which the quoted words describe ("“good” inflation").
COINED_NOUN = re.compile(r"\s+([a-z][\w-]*)")
LOWER_CASE_WORD = re.compile(r"\b[a-z][\w’'-]*")
# "The allegations were first made in 2015.", "The boy was taken to hospital.": a definite noun for an
# event or a person that the sentence before told of. Words after the noun that say which one
# ("The allegations against the senator…", "The boy who…", "The boy, 12, …", "The boy, Sam Reyes,
# …", "The move to ban…", "The offer: a $1 million check…") make the sentence its own introduction.
# The nouns are events and people that Multi-News dev's articles open sentences on this way ("The
# offer was made…", "The ruling marks…"), and those that QA found leaning on a sentence the brief
# left out ("The gamble appears to be paying off", "The Democratic senator knows…", "The news will
# not come as a surprise…" after the sentence telling it, "The series and its spinoffs…", "The rally,
# which took place at…" after a lead on no rally: QA s27 S5, nt858). Of the 7 sentences of 394 dev and
# 270 QA clusters opening so on a rally, a meeting, a speech or an event, each is one an earlier
# sentence told of. ("The hearing…" is left out: a sentence on "a fair hearing" in the courts would
# introduce it, and placed "The court hearing has been moved back…" after one on another case, mn72.)
# Of them, the events (`EVENT_NOUNS`) are also what another outlet's lead telling the event tells
# (`leads_retelling`); a person may be one no other lead names.
EVENT_NOUNS = ("allegation", "allegations", "claims", "incident", "accident", "crash", "attack", "shooting",
               "killing", "explosion", "blast", "move", "decision", "deal", "offer", "announcement", "statement",
               "ruling", "gamble", "news", "series", "comments", "remarks", "edict", "sparring", "exchange", "choices",
               "picks", "rally", "meeting", "speech", "event")
PERSON_NOUNS = ("boy", "girl", "man", "woman", "men", "women", "child", "teen", "teenager", "youth", "couple", "pair", "suspect",
                "gunman", "shooter", "victim", "driver", "senator", "lawmaker", "group")
REFERRING_NOUNS = (*EVENT_NOUNS, *PERSON_NOUNS)
# What may follow such a noun and say which one: a preposition or a relative pronoun, an age or a
# name in apposition, a colon.
SAYS_WHICH = (r"\s+(?:of|against|on|in|at|by|between|to|over|from|for|with|into|near|involving|about|who|whom|whose|"
              r"that|which)\b|,\s+(?:\d|[A-Z])|:")
# "The final step revealed the boy standing on a giant ball…": past a sentence's opening too, a person
# called by such a noun is one a sentence before introduced, where the article introduces someone by it
# ("Then a boy rode in on…"; QA s27 D1, mn9: two sentences on "the boy" in a brief that never told of
# one). Not where the article counts them ("seven men have been charged" for "…the men say…") or calls
# them by it only as "the girl": on 394 dev briefs that took 4 sentences a reader follows from 2 briefs,
# which told of "a group of students" (mn51) or named the girl (mn67).
PERSON_NOUN = re.compile(rf"(?<=\s)the (?P<noun>{'|'.join(PERSON_NOUNS)})"
                         rf"\b(?![-’'])(?!{SAYS_WHICH})")
# A verb after the opening words, which makes them the sentence's subject.
SUBJECT_VERB = (rf"\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|comes?|came|"
                rf"{SPEECH_VERBS}|[a-z]+ed)\b")
# "The Democratic senator…": a party says no more which one than the bare noun does, nor does an
# owner or another word before the noun where the noun is the subject ("The president's comments
# came hours after…", "The rebranding edict was directed…", "The verbal sparring serves as…": QA s25
# D1, nt750 and as237, the comments and the edict the brief never told of; s26 Q5, nt799); "The good
# news is that…" points forward. Such a noun after a preposition in the opening words leans the same
# way: "Criminal charges based on the allegations could…", "After the incident, police…". So does
# any plural noun counted with "the": "The two sides agreed on…" are two the sentence before named
# (QA s26 Q5, nt812: read after another outlet's sentence on the EU and Japan, they were those two).
REFERRING_NOUN = re.compile(rf"^(?:The|(?:[\w’'-]+\s+){{0,3}}(?i:on|over|about|after|following|in|from|to|by|for|with) the)"
                            rf" (?:(?P<count>{SMALL_COUNT}) |(?:Democratic|Republican) "
                            rf"|(?!(?:good|bad) news\b)[a-z][\w-]*(?:['’]s)? "
                            rf"(?=(?:{'|'.join(REFERRING_NOUNS)})(?:{SUBJECT_VERB}|\s+[a-z]+s\b)))?"
                            rf"(?P<noun>(?(count)[a-z][\w-]*s|(?:{'|'.join(REFERRING_NOUNS)})))\b(?!-)(?!{SAYS_WHICH})")
# "One of the suspects, a 21-year-old man whose name was not released, was arrested…", "Two of the
# victims were…": one of a group of people such a noun (`PERSON_NOUNS`, in the plural) calls the ones a
# sentence before told of, and says no more which ones (QA s28 D1, mn14: a brief opened on [2]'s lead
# "One of the suspects, a 21-year-old Richmond man…" before any crime or suspect was told, where "of
# the" read as no preposition of the opening words and "suspects" as no such noun). Words after the
# noun saying which ones make it its own introduction ("One of the suspects in the killing…").
PERSON_GROUPS = tuple(noun[:-3] + "men" if noun.endswith("man") else noun + ("ren" if noun == "child" else "s")
                      for noun in PERSON_NOUNS if not noun.endswith("men"))
PART_OF_NAMED_GROUP = re.compile(rf"^(?i:{NUMBER_WORD}|\d+|some|many|most|several|all|both|each|either|neither|none)"
                                 rf" of the (?P<noun>{'|'.join(PERSON_GROUPS)})\b(?![-’'])(?!{SAYS_WHICH})")
# "The interpreters are being resettled…" after "About 200 Afghan interpreters arrived…": any noun
# opening the sentence as its subject (a verb after it: "The new rules…" opens on no noun) that
# the sentence before said is the one it told of.
OPENING_SUBJECT = re.compile(rf"^The (?P<noun>[a-z][\w-]*)\b(?!-)(?!{SAYS_WHICH})(?={SUBJECT_VERB})")
# "The Raiderettes claimed they'd been paid less than $5 an hour." after "The Raiders also settled…": a
# group named as the subject in the plural, by a name no other sentence of the cluster gives, is one the
# sentence before told of, the writer counting on it to say who they are (QA s27 D1, mn5: the Raiders'
# cheerleaders, in a brief that never named them). Of the 7 sentences of 394 dev clusters so opening,
# 3 give a name no other sentence does.
GROUP_NAME_SUBJECT = re.compile(rf"^The (?P<name>[A-Z][a-z]+s)\b(?!{SAYS_WHICH})(?={SUBJECT_VERB})")
# "…ties with the semi-autonomous region.", "…surround the northern province.", "…almost surround
# the region.": a part of a country, bare or described by the words before its noun, as one the
# sentence before named. Words after the noun that say which one ("the northern province of Idlib",
# "the southern district, Basra,") make the sentence its own introduction, as do modifiers that
# point at no place before ("the same region", "the surrounding area"); a possessive is no modifier
# ("the situation his region would face"). After a preposition of extent a bare noun is the story's
# wherever it is ("diplomacy in the region", "across the region"). Countries, states and cities are
# left out: "the heavily blue state" after "California Gov. Gavin Newsom" reads right, as the reader
# knows what California is.
PLACE_NOUNS = ("region", "province", "area", "territory", "enclave", "district")
UNREFERRING_MODIFIERS = ("same", "whole", "entire", "surrounding", "wider", "broader", "local", "other", "only",
                         *ORDINAL_WORDS, "his", "her", "its", "their", "our", "my", "your")
EXTENT_PREPOSITIONS = ("in", "across", "throughout", "within", "from", "to", "of", "for")
NOT_AFTER_EXTENT = "".join(rf"(?<!\b{word} [Tt]he )" for word in EXTENT_PREPOSITIONS)
DESCRIBED_PLACE = re.compile(
    rf"\b[Tt]he\s(?P<place>(?:(?:(?!(?:{'|'.join(UNREFERRING_MODIFIERS)})\b)[a-z][\w-]*\s){{1,2}}|{NOT_AFTER_EXTENT})"
    rf"(?:{'|'.join(PLACE_NOUNS)}))\b(?!-)"
    r"(?!\s+(?:of|in|at|on|near|around|along|where|that|which|called|known|named|to)\b|,\s+[A-Z])")

# "I", "me", "my" in the writer's own voice: a columnist's or a pasted post's words, which a
# brief would print as nobody's; "My", "Me" capitalised only where they open the sentence, as
# elsewhere they are a title's ("the musical My Fair Lady"). The I of "F.B.I.", "(I-Vt.)" or
# "I-95" stays.
FIRST_PERSON = re.compile(r"(?<![.(])\bI\b(?![-.]\w)|\b(?:me|my|mine|myself)\b|\bI['’](?:m|ve|d|ll)\b"
                          r"|^(?:My|Me|Mine|Myself)\b")
# "We", "our" or "us" that the sentence attributes to no one is an outlet's, a company's or an
# advocacy group's own voice: "We have no new date at this time.", "…the court will hear the
# cases and, we hope, hold the administration accountable", "Given that we are now in the
# longest shutdown…". ("Our Lady of…" and "Us Weekly" are names; "US" is the country; "our solar
# system", "our species" are everyone's.)
WE = re.compile(r"^\W*(?:We|Our(?! Lady)|Us(?! Weekly))\b|\b(?:we|ours|us|ourselves)\b|"
                r"\bour\b(?! (?:own )?(?:solar system|planet|galaxy|sun|species|ancestors)\b)")
# "World War I", "Type I": a capitalised word before "I" that does not open the sentence.
ROMAN_ONE = re.compile(r"(?<=\S)\s+[A-Z][\w’'.-]*\s+I$")
# The writer talking to the reader, not telling news: "you" outside quotation marks ("Do yourself
# a favor and check them out", "Think of the worst sound you've ever heard.", "Before you rush to
# donate…"), a teaser for a list the brief does not print ("Here are some of the candidates'
# statements…"), or an editor's note on the article itself ("…wrote to express concern over two
# points in this story."), or a pointer to what the page shows ("Read part of the interview below.",
# "Watch the video above."). A speaker's "you" is inside quotation marks.
TO_THE_READER = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b|^\W*here(?:['’]s| is| are)\b"
                           r"|\bthis (?:story|article)\b|^\W*(?:read|watch|see|listen to|check out)\b.*\b(?:below|above)\b",
                           re.IGNORECASE)


# The writer's own judgement stated as fact, which a brief would print as the story's (QA s27 D4): a
# word that damns or praises ("…establishing a ridiculous new conception of gender", "Obama's brave
# and principled decision…", "an utterly pathetic fit of…fakery"), an intensifier that argues ("the
# absolutely massive amount of money") or a verdict ("…further evidence that the president is right",
# "…makes clear that his campaign was…a fraud"). Of the 11,331 complete sentences of 581 dev clusters
# (Multi-News, BASIL, AllSides, NeuS val) these words mark 18, 16 of them a judgement on reading. Words
# a news report also uses to describe or aside are left out: with "odd", "extreme", "stark", "radical",
# "testy", "most likely", "evidence that", "ought to" and "incredibly" too, 4 of the 13 sentences
# marked in the 394 dev briefs were news ("a stark blue background", "may seem an odd concern"); "of
# course" marks 12 complete sentences, 9 a news writer's aside ("Southwest, of course, has its own…");
# "should" and "must" are mostly reported ("Trump said he believes Flynn should now be cleared…").
JUDGEMENT = ("bizarre", "weird", "absurd", "ridiculous", "outrageous", "disgraceful", "shameful", "shameless",
             "shamelessly", "pathetic", "stupid", "foolish", "idiotic", "crazy", "hypocritical", "despicable",
             "appalling", "laughable", "cowardly", "unhinged", "brave", "principled", "courageous", "absolutely",
             "utterly", "frankly", "obviously", "surely", "undoubtedly", "arguably", "makes clear", "is right")
# In lower case anywhere, or capitalised where it opens the sentence ("Frankly, …"; not "Weird Al").
JUDGEMENT_WORD = re.compile(rf"(?:^\W*(?i:{'|'.join(JUDGEMENT)})|\b(?:{'|'.join(JUDGEMENT)}))(?![\w-])")


DEFAULT_WORDS = 230  # a newser.com brief is about 220 words


@dataclass(frozen=True)
class Budget:
    """How long the brief may be: a word budget or a sentence count, never both (the one place
    that says so, for the library, the CLI and the HTTP API); DEFAULT_WORDS when neither is given."""

    words: int | None = None
    sentences: int | None = None

    def __post_init__(self) -> None:
        if self.words is not None and self.sentences is not None:
            raise ValueError(f"give a word budget or a sentence count, not both (words={self.words}, "
                             f"sentences={self.sentences})")
        if self.words is None and self.sentences is None:
            object.__setattr__(self, "words", DEFAULT_WORDS)
        if self.words is not None and self.words < 10:
            raise ValueError(f"the word budget must be at least 10 words, got {self.words}")
        if self.sentences is not None and self.sentences < 1:
            raise ValueError(f"the sentence count must be at least 1, got {self.sentences}")

    def fits(self, used_words: int, used_sentences: int, words: int) -> bool:
        if self.sentences is not None:
            return used_sentences < self.sentences
        return used_words + words <= self.words

    def well_under(self, used_words: int, used_sentences: int) -> bool:
        """Whether a brief this long is under `UNDER_BUDGET_SHARE` of the budget."""
        if self.sentences is not None:
            return used_sentences < UNDER_BUDGET_SHARE * self.sentences
        return used_words < UNDER_BUDGET_SHARE * self.words


class Summarizer(Protocol):
    name: str

    def __call__(self, sentences: list[Sentence], embeddings: np.ndarray, budget: Budget) -> list[int]: ...


def is_complete(sentence: Sentence) -> bool:
    """A whole sentence in the brief's voice: no open quote, no fragment, no verbless list item
    (`FOCUSING_OPENER`) or tail of a cut sentence (`CLOSING_PRONOUN`), no subordinate clause alone
    (`SUBORDINATE_OPENER`), no question, no bare attribution, no "I" of the writer's, no word of the
    writer's to the reader (`TO_THE_READER`)."""
    text = sentence.text
    if not MIN_WORDS <= sentence.words <= MAX_WORDS or not SENTENCE_END.search(text) or is_fragment(text):
        return False
    if QUESTION_END.search(text) or not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'"):
        return False
    if (FOCUSING_OPENER.match(text) or CLOSING_PRONOUN.search(text)) and not has_finite_verb(text):
        return False
    if SUBORDINATE_OPENER.match(text) and subordinated(text):
        return False
    return not is_attribution(text) and not speaks_in_first_person(sentence) and not TO_THE_READER.search(outside_quotes(text))


def subordinated(text: str) -> bool:
    """Whether a conjunction of `SUBORDINATING_CONJUNCTIONS` marks the verb of the sentence's main
    clause, the head of its subject (`tense.main_subject`): the sentence is a subordinate clause alone.
    Not where a comma follows that verb: there the parser may have missed the main clause after it
    ("Although its causes are still unknown, and…, being vaccinated is essential…" parsed with "are"
    as the root; of 8 sentences of 394 dev and 270 QA clusters so parsed, 3 have such a comma: 2 whole
    sentences, mn6 and mn64, and a piece in the first person, which is no sentence of the brief anyway)."""
    subject = main_subject(text)
    if subject is None:
        return False
    verb = subject.head
    return (any(word.dep_ == "mark" and word.lower_ in SUBORDINATING_CONJUNCTIONS for word in verb.children)
            and not any(word.text == "," for word in verb.doc[verb.i:]))


def cut_off_at_end(sentences: list[Sentence]) -> list[bool]:
    """Which sentences are their article's last, cut off by the site that served it ("…has won the
    country's election for", "…whom they shot and killed after...") and whole but for the cut: a
    feed of titles and leads may give no more of an outlet (about 1 story in 100 of NeuS-train has
    nothing else a brief can take)."""
    last = {sentence.article: index for index, sentence in enumerate(sentences)}
    cut = []
    for index, sentence in enumerate(sentences):
        before_cut = CUT_END.sub("", sentence.text).rstrip()
        cut.append(last[sentence.article] == index and not SENTENCE_END.search(before_cut)
                   and is_complete(replace(sentence, text=before_cut + ".")))
    return cut


def is_fragment(text: str) -> bool:
    """A lead the site cut off (`is_cut_lead`) or a piece of a quotation or aside: a quotation mark
    without its partner, double (`has_unpaired_double_quote`) or single (`UNPAIRED_SINGLE_QUOTE`),
    as an open quote or one the splitter cut in two leaves, or a parenthesis left open ("…Rep. Ann
    Reyes (D-Ill.")."""
    return (is_cut_lead(text) or has_unpaired_double_quote(text)
            or parenthesis_left_open(text) or has_unpaired_single_quote(text))


def is_cut_lead(text: str) -> bool:
    """A lead the site cut off: "…whom they shot and killed after..." (`CUT_END`), or before the
    name a title abbreviation opens: "…distinguishing himself from Gov." (`sentences.TITLE_AT_END`)."""
    return bool(CUT_END.search(text) or TITLE_AT_END.search(text))


def has_unpaired_double_quote(text: str) -> bool:
    """Whether a double quotation mark in `text` has no partner under both readings of them: each
    kind counted apart (“ against ”, straight marks in twos), which pairs a quotation inside a
    quotation (“…who apologized for the “f bomb.””), and in turn as `sentences.quote_left_open`
    reads them, which pairs the mixed marks of scrapes ('“I find the law disturbing," the governor
    said.'). Read in turn, a mark opening inside an open quotation or closing none is unpaired: a
    stray mark before a quotation ('"Perry is referring to a memo that "promote and protect" …')
    or the rest of one the splitter cut ('…until November," the mayor said.')."""
    if text.count("“") == text.count("”") and text.count('"') % 2 == 0:
        return False
    quote_open = False
    for mark in QUOTE_MARKS.finditer(text):
        opens = quote_left_open(text[:mark.end() + 1])  # the character after a straight mark says whether it opens
        if opens == quote_open:
            return True
        quote_open = opens
    return quote_open


def has_unpaired_single_quote(text: str) -> bool:
    """Whether a single quotation mark in `text` has no partner (`UNPAIRED_SINGLE_QUOTE`)."""
    return ("'" in text or "‘" in text or "’" in text) and bool(UNPAIRED_SINGLE_QUOTE.search(outside_quotes(text)))


def leans_on_sentence_before(sentence: Sentence) -> bool:
    """Whether the sentence reads right only after its article's sentence before it: it opens on a
    pronoun or connective ("But…", "The next day, he…", "Until that point…") or a number without
    its noun ("A second, with tranquilizers, was on its way", "The two were…", "Fifty of them…") or
    what remains of a whole ("Some of the remaining 1,000…"), it does what that sentence told ("…
    appeared to do just that") or at the time it set ("Comey at the time said…"), it points at what
    that sentence told by "this" or "these" anywhere ("…explanations for this phenomenon…",
    `DEMONSTRATIVE`) or gives the forecast of its figure ("A survey had expected a 3.6% increase."),
    its opening verb's object is "them", "him" or "her" ("China matched them…", "Reyes photographed her
    and…"), it happens on the day the sentence before set ("…that day", `DAY_SET_BEFORE`) or at the place
    that sentence named ("…sent him there", `PLACE_NAMED_BEFORE`), it names
    its speaker by a pronoun ("…,” he said."), or it is all quotation, whose speaker the sentence
    before names. An article's first sentence opening on "It was…" before a
    colon points past the colon (`POINTS_PAST_COLON`)."""
    text = sentence.text
    if sentence.position == 0 and POINTS_PAST_COLON.match(text):
        return False
    unquoted = outside_quotes(text)
    return bool(DANGLING_START.match(text) or DANGLING_AFTER_INTRO.match(text) or ELLIPTICAL_NUMBER.match(text)
                or PART_OF_GROUP.match(text) or OBJECT_PRONOUN.match(text) or REMAINDER.match(text)
                or DOES_JUST_THAT.search(unquoted) or DEMONSTRATIVE.search(unquoted)
                or FORECAST_OF_FIGURE_BEFORE.search(unquoted) or DAY_SET_BEFORE.search(unquoted)
                or (sentence.position > 0 and PLACE_NAMED_BEFORE.search(unquoted))
                or PRONOUN_IN_OPENING_CLAUSE.match(text) or PRONOUN_AFTER_OPENING_PHRASE.match(text)
                or CONNECTIVE_AFTER_SUBJECT.match(text) or TIME_AFTER_SUBJECT.match(text)
                or names_speaker_by_pronoun(sentence) or is_bare_quotation(sentence))


def follows_sentence_before(sentence: Sentence, before: str) -> bool:
    """Whether the sentence reads right only straight after its article's sentence before it,
    `before`: it leans on it (`leans_on_sentence_before`), adds to it ("Puerto Rico also saw…",
    `ADDS_TO_BEFORE`) or names an event or person that sentence told of (`referred_to`: after another
    sentence, "The move…" reads as that sentence's move), or a place it named ("the semi-autonomous
    region"). A speaker called by surname reads right anywhere after the sentence naming them in full."""
    return (leans_on_sentence_before(sentence) or bool(ADDS_TO_BEFORE.match(sentence.text))
            or referred_to(sentence.text, before) is not None)


def referred_to(text: str, before: str) -> str | None:
    """What the sentence names as one the sentence before it, `before`, told of: its opening noun
    for an event or a person (`opening_referring_noun`: "allegations" of "The allegations were…"), or any
    noun opening it as its subject that `before` says (`OPENING_SUBJECT`: "interpreters" of "The
    interpreters are…" after "…200 interpreters arrived…") or a term `before` coined (`coined_term`),
    else a place it calls by a description, outside quotation marks (`DESCRIBED_PLACE`: "semi-autonomous region")."""
    if noun := opening_referring_noun(text):
        return noun.group("noun")
    if (noun := OPENING_SUBJECT.match(text)) and word_stem(noun.group("noun")) in content_words(before):
        return noun.group("noun")
    if term := coined_term(text, before):
        return term
    place = DESCRIBED_PLACE.search(outside_quotes(text))
    return place.group("place") if place else None


def opening_referring_noun(text: str) -> re.Match | None:
    """The noun the sentence opens on for an event or a person a sentence before told of
    (`REFERRING_NOUN`: "The allegations were…"), or for the group of people it tells of one of
    (`PART_OF_NAMED_GROUP`: "One of the suspects…"), as the match's group "noun"."""
    return REFERRING_NOUN.match(text) or PART_OF_NAMED_GROUP.match(text)


def coined_term(text: str, before: str) -> str | None:
    """The term `before` coins, a word or two in quotation marks with the word after them, that the
    sentence opens on: "Good inflation lifts earnings…" defines the “good” inflation of "For equities,
    there is “good” inflation and “bad” inflation, said…", and read anywhere else takes the term for
    the writer's (QA s25 D1, as213)."""
    opening = text.lower()
    for match in quoted_spans(before):
        term = match.group(1).strip(" ,.").lower()
        after = COINED_NOUN.match(before, match.end())
        if len(term.split()) <= 2 and after and opening.startswith(f"{term} {after.group(1).lower()} "):
            return term
    return None


def is_bare_quotation(sentence: Sentence) -> bool:
    """All quotation, in double marks or single ones, no word outside the quotation marks says who speaks."""
    return bool(quoted_spans(sentence.text)) and not LETTER.search(outside_quotes(sentence.text))


def speaks_in_first_person(sentence: Sentence) -> bool:
    """Whether "I" speaks outside quotation marks, or an unattributed "we" ("our", "us") does (on
    Multi-News dev, "I" in 1 in 40 chosen sentences; "we" inside the sentence in 10, in 8 of 101
    briefs, "As we've reported before, …", "…and, we hope, …": leaving those out costs 0.1 R-2)."""
    text = outside_quotes(sentence.text)
    if WE.search(text) and not ATTRIBUTION.search(text):
        return True
    return any(not (match.group(0) == "I" and ROMAN_ONE.search(text[: match.end()]))
               for match in FIRST_PERSON.finditer(text))


def names_speaker_by_pronoun(sentence: Sentence) -> bool:
    """"…,” he said." or "…,” the report said.": who or what is speaking is in a sentence before it.
    Where the sentence names someone in full before "he said" (`FULL_NAME`), "he" is them: "President
    Ann Hale said Turkey could cut ties…, a move he said would be a red line"."""
    text = sentence.text
    unquoted = outside_quotes(text)
    pronoun = PRONOUN_ATTRIBUTION.search(unquoted)
    return bool((pronoun and not FULL_NAME.search(unquoted[:pronoun.start()])) or PRONOUN_AFTER_QUOTATION.search(text)
                or DESCRIBED_SPEAKER.search(text))


def readable(sentences: list[Sentence]) -> list[bool]:
    """Which of a cluster's sentences a reader can take as a whole statement: `is_complete`, no piece
    of a quotation that a sentence before it opened (`inside_quotation`), no claim whose credit the
    brief cannot take (`uncredited_claims`), and no judgement in the writer's own voice (`judges`)."""
    pieces = inside_quotation(sentences)
    whole = [is_complete(s) and i not in pieces for i, s in enumerate(sentences)]
    claims = uncredited_claims(sentences, whole)
    return [is_whole and i not in claims and not judges(sentences[i].text) for i, is_whole in enumerate(whole)]


def judges(text: str) -> bool:
    """Whether the writer passes a judgement (`JUDGEMENT_WORD`) outside quotation marks and before any
    verb of saying: "Critics called the plan absurd" and "…, she said, calling it ridiculous" report a
    judgement, which is news; a quotation is its speaker's."""
    unquoted = outside_quotes(text)
    attribution = ATTRIBUTION.search(unquoted)
    return bool(JUDGEMENT_WORD.search(unquoted[:attribution.start()] if attribution else unquoted))


def uncredited_claims(sentences: list[Sentence], whole: list[bool]) -> set[int]:
    """The sentences a sentence after them credits to someone (`CREDITS_BEFORE`) where that one is
    not `whole` (the site cut it): those before it in its paragraph, or the paragraph before where it
    opens one. Without it the brief would state as its own a list of charges that "were laid out
    this week by" a secretary of state (QA s25 Q1, as226)."""
    at = {(s.article, s.position): i for i, s in enumerate(sentences)}
    claims = set()
    for credit, sentence in enumerate(sentences):
        if whole[credit] or not CREDITS_BEFORE.match(sentence.text):
            continue
        position = sentence.position - 1
        paragraph = None  # the paragraph of the sentence right before the credit
        while (claim := at.get((sentence.article, position))) is not None and paragraph in (None, sentences[claim].paragraph):
            paragraph = sentences[claim].paragraph
            claims.add(claim)
            position -= 1
    return claims


def inside_quotation(sentences: list[Sentence]) -> set[int]:
    """Sentences with no quotation mark of their own that lie inside a quotation a sentence before
    opened: "This is about accountability. You should resign. You should give back the money…"
    within one pair of marks is three sentences, the middle ones a speaker's words in no marks. A
    quotation stays open into a new paragraph only where that paragraph opens on a mark, as a
    quotation running over paragraphs does; so a stray mark silences the rest of its paragraph at most."""
    pieces = set()
    order = sorted(range(len(sentences)), key=lambda i: (sentences[i].article, sentences[i].position))
    quote_open, last = False, None
    for i in order:
        sentence = sentences[i]
        where = (sentence.article, sentence.paragraph)
        if where != last and not (last and sentence.article == last[0] and QUOTE_MARKS.match(sentence.text.lstrip())):
            quote_open = False
        last = where
        if quote_open and not QUOTE_MARKS.search(sentence.text):
            pieces.add(i)
        quote_open = quote_left_open(sentence.text, quote_open)
    return pieces


def tells_background(text: str) -> bool:
    """Whether the sentence's root verb is in the pluperfect, "had" and a past participle, with its own
    subject (`tense.main_subject`): "Cohen had pleaded guilty to nine federal charges…" tells what came
    before the story's event, as the reader needs it once that event is told, not in its place (QA s29 T6,
    nt987: a brief of that sentence alone, the sentencing every title told only in a lead the site cut
    off). Not a reported clause ("Comey said Friday that investigators had found new emails…", s27 nt853):
    there the tense follows the saying, and tells the news."""
    subject = main_subject(text)
    if subject is None:
        return False
    verb = subject.head
    return (verb.dep_ == "ROOT" and verb.tag_ == "VBN"
            and any(word.dep_ == "aux" and word.lower_ == "had" for word in verb.children))


def can_lead(sentence: Sentence) -> bool:
    """Whether the sentence can open a brief: it speaks in the writer's voice, not opening on a
    quotation, leans on no sentence before it and adds to none (`ADDS_TO_BEFORE`), and is no headline's
    deck (`DECK_TITLE`)."""
    text = sentence.text
    return not (QUOTE_MARKS.match(text.lstrip()) or ADDS_TO_BEFORE.match(text) or DECK_TITLE.match(text)
                or leans_on_sentence_before(sentence))


def is_redundant(candidate: int, chosen: list[int], sentences: list[Sentence], similarity: np.ndarray) -> bool:
    """Whether the candidate says what one of the chosen sentences already says."""
    text = sentences[candidate].text
    for other in chosen:
        other_text = sentences[other].text
        cosine = similarity[candidate, other]
        overlap = word_overlap(text, other_text)
        if (cosine >= REDUNDANT_SIMILARITY or overlap >= REDUNDANT_OVERLAP
                or (cosine >= SAME_FACT_SIMILARITY and overlap >= SAME_FACT_OVERLAP)
                or gives_same_figures(text, other_text, cosine) or quote_the_same_words(text, other_text)
                or leads_of_one_event(sentences[candidate], sentences[other], cosine, overlap)):
            return True
    return False


def gives_same_figures(a: str, b: str, cosine: float) -> bool:
    """Whether two sentences give one figure in close words, amounts spelt out alike
    (`SAME_FIGURE_SIMILARITY`, `SAME_FIGURE_OVERLAP`), one specific figure (`SPECIFIC_FIGURE`,
    `SPECIFIC_FIGURE_SIMILARITY`) or percentage told by one act (`PERCENTAGE`), or the same
    `SAME_FIGURES` figures at all."""
    if cosine >= SPECIFIC_FIGURE_SIMILARITY and percentages(a) & percentages(b) and tell_one_act(a, b):
        return True
    if not figures(a) & figures(b):
        return False
    numbers = shared_numbers(a, b)
    return ((len(numbers) >= SAME_FIGURES and cosine >= SAME_FIGURES_SIMILARITY)
            or (cosine >= SPECIFIC_FIGURE_SIMILARITY and bool(specific_figures(a) & specific_figures(b)))
            or (cosine >= SAME_FIGURE_SIMILARITY and word_overlap(amounts_spelt_out(a), amounts_spelt_out(b)) >= SAME_FIGURE_OVERLAP))


def shared_numbers(a: str, b: str) -> list[str]:
    """The figures (`align.figures`) both texts give that are numbers, not a small count with its noun."""
    return [figure for figure in figures(a) & figures(b) if " " not in figure]


def specific_figures(text: str) -> set[str]:
    """The figures `text` writes to a decimal or in thousands (`SPECIFIC_FIGURE`), commas left out."""
    return {match.group().replace(",", "") for match in SPECIFIC_FIGURE.finditer(text)}


def percentages(text: str) -> set[str]:
    """The percentages `text` gives (`PERCENTAGE`), as "5%" however written ("5 percent")."""
    return {f"{match.group(1)}%" for match in PERCENTAGE.finditer(text)}


def quote_the_same_words(a: str, b: str) -> bool:
    """Whether one sentence quotes most words of a quotation of the other's (`SAME_QUOTE_WORDS`,
    `SAME_QUOTE_SHARE`), or all words of a shorter one in lower case (`SHORT_QUOTE_WORDS`), or of
    one word where both name someone alike in full (`FULL_NAME`); a short quotation opening on a
    capital is a title ("X-Men") or a name."""
    quoted_a, quoted_b = ([(content_words(match.group(0)), match.group(1)[:1].islower()) for match in quoted_spans(text)]
                          for text in (a, b))
    if not (quoted_a and quoted_b):
        return False
    shortest = 1 if full_names(a) & full_names(b) else SHORT_QUOTE_WORDS
    return any(len(words) >= (shortest if lower_case else SAME_QUOTE_WORDS)
               and len(words & set().union(*(other for other, _ in others))) >= SAME_QUOTE_SHARE * len(words)
               for quotations, others in ((quoted_a, quoted_b), (quoted_b, quoted_a)) for words, lower_case in quotations)


def full_names(text: str) -> set[str]:
    """The names `text` gives in full outside quotation marks (`FULL_NAME`), not from its first word."""
    return {match.group() for match in FULL_NAME.finditer(outside_quotes(text)) if match.start() > 0}


def amounts_spelt_out(text: str) -> str:
    """`text` with each amount's short scale written as a word: "$60bn" is "$60 billion"."""
    return AMOUNT_SHORT_SCALE.sub(lambda m: f"{m.group(1)} {SCALE_WORDS[m.group(2)]}", text)


def leads_of_one_event(a: Sentence, b: Sentence, cosine: float, overlap: float) -> bool:
    """Whether the sentences open two articles and tell one event: close enough for two leads, in
    embedding and in words (`LEADS_BARS`), and naming neither other days (`on_other_days`) nor
    another actor (`other_actors`), or closer still than `SAME_ACT_LEADS_SIMILARITY` telling one act
    (`tell_one_act`); or both give one figure (`leads_of_one_figure`); or one tells it more vaguely
    than the other (`VAGUE_LEAD_SIMILARITY`)."""
    if not (a.position == 0 and b.position == 0 and a.article != b.article):
        return False
    if leads_of_one_figure(a, b, cosine):
        return True
    if any(cosine >= least and overlap >= shared for least, shared in LEADS_BARS) or (
            cosine >= SAME_ACT_LEADS_SIMILARITY and tell_one_act(a.text, b.text)):
        return not on_other_days(a.text, b.text) and not other_actors(a.text, b.text)
    return cosine >= VAGUE_LEAD_SIMILARITY and (vaguer_lead(a.text, b.text) or vaguer_lead(b.text, a.text))


def leads_of_one_figure(a: Sentence, b: Sentence, cosine: float) -> bool:
    """Whether two articles' leads (`leads_of_one_event` checks they are) tell one event by a figure both
    give, on no other days (`on_other_days`): one number from `LEADS_FIGURE_SIMILARITY` (two where one gives
    another amount of money: `numbers_of_one_event`), or one specific figure (`leads_of_one_specific_figure`)."""
    return ((cosine >= LEADS_FIGURE_SIMILARITY and not on_other_days(a.text, b.text)
             and len(shared_numbers(*(NUMBER_IN_NAME.sub("", text) for text in (a.text, b.text)))) >= numbers_of_one_event(a.text, b.text))
            or leads_of_one_specific_figure(a, b, cosine))


def leads_of_one_specific_figure(a: Sentence, b: Sentence, cosine: float) -> bool:
    """Whether the sentences open two articles and give one figure written to a decimal or in thousands
    (`specific_figures`) on no other days, from `LEADS_SPECIFIC_FIGURE_SIMILARITY`."""
    return (a.position == 0 and b.position == 0 and a.article != b.article and cosine >= LEADS_SPECIFIC_FIGURE_SIMILARITY
            and bool(specific_figures(a.text) & specific_figures(b.text)) and not on_other_days(a.text, b.text))


def numbers_of_one_event(a: str, b: str) -> int:
    """How many numbers two leads must share to tell one event by them (`leads_of_one_event`): one, or
    `SAME_FIGURES` where one gives an amount of money the other does not (`AMOUNT_OF_MONEY`) and they
    tell no act alike (`tell_one_act`)."""
    amounts_a, amounts_b = ({match.group(1).replace(",", "") for match in AMOUNT_OF_MONEY.finditer(text)} for text in (a, b))
    return SAME_FIGURES if amounts_a != amounts_b and not tell_one_act(a, b) else 1


def tell_one_act(a: str, b: str) -> bool:
    """Whether a verb of what happened (`align.what_happened_words`), not one crediting it
    (`CREDITING_VERBS`), is on the main clauses of both sentences (`tense.main_verbs`): "approved the
    drug" / "the drug was approved"."""
    happened = what_happened_words(a, b) - CREDITING_VERBS
    return bool(happened and happened & main_verbs_of(a) & main_verbs_of(b))


def other_actors(a: str, b: str) -> bool:
    """Whether one lead's main subject is a name the other never gives: "Jon Bernthal says he knew
    of the actor's conduct" beside "The first accusation against the actor came on Oct. 29" tells
    what someone else did, however alike the two read. A subject titled by the other's subject
    is its voice (`titled_by`): "Party Chairwoman Ann Lee blasted the board" and "The party is
    taking aim at the board". And a lead whose subject is no name, telling the same act, may tell
    it without naming its doer (`act_of_unnamed_doer`)."""
    return any(names_missing_from(other, text) and (names := subject_names(text))
               and not {word_stem(name) for name in names} & content_words(other) and not titled_by(text, other)
               and not act_of_unnamed_doer(other, text)
               for text, other in ((a, b), (b, a)))


def act_of_unnamed_doer(text: str, other: str) -> bool:
    """Whether the main subject of `text` is no name (`tense.subject_names`) and both tell one act
    (`tell_one_act`): "The first drug … was approved by U.S. health regulators…" tells "The Food and
    Drug Administration on Monday approved Biogen's drug…" (QA s24 K3, as185: cosine 0.67, a third of
    the words, where "regulators" read as someone else). Where both subjects are names, one act tells
    what two actors did ("Ann Lee threatened to advise members…" / "The Millers Guild… may advise…")."""
    return not subject_names(text) and tell_one_act(text, other)


def titled_by(text: str, other: str) -> bool:
    """Whether the main subject of `other` is a name (`tense.subject_names`) all of whose words are in
    the main subject of `text`, as its title: "Republican National Committee Chairwoman Ronna McDaniel"
    holds "The Republican National Committee" (QA s24 M4, as191: the two outlets' leads on her letter,
    one Agreed fact; the only brief of 85 QA and 394 dev briefs this changes)."""
    names = subject_names(other)
    return bool(names) and {word_stem(name) for name in names} <= content_words(subject_phrase(text))


def subject_phrase(text: str) -> str:
    """The words of the main clause's subject (`tense.main_subject`), with all that hangs on it."""
    subject = main_subject(text)
    return "" if subject is None else " ".join(word.text for word in subject.subtree)


def names_missing_from(other: str, text: str) -> bool:
    """Whether `text` has a capitalised word after its first that `other` lacks: only then can its
    subject be a name `other` never gives, so only then is it parsed (parsing is slow)."""
    words = content_words(other)
    return any(word_stem(word.lower()) not in words for word in CAPITALISED.findall(text))


def vaguer_lead(vague: str, other: str) -> bool:
    """Whether `vague` names nothing and has `other`'s actor as its subject (`tense.same_unnamed_actor`)."""
    return not NAMES_SOMETHING.search(vague) and same_unnamed_actor(vague, other)


def on_other_days(a: str, b: str) -> bool:
    """Whether both texts name a weekday (`judge.WEEKDAY`), and none the same: leads dated to other
    days tell other events ("congratulated her on Tuesday" / "endorsed her Thursday"), however
    alike they read. A day after a verb of saying dates the saying (`SAID_ON_DAY`), not the event."""
    days_a, days_b = (frozenset(day.lower() for day in WEEKDAY.findall(SAID_ON_DAY.sub("", text))) for text in (a, b))
    return bool(days_a and days_b and not days_a & days_b)


def fill_budget(ranked: list[int], sentences: list[Sentence], budget: Budget) -> list[int]:
    """Take sentences in rank order while they fit."""
    chosen: list[int] = []
    words = 0
    for index in ranked:
        sentence = sentences[index]
        if not budget.fits(words, len(chosen), sentence.words):
            if budget.sentences is not None:
                break
            continue
        chosen.append(index)
        words += sentence.words
    return chosen


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-12)


def sentence_features(sentences: list[Sentence], embeddings: np.ndarray, similarity: np.ndarray) -> dict[str, np.ndarray]:
    """What each sentence has going for it, as named columns.

    Centroids weigh each article the same, so one long article cannot define the story.
    """
    owner = np.array([s.article for s in sentences])
    articles = int(owner.max()) + 1
    centroids = np.array([
        _unit(embeddings[owner == a].mean(axis=0)) if (owner == a).any() else np.zeros(embeddings.shape[1])
        for a in range(articles)
    ])
    story = _unit(centroids.mean(axis=0))
    centrality = embeddings @ story
    article_centrality = (centroids @ story)[owner]
    position = np.array([s.position for s in sentences], dtype=np.float64)
    lead = 1.0 / (1.0 + position)
    lengths = np.bincount(owner, minlength=articles)[owner]
    words = np.array([s.words for s in sentences], dtype=np.float64)
    corroborated = np.zeros(len(sentences))
    for article in range(articles):
        columns = owner == article
        if columns.any():
            corroborated += np.where(owner == article, 0.0, similarity[:, columns].max(axis=1) >= 0.6)
    article_words = [set().union(*(content_words(s.text) for s in sentences if s.article == a)) for a in range(articles)]
    spread = Counter(word for bag in article_words for word in bag)
    shared = np.array([
        np.mean([spread[w] / articles for w in bag]) if bag else 0.0
        for bag in (content_words(s.text) for s in sentences)
    ])
    return {
        "centrality": centrality,
        "article_similarity": np.einsum("ij,ij->i", embeddings, centroids[owner]),
        "support": support_strength(sentences, similarity, articles),
        "corroborated": corroborated / max(articles - 1, 1),
        "lead": lead,
        "first": (position == 0).astype(np.float64),
        "second": (position == 1).astype(np.float64),
        "relative_position": position / lengths,
        "paragraph_lead": np.array([1.0 / (1.0 + s.paragraph) for s in sentences]),
        "log_words": np.log(words),
        "mid_length": ((words >= 15) & (words <= 35)).astype(np.float64),
        "quote": np.array([1.0 if QUOTE_MARKS.search(s.text) else 0.0 for s in sentences]),
        "number": np.array([1.0 if re.search(r"\d", s.text) else 0.0 for s in sentences]),
        "capitalised": np.array([sum(w[:1].isupper() for w in s.text.split()[1:]) / s.words for s in sentences]),
        "article_centrality": article_centrality,
        "log_article_sentences": np.log(lengths),
        "log_articles": np.full(len(sentences), np.log(articles)),
        "shared_words": shared,
        "central_lead": centrality * lead,
        "article_central_lead": article_centrality * lead,
    }


@dataclass(frozen=True)
class CentralSupportSummarizer:
    """Unsupervised: sentences central to the story, stated by several outlets, near each lead.

    score = centrality + support + position, where centrality is the cosine to the story's
    centroid, support the mean best match in the other articles, and position a lead bonus
    that decays through each article.
    """

    centrality_weight: float = 1.0
    support_weight: float = 0.8
    position_weight: float = 0.35
    name: str = "central-support"

    def scores(self, features: dict[str, np.ndarray]) -> np.ndarray:
        position = 1.0 / (1.0 + (1.0 / features["lead"] - 1.0) / 4.0)
        return (
            self.centrality_weight * features["centrality"]
            + self.support_weight * features["support"]
            + self.position_weight * position
        )

    def __call__(self, sentences: list[Sentence], embeddings: np.ndarray, budget: Budget) -> list[int]:
        return select(self.scores, sentences, embeddings, budget)


@dataclass(frozen=True)
class LearnedSummarizer:
    """Ridge regression over `sentence_features`, trained to predict how much of a sentence
    (unigrams and bigrams) a human round-up keeps. Weights ship in the package and are
    reproduced by `benchmarks/train_summarizer.py`; references are never used at inference.
    """

    model: dict | None = None  # None: the weights shipped in newsbrief/resources
    name: str = "newsbrief"

    def __post_init__(self) -> None:
        if self.model is None:
            weights = resources.files("newsbrief") / "resources" / "summarizer-ridge.json"
            object.__setattr__(self, "model", json.loads(weights.read_text()))

    def scores(self, features: dict[str, np.ndarray]) -> np.ndarray:
        model = self.model
        matrix = np.column_stack([features[name] for name in model["features"]])
        standardised = (matrix - np.array(model["mean"])) / np.array(model["scale"])
        return standardised @ np.array(model["weights"]) + model["bias"]

    def __call__(self, sentences: list[Sentence], embeddings: np.ndarray, budget: Budget) -> list[int]:
        return select(self.scores, sentences, embeddings, budget)


def select(score, sentences: list[Sentence], embeddings: np.ndarray, budget: Budget) -> list[int]:
    """Best-scored complete sentences that say something new, within the budget, in reading order.

    Greedy: each step takes the non-redundant unit that still fits and has the best score less
    its repeat penalty (`REPEAT_PENALTY`), so that after the names and the main fact are in, a
    sentence adding new words beats one restating them. A unit is one sentence that reads alone,
    or one that leans on its article's sentence before it (`leans_on_sentence_before`: "But…",
    "…,” he said.", a bare quotation) once that sentence is in, or a lead-in on its article's
    sentence after it (`PROMISES_NEXT`); or the two together, scored as their mean. `reading_order` keeps such a sentence right after the one it leans on: anywhere
    else the reader takes "he", or the quotation, for whoever the brief named last. On
    Multi-News dev (5-fold CV) this reads 46.80 / 16.55 against 46.55 / 16.69 with bare
    quotations let in anywhere and connective openers left out. A sentence announcing as coming
    an event a chosen sentence reports as done is stale, and leaves (`stale_announcements`).
    """
    if not sentences:
        return []
    similarity = embeddings @ embeddings.T
    scores = score(sentence_features(sentences, embeddings, similarity))
    words = [content_words(s.text) for s in sentences]
    penalty = REPEAT_PENALTY * float(np.std(scores))
    introduced = introductions(sentences)
    retold = leads_retelling(sentences, similarity, introduced)
    leans_on = sentences_leaned_on(sentences, introduced)
    chosen: list[int] = []
    used = 0
    covered: set[str] = set()

    plain_scores = scores.tolist()

    def gain(index: int) -> float:
        return plain_scores[index] - penalty * len(words[index] & covered) / max(len(words[index]), 1)

    def fits(unit: list[int]) -> bool:
        return budget.fits(used, len(chosen), sum(sentences[i].words for i in unit)) and (
            budget.sentences is None or len(chosen) + len(unit) <= budget.sentences)

    def unit_of(index: int) -> list[int] | None:
        # The sentence leaned on must itself read alone, or lean on this one only (a lead-in and the
        # sentence after it that leans back on it), so a unit is never more than two.
        needed = leans_on.get(index, index)
        if needed is None:
            return None
        if needed == index or needed in chosen or introduced_among(index, chosen, sentences, introduced, retold) is not None:
            return [index]
        if (needed in open_sentences and leans_on.get(needed, index) == index
                and not is_redundant(index, [needed], sentences, similarity)):
            return [needed, index]
        return None

    def new_words(index: int) -> float:
        return len(words[index] - covered)

    # In score order, so that a tie goes to the better-scored unit. Once redundant with a chosen
    # sentence, always so; once outdated by one (`outdated`), too, but parsing is slow, so that is
    # asked only of the unit about to be taken, against every sentence taken before it.
    def grow(candidates: list[int], says_something_new, worth, wanted) -> None:
        nonlocal chosen, used, covered, open_sentences
        while wanted():
            open_sentences = set(candidates)
            units = [unit for unit in map(unit_of, candidates) if unit and fits(unit)]
            if not units:
                break
            best = max(units, key=lambda unit: sum(map(worth, unit)) / len(unit))
            if len(best) == 1:
                best = [fuller_version(best[0], [unit[0] for unit in units if len(unit) == 1], words, sentences, similarity)]
            outdated_in_best = [i for i in best if outdated(i, taken, sentences, similarity)]
            if outdated_in_best:
                candidates = [i for i in candidates if i not in outdated_in_best]
                continue
            taken.extend(best)
            chosen += best
            stale = stale_announcements(best, chosen, sentences, similarity, leans_on)
            chosen = [i for i in chosen if i not in stale]
            used = sum(sentences[i].words for i in chosen)
            covered = set().union(*(words[i] for i in chosen))
            candidates = [i for i in candidates if i not in best and says_something_new(i, best)]

    whole = readable(sentences)
    ranked = [i for i in sorted(range(len(sentences)), key=lambda i: -scores[i]) if whole[i]]
    taken: list[int] = []
    open_sentences: set[int] = set()
    grow(ranked, lambda i, best: not is_redundant(i, best, sentences, similarity), gain, lambda: True)

    # Well under the budget, a sentence held for a repeat comes back if it adds a fact
    # (`UNDER_BUDGET_SHARE`), the one adding most words first: the best-scored is the one most
    # like the story told so far; past one sentence, not one stating a fact the brief states; nor,
    # whatever the brief's length, one retelling an act it tells (`retells_act_of`), or a lead giving
    # a chosen lead's specific figure (`leads_of_one_specific_figure`): nt972 took back a third outlet's
    # "…as employers added 255,000 jobs, a bigger-than-expected gain…" (its new words are colour), neus87
    # a second "…added a better-than-expected 250,000 jobs in October…". Not any number: "$15 an hour"
    # held s27 nt885's lead adding the date the raise starts and the count of workers it reaches.
    def adds_to_brief(i: int, best: list[int] = ()) -> bool:
        return (adds_facts(sentences[i].text, words[i], covered)
                and not (len(chosen) > 1 and states_fact_of(i, chosen, sentences, similarity))
                and not retells_act_of(i, chosen, sentences, similarity)
                and not any(leads_of_one_specific_figure(sentences[i], sentences[j], similarity[i, j]) for j in chosen))

    grow([i for i in ranked if i not in taken and adds_to_brief(i)], adds_to_brief, new_words,
         lambda: budget.well_under(used, len(chosen)))

    # With no whole sentence to take, or only ones telling what had happened before (`tells_background`),
    # a lead the site cut off still tells the story; it is shown as cut (`pipeline.summarize`), and one
    # is enough.
    if all(tells_background(sentences[i].text) for i in chosen):
        cut = [i for i, is_cut in enumerate(cut_off_at_end(sentences))
               if is_cut and i not in leans_on and fits([i]) and not is_redundant(i, chosen, sentences, similarity)]
        chosen += [max(cut, key=lambda i: scores[i])] if cut else []
    return reading_order(chosen, sentences, scores, retold)


def fuller_version(index: int, others: list[int], words: list[frozenset[str]], sentences: list[Sentence],
                   similarity: np.ndarray) -> int:
    """Of lead `index` and the leads among `others` repeating it (`is_redundant`) with `FULLER_SHARE` of its
    content words, its figures and more words, the one with most content words."""
    if sentences[index].position != 0:
        return index
    fuller = [j for j in others if sentences[j].position == 0 and len(words[j]) > len(words[index])
              and figures(sentences[index].text) <= figures(sentences[j].text)
              and len(words[j] & words[index]) >= FULLER_SHARE * len(words[index])
              and is_redundant(j, [index], sentences, similarity)]
    return max(fuller, key=lambda j: len(words[j]), default=index)


def adds_facts(text: str, words: frozenset[str], covered: set[str]) -> bool:
    """Whether a sentence with these content words tells the brief, which has `covered`, a fact it
    lacks: at least `NEW_FACT_WORDS` of its words, and `NEW_FACT_SHARE` of them, new, and a name or
    a number none of whose words the brief has (`NAME_OR_NUMBER`: "Joe Biden" is no new name
    beside "Biden", nor "Taliban-controlled" beside "Taliban")."""
    if len(words - covered) < max(NEW_FACT_WORDS, NEW_FACT_SHARE * len(words)):
        return False
    return any((named := content_words(match.group())) and not named & covered for match in NAME_OR_NUMBER.finditer(text))


def states_fact_of(index: int, chosen: list[int], sentences: list[Sentence], similarity: np.ndarray) -> bool:
    """Whether sentence `index` states what one of the chosen sentences states (`align.states_same_fact`)."""
    return any(states_same_fact(sentences[index].text, sentences[i].text, similarity[index, i]) for i in chosen)


def retells_act_of(index: int, chosen: list[int], sentences: list[Sentence], similarity: np.ndarray) -> bool:
    """Whether sentence `index` tells an act one of the chosen sentences tells (`tell_one_act`), as close
    to it as two leads of one act (`SAME_ACT_LEADS_SIMILARITY`), and either gives no figure the brief lacks
    (`align.figures`) or states that sentence's fact (`align.states_same_fact`): "…recommended that Cohen
    spend the next four years in jail for the eight charges…" tells what "Cohen could be spending the
    next few years in jail" does not."""
    text = sentences[index].text
    new_figure = bool(figures(text) - set().union(*(figures(sentences[i].text) for i in chosen)))
    return any(similarity[index, i] >= SAME_ACT_LEADS_SIMILARITY and tell_one_act(text, sentences[i].text)
               and (not new_figure or states_same_fact(text, sentences[i].text, similarity[index, i]))
               for i in chosen)


def stale_announcements(best: list[int], chosen: list[int], sentences: list[Sentence], similarity: np.ndarray,
                        leans_on: dict[int, int | None]) -> set[int]:
    """The chosen sentences that announce as coming what one of `best` reports as done ("The board
    will vote on the plan" once "The board voted on the plan" is in: the later state makes the
    earlier one stale), with any chosen sentence that leans on one of them."""
    stale = {i for i in chosen if i not in best and outdated(i, best, sentences, similarity)}
    return stale | {i for i in chosen if leans_on.get(i) in stale}


def outdated(announced: int, done: list[int], sentences: list[Sentence], similarity: np.ndarray) -> bool:
    """Whether one of the sentences `done` reports as done what sentence `announced` announces as
    coming (`tense.outdates`) on no other weekday (`on_other_days`: a speech announced for Friday
    is not the one given on Tuesday). One event told in two tenses reads alike, so only sentences
    this close are parsed (parsing is slow)."""
    return any(similarity[announced, i] >= SAME_EVENT_SIMILARITY and not on_other_days(sentences[i].text, sentences[announced].text)
               and outdates(sentences[i].text, sentences[announced].text) for i in done)


def sentence_before(sentences: list[Sentence], among: Iterable[int]) -> dict[int, int]:
    """For each of `among`, the one of `among` that comes right before it in its article."""
    at = {(sentences[i].article, sentences[i].position): i for i in among}
    return {i: at[sentences[i].article, sentences[i].position - 1]
            for i in at.values() if (sentences[i].article, sentences[i].position - 1) in at}


def sentences_leaned_on(sentences: list[Sentence], introduced: dict[int, tuple[int, str]]) -> dict[int, int | None]:
    """Each sentence that reads right only beside another, with that other: its article's sentence
    before it (`leans_on_sentence_before`), or else the one that introduces the person it calls by
    surname alone or what its opening noun stands for (`introduced`, from `introductions`); None
    where its article has no sentence before it. An article's first sentence opening on a noun for
    what the sentence before told of (`opening_referring_noun`) leans on the title, which the brief never
    prints: "The move came after a lunch with the president…" opens on the Senate adjourning, which
    only the title says. (A place it describes may be one it named: "…ready to defend the territory".)
    The other way round, a lead-in leans on its article's sentence after it, which tells what it
    promises (`PROMISES_NEXT`); None where there is none, or where it leans on one before it too: a
    unit is never more than two."""
    before = sentence_before(sentences, range(len(sentences)))
    after = {earlier: later for later, earlier in before.items()}
    leaned = ({i: first for i, (first, _) in introduced.items()}
              | {i: None for i, s in enumerate(sentences) if s.position == 0 and opening_referring_noun(s.text)}
              | {i: before.get(i) for i, s in enumerate(sentences) if leans_on_sentence_before(s)})
    return leaned | {i: None if i in leaned else after.get(i) for i, s in enumerate(sentences) if PROMISES_NEXT.search(s.text)}


def introduced_among(index: int, among: Iterable[int], sentences: list[Sentence],
                     introduced: dict[int, tuple[int, str]],
                     retold: dict[tuple[int, str], set[int]] | None = None) -> int | None:
    """The first of `among` (another article's too) that introduces what sentence `index` names
    without introducing (`introductions`, `introduces`), or another article's lead telling the event
    its own lead introduced (`retold`, from `leads_retelling`), where that is all it leans on: after
    it, the surname or the noun reads right."""
    if index not in introduced or leans_on_sentence_before(sentences[index]):
        return None
    introduction = introduced[index]
    retellings = retold.get(introduction, ()) if retold else ()
    return next((i for i in among if i != index and (introduces(introduction[1], sentences[i].text) or i in retellings)),
                None)


def leads_retelling(sentences: list[Sentence], similarity: np.ndarray,
                    introduced: dict[int, tuple[int, str]]) -> dict[tuple[int, str], set[int]]:
    """For each article's lead that introduces an event a later sentence calls by its noun
    (`EVENT_NOUNS`: "The decision was unanimous."), with the noun, the other articles' leads telling
    that event (`leads_of_one_event`): the brief takes one lead of an event, and after the one it
    takes, "the decision" is that lead's decision (QA s25 D5: as223's "The decision means adolescents
    ages 12 to 15 could qualify…" and nt734's "The decision was unanimous…" were lost with their own
    article's lead, held for a repeat of another outlet's). Where the lead says the noun itself
    ("…is offering a new deal…" for "The offer was made…"), the other must say it too: a lead on the
    costs the firm seeks tells the same filing, not the offer."""
    leads = [i for i, s in enumerate(sentences) if s.position == 0]
    retold = {}
    for first, word in {(first, word) for first, word in introduced.values()
                        if word in EVENT_NOUNS and sentences[first].position == 0}:
        noun = word_stem(word)
        says_noun = noun in content_words(sentences[first].text)
        retold[first, word] = {i for i in leads if (not says_noun or noun in content_words(sentences[i].text))
                               and leads_of_one_event(sentences[first], sentences[i], similarity[first, i],
                                                      word_overlap(sentences[first].text, sentences[i].text))}
    return retold


def introduces(word: str, text: str) -> bool:
    """Whether `text` introduces what `word`, from `introductions`, stands for: a surname by naming
    the person in full (`names_in_full`), a noun by saying it ("allegations", "a boy"), a place's
    description by saying each of its words ("the semi-autonomous Kurdish region of north Iraq"
    for "semi-autonomous region"), outside quotation marks: a speaker's "our region" is theirs.
    Only the noun itself: "Kleiner offered to settle before the trial" is another offer than "The
    offer was made in papers filed this week"; a plural noun in the singular too ("a rare blood
    clot" for "The clots occurred…"), but not the other way ("two boys" are no "The boy")."""
    if word[:1].isupper():
        return names_in_full(word, text)
    unquoted = outside_quotes(text)
    return all(re.search(rf"\b(?:{re.escape(part)}|{re.escape(singular(part))})\b", unquoted, re.IGNORECASE)
               for part in word.split())


def singular(noun: str) -> str:
    """A plural noun in the singular, as `align.word_stem` cuts an "s" ("clots": "clot"); else the noun."""
    return word_stem(noun, ("s",))


def introductions(sentences: list[Sentence]) -> dict[int, tuple[int, str]]:
    """For each sentence that names what it does not introduce, the sentence of its article that
    does, with the word: a person's surname (`people_by_surname`), or an opening noun for an
    event or a person ("The allegations were…", "The boy was…") or a place's description ("the
    semi-autonomous region"), which the sentence before it told of (`referred_to`), or a group by a
    name the cluster gives only there (`GROUP_NAME_SUBJECT`: "The Raiderettes claimed…")."""
    before = sentence_before(sentences, range(len(sentences)))
    referring = {i: (before[i], word) for i, s in enumerate(sentences)
                 if i in before and (word := referred_to(s.text, sentences[before[i]].text))}
    return people_by_surname(sentences) | people_by_noun(sentences) | groups_named_once(sentences, before) | referring


def groups_named_once(sentences: list[Sentence], before: dict[int, int]) -> dict[int, tuple[int, str]]:
    """For each sentence opening on a group's name as its subject (`GROUP_NAME_SUBJECT`) that no other
    sentence of the cluster gives, its article's sentence before it, with the name."""
    named = Counter(word for s in sentences for word in re.findall(r"\b[A-Z][a-z]+s\b", s.text))
    return {i: (before[i], match.group("name")) for i, s in enumerate(sentences)
            if i in before and (match := GROUP_NAME_SUBJECT.match(s.text)) and named[match.group("name")] == 1}


def people_by_noun(sentences: list[Sentence]) -> dict[int, tuple[int, str]]:
    """For each sentence that calls someone by a definite noun past its opening, outside quotation marks
    (`PERSON_NOUN`: "…revealed the boy standing on…"), with the noun, the first sentence of its article
    to introduce someone by that noun ("a boy", "a young boy"), where that comes before it."""
    order = sorted(range(len(sentences)), key=lambda i: (sentences[i].article, sentences[i].position))
    found = {}
    for i in order:
        sentence = sentences[i]
        for match in PERSON_NOUN.finditer(outside_quotes(sentence.text)):
            noun = match.group("noun")
            first = next((j for j in order if sentences[j].article == sentence.article
                          and sentences[j].position < sentence.position
                          and re.search(rf"\b[Aa]n?\s+(?:[\w-]+\s+)?{noun}\b", outside_quotes(sentences[j].text))), None)
            if first is not None:
                found[i] = (first, noun)
                break
    return found


def people_by_surname(sentences: list[Sentence]) -> dict[int, tuple[int, str]]:
    """For each sentence whose speaker, subject or subject's owner is a surname alone (`SURNAME_ALONE`:
    '…," Milner said.', "Milner's lawyer said…"), with that surname, the first sentence of its
    article to name that person in full ("Jordan Milner, who lives across the street, said…"),
    where that comes before it and the sentence does not name them in full itself. A word the
    article also writes in lower case is no surname ("Police said"), and one the article never
    gives in full ("Reuters", "Madonna") is how it calls them throughout."""
    lower_case = defaultdict(set)
    for sentence in sentences:
        lower_case[sentence.article].update(LOWER_CASE_WORD.findall(sentence.text))
    order = sorted(range(len(sentences)), key=lambda i: (sentences[i].article, sentences[i].position))
    found = {}
    for i in order:
        sentence = sentences[i]
        for match in SURNAME_ALONE.finditer(sentence.text):
            name = match.group("name") or match.group("after") or match.group("subject")
            if name.lower() in lower_case[sentence.article] or name in SENTENCE_OPENERS or names_in_full(name, sentence.text):
                continue
            first = next((j for j in order if sentences[j].article == sentence.article
                          and sentences[j].position < sentence.position and names_in_full(name, sentences[j].text)), None)
            if first is not None:
                found[i] = (first, name)
                break
    return found


def names_in_full(surname: str, text: str) -> bool:
    """Whether `text` names someone by a first name or title before `surname` ("Jordan Milner",
    "President Trump", an initial or a nickname between: 'William "Mo" Milner'), not by a courtesy
    title ("Mr. Milner") or a word opening a sentence ("But Milner"), and with the name ending
    there: in "Dallas-based Southwest Airlines" the word is no surname."""
    return any((word := match.group(1).rstrip(".")) not in SENTENCE_OPENERS and word not in COURTESY_PRONOUNS
               for match in re.finditer(rf"(?<![\w.’'-])([A-Z][\w’'.-]*)\s+(?:[A-Z]\.\s+|[\"“][\w’'. -]+[\"”]\s+)?"
                                        rf"{re.escape(surname)}\b(?!\s+[A-Z])", text))


def reading_order(chosen: list[int], sentences: list[Sentence], scores: np.ndarray,
                  retold: dict[tuple[int, str], set[int]] | None = None) -> list[int]:
    """Lead with a sentence that `can_lead`, then follow the stories' own order.

    The lead is the best-scored chosen sentence that opens its article, when one scores at
    least the median of the chosen (reporters write first sentences to open a story, and on
    Multi-News they read better as the brief's first line than the best-scored sentence, which
    is often a detail: "The coroner recorded a conclusion of accidental death."); else the
    best-scored that can lead; else the best-scored. The rest are sorted by how far into its
    article each sentence sits (relative position), which keeps every source's order and
    interleaves sources the way a round-up reads; a sentence that `follows_sentence_before` stays
    right after the sentence before it in its article, and one adding to what its article told
    (`added_to`) after the last sentence of its article the brief has before it. A sentence naming
    what it does not introduce (`introductions`) never leads, nor one telling what had happened
    before (`tells_background`) where another can.
    """
    if not chosen:
        return []
    lengths: dict[int, int] = {}
    for s in sentences:
        lengths[s.article] = max(lengths.get(s.article, 0), s.position + 1)
    introduced = introductions(sentences)
    leans_on = sentences_leaned_on(sentences, introduced)
    before = sentence_before(sentences, chosen) | added_to(chosen, sentences)

    def reads_after(i: int) -> bool:
        """Whether chosen sentence `i` stays right after its article's sentence before it: it follows
        that one (`follows_sentence_before`), or that one is a lead-in promising it (`PROMISES_NEXT`)."""
        return i in before and (follows_sentence_before(sentences[i], sentences[before[i]].text) or leans_on.get(before[i]) == i)

    leads = [i for i in chosen if can_lead(sentences[i]) and i not in introduced and not reads_after(i)] or chosen
    leads = [i for i in leads if not tells_background(sentences[i].text)] or leads
    openers = [i for i in leads if sentences[i].position == 0 and scores[i] >= np.median(scores[chosen])]
    lead = max(openers or leads, key=lambda i: scores[i])

    def place(i: int, placed: frozenset[int] = frozenset()) -> tuple[float, ...]:
        anchor = i
        while reads_after(anchor):
            anchor = before[anchor]
        first = sentences[anchor]
        own = (-1.0 if anchor == lead else first.position / lengths[first.article], first.article, sentences[i].position)
        # A surname or a noun another sentence introduced comes right after that sentence, if not
        # already after it, and the sentences that follow it come along in their order. Two that
        # name one thing ("The deal will give…", "The deal covers…") introduce it for each other:
        # the chain stops at a sentence it has passed.
        placed |= {i, anchor}
        introducer = None if leans_on.get(anchor) in chosen else introduced_among(anchor, chosen, sentences, introduced, retold)
        if introducer is None or introducer == lead or introducer in placed:
            return own
        return max(own, (*place(introducer, placed), sentences[i].position))

    return [lead, *sorted((i for i in chosen if i != lead), key=place)]


def added_to(chosen: list[int], sentences: list[Sentence]) -> dict[int, int]:
    """For each chosen sentence that adds to what its article told before it (`ADDS_TO_BEFORE`), the
    last chosen sentence of its article before it, its sentence before or, where the brief leaves that
    out, an earlier one: "S&P 500 and Nasdaq 100 futures were also higher." adds to its outlet's
    futures, and read after another outlet's sentence on stocks falling, to those (QA s27 D1, nt892).
    On 394 dev briefs this moves 12 such sentences, 7 next to what they add to ("Rastafarians can
    also legally use marijuana…" after the plants Jamaica permits), 5 to places as good as before."""
    found = {}
    for i in chosen:
        sentence = sentences[i]
        earlier = [j for j in chosen if sentences[j].article == sentence.article and sentences[j].position < sentence.position]
        if earlier and ADDS_TO_BEFORE.match(sentence.text):
            found[i] = max(earlier, key=lambda j: sentences[j].position)
    return found


# name -> "module:Class", imported on first use so the baselines cost nothing until asked for.
SUMMARIZERS = {
    "newsbrief": "newsbrief.summarize:LearnedSummarizer",
    "central-support": "newsbrief.summarize:CentralSupportSummarizer",
    "lead": "newsbrief.baselines:LeadSummarizer",
    "lexrank": "newsbrief.baselines:LexRankSummarizer",
    "textrank": "newsbrief.baselines:TextRankSummarizer",
}


def get_summarizer(name: str = "newsbrief") -> Summarizer:
    """The summarizer registered under `name`."""
    import importlib

    try:
        module, cls = SUMMARIZERS[name].split(":")
    except KeyError:
        raise ValueError(f"unknown summarizer {name!r}; choose one of {', '.join(SUMMARIZERS)}") from None
    return getattr(importlib.import_module(module), cls)()
