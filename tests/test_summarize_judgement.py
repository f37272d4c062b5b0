"""A sentence in which the writer passes a judgement of their own ("an utterly pathetic stunt", "the
president is right") is the outlet's opinion, which a brief would state as the story's (QA s27 D4):
the brief leaves it out. A judgement someone is said to pass, or one inside quotation marks, is news.
Invented snippets.
"""
from __future__ import annotations

import numpy as np
import pytest

from newsbrief.models import Sentence
from newsbrief.summarize import Budget, judges, readable, select


def s(text: str, article: int = 0, position: int = 0) -> Sentence:
    return Sentence(text, article, position, 0)


@pytest.mark.parametrize("text", [
    "The mayor's plan to sell the harbour marks an utterly pathetic attempt to win back the suburbs.",
    "Her brave and principled decision to testify will be remembered long after the vote.",
    "The council has risen in the polls thanks to the absolutely huge sums it spent on adverts.",
    "The row was one more sign that the governor is right about the state's ageing bridges.",
    "Frankly, the new stadium was always going to cost more than the city was told.",
    "Six months in, the deal makes clear that the minister never meant to cut the fares.",
    "Critics of the ridiculous new parking rules gathered outside the town hall on Monday.",
])
def test_a_judgement_in_the_writers_voice(text):
    assert judges(text)


@pytest.mark.parametrize("text", [
    # Someone else's judgement, reported: the verb of saying comes before the word.
    "The opposition leader said the plan to sell the harbour was absurd and would cost jobs.",
    "Residents called the new parking rules ridiculous at a packed meeting on Monday night.",
    # Quoted: the speaker's words.
    "\"This is an utterly pathetic attempt to win back the suburbs,\" the opposition leader said.",
    # Words that describe rather than judge are not in the list, nor a capitalised one mid-sentence.
    "Extreme heat and stark warnings from forecasters kept crowds away from the beach on Sunday.",
    "Tickets for the Weird Science revival went on sale at the theatre on Friday morning.",
    "The governor is right-wing on taxes but has backed new spending on the state's bridges.",
])
def test_no_judgement_of_the_writers_own(text):
    assert not judges(text)


# One article reports a harbour sale; another says the same with the writer's judgement.
REPORT = s("The city council voted on Tuesday to sell the old harbour to a property developer.", 0, 0)
JUDGED = s("The city council made the utterly foolish choice on Tuesday to sell the old harbour.", 1, 0)
PRICE = s("The developer will pay 40 million dollars and plans to build flats on the site.", 0, 1)


def test_a_sentence_judging_in_the_writers_voice_is_not_taken_as_a_whole_statement():
    assert readable([REPORT, JUDGED, PRICE]) == [True, False, True]


def test_the_brief_tells_the_story_from_a_neutral_sentence_even_where_the_judging_one_scores_best():
    # Scores put the judging sentence first; it is not taken, and the report leads.
    scores = np.array([2.0, 3.0, 1.0])
    assert select(lambda _: scores, [REPORT, JUDGED, PRICE], np.eye(3), Budget(sentences=2)) == [0, 2]
