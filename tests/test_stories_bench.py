"""The story benchmark's scoring: B-cubed by hand, and the one-setting-for-every-stream choice."""
from __future__ import annotations

import json

import pytest
from conftest import CRAWL_NOTICE, load_benchmark


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("stories_bench")


def test_bcubed_matches_a_hand_count(bench):
    # Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.
    # Precision per item: 1, 1, 1/3, 2/3, 2/3 -> 11/15.  Recall: 2/3, 2/3, 1/3, 1, 1 -> 11/15.
    precision, recall, f1 = bench.bcubed(["a", "a", "b", "b", "b"], [1, 1, 1, 2, 2])
    assert precision == pytest.approx(11 / 15) and recall == pytest.approx(11 / 15) and f1 == pytest.approx(11 / 15)
    assert bench.bcubed(["x", "y", "z"], ["g", "g", "g"]) == pytest.approx((1.0, 1 / 3, 0.5))


def test_one_setting_for_every_stream_is_the_best_on_average_not_per_stream(bench):
    def run(f1, k):
        return {"bcubed_f1": f1, "k": k, "clusters": 1, "seconds": 0.0}

    results = {  # k=10 wins stream a, k=20 wins stream b, k=20 wins on average; k=5 ran on one stream only
        "a": {"gsdmm_grid": [run(0.80, 10), run(0.70, 20), run(0.99, 5)]},
        "b": {"gsdmm_grid": [run(0.40, 10), run(0.60, 20)]},
    }
    assert bench.one_setting_for_every_stream(results) == {"gsdmm": ("k", 20, {"a": 0.70, "b": 0.60})}


def test_a_stream_article_without_text_is_not_scored(bench, tmp_path, monkeypatch):
    # Ingest reads no article without text, so the benchmark must not count one (it stopped on
    # "every record must be read, in order").
    records = [{"doc_id": "a", "text": "dam opens river", "gold_cluster": "g"},
               {"doc_id": "b", "text": " ", "gold_cluster": "g"}, {"doc_id": "c", "gold_cluster": "g"}]
    (tmp_path / "stream-googlenews-ts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    monkeypatch.setattr(bench, "DATA", tmp_path)
    assert [r["doc_id"] for r in bench.STREAMS["googlenews"]()] == ["a"]


def test_a_record_ingest_leaves_out_as_no_article_is_scored_as_a_story_of_its_own(bench, tmp_path):
    # Ingest leaves a crawl notice out of the store (s27 UX D6); the benchmark stopped on "every record
    # must be read, in order". The notice is in no story, so it counts against recall, not for it.
    lead = "The river dam opened its gates on Monday after a week of rain raised the reservoir to a record."
    records = [{"doc_id": "a", "text": lead, "gold_cluster": "g"},
               {"doc_id": "b", "text": CRAWL_NOTICE, "gold_cluster": "g"},
               {"doc_id": "c", "text": lead.replace("Monday", "Monday morning"), "gold_cluster": "g"}]
    labels, _, _ = bench.run_newsbrief(records, tmp_path)
    assert labels[1] == "left-out-b" and labels[0] == labels[2] != labels[1]


def test_robustness_rows_without_baselines_print_dashes_not_figures(bench, capsys):
    # `robustness --skip-baselines` runs newsbrief alone: its rows carry no GSDMM or HDBSCAN figure.
    rows = [{"stream": "uci", "read_as": "topics", "newsbrief": 0.9}, {"stream": "uci", "read_as": "events", "newsbrief": 0.5}]
    bench.print_robustness(rows)
    assert "| uci | 2 | 1 (topics) | 0.700 (0.500) | — | — | — |" in capsys.readouterr().out
    bench.print_robustness([{**rows[0], "gsdmm": 0.8, "hdbscan": 0.95}])
    assert "| uci | 1 | 1 (topics) | 0.900 (0.900) | 0.800 | 0.950 | 0 |" in capsys.readouterr().out
