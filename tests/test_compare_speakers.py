"""Quotes and Agreed keep one speaker's different statements, and different speakers' words, apart."""
from __future__ import annotations

from test_compare import agreed_wordings, compare_articles

from newsbrief.models import Sentence


def test_two_statements_of_one_speaker_sharing_words_in_another_order_are_two_quotes():
    # Two posts of one senator on one report: most words shared, but in another order, so neither
    # outlet printed the other's words.
    result = compare_articles(
        ("Senator Ruth Ames asked the board to publish the audit on Monday.",
         '"The board voted to publish the audit. The public deserves to see the full audit now," Ames wrote.'),
        ("Senator Ruth Ames pressed the board over the audit on Monday.",
         '"Board, publish the full audit to the public now, as you voted," Ames wrote.'),
    )
    assert {group.sources for group in result.quotes} == {(1,), (2,)}


def test_a_quote_transcribed_a_little_apart_in_order_is_still_one_quote():
    result = compare_articles(
        ("The mayor spoke about the levee on Tuesday.",
         '"Let me be clear, finishing the levee by June is not an arbitrary target," Mayor Dan Hale said.'),
        ("Dan Hale defended the levee plan on Tuesday.",
         '"Finishing the levee in June is not an arbitrary target," Hale said.'),
    )
    assert [group.sources for group in result.quotes] == [(1, 2)]


def test_two_lines_of_one_speaker_sharing_only_the_storys_words_are_no_variant():
    # Both outlets' leads are about the declared state of emergency; the governor's two lines both
    # say "state of emergency" and say two things.
    result = compare_articles(
        ("Governor Ruth Ames declared a state of emergency over the floods on Friday.",
         'Ames said she had "every right to declare a state of emergency" when the river rose.'),
        ("Governor Ruth Ames declared a state of emergency as floods spread on Friday.",
         '"We will have a state of emergency, and then we will be sued," Ames said.'),
    )
    assert result.quote_variants == ()


def test_a_quotation_whose_speaker_its_sentence_does_not_name_is_not_another_speakers_fact():
    # The first outlet gives a senator's second sentence alone; the second outlet tells of another
    # senator making the same demand. Two people's words, not one fact.
    alone = "“I call on the board to make the full audit of the port public as soon as possible.”"
    other = ("Senator Tom Reyes of Ohio also demanded that the full audit of the port be made public "
             "as soon as possible.")
    result = compare_articles(
        ("Senators press board on port audit",
         "“The audit belongs to the public,” Senator Ruth Ames wrote on Monday.", alone),
        ("Port audit draws calls for release", other, "The board meets again in May."),
    )
    assert not any({alone, other} <= wordings for wordings in agreed_wordings(result)), result.agreed


def test_a_speaker_named_only_in_a_relative_clause_is_not_named_as_speaker():
    from newsbrief.compare import _names_speakers
    from newsbrief.quotes import Quote

    def names(text: str) -> bool:
        return _names_speakers(Quote(("Dan Hale",), "We talked about that today", Sentence(text, 0, 1)))

    assert not names("“We talked about that today,” he told reporters, referring to the budget talks, "
                     "which Mr. Hale threatened to end.")
    assert names("“We talked about that today,” Mr. Hale told reporters.")


def test_a_speaker_named_before_their_words_in_a_relative_clause_is_named():
    from newsbrief.compare import _names_speakers
    from newsbrief.quotes import Quote

    text = "He was citing an old interview in which Hale said that “no town should pay twice” for one bridge."
    assert _names_speakers(Quote(("Dan Hale",), "no town should pay twice", Sentence(text, 0, 1)))


def test_a_piece_of_one_outlets_wording_joins_its_quote_when_the_fullest_wording_differs():
    # The fullest wording ends on "message", the first outlet's on "visit"; the third outlet's
    # piece is the first outlet's words: one quotation, not a second one "in different words".
    result = compare_articles(
        ("Mayor Ana Ortiz opened the new bridge over the Selby River on Monday.",
         '"We do not like him here. We do not want him in our country. We reject his visit," Ortiz said.'),
        ("Mayor Ana Ortiz opened a bridge across the Selby River on Monday.",
         '"By a vote of the whole town council, we do not like him here, we do not want him in our country. We reject his message," Ortiz said.'),
        ("Mayor Ana Ortiz opened the Selby River bridge on Monday.",
         '"We do not want him in our country. We reject his visit," Ortiz said.'),
    )
    assert [group.sources for group in result.quotes] == [(1, 2, 3)]
    assert result.quote_variants == ()


def test_one_proclamations_words_given_to_an_organisation_and_to_the_person_are_one_quote():
    # One outlet credits the words to the Ministry, the other to the minister who signed the order;
    # the piece and the whole are one quotation, named by the person.
    result = compare_articles(
        ("The Harbour Ministry closed the northern port to fishing fleets on Monday.",
         'The closure "protects the future of the northern fishing towns," the Harbour Ministry said.'),
        ("Minister Ruth Ames closed the northern port to fishing fleets on Monday.",
         'Ames said the closure "protects the future of the northern fishing towns and their harbours."'),
    )
    assert [(group.speaker, group.sources) for group in result.quotes] == [("Ruth Ames", (1, 2))], result.quotes
