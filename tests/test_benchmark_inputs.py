"""The benchmark scripts on data files other than the dev files they were written on (a resample,
a tiny file, other clusters, an article nobody annotated): they run, or stop with one line that
says why, and never write over the shipped results when told where to write."""
from __future__ import annotations

import hashlib
import json
import sys

import pytest

from conftest import cluster_line, load_benchmark


def run(monkeypatch, script: str, *args: str):
    module = load_benchmark(script)
    monkeypatch.setattr(sys, "argv", [f"{script}.py", *args])
    module.main()
    return module


def test_summary_bench_without_references_says_so(example_documents, tmp_path, monkeypatch):
    data = tmp_path / "clusters.jsonl"
    data.write_text(cluster_line("putin-ankara", example_documents) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no cluster with a reference summary"):
        run(monkeypatch, "summary_bench", "--data", str(data), "--systems", "lead", "--output", str(tmp_path / "r.json"))


def test_summary_bench_ratio_to_a_system_with_no_shared_bigram(example_documents, tmp_path, monkeypatch, capsys):
    # The reference shares words with the articles but, in this order, not one bigram: R-2 is 0
    # for every pick, and the ratio column says "-" for R-2 instead of dividing by zero.
    data = tmp_path / "clusters.jsonl"
    data.write_text(cluster_line("putin-ankara", example_documents, references=["Thursday Erdogan Putin Syria war Turkey"])
                    + "\n", encoding="utf-8")
    output = tmp_path / "r.json"
    run(monkeypatch, "summary_bench", "--data", str(data), "--systems", "oracle", "--words", "60", "--output", str(output))
    oracle = json.loads(output.read_text())["systems"]["oracle"]
    assert oracle["rouge1"] > 0 and oracle["rouge2"] == 0
    assert "1.000 / -" in capsys.readouterr().out


def test_train_summarizer_with_more_folds_than_clusters_says_so(example_documents, tmp_path, monkeypatch):
    data = tmp_path / "clusters.jsonl"
    data.write_text(cluster_line("putin-ankara", example_documents, references=["Putin met Erdogan in Ankara."]) + "\n",
                    encoding="utf-8")
    weights = tmp_path / "w.json"
    with pytest.raises(SystemExit, match="fold 1 of 2 leaves no cluster to train on"):
        run(monkeypatch, "train_summarizer", "--data", str(data), "--folds", "2", "--output", str(weights))
    assert not weights.exists()


def test_train_summarizer_without_references_says_so(example_documents, tmp_path, monkeypatch):
    data = tmp_path / "clusters.jsonl"
    data.write_text(cluster_line("putin-ankara", example_documents) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no cluster with a reference summary"):
        run(monkeypatch, "train_summarizer", "--data", str(data), "--output", str(tmp_path / "w.json"))


def test_compare_bench_basil_on_unannotated_articles_and_a_bad_line(example_documents, tmp_path, monkeypatch, capsys):
    # A bad line first (two documents, one doc_id, different texts) must not shift which record
    # each event is paired with; the articles carry no "meta" (nobody annotated them): no spans.
    clashing = [dict(d, doc_id="same") for d in example_documents]
    (tmp_path / "basil-dev.jsonl").write_text(
        cluster_line("bad", clashing) + "\n" + cluster_line("event", example_documents) + "\n", encoding="utf-8")
    output = tmp_path / "compare-basil.json"
    run(monkeypatch, "compare_bench", "basil", "--data", str(tmp_path), "--output", str(output))
    result = json.loads(output.read_text())
    assert result["events"] == 1 and result["spans"] == 0 and result["surfaced_sentences"] > 0
    assert "left out" in capsys.readouterr().err


def test_compare_bench_names_a_missing_data_file(tmp_path, monkeypatch):
    with pytest.raises(SystemExit, match="allsides-outlets-dev.jsonl: not found"):
        run(monkeypatch, "compare_bench", "allsides", "--data", str(tmp_path), "--output", str(tmp_path / "r.json"))


def labelled_line(cluster_id: str, line: str) -> dict:
    return {"cluster_id": cluster_id, "doc_id": "1", "line": 0, "label": "junk", "kind": "share_bar",
            "sha1": hashlib.sha1(line.encode("utf-8")).hexdigest()[:12]}


def test_clean_bench_scores_the_labelled_documents_a_file_holds(tmp_path, monkeypatch, capsys):
    junk = "Share this story on Facebook Twitter Email"
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(labelled_line(c, junk)) + "\n" for c in ("here", "elsewhere")), encoding="utf-8")
    data = tmp_path / "clusters.jsonl"
    text = f"{junk}\nThe council voted on Tuesday to close the old bridge to lorries from next spring."
    data.write_text("\n" + cluster_line("here", [{"doc_id": "1", "text": text}]) + "\n", encoding="utf-8")
    output = tmp_path / "clean.json"
    run(monkeypatch, "clean_bench", "--data", str(data), "--labels", str(labels), "--output", str(output))
    report = json.loads(output.read_text())
    assert report["lines"]["newsbrief"]["n"] == 1 and report["stale_labels"] == 0
    assert "1 labels are for documents not in clusters.jsonl" in capsys.readouterr().out


def test_clean_bench_on_a_file_without_the_labelled_documents_says_so(tmp_path, monkeypatch):
    data = tmp_path / "clusters.jsonl"
    data.write_text(cluster_line("other", [{"doc_id": "1", "text": "A line."}]) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="holds none of the documents labelled"):
        run(monkeypatch, "clean_bench", "--data", str(data), "--output", str(tmp_path / "clean.json"))
