"""The embedded store: one SQLite file (WAL mode) with articles, copies, stories and their briefs.

Every write is one transaction, so a run killed at any point keeps every batch it committed
and none it had begun. The schema carries a version; `MIGRATIONS` lists the steps from each
version to the next, applied in order when an older file is opened.

Tables: `articles` (raw, in arrival order: `seq`), `assignments` (an article's story and the
canonical article it copies), `stories`, `briefs` (a story's brief as JSON, with the story
size it was written for, so a story that grew since is known to be stale).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import NewsbriefError
from .models import Article, Assignment, Story

DEFAULT_DB = "newsbrief.db"


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


class Store:
    """An open store file; use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path = DEFAULT_DB, migrations=MIGRATIONS):
        self.path = str(path)
        try:
            # isolation_level=None: transactions are explicit (see `transaction`).
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a commit survives a killed process
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate(migrations)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable newsbrief store ({exc})") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self, migrations) -> None:
        while (version := self.schema_version) != len(migrations):
            if version > len(migrations):
                raise StoreError(
                    f"{self.path}: schema version {version} was written by a newer newsbrief "
                    f"(this one knows up to {len(migrations)}); upgrade newsbrief"
                )
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

    # ---- articles ----

    def add_articles(self, articles: Iterable[Article]) -> int:
        """Store articles not stored yet (by doc_id), in one transaction; returns how many were new."""
        rows = [
            (a.doc_id, a.text, a.title, a.outlet, a.author, a.published, a.url, a.source_path)
            for a in articles
        ]
        with self.transaction() as db:
            before = db.total_changes
            db.executemany(
                "INSERT OR IGNORE INTO articles (doc_id, text, title, outlet, author, published, url, source)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            return db.total_changes - before

    def article_count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def seqs(self, assigned: bool) -> list[int]:
        """Arrival numbers of the articles with a story (or still without one), in order."""
        condition = "IS NOT NULL" if assigned else "IS NULL"
        return [row[0] for row in self._db.execute(
            f"SELECT a.seq FROM articles a LEFT JOIN assignments s ON s.seq = a.seq WHERE s.seq {condition} ORDER BY a.seq"
        )]

    def load(self, seqs: list[int]) -> list[StoredArticle]:
        """These articles (by arrival number, at most a few thousand), in the order given, with their story."""
        rows = {
            row[0]: row for row in self._db.execute(
                "SELECT a.seq, a.doc_id, a.text, a.title, a.outlet, a.author, a.published, a.url, a.source,"
                " s.story_id, s.duplicate_of FROM articles a LEFT JOIN assignments s ON s.seq = a.seq"
                f" WHERE a.seq IN ({','.join('?' * len(seqs))})",
                seqs,
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
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO stories (story_id, title, size) VALUES (?, ?, 0) ON CONFLICT(story_id) DO NOTHING",
                [(story_id, titles.get(story_id)) for story_id in grown],
            )
            db.executemany("UPDATE stories SET size = size + ? WHERE story_id = ?",
                           [(count, story_id) for story_id, count in grown.items()])
            db.executemany("INSERT INTO assignments (seq, story_id, duplicate_of, outlet) VALUES (?, ?, ?, ?)",
                           [(seq, a.story_id, a.duplicate_of, outlet)
                            for (seq, a), outlet in zip(assigned, outlets or [None] * len(assigned))])
            if features is not None:
                key, blobs = features
                db.executemany("INSERT OR REPLACE INTO features (seq, key, data) VALUES (?, ?, ?)",
                               [(seq, key, blob) for (seq, _), blob in zip(assigned, blobs)])

    def features(self, seqs: list[int], key: str) -> dict[int, bytes]:
        """Stored features of these articles that were computed under `key`."""
        return dict(self._db.execute(
            f"SELECT seq, data FROM features WHERE key = ? AND seq IN ({','.join('?' * len(seqs))})", (key, *seqs)
        ))

    def assignments(self, doc_ids: Iterable[str]) -> dict[str, Assignment]:
        """The stored assignment of each of these articles that has one."""
        found: dict[str, Assignment] = {}
        ids = list(dict.fromkeys(doc_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for doc_id, story_id, duplicate_of in self._db.execute(
                "SELECT a.doc_id, s.story_id, s.duplicate_of FROM articles a JOIN assignments s ON s.seq = a.seq"
                f" WHERE a.doc_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found[doc_id] = Assignment(doc_id, story_id, duplicate_of)
        return found

    def stories(self, min_size: int = 1) -> list[Story]:
        """Stories, largest first; `outlets` counts each canonical article's outlet once."""
        rows = self._db.execute(
            "SELECT st.story_id, st.title, st.size,"
            " (SELECT json_group_array(DISTINCT COALESCE(a.outlet, s.outlet)) FROM assignments s JOIN articles a ON a.seq = s.seq"
            "   WHERE s.story_id = st.story_id AND s.duplicate_of IS NULL AND COALESCE(a.outlet, s.outlet) IS NOT NULL),"
            " (SELECT MIN(a.published) FROM assignments s JOIN articles a ON a.seq = s.seq WHERE s.story_id = st.story_id),"
            " (SELECT MAX(a.published) FROM assignments s JOIN articles a ON a.seq = s.seq WHERE s.story_id = st.story_id)"
            " FROM stories st WHERE st.size >= ? ORDER BY st.size DESC, st.story_id",
            (min_size,),
        )
        return [
            Story(story_id, title, size, tuple(sorted(json.loads(outlets))), first, last)
            for story_id, title, size, outlets, first, last in rows
        ]

    def story_articles(self, story_id: str, copies: bool = False) -> list[Article]:
        """A story's articles in arrival order; copies only when asked."""
        condition = "" if copies else "AND s.duplicate_of IS NULL"
        rows = self._db.execute(
            "SELECT a.doc_id, a.text, a.title, a.outlet, a.author, a.published, a.url, a.source"
            f" FROM assignments s JOIN articles a ON a.seq = s.seq WHERE s.story_id = ? {condition} ORDER BY a.seq",
            (story_id,),
        )
        return [Article(doc_id=d, text=t, title=ti, outlet=o, author=au, published=p, url=u, source_path=so)
                for d, t, ti, o, au, p, u, so in rows]

    # ---- briefs ----

    def stale_stories(self, min_size: int = 2) -> list[str]:
        """Stories of at least `min_size` articles whose brief is missing or older than the story."""
        return [row[0] for row in self._db.execute(
            "SELECT st.story_id FROM stories st LEFT JOIN briefs b ON b.story_id = st.story_id"
            " WHERE st.size >= ? AND (b.size IS NULL OR b.size != st.size) ORDER BY st.story_id",
            (min_size,),
        )]

    def save_brief(self, story_id: str, size: int, brief: dict) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO briefs (story_id, size, brief) VALUES (?, ?, ?)"
                " ON CONFLICT(story_id) DO UPDATE SET size = excluded.size, brief = excluded.brief",
                (story_id, size, json.dumps(brief, ensure_ascii=False)),
            )

    def brief(self, story_id: str) -> dict | None:
        row = self._db.execute("SELECT brief FROM briefs WHERE story_id = ?", (story_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def story_size(self, story_id: str) -> int:
        row = self._db.execute("SELECT size FROM stories WHERE story_id = ?", (story_id,)).fetchone()
        return row[0] if row else 0
