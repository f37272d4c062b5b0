"""The embedded store: one SQLite file (WAL mode) with articles, copies, stories and their briefs.

Every write is one transaction, so a run killed at any point keeps every batch it committed
and none it had begun. The schema carries a version; `MIGRATIONS` lists the steps from each
version to the next, applied in order when an older file is opened.

Tables: `articles` (raw, in arrival order: `seq`), `assignments` (an article's story and the
canonical article it copies), `stories`, `briefs` (a story's brief as JSON, with the story
size it was written for, so a story that grew since is known to be stale).

`SQLStore` holds the methods, written once; `Store` (here) and `PostgresStore` (store_pg.py)
give the connection, transactions, migration and their SQL dialect's few differences.
"""
from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .errors import NewsbriefError
from .models import Article, Assignment, Story

DEFAULT_DB = "newsbrief.db"
# A story is briefed once it has this many articles: one article has nothing to corroborate it,
# and a stream holds many of one. The web's story page, the API and `stories STORY` say so alike.
BRIEFED_SIZE = 2
ARTICLE_COLUMNS = "doc_id, text, title, outlet, author, published, url, source"


def story_key(typed: str) -> str:
    """A story id as a person may type it: ids are "S" and digits, so "s000002" is S000002."""
    return typed.strip().upper()


STORY_ID_FORM = re.compile(r"S\d+")  # what story ids look like: S000042


def story_named(typed: str) -> str:
    """An unknown story as `stories ID` and the web's 404 name it: an id ("s000042") as the id it
    names (S000042), a word that is no id ("bogus") as typed, not upper-cased."""
    key = story_key(typed)
    return key if STORY_ID_FORM.fullmatch(key) else typed.strip()


def _create_v1(db: sqlite3.Connection) -> None:
    # One statement at a time: executescript would commit the migration's transaction half-way.
    for statement in """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            doc_id TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            title TEXT, outlet TEXT, author TEXT, published TEXT, url TEXT, source TEXT
        );
        CREATE TABLE stories (
            story_id TEXT PRIMARY KEY,
            title TEXT,
            size INTEGER NOT NULL
        );
        CREATE TABLE assignments (
            seq INTEGER PRIMARY KEY REFERENCES articles(seq),
            story_id TEXT NOT NULL REFERENCES stories(story_id),
            duplicate_of TEXT
        );
        CREATE INDEX assignments_by_story ON assignments(story_id);
        CREATE TABLE briefs (
            story_id TEXT PRIMARY KEY REFERENCES stories(story_id),
            size INTEGER NOT NULL,
            brief TEXT NOT NULL
        );
        """.split(";"):
        if statement.strip():
            db.execute(statement)


def _add_features_v2(db: sqlite3.Connection) -> None:
    # Each article's clustering features, kept so that a run replays the stored decisions
    # without embedding every stored article again. `key` names how they were computed.
    db.execute("CREATE TABLE features (seq INTEGER PRIMARY KEY REFERENCES articles(seq), key TEXT NOT NULL, data BLOB NOT NULL)")
    # The outlet as the cleaner read it from the text (a byline, a "(MEE) —" lead-in), for
    # articles that came without one.
    db.execute("ALTER TABLE assignments ADD COLUMN outlet TEXT")


# Version n is reached by running MIGRATIONS[n - 1]; append a step to change the schema.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_create_v1, _add_features_v2)


class StoreError(NewsbriefError):
    """A store file that cannot be used: names the file and what is wrong."""


@dataclass(frozen=True)
class StoredArticle:
    seq: int
    article: Article
    assignment: Assignment | None


_S = TypeVar("_S", bound="SQLStore")


