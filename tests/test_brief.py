"""The brief of the bundled example: no junk, faithful extracts, citations, budgets; pipeline edge cases."""
from __future__ import annotations

import re

import pytest

from conftest import CRAWL_NOTICE, DW_FILE, EXAMPLE_JUNK, EXAMPLE_TITLES, MEE_FILE
from newsbrief.align import content_words, word_overlap
from newsbrief.clean import clean_article, normalize
from newsbrief.models import Article, Cluster
from newsbrief.pipeline import BriefOptions, brief
from newsbrief.read import read_cluster, read_text_article
from newsbrief.sentences import split_article
from newsbrief.summarize import Budget

# The facts both outlets report (read off the two articles):
#   DW:  "...saying the right conditions now existed for the conflict to end" / "the necessary conditions
#         have been created for the end of the fratricidal war"
#   MEE: "the de facto conditions needed to end Syria’s civil had been achieved" / "the “necessary
#         conditions” now existed for the conflict to end"
#   both: "deepen coordination"; both: Idlib de-escalation zone pursued "more intensely".
SHARED_FACTS = {
    "conditions to end the war exist": re.compile(r"conditions.*\b(end|war|conflict)\b", re.I),
    "deepen coordination": re.compile(r"deepen(ing)? (the )?coordination", re.I),
    "Idlib zone more intensely": re.compile(r"more intensely", re.I),
}


def _cleaned_sentences(brief_result) -> list[list[str]]:
    return [[s.text for s in split_article(a)] for a in brief_result.sources]


def test_example_brief_has_sentences_and_no_warnings(example_brief):
    assert len(example_brief.sentences) >= 3
    assert example_brief.warnings == ()
    assert [a.doc_id for a in example_brief.sources] == [DW_FILE.name, MEE_FILE.name]


def test_example_brief_has_no_junk(example_brief):
    summary = example_brief.summary
    for junk in EXAMPLE_JUNK + EXAMPLE_TITLES:
        assert junk not in summary


def test_every_sentence_cites_sources_its_own_article_first(example_brief):
    cleaned = _cleaned_sentences(example_brief)
    for sentence in example_brief.sentences:
        assert sentence.sources, sentence.text
        assert set(sentence.sources) <= {1, 2}
        assert len(set(sentence.sources)) == len(sentence.sources)
        # A real sentence of a cleaned source article, and that article is cited first.
        own = sentence.sources[0]
        assert sentence.text in cleaned[own - 1], sentence.text


def test_every_sentence_is_an_extract_of_the_raw_article_too(example_brief, example_texts):
    for sentence in example_brief.sentences:
        # Only characters are normalised: spaces, and an apostrophe typed as a left quotation mark.
        raw = normalize(example_texts[sentence.sources[0] - 1])
        assert sentence.text in raw


def test_no_two_brief_sentences_are_identical(example_brief, example_long_brief):
    for result in (example_brief, example_long_brief):
        texts = [s.text for s in result.sentences]
        assert len(texts) == len(set(texts))


@pytest.mark.parametrize("fact", SHARED_FACTS)
def test_facts_both_outlets_report_cite_both(example_brief, fact):
    pattern = SHARED_FACTS[fact]
    mentioning = [s for s in example_brief.sentences if pattern.search(s.text)]
    assert mentioning, f"the brief does not report that {fact}"
    for sentence in mentioning:
        assert {1, 2} <= set(sentence.sources), sentence.text


def test_facts_one_outlet_reports_cite_only_that_outlet(example_long_brief):
    # Only DW says who holds Idlib (Ahrar al-Sham); only MEE quotes Timur Akhmetov.
    # (DW's al-Baghdadi sentence opens on "Elsewhere ... their", so it comes in only right after
    # the DW sentence before it, the two leaders and their projects.)
    ahrar = [s for s in example_long_brief.sentences if "Ahrar al-Sham" in s.text]
    akhmetov = [s for s in example_long_brief.sentences if "Akhmetov" in s.text]
    assert ahrar and akhmetov
    assert all(s.sources == (1,) for s in ahrar)
    assert all(s.sources == (2,) for s in akhmetov)
    texts = [s.text for s in example_long_brief.sentences]
    for at, text in enumerate(texts):
        if text.startswith("Elsewhere in Syria"):
            assert at > 0 and texts[at - 1].startswith("The two leaders said they wanted to see progress")


