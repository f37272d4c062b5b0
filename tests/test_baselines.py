"""The classic baselines: LEAD, PageRank, LexRank's idf-modified cosine, LexRank and TextRank.

Stationary distributions and cosines are solved by hand in the comments; the graphs are small
enough to write the balance equations out.
"""
from __future__ import annotations

import math

import numpy as np
import pytest

from newsbrief.align import content_words
from newsbrief.baselines import LeadSummarizer, LexRankSummarizer, TextRankSummarizer, idf_cosine, pagerank
from newsbrief.models import Sentence
from newsbrief.sentences import split_article
from newsbrief.summarize import Budget

D = 0.85


def s(text: str, article: int = 0, position: int = 0) -> Sentence:
    return Sentence(text, article, position)


@pytest.fixture(scope="module")
def example_sentences(cleaned_example) -> list[Sentence]:
    """Sentences of the cleaned example, numbered as the pipeline numbers them."""
    return [x for index, article in enumerate(cleaned_example.cluster.articles) for x in split_article(article, index)]


# ---- LEAD ----------------------------------------------------------------------------------------

def test_lead_takes_first_sentences_round_robin_in_position_order():
    # Given out of order: LEAD sorts by (position, article): a0p0, a1p0, a0p1, a1p1, a0p2.
    sentences = [
        s("Article one, third sentence, ten words long in all here.", 1, 1),
        s("Article zero, third sentence, with ten words in it too.", 0, 2),
        s("Article zero, first sentence, with ten words in it too.", 0, 0),
        s("Article one, first sentence, ten words long in all here.", 1, 0),
        s("Article zero, second sentence, with ten words in it too.", 0, 1),
    ]
    lead = LeadSummarizer()
    assert lead(sentences, None, Budget(sentences=1)) == [2]
    assert lead(sentences, None, Budget(sentences=3)) == [2, 3, 4]
    assert lead(sentences, None, Budget(sentences=9)) == [2, 3, 4, 0, 1]
    # 10 words each: 25 words hold two of them.
    assert lead(sentences, None, Budget(words=25)) == [2, 3]


def test_lead_skips_a_first_sentence_too_long_for_the_budget():
    sentences = [
        s("Short lead of article zero with exactly nine words.", 0, 0),  # 9
        s(" ".join(["Long"] * 30) + ".", 1, 0),  # 30
        s("Second sentence of article zero, seven words.", 0, 1),  # 7
        s("Second sentence of article one has eight words.", 1, 1),  # 8
    ]
    assert [x.words for x in sentences] == [9, 30, 7, 8]
    # 9 fits; 9 + 30 > 25 skipped; 9 + 7 = 16; 16 + 8 = 24 <= 25.
    assert LeadSummarizer()(sentences, None, Budget(words=25)) == [0, 2, 3]


def test_lead_on_the_example(example_sentences):
    chosen = LeadSummarizer()(example_sentences, None, Budget(sentences=4))
    picked = [(example_sentences[i].article, example_sentences[i].position) for i in chosen]
    assert picked == [(0, 0), (1, 0), (0, 1), (1, 1)]
    assert example_sentences[chosen[0]].text == (
        "Russia and Turkey on Thursday pledged to work more closely to end the Syrian civil war.")
    assert example_sentences[chosen[3]].text.startswith("Russian President Vladimir Putin said on Thursday")


# ---- PageRank ------------------------------------------------------------------------------------

def test_pagerank_of_a_symmetric_triangle_is_uniform():
    weights = np.ones((3, 3)) - np.eye(3)
    assert pagerank(weights) == pytest.approx([1 / 3] * 3, abs=1e-9)
    # Equal weights scaled up change nothing: rows are normalised.
    assert pagerank(5 * weights) == pytest.approx([1 / 3] * 3, abs=1e-9)


