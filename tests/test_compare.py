"""The cross-source view of the bundled example: agreed, only in, disagreements, quotes, coverage,
similarity, and how `newsbrief brief` and `newsbrief compare` present it.

Every expected value here was read off the two example articles by hand (DW is source 1,
Middle East Eye via Anti-Media is source 2), not copied from the program's output.
"""
from __future__ import annotations

import json
import re
from collections import Counter

import numpy as np
import pytest

from conftest import DW_FILE, EXAMPLE_JUNK, EXAMPLE_TITLES, MEE_FILE, MEE_STANDFIRST, check_comparison_schema, check_schema, invoke
from newsbrief.compare import (Comparison, SourcedText, _merge_names, article_similarities, compare, coverage,
                              plural_ended_pairs)
from newsbrief.entities import mentions_in, name_key, tagged
from newsbrief.models import Sentence
from newsbrief.sentences import shown_text

DW_TEXT = DW_FILE.read_text(encoding="utf-8")
MEE_TEXT = MEE_FILE.read_text(encoding="utf-8")
RAW = {1: DW_TEXT, 2: MEE_TEXT}

# Who holds Idlib, as each outlet puts it (lines of the two files).
DW_IDLIB = (
    "The province borders Turkey and is largely under the control of Turkish-backed Ahrar al-Sham and "
    "associated rebel groups, with portions under the control of rival salafist group Tahrir al-Sham."
)
MEE_IDLIB = MEE_STANDFIRST  # "... particularly in IS-held Idlib province."


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def comparison(example_brief) -> Comparison:
    assert example_brief.comparison is not None
    return example_brief.comparison


def test_the_expected_idlib_wording_is_really_in_the_articles():
    # Guards the constants above: both statements are verbatim lines of their articles.
    assert DW_IDLIB in DW_TEXT and "IS-held" not in DW_TEXT
    assert MEE_IDLIB in MEE_TEXT and "Ahrar al-Sham" not in MEE_TEXT


# ---- disagreements -------------------------------------------------------------------------------

def test_who_holds_idlib_is_a_disagreement_with_both_statements_verbatim(comparison):
    control = [d for d in comparison.disagreements if d.kind == "control"]
    assert len(control) == 1, comparison.disagreements
    (found,) = control
    by_source = {found.a.source: found.a.text, found.b.source: found.b.text}
    assert by_source == {1: DW_IDLIB, 2: MEE_IDLIB}
    # The reason names the place and both claimed controllers.
    assert "Idlib" in found.reason
    assert "Ahrar al-Sham" in found.reason
    assert re.search(r"\bIS\b", found.reason)


def test_disagreements_pair_two_different_sources_with_their_own_sentences(comparison):
    assert comparison.disagreements
    for d in comparison.disagreements:
        assert d.a.source != d.b.source
        assert flat(d.a.text) in flat(RAW[d.a.source])
        assert flat(d.b.text) in flat(RAW[d.b.source])
        assert d.kind in {"control", "numbers", "dates", "places", "negation", "hedging"}
        assert d.reason


def test_comparison_records_the_default_judge(comparison):
    assert comparison.judge == "rules"


# ---- agreed --------------------------------------------------------------------------------------

# (words of DW's statement, words of Middle East Eye's statement) of facts both outlets report.
BOTH_REPORT = [
    ('agreed to "more intensely" pursue', "“pursue more intensely”"),
    ('"deepen coordination"', "“deepen coordination”"),
    ("the necessary conditions have been created", "the de facto conditions needed to end"),
    ("strong commercial ties with the semi-autonomous region", "strong commercial ties with the semi-autonomous Kurdish region"),
]


@pytest.mark.parametrize("dw_words, mee_words", BOTH_REPORT)
def test_facts_both_outlets_report_are_agreed_by_both(comparison, dw_words, mee_words):
    assert dw_words in DW_TEXT and mee_words in MEE_TEXT  # the expectation itself is right
    matches = [
        fact for fact in comparison.agreed
        if any(s.source == 1 and dw_words in s.text for s in fact.statements)
        and any(s.source == 2 and mee_words in s.text for s in fact.statements)
    ]
    assert len(matches) == 1, [f.statements for f in comparison.agreed]
    assert matches[0].sources == (1, 2)


def test_agreed_statements_are_verbatim_and_each_sentence_is_used_once(comparison):
    seen = set()
    for fact in comparison.agreed:
        assert len(fact.sources) >= 2
        assert len(fact.statements) == len(fact.sources)  # one statement per outlet
        for statement in fact.statements:
            assert flat(statement.text) in flat(RAW[statement.source])
            assert statement not in seen
            seen.add(statement)


def test_agreed_facts_are_not_listed_as_only_in_one_outlet(comparison):
    agreed = {s.text for fact in comparison.agreed for s in fact.statements}
    only = {t for texts in comparison.only_in.values() for t in texts}
    assert agreed and only and not agreed & only


# ---- only in -------------------------------------------------------------------------------------

@pytest.mark.parametrize("marker", ["Dmitry Peskov", "Pavel Baev and Kemal Kirisci of the Brookings Institution"])
def test_what_only_middle_east_eye_reports_is_only_in_source_2(comparison, marker):
    assert marker in MEE_TEXT and marker.split()[-1] not in DW_TEXT
    assert set(comparison.only_in) == {1, 2}
    assert [t for t in comparison.only_in[2] if marker in t], comparison.only_in[2]
    assert not [t for t in comparison.only_in[1] if marker in t]
    assert not [s for fact in comparison.agreed for s in fact.statements if marker in s.text]


def test_only_in_statements_belong_to_their_source(comparison):
    from newsbrief.clean import normalize

    # Each as the cleaner gives its text: an apostrophe typed as a left quotation mark ("Putin‘s") reads as one.
    cleaned = {source: flat(normalize(text)) for source, text in RAW.items()}
    for source, texts in comparison.only_in.items():
        assert texts
        assert len(texts) == len(set(texts))
        for text in texts:
            assert flat(text) in cleaned[source]
            assert flat(text) not in cleaned[3 - source]


# ---- quotes --------------------------------------------------------------------------------------

def quote_group(comparison, words: str):
    groups = [q for q in comparison.quotes if any(words in w.text for w in q.wording)]
    assert len(groups) == 1, (words, comparison.quotes)
    return groups[0]


@pytest.mark.parametrize("words, speakers", [
    ("Russia and Turkey are cooperating very tightly", {"Dmitry Peskov"}),
    # "... Pavel Baev and Kemal Kirisci of the Brookings Institution wrote": both of them, not the first alone.
    ("loaded with contradictions", {"Pavel Baev and Kemal Kirisci"}),
    # The sentence says only "Akhmetov told AFP"; the article named him in full earlier.
    ("utilise the issue of the S-400", {"Timur Akhmetov"}),
])
def test_middle_east_eye_quotes_are_attributed_to_their_speakers(comparison, words, speakers):
    assert words in MEE_TEXT and words not in DW_TEXT
    group = quote_group(comparison, words)
    assert group.speaker in speakers
    assert group.sources == (2,)


def test_a_quote_both_outlets_carry_lists_both_sources(comparison):
    group = quote_group(comparison, "deepen coordination")
    assert name_key(group.speaker) == "putin"
    assert group.sources == (1, 2)
    assert SourcedText(1, "deepen coordination") in group.wording
    assert SourcedText(2, "deepen coordination") in group.wording


def test_a_speaker_goes_by_one_name_across_outlets(comparison):
    # DW misspells him "Vladmir Putin", Middle East Eye writes "Vladimir Putin" (with a no-break
    # space): one name, the fuller, with a plain space.
    assert "Vladmir Putin" in DW_TEXT and "Vladimir\u00a0Putin" in MEE_TEXT
    putin = [group.speaker for group in comparison.quotes if name_key(group.speaker) == "putin"]
    putin += [v.speaker for v in comparison.quote_variants if name_key(v.speaker) == "putin"]
    assert len(putin) >= 3 and set(putin) == {"Vladimir Putin"}


def test_quote_wordings_are_verbatim_and_quoted_in_their_source(comparison):
    assert comparison.quotes
    for group in comparison.quotes:
        assert group.speaker and group.wording
        for wording in group.wording:
            assert len(wording.text.split()) >= 2
            assert wording.text in RAW[wording.source]
        # Every speaker is a person the carrying outlets name.
        for source in group.sources:
            assert name_key(group.speaker) in RAW[source].lower()


def test_same_person_in_different_words(comparison):
    variants = comparison.quote_variants
    assert variants
    for v in variants:
        assert v.speaker
        assert v.a.source != v.b.source
        assert v.a.text and v.b.text and v.a.text != v.b.text
        assert v.a.text in RAW[v.a.source] and v.b.text in RAW[v.b.source]
        # Both wordings are quotes of this speaker in the comparison's quote list.
        for side in (v.a, v.b):
            assert any(name_key(q.speaker) == name_key(v.speaker) and side in q.wording for q in comparison.quotes)
    # Erdogan on the Kurdish referendum: "big mistake" (DW) and "No one has the right..." (MEE).
    erdogan = [v for v in variants if name_key(v.speaker) == "erdogan"]
    assert erdogan and {erdogan[0].a.source, erdogan[0].b.source} == {1, 2}


# ---- coverage and similarity ---------------------------------------------------------------------

def story_words(text: str) -> int:
    """Words of the article's story lines: the junk and titles read off by hand are left out."""
    count = 0
    for line in text.splitlines():
        line = re.sub(r"^\((?:DW|MEE)\)\s*[—–-]\s*", "", line.strip())
        if line and line not in EXAMPLE_TITLES and not any(junk in line for junk in EXAMPLE_JUNK):
            count += len(line.split())
    return count


def test_coverage_word_counts_are_the_cleaned_articles_word_counts(comparison, cleaned_example):
    dw, mee = cleaned_example.cluster.articles
    assert [c.source for c in comparison.coverage] == [1, 2]
    assert comparison.coverage[0].words == len(dw.text.split()) == story_words(DW_TEXT)
    assert comparison.coverage[1].words == len(mee.text.split()) == story_words(MEE_TEXT)
    for c in comparison.coverage:
        assert c.sentences > 10


def test_coverage_people_only_where_they_are_named(comparison):
    dw, mee = comparison.coverage
    assert "Dmitry Peskov" in mee.people
    assert not [p for p in dw.people if name_key(p) == "peskov"]
    for c in (dw, mee):
        keys = {name_key(p) for p in c.people}
        assert {"putin", "erdogan"} <= keys  # both outlets are about the two leaders
        assert len(keys) == len(c.people)  # "Putin" and "Vladimir Putin" merged
        assert {"Turkey", "Russia"} <= set(c.places)
    assert "Ankara" in mee.places


def test_coverage_types_the_example_names_by_what_the_articles_say_they_are(comparison):
    dw, mee = comparison.coverage
    assert "Tahrir al-Sham" in dw.organisations  # "the rival salafist group Tahrir al-Sham"
    assert "Tahrir al-Sham" not in dw.people
    # "Turkish-backed Ahrar al-Sham and associated rebel groups": another group, not folded into Tahrir's entry.
    assert "Ahrar al-Sham" in dw.organisations and "Ahrar al-Sham" not in dw.people
    # Hama is one of the "Idlib and Hama governorates"; S-400 a missile system, TurkStream a gas
    # pipeline and Akkuyu a power plant: none of them an organisation.
    for name in ("Hama", "S-400", "TurkStream", "Akkuyu"):
        assert name not in dw.organisations + mee.organisations


def test_article_similarity_is_symmetric_with_unit_diagonal(comparison):
    matrix = np.array(comparison.article_similarity)
    assert matrix.shape == (2, 2)
    assert np.allclose(matrix, matrix.T)
    assert np.allclose(np.diag(matrix), 1.0)
    assert 0.5 < matrix[0, 1] < 1.0  # two reports of one meeting: close, not identical


def test_article_similarity_of_hand_made_embeddings():
    sentences = [Sentence("a", 0, 0), Sentence("b", 0, 1), Sentence("c", 1, 0), Sentence("d", 2, 0)]
    embeddings = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.6, 0.8]])
    # Each article's lead is its first sentence, so lead and alignment agree on these vectors.
    leads = embeddings[[0, 2, 3]]
    matrix = article_similarities(sentences, embeddings, leads)
    assert np.allclose(matrix, matrix.T)
    assert np.allclose(np.diag(matrix), 1.0)
    assert matrix[0, 1] == pytest.approx(0.0)
    assert matrix[0, 2] == pytest.approx(0.6)
    assert matrix[1, 2] == pytest.approx(0.8)


def test_one_article_has_nothing_to_agree_or_disagree_with(example_brief):
    from newsbrief.pipeline import prepare
    from newsbrief.read import read_cluster

    from newsbrief.pipeline import BriefOptions, headline_vectors

    prepared = prepare(read_cluster([DW_FILE]))
    result = compare(prepared.sentences, prepared.embeddings, headline_vectors(prepared, BriefOptions()))
    assert result.agreed == () and result.disagreements == () and result.quote_variants == ()
    assert result.only_in == {1: ()}
    assert result.article_similarity == ((1.0,),)
    assert [c.source for c in result.coverage] == [1]
    assert result.coverage[0].words == example_brief.comparison.coverage[0].words


def test_no_sentences_give_an_empty_comparison():
    result = compare([], np.zeros((0, 0)), np.zeros((0, 0)))
    assert result == Comparison((), {}, (), (), (), (), (), "rules")


# ---- the CLI: JSON, Markdown and terminal --------------------------------------------------------

