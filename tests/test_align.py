"""Which sentences of other articles corroborate a sentence (`align.same_fact_sentences`)."""
from __future__ import annotations

import numpy as np
import pytest

from newsbrief.align import (PARAPHRASE_SIMILARITY, SAME_FACT_SIMILARITY, figures, same_fact_sentences,
                             shares_fact_words, states_same_fact, tallies, tells_what_happened,
                             what_happened_words)
from newsbrief.models import Sentence

CHARGED = "Prosecutors charged Haldor with fraud this month over the 2009 collapse of Brightwater Bank in Oslo."
# The same man, bank, city and year, but no charge: a sentence of the story, not of this fact.
SUSPECTED = "Haldor, a former sailor from Bergen, long faced questions about his role at Brightwater Bank in Oslo in 2009."
ALSO_CHARGED = "Oslo prosecutors have charged Haldor with fraud, a court filing shows."


def test_sharing_only_names_and_the_year_is_not_sharing_what_happened():
    assert shares_fact_words(CHARGED, SUSPECTED)  # enough shared words for the old test alone
    assert not what_happened_words(CHARGED, SUSPECTED)
    assert what_happened_words(CHARGED, ALSO_CHARGED)


def test_a_shared_figure_is_what_happened_and_a_word_in_lower_case_is_no_name():
    assert tells_what_happened("Haldor took 43 percent of Brightwater.", "Brightwater says Haldor held 43%.")
    assert what_happened_words("Oslo police arrested Haldor on Tuesday.", "Haldor was held by Oslo Police.")


def _corroborating(candidate: str, cosine: float) -> list[int]:
    sentences = [Sentence(CHARGED, 0, 0), Sentence(candidate, 1, 0)]
    return same_fact_sentences(sentences[0], sentences, np.array([1.0, cosine]))


def test_a_sentence_sharing_only_names_and_the_year_does_not_corroborate():
    cosine = (SAME_FACT_SIMILARITY + PARAPHRASE_SIMILARITY) / 2
    assert _corroborating(SUSPECTED, cosine) == []
    assert _corroborating(ALSO_CHARGED, cosine) == [1]


def test_a_paraphrase_close_in_embedding_corroborates_in_words_of_its_own():
    assert _corroborating(SUSPECTED, PARAPHRASE_SIMILARITY) == [1]


def test_a_tally_gives_both_its_figures_however_it_is_written():
    assert figures("The bill passed 218-207 after a long night.") == figures("The bill passed by 218 to 207.") == {"218", "207"}
    assert figures("The council voted 12–9 for the plan.") == {"12"}  # a one-digit count is no figure alone
    assert figures("An AK-47 and a 19-year-old.") == {"19"}  # a name's number is no figure


def test_a_capitalised_word_after_a_small_number_is_a_title_or_name_not_what_is_counted():
    assert figures("The show led to a book, Cooking With the Two Fat Ladies.") == frozenset()
    assert figures("The five Democratic senators voted against the ferry bill.") == {"5 senator"}
    assert figures("Two ferries were cancelled.") == {"2 ferri"}
    assert figures("TWO FERRIES CANCELLED") >= {"2 ferri"}  # a shouted headline still counts


def test_two_different_numbers_of_one_kind_of_thing_are_two_facts():
    # Both share "percent" and "crew", a word of what happened, but tell two figures of two groups.
    white = "At least 60 percent of the ferry crew are volunteers, the operator's figures show."
    senior = "Among senior ferry crew, 36 percent are volunteers, according to the operator."
    cosine = (SAME_FACT_SIMILARITY + PARAPHRASE_SIMILARITY) / 2
    assert what_happened_words(white, senior) and shares_fact_words(white, senior)
    assert not states_same_fact(white, senior, cosine)
    assert states_same_fact(white, "The operator's figures show 60 percent of ferry crew are volunteers.", cosine)


def test_a_number_inside_the_others_range_or_given_loosely_is_no_other_number():
    from newsbrief.align import gives_other_numbers

    assert not gives_other_numbers("The tools were made between 400,000 and 250,000 years ago.",
                                   "The tools at the 300,000-year-old site were made by early humans.")
    assert not gives_other_numbers("The fund paid about $973,000 to the families.", "The fund paid $972,814 to the families.")
    assert gives_other_numbers("The fund paid $973,000 to the families.", "The fund paid $972,814 to the families.")