def test_pagerank_of_a_star():
    # Centre 0 linked both ways to leaves 1, 2, 3. With a = (1 - d)/4:
    #   c = a + d * 3 * l          (every leaf sends all it has to the centre)
    #   l = a + d * c / 3          (the centre splits over three leaves)
    # so c = a (1 + 3d) / (1 - d^2) and l = (1 - c) / 3.
    weights = np.zeros((4, 4))
    weights[0, 1:] = weights[1:, 0] = 1.0
    a = (1 - D) / 4
    centre = a * (1 + 3 * D) / (1 - D ** 2)
    leaf = a + D * centre / 3
    assert centre + 3 * leaf == pytest.approx(1.0)
    scores = pagerank(weights)
    assert scores == pytest.approx([centre, leaf, leaf, leaf], abs=1e-5)
    assert scores.sum() == pytest.approx(1.0, abs=1e-9)


def test_pagerank_of_a_star_with_self_loops():
    # LexRank's graph has its diagonal (cosine 1 > threshold). Centre row: self + 3 leaves -> 1/4 each;
    # leaf row: self + centre -> 1/2 each. l = a + d (c/4 + l/2) with c + 3 l = 1 gives
    # .575 (1 - c) = .1125 + .6375 c, so c = .4625 / 1.2125 = 37/97 and l = 20/97.
    weights = np.eye(4)
    weights[0, 1:] = weights[1:, 0] = 1.0
    assert pagerank(weights) == pytest.approx([37 / 97, 20 / 97, 20 / 97, 20 / 97], abs=1e-5)


def test_pagerank_node_without_out_links_jumps_uniformly():
    # 0 -> 1 only; 1 has no out-links, so it spreads 1/2 to each. With a = .075:
    #   s0 = a + d s1 / 2,  s1 = a + d (s0 + s1 / 2)  ->  s0 = 20/57, s1 = 37/57.
    weights = np.array([[0.0, 1.0], [0.0, 0.0]])
    assert pagerank(weights) == pytest.approx([20 / 57, 37 / 57], abs=1e-5)


def test_pagerank_sums_to_one_and_honours_the_damping():
    rng = np.random.default_rng(3)
    weights = rng.random((7, 7)) * (rng.random((7, 7)) > 0.5)
    weights[2] = 0.0  # a row with no edges
    scores = pagerank(weights)
    assert scores.sum() == pytest.approx(1.0, abs=1e-9)
    assert (scores > 0).all()
    # No damping mass left: only the uniform jump.
    assert pagerank(weights, damping=0.0) == pytest.approx([1 / 7] * 7)


# ---- LexRank's idf-modified cosine --------------------------------------------------------------

def test_idf_cosine_by_hand():
    # idf over 3 sentences: putin, met in 2 -> ln 1.5; erdogan, assad, oil, prices, fell in 1 -> ln 3.
    # cos(0, 1) = 2 p^2 / (2 p^2 + q^2) with p = ln 1.5, q = ln 3; nothing shared with sentence 2.
    sentences = [s("putin met erdogan"), s("putin met assad"), s("oil prices fell")]
    p, q = math.log(1.5), math.log(3)
    expected = 2 * p * p / (2 * p * p + q * q)
    matrix = idf_cosine(sentences)
    assert matrix[0, 1] == pytest.approx(expected) and matrix[1, 0] == pytest.approx(expected)
    assert matrix[0, 2] == pytest.approx(0.0) and matrix[1, 2] == pytest.approx(0.0)
    assert np.diag(matrix) == pytest.approx([1, 1, 1])


def test_idf_cosine_is_symmetric_with_a_unit_diagonal_on_the_example(example_sentences):
    matrix = idf_cosine(example_sentences)
    n = len(example_sentences)
    assert matrix.shape == (n, n)
    assert np.allclose(matrix, matrix.T)
    assert np.allclose(np.diag(matrix), 1.0)
    assert matrix.min() >= -1e-12 and matrix.max() <= 1 + 1e-9


def test_idf_cosine_counts_words_followed_by_punctuation():
    # The same DW sentence with and without its full stop holds the same words, so the cosine is 1.
    # Splitting on spaces and keeping only alphanumeric tokens drops "Thursday." (and every last word,
    # word before a comma, quoted word and hyphenated word), so the two are scored as different sentences.
    sentence = "The two leaders did not mention the sale on Thursday."
    matrix = idf_cosine([s(sentence), s(sentence[:-1]), s("Oil prices fell sharply in London markets")])
    assert matrix[0, 1] == pytest.approx(1.0)