@pytest.fixture(scope="module")
def compare_json(runner, example_dir) -> dict:
    result = invoke(runner, "compare", example_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_compare_json_has_the_documented_comparison(compare_json):
    record = compare_json
    assert record["schema_version"] == 1
    assert [s["id"] for s in record["sources"]] == [1, 2]
    assert [s["outlet"] for s in record["sources"]] == ["DW", "Middle East Eye"]
    check_comparison_schema(record["comparison"], len(record["sources"]))
    comparison = record["comparison"]
    assert comparison["judge"] == "rules"
    assert [e["source"] for e in comparison["only_in"]] == [1, 2]
    assert [e["outlet"] for e in comparison["only_in"]] == ["DW", "Middle East Eye"]
    assert [e["outlet"] for e in comparison["coverage"]] == ["DW", "Middle East Eye"]
    control = [d for d in comparison["disagreements"] if d["kind"] == "control"]
    assert [d["statements"] for d in control] == [[{"source": 1, "text": DW_IDLIB}, {"source": 2, "text": MEE_IDLIB}]]
    matrix = comparison["article_similarity"]
    assert matrix[0][0] == matrix[1][1] == 1.0 and matrix[0][1] == matrix[1][0]


def test_compare_json_matches_the_library(compare_json, example_brief):
    from newsbrief.render import comparison_json

    expected = json.loads(json.dumps(comparison_json(example_brief.comparison, example_brief.sources)))
    assert compare_json["comparison"] == expected


def test_compare_jsonl_is_the_same_record_on_one_line(runner, example_dir, compare_json):
    result = invoke(runner, "compare", example_dir, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") == 1
    assert json.loads(result.stdout) == compare_json


def test_compare_terminal_to_a_file(runner, example_dir, tmp_path):
    target = tmp_path / "comparison.txt"
    result = invoke(runner, "compare", example_dir, "--output", target)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    out = target.read_text(encoding="utf-8")
    assert out.lstrip().startswith("Agreed")
    assert max(len(line) for line in out.splitlines()) <= 100


def test_brief_json_carries_the_comparison(runner, example_dir):
    result = invoke(runner, "brief", example_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    check_schema(record)
    assert record["comparison"] is not None
    check_comparison_schema(record["comparison"], 2)
    assert any(d["kind"] == "control" for d in record["comparison"]["disagreements"])


def test_no_compare_gives_a_null_comparison(runner, example_dir):
    result = invoke(runner, "brief", example_dir, "--format", "json", "--no-compare")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    check_schema(record)
    assert record["comparison"] is None
    assert record["sentences"]


HEADINGS = ("Agreed", "Only in DW [1]", "Only in Middle East Eye, via Anti-Media [2]", "Disagreements", "Quotes", "Coverage")


def test_compare_markdown_to_a_file(runner, example_dir, tmp_path):
    target = tmp_path / "comparison.md"
    result = invoke(runner, "compare", example_dir, "--format", "markdown", "--output", target)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    out = target.read_text(encoding="utf-8")
    assert out.startswith("## Agreed\n")
    for heading in HEADINGS:
        assert f"## {heading}\n" in out
    positions = [out.index(f"## {h}\n") for h in HEADINGS]
    assert positions == sorted(positions)
    assert f"  - DW [1]: “{DW_IDLIB}”" in out
    assert f"  - Middle East Eye, via Anti-Media [2]: “{MEE_IDLIB}”" in out
    assert "- **control**: who holds Idlib" in out
    assert re.search(r"^- \*\*Dmitry Peskov\*\*: “Russia and Turkey are cooperating very tightly” \[2\]$", out, re.M)
    # The coverage table has one row per source, with its word count.
    assert re.search(r"^\| DW \[1\] \| 545 \|", out, re.M)
    assert re.search(r"^\| Middle East Eye, via Anti-Media \[2\] \| 777 \|", out, re.M)


def test_compare_terminal(runner, example_dir):
    result = invoke(runner, "compare", example_dir)
    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    for heading in HEADINGS:
        assert heading in out
    positions = [out.index(h) for h in HEADINGS]
    assert positions == sorted(positions)
    assert "control: who holds Idlib" in out
    assert f"DW [1]: “{DW_IDLIB}”" in out
    assert f"Middle East Eye, via Anti-Media [2]: “{MEE_IDLIB}”" in out
    assert "Dmitry Peskov: “Russia and Turkey are cooperating very tightly” [2]" in out



PESKOV = "Peskov said ahead of the one-day working visit"


def test_a_line_another_outlet_quotes_inside_a_longer_passage_is_not_only_in_one(tmp_path):
    # A third outlet gives Peskov's words in a long sentence about other things: MiniLM puts
    # the two sentences under the same-fact similarity (0.68), yet most of Peskov's sentence
    # is said there, so "Only in" must not claim it for Middle East Eye alone.
    from newsbrief.pipeline import BriefOptions, brief
    from newsbrief.read import read_cluster

    third = tmp_path / "wire.txt"
    third.write_text(
        "Putin in Ankara for talks with Erdogan\n\n"
        "Dmitry Peskov, Putin's spokesman, said ahead of the working visit to Ankara that Russia and Turkey are "
        "cooperating very tightly, yet wheat exporters in Rostov complained of Turkish customs delays, tomato "
        "growers in Antalya still faced Russian quotas, and airlines argued over charter slots for the winter season.\n",
        encoding="utf-8",
    )
    assert PESKOV in MEE_TEXT
    alone = brief(read_cluster([DW_FILE, MEE_FILE]), BriefOptions()).comparison
    assert [t for t in alone.only_in[2] if PESKOV in t]
    with_third = brief(read_cluster([DW_FILE, MEE_FILE, third]), BriefOptions()).comparison
    assert not [t for texts in with_third.only_in.values() for t in texts if PESKOV in t], with_third.only_in


def test_a_sentence_an_article_repeats_is_one_disagreement():
    # A standfirst restated in the body: the same wording twice in source 1 against source 2.
    thursday = "Putin arrived in Ankara on Thursday for talks with Erdogan on Syria."
    result = compare_articles((thursday, "The talks lasted three hours.", thursday),
                              ("Putin arrived in Ankara on Wednesday for talks with Erdogan on Syria.",))
    assert [(d.kind, d.reason) for d in result.disagreements] == [("dates", "Thursday vs Wednesday")]


STORM_A = ("Storm knocks out power along the coast\n\n"
           "The storm cut power to 40,000 homes when it hit the coast on Monday, the utility said. "
           "Schools across the county were closed on Monday, officials said. "
           "Crews from three states were sent to restore the lines before the weekend. "
           "The governor declared a state of emergency for four coastal counties and asked residents to stay off the roads. "
           "Shelters opened in two high schools for families whose homes were flooded by the surge.\n")
STORM_B = ("Storm hits coast\n\n"
           "About 25,000 homes lost power when the storm hit the coast on Monday, the utility said. "
           "Schools across the county were closed until Tuesday, officials said. "
           "Forecasters expect more rain later this week along the coast, with flood watches in place until Friday. "
           "The governor declared a state of emergency for the coastal counties and urged people to stay home. "
           "Volunteers handed out water and blankets at the shelters.\n")


def test_a_source_that_gives_another_figure_or_date_neither_corroborates_nor_agrees(tmp_path):
    from newsbrief.pipeline import brief
    from newsbrief.read import read_cluster

    (tmp_path / "a.txt").write_text(STORM_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORM_B, encoding="utf-8")
    result = brief(read_cluster([tmp_path / "a.txt", tmp_path / "b.txt"]))
    cited = {s.text: s.sources for s in result.sentences}
    assert any(sentence.startswith("About 25,000 homes") for sentence in cited)
    # 40,000 against about 25,000 homes; closed on Monday against until Tuesday.
    for text, own in (("About 25,000 homes lost power", 2), ("The storm cut power to 40,000", 1),
                      ("Schools across the county were closed on Monday", 1),
                      ("Schools across the county were closed until Tuesday", 2)):
        for sentence, sources in cited.items():
            if sentence.startswith(text):
                assert sources == (own,), (sentence, sources)
    agreed = {statement.text[:30] for fact in result.comparison.agreed for statement in fact.statements}
    assert not agreed & {"About 25,000 homes lost power ", "The storm cut power to 40,000 ",
                         "Schools across the county were"}
    assert {d.kind for d in result.comparison.disagreements} >= {"numbers", "dates"}
    # The governor's emergency is told by both, in words that do not clash: still corroborated.
    governor = [sources for sentence, sources in cited.items() if sentence.startswith("The governor declared")]
    assert governor and all(set(sources) == {1, 2} for sources in governor)


def compare_articles(*articles: tuple[str, ...], outlets: tuple[str | None, ...] = ()) -> Comparison:
    """The comparison of a cluster whose articles are these sentences, each led by its first."""
    from newsbrief.embed import get_encoder

    sentences = [Sentence(text, article, position)
                 for article, texts in enumerate(articles) for position, text in enumerate(texts)]
    embeddings = get_encoder().encode([sentence.text for sentence in sentences])
    leads = embeddings[[sentences.index(s) for s in sentences if s.position == 0]]
    return compare(sentences, embeddings, leads, outlets=outlets)


def test_coverage_lists_an_outlet_of_the_cluster_spacy_calls_a_person_as_an_organisation():
    # spaCy labels "Forbes" a person here; the cluster's outlets say it is the magazine.
    articles = (("A company spokesperson told Forbes: “We are reviewing the account.”",),
                ("The account was suspended on Wednesday night, the company said.",))
    as_outlet, = (c for c in compare_articles(*articles, outlets=("Forbes", "Daily Star")).coverage if c.source == 1)
    assert "Forbes" in as_outlet.organisations and "Forbes" not in as_outlet.people
    unknown, = (c for c in compare_articles(*articles).coverage if c.source == 1)
    assert "Forbes" in unknown.people


def test_two_people_sharing_a_surname_in_two_outlets_stay_two_speakers():
    # Each outlet's "Biden" is the one Biden it names; by last word both were Jill Biden (the longer),
    # and her "different words" were Joe's.
    result = compare_articles(
        ("Joe Biden toured the flooded town of Milford on Tuesday.",
         '"We will rebuild every home in this town," Biden said.'),
        ("Jill Biden visited a flooded school in Milford on Tuesday.",
         '"These children need their classrooms back by winter," Biden said.'),
    )
    assert {(group.speaker, group.sources) for group in result.quotes} == {("Joe Biden", (1,)), ("Jill Biden", (2,))}
    assert result.quote_variants == ()


def test_a_name_with_and_without_a_middle_initial_is_one_speaker():
    result = compare_articles(
        ("House Speaker Paul D. Ryan spoke to reporters on Thursday.",
         '"We are not going to shut down the government," Mr. Ryan said.'),
        ("Paul Ryan spoke to reporters on Thursday.",
         '"We are not going to shut down the government," Ryan said.'),
    )
    assert [(group.speaker, group.sources) for group in result.quotes] == [("Paul D. Ryan", (1, 2))]


def test_a_surname_two_outlets_spell_one_letter_apart_is_one_speaker():
    # Two outlets transliterate the minister's name each its own way (`entities.surname_spellings`).
    result = compare_articles(
        ("Foreign Minister Karim Haddad spoke to reporters in Beirut on Thursday.",
         '"We will not accept any foreign troops on our soil," Haddad said.'),
        ("Foreign Minister Karim Hadad spoke to reporters in Beirut on Thursday.",
         '"We will not accept any foreign troops on our soil," Hadad said.'),
    )
    assert [(group.speaker, group.sources) for group in result.quotes] == [("Karim Haddad", (1, 2))]


def test_a_sentence_names_a_speaker_it_spells_its_own_way():
    from newsbrief.compare import _names_speakers
    from newsbrief.quotes import Quote

    # The cluster calls the minister Karim Haddad; this outlet writes "Hadad", and so names him.
    text = '"We will not accept any foreign troops," Karim Hadad told reporters.'
    quote = Quote(("Karim Haddad",), "We will not accept any foreign troops", Sentence(text, 1, 0))
    assert not _names_speakers(quote)
    assert _names_speakers(quote, {"hadad": "Haddad"})


def test_the_same_words_under_a_short_and_a_full_name_are_one_quote():
    # The first outlet also names Bill Clinton, so its "Clinton" stays "Clinton"; the words are the
    # same as the second outlet's Hillary Clinton's, so the two carry one quote of hers.
    result = compare_articles(
        ("Hillary Rodham Clinton and Bill Clinton campaigned in Iowa on Sunday.",
         '"No one will fight harder for working families," Mrs. Clinton said.'),
        ("Hillary Clinton campaigned in Iowa on Sunday.",
         '"No one will fight harder for working families," Clinton said.'),
    )
    assert [(group.speaker, group.sources) for group in result.quotes] == [("Hillary Rodham Clinton", (1, 2))]


def test_a_long_quotation_and_the_pieces_outlets_carry_are_one_quote_and_others_stay_apart():
    # One outlet prints a piece of the governor's statement and the statement whole, the other
    # another piece. A second line of his holds the short piece's few words ("year", "secure the
    # border") but is another quotation.
    whole = ('"I am honored to have the sheriff’s support for our campaign. As president, I will secure the '
             'border within a year with more agents and better fencing," Governor Hale said.')
    result = compare_articles(
        ("Governor Tom Hale won the endorsement of an Arizona sheriff on Tuesday.",
         'Hale promised to "secure the border within a year" if elected.', whole),
        ("Tom Hale, the governor, was endorsed by a border sheriff on Tuesday.",
         '"Washington politicians have failed year after year to secure the border," Hale said.',
         '"I am honored to have the sheriff’s support for our campaign," Hale said.'),
    )
    wordings = {group.wording[-1].text[:10]: (group.sources, len(group.wording)) for group in result.quotes}
    assert wordings == {"I am honor": ((1, 2), 3), "Washington": ((2,), 1)}


def test_a_quotation_one_outlet_prints_in_two_paragraphs_is_one_wording_of_it():
    from newsbrief.render import quote_wordings

    # The second outlet gives the ranger's two sentences as two quotes, which together are every word
    # of the first outlet's one quote: one wording, cited with it. The third prints only the second
    # sentence, a piece of it that stays its own wording.
    result = compare_articles(
        ("Ranger Mia Voss spoke about the lost hikers on Friday.",
         '"They left the marked trail to skip the steep climb. Turning back would have been safer, but '
         'they followed a sheep track into the fog," Voss said.'),
        ("Mia Voss, a park ranger, described the rescue on Friday.",
         '"They left the marked trail to skip the steep climb," Voss said.',
         '"Turning back would have been safer, but they followed a sheep track into the fog," she added.'),
        ("The park ranger Mia Voss spoke on Friday.",
         '"Turning back would have been safer, but they followed a sheep track into the fog," Voss said.'),
    )
    [group] = result.quotes
    assert [wording.source for wording in group.wording] == [1, 2, 3]
    assert [sources for _, sources in quote_wordings(group)] == [(1, 2), (3,)]


def test_the_pieces_of_a_quotation_stay_apart_under_a_first_wording_of_one_of_them():
    from newsbrief.render import quote_wordings

    # The line opens with the first outlet's second sentence alone; joined, the second outlet's two
    # pieces would be cited under it, and the first sentence shown nowhere.
    result = compare_articles(
        ("Ranger Mia Voss spoke about the lost hikers on Friday.",
         '"Turning back would have been safer, but they followed a sheep track into the fog," Voss said.'),
        ("Mia Voss, a park ranger, described the rescue on Friday.",
         '"They left the marked trail to skip the steep climb," Voss said.',
         '"Turning back would have been safer, but they followed a sheep track into the fog," she added.'),
        ("The park ranger Mia Voss spoke on Friday.",
         '"They left the marked trail to skip the steep climb. Turning back would have been safer, but '
         'they followed a sheep track into the fog," Voss said.'),
    )
    [group] = result.quotes
    assert [wording.source for wording in group.wording] == [1, 2, 2, 3]
    assert [(text[:7], sources) for text, sources in quote_wordings(group)] == [("Turning", (1, 2, 3)), ("They le", (2, 3))]


def test_one_quote_transcribed_a_little_apart_by_two_outlets_is_one_quote_but_two_of_one_article_are_two():
    result = compare_articles(
        ("The president spoke about the withdrawal on Tuesday.",
         '"Let me be clear, leaving August the 31st is not due to an arbitrary deadline," President Dan Hale said.',
         '"The decision to leave was mine and the deadline was set to save lives," Hale said.'),
        ("Dan Hale defended the withdrawal in a speech on Tuesday.",
         '"Leaving Aug. 31 is not due to an arbitrary deadline," Hale said.'),
    )
    # Same article: the second line shares "deadline", "leave" and more with the first, yet is another quote.
    assert sorted(len(group.wording) for group in result.quotes) == [1, 2]
    assert [group.sources for group in result.quotes if len(group.wording) == 2] == [(1, 2)]


def test_one_quotation_written_with_and_without_a_hyphen_or_a_curly_apostrophe_is_one_quote():
    # Three content words each ("well", "pupils", "matters"; "don't", "comment", "staff"), fewer than
    # a transcription a little apart needs: the words are the same, only a hyphen and an apostrophe differ.
    result = compare_articles(
        ("The nursery answered questions about the incident on Monday.",
         '"The well-being of pupils matters most," spokeswoman Ana Ruiz said.',
         '"We don\'t comment on staff," Ruiz said.'),
        ("The nursery spoke about the incident on Monday.",
         '"The well being of pupils matters most," Ruiz said.',
         '"We don’t comment on staff," Ruiz said.'),
    )
    assert [(group.speaker, group.sources) for group in result.quotes] == [("Ana Ruiz", (1, 2)), ("Ana Ruiz", (1, 2))]


def test_a_speaker_spacy_calls_a_place_is_the_person_another_outlet_names():
    # The second outlet alone names only "Michaels", a place to spaCy; the cluster's mentions make
    # him the first outlet's Scott Michaels, so his words are a quote, not lost.
    result = compare_articles(
        ("Collectors like Scott Michaels think there is money in the auction.",
         "Scott Michaels runs a tour company in Los Angeles."),
        ("The auction of the cabin's contents opens on Friday.",
         '"I would buy the saw," Michaels said.'),
    )
    assert [(group.speaker, group.sources) for group in result.quotes] == [("Scott Michaels", (2,))]


# ---- one fact, one listing; agreement is between every two statements ---------------------------

LIONS_SEVERAL = "The city's national park has had several lion escapes in recent weeks."
LIONS_THIRD = "This was the third time in two months that a lion had escaped from the city's national park."
LIONS_SECOND = "It was the second time this month that a lion had escaped from the city's national park."


def test_every_two_statements_of_an_agreed_fact_agree():
    # Both counts are close to the outlet that gives none; a group formed around that one must
    # not take both, since the third escape in two months is not the second this month.
    from newsbrief.compare import _statements, agreed_facts
    from newsbrief.embed import get_encoder
    from newsbrief.entities import mentions

    texts = [LIONS_SEVERAL, LIONS_THIRD, LIONS_SECOND]
    sentences = [Sentence(text, article, 0) for article, text in enumerate(texts)]
    embeddings = get_encoder().encode(texts)
    statements = _statements(sentences, mentions(texts))
    facts = agreed_facts([0, 1, 2], sentences, statements, embeddings @ embeddings.T, limit=8)
    assert facts, "the outlet giving no count agrees with either count"
    for fact in facts:
        assert {LIONS_THIRD, LIONS_SECOND} - {s.text for s in fact.statements}, fact


def test_two_statements_each_close_to_a_third_but_sharing_no_words_are_not_one_fact():
    # One outlet gives both complaints of the lawsuit in one sentence; the two others give one
    # each. The first may agree with either, yet the other two say different things.
    from newsbrief.compare import _statements, agreed_facts
    from newsbrief.embed import get_encoder
    from newsbrief.entities import mentions

    both = ("The lawsuit says managers had too much discretion over pay and promotions, and that the company "
            "culture stereotypes women as less ambitious.")
    discretion = "The lawsuit says store managers had too much discretion over pay and promotions."
    culture = "The plaintiffs argue that the company culture stereotypes women as less ambitious than men."
    sentences = [Sentence(text, article, 0) for article, text in enumerate([both, discretion, culture])]
    embeddings = get_encoder().encode([s.text for s in sentences])
    statements = _statements(sentences, mentions([s.text for s in sentences]))
    facts = agreed_facts([0, 1, 2], sentences, statements, embeddings @ embeddings.T, limit=8)
    assert facts and all({discretion, culture} - {s.text for s in fact.statements} for fact in facts), facts


def test_statements_giving_different_ordinals_are_not_agreed():
    result = compare_articles(("Lion shot dead after leaving park", LIONS_THIRD), ("Rangers kill lion", LIONS_SECOND))
    assert result.agreed == ()


@pytest.mark.parametrize("a, b", [
    # Two people in one role: the subject of each sentence, or the one each names "after".
    ("Senator Ruth Ames is the second black senator from the South since the civil war.",
     "Senator Dana Cole became the second black senator from the South since the civil war."),
    ("The appointment makes Paul Okafor the second black senator in the chamber, after Ruth Ames.",
     "Paul Okafor becomes the second black senator in the chamber, after Dana Cole, who served until 1979."),
    # One title written short by one outlet and out by the other: two winners of one race.
    ("Rep. Ruth Ames won the race for vice chair of the caucus, defeating fellow Ohio lawmaker Lena Ortiz.",
     "In a narrow vote, Representative Dana Cole of Ohio defeated another Ohio lawmaker, Representative Lena Ortiz, "
     "to become vice chair of the caucus."),
])
def test_statements_of_other_people_in_one_role_are_not_agreed(a, b):
    from newsbrief.compare import _statements, agreed_facts
    from newsbrief.embed import get_encoder
    from newsbrief.entities import mentions

    sentences = [Sentence(a, 0, 0), Sentence(b, 1, 0)]
    embeddings = get_encoder().encode([a, b])
    assert float(embeddings[0] @ embeddings[1]) >= 0.7  # close enough to be asked
    statements = _statements(sentences, mentions([a, b]))
    assert agreed_facts([0, 1], sentences, statements, embeddings @ embeddings.T, limit=8) == []


def test_the_same_person_named_two_ways_is_agreed():
    from newsbrief.compare import _statements, agreed_facts
    from newsbrief.embed import get_encoder
    from newsbrief.entities import mentions

    a = "Governor Ruth Ames on Wednesday appointed Paul Okafor to the vacant Senate seat."
    b = "Gov. Ames on Wednesday appointed her former aide Paul Okafor to the vacant Senate seat."
    sentences = [Sentence(a, 0, 0), Sentence(b, 1, 0)]
    embeddings = get_encoder().encode([a, b])
    statements = _statements(sentences, mentions([a, b]))
    assert len(agreed_facts([0, 1], sentences, statements, embeddings @ embeddings.T, limit=8)) == 1


def test_one_person_under_a_title_written_short_and_out_is_agreed():
    assert agreed_pair("Rep. Ruth Ames won the race for vice chair of the caucus, defeating fellow Ohio lawmaker Lena Ortiz.",
                       "In a narrow vote, Representative Ruth Ames of Ohio defeated another Ohio lawmaker, Representative "
                       "Lena Ortiz, to become vice chair of the caucus.")


def test_a_person_in_a_relative_clause_plays_no_role_of_the_fact():
    # The bill's sponsor, told of in a relative clause, is not one of those who voted against it.
    assert agreed_pair("The state House voted to ban the sale of fireworks, but 12 Republicans opposed the bill, whose "
                       "sponsor Representative Rosa Diaz said she had received threats.",
                       "The state House passed a ban on the sale of fireworks, but 12 Republicans and Ohio Rep. Omar "
                       "Reyes, an independent, voted against it.")


def agreed_pair(a: str, b: str) -> bool:
    """Whether two outlets' sentences, close enough to be asked, are agreed as one fact."""
    from newsbrief.compare import _statements, agreed_facts
    from newsbrief.embed import get_encoder
    from newsbrief.entities import mentions

    sentences = [Sentence(a, 0, 0), Sentence(b, 1, 0)]
    embeddings = get_encoder().encode([a, b])
    assert float(embeddings[0] @ embeddings[1]) >= 0.7  # close enough to be asked
    statements = _statements(sentences, mentions([a, b]))
    return bool(agreed_facts([0, 1], sentences, statements, embeddings @ embeddings.T, limit=8))


@pytest.mark.parametrize("a, b", [
    # The same words, the doer and the receiver the other way round: two thanks, two tributes.
    ("The governor thanked Senator Ruth Ames for her work on the housing bill.",
     "Senator Ruth Ames thanked Governor Paul Okafor for his help with the housing bill."),
    ("Coach Dana Cole praised Paul Okafor for his leadership of the team this season.",
     "Paul Okafor praised Dana Cole for her leadership of the team this season."),
    # Two ages in years before now that do not meet.
    ("Researchers said the stone tools were made between 499,000 and 320,000 years ago.",
     "Researchers said similar stone tools were found at a 160,000-year-old site in the valley."),
    ("Researchers said the stone tools at the site were made 1.5 million years ago.",
     "Researchers said the stone tools at the site were made 300,000 years ago."),
    # An age written with hyphens is an age.
    ("Researchers said the stone tools at the site were made 300,000 years ago.",
     "Researchers said the stone tools at the 2.5-million-year-old site were made by early humans."),
    # An age against how much earlier something happened than was thought: two facts.
    ("Researchers said the tools show that the Middle Stone Age began some 320,000 years ago.",
     "Researchers said the tools show that the Middle Stone Age began tens of thousands of years earlier than thought."),
])
def test_statements_of_other_directions_or_ages_are_not_agreed(a, b):
    assert not agreed_pair(a, b)


@pytest.mark.parametrize("a, b", [
    # Meeting is done together, whichever of the two is named first.
    ("Paul Okafor met Dana Cole in Ankara on Monday to discuss the trade deal.",
     "Dana Cole met Paul Okafor in Ankara on Monday to discuss the trade deal."),
    # One direction, the doer named two ways.
    ("The governor thanked Senator Ruth Ames for her work on the housing bill.",
     "Governor Paul Okafor thanked Senator Ames for her work on the housing bill."),
    # A verb of saying after the words it attributes comes before its speaker, who is no one it acts on.
    ("Senator Ruth Ames added that the housing bill would fail in the Senate next week.",
     "The housing bill would fail in the Senate next week, added Senator Ruth Ames."),
    # A name between two nouns, in either order, is no one acting.
    ("The director fired the scientist, overruling a NASA career engineer who had recommended a written warning.",
     "The director fired the scientist despite the advice of the career NASA engineer who had recommended a written "
     "warning."),
    # One age, given exactly and loosely, or inside a span.
    ("Researchers said the stone tools were made about 300,000 years ago.",
     "The stone tools were made some 300,000 years ago, researchers said."),
    ("Researchers said the stone tools were made between 400,000 and 250,000 years ago.",
     "Researchers said the stone tools found at the 300,000-year-old site were made by early humans."),
    ("Researchers said the stone tools at the site were made 2.5 million years ago.",
     "Researchers said the stone tools at the 2.5-million-year-old site were made by early humans."),
    # An age in words holds the figures it rounds.
    ("Researchers said the stone tools at the site were made tens of thousands of years ago.",
     "Researchers said the stone tools at the site were made some 50,000 years ago."),
])
def test_statements_of_one_direction_or_age_are_still_agreed(a, b):
    assert agreed_pair(a, b)


@pytest.mark.parametrize("text, times", [
    ("The bones were dated to 1.2.3 years ago, a typo for 1.2 million.", []),  # no number: no age, no crash
    ("A 2..5-year-old fossil was found.", []),
    ("He was 5. Years ago he moved.", []),  # a sentence's end is no age
    ("Tools made 1.5 million years ago and a 160,000-year-old site.", [(True, 1.5e6, 1.5e6), (True, 160000, 160000)]),
    ("A 2.5-million-year-old skull, a 4,000-year-old tomb and a 30-year-old guide.",
     [(True, 2.5e6, 2.5e6), (True, 4000, 4000), (True, 30, 30)]),
    ("It began tens of thousands of years earlier than thought.", [(False, 1e4, 1e5)]),
    ("Fossils hundreds of thousands of years old, some 300,000 years older than others.",
     [(True, 1e5, 1e6), (False, 300000, 300000)]),
])
def test_times_in_years_are_read_from_figures_and_amounts_in_words(text, times):
    from newsbrief.compare import YearsTime, _times_in_years

    assert _times_in_years(text) == [YearsTime(*time) for time in times]


def test_only_in_lists_a_statement_its_source_repeats_once():
    # Said twice in the body and once more run into the headline, by one outlet alone.
    insured = "The museum said the stolen painting had been insured for far less than its market value."
    result = compare_articles(
        ("Painting stolen from museum", insured, "Police said two men entered through a skylight on Sunday night.",
         insured, "Painting stolen from museum " + insured),
        ("Thieves take painting", "Police said two men entered the museum through a skylight on Sunday night.",
         "The city council will debate extra funding for museum guards next month."))
    assert [t for t in result.only_in[1] if insured in t] == [insured]


def test_a_disagreement_pairs_whole_statements_not_a_piece_of_one():
    # A quotation the splitter cut in two, its closing mark in the next sentence, and a lead the site
    # cut off: each only part of what its outlet says, shown as it is it reads as a broken line.
    # Only the whole quotation is at odds with the other outlet's date.
    other = ("Bridge to open", "The bridge will open to traffic on Wednesday, the city said.")
    whole = "“We will open the bridge to traffic on Thursday, as we promised the town,” Mayor Ana Ruiz said."
    result = compare_articles(("Bridge opening", whole), other)
    assert [(d.kind, d.reason, d.a.text) for d in result.disagreements] == [("dates", "Thursday vs Wednesday", whole)]
    for pieces in (("“We will open the bridge to traffic on Thursday, as we promised the town.",
                    "Nothing will change that,” Mayor Ana Ruiz said."),
                   ("The bridge will open to traffic on Thursday, as the mayor promised the town when the work...",)):
        assert compare_articles(("Bridge opening", *pieces), other).disagreements == ()


def test_a_sentence_also_run_into_its_headline_is_one_disagreement():
    thursday = "Putin arrived in Ankara on Thursday for talks with Erdogan on Syria."
    result = compare_articles(("Putin in Ankara", thursday, "The talks lasted three hours.", "Putin visits Turkey " + thursday),
                              ("Putin visit", "Putin arrived in Ankara on Wednesday for talks with Erdogan on Syria."))
    assert [(d.kind, d.reason) for d in result.disagreements] == [("dates", "Thursday vs Wednesday")]


def test_an_agreed_statement_run_into_a_headline_is_not_also_only_in_its_source():
    supplied = "The chip maker had supplied the graphics designs used in the company's phones and tablets until last year."
    headline = "Tech giant returns to old partner after bitter split over royalties and a collapse in its share price"
    result = compare_articles(
        ("Phone maker signs deal", supplied, "The new licence covers a wider range of designs, the chip maker said on Thursday.",
         f"{headline} {supplied}"),
        ("Markets in brief", "The chip maker supplied the graphics designs used in the company's phones and tablets until last year.",
         "Shares in the chip maker's former parent rose sharply after the announcement in London."))
    assert [s.text for fact in result.agreed for s in fact.statements if s.source == 1] == [supplied]
    assert not [t for t in result.only_in[1] if supplied in t], result.only_in[1]


def test_a_short_quote_whose_words_recur_in_another_sentence_is_not_a_repeat():
    # Both of the mayor's outlet's lines are its own: "voters" and "mayor" recurring elsewhere
    # in its text do not make the boast a repeat of the mockery.
    boast = "“The voters are with me on this,” Mayor Ann Lee said."
    mock = "The council leader mocked the mayor, saying the voters would soon show him what they think of the tram plan."
    result = compare_articles(
        ("Mayor defends tram plan", "The mayor defended the new tram line at a meeting on Monday night.", boast, mock),
        ("Tram plan row", "The mayor defended the new tram line at a meeting on Monday night.",
         "Construction is due to start in the spring and take three years."))
    assert set(result.only_in[1]) == {boast, mock}


def test_only_in_lists_no_cut_lead_and_no_piece_of_a_quotation():
    # The site cut one lead short, and the splitter left the end of the mayor's quotation as a
    # sentence of its own: neither is a whole statement of the outlet's.
    cut = "The council voted on Monday to close the old ferry terminal and move its staff to the new ..."
    tail = "We will not let the harbour rot while the council argues over who pays for the repairs.”"
    whole = "Harbour workers said they learned of the closure from a notice pinned to the terminal door."
    result = compare_articles(
        ("Ferry terminal to close", cut, "“The terminal has served us for ninety years, and it will serve us again.",
         tail, whole),
        ("Council shuts terminal", "A ferry terminal will shut after a council vote held on Monday evening.",
         "The port authority plans to sell the land to a developer next year."))
    assert cut not in result.only_in[1] and tail not in result.only_in[1], result.only_in[1]
    assert whole in result.only_in[1]


def test_only_in_lists_no_lead_the_site_cut_mid_sentence():
    # The feed cut the lead after "more", with no stop and no "...": the brief refuses it as no
    # whole sentence, and Only-in, whose statements are the outlet's whole ones, does too.
    cut = "A ballot measure on the November ballot would require egg farms across the state to give their hens more"
    whole = "Farm groups say the rules would add about forty cents to the price of a dozen eggs by next year."
    result = compare_articles(
        ("Egg farms face ballot fight", cut, whole),
        ("Voters to decide on hen cages", "Animal welfare groups gathered enough signatures to put cage rules to a vote.",
         "The governor has not said how she will vote on the measure."))
    assert shown_text(cut) not in result.only_in[1] and whole in result.only_in[1], result.only_in[1]


@pytest.mark.parametrize("cut", [
    "The council voted on Monday to close the old ferry terminal on the harbour and move its...",
    "The council voted on Monday to close the old ferry terminal on the harbour and move its staff",
])
def test_no_agreed_fact_opens_on_a_lead_the_site_cut(cut):
    # A lead the site cut, with "..." or no stop, is no whole statement of its outlet's: Only-in
    # and the disagreements take none, and no agreed fact opens on one; it is only its outlet's
    # wording of a fact a whole statement opens (`agreed_groups`).
    whole = "The council voted on Monday to close the old ferry terminal on the harbour and move its staff."
    result = compare_articles(
        ("Ferry terminal to close", cut, "Harbour workers said they learned of it from a notice on the door."),
        ("Council shuts terminal", whole, "The port authority plans to sell the land to a developer next year."))
    assert all(fact.statements[0].text != shown_text(cut) for fact in result.agreed), result.agreed


def test_a_lead_the_site_cut_sharing_only_the_storys_names_joins_no_agreed_fact():
    # The cut lead's lost rest may tell anything; what it shows shares only "ranked choice voting"
    # with the whole statement, a third of its words (QA K1). A figure both give, or half their
    # words, tell that it states the same fact.
    whole = "The harbour town's mayoral race on Tuesday will be the region's first big test of ranked choice voting."
    cut = "Harbourton, though, is by far the largest town to adopt ranked choice voting, and that..."
    assert agreed_at(whole, cut, 0.76) == []
    counted = "The mayoral race on Tuesday drew 12,000 voters, the most the region has seen under ranked choice voting."
    assert agreed_at(counted, "About 12,000 voters cast ballots in the Harbourton race, where officials counted through the night, and...",
                     0.76) == [[0, 1]]
    assert agreed_at(whole, "The mayoral race in the harbour town is the region's first big test of ranked voting...", 0.76) == [[0, 1]]


def test_agreed_takes_a_whole_quotation_in_mixed_quotation_marks():
    # The scrape opened the quotation with a curly mark and closed it with a straight one: a whole
    # sentence all the same, the quote the other outlet gives.
    mixed = '“We will keep the ferry terminal open through the winter," the harbour master said on Monday.'
    curly = "“We will keep the ferry terminal open through the winter,” the harbour master said on Monday."
    result = compare_articles(("Terminal stays open", mixed, "Harbour workers said they learned of it from a notice."),
                              ("Ferry terminal to stay open", curly, "The port authority plans to sell the land next year."))
    assert {mixed, curly} in agreed_wordings(result), result.agreed


def test_quotations_of_two_named_speakers_are_not_agreed():
    # Two people's words on one storm: each outlet names whom it quotes, and they are not one.
    governor = ("“We are asking everyone on the coast to take this storm very seriously and stay home,” Governor Ruth "
                "Ames said on Friday.")
    forecaster = "“We are asking everyone on the coast to stay home during this very dangerous storm,” forecaster Dana Cole said on Friday."
    result = compare_articles(("Storm Ida nears the coast", governor, "Schools along the coast closed on Friday."),
                              ("Storm Ida heads for the coast", forecaster, "Ferries stopped running at noon."))
    assert not any({governor, forecaster} <= wordings for wordings in agreed_wordings(result)), result.agreed


def test_the_same_quotation_under_two_speakers_names_is_still_agreed():
    # One outlet credits the words to someone else: still one quotation, so one fact.
    said = "“A promise kept for sixty years is worth something,” Laurie Graber said at the party on Sunday."
    other = "“A promise kept for sixty years is worth something,” her father Arthur Wagner said at the party on Sunday."
    result = compare_articles(("Lost ring found after sixty years", said, "The ring was found in a garden in May."),
                              ("Ring returned to its owner", other, "The garden belongs to a retired teacher."))
    assert {said, other} in agreed_wordings(result), result.agreed


def test_an_outlets_question_is_not_agreed_with_a_statement():
    # A question states no fact; a speaker's question, quoted, is what they said.
    asked = "How will the council pay for the new tram line through the city centre next year?"
    told = "The council says it will pay for the new tram line through the city centre next year with a bond."
    result = compare_articles(("Council to vote on tram line", asked, "The vote is due on Monday evening."),
                              ("Tram line approved", told, "Work on the line starts in the spring."))
    assert not any(asked in wordings for wordings in agreed_wordings(result)), result.agreed
    quoted_a = "“Why can’t people let other people feel good about themselves?” the singer wrote on Sunday night."
    quoted_b = "“Why can’t people just let other people feel good about themselves?” the singer asked her fans on Sunday."
    result = compare_articles(("Singer hits back at critics", quoted_a, "Her post drew thousands of replies."),
                              ("Singer answers critics", quoted_b, "She has a new album out in June."))
    assert {quoted_a, quoted_b} in agreed_wordings(result), result.agreed


def agreed_wordings(result: Comparison) -> list[set[str]]:
    return [{s.text for s in fact.statements} for fact in result.agreed]


def test_a_statement_left_out_of_only_in_for_being_said_elsewhere_is_agreed():
    # Most of the first outlet's words are in the second's sentence, at a cosine under the
    # same-fact 0.7: not "only in" the first, so Agreed must show it with the other's wording.
    gave_way = "A levee on the Sandy Creek gave way Sunday, flooding farms in four villages."
    burst = "Hundreds of families fled to shelters when the Sandy Creek levee burst on Sunday, swamping farms in four villages."
    result = compare_articles(
        ("Levee gives way", gave_way, "Officials said 700 people spent the night in the school gym and two churches."),
        ("Sandy Creek levee bursts", burst, "The county sheriff said crews were checking every house along the river road."))
    shown = {t for texts in result.only_in.values() for t in texts} | set().union(*agreed_wordings(result))
    assert gave_way in shown and burst in shown, result
    assert {gave_way, burst} in agreed_wordings(result)


def test_the_same_figure_in_shared_words_is_one_fact_not_only_in_each_outlet():
    weekly = "The city will give each displaced tenant $48 a week, the housing office said on Friday."
    grant = "Tenants forced out by the flood can claim a weekly grant of $48, and the housing office expects some 900 claims."
    result = compare_articles(
        ("Flood grant for tenants", weekly, "The mayor toured the damaged streets with two council members on Friday."),
        ("Tenants to get help", grant, "Landlords have until the end of the month to report damaged flats to inspectors."))
    assert weekly not in result.only_in[1] and grant not in result.only_in[2], result.only_in
    assert {weekly, grant} in agreed_wordings(result)


def test_a_quote_and_a_sentence_reporting_its_speaker_saying_it_are_agreed():
    quoted = "“Flooding like this is very rare for the valley,” said hydrologist Lina Voss on Thursday."
    reported = "Hydrologist Lina Voss said on Thursday that flooding like this is very rare for the valley."
    result = compare_articles(("Valley floods", quoted, "Crews cleared mud from the main road on Thursday morning."),
                              ("Creek floods valley", reported, "The school will stay closed until the hall is dry again."))
    assert {quoted, reported} in agreed_wordings(result), result.agreed


def test_two_unrelated_lines_of_one_speaker_are_no_variant():
    # Both outlets quote the mayor on one story, on two different matters: no "in different words".
    result = compare_articles(
        ("Mayor Ana Ortiz opened the new bridge over the Selby River on Monday.",
         '"This bridge will cut commutes in half," Ortiz said at the Selby River bridge opening.'),
        ("Mayor Ana Ortiz opened a bridge across the Selby River on Monday.",
         '"I would like to run for governor next year," Ortiz said at the Selby River bridge opening.'),
    )
    assert {group.sources for group in result.quotes} == {(1,), (2,)}
    assert result.quote_variants == ()


def test_one_speaker_saying_one_thing_in_two_wordings_is_a_variant():
    result = compare_articles(
        ("Mayor Ana Ortiz opened the new bridge over the Selby River on Monday.",
         '"This bridge will cut commutes in half," Ortiz said.'),
        ("Mayor Ana Ortiz opened a bridge across the Selby River on Monday.",
         '"Drivers will spend half as long on their commutes," Ortiz said.'),
    )
    assert [(v.a.source, v.b.source) for v in result.quote_variants] == [(1, 2)]


def test_two_lines_of_one_speaker_sharing_one_word_are_no_variant():
    # Both lines are on the storm, and both say "storm": two statements, not one in two wordings.
    result = compare_articles(
        ("Mayor Ana Ortiz warned residents as the storm neared the coast on Monday.",
         '"This is a very dangerous storm," Ortiz said on Monday.'),
        ("Mayor Ana Ortiz ordered the coast evacuated before the storm on Monday.",
         '"Once the storm hits, our crews will not be able to answer calls," Ortiz said on Monday.'),
    )
    assert {group.sources for group in result.quotes} == {(1,), (2,)}
    assert result.quote_variants == ()


def test_two_lines_of_one_speaker_sharing_one_word_and_i_think_are_no_variant():
    # "I think" opens any line of a speaker: "plan" alone is what both say.
    result = compare_articles(
        ("Mayor Ana Ortiz lost the council vote on the Selby River levee on Monday.",
         '"We needed to get our plan across. I think the town is better for the fight," Ortiz said.'),
        ("Mayor Ana Ortiz lost a council vote over the Selby River levee on Monday.",
         '"I think people heard our plan," Ortiz said.'),
    )
    assert {group.sources for group in result.quotes} == {(1,), (2,)}
    assert result.quote_variants == ()


def test_a_quoted_phrase_whose_noun_the_other_quote_gives_is_a_variant():
    # One outlet quotes a few words inside its own sentence; the other quotes the whole line.
    result = compare_articles(
        ("Mayor Ana Ortiz opened the new levee on the Selby River on Monday.",
         'Ortiz said the levee would spare the town "even worse floods" in the years to come.'),
        ("Mayor Ana Ortiz opened a levee on the Selby River on Monday.",
         '"Nobody should lose a home to the river again, and this wall will spare us from bigger floods," Ortiz said.'),
    )
    assert [(v.a.source, v.b.source) for v in result.quote_variants] == [(1, 2)]


def test_only_in_lists_no_piece_of_a_quotation_but_does_list_a_sentence_leaning_on_the_one_before():
    # A piece of a quotation is no statement of the outlet's; "She said the land…" is, and what
    # an outlet alone reports is often in such a sentence (BASIL: requiring every statement to
    # stand alone surfaced fewer informational-bias spans than LEAD).
    opened = "“The pier is finished,” the harbour master said. “We lost everything in one night."
    piece = "Nothing on the seafront will be the same again this year."
    leaning = "She said the land under the pier would be sold to a developer next spring."
    result = compare_articles(
        ("Storm wrecks pier", "A winter storm wrecked the town's wooden pier on Sunday night.", opened, piece + "”",
         leaning),
        ("Pier destroyed", "The wooden pier was wrecked by a storm late on Sunday.",
         "Council workers began clearing the beach of timber on Monday morning."))
    assert not any(text.startswith("Nothing on the seafront") for text in result.only_in[1]), result.only_in[1]
    assert leaning in result.only_in[1], result.only_in[1]


def test_two_outlets_quoting_the_same_words_say_one_thing():
    # Few words shared but the quoted ones: not "only in" either outlet.
    asked = ("The governor said she has asked the state police to “double their patrols on the coast road” "
             "and report back to her within a month.")
    ordered = "She signed an order telling troopers to “double their patrols” after the second crash in a week."
    result = compare_articles(
        ("Governor orders patrols", asked, "The coast road has seen six fatal crashes since the spring."),
        ("More patrols on coast road", ordered.replace("She signed", "Governor Ana Ruiz signed"),
         "A new speed camera will go up near the harbour bridge in May."))
    listed = [t for texts in result.only_in.values() for t in texts]
    assert not [t for t in listed if "double their patrols" in t], result.only_in


def test_figures_of_two_things_are_neither_one_fact_nor_a_disagreement():
    # One day's toll and the year's: the rules find no clash (two times), and two counts are two facts.
    day = "Floods killed 12 people in the river valley on Sunday, the regional government said."
    year = "Floods have killed more than 300 people in the river valley this year, the regional government said."
    result = compare_articles(("Valley floods", day), ("Valley floods", year))
    assert not any({s.text for s in fact.statements} == {day, year} for fact in result.agreed)
    assert not result.disagreements


def test_a_person_named_by_the_first_words_of_a_fuller_name_is_counted_under_it():
    # "Nicole Brown" begins "Nicole Brown Simpson", as "Pete" begins "Pete Davidson"; a place's
    # first words do not make it the larger place.
    people = Counter({"Nicole Brown Simpson": 3, "Nicole Brown": 2, "Pete": 1, "Pete Davidson": 2, "Ron Goldman": 1})
    assert _merge_names(people, "people") == ["Nicole Brown Simpson", "Pete Davidson", "Ron Goldman"]
    assert _merge_names(Counter({"Baltimore County": 3, "Baltimore": 2}), "places") == ["Baltimore County", "Baltimore"]


def test_a_firm_named_by_the_first_word_of_its_name_and_trade_is_counted_under_it():
    # "Harlan" is "Harlan Jewelers": a firm's one word and its trade, a plural noun. The first word
    # of other longer names is as often an organisation of its own: the Senate is not its
    # Judiciary Committee, a carmaker not its driving software; nor is a place's first word the place.
    plural_ended = frozenset({"harlan jewelers", "marlow heights"})
    assert _merge_names(Counter({"Harlan Jewelers": 2, "Harlan": 1, "Police": 1}), "organisations",
                        plural_ended) == ["Harlan Jewelers", "Police"]
    assert _merge_names(Counter({"Voltra Autopilot": 2, "Voltra": 1}), "organisations",
                        plural_ended) == ["Voltra Autopilot", "Voltra"]
    assert _merge_names(Counter({"Senate": 3, "Senate Judiciary Committee": 2}), "organisations",
                        frozenset({"senate judiciary"})) == ["Senate", "Senate Judiciary Committee"]
    assert _merge_names(Counter({"Marlow Heights": 2, "Marlow": 1}), "places", plural_ended) == ["Marlow Heights", "Marlow"]


def test_an_organisations_first_word_before_a_lower_case_particle_is_counted_under_it():
    # "Lumière" is "Lumière du Nord", the next word a particle; "Banco" stays apart from "Banco Central".
    assert _merge_names(Counter({"Lumière du Nord": 2, "Lumière": 1}), "organisations") == ["Lumière du Nord"]
    assert _merge_names(Counter({"Banco Central": 2, "Banco": 1}), "organisations") == ["Banco Central", "Banco"]


def test_a_name_joining_a_name_that_joins_a_third_is_counted_under_the_third():
    # "Dick" begins "Dick Harlow", which is a form of "Richard Harlow": all three are one man.
    assert _merge_names(Counter({"Richard Harlow": 3, "Dick Harlow": 1, "Dick": 1}), "people") == ["Richard Harlow"]


def test_coverage_counts_a_firm_named_by_its_first_word_under_its_full_name():
    texts = ["Thieves smashed display cases at Harlan Jewelers in the mall on Sunday.",
             "A Harlan spokesman said no staff were hurt."]
    docs = tagged(texts)
    (covered,) = coverage([Sentence(text, 0, i) for i, text in enumerate(texts)], [mentions_in(doc) for doc in docs], 1,
                          plural_ended=plural_ended_pairs(docs))
    assert covered.organisations == ("Harlan Jewelers",)



def agreed_at(a: str, b: str, cosine: float, headlines: float | None = None) -> list[list[int]]:
    """`agreed_groups` of two one-sentence articles whose embeddings are `cosine` apart, and their
    headlines `headlines` apart where given."""
    from newsbrief.compare import _statements, agreed_groups
    from newsbrief.entities import mentions_in, tagged

    sentences = [Sentence(a, 0, 0), Sentence(b, 1, 0)]
    statements = _statements(sentences, [mentions_in(doc) for doc in tagged([a, b])])
    headline_similarity = None if headlines is None else np.array([[1.0, headlines], [headlines, 1.0]])
    return agreed_groups([0, 1], sentences, statements, np.array([[1.0, cosine], [cosine, 1.0]]),
                         headlines=headline_similarity)


def test_two_outlets_giving_one_vote_tally_agree_on_it_far_apart_in_embedding():
    # A tally is one vote's: the rest of the two sentences may be worded far apart.
    tallied = "The council voted 9-2 to close the Elm Street depot, which the mayor has long called a hazard to children."
    passed = "The depot closure passed the council on Monday 9-2, after an hour of debate."
    assert agreed_at(tallied, passed, 0.42) == [[0, 1]]
    assert agreed_at(tallied, passed.replace("9-2", "8-3"), 0.42) == []


def test_two_sentences_sharing_only_what_one_is_about_are_no_agreed_fact():
    # QA s27 K1 (nt883, mn6): one tells what the thing is, the other what it did in a trial; they share
    # only its name, the subject of the first.
    pill = "The vaccine, zelaprovir, is taken as a nasal spray."
    trial = "The company said the vaccine, zelaprovir, halved the number of infections among care-home residents."
    assert agreed_at(pill, trial, 0.8) == []
    # The same thing the subject of both: both tell what it did.
    assert agreed_at("The vaccine, zelaprovir, halved the infections among care-home residents in a trial.",
                     trial, 0.8) == [[0, 1]]
    # A subject's own act may be the other's in other words (QA as65: "At least nine people died").
    assert agreed_at("At least six hikers died on the north ridge on Sunday.",
                     "An avalanche killed at least six hikers on the north ridge on Sunday, rescuers said.", 0.8) == [[0, 1]]


def test_two_leads_with_one_verb_of_what_happened_on_their_main_clauses_are_one_fact():
    # Each article's first statement; under the same-fact cosine, few words shared but "revoke".
    revoke = "The state health board is set to formally revoke the licence of the Harbor Clinic on Thursday, according to two officials."
    expected = ("Regulators are expected Thursday to revoke a decades-old permit that lets the Harbor Clinic run its own "
                "laboratory without outside checks.")
    assert agreed_at(revoke, expected, 0.63) == [[0, 1]]
    assert agreed_at(revoke, expected, 0.56) == [[0, 1]]  # leads of one event in words of their own
    assert agreed_at(revoke, expected, 0.5) == []  # too far apart to be leads of one event


def test_two_leads_of_one_subject_sharing_words_of_what_happened_are_one_fact_in_other_verbs():
    # No verb of what happened on both main clauses ("is accused" / "purchased"), but one subject (the
    # suspect) and more than four words of what happened (shotgun, legally, mall, …) (QA s29 K2, nt978).
    accused = ("The suspect in the Denver mall shooting is accused of wounding six shoppers with a shotgun that "
               "police say he bought legally.")
    bought = ("The suspect in a Denver mall attack purchased the shotgun used in the shooting legally last spring at a "
              "gun shop outside the city, police said on Wednesday.")
    assert agreed_at(accused, bought, 0.65) == [[0, 1]]
    assert agreed_at(accused, bought, 0.52) == []  # too far apart to be leads of one event
    # The story's names and a word or two of it are not its event: "Denver", "mall", "police".
    assert agreed_at(accused, "Police in Denver reopened the mall on Wednesday as shoppers left flowers at its doors.", 0.65) == []
    # Words of what happened told of another subject's act: the council's demand is another fact.
    demanded = ("City council members on Wednesday demanded a review of gun sales after police said the suspect in the "
                "Denver mall shooting had got the shotgun legally.")
    assert agreed_at(accused, demanded, 0.65) == []


def test_a_progressive_verb_on_a_leads_main_clause_tells_what_happened():
    # "is recommending" is the first lead's verb, as "recommend" is the second's; few words shared.
    recommending = "A county health panel is recommending that staff at nursing homes get a third flu shot before the winter peak."
    voted = "Advisers to the county voted on Monday to recommend an extra flu shot for care workers, citing a spike in hospital cases."
    assert agreed_at(recommending, voted, 0.6) == [[0, 1]]
    assert agreed_at(recommending.replace("is recommending", "has long argued"), voted, 0.6) == []


def test_two_leads_whose_headlines_are_alike_tell_one_event_in_other_verbs():
    # A lead tells its headline's event: "threw out" and "rejected" are one ruling, though no verb
    # of what happened is on both main clauses and the leads are under the same-fact cosine.
    threw = "The state supreme court threw out the challenge to the harbour tunnel toll on Thursday, leaving the charge in place for drivers."
    rejected = ("On Thursday the justices rejected another attempt to scrap the harbour tunnel toll, a fee "
                "that commuters have fought for years.")
    assert agreed_at(threw, rejected, 0.62, headlines=0.85) == [[0, 1]]
    assert agreed_at(threw, rejected, 0.62, headlines=0.65) == []
    assert agreed_at(threw, rejected, 0.62) == []
    # Under like headlines the leads are compared from 0.5, below the cosine other sentences need (QA s27 K2).
    assert agreed_at(threw, rejected, 0.52, headlines=0.85) == [[0, 1]]
    assert agreed_at(threw, rejected, 0.52, headlines=0.7) == []
    assert agreed_at(threw, rejected, 0.45, headlines=0.85) == []  # leads too far apart to be compared


def test_two_leads_quoting_the_same_two_words_tell_one_event():
    # Few words shared and no verb of what happened on both main clauses, but both leads quote the
    # phrase their story is about (QA s27 K2): one statement of the board.
    said = 'The harbour board said on Tuesday it has "grave doubts" about the accuracy of a dredging study that council members want made public.'
    voiced = ('A long quarrel between city hall and the port flared up again as the harbour board put out a '
              'statement voicing "grave doubts" about the study.')
    assert agreed_at(said, voiced, 0.6) == [[0, 1]]
    assert agreed_at(said.replace('"', ""), voiced.replace('"', ""), 0.6) == []  # two words alone are no quotation
    assert agreed_at(said, voiced, 0.5) == []  # too far apart to be leads of one event


def test_a_lead_that_only_says_what_something_is_tells_no_event_under_a_like_headline():
    # An opinion piece's opening under a headline like the news report's: its main clause says what
    # the ruling is, not that it was made, so the headlines do not make it the report's event.
    ruled = ("The state supreme court on Thursday struck down the harbour tunnel toll, siding with commuters "
             "who had fought the fee for years.")
    opinion = ("Thursday's ruling striking down the harbour tunnel toll is a victory for commuters, for the city's "
               "small businesses and for the rule of law.")
    assert agreed_at(ruled, opinion, 0.62, headlines=0.85) == []
    # The same opening telling what the court did is the report's event.
    assert agreed_at(ruled, opinion.replace("Thursday's ruling striking down the harbour tunnel toll is a victory",
                                            "The court's ruling on Thursday struck down the harbour tunnel toll in a victory"),
                     0.62, headlines=0.85) == [[0, 1]]


def test_leads_sharing_a_verb_off_the_main_clause_are_no_agreed_fact():
    # "ousted" before a noun says who the manager is; the first lead tells of mocking.
    ousted = "The mayor ousted Dana Reyes as city manager on Monday over a profane outburst at a budget meeting."
    assert agreed_at("Council members ousted city manager Dana Reyes on Monday, just ten days into the job.",
                     ousted, 0.63) == [[0, 1]]
    assert agreed_at("Council members on Monday mocked ousted city manager Dana Reyes, just ten days into the job.",
                     ousted, 0.63) == []


def test_two_sentences_sharing_only_names_places_and_the_year_are_no_agreed_fact():
    # Both tell of Haldor, Brightwater Bank, Oslo and 2009; only the first tells of a charge.
    charged = "Prosecutors charged Haldor with fraud this month over the 2009 collapse of Brightwater Bank in Oslo."
    suspected = "Haldor, a former sailor from Bergen, long faced questions about his role at Brightwater Bank in Oslo in 2009."
    assert agreed_at(charged, suspected, 0.72) == []
    also_charged = "Oslo prosecutors have charged Haldor with fraud over the Brightwater Bank collapse, a court filing shows."
    assert agreed_at(charged, also_charged, 0.72) == [[0, 1]]


def test_a_quotation_another_outlet_also_quotes_is_only_in_neither():
    # Quotes shows the mayor's words carried by both outlets; their sentences are far apart in
    # embedding (0.47: one is mostly where she spoke), so only the quote matcher sees one statement.
    asked = '"To answer your direct question, we have a deal," she told reporters.'
    outside = '"We have a deal," Ortiz said outside city hall, where protesters had gathered since dawn.'
    result = compare_articles(
        ("Ortiz strikes budget deal", "Mayor Ana Ortiz reached a budget deal with the city council on Thursday after weeks of talks.",
         asked),
        ("Council and mayor agree budget", "The city council and Mayor Ana Ortiz agreed on a budget late on Thursday.", outside))
    assert [group.sources for group in result.quotes] == [(1, 2)]
    assert asked not in result.only_in[1] and outside not in result.only_in[2], result.only_in



def test_only_in_lists_no_lead_in_to_words_it_does_not_show():
    # A sentence ending on a colon announces the statement after it; alone, it says nothing.
    lead_in = "The developer answered the mayor's accusations in a statement on Friday afternoon:"
    result = compare_articles(
        ("Mayor hits back", "Mayor Ana Ortiz on Friday accused a harbour developer of buying votes on the council.",
         lead_in),
        ("Council row", "A weekly paper reported that a developer paid for council members' trips abroad.",
         "The developer's lawyer said the trips were paid for by a charity."))
    assert lead_in not in result.only_in[1], result.only_in[1]


def test_an_only_in_quotation_that_does_not_name_its_speaker_carries_who_said_it():
    # The second line goes on with the mayor's words without naming her, and so does the "she
    # said" line: read alone in Only-in, neither says who spoke. The line naming her, and one
    # quoting no one, need no speaker.
    named = '"The dam will hold through the winter, whatever the river does," Mayor Ann Hale said.'
    alone = '"We built it for a flood twice the size of anything this valley has seen."'
    by_pronoun = '"Nobody in the lower town needs to leave their home tonight," she said on Monday.'
    plain = "Engineers spent Sunday morning inspecting the spillway for cracks after the heavy rain."
    # The outlet's own sentence, telling of her as "the mayor" and quoting a phrase: her name
    # before it would read as if she said all of it (`_speaker_wanted`).
    told = "In a short speech, the mayor told residents that the town would “never be flooded again” once the new wall is built."
    result = compare_articles(
        ("Mayor says dam will hold", "Mayor Ann Hale spoke to reporters beside the flooded bridge on Monday.",
         named, alone, plain, by_pronoun, told),
        ("River rises in valley", "The river rose two metres overnight and closed the main road into town.",
         "Schools in the valley stayed shut on Monday as buses could not reach them."))
    spoken = {entry.text: entry.speaker for entry in result.only_in_entries(1)}
    assert spoken.get(alone) == "Ann Hale" and spoken.get(by_pronoun) == "Ann Hale", spoken
    assert all(spoken.get(text, "not listed") is None for text in (named, plain, told)), spoken
    assert list(spoken) == list(result.only_in[1])  # the statements as Only-in lists them, in its order


def test_an_only_in_statement_leaning_on_the_sentence_before_it_carries_that_sentence_as_context():
    # "But…" and "In another, …" read wrong alone; shown after the sentence they go on from, they
    # read as the outlet wrote them. A statement that stands alone carries nothing. The sentences
    # they go on from are too short to be listed (a listed one is shown right before them instead).
    counted = "Flood warnings covered the valley."
    but = "But the council said on Wednesday that its emergency fund would run out before the end of the month."
    shelters = "Two shelters opened on Monday."
    another = "In another, rising water cut the only road to the hospital for six hours on Wednesday night."
    alone = "Engineers from the national grid restored power to thousands of homes late on Thursday evening."
    result = compare_articles(
        ("Valley floods", "Heavy rain flooded the river valley for a third day on Monday.", counted, but,
         shelters, another, alone),
        ("River rises", "The river rose two metres overnight and closed the main road into town.",
         "Schools in the valley stayed shut on Monday as buses could not reach them."))
    contexts = {entry.text: entry.context for entry in result.only_in_entries(1)}
    assert contexts.get(but) == counted and contexts.get(another) == shelters, contexts
    assert contexts.get(alone, "not listed") is None and shelters not in contexts, contexts
    assert list(contexts) == list(result.only_in[1])  # the statements as Only-in lists them, in its order


def test_a_statement_listed_right_after_the_sentence_it_leans_on_carries_no_context():
    # The reader has just read that sentence in the list: shown again before it, it reads twice.
    from newsbrief.compare import _contexts

    texts = ("Heavy rain flooded the river valley for a third day on Monday.",
             "The district borders the lake and is largely cut off by the water, officials said.",
             "Its only bridge was closed to traffic on Monday after the river burst its banks.")
    sentences = [Sentence(text, 0, position) for position, text in enumerate(texts)]
    assert _contexts([1, 2], sentences) == (texts[0], None)
    assert _contexts([2, 1], sentences) == (texts[1], texts[0])
    assert _contexts([0], sentences) == (None,)  # an article's first sentence leans on none of it


def test_a_listed_statement_goes_right_after_the_listed_sentence_it_leans_on():
    # Only-in lists by importance, so a follow-up may rank above the sentence it goes on from:
    # shown first with that sentence as context, the sentence then came again further down.
    from newsbrief.compare import _contexts, _in_reading_order

    texts = ("Heavy rain flooded the river valley for a third day on Monday.",
             "The district borders the lake and is largely cut off by the water, officials said.",
             "Its only bridge was closed to traffic on Monday after the river burst its banks.",
             "Engineers from the national grid restored power to thousands of homes late on Thursday evening.")
    sentences = [Sentence(text, 0, position) for position, text in enumerate(texts)]
    assert _in_reading_order([3, 2, 1], sentences) == [3, 1, 2]  # the run goes where its first listed one is
    assert _in_reading_order([2, 3, 0, 1], sentences) == [0, 1, 2, 3]
    assert _in_reading_order([3, 2], sentences) == [3, 2]  # what it leans on is not listed: its context shows it
    ordered = _in_reading_order([2, 3, 1], sentences)
    assert _contexts(ordered, sentences) == (texts[0], None, None)  # no sentence shown twice
    # A quotation ranks the follow-up above the sentence it goes on from.
    met = "The council met on Tuesday to count the cost of the flood damage across the valley."
    but = "But “the fund is empty and we cannot pay for the repairs,” the mayor said on Wednesday."
    result = compare_articles(
        ("Valley floods", texts[0], met, but, texts[3]),
        ("River rises", "The river rose two metres overnight and closed the main road into town.",
         "Schools in the valley stayed shut on Monday as buses could not reach them."))
    listed = result.only_in[1]
    assert listed.index(but) == listed.index(met) + 1, listed
    assert all(entry.context is None for entry in result.only_in_entries(1))


def said_elsewhere_at(a: str, b: str, cosine: float) -> bool:
    """`_said_elsewhere` of two one-sentence articles whose embeddings are `cosine` apart, asked both ways."""
    from newsbrief.compare import _said_elsewhere

    sentences, similarity = [Sentence(a, 0, 0), Sentence(b, 1, 0)], np.array([[1.0, cosine], [cosine, 1.0]])
    return _said_elsewhere(0, 1, sentences, similarity) and _said_elsewhere(1, 0, sentences, similarity)


def test_a_long_quotation_another_outlet_gives_word_for_word_is_said_there_whatever_the_cosine():
    # The sentences around the minister's words are each outlet's own, so their embeddings are far
    # apart; the seven quoted words, given word for word by both, are one statement of one speaker.
    wrote = ("Until the review ends, the minister wrote, there “will be no change to the school opening hours,” "
             "and “we will keep every parent informed.”")
    declared = ("The education department declared on Friday there will be “no change to the school opening hours” "
                "this term, a day after the mayor called for later starts.")
    assert said_elsewhere_at(wrote, declared, 0.45)
    # A short phrase two outlets both quote is no such statement at that distance.
    beans = "“Be careful, or I will spill the beans on the whole council!” the mayor wrote on Sunday night."
    threat = "After threatening to “spill the beans” on the council, the mayor posted a photo of the harbour."
    assert not said_elsewhere_at(beans, threat, 0.45)



# Two leads tell one request, so they are one agreed fact; but only the first gives the vote's
# date, and only the third names the harbour master. Those outlets' leads are what they alone
# report too; the second outlet's lead adds nothing the others lack.
SET_FOR = "Mayor Ana Ruiz asked the governor on Tuesday to delay the vote on the harbour bridge, set for March 14, until the floods recede."
PLAIN = "Mayor Ana Ruiz on Tuesday asked the governor to postpone the vote on the harbour bridge because of the floods."
NAMED = "Harbour master Tomas Brandt backed Mayor Ana Ruiz's call on Tuesday to delay the vote on the harbour bridge over the floods."


@pytest.fixture(scope="module")
def harbour_vote() -> Comparison:
    return compare_articles((SET_FOR, "Engineers said the old bridge was safe for now."),
                            (PLAIN, "The governor's office did not reply to questions on Tuesday."),
                            (NAMED, "Shops along the quay stayed shut for a third day."))


def test_an_agreed_wording_giving_what_no_other_outlet_gives_is_also_only_in_its_outlet(harbour_vote):
    result = harbour_vote
    assert any({SET_FOR, PLAIN} <= wordings for wordings in agreed_wordings(result)), result.agreed
    assert SET_FOR in result.only_in[1], result.only_in
    assert NAMED in result.only_in[3], result.only_in
    assert PLAIN not in result.only_in[2], result.only_in


def test_an_only_in_statement_others_make_too_carries_what_it_alone_gives(harbour_vote):
    # So that a reader sees why a statement under Agreed is under Only-in as well: the date as the
    # lead writes it (not "14"), the harbour master by name; a statement no other outlet makes at
    # all is there for all of it, and carries nothing.
    given = {entry.text: entry.own_specifics for source in (1, 2, 3) for entry in harbour_vote.only_in_entries(source)}
    assert given[SET_FOR] == ("March 14",) and given[NAMED] == ("Tomas Brandt",), given
    assert all(specifics == () for text, specifics in given.items() if text not in (SET_FOR, NAMED)), given


def test_own_specifics_are_the_numbers_as_written_in_order_then_the_names_others_lack():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions

    text = "The port hired 1,250 workers and paid $4.5 million to Dock Line Ltd, its chief Rosa Vidal said on May 21."
    named = Mentions(people=("Rosa Vidal",), organisations=("Dock Line Ltd",), numbers=("1,250", "$4.5 million"),
                     dates=("May 21",))
    others = ["The port paid 4.5 million dollars to a shipping firm, Rosa Vidal said.", "The port hired workers in May."]
    # 4.5 and Rosa Vidal are in another outlet's words; the head count, the day and the firm are not.
    assert _own_specifics(text, named, " ".join(others), _name_words(others, [Mentions(), Mentions()])) == (
        "1,250", "May 21", "Dock Line Ltd")
    # Nothing of its own, where another outlet gives all of it.
    assert _own_specifics(text, named, text, _name_words([text], [named])) == ()


def test_an_organisation_another_outlet_names_for_short_is_no_own_specific():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions

    text = "The advert, paid for by the KBX Evening Hour, was sent to the Office of Tidal Works on Monday."
    named = Mentions(organisations=("the KBX Evening Hour", "the Office of Tidal Works"))
    other = "The advert, paid for by KBX, went to OTW officials."
    found = [Mentions(organisations=("KBX", "OTW"))]
    # Another outlet calls the one by a word of its name in capitals, the other by its initials.
    assert _own_specifics(text, named, other, _name_words([other], found), frozenset({"kbx", "otw"})) == ()
    # A word in capitals another outlet writes but names no organisation by is not enough.
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()])) == (
        "KBX Evening Hour", "Office of Tidal Works")