def test_long_brief_keeps_every_invariant(example_long_brief):
    cleaned = _cleaned_sentences(example_long_brief)
    assert len(example_long_brief.sentences) > 15
    for sentence in example_long_brief.sentences:
        assert sentence.text in cleaned[sentence.sources[0] - 1]
        for junk in EXAMPLE_JUNK + EXAMPLE_TITLES:
            assert junk not in sentence.text
    # Sentences are complete: no headline fragments or subheads.
    assert all(re.search(r"[.!?][\"'”’)]*$", s.text) for s in example_long_brief.sentences)


def test_default_budget_is_230_words(example_brief):
    assert BriefOptions().budget == Budget(words=230, sentences=None)
    assert 0 < example_brief.words <= 230
    assert example_brief.words == len(example_brief.summary.split())


@pytest.mark.parametrize("words", [40, 80, 150])
def test_word_budget_is_respected(example_cluster, words):
    result = brief(example_cluster, BriefOptions(budget=Budget(words=words)))
    assert result.sentences
    assert result.words <= words


@pytest.mark.parametrize("count", [1, 3, 5])
def test_sentence_count_is_exact(example_cluster, count):
    result = brief(example_cluster, BriefOptions(budget=Budget(sentences=count)))
    assert len(result.sentences) == count


def test_larger_budget_gives_a_longer_brief(example_cluster, example_brief):
    short = brief(example_cluster, BriefOptions(budget=Budget(words=80)))
    assert short.words < example_brief.words


@pytest.mark.parametrize("budget", [dict(words=9), dict(words=0), dict(sentences=0), dict(sentences=-2),
                                    dict(words=100, sentences=3)])
def test_invalid_budgets(budget):
    with pytest.raises(ValueError):
        Budget(**budget)


def test_sources_follow_input_order():
    result = brief(read_cluster([MEE_FILE, DW_FILE]), BriefOptions(budget=Budget(sentences=4)))
    assert [a.outlet for a in result.sources] == ["Middle East Eye", "DW"]
    cleaned = _cleaned_sentences(result)
    for sentence in result.sentences:
        assert sentence.text in cleaned[sentence.sources[0] - 1]
    intensely = [s for s in result.sentences if "more intensely" in s.text]
    assert intensely and all(set(s.sources) == {1, 2} for s in intensely)


def test_single_article_is_briefed_with_a_warning():
    result = brief(read_cluster([DW_FILE]), BriefOptions(budget=Budget(sentences=3)))
    assert len(result.sentences) == 3
    assert all(s.sources == (1,) for s in result.sentences)
    (warning,) = result.warnings
    assert "one article" in warning


def test_boilerplate_document_is_dropped_and_the_rest_briefed(example_cluster):
    cluster = Cluster(articles=(Article("000_crawl.txt", CRAWL_NOTICE), *example_cluster.articles))
    result = brief(cluster, BriefOptions(budget=Budget(sentences=3)))
    assert [a.doc_id for a in result.sources] == [DW_FILE.name, MEE_FILE.name]
    assert any("000_crawl.txt" in w for w in result.warnings)
    assert all(set(s.sources) <= {1, 2} for s in result.sentences)
    assert "crawl" not in result.summary.lower()


def test_cluster_of_only_boilerplate_gives_an_empty_brief_that_says_why():
    result = brief(Cluster(articles=(Article("a", CRAWL_NOTICE), Article("b", "Advertisement\n\nShare"))))
    assert result.sentences == () and result.summary == ""
    assert len(result.warnings) == 3  # two dropped documents, then nothing left


