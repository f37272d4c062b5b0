"""The rule judge on statements it cannot tie to one fact: figures of pronoun subjects that name no
one, a prohibition naming a rule, and leave a court granted. Invented snippets; entities from spaCy."""
from __future__ import annotations

import pytest

from newsbrief.entities import mentions
from newsbrief.judge import RuleJudge, Statement

RULES = RuleJudge()


def judged(a: str, b: str):
    first, second = (Statement(text, found) for text, found in zip((a, b), mentions([a, b])))
    verdict, reverse = RULES(first, second), RULES(second, first)
    assert (verdict and verdict.kind) == (reverse and reverse.kind)
    return verdict


@pytest.mark.parametrize("a, b", [
    # Lines of a list of defendants: each "His"/"Her" is another person.
    ("His bail was set at $50,000.", "Her bail was set at $75,000."),
    ("His bail was set at $50,000.", "His bail was set at $75,000."),
    ("She was hired in 2011 as a clerk.", "He was hired in 2014 as a clerk."),
])
def test_figures_or_dates_of_two_unnamed_subjects_are_no_disagreement(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b, kind", [
    # A statement that names its subject ties the figure to it.
    ("Marco Diaz's bail was set at $50,000.", "His bail was set at $75,000.", "numbers"),
    ("Marco Diaz was hired in 2011 as a clerk.", "He was hired in 2014 as a clerk.", "dates"),
])
def test_a_named_subject_against_a_pronoun_still_disagrees(a, b, kind):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == kind


def test_a_prohibition_naming_a_rule_negates_nothing():
    # "the order prohibiting rentals" says which order was halted; neither denies the rentals.
    assert judged("A federal judge halted the city's order prohibiting scooter rentals downtown on Monday.",
                  "Scooter rentals escaped a city-ordered halt downtown after a judge issued an injunction.") is None


def test_a_prohibition_as_the_claim_still_negates():
    verdict = judged("The city prohibited scooter rentals downtown on Monday.",
                     "The city allowed scooter rentals downtown on Monday.")
    assert verdict is not None and verdict.kind == "negation"


def test_leave_a_court_granted_is_no_hedge():
    assert judged("A state court ruled in 2010 that the college could rename the stadium only after it repaid the gift.",
                  "The college announced Tuesday that it will spend two million dollars to rename the stadium.") is None


def test_a_modal_outside_a_ruling_still_hedges():
    verdict = judged("Officials said the college could rename the stadium after it repaid the gift.",
                     "The college renamed the stadium after it repaid the gift.")
    assert verdict is not None and verdict.kind == "hedging"