def test_an_organisations_initials_in_capitals_are_counted_under_its_name():
    # "AP" is "Associated Press", "U.S." is "United States"; "Ap" and a person's initials are not.
    assert _merge_names(Counter({"Associated Press": 2, "AP": 3, "Reuters": 1}), "organisations") == [
        "Associated Press", "Reuters"]
    assert _merge_names(Counter({"United States": 1, "U.S.": 2}), "places") == ["United States"]
    assert _merge_names(Counter({"Associated Press": 2, "Ap": 1}), "organisations") == ["Associated Press", "Ap"]
    assert _merge_names(Counter({"Jane Kerr": 2, "JK": 1}), "people") == ["Jane Kerr", "JK"]


def test_a_first_name_with_an_accent_is_counted_under_the_full_name_without():
    assert _merge_names(Counter({"Raul Vasquez": 3, "Raúl": 1}), "people") == ["Raul Vasquez"]


def test_initials_of_two_full_names_join_neither():
    counter = Counter({"Harbor Trade Council": 2, "Harbor Trade Conference": 2, "HTC": 1})
    assert _merge_names(counter, "organisations") == ["Harbor Trade Council", "Harbor Trade Conference", "HTC"]


def test_one_date_conflict_with_a_third_source_on_one_side_is_one_disagreement():
    # Two outlets say Thursday, one Tuesday: one conflict, not "Tuesday vs Thursday" and again
    # "Thursday vs Tuesday" with the third outlet.
    result = compare_articles(
        ("Mayor dies", "Mayor Ana Ruiz of Port Alba died early Thursday at the city hospital after a long illness, her office said."),
        ("Mayor dead", "Mayor Ana Ruiz of Port Alba died early Tuesday at the city hospital after a long illness, her staff said."),
        ("Port Alba mourns", "Port Alba Mayor Ana Ruiz died early Thursday at the city hospital after a long illness, aides said."))
    assert [d.kind for d in result.disagreements] == ["dates"], result.disagreements
    # Two conflicts of one statement stay two.
    from newsbrief.compare import _same_conflict
    from newsbrief.judge import Verdict

    thursday, other_day = Verdict("dates", "Thursday vs Tuesday"), Verdict("dates", "Thursday vs Monday")
    assert _same_conflict((0, 1, thursday), (1, 2, Verdict("dates", "Tuesday vs Thursday")))
    assert not _same_conflict((0, 1, thursday), (0, 2, other_day))
    assert not _same_conflict((0, 1, thursday), (2, 3, thursday))