def test_cluster_id_is_carried(example_cluster):
    cluster = Cluster(articles=example_cluster.articles, cluster_id="putin-ankara")
    assert brief(cluster, BriefOptions(budget=Budget(sentences=1))).cluster_id == "putin-ankara"


# ---- alignment helpers -------------------------------------------------------------------------

def test_content_words_drop_stopwords_and_plural_endings():
    assert content_words("Russia and Turkey said the talks would deepen coordination") == frozenset(
        {"russia", "turkey", "talk", "deepen", "coordination"})


def test_a_number_is_one_word_whatever_punctuation_follows_it():
    # "2014," ends a clause, "13." a sentence: the same numbers as "2014" and "13"; "1,500" and "2.5" stay whole.
    assert content_words("In 2014, sales hit 1,500 units, up 2.5 percent from 13.") == content_words(
        "Sales hit 1,500 units in 2014 and were up 2.5 percent from 13") == frozenset(
        {"2014", "sale", "hit", "1,500", "unit", "2.5", "percent", "13"})


def test_word_overlap_of_the_same_fact_in_both_outlets():
    dw = ('Putin said afterwards that their two countries would work to "deepen coordination" on ending '
          "six-year conflict, saying the right conditions now existed for the conflict to end.")
    mee = ("The Russian leader said Russia and Turkey would work to “deepen coordination” on ending the more "
           "than six-year civil war, adding the “necessary conditions” now existed for the conflict to end.")
    unrelated = "Elsewhere in Syria, their mutual enemy released a purported recording of its leader."
    assert word_overlap(dw, mee) >= 0.5
    assert word_overlap(dw, unrelated) < 0.25
    assert word_overlap("", mee) == 0.0


def test_cleaned_article_sentences_match_text_reader():
    # The brief's extracts come from the same cleaned text a reader of the file gets.
    article = clean_article(read_text_article(DW_FILE))
    assert split_article(article)[0].text == (
        "Russia and Turkey on Thursday pledged to work more closely to end the Syrian civil war.")


# ---- summarizer pieces ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, readable", [
    ("Russia and Turkey on Thursday pledged to work more closely to end the Syrian civil war.", True),
    ("The two leaders did not mention the sale on Thursday.", True),
    # Leans on a sentence the reader has not seen.
    ('He said the work to implement the agreements made at the Astana peace talks had "not been easy".', False),
    ("But while Turkey’s policy is officially unchanged, Ankara has notably cooled its attacks on Damascus.", False),
    # Too short, unfinished, a question, an open quote.
    ("Turkey and Russia agreed.", False),
    ("Vladmir Putin Meets Erdogan to Secure Syria De-Escalation Zone", False),
    ("Will Russia and Turkey manage to end the war in Syria before the end of the year?", False),
    ("“No one has the right to throw our region in the fire, Erdogan said at the palace.", False),
])
def test_only_sentences_readable_alone_are_brief_material(text, readable):
    from newsbrief.models import Sentence
    from newsbrief.summarize import is_complete, leans_on_sentence_before

    sentence = Sentence(text, article=0, position=0)
    assert (is_complete(sentence) and not leans_on_sentence_before(sentence)) is readable


def test_budget_fits():
    assert Budget(words=20).fits(used_words=10, used_sentences=1, words=10)
    assert not Budget(words=20).fits(used_words=10, used_sentences=1, words=11)
    assert Budget(sentences=2).fits(used_words=500, used_sentences=1, words=100)
    assert not Budget(sentences=2).fits(used_words=0, used_sentences=2, words=1)


def test_unknown_summarizer_or_encoder_is_a_clear_error():
    from newsbrief.embed import get_encoder
    from newsbrief.summarize import get_summarizer

    with pytest.raises(ValueError, match="central-support"):
        get_summarizer("no-such-summarizer")
    with pytest.raises(ValueError, match="minilm"):
        get_encoder("no-such-encoder")


