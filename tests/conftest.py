"""Shared fixtures: the bundled example, its brief (so the ONNX model loads once), test inputs.

Every input here is built from the bundled example in examples/putin-erdogan-ankara/ or written
by hand; nothing is read from /work/shared.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_DIR = REPO / "examples" / "putin-erdogan-ankara"
DW_FILE = EXAMPLE_DIR / "000_b0538abbf02b2b0c.txt"
MEE_FILE = EXAMPLE_DIR / "001_e67d1b9d590ba574.txt"

# Every line of the example that is site junk, not story: read off the two files by hand.
EXAMPLE_JUNK = (
    "go to top",
    "DW Editors Friday, Sept. 29, 2017",
    "DW Editors",
    "(DW) —",
    "Conditions Exist for Peace",
    "Al Baghdadi Resurfaces",
    "Kurdish Referendum",
    "Copyright 2017 DW",
    "All rights reserved",
    "(MEE)",
    "‘Loaded with contradictions’",
    "By MEE and agencies",
    "Republished with permission",
    "Report a typo",
    "This article was chosen for republication",
    "Anti-Media republishes stories",
    "do not reflect Anti-Media editorial policy",
    "Since you’re here",
    "We have a small favor to ask",
    "put up a paywall",
    "you can support Anti-Media",
    "Click here to support us",
)
# The headlines are metadata, not brief sentences.
EXAMPLE_TITLES = (
    "Vladmir Putin Meets Erdogan to Secure Syria De-Escalation Zone",
    "Putin Says Conditions Needed to End War in Syria Have Been Reached",
)
MEE_STANDFIRST = (
    "Putin and Erdogan agree to push for de-escalation zones in Syria, particularly in IS-held Idlib province."
)

# A crawl notice in the style of the ones found in scraped news corpora (our own wording).
CRAWL_NOTICE = """Archive crawl notice

These crawls are part of an effort to archive pages as they are created and to keep copies of the pages they link to. When a linked page later changes or disappears from the web, readers can still follow the link to the version that was live when the story was written. The Internet Archive runs this web crawl and thanks every site that takes part.
"""

# A whole text selling to its reader (invented, after mn21's payday-loan page, QA U2).
ADVERTISING_COPY = ("Need cash before payday? Our quick loans are made for people like you. Apply today and have the "
                    "money in your account within the hour. No credit check is needed, and your past record does not "
                    "matter. Thousands of borrowers trust our friendly lenders. Hurry, this offer will not last. Fill in "
                    "the short form on our website and your loan will be approved in minutes.")


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE_DIR


@pytest.fixture(scope="session")
def example_texts() -> tuple[str, str]:
    """The raw text of the DW article and of the Middle East Eye (via Anti-Media) article."""
    return DW_FILE.read_text(encoding="utf-8"), MEE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_cluster():
    from newsbrief.read import read_cluster

    return read_cluster([EXAMPLE_DIR])


@pytest.fixture(scope="session")
def cleaned_example(example_cluster):
    from newsbrief.clean import clean_cluster

    return clean_cluster(example_cluster)


@pytest.fixture(scope="session")
def example_brief(example_cluster):
    """The brief of the example with the CLI's defaults (230-word budget)."""
    from newsbrief.pipeline import brief

    return brief(example_cluster)


@pytest.fixture(scope="session")
def example_brief_json(example_brief):
    from newsbrief.render import brief_json

    # Through a JSON round trip, as a consumer of the CLI's output sees it.
    return json.loads(json.dumps(brief_json(example_brief)))


def to_multinews(text: str) -> str:
    """A document in Multi-News raw form: one line, newlines written as NEWLINE_CHAR."""
    return " NEWLINE_CHAR ".join(line.strip() for line in text.strip().splitlines())


@pytest.fixture()
def multinews_files(tmp_path: Path, example_texts) -> tuple[Path, Path]:
    """A two-cluster Multi-News .src (documents split by |||||) and its .tgt, from the example."""
    dw, mee = example_texts
    src = tmp_path / "test.src"
    tgt = tmp_path / "test.tgt"
    src.write_text(
        f"{to_multinews(dw)} ||||| {to_multinews(mee)} ||||| \n"
        f"{to_multinews(mee)} ||||| {to_multinews(dw)}\n",
        encoding="utf-8",
    )
    tgt.write_text(
        "– Russia and Turkey will deepen coordination to end the war in Syria, Vladimir Putin said in Ankara."
        " NEWLINE_CHAR NEWLINE_CHAR The two leaders agreed to pursue an Idlib de-escalation zone more intensely.\n"
        "– Putin said the conditions to end the war in Syria have been reached.\n",
        encoding="utf-8",
    )
    return src, tgt


