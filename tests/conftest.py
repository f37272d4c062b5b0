"""Shared fixtures: the bundled example, its brief (so the ONNX model loads once), test inputs.

Every input here is built from the bundled example in examples/putin-erdogan-ankara/ or written
by hand; nothing is read from /work/shared.
"""
from __future__ import annotations

import json
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
