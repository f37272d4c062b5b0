"""Each name's kind in Coverage is decided once per cluster (`entities.name_kinds`), on hand-written
news snippets run through the real spaCy model."""
from __future__ import annotations

import pytest

from newsbrief.compare import Coverage, coverage
from newsbrief.entities import fullest_form, mentions
from newsbrief.models import Sentence


def coverage_of(*articles: tuple[str, ...]) -> list[Coverage]:
    """Coverage of a cluster whose articles are these sentences."""
    sentences = [Sentence(text, article, position)
                 for article, texts in enumerate(articles) for position, text in enumerate(texts)]
    return coverage(sentences, mentions([s.text for s in sentences]), len(articles))


def test_a_surname_spacy_calls_an_organisation_is_the_person_named_in_full():
    dc, = coverage_of((
        "House Speaker John Boehner met Obama at the White House on Friday.",
        "Boehner said the talks had been frank.",  # spaCy: ORG
        "Boehner, the Ohio Republican, returned home.",  # spaCy: ORG
    ))
    assert "John Boehner" in dc.people
    assert "Boehner" not in dc.organisations


def test_a_surname_takes_the_kind_of_the_full_name_in_another_article():
    first, second = coverage_of(
        ("Sony's lead architect Mark Cerny showed the console in New York.",),
        ("The system is easy to use, Cerny said.",),  # spaCy: ORG
    )
    assert second.people == ("Cerny",)
    assert second.organisations == ()


def test_a_place_named_like_a_person_stays_a_place():
    capital, = coverage_of((
        "Lawmakers returned to Washington on Monday.",
        "In Washington, the mood was grim.",
        "A portrait of George Washington hangs in the office.",
    ))
    assert "Washington" in capital.places
    assert "George Washington" in capital.people


def test_a_noun_beside_a_name_says_what_it_is():
    syria, = coverage_of((
        "Clashes have continued in Idlib and Hama governorates in recent weeks.",  # Hama: ORG
        "Parts of the province are held by the rival salafist group Tahrir al-Sham.",  # PERSON
        "The two leaders discussed the TurkStream gas pipeline and the Akkuyu nuclear power plant.",  # ORG, ORG
    ))
    assert set(syria.places) == {"Idlib", "Hama"}
    assert syria.organisations == ("Tahrir al-Sham",)
    assert syria.people == ()


def test_a_noun_after_and_associated_still_says_what_the_name_is():
    syria, = coverage_of((
        "The town is held by Turkish-backed Jaish al-Nasr and associated rebel groups.",  # PERSON
    ))
    assert syria.organisations == ("Jaish al-Nasr",)
    assert "Jaish al-Nasr" not in syria.people


def test_two_full_names_sharing_a_last_word_are_two_entries():
    # Joe and Jill Biden are two people; "Biden" alone is the one named most.
    visit, = coverage_of((
        "President Joe Biden arrived in Ohio on Monday.",
        "Jill Biden, the first lady, visited a school in Dayton.",
        "Joe Biden spoke at a union hall, and Biden later met the governor.",
    ))
    assert {"Joe Biden", "Jill Biden"} <= set(visit.people)


def test_a_weapon_spacy_calls_a_product_once_is_not_an_organisation():
    deal, = coverage_of((
        "Turkey will buy the Russian-made S-400 missile system.",  # PRODUCT
        "The S-400 deal angered NATO.",  # ORG
        "Ankara says the S-400 purchase is its own affair.",
    ))
    assert deal.organisations == ("NATO",)
    assert "S-400" not in deal.places + deal.people


def test_a_flight_number_is_not_an_organisation():
    crash, = coverage_of((
        "Searchers were confident wreckage of AirAsia Flight 8501 had been located.",  # ORG
        "AirAsia Flight 8501 did not have permission to fly that day.",  # ORG
        "AirAsia said it would cooperate with investigators.",
    ))
    assert crash.organisations == ("AirAsia",)


def test_a_nationality_or_party_spacy_calls_a_group_is_not_an_organisation():
    vote, = coverage_of((
        "Republicans blocked the bill on Tuesday.",
        "The Republicans said they would vote no.",
        "Senate Republicans met on Monday.",
    ))
    assert vote.organisations == ("Senate",)


def test_sentence_mentions_keep_spacy_labels_for_quotes_and_judges():
    boehner, = mentions(["Boehner said the talks had been frank."])
    assert boehner.organisations == ("Boehner",)  # per sentence, as spaCy says; only Coverage votes


@pytest.mark.parametrize("name, names, fullest", [
    ("Biden", {"Joe Biden"}, "Joe Biden"),
    ("Biden", {"Joe Biden", "Jill Biden"}, "Biden"),  # either of two people
    ("Joe Biden", {"Joe Biden", "Jill Biden"}, "Joe Biden"),
    ("Jill Biden", {"Joe Biden"}, "Jill Biden"),  # two full names never merge
    ("Ryan", {"Paul Ryan", "Paul D. Ryan"}, "Paul D. Ryan"),  # one person, named two ways
    ("Paul Ryan", {"Paul D. Ryan", "Tim Ryan"}, "Paul D. Ryan"),
    ("Hillary Clinton", {"Hillary Rodham Clinton", "Bill Clinton"}, "Hillary Rodham Clinton"),
    ("Raul Labrador", {"Raúl R. Labrador"}, "Raúl R. Labrador"),
    ("Putin", {"Vladmir Putin", "Vladimir Putin"}, "Vladimir Putin"),  # a slip is no second person
    ("Donald Trump", {"Donald J. Trump", "Donald John Trump"}, "Donald John Trump"),  # "J." is John
    ("J. Smith", {"John Smith", "Jane Smith"}, "J. Smith"),
    ("Daniel Ortega", {"Daniela Ortega"}, "Daniel Ortega"),  # another ending is another name
    ("al-Sham", {"Tahrir al-Sham", "Ahrar al-Sham"}, "al-Sham"),
])
def test_a_name_in_its_fullest_form(name, names, fullest):
    assert fullest_form(name, names) == fullest


def test_a_name_with_and_without_a_middle_initial_is_one_coverage_entry():
    # "Paul Ryan" does not end "Paul D. Ryan", but it is a form of it.
    capitol, = coverage_of((
        "House Speaker Paul D. Ryan met reporters at the Capitol on Thursday.",
        "Paul D. Ryan said the vote would be held next week.",
        "Paul Ryan declined to say more.",
    ))
    assert [p for p in capitol.people if p.endswith("Ryan")] == ["Paul D. Ryan"]
