"""The summary benchmark's wiring: n-grams, F1, the greedy oracle, and ROUGE as the benchmark scores it
(rouge-score with Porter stemming; ROUGE-Lsum over newline-separated sentences). Values by hand."""
from __future__ import annotations

import json
import sys
from collections import Counter

import pytest

from conftest import cluster_line, load_benchmark
from newsbrief.models import Sentence
from newsbrief.summarize import SUMMARIZERS, Budget

DW_LEAD = "Russia and Turkey on Thursday pledged to work more closely to end the Syrian civil war."  # 16 tokens
DW_SALE = "The two leaders did not mention the sale on Thursday."  # 10 tokens
UNRELATED = "Oil prices fell sharply in London markets yesterday."


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("summary_bench")


@pytest.fixture(scope="module")
def scorer(bench):
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(bench.METRICS), use_stemmer=True)


def s(text: str, article: int = 0, position: int = 0) -> Sentence:
    return Sentence(text, article, position)


def test_benchmark_systems_are_the_registered_summarizers(bench):
    assert set(bench.SYSTEMS) == set(SUMMARIZERS)
    assert bench.SYSTEMS[0] == "newsbrief"  # the ratio column is "ours" over each row
    assert bench.METRICS == ("rouge1", "rouge2", "rougeL", "rougeLsum")


# ---- n-grams and F1 ------------------------------------------------------------------------------

def test_ngrams_by_hand(bench):
    tokens = ["putin", "met", "erdogan", "putin", "met"]
    assert bench.ngrams(tokens, 1) == Counter({("putin",): 2, ("met",): 2, ("erdogan",): 1})
    assert bench.ngrams(tokens, 2) == Counter({("putin", "met"): 2, ("met", "erdogan"): 1, ("erdogan", "putin"): 1})
    assert bench.ngrams(tokens, 5) == Counter({tuple(tokens): 1})
    assert bench.ngrams(tokens, 6) == Counter()
    assert bench.ngrams([], 1) == Counter()


def test_f1_by_hand(bench):
    candidate = Counter({"a": 2, "b": 1})
    reference = Counter({"a": 1, "b": 1, "c": 1})
    # Clipped overlap a:1 + b:1 = 2; precision 2/3, recall 2/3 -> F1 2/3.
    assert bench.f1(candidate, reference) == pytest.approx(2 / 3)
    # Precision 1/1, recall 1/3 -> 2 * 1/3 / (4/3) = 1/2.
    assert bench.f1(Counter({"c": 1}), reference) == pytest.approx(0.5)
    assert bench.f1(reference, reference) == pytest.approx(1.0)
    assert bench.f1(Counter({"x": 3}), reference) == 0.0
    assert bench.f1(Counter(), reference) == 0.0
    assert bench.f1(candidate, Counter()) == 0.0


# ---- the oracle ----------------------------------------------------------------------------------

def test_oracle_picks_the_sentence_that_is_the_reference_and_stops(bench, scorer):
    tokenize = scorer._tokenizer.tokenize
    partial = "Russia and Turkey pledged to end the war in Syria."
    sentences = [s(UNRELATED, 0, 0), s(partial, 0, 1), s(DW_LEAD, 1, 0), s(DW_SALE, 1, 1)]
    # DW_LEAD alone scores 1 + 1; adding anything keeps recall at 1 and lowers precision, so it stops.
    assert bench.oracle(sentences, DW_LEAD, Budget(words=400), tokenize) == [2]


def test_oracle_adds_sentences_while_they_help_and_returns_them_in_article_order(bench, scorer):
    tokenize = scorer._tokenizer.tokenize
    sentences = [s(UNRELATED, 0, 0), s(DW_SALE, 0, 1), s(DW_LEAD, 1, 0)]
    # Reference = SALE then LEAD. Step 1: LEAD (uni 2*16/42 + bi 2*15/40 = 1.51) beats SALE
    # (2*10/36 + 2*9/34 = 1.08); step 2: + SALE reaches 2; step 3: nothing beats 2.
    reference = f"{DW_SALE} {DW_LEAD}"
    assert bench.oracle(sentences, reference, Budget(words=400), tokenize) == [1, 2]  # (article, position)
    # One sentence allowed: the better one alone.
    assert bench.oracle(sentences, reference, Budget(sentences=1), tokenize) == [2]
    # 12 words: LEAD (16) cannot fit, SALE (10) can.
    assert bench.oracle(sentences, reference, Budget(words=12), tokenize) == [1]


def test_oracle_takes_nothing_when_nothing_matches(bench, scorer):
    tokenize = scorer._tokenizer.tokenize
    assert bench.oracle([s(UNRELATED)], DW_SALE, Budget(words=400), tokenize) == []
    assert bench.oracle([], DW_SALE, Budget(words=400), tokenize) == []