class SQLStore:
    """What both stores share, written once: every method, on SQL with `?` placeholders. A
    backend opens `_db` (a connection with `execute` and `cursor`) and gives `transaction`,
    `schema_version`, its migration, and the dialect's few differences as the hooks below."""

    path: str
    _db: Any
    IN_BATCH: int  # the most values `assignments` puts in one `_in` list
    GROUP_ARRAY: str  # the aggregate that gathers a column's values into one array value
    BINARY_COLLATION: str  # the collation that orders text by its bytes

    # ---- dialect hooks ----

    def transaction(self) -> AbstractContextManager:
        """All or nothing: yields the connection, commits on success, rolls back on any exception."""
        raise NotImplementedError

    def _sql(self, statement: str) -> str:
        """The statement (written with `?` placeholders) in the driver's placeholder style."""
        raise NotImplementedError

    def _in(self, column: str, values: list) -> tuple[str, list]:
        """A condition that `column` is one of `values`, and the parameters it takes."""
        raise NotImplementedError

    def _insert_articles(self, db, rows: list[tuple]) -> int:
        """Insert the rows (in ARTICLE_COLUMNS' order) whose doc_id is new; returns how many were."""
        raise NotImplementedError

    def _decode_array(self, value) -> Iterable:
        """A GROUP_ARRAY value as a Python iterable."""
        raise NotImplementedError

    def _encode_json(self, value: dict):
        raise NotImplementedError

    def _decode_json(self, value) -> dict:
        raise NotImplementedError

    # ---- shared ----

    def _execute(self, statement: str, params: tuple | list = ()):
        return self._db.execute(self._sql(statement), params)

    def _check_version(self, version: int, migrations) -> None:
        if version > len(migrations):
            raise StoreError(
                f"{self.path}: schema version {version} was written by a newer newsbrief "
                f"(this one knows up to {len(migrations)}); upgrade newsbrief"
            )

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # ---- articles ----

    def add_articles(self, articles: Iterable[Article], revised: Iterable[Article] = ()) -> int:
        """Store articles not stored yet (by doc_id) and the `revised` texts of stored ones, in one
        transaction; returns how many were new.

        A revised article keeps its row, its story and the features its story was chosen on (a
        replay takes the same decision again), and takes the new text and every field the
        revision gives, but its first publication time; its story's brief is marked stale."""
        rows = [(a.doc_id, a.text, a.title, a.outlet, a.author, a.published, a.url, a.source_path) for a in articles]
        revised = list(revised)
        revisions = [(a.text, a.title, a.outlet, a.author, a.published, a.url, a.source_path, a.doc_id) for a in revised]
        if not rows and not revisions:
            return 0
        with self.transaction() as db, closing(db.cursor()) as cursor:
            cursor.executemany(self._sql(
                "UPDATE articles SET text = ?, title = COALESCE(?, title), outlet = COALESCE(?, outlet),"
                " author = COALESCE(?, author), published = COALESCE(published, ?), url = COALESCE(?, url), source = ?"
                " WHERE doc_id = ?"), revisions)
            # Size 0 is no story's size: the brief stays readable until `refresh_briefs` rewrites it.
            cursor.executemany(self._sql(
                "UPDATE briefs SET size = 0 WHERE story_id IN"
                " (SELECT s.story_id FROM assignments s JOIN articles a ON a.seq = s.seq WHERE a.doc_id = ?)"),
                [(a.doc_id,) for a in revised])
            return self._insert_articles(db, rows) if rows else 0

    def article_count(self) -> int:
        return self._execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def seqs(self, assigned: bool) -> list[int]:
        """Arrival numbers of the articles with a story (or still without one), in order."""
        condition = "IS NOT NULL" if assigned else "IS NULL"
        return [row[0] for row in self._execute(
            f"SELECT a.seq FROM articles a LEFT JOIN assignments s ON s.seq = a.seq WHERE s.seq {condition} ORDER BY a.seq"
        )]

    def load(self, seqs: list[int]) -> list[StoredArticle]:
        """These articles (by arrival number, at most a few thousand), in the order given, with their story."""
        condition, params = self._in("a.seq", seqs)
        rows = {
            row[0]: row for row in self._execute(
                "SELECT a.seq, a.doc_id, a.text, a.title, a.outlet, a.author, a.published, a.url, a.source,"
                f" s.story_id, s.duplicate_of FROM articles a LEFT JOIN assignments s ON s.seq = a.seq WHERE {condition}",
                params,
            )
        }
        loaded = []
        for seq in seqs:
            _, doc_id, text, title, outlet, author, published, url, source, story_id, duplicate_of = rows[seq]
            article = Article(doc_id=doc_id, text=text, title=title, outlet=outlet, author=author,
                              published=published, url=url, source_path=source)
            loaded.append(StoredArticle(seq, article, Assignment(doc_id, story_id, duplicate_of) if story_id else None))
        return loaded

    # ---- stories ----

    def save_assignments(self, assigned: list[tuple[int, Assignment]], titles: dict[str, str | None],
                         features: tuple[str, list[bytes]] | None = None, outlets: list[str | None] | None = None) -> None:
        """Store a batch of decisions (seq, assignment), the stories they create or grow and, when
        given, the features they were taken on as (key, one blob per decision) and the outlets the
        cleaner found: all or nothing."""
        grown: dict[str, int] = {}
        for _, assignment in assigned:
            grown[assignment.story_id] = grown.get(assignment.story_id, 0) + 1
        with self.transaction() as db, closing(db.cursor()) as cursor:
            cursor.executemany(
                self._sql("INSERT INTO stories (story_id, title, size) VALUES (?, ?, 0) ON CONFLICT (story_id) DO NOTHING"),
                [(story_id, titles.get(story_id)) for story_id in grown],
            )
            cursor.executemany(self._sql("UPDATE stories SET size = size + ? WHERE story_id = ?"),
                               [(count, story_id) for story_id, count in grown.items()])
            cursor.executemany(self._sql("INSERT INTO assignments (seq, story_id, duplicate_of, outlet) VALUES (?, ?, ?, ?)"),
                               [(seq, a.story_id, a.duplicate_of, outlet)
                                for (seq, a), outlet in zip(assigned, outlets or [None] * len(assigned))])
            if features is not None:
                key, blobs = features
                cursor.executemany(
                    self._sql("INSERT INTO features (seq, key, data) VALUES (?, ?, ?)"
                              " ON CONFLICT (seq) DO UPDATE SET key = excluded.key, data = excluded.data"),
                    [(seq, key, blob) for (seq, _), blob in zip(assigned, blobs)])

    def features(self, seqs: list[int], key: str) -> dict[int, bytes]:
        """Stored features of these articles that were computed under `key`."""
        condition, params = self._in("seq", seqs)
        return {seq: bytes(data) for seq, data in self._execute(
            f"SELECT seq, data FROM features WHERE key = ? AND {condition}", (key, *params))}

    def _by_doc_id(self, select: str, doc_ids: Iterable[str]) -> Iterator[tuple]:
        """The rows of `select` (over `articles a`, no WHERE of its own) for these doc_ids, IN_BATCH a query."""
        ids = list(dict.fromkeys(doc_ids))
        for start in range(0, len(ids), self.IN_BATCH):
            condition, params = self._in("a.doc_id", ids[start : start + self.IN_BATCH])
            yield from self._execute(f"{select} WHERE {condition}", params).fetchall()

    def texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The text of each of these articles that is stored."""
        return dict(self._by_doc_id("SELECT a.doc_id, a.text FROM articles a", doc_ids))

    def assignments(self, doc_ids: Iterable[str]) -> dict[str, Assignment]:
        """The stored assignment of each of these articles that has one."""
        return {doc_id: Assignment(doc_id, story_id, duplicate_of) for doc_id, story_id, duplicate_of in self._by_doc_id(
            "SELECT a.doc_id, s.story_id, s.duplicate_of FROM articles a JOIN assignments s ON s.seq = a.seq", doc_ids)}

    def stories(self, min_size: int = 1, story_id: str | None = None) -> list[Story]:
        """Stories, largest first (or only `story_id`); `outlets` counts each canonical article's
        outlet once, `unnamed` the canonical articles without one."""
        only = "" if story_id is None else " AND st.story_id = ?"
        rows = self._execute(
            "SELECT st.story_id, st.title, st.size,"
            f" (SELECT {self.GROUP_ARRAY}(DISTINCT COALESCE(a.outlet, s.outlet)) FROM assignments s JOIN articles a ON a.seq = s.seq"
            "   WHERE s.story_id = st.story_id AND s.duplicate_of IS NULL AND COALESCE(a.outlet, s.outlet) IS NOT NULL),"
            " (SELECT COUNT(*) FROM assignments s JOIN articles a ON a.seq = s.seq"
            "   WHERE s.story_id = st.story_id AND s.duplicate_of IS NULL AND COALESCE(a.outlet, s.outlet) IS NULL),"
            " (SELECT MIN(a.published) FROM assignments s JOIN articles a ON a.seq = s.seq WHERE s.story_id = st.story_id),"
            " (SELECT MAX(a.published) FROM assignments s JOIN articles a ON a.seq = s.seq WHERE s.story_id = st.story_id)"
            f" FROM stories st WHERE st.size >= ?{only} ORDER BY st.size DESC, st.story_id COLLATE {self.BINARY_COLLATION}",
            (min_size,) if story_id is None else (min_size, story_id),
        )
        return [
            Story(story_id, title, size, tuple(sorted(self._decode_array(outlets))), first, last, unnamed)
            for story_id, title, size, outlets, unnamed, first, last in rows
        ]

    def story(self, story_id: str) -> Story | None:
        """One story, as `stories` lists it, or None."""
        return next(iter(self.stories(story_id=story_id)), None)

    def story_articles(self, story_id: str, copies: bool = False) -> list[Article]:
        """A story's articles in arrival order; copies only when asked."""
        condition = "" if copies else "AND s.duplicate_of IS NULL"
        rows = self._execute(
            "SELECT a.doc_id, a.text, a.title, a.outlet, a.author, a.published, a.url, a.source"
            f" FROM assignments s JOIN articles a ON a.seq = s.seq WHERE s.story_id = ? {condition} ORDER BY a.seq",
            (story_id,),
        )
        return [Article(doc_id=d, text=t, title=ti, outlet=o, author=au, published=p, url=u, source_path=so)
                for d, t, ti, o, au, p, u, so in rows]

    # ---- briefs ----

    # The stories of at least so many articles whose brief is missing or older than the story.
    _STALE = ("FROM stories st LEFT JOIN briefs b ON b.story_id = st.story_id"
              " WHERE st.size >= ? AND (b.size IS NULL OR b.size != st.size)")

    def stale_stories(self, min_size: int = BRIEFED_SIZE) -> list[str]:
        """Stories of at least `min_size` articles whose brief is missing or older than the story."""
        return [row[0] for row in self._execute(
            f"SELECT st.story_id {self._STALE} ORDER BY st.story_id COLLATE {self.BINARY_COLLATION}", (min_size,),
        )]

    def is_stale(self, story_id: str, min_size: int = BRIEFED_SIZE) -> bool:
        """Whether `stale_stories` lists this story, asked of its row alone (a story page asks it)."""
        return self._execute(f"SELECT 1 {self._STALE} AND st.story_id = ?", (min_size, story_id)).fetchone() is not None

    def save_brief(self, story_id: str, size: int, brief: dict, title: str | None = None) -> None:
        """Store the story's brief and, where given, the title it is headed by, which then titles
        the story in its list too (it was its first article's headline until now)."""
        with self.transaction() as db:
            db.execute(self._sql(
                "INSERT INTO briefs (story_id, size, brief) VALUES (?, ?, ?)"
                " ON CONFLICT (story_id) DO UPDATE SET size = excluded.size, brief = excluded.brief"),
                (story_id, size, self._encode_json(brief)),
            )
            if title:
                db.execute(self._sql("UPDATE stories SET title = ? WHERE story_id = ?"), (title, story_id))

    def brief(self, story_id: str) -> dict | None:
        row = self._execute("SELECT brief FROM briefs WHERE story_id = ?", (story_id,)).fetchone()
        return self._decode_json(row[0]) if row else None

    def story_size(self, story_id: str) -> int:
        row = self._execute("SELECT size FROM stories WHERE story_id = ?", (story_id,)).fetchone()
        return row[0] if row else 0

    def largest_story_size(self) -> int:
        """The number of articles of the largest story; 0 when the store holds none."""
        return self._execute("SELECT COALESCE(MAX(size), 0) FROM stories").fetchone()[0]


