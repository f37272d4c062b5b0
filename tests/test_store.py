"""The SQLite store: idempotent writes, all-or-nothing transactions, a kill mid-ingest, migrations."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest

from newsbrief.models import Article, Assignment
from newsbrief.store import MIGRATIONS, Store, StoreError


def articles(n: int, prefix: str = "a") -> list[Article]:
    return [Article(doc_id=f"{prefix}{i}", text=f"Text of article {i}.", title=f"Title {i}", outlet="Wire") for i in range(n)]


def test_articles_are_stored_once_by_doc_id(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.add_articles(articles(5)) == 5
        assert store.add_articles(articles(7)) == 2  # a0..a4 again, a5 and a6 new
        assert store.article_count() == 7
        assert [s.article.doc_id for s in store.load(store.seqs(assigned=False))] == [f"a{i}" for i in range(7)]


def test_store_uses_wal_and_a_schema_version(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.schema_version == len(MIGRATIONS) == 2
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_version_1_file_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "s.db"
    with Store(path, migrations=MIGRATIONS[:1]) as store:  # a store as the first release wrote it
        store.add_articles(articles(2))
        assert store.schema_version == 1
    assert "features" not in tables(path)
    with Store(path) as store:
        assert store.schema_version == 2
        assert store.article_count() == 2
    assert "features" in tables(path)


def tables(path) -> set[str]:
    return {row[0] for row in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(StoreError, match="schema version 99 was written by a newer newsbrief"):
        Store(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not SQLite\n" * 100)
    with pytest.raises(StoreError, match="notes.db: not a usable newsbrief store"):
        Store(path)


def test_a_store_opened_only_if_it_exists_refuses_other_files_and_leaves_them_as_they_were(tmp_path):
    empty, other, missing = tmp_path / "empty.txt", tmp_path / "other.db", tmp_path / "missing.db"
    empty.touch()
    with sqlite3.connect(other) as db:  # another program's SQLite file
        db.execute("CREATE TABLE notes (body TEXT)")
    before = other.read_bytes()
    for path in (empty, other):
        with pytest.raises(StoreError, match=f"{path.name}: not a newsbrief store"):
            Store(path, create=False)
    with pytest.raises(StoreError):
        Store(missing, create=False)
    assert empty.read_bytes() == b"" and other.read_bytes() == before and not missing.exists()
    assert {p.name for p in tmp_path.iterdir()} == {"empty.txt", "other.db"}  # no -wal or -shm files either


def test_another_programs_sqlite_file_is_refused_and_left_as_it_was_while_a_new_or_empty_file_becomes_a_store(tmp_path):
    other, empty, missing = tmp_path / "app.db", tmp_path / "empty.db", tmp_path / "new.db"
    with sqlite3.connect(other) as db:
        for table in ("users", "orders", "notes", "tags"):
            db.execute(f"CREATE TABLE {table} (body TEXT)")
    before = other.read_bytes()
    empty.touch()
    with pytest.raises(StoreError) as refused:
        Store(other)
    assert str(refused.value) == (f"{other}: not a newsbrief store (it holds no newsbrief tables, but another "
                                  "program's (notes, orders, tags, …)); give --db a newsbrief store or a new file")
    assert other.read_bytes() == before and {p.name for p in tmp_path.iterdir()} == {"app.db", "empty.db"}
    for path in (empty, missing):
        with Store(path) as store:
            assert store.schema_version == len(MIGRATIONS)


def test_a_store_opened_only_if_it_exists_reads_and_writes_an_existing_store(tmp_path):
    Store(tmp_path / "s.db").close()
    with Store(tmp_path / "s.db", create=False) as store:
        assert store.add_articles(articles(2)) == 2


def test_a_failed_batch_leaves_nothing_half_written(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_articles(articles(3))
        seqs = store.seqs(assigned=False)
        good = [(seqs[0], Assignment("a0", "S000001")), (seqs[1], Assignment("a1", "S000001"))]
        bad = good + [(999, Assignment("ghost", "S000002"))]  # no article 999: the foreign key fails
        with pytest.raises(sqlite3.IntegrityError):
            store.save_assignments(bad, {"S000001": "Title 0", "S000002": None})
        assert store.stories() == []  # the stories of the failed batch were rolled back with it
        assert store.seqs(assigned=True) == []
        store.save_assignments(good, {"S000001": "Title 0"})
        (story,) = store.stories()
        assert (story.story_id, story.size, story.outlets, story.title) == ("S000001", 2, ("Wire",), "Title 0")


KILLER = """
import os, signal, sys
from newsbrief.models import Article
from newsbrief.store import Store
store = Store(sys.argv[1])
for batch in range(100):
    store.add_articles([Article(doc_id=f"b{batch}-{i}", text="x " * 50) for i in range(10)])
    if batch == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # no clean-up of any kind, as with kill -9
"""


def test_a_killed_ingest_keeps_every_committed_batch(tmp_path):
    path = tmp_path / "s.db"
    result = subprocess.run([sys.executable, "-c", KILLER, str(path)], timeout=60)
    assert result.returncode == -9
    with Store(path) as store:
        assert store.article_count() == 40  # four whole batches, none in part
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.add_articles([Article(doc_id="after", text="still writable")]) == 1


def test_processes_opening_a_new_store_at_once_migrate_it_once(tmp_path):
    path, go = tmp_path / "s.db", tmp_path / "go"
    # Each process imports, then waits for the same go signal, so all open the new file together.
    opener = ("import os, sys, time; from newsbrief.store import Store\n"
              "while not os.path.exists(sys.argv[2]): time.sleep(0.001)\n"
              "Store(sys.argv[1]).close()")
    processes = [subprocess.Popen([sys.executable, "-c", opener, str(path), str(go)], stderr=subprocess.PIPE, text=True)
                 for _ in range(4)]
    time.sleep(1.0)
    go.touch()
    errors = [p.communicate(timeout=60)[1] for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0, 0], errors
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)


def test_a_new_file_another_process_migrates_while_this_one_looks_is_no_other_programs(tmp_path, monkeypatch):
    # The race the test above runs into now and then, made certain: the other process commits its
    # tables and version right after this one reads the file's version.
    path = tmp_path / "s.db"
    connect = sqlite3.connect

    class OtherOpensMidway(sqlite3.Connection):
        raced = False

        def execute(self, sql, *args):
            rows = super().execute(sql, *args)
            if sql == "PRAGMA user_version" and not OtherOpensMidway.raced:
                OtherOpensMidway.raced = True
                version = rows.fetchone()
                monkeypatch.setattr(sqlite3, "connect", connect)
                Store(path).close()
                return super().execute("SELECT ?", version)
            return rows

    monkeypatch.setattr(sqlite3, "connect", lambda *args, **kwargs: connect(*args, factory=OtherOpensMidway, **kwargs))
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