def cluster_line(cluster_id, documents, **extra) -> str:
    return json.dumps({"cluster_id": cluster_id, "documents": documents, **extra}, ensure_ascii=False)


@pytest.fixture()
def example_documents(example_texts) -> list[dict]:
    dw, mee = example_texts
    return [{"doc_id": "dw", "text": dw}, {"doc_id": "mee", "text": mee}]


@pytest.fixture(scope="session")
def example_long_brief(example_cluster):
    """The example briefed with room for nearly every sentence, to check citations across the board."""
    from newsbrief.pipeline import BriefOptions, brief
    from newsbrief.summarize import Budget

    return brief(example_cluster, BriefOptions(budget=Budget(words=2000)))


# ---- the JSON schema, version 1 ------------------------------------------------------------------

SCHEMA_KEYS = {"schema_version", "cluster_id", "title", "summary", "sentences", "sources", "comparison"}
SOURCE_KEYS = {"id", "doc_id", "outlet", "republished_by", "title", "published", "url"}


def _is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ][\d:.]+([+-]\d{2}:?\d{2}|Z)?)?", value) is not None


def check_schema(record: dict) -> None:
    """Schema version 1 exactly: these keys with these types (more keys are allowed)."""
    assert SCHEMA_KEYS <= set(record)
    assert record["schema_version"] == 1
    assert record["cluster_id"] is None or isinstance(record["cluster_id"], str)
    assert record["title"] is None or isinstance(record["title"], str)
    assert isinstance(record["summary"], str)
    if record["comparison"] is not None:
        check_comparison_schema(record["comparison"], len(record["sources"]))
    assert isinstance(record["sentences"], list)
    for sentence in record["sentences"]:
        assert {"text", "sources"} <= set(sentence)
        assert isinstance(sentence["text"], str)
        assert isinstance(sentence["sources"], list) and sentence["sources"]
        assert all(type(n) is int for n in sentence["sources"])
    assert isinstance(record["sources"], list)
    for number, source in enumerate(record["sources"], 1):
        assert SOURCE_KEYS <= set(source)
        assert source["id"] == number and type(source["id"]) is int
        assert isinstance(source["doc_id"], str)
        for key in ("outlet", "republished_by", "title", "url"):
            assert source[key] is None or isinstance(source[key], str)
        assert source["published"] is None or (isinstance(source["published"], str) and _is_iso_date(source["published"]))
    ids = {s["id"] for s in record["sources"]}
    assert all(set(s["sources"]) <= ids for s in record["sentences"])


COMPARISON_KEYS = {"judge", "article_similarity", "agreed", "only_in", "disagreements", "quotes", "quote_variants", "coverage"}


def _check_sourced(item: dict, sources: int) -> None:
    assert set(item) == {"source", "text"}
    assert type(item["source"]) is int and 1 <= item["source"] <= sources
    assert isinstance(item["text"], str) and item["text"]


def check_comparison_schema(comparison: dict, sources: int) -> None:
    """The documented shape of the `comparison` object (more keys are allowed)."""
    assert COMPARISON_KEYS <= set(comparison)
    assert isinstance(comparison["judge"], str)
    matrix = comparison["article_similarity"]
    assert len(matrix) == sources and all(len(row) == sources for row in matrix)
    for fact in comparison["agreed"]:
        assert len(set(fact["sources"])) >= 2
        for statement in fact["statements"]:
            _check_sourced(statement, sources)
    for entry in comparison["only_in"]:
        assert type(entry["source"]) is int and all(isinstance(t, str) for t in entry["statements"])
        assert entry["outlet"] is None or isinstance(entry["outlet"], str)
    for item in comparison["disagreements"] + comparison["quote_variants"]:
        assert len(item["statements"]) == 2
        for statement in item["statements"]:
            _check_sourced(statement, sources)
        assert item["statements"][0]["source"] != item["statements"][1]["source"]
    for quote in comparison["quotes"]:
        assert isinstance(quote["speaker"], str) and quote["sources"]
        for wording in quote["wording"]:
            _check_sourced(wording, sources)
    for entry in comparison["coverage"]:
        assert {"source", "outlet", "words", "sentences", "people", "places", "organisations"} <= set(entry)


# ---- the CLI -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def runner():
    from typer.testing import CliRunner

    return CliRunner()


def invoke(runner, *args):
    """Run `newsbrief ARGS` in process; whatever happened, it ended through a clean exit."""
    from newsbrief.cli import app

    result = runner.invoke(app, [str(a) for a in args], prog_name="newsbrief")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def load_benchmark(name: str):
    """A script of benchmarks/ as a module (the folder is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