class Store(SQLStore):
    """An open store file; use as a context manager, or call `close()`. Its methods are
    `SQLStore`'s; this class gives the connection, migration and SQLite's dialect."""

    IN_BATCH = 500  # well under SQLite's cap on a statement's parameters
    GROUP_ARRAY = "json_group_array"
    BINARY_COLLATION = "BINARY"

    def __init__(self, path: str | Path = DEFAULT_DB, migrations=MIGRATIONS, create: bool = True):
        """Open the store file, creating it (or making an empty file one) unless `create` is
        False: then a file that is not a newsbrief store yet is refused, and left as it was."""
        self.path = str(path)
        try:
            # isolation_level=None: transactions are explicit (see `transaction`).
            # mode=rw: SQLite creates no file where there was none.
            target, uri = (self.path, False) if create else (f"{Path(self.path).absolute().as_uri()}?mode=rw", True)
            self._db = sqlite3.connect(target, uri=uri, isolation_level=None, timeout=30)
            self._refuse_another_file(create)
            self._use_wal()
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a commit survives a killed process
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate(migrations)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable newsbrief store ({exc})") from None

    def _refuse_another_file(self, create: bool) -> None:
        """Close and refuse a file that is no newsbrief store yet, before anything is written to it
        (WAL, tables, a version), unless `create` and it is new or empty: another program's SQLite
        file under a mistyped --db would be given newsbrief's tables and switched to WAL."""
        # The tables first: a process opening the new file beside this one commits its tables and
        # version together, so once its tables show, so does its version.
        tables = [row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        if self.schema_version != 0 or (create and not tables):
            return
        self._db.close()
        others = f", but another program's ({', '.join(tables[:3])}{', …' if len(tables) > 3 else ''})" if tables else ""
        held = f"it holds no newsbrief tables{others}"
        todo = "give --db a newsbrief store or a new file" if create else "newsbrief ingest PATH --db FILE writes one"
        raise StoreError(f"{self.path}: not a newsbrief store ({held}); {todo}")

    def _use_wal(self, attempts: int = 100) -> None:
        """Switch the file to WAL. The switch needs the file to itself and SQLite does not wait
        for it (no busy handler), so several processes opening a new file at once take turns."""
        for attempt in range(attempts):
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == attempts - 1:
                    raise
                time.sleep(0.05)

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self, migrations) -> None:
        while (version := self.schema_version) != len(migrations):
            self._check_version(version, migrations)
            with self.transaction():
                # Read again under the write lock: another process may have migrated meanwhile.
                if self.schema_version == version:
                    migrations[version](self._db)
                    self._db.execute(f"PRAGMA user_version = {version + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: commits on success, rolls back on any exception (Ctrl-C included)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _sql(self, statement: str) -> str:
        return statement

    def _in(self, column: str, values: list) -> tuple[str, list]:
        return f"{column} IN ({','.join('?' * len(values))})", list(values)

    def _insert_articles(self, db, rows: list[tuple]) -> int:
        before = db.total_changes
        db.executemany(f"INSERT OR IGNORE INTO articles ({ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return db.total_changes - before

    def _decode_array(self, value) -> Iterable:
        return json.loads(value)

    def _encode_json(self, value: dict) -> str:
        return json.dumps(value, ensure_ascii=False)

    def _decode_json(self, value) -> dict:
        return json.loads(value)