def test_own_specifics_name_an_organisation_as_written_and_know_its_abbreviation_both_ways():
    from newsbrief.compare import _name_words, _own_specifics, _short_forms, _spelt_out_abbreviations
    from newsbrief.entities import Mentions

    text = "The report by Jo Hale’s team and the Office of Harbour Safety (OHS was sent to the Marine Board of Alba on Monday."
    named = Mentions(people=("Jo Hale’s",), organisations=("the Office of Harbour Safety (OHS", "the Marine Board of Alba"))
    other = "The report went to the board on Monday."
    # As `entities.name_form` writes them: no possessive, no leading "the", no bracket left open.
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()])) == (
        "Jo Hale", "Office of Harbour Safety", "Marine Board of Alba")
    # Another outlet's "the Board" names the "Marine Board of Alba"; its "OHS" the office.
    found = [Mentions(organisations=("OHS", "the Board"))]
    keys = frozenset({"ohs", "board"})
    assert _own_specifics(text, named, other, _name_words([other], found), keys) == ("Jo Hale",)
    # The abbreviation names what another outlet spells out, by its initials or as a text spells it out.
    short = "The OHS and the CHP sent the report on Monday."
    named_short = Mentions(organisations=("OHS", "CHP"))
    # Its initials are "chpp"; a text gives "CHP" for it.
    spelt_out = _spelt_out_abbreviations(["A study by the Centre for Harbour Pilots and Pensions (CHP) found the same."])
    others_short = _short_forms("the Office of Harbour Safety") | _short_forms("the Centre for Harbour Pilots and Pensions",
                                                                                 spelt_out)
    assert "chp" in others_short
    assert _own_specifics(short, named_short, other, _name_words([other], [Mentions()]), frozenset(), others_short,
                          spelt_out) == ()
    assert _own_specifics(short, named_short, other, _name_words([other], [Mentions()])) == ("OHS", "CHP")