def test_a_sentence_supposing_what_another_reports_does_not_corroborate_it():
    # An analysis imagines the pick ("If the governor wanted…, she could not have found…"); the report
    # says it was made. Close in embedding and sharing the governor, the judge and the court, but
    # only one says she named him. A condition that states a rule ("If you live…, you need not…") or
    # a forecast ("…it will…") supposes nothing.
    named = "Governor Lena Ortiz on Monday named Judge Paul Weir to the state supreme court, calling him a careful jurist."
    supposed = "If Governor Lena Ortiz wanted a judge who could reshape the state supreme court, she could not have found anyone readier than Paul Weir."
    also_supposed = "If Governor Ortiz had wanted to reshape the state supreme court, she would have picked Judge Paul Weir."
    assert shares_fact_words(named, supposed) and what_happened_words(named, supposed)
    assert not states_same_fact(named, supposed, 0.8) and not states_same_fact(supposed, named, 0.8)
    assert states_same_fact(supposed, also_supposed, 0.8)
    rule = "Residents of the valley need not boil their water any longer, the county said on Friday."
    if_rule = "If you live in the valley, you need not boil your water any longer, the county said on Friday."
    assert states_same_fact(rule, if_rule, 0.8)


def test_one_shared_word_of_what_happened_in_few_shared_words_is_the_story_not_one_fact():
    # Both about the senator, Lund and the emails, sharing one word of what happened ("emails") in
    # under WHAT_HAPPENED_OVERLAP of the words: one says what she wants, the other what she has long tried.
    wants = "The senator, Eva Moya, said Monday she wants separate talks with Lund about the harbour deal and the emails."
    tried = "Moya has long tried to keep her inquiry into the fire, and its growing look at the emails of Lund, from being called partisan."
    cosine = (SAME_FACT_SIMILARITY + PARAPHRASE_SIMILARITY) / 2
    assert shares_fact_words(wants, tried) and what_happened_words(wants, tried)  # enough for the old test
    assert not states_same_fact(wants, tried, cosine)
    assert states_same_fact(wants, tried, PARAPHRASE_SIMILARITY)  # as close as a paraphrase, in words of its own
    # More of the words, or a shared figure, tell one fact twice.
    assert states_same_fact("Moya wants separate talks with Lund on the harbour deal.",
                            "The senator, Eva Moya, asked for separate talks with Lund about the harbour deal.", cosine)
    assert states_same_fact("Moya has sent Lund 43 emails since May, her office said on Monday in a long statement.",
                            "Lund got 43 of the emails from Moya.", cosine)


def test_a_number_in_a_title_is_no_figure():
    assert figures("Haldor told “60 Minutes” on Sunday he had sold the bank.") == frozenset()
    assert figures('Haldor gave an interview to "48 Hours".') == frozenset()
    assert figures("Staff at the Bergen County 911 Communications Center took the call.") == frozenset()
    # A count of people a capitalised word names, after a quote mark, a possessive, a month or the
    # sentence's first word, is a figure.
    assert figures("“50 Democrats voted against the ferry bill,” Haldor said.") == {"50"}
    assert figures("Seven of the Senate's 48 Democrats voted no.") == {"48"}
    assert figures("Haldor spoke at the May 10 Harbour Council meeting.") == {"10"}
    assert figures("More than 60 Democrats voted against it.") == {"60"}


@pytest.mark.parametrize("text, found", [
    ("The council voted 9-2 on Monday to close the depot.", {"9-2"}),
    ("The bill cleared the chamber 214–198, with three members absent.", {"214-198"}),
    ("Rovers won 3-1 at home.", {"3-1"}),
    # Ranges, seasons, ages and names are no tallies.
    ("Rents rose 10-15 percent in the 2019-20 season among tenants aged 18-24.", set()),
    ("Police found an AK-47 and a 3-year-old's bicycle.", set()),
])
def test_a_tally_is_two_numbers_the_larger_first(text, found):
    assert tallies(text) == found


def test_a_tally_written_with_to_between_dashes_is_a_tally():
    assert tallies("The 220-to-190 party-line vote came late.") == {"220-190"}
    assert figures("The 220-to-190 party-line vote came late.") == {"220", "190"}
    assert tallies("Prices rose 10-to-15 percent.") == set()  # the smaller first: a range


def test_a_figure_written_rounded_stands_for_the_figures_that_round_to_it():
    from newsbrief.align import gives_other_numbers

    assert not gives_other_numbers("A record 3.3 million people applied.", "A record 3.28 million people applied.")
    assert not gives_other_numbers("Fares rose 2.38% in May.", "Fares rose 2.4% in May.")
    assert gives_other_numbers("A record 3.3 million people applied.", "A record 3.22 million people applied.")
    assert gives_other_numbers("A ticket costs $3.20 now.", "A ticket costs $3.23 now.")  # "3.20" has three digits


def test_a_day_after_a_months_name_counts_nothing():
    assert figures("Hale spoke after the Jan. 6 attack on the depot.") == set()
    assert figures("On March 3 officers found 4 boats.") == {"4 boat"}
