"""The store's behaviour on both backends: the embedded SQLite file and PostgreSQL.

The PostgreSQL case connects to $NEWSBRIEF_TEST_POSTGRES_URL (default: the database .ci/run
creates) and is skipped, with the reason, only when no server answers there; CI starts one.
Each test gets a schema of its own, dropped afterwards.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import pytest
from streams import stream_records

from newsbrief.backends import is_postgres_url, open_store
from newsbrief.ingest import article_from_json
from newsbrief.models import Article, Assignment
from newsbrief.store import MIGRATIONS, StoreError
from newsbrief.stories import update_stories

POSTGRES_URL = os.environ.get("NEWSBRIEF_TEST_POSTGRES_URL",
                              "postgresql://newsbrief:newsbrief@127.0.0.1:5432/newsbrief_test")


def postgres_problem() -> str | None:
    """Why PostgreSQL cannot be used for these tests, or None when it can."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    try:
        psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        return f"no PostgreSQL server at {POSTGRES_URL} ({str(exc).strip().splitlines()[0]}); .ci/run starts one"
    return None


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty store of each kind, as the path or URL `open_store` takes."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    problem = postgres_problem()
    if problem:
        pytest.skip(problem)
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        separator = "&" if "?" in POSTGRES_URL else "?"
        yield f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={schema}')}"
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


def articles(n: int, prefix: str = "a") -> list[Article]:
    return [Article(doc_id=f"{prefix}{i}", text=f"Text of article {i}.", title=f"Title {i}", outlet="Wire",
                    published=f"2024-05-0{1 + i % 9}") for i in range(n)]


def test_articles_are_stored_once_in_arrival_order(store_url):
    with open_store(store_url) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.add_articles(articles(5)) == 5
        assert store.add_articles(articles(7)) == 2
        assert store.add_articles([]) == 0
        assert store.article_count() == 7
        loaded = store.load(store.seqs(assigned=False))
        assert [s.article for s in loaded] == articles(7) and all(s.assignment is None for s in loaded)


def test_stories_copies_features_and_briefs(store_url):
    with open_store(store_url) as store:
        store.add_articles(articles(3) + [Article(doc_id="x", text="No outlet given.")])
        seqs = store.seqs(assigned=False)
        decisions = [(seqs[0], Assignment("a0", "S000001")), (seqs[1], Assignment("a1", "S000001", duplicate_of="a0")),
                     (seqs[2], Assignment("a2", "S000002")), (seqs[3], Assignment("x", "S000001"))]
        store.save_assignments(decisions, {"S000001": "Title 0", "S000002": "Title 2"},
                               ("key-1", [b"\x00\x01", b"\x02", b"\x03", b"\x04"]), [None, None, None, "Cleaner Read"])
        assert store.seqs(assigned=True) == seqs and store.seqs(assigned=False) == []
        first, second = store.stories()
        assert (first.story_id, first.size, first.outlets, first.first_seen, first.last_seen) == (
            "S000001", 3, ("Cleaner Read", "Wire"), "2024-05-01", "2024-05-02")
        assert (second.story_id, second.size) == ("S000002", 1) and store.stories(min_size=2) == [first]
        assert [a.doc_id for a in store.story_articles("S000001")] == ["a0", "x"]
        assert [a.doc_id for a in store.story_articles("S000001", copies=True)] == ["a0", "a1", "x"]
        assert store.assignments(["a1", "a1", "nope"]) == {"a1": Assignment("a1", "S000001", "a0")}
        assert store.features(seqs[:2], "key-1") == {seqs[0]: b"\x00\x01", seqs[1]: b"\x02"}
        assert store.features(seqs, "other-key") == {}
        assert store.stale_stories() == ["S000001"]
        brief = {"schema_version": 1, "summary": "Zürich “quoted” <b>", "sentences": [{"text": "t", "sources": [1]}]}
        store.save_brief("S000001", 3, brief)
        assert store.brief("S000001") == brief and list(store.brief("S000001")) == list(brief)  # key order kept
        assert store.stale_stories() == [] and store.brief("S000002") is None
        assert (store.story_size("S000001"), store.story_size("S404")) == (3, 0)


