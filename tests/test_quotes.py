"""Direct quotes and who said them (`newsbrief.quotes.extract_quotes`), on hand-written news snippets.

Entities come from the real spaCy model, so these are the speakers a reader would name.
"""
from __future__ import annotations

import pytest

from newsbrief.entities import mentions
from newsbrief.models import Sentence
from newsbrief.quotes import extract_quotes


def quotes_of(*texts: str):
    """Quotes of one article made of these sentences, as (speaker, quoted words, sentence position)."""
    sentences = [Sentence(text, 0, position) for position, text in enumerate(texts)]
    return [(q.speaker, q.text, q.sentence.position) for q in extract_quotes(sentences, mentions(list(texts)))]


def test_speaker_named_after_the_quote():
    assert quotes_of('"It was a good meeting," Putin said.') == [("Putin", "It was a good meeting", 0)]


def test_curly_quotes_and_inverted_attribution():
    assert quotes_of("“Russia and Turkey are cooperating very tightly,” said Kremlin spokesman Dmitry Peskov.") == [
        ("Dmitry Peskov", "Russia and Turkey are cooperating very tightly", 0)
    ]


def test_according_to():
    assert quotes_of('The talks were "open and constructive", according to Kremlin spokesman Dmitry Peskov.') == [
        ("Dmitry Peskov", "open and constructive", 0)
    ]


def test_pronoun_resolves_to_the_last_person_named_earlier():
    found = quotes_of(
        "Turkish President Recep Tayyip Erdogan welcomed Russian President Vladimir Putin to Ankara on Thursday.",
        'He said the talks had "not been easy".',
    )
    assert found == [("Vladimir Putin", "not been easy", 1)]


def test_description_resolves_to_the_last_person_named_earlier():
    found = quotes_of(
        "Vladimir Putin flew to Ankara on Thursday for a one-day working visit.",
        'The Russian leader said the conditions to end the war were "now in place".',
    )
    assert found == [("Vladimir Putin", "now in place", 1)]


def test_short_name_is_given_in_the_fullest_form_the_article_used():
    found = quotes_of(
        "Timur Akhmetov is a Turkey expert at the Russian International Affairs Council in Moscow.",
        "“They are trying to utilise the issue of the S-400 for their respective political interests,” Akhmetov told AFP.",
    )
    assert found == [("Timur Akhmetov", "They are trying to utilise the issue of the S-400 for their respective political interests", 1)]


def test_a_name_inside_the_quote_is_not_the_speaker():
    found = quotes_of('"Putin and I agreed to push for a de-escalation zone in Idlib," Erdogan told reporters in Ankara.')
    assert found == [("Erdogan", "Putin and I agreed to push for a de-escalation zone in Idlib", 0)]


def test_several_quotes_in_one_sentence_share_the_speaker():
    found = quotes_of(
        'Erdogan denounced the vote as a "big mistake," adding that "the international community must side with Iraq."'
    )
    assert found == [
        ("Erdogan", "big mistake", 0),
        ("Erdogan", "the international community must side with Iraq", 0),
    ]


@pytest.mark.parametrize("text", [
    'The two leaders hailed a "new chapter" in relations between Moscow and Ankara.',
    'Putin\'s visit, billed as a "working trip," lasted only a few hours.',
])
def test_quotes_without_an_attribution_verb_are_not_quotes(text):
    assert quotes_of("Russian President Vladimir Putin met Recep Tayyip Erdogan in Ankara on Thursday.", text) == []


def test_so_called_is_not_an_attribution():
    # "so-called" marks the words as someone's label, not as a quote of a person in the sentence;
    # Erdogan is named, but nothing here says he said "de-escalation zone".
    text = 'Turkish troops entered the so-called "de-escalation zone" in Idlib a week after Erdogan met Putin.'
    assert quotes_of(text) == []


@pytest.mark.parametrize("text", [
    'Putin said the "de-escalation" zone in Idlib would be expanded.',
    'Erdogan said the Kurdish referendum was a "mistake".',
    "Erdogan called the referendum “illegitimate,” Turkish media reported.",
])
def test_one_word_scare_quotes_are_ignored(text):
    assert quotes_of(text) == []


def test_a_pronoun_with_no_one_named_before_gives_no_quote():
    assert quotes_of('"We will respond to any threat," he said.') == []


def test_quotes_belong_to_the_sentence_they_are_in():
    sentences = [
        Sentence("Putin arrived in Ankara on Thursday.", 3, 0),
        Sentence('"It was a good meeting," Putin said.', 3, 1),
    ]
    (quote,) = extract_quotes(sentences, mentions([s.text for s in sentences]))
    assert quote.sentence is sentences[1]
    assert quote.speaker_key == "putin"