def test_a_name_sharing_only_the_head_word_of_an_organisations_name_with_others_is_an_own_specific():
    # QA s28 D10 (nt917): one outlet's "House Intelligence Committee" was taken for named by
    # another's "Senate Intelligence Committee", both ending on "committee", and the statement
    # naming it, said elsewhere but for its names, was left out of Only-in.
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions

    text = "Jo Hale sits on the Harbour Finance Committee."
    named = Mentions(people=("Jo Hale",), organisations=("the Harbour Finance Committee",))
    other = "Jo Hale spoke to the City Finance Committee on Monday."
    found = [Mentions(people=("Jo Hale",), organisations=("the City Finance Committee",))]
    keys = frozenset({"city finance committee"})
    assert _own_specifics(text, named, other, _name_words([other], found), keys) == ("Harbour Finance Committee",)
    # Named by another outlet in a shorter form, or written there with its words before "Committee",
    # it is theirs too.
    short = [Mentions(organisations=("the Finance Committee",))]
    assert _own_specifics(text, named, other, _name_words([other], short), frozenset({"finance committee"})) == ()
    written = "Jo Hale told the Harbour Finance committee on Monday."
    assert _own_specifics(text, named, written, _name_words([written], [Mentions()])) == ()


def test_own_specifics_write_a_tally_and_an_amount_whole():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions

    # A tally is one figure ("98-0", not "98"); an amount keeps its sign and scale ("$15m"), where
    # spaCy's amount is the bare "15".
    text = "The council passed the plan 87-0 and paid the firm $25m for it."
    named = Mentions(numbers=("87", "25"))
    other = "The council passed the plan and paid the firm."
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()])) == ("87-0", "$25m")