def test_oracle_on_hand_tokens(bench):
    # Tokens by whitespace: reference "a b c d". Sentence 0 "a b" -> uni 2*2/6, bi 2*1/4 -> 1.17;
    # sentence 1 "c d" the same (tie, the first wins); then 0 + 1 = the reference -> 2. Sentence 2 "x" never helps.
    sentences = [s("a b"), s("c d", 0, 1), s("x", 0, 2)]
    assert bench.oracle(sentences, "a b c d", Budget(words=400), str.split) == [0, 1]


# ---- ROUGE as the benchmark computes it ---------------------------------------------------------

def test_rouge_identical_and_disjoint(scorer):
    same = scorer.score(DW_LEAD, DW_LEAD)
    assert all(same[m].fmeasure == pytest.approx(1.0) for m in same)
    none = scorer.score(DW_LEAD, UNRELATED)
    assert all(none[m].fmeasure == 0.0 for m in none)


def test_rouge_partial_by_hand(scorer):
    # Reference 5 tokens, candidate its first 3: R-1 P 1, R 3/5 -> F 3/4; R-2 P 2/2, R 2/4 -> F 2/3;
    # R-L: LCS 3 -> same as R-1.
    result = scorer.score("Putin met Erdogan in Ankara", "Putin met Erdogan")
    assert result["rouge1"].fmeasure == pytest.approx(0.75)
    assert result["rouge2"].fmeasure == pytest.approx(2 / 3)
    assert result["rougeL"].fmeasure == pytest.approx(0.75)


def test_rouge_uses_porter_stemming(scorer):
    # "talks"/"talk", "pledged"/"pledge" meet after stemming.
    result = scorer.score("Putin pledged talks in Ankara", "Putin pledge talk in Ankara")
    assert result["rouge1"].fmeasure == pytest.approx(1.0)


def test_rouge_lsum_splits_on_newlines(scorer):
    # Two sentences in swapped order. As one line, the LCS is 3 of 6 tokens: R-L = R-Lsum = 0.5.
    # Split on newlines, each reference sentence is found whole in the summary: R-Lsum = 1.
    reference, summary = ["putin met erdogan", "turkey bought missiles"], ["turkey bought missiles", "putin met erdogan"]
    flat = scorer.score(" ".join(reference), " ".join(summary))
    assert flat["rougeL"].fmeasure == pytest.approx(0.5) and flat["rougeLsum"].fmeasure == pytest.approx(0.5)
    split = scorer.score("\n".join(reference), "\n".join(summary))
    assert split["rougeLsum"].fmeasure == pytest.approx(1.0)
    assert split["rougeL"].fmeasure == pytest.approx(0.5)  # R-L ignores the newlines
    # 4 of the 5 bigrams are shared (not "erdogan turkey"/"missiles putin") -> 0.8 either way.
    assert split["rouge2"].fmeasure == pytest.approx(0.8)


def test_benchmark_main_scores_lsum_over_sentences(bench, example_documents, tmp_path, monkeypatch, capsys):
    # One cluster (the example) whose reference is two real DW sentences in the opposite order to the
    # article's. The oracle picks exactly those two (returned in article order), so R-1 = 100, while
    # R-L over the flat text finds an LCS of only the 16 LEAD tokens out of 26 (16/26 = 61.5) and
    # R-Lsum, over the newline-separated sentences on both sides, is 100 again.
    data = tmp_path / "clusters.jsonl"
    data.write_text(cluster_line("putin-ankara", example_documents, references=[f"{DW_SALE} {DW_LEAD}"]) + "\n",
                    encoding="utf-8")
    output = tmp_path / "results.json"
    monkeypatch.setattr(sys, "argv", ["summary_bench.py", "--data", str(data), "--systems", "oracle",
                                      "--words", "60", "--output", str(output)])
    bench.main()
    results = json.loads(output.read_text())
    assert results["clusters"] == 1 and results["words"] == 60
    oracle = results["systems"]["oracle"]
    assert oracle["median_words"] == 26
    assert oracle["rouge1"] == pytest.approx(100.0)
    # 15 + 9 bigrams inside the two sentences are shared; the joins ("thursday russia" / "war the")
    # are not: 24 of 25 on both sides.
    assert oracle["rouge2"] == pytest.approx(100 * 24 / 25)
    assert oracle["rougeL"] == pytest.approx(100 * 16 / 26)
    assert oracle["rougeLsum"] == pytest.approx(100.0)
    assert "oracle" in capsys.readouterr().out


def test_benchmark_main_refuses_missing_data(bench, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["summary_bench.py", "--data", str(tmp_path / "missing.jsonl")])
    with pytest.raises(SystemExit, match="not found"):
        bench.main()
