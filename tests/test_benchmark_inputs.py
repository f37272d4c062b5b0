"""The benchmark scripts on data files other than the dev files they were written on (a resample,
a tiny file, other clusters, an article nobody annotated): they run, or stop with one line that
says why, and never write over the shipped results when told where to write."""
from __future__ import annotations

import argparse
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


@pytest.mark.parametrize("script, args, message", [
    ("summary_bench", ["--systems", "lead,foo"],
     "argument --systems: unknown 'foo'; choose from newsbrief, central-support, lead, lexrank, textrank, oracle"),
    ("summary_bench", ["--words", "5"], "argument --words: the word budget must be at least 10 words, got 5"),
    ("summary_bench", ["--limit", "-1"], "argument --limit: must be at least 1, got -1"),
    ("train_summarizer", ["--folds", "1"], "argument --folds: must be at least 2, got 1"),
    ("train_summarizer", ["--words", "ten"], "argument --words: 'ten' is not a whole number"),
    ("compare_bench", ["allsides", "--sample", "-1"], "argument --sample: must be at least 0, got -1"),
    ("clean_bench", ["--show-errors", "-1"], "argument --show-errors: must be at least 0, got -1"),
    ("stories_bench", ["quality", "--streams", "uci,reuters"],
     "argument --streams: unknown 'reuters'; choose from uci, googlenews, pooled"),
    ("stories_bench", ["scale", "--sizes", "1000,10k"], "argument --sizes: '10k' is not a whole number"),
    ("stories_bench", ["story-scale", "--shuffles", "0"], "argument --shuffles: must be at least 1, got 0"),
    ("load_test", ["--clients", "0"], "argument --clients: must be at least 1, got 0"),
    ("load_test", ["--time-limit", "0"], "argument --time-limit: must be at least 1, got 0"),
])
def test_a_bad_option_value_stops_with_one_line_naming_what_it_takes(script, args, message, monkeypatch, capsys):
    # Checked before any data or model is read: the line comes with or without ../shared.
    with pytest.raises(SystemExit) as stop:
        run(monkeypatch, script, *args)
    assert stop.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(f"error: {message}")


def test_clean_bench_names_missing_labels(tmp_path, monkeypatch):
    data = tmp_path / "clusters.jsonl"
    data.write_text(cluster_line("here", [{"doc_id": "1", "text": "A line."}]) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="labels.jsonl: not found; --labels names a JSONL file of labelled lines"):
        run(monkeypatch, "clean_bench", "--data", str(data), "--labels", str(tmp_path / "labels.jsonl"))


def test_stories_bench_names_a_missing_data_file(tmp_path, monkeypatch):
    with pytest.raises(SystemExit, match="stream-uci-news.jsonl: not found; --data names a folder"):
        run(monkeypatch, "stories_bench", "quality", "--streams", "uci", "--data", str(tmp_path))


class Parsed(Exception):
    """Raised in place of parsing, to hand the script's parser to the test."""


def parsers(monkeypatch, script: str) -> list[argparse.ArgumentParser]:
    """The script's parser and its sub-command parsers, as its main() builds them."""
    def hand_over(parser, *args, **kwargs):
        raise Parsed(parser)

    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", hand_over)
    with pytest.raises(Parsed) as parsed:
        run(monkeypatch, script)
    parser = parsed.value.args[0]
    subcommands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return [parser, *(p for a in subcommands for p in a.choices.values())]


@pytest.mark.parametrize("script", ["summary_bench", "train_summarizer", "clean_bench", "compare_bench", "stories_bench",
                                    "load_test"])
def test_every_option_says_what_it_does_and_its_default(script, monkeypatch):
    main, *subcommands = parsers(monkeypatch, script)
    assert f"benchmarks/{script}.py" in main.description  # the command that reproduces the README's figures
    for parser in (main, *subcommands):
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            assert action.help, f"{parser.prog} {action.dest}: no help"
            if action.default not in (None, False):
                assert "default" in action.help, f"{parser.prog} {action.dest}: help names no default"