def test_own_specifics_leave_out_an_institution_named_by_its_kind_or_cut_from_a_bill_name():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions

    # "the House" is named by its kind's word alone, which others write as "Congress" or
    # "lawmakers"; "Senate" here is the start of the bill’s name "Senate Bill 9", not the chamber.
    text = "Senate Bill 9 went to the House after the Harbour Board backed it."
    named = Mentions(organisations=("Senate", "the House", "the Harbour Board"))
    other = "Lawmakers in Congress took up the bill."
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()])) == ("Harbour Board",)
    # A name before a capitalised word and no number is no bill's: "Harbour Board" of "Harbour Board Chairman".
    chairman = "Harbour Board Chairman Jo Hale backed it."
    assert _own_specifics(chairman, Mentions(organisations=("Harbour Board",)), other,
                          _name_words([other], [Mentions()])) == ("Harbour Board",)


def test_own_specifics_leave_out_a_name_written_only_as_an_administrations():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions

    # "the Hale administration" is what another outlet calls "the White House"; Hale named as a person is hers.
    other = "Ten senators will take their harbour plan to the White House."
    text = "Ten senators will take their harbour plan to the Hale administration."
    assert _own_specifics(text, Mentions(people=("Hale",)), other, _name_words([other], [Mentions()])) == ()
    both = "Hale said the Hale administration would read the plan."
    assert _own_specifics(both, Mentions(people=("Hale",)), other, _name_words([other], [Mentions()])) == ("Hale",)