def test_encoder_vectors_are_normalised_and_similar_for_the_same_fact():
    from newsbrief.embed import get_encoder

    vectors = get_encoder().encode([
        'Putin said the two countries would work to "deepen coordination" on ending the conflict.',
        "The Russian leader said Russia and Turkey would work to “deepen coordination” on ending the war.",
        "Economic cooperation is also beginning to flourish, with Russian tourists returning to Turkey.",
    ])
    assert vectors.shape == (3, 384)
    assert abs(float((vectors ** 2).sum(axis=1).max()) - 1.0) < 1e-4
    same, different = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert same > 0.62 > different
    assert get_encoder().encode([]).shape == (0, 384)


# ---- articles about another story ---------------------------------------------------------------

# Written for these tests: a wire story on a storm, nothing to do with the talks in Ankara.
HURRICANE = """Hurricane Lorena makes landfall near Veracruz

Hurricane Lorena made landfall near the Mexican port of Veracruz early on Tuesday, bringing winds of 150 km/h and torrential rain to the Gulf coast.

Civil protection officials said more than 40,000 people had been moved to shelters before the storm arrived, and schools across the state were closed.

Rivers south of the city burst their banks overnight, flooding low-lying neighbourhoods and cutting the main highway to the capital.

The state electricity company said about 300,000 homes were without power on Tuesday morning.

Forecasters expect Lorena to weaken into a tropical storm as it moves inland over the mountains, but warned of landslides from the heavy rain.

The navy sent boats and helicopters to reach fishing villages that have been cut off by the flooding.
"""


def test_an_article_about_another_story_is_left_out_with_a_warning(example_cluster):
    cluster = Cluster(articles=(*example_cluster.articles, Article("hurricane.txt", HURRICANE)))
    result = brief(cluster, BriefOptions(budget=Budget(sentences=12)))
    (warning,) = result.warnings
    assert warning.startswith("left out hurricane.txt: it seems to be about another story") and "brief it separately" in warning
    # The brief is the other two articles' story: no storm sentence, no storm source to cite.
    assert [a.doc_id for a in result.sources] == [DW_FILE.name, MEE_FILE.name]
    assert all(set(s.sources) <= {1, 2} for s in result.sentences)
    assert not re.search(r"Lorena|hurricane|storm|Veracruz", result.summary, re.I)
    assert len(result.comparison.coverage) == 2


def test_two_articles_about_different_stories_are_both_briefed_with_a_warning():
    # Neither article can be told apart as the odd one out: both stay, and the warning names both.
    cluster = Cluster(articles=(read_text_article(DW_FILE), Article("hurricane.txt", HURRICANE)))
    result = brief(cluster, BriefOptions(budget=Budget(sentences=4), compare=False))
    assert result.warnings == (f"{DW_FILE.name} (DW) and hurricane.txt seem to be about different stories, sharing "
                               "little with each other; brief them separately",)
    assert len(result.sources) == 2


def test_a_note_names_an_article_by_its_id_and_outlet():
    # Cluster files name articles "left", "center", "right" or "0": the outlet says which is meant.
    cluster = Cluster(articles=(read_text_article(DW_FILE), read_text_article(MEE_FILE),
                                Article("right", HURRICANE, outlet="Gulf Coast Courier")))
    result = brief(cluster, BriefOptions(budget=Budget(sentences=4), compare=False))
    assert result.warnings[0].startswith("left out right (Gulf Coast Courier): it seems to be about another story")


def _story_articles(*stories: str) -> tuple[Article, ...]:
    from streams import STORIES

    return tuple(Article(f"{story}-{n}.txt", text, title=title) for story, count in stories
                 for n, (title, _, text) in enumerate(STORIES[story][:count]))


def test_a_second_story_of_two_articles_is_left_out_in_one_warning():
    # Two volcano articles vouch for each other against the three port ones (s27 QA D1).
    result = brief(Cluster(articles=_story_articles(("port", 3), ("volcano", 2))), BriefOptions(compare=False))
    assert [a.doc_id for a in result.sources] == ["port-0.txt", "port-1.txt", "port-2.txt"]
    (warning,) = result.warnings
    assert warning.startswith("left out volcano-0.txt and volcano-1.txt: they seem to tell another story than the "
                              "other 3 articles") and "newsbrief cluster" in warning
    assert not re.search(r"volcano|lava|Grindavik", result.summary, re.I)