# ---- LexRank and TextRank rank the most central sentence first ------------------------------------

# Sentence 2 shares words with each of the others; 0, 1 and 3 share none with each other (a star).
STAR = [
    "Putin flew to Ankara and met officials there.",
    "Erdogan signed a gas pipeline deal with Moscow.",
    "Putin met Erdogan in Ankara over Idlib and the gas pipeline today.",
    "The fighting in Idlib continued overnight.",
]


def test_star_set_is_a_star():
    words = [set(t.lower().replace(".", "").split()) for t in STAR]
    for i in (0, 1, 3):
        assert words[i] & words[2]
        for j in (0, 1, 3):
            assert i == j or not words[i] & words[j]
    cw = [content_words(t) for t in STAR]
    assert all(cw[i] & cw[2] for i in (0, 1, 3))
    assert not (cw[0] & cw[1] or cw[0] & cw[3] or cw[1] & cw[3])


def test_lexrank_ranks_the_sentence_most_similar_to_the_others_first():
    # From the article's second sentence on, so that no article opener claims the lead.
    sentences = [s(t, 0, i + 1) for i, t in enumerate(STAR)]
    lexrank = LexRankSummarizer()
    assert lexrank(sentences, None, Budget(sentences=1)) == [2]
    # All four: the centre leads, then the article's own order.
    assert lexrank(sentences, None, Budget(sentences=4)) == [2, 0, 1, 3]
    # No shared words at all: no edges above the threshold, so nothing stands out and ties keep list order.
    unrelated = [s("Oil prices fell.", 0, 0), s("Snow closed schools.", 0, 1), s("Markets rallied late.", 0, 2)]
    assert lexrank(unrelated, None, Budget(sentences=1)) == [0]


def test_lexrank_threshold_is_a_parameter():
    sentences = [s(t, 0, i) for i, t in enumerate(STAR)]
    # Above every off-diagonal cosine, the graph is self-loops only: uniform scores, first sentence wins.
    assert LexRankSummarizer(threshold=0.99)(sentences, None, Budget(sentences=1)) == [0]


def test_textrank_ranks_the_sentence_most_similar_to_the_others_first():
    sentences = [s(t, 0, i + 1) for i, t in enumerate(STAR)]  # no article opener, as for LexRank
    textrank = TextRankSummarizer()
    assert textrank(sentences, None, Budget(sentences=1)) == [2]
    assert textrank(sentences, None, Budget(sentences=4)) == [2, 0, 1, 3]


def test_textrank_centre_changes_with_the_overlap():
    # Move the hub: sentence 0 now shares with every other, sentence 2 only with sentence 0.
    texts = [
        "Putin met Erdogan in Ankara over Idlib and the gas pipeline today.",
        "Putin flew to Ankara and met officials there.",
        "Erdogan signed a gas pipeline deal with Moscow.",
        "The fighting in Idlib continued overnight.",
    ]
    sentences = [s(t, i % 2, i // 2) for i, t in enumerate(texts)]
    assert TextRankSummarizer()(sentences, None, Budget(sentences=1)) == [0]
    assert LexRankSummarizer()(sentences, None, Budget(sentences=1)) == [0]


@pytest.mark.parametrize("summarizer", [LexRankSummarizer(), TextRankSummarizer()], ids=["lexrank", "textrank"])
def test_graph_baselines_on_the_example(example_sentences, summarizer):
    chosen = summarizer(example_sentences, None, Budget(words=230))
    assert chosen and len(set(chosen)) == len(chosen)
    assert sum(example_sentences[i].words for i in chosen) <= 230
    # After the lead, each source's own order.
    for article in (0, 1):
        positions = [example_sentences[i].position for i in chosen[1:] if example_sentences[i].article == article]
        assert positions == sorted(positions)
    assert summarizer(example_sentences, None, Budget(words=230)) == chosen  # deterministic