def test_own_specifics_leave_out_a_number_written_only_as_part_of_a_name():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions

    # "Flu 21" and "Ferry 412" name a season's strain and a boat, which the other outlet calls otherwise;
    # the fares and the share are figures, and so is a count after a plural ("Islanders 65 and over").
    text = "Fares rose to 48 pounds before Flu 21 struck, and Ferry 412 now carries 18% fewer Islanders 65 and over."
    named = Mentions(numbers=("48 pounds", "18%"))
    other = "Fares rose on the island ferry during the flu season."
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()])) == ("48 pounds", "18%", "65")
    # A measure after a capitalised word is a figure ("Hale 52 percent", "Hale 40 minutes"), and so is a rank.
    poll = "The poll put Hale 52 percent ahead, which gave Hale 40 minutes on air and the ferry No. 12 in the rankings."
    assert _own_specifics(poll, Mentions(), other, _name_words([other], [Mentions()])) == ("52", "40", "12")


def test_a_speaker_goes_before_a_quotation_given_as_their_words_not_before_a_reporters_sentence():
    # "Ann Hale: In a short speech, the mayor told…" reads as the mayor saying all of it; before
    # the quotation with "she said", after a lead-in with a comma, or before "She called…", her
    # name tells who speaks.
    from newsbrief.compare import _speaker_wanted
    from newsbrief.quotes import Quote

    def wanted(text: str, quoted: str) -> bool:
        return _speaker_wanted(Quote(("Ann Hale",), quoted, Sentence(text, 0, 1)))

    assert wanted("“The dam will hold through the winter,” she said on Monday.", "The dam will hold through the winter")
    assert wanted("She added, “We built it for a flood twice that size.”", "We built it for a flood twice that size")
    assert wanted("On the radio, the mayor said: “Nobody needs to leave.”", "Nobody needs to leave")
    assert wanted("She called the engineers' report “a work of fiction” and left the room.", "a work of fiction")
    assert not wanted("In a short speech, the mayor told residents they would “never be flooded again.”",
                      "never be flooded again")
    assert not wanted("The mayor called the engineers' report “a work of fiction” and left the room.", "a work of fiction")


def test_a_lead_the_site_cut_joins_the_fact_it_tells():
    # The first outlet's one sentence is a lead cut off with "...": Only-in leaves it out as no
    # whole statement, so unless Agreed takes it, its outlet is nowhere in the view; and the
    # second outlet's lead, said there too, was in neither.
    cut = "The city is planning to reopen the old harbour bridge to cars next month, despite the council's vote to close it..."
    whole = "The city will reopen the old harbour bridge to cars next month, reversing the council's vote to close it."
    result = compare_articles((cut,), (whole,), ("Ferries to stop", "The ferry company said it would end its night crossings in June."))
    assert {cut, whole} in agreed_wordings(result), result
    # A whole wording of the same source comes before its cut lead.
    both = compare_articles((cut, "The city will reopen the old harbour bridge to cars next month, the mayor said on Friday."), (whole,))
    assert [{s.source: s.text for s in fact.statements}.get(1) for fact in both.agreed] == [
        "The city will reopen the old harbour bridge to cars next month, the mayor said on Friday."], both.agreed


def test_a_wording_that_says_what_a_later_wording_of_a_fact_says_joins_it():
    # The third outlet's sentence says what the second's says, not what the first's says in enough
    # of its words; both agree with it. Left out, it was in neither Agreed nor Only-in, being said
    # elsewhere.
    from newsbrief.compare import _statements, agreed_groups
    from newsbrief.entities import Mentions

    texts = ["The city council voted on Tuesday to close the old harbour bridge to all traffic next month.",
             "Councillors voted on Tuesday to shut the old harbour bridge to traffic for good, the mayor said.",
             "The mayor said the old harbour bridge would be shut to traffic for good after the vote."]
    sentences = [Sentence(text, article, 0) for article, text in enumerate(texts)]
    similarity = np.array([[1.0, 0.8, 0.6], [0.8, 1.0, 0.8], [0.6, 0.8, 1.0]])
    statements = _statements(sentences, [Mentions()] * 3)
    assert agreed_groups([0, 1, 2], sentences, statements, similarity) == [[0, 1, 2]]