def test_of_stories_told_by_as_many_articles_the_first_given_is_briefed():
    result = brief(Cluster(articles=_story_articles(("volcano", 2), ("port", 2), ("yen", 2))), BriefOptions(compare=False))
    assert [a.doc_id for a in result.sources] == ["volcano-0.txt", "volcano-1.txt"]
    (warning,) = result.warnings
    assert warning.startswith("left out port-0.txt, port-1.txt, yen-0.txt and yen-1.txt: they seem to tell 2 other "
                              "stories than the other 2 articles")


def test_one_story_told_by_many_articles_is_one_group():
    from newsbrief.embed import get_encoder
    from newsbrief.pipeline import cluster_sentences, story_groups

    cluster = Cluster(articles=_story_articles(("port", 4), ("yen", 1)))
    sentences = cluster_sentences(cluster, limit=40)
    assert story_groups(sentences, get_encoder().encode([s.text for s in sentences]), articles=5) == [[0, 1, 2, 3], [4]]


def test_story_alignment_scores_the_odd_article_low(example_cluster):
    from newsbrief.clean import clean_cluster
    from newsbrief.embed import get_encoder
    from newsbrief.pipeline import OFF_STORY_ALIGNMENT, cluster_sentences, story_alignment

    cleaned = clean_cluster(Cluster(articles=(*example_cluster.articles, Article("hurricane.txt", HURRICANE)))).cluster
    sentences = cluster_sentences(cleaned, limit=40)
    dw, mee, storm = story_alignment(sentences, get_encoder().encode([s.text for s in sentences]), articles=3)
    assert storm < OFF_STORY_ALIGNMENT < min(dw, mee)
    assert story_alignment(sentences[:3], get_encoder().encode([s.text for s in sentences[:3]]), articles=1) == [1.0]


def test_the_package_lists_its_names_without_loading_them():
    import json
    import subprocess
    import sys

    # A fresh interpreter: this one has loaded every module already.
    code = ("import json, sys, newsbrief; "
            "print(json.dumps([dir(newsbrief), sorted(m for m in sys.modules if m.startswith('newsbrief'))]))")
    names, loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert {"brief", "read_cluster", "Budget", "BriefOptions", "brief_json", "__version__"} <= set(names)
    assert not {"importlib", "annotations"} & set(names)
    assert loaded == ["newsbrief"]


# Written for these tests: three short reports of one ballot measure, one opening on a farmer with
# nothing of the vote in its lead, and a storm report with a headline of its own.
BALLOT = (("Voters to decide on cage rules for farm animals",
           "Animal-welfare groups have split over a statewide ballot measure that would require more space for "
           "egg-laying hens and breeding pigs."),
          ("Ballot measure could force egg farms across the country to go cage-free",
           "Voters in the state will decide in November whether to ban the sale of eggs from hens raised in cages."),
          ("Cage-free eggs on the November ballot",
           "Tom Haller has milked cows in Ohio for forty years and has never taken much interest in politics far "
           "from home.\n\nHe says that changed this summer."),
          ("Storm floods port city",
           "A tropical storm flooded the port of Veracruz on Tuesday, cutting power to 300,000 homes and closing "
           "schools across the state."))


def test_a_lead_on_an_angle_of_its_own_stays_where_its_title_tells_the_story():
    cluster = Cluster(articles=tuple(Article(f"{n}.txt", text, title=title) for n, (title, text) in enumerate(BALLOT)))
    result = brief(cluster, BriefOptions(budget=Budget(sentences=3), compare=False))
    assert [a.doc_id for a in result.sources] == ["0.txt", "1.txt", "2.txt"]
    (warning,) = result.warnings
    assert warning.startswith("left out 3.txt: it seems to be about another story")