def test_a_revised_article_keeps_its_row_and_story_and_marks_its_brief_stale(store_url):
    with open_store(store_url) as store:
        store.add_articles(articles(2))
        seqs = store.seqs(assigned=False)
        store.save_assignments([(seqs[0], Assignment("a0", "S000001")), (seqs[1], Assignment("a1", "S000002"))],
                               {"S000001": "Title 0", "S000002": "Title 1"})
        for story_id in ("S000001", "S000002"):
            store.save_brief(story_id, 1, {"sentences": [story_id]})
        revised = [Article(doc_id="a0", text="Text of article 0, revised.", outlet="Other", published="2024-06-01"),
                   Article(doc_id="a1", text="Text of article 1, revised.", url="https://example.org/a1")]
        assert store.add_articles(articles(3), revised[:1]) == 1  # a2 is new; a0 and a1 are stored
        assert store.add_articles([], revised[1:]) == 0
        a0, a1, a2 = (s.article for s in store.load(store.seqs(assigned=True) + store.seqs(assigned=False)))
        # The revision's fields, where it gives them, but the first publication time.
        assert (a0.text, a0.title, a0.outlet, a0.published) == ("Text of article 0, revised.", "Title 0", "Other", "2024-05-01")
        assert (a1.text, a1.outlet, a1.url) == ("Text of article 1, revised.", "Wire", "https://example.org/a1")
        assert a2.doc_id == "a2" and store.assignments(["a0", "a1"]) == {
            "a0": Assignment("a0", "S000001"), "a1": Assignment("a1", "S000002")}
        # Both briefs are stale, and shown until they are written again.
        assert store.stale_stories(min_size=1) == ["S000001", "S000002"]
        assert store.brief("S000001") == {"sentences": ["S000001"]}


def test_a_failed_batch_leaves_nothing_half_written(store_url):
    errors: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
    if is_postgres_url(store_url):
        import psycopg

        errors = (psycopg.IntegrityError,)
    with open_store(store_url) as store:
        store.add_articles(articles(2))
        seqs = store.seqs(assigned=False)
        good = [(seqs[0], Assignment("a0", "S000001")), (seqs[1], Assignment("a1", "S000001"))]
        with pytest.raises(errors):
            store.save_assignments(good + [(999999, Assignment("ghost", "S000002"))], {"S000001": "T", "S000002": None})
        assert store.stories() == [] and store.seqs(assigned=True) == []
        store.save_assignments(good, {"S000001": "T"})
        assert [(s.story_id, s.size) for s in store.stories()] == [("S000001", 2)]


def test_concurrent_writers_lose_nothing(store_url):
    def writer(number: int) -> int:
        with open_store(store_url) as store:  # each writer its own connection, as each server request has
            return sum(store.add_articles(articles(10, prefix=f"w{number}-b{batch}-")) for batch in range(5))

    open_store(store_url).close()  # create the schema before the race
    with ThreadPoolExecutor(8) as pool:
        stored = list(pool.map(writer, range(8)))
    assert stored == [50] * 8
    with open_store(store_url) as store:
        assert store.article_count() == 400 and len(set(store.seqs(assigned=False))) == 400


def test_the_story_clusterer_gives_the_same_stories_on_either_backend(store_url, tmp_path):
    records = stream_records()
    stream = [article_from_json(r, tmp_path / "stream.jsonl", n) for n, r in enumerate(records, 1)]
    with open_store(store_url) as store:
        store.add_articles(stream[:6])
        update_stories(store)
        store.add_articles(stream[6:])
        report = update_stories(store)  # replays the first six from their stored features
        assert (report.replayed, report.assigned) == (6, 6)
        stories = {a.doc_id: a.story_id for a in store.assignments(r["doc_id"] for r in records).values()}
    gold = [r["gold_cluster"] for r in records]
    found = [stories[r["doc_id"]] for r in records]
    assert len(set(found)) == 3
    assert all((found[i] == found[j]) == (gold[i] == gold[j]) for i in range(12) for j in range(12))


def test_a_store_that_cannot_be_opened_says_why(tmp_path):
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    try:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    except StoreError as exc:
        assert "secret" not in str(exc)  # the password is not echoed
    (tmp_path / "notes.db").write_text("not a database\n" * 100)
    with pytest.raises(StoreError, match="not a usable newsbrief store"):
        open_store(tmp_path / "notes.db")


def test_a_postgresql_url_without_the_driver_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # the runtime alone: no postgres extra
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://nobody:secret@127.0.0.1/news")
    assert str(caught.value) == ("postgresql://nobody:***@127.0.0.1/news: the PostgreSQL driver (psycopg) is not "
                                 "installed: pip install -e '.[postgres]' in newsbrief's folder")


def test_the_web_app_runs_on_either_backend(store_url, example_texts):
    from fastapi.testclient import TestClient

    from newsbrief.serve import create_app

    app = create_app(store_url)
    with TestClient(app) as client:
        posted = client.post("/api/articles", json={"articles": [{"text": t} for t in example_texts]})
        assert posted.status_code == 202 and posted.json()["stored"] == 2
        assert app.state.updater.wait_idle(120)
        (story,) = client.get("/api/stories").json()["stories"]
        assert story["size"] == 2 and story["outlets"] == ["DW", "Middle East Eye"]
        body = client.get(f"/api/stories/{story['story_id']}").json()
        assert body["brief"]["sentences"] and body["brief"]["comparison"]["agreed"]
        assert client.get(f"/stories/{story['story_id']}").status_code == 200