def test_a_source_of_one_cut_lead_lists_it_marked_as_cut_rather_than_leave_the_view():
    # The site cut the first outlet's only sentence off; no other outlet says it. Left out as no
    # whole statement, the outlet was nowhere in the view. It is listed as the brief shows a sentence
    # cut mid-sentence, ending on "…" (QA s29 T7: shown bare, the cut read as the sentence's end).
    cut = "The harbour board is planning to sell the old ferry terminal to a hotel group, according to papers that"
    result = compare_articles(
        (cut,),
        ("Council shuts terminal", "The council voted on Monday to close the ferry terminal and move its staff.",
         "Harbour workers said they learned of it from a notice on the door."))
    assert result.only_in[1] == (cut + "…",), result


def test_two_figures_of_one_count_worded_apart_are_a_disagreement():
    # Far apart in words (cosine under JUDGE_SIMILARITY), but both count jobs created in June.
    june = "The report showed employers added 850,000 jobs in June, well above forecasts."
    revised = "Hiring slowed from June, when more than 1 million jobs were created, according to revised figures."
    result = compare_articles(("Hiring slows", june, "Wages rose faster than prices for the third month running."),
                              ("Jobs report", revised, "Economists blamed the new virus wave for the slowdown in hiring."))
    assert [(d.kind, d.reason) for d in result.disagreements] == [("numbers", "850,000 vs more than 1 million")]


def test_one_fact_told_with_two_dates_is_no_agreement_but_a_disagreement():
    # One departure, "retiring" in one outlet and "leaving" in the other, with two dates: the later
    # news, or an error, is for the reader to see side by side.
    march = ("Governor Ana Ruiz wrote on Monday that Health Minister Tom Hale, a former surgeon who was one of "
             "her first picks, would be retiring at the end of March.")
    february = ("Governor Ana Ruiz announced that Health Minister Tom Hale will be leaving the government on February 1, "
                "weeks earlier than planned and days after his sharp letter of resignation.")
    result = compare_articles(("Minister to retire", march, "The governor thanked him for his years of service to the province."),
                              ("Minister out early", february, "The opposition called for a debate on the health budget."))
    assert not result.agreed
    assert [(d.kind, d.reason) for d in result.disagreements] == [("dates", "March vs February 1")]


def test_own_specifics_leave_out_an_organisation_named_only_as_who_reported_the_statement():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions

    # The outlet relays another's reporting ("As the Harbour Times reported", "told the KBX
    # network", "KBX is reporting"), or is one of the outlets that reported it: no fact it alone
    # gives. The board that acted is one.
    other = "The pier will close for repairs on Friday."
    for text, reporter in (("As the Harbour Times reported, the Pier Board will close the pier on Friday.", "the Harbour Times"),
                           ("The Pier Board will close the pier on Friday, an official told the KBX network.", "the KBX network"),
                           ("The Pier Board will close the pier on Friday, KBX is reporting.", "KBX"),
                           ("KBX and other local news outlets, citing two officials, reported that the Pier Board "
                            "will close the pier on Friday.", "KBX")):
        named = Mentions(organisations=(reporter, "the Pier Board"))
        assert _own_specifics(text, named, other, _name_words([other], [Mentions()])) == ("Pier Board",), text
    # Named as an actor of the story, or the source of a report's facts, it is a specific: "KBX sued",
    # "KBX and other … outlets cheered", "KBX reported heavy losses", "a report published by KBX".
    for text in ("KBX sued the Pier Board over the closure on Friday.",
                 "KBX and other local news outlets cheered as the Pier Board closed the pier on Friday.",
                 "KBX reported heavy losses, and the Pier Board closed the pier on Friday.",
                 "A report published by KBX shows the Pier Board closed the pier on Friday."):
        assert _own_specifics(text, Mentions(organisations=("KBX", "the Pier Board")), other,
                              _name_words([other], [Mentions()])) == ("KBX", "Pier Board"), text


def test_an_agencys_initials_after_a_countrys_abbreviation_are_a_short_form_of_it():
    from newsbrief.compare import _name_words, _own_specifics, _short_forms
    from newsbrief.entities import Mentions

    # "the UK Office of Harbour Safety" is what another outlet calls "the OHS".
    assert "ohs" in _short_forms("the UK Office of Harbour Safety")
    assert "ohs" in _short_forms("the U.K. Office of Harbour Safety")
    text = "The OHS closed the pier on Friday."
    other = "The UK Office of Harbour Safety closed the pier on Friday."
    named = Mentions(organisations=("OHS",))
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()]), frozenset(),
                          _short_forms("the UK Office of Harbour Safety")) == ()


def test_own_specifics_leave_out_an_exact_figure_another_outlet_gives_loosely():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions
    from newsbrief.judge import Statement, statement_figures

    # "some 2,700 pages" is the "2,702 pages" rounded; "nearly 1,000 pages" falls short of 1,200.
    text = "The harbour plan runs to 2,702 pages, and its annex to 1,204 pages."
    named = Mentions(numbers=("2,702", "1,204"))
    other = "The harbour plan runs to some 2,700 pages, with an annex of nearly 1,000 pages."
    loose = [f for f in statement_figures(Statement(other, Mentions(numbers=("some 2,700", "nearly 1,000")))) if f.given == "loose"]
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()]), others_valued=loose) == ("1,204",)
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()])) == ("2,702", "1,204")


def test_own_specifics_leave_out_a_figure_written_rounded_another_outlet_gives_exactly():
    from newsbrief.compare import unique_facts

    # "3.3 million" is the other outlet's "3.28 million" rounded: no figure of the first outlet's own.
    sentences = [Sentence("The port handled 3.3 million containers last year, its busiest year on record.", 0, 0),
                 Sentence("A record 3.28 million containers passed through the port last year.", 1, 0)]
    found = [mentions_in(doc) for doc in tagged([s.text for s in sentences])]
    similarity = np.array([[1.0, 0.7], [0.7, 1.0]])
    listed = unique_facts(np.array([1.0, 0.5]), found, sentences, similarity, 2, 8, agreed=(0, 1))
    assert listed[1] == {} and listed[2] == {}, listed


def test_own_specifics_give_names_of_the_kind_the_cluster_gives_them():
    from newsbrief.compare import unique_facts

    # spaCy calls the disease an organisation; the cluster (`entities.name_kinds`) knows it as no
    # name, as Coverage does. The board is a specific of the outlet's.
    sentences = [Sentence("The Pier Board shut the pier during the COVID-19 outbreak last spring.", 0, 0),
                 Sentence("The pier was shut during the outbreak last spring.", 1, 0)]
    found = [mentions_in(doc) for doc in tagged([s.text for s in sentences])]
    assert "COVID-19" in found[0].organisations
    similarity = np.array([[1.0, 0.8], [0.8, 1.0]])
    listed = unique_facts(np.array([1.0, 0.5]), found, sentences, similarity, 2, 8)
    assert listed[1] == {0: ("Pier Board",)}, listed
    assert unique_facts(np.array([1.0, 0.5]), found, sentences, similarity, 2, 8, kinds={})[1] == {
        0: ("Pier Board", "COVID-19")}


def test_own_specifics_hold_no_surname_another_outlet_spells_one_letter_apart():
    from newsbrief.compare import unique_facts
    from newsbrief.entities import name_kinds, people_spellings

    # Both outlets tell the meeting; the second's spelling of the minister is no name of its own.
    sentences = [Sentence("Foreign Minister Karim Haddad met the UN envoy in Beirut on Monday.", 0, 0),
                 Sentence("Foreign Minister Karim Hadad met the UN envoy in Beirut on Monday.", 1, 0)]
    found = [mentions_in(doc) for doc in tagged([s.text for s in sentences])]
    spellings = people_spellings([0, 1], found, name_kinds(found))
    assert spellings in ({"hadad": "Haddad"}, {"haddad": "Hadad"})  # named once each: either spelling
    similarity = np.array([[1.0, 0.8], [0.8, 1.0]])
    assert unique_facts(np.array([1.0, 0.5]), found, sentences, similarity, 2, 8)[2] == {1: ("Karim Hadad",)}
    listed = unique_facts(np.array([1.0, 0.5]), found, sentences, similarity, 2, 8, spellings=spellings)
    assert listed[1] == {} and listed[2] == {}, listed


def test_only_in_lists_no_question_of_the_outlets_but_a_speakers_question_quoted():
    # The outlet's own question states nothing (Agreed refuses it too); the mayor's, quoted, is what she said.
    asks = "Is the old pier still safe for walkers and anglers this winter?"
    quoted = "“Who is going to pay for all of the repairs this time?” Mayor Ann Hale asked on Monday."
    result = compare_articles(
        ("Storm wrecks pier", "A winter storm wrecked the town's wooden pier on Sunday night.", asks, quoted),
        ("Pier destroyed", "The wooden pier was wrecked by a storm late on Sunday.",
         "Council workers began clearing the beach of timber on Monday morning."))
    assert asks not in result.only_in[1], result.only_in[1]
    assert quoted in result.only_in[1], result.only_in[1]


def test_own_specifics_leave_out_an_institution_named_in_passing():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions

    # Other outlets say "lawmakers" for Congress, "Republicans" for the GOP; the caucus is a specific.
    text = "The bill now goes to Congress, where the GOP and the Harbour Caucus will fight it on Capitol Hill."
    other = "Lawmakers will take up the harbour bill next week, and Republicans have vowed to fight it."
    named = Mentions(organisations=("Congress", "the GOP", "the Harbour Caucus", "Capitol Hill"))
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()])) == ("Harbour Caucus",)
    # Whatever kind the cluster gives it.
    assert _own_specifics(text, Mentions(people=("GOP",)), other, _name_words([other], [Mentions()])) == ()


def test_own_specifics_leave_out_a_department_another_outlet_writes_as_its_office():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions

    # "The Department of the Interior" reads as "the Interior Department" in a name's key; its office,
    # "interior secretary", still writes the word it ends on.
    text = "Hale has tapped Ann Rowe to serve as secretary of the Department of the Interior."
    other = "Hale picked Ann Rowe as his interior secretary on Thursday."
    named = Mentions(people=("Hale", "Ann Rowe"), organisations=("the Department of the Interior",))
    people = [Mentions(people=("Hale", "Ann Rowe"))]
    assert _own_specifics(text, named, other, _name_words([other], people)) == ()
    unnamed = "Hale picked Ann Rowe on Thursday."
    assert _own_specifics(text, named, unnamed, _name_words([unnamed], people)) == ("Department of the Interior",)


def test_own_specifics_leave_out_the_name_of_an_outlet_of_the_cluster():
    from newsbrief.compare import _name_words, _own_specifics
    from newsbrief.entities import Mentions, outlet_keys

    # "According to KBX News" beside KBX's own report is no fact only this outlet gives; named
    # without being one of the cluster's outlets, KBX News is one.
    text = "The Pier Board will close the pier on Friday, according to KBX News."
    other = "The pier will close for repairs on Friday."
    named = Mentions(organisations=("KBX News", "the Pier Board"))
    outlets = outlet_keys(("KBX News (Online)", None, "Harbour Times"))
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()]), outlets=outlets) == ("Pier Board",)
    assert _own_specifics(text, named, other, _name_words([other], [Mentions()])) == ("KBX News", "Pier Board")


def test_a_verb_that_may_take_a_person_as_object_does_not_name_its_speaker_after_it():
    from newsbrief.compare import _attributes_words_before

    # "warns Iran" after a comma warns Iran; "added Sanders" after a quotation is Sanders adding.
    for text, verb, attributes in (("Trump, in a post, warns Iran", "warns", False),
                                   ("Trump, in a post, warned Iran", "warned", False),
                                   ("“The bill will fail,” added Sanders", "added", True)):
        assert _attributes_words_before(text, text.index(verb), verb) is attributes, text


def test_two_figures_of_one_rise_are_not_agreed():
    # "increased" beside one figure and "increase" beside the other: two rises of one measure, not one fact.
    result = compare_articles(
        ("Rents rise again", "From May to June, rents in the city increased 0.4 percent, the housing office said."),
        ("Rents climb", "The 0.5 percent rent increase in the city from May, leaving out utilities, was the largest "
                        "since 1999, the housing office said."))
    assert not [fact for fact in result.agreed if len(fact.statements) > 1], result.agreed


def test_two_weekdays_in_a_row_where_an_outlet_names_the_time_zone_are_no_disagreement():
    # Abroad it was already Friday: one boarding, told in two time zones.
    friday = ("Tanker seized", "Naval forces boarded an oil tanker in the Gulf of Oman early Friday, officials said.")
    thursday = "Naval forces boarded an oil tanker in the Gulf of Oman on Thursday, officials said."
    zoned = compare_articles(("Navy boards tanker", thursday,
                              "The boarding began Thursday (on the East Coast of the U.S.), the Pentagon said."), friday)
    assert zoned.disagreements == (), zoned.disagreements
    unzoned = compare_articles(("Navy boards tanker", thursday, "The Pentagon said the crew was unharmed."), friday)
    assert [(d.kind, d.reason) for d in unzoned.disagreements] == [("dates", "Thursday vs Friday")]


def test_the_nth_of_a_row_and_n_others_of_it_are_not_agreed_but_disagree():
    # Joining nine other states makes a state the tenth: both give 9, but not one place.
    result = compare_articles(
        ("Lakeland becomes latest to let anglers renew licences online",
         "Lakeland has joined nine other states in letting anglers renew fishing licences online."),
        ("Governor signs online licence law",
         "Governor Ana Ruiz signed a bill on Thursday letting anglers renew fishing licences online, "
         "making Lakeland the ninth state to do so."))
    assert not [fact for fact in result.agreed
                if {"nine other" in s.text or "ninth" in s.text for s in fact.statements} == {True}], result.agreed
    assert [(d.kind, d.reason) for d in result.disagreements] == [("numbers", "nine other states vs ninth state")]
