"""The store on PostgreSQL: the same tables, methods and guarantees as the embedded SQLite
store (store.py), for a server shared by several writers. Chosen by `backends.open_store`
when given a postgresql:// URL; needs the `postgres` extra (psycopg).

Every write is one transaction; concurrent writers are safe (inserts skip what exists,
story sizes grow in place). The schema version lives in `newsbrief_schema`, and migrations
run under an advisory lock, so two processes opening a new database do not race.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

from .models import Article, Assignment, Story
from .store import StoreError, StoredArticle

_MIGRATION_LOCK = 0x6E657773  # advisory lock id: any constant shared by newsbrief processes
ARTICLE_COLUMNS = "doc_id, text, title, outlet, author, published, url, source"


def _create_v1(db) -> None:
    for statement in (
        "CREATE TABLE articles (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE,"
        " text TEXT NOT NULL, title TEXT, outlet TEXT, author TEXT, published TEXT, url TEXT, source TEXT)",
        "CREATE TABLE stories (story_id TEXT PRIMARY KEY, title TEXT, size INTEGER NOT NULL)",
        "CREATE TABLE assignments (seq BIGINT PRIMARY KEY REFERENCES articles(seq),"
        " story_id TEXT NOT NULL REFERENCES stories(story_id), duplicate_of TEXT)",
        "CREATE INDEX assignments_by_story ON assignments(story_id)",
        "CREATE TABLE briefs (story_id TEXT PRIMARY KEY REFERENCES stories(story_id), size INTEGER NOT NULL, brief JSON NOT NULL)",  # JSON keeps key order, JSONB would not
    ):
        db.execute(statement)


def _add_features_v2(db) -> None:
    # As in store.py: clustering features kept with each decision, and the outlet the cleaner read.
    db.execute("CREATE TABLE features (seq BIGINT PRIMARY KEY REFERENCES articles(seq), key TEXT NOT NULL, data BYTEA NOT NULL)")
    db.execute("ALTER TABLE assignments ADD COLUMN outlet TEXT")


# Version n is reached by running MIGRATIONS[n - 1]; versions match store.py's.
MIGRATIONS: tuple[Callable, ...] = (_create_v1, _add_features_v2)


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresStore:
    """An open PostgreSQL store; use as a context manager, or call `close()`."""

    def __init__(self, url: str, migrations=MIGRATIONS):
        import psycopg

        self.path = redacted(url)
        try:
            # autocommit: a read sees the latest commits; writes open explicit transactions.
            self._db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: cannot connect to PostgreSQL ({str(exc).strip()})") from None
        try:
            self._migrate(migrations)
        except psycopg.Error as exc:
            self._db.close()
            raise StoreError(f"{self.path}: not a usable newsbrief store ({str(exc).strip()})") from None

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        exists = self._db.execute("SELECT to_regclass('newsbrief_schema') IS NOT NULL").fetchone()[0]
        return self._db.execute("SELECT version FROM newsbrief_schema").fetchone()[0] if exists else 0

    def _migrate(self, migrations) -> None:
        with self.transaction() as db:
            db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            db.execute("CREATE TABLE IF NOT EXISTS newsbrief_schema (version INTEGER NOT NULL)")
            if db.execute("SELECT COUNT(*) FROM newsbrief_schema").fetchone()[0] == 0:
                db.execute("INSERT INTO newsbrief_schema VALUES (0)")
            version = self.schema_version
            if version > len(migrations):
                raise StoreError(
                    f"{self.path}: schema version {version} was written by a newer newsbrief "
                    f"(this one knows up to {len(migrations)}); upgrade newsbrief"
                )
            for number in range(version + 1, len(migrations) + 1):
                migrations[number - 1](db)
                db.execute("UPDATE newsbrief_schema SET version = %s", (number,))

    @contextmanager
    def transaction(self) -> Iterator:
        """All or nothing: commits on success, rolls back on any exception."""
        with self._db.transaction():
            yield self._db

    # ---- articles ----

    def add_articles(self, articles: Iterable[Article]) -> int:
        """Store articles not stored yet (by doc_id), in one transaction; returns how many were new."""
        rows = [(a.doc_id, a.text, a.title, a.outlet, a.author, a.published, a.url, a.source_path) for a in articles]
        if not rows:
            return 0
        columns = list(zip(*rows))
        with self.transaction() as db:
            # One statement for the batch; ordinality keeps arrival order in `seq`.
            cursor = db.execute(
                f"INSERT INTO articles ({ARTICLE_COLUMNS}) SELECT {ARTICLE_COLUMNS} FROM unnest("
                "%s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[])"
                f" WITH ORDINALITY AS batch({ARTICLE_COLUMNS}, n) ORDER BY n ON CONFLICT (doc_id) DO NOTHING",
                [list(column) for column in columns],
            )
            return cursor.rowcount

    def article_count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def seqs(self, assigned: bool) -> list[int]:
        """Arrival numbers of the articles with a story (or still without one), in order."""
        condition = "IS NOT NULL" if assigned else "IS NULL"
        return [row[0] for row in self._db.execute(
            f"SELECT a.seq FROM articles a LEFT JOIN assignments s ON s.seq = a.seq WHERE s.seq {condition} ORDER BY a.seq"
        )]

    def load(self, seqs: list[int]) -> list[StoredArticle]:
        """These articles (by arrival number), in the order given, with their story."""
        rows = {row[0]: row for row in self._db.execute(
            "SELECT a.seq, a.doc_id, a.text, a.title, a.outlet, a.author, a.published, a.url, a.source,"
            " s.story_id, s.duplicate_of FROM articles a LEFT JOIN assignments s ON s.seq = a.seq WHERE a.seq = ANY(%s)",
            (list(seqs),),
        )}
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
        """Store a batch of decisions with the stories they create or grow (and their features
        and cleaner-read outlets when given): all or nothing."""
        grown: dict[str, int] = {}
        for _, assignment in assigned:
            grown[assignment.story_id] = grown.get(assignment.story_id, 0) + 1
        with self.transaction() as db, db.cursor() as cursor:
            cursor.executemany("INSERT INTO stories (story_id, title, size) VALUES (%s, %s, 0) ON CONFLICT (story_id) DO NOTHING",
                               [(story_id, titles.get(story_id)) for story_id in grown])
            cursor.executemany("UPDATE stories SET size = size + %s WHERE story_id = %s",
                               [(count, story_id) for story_id, count in grown.items()])
            cursor.executemany("INSERT INTO assignments (seq, story_id, duplicate_of, outlet) VALUES (%s, %s, %s, %s)",
                               [(seq, a.story_id, a.duplicate_of, outlet)
                                for (seq, a), outlet in zip(assigned, outlets or [None] * len(assigned))])
            if features is not None:
                key, blobs = features
                cursor.executemany(
                    "INSERT INTO features (seq, key, data) VALUES (%s, %s, %s)"
                    " ON CONFLICT (seq) DO UPDATE SET key = excluded.key, data = excluded.data",
                    [(seq, key, blob) for (seq, _), blob in zip(assigned, blobs)])

    def features(self, seqs: list[int], key: str) -> dict[int, bytes]:
        """Stored features of these articles that were computed under `key`."""
        return {seq: bytes(data) for seq, data in self._db.execute(
            "SELECT seq, data FROM features WHERE key = %s AND seq = ANY(%s)", (key, list(seqs)))}

    def assignments(self, doc_ids: Iterable[str]) -> dict[str, Assignment]:
        """The stored assignment of each of these articles that has one."""
        return {doc_id: Assignment(doc_id, story_id, duplicate_of) for doc_id, story_id, duplicate_of in self._db.execute(
            "SELECT a.doc_id, s.story_id, s.duplicate_of FROM articles a JOIN assignments s ON s.seq = a.seq"
            " WHERE a.doc_id = ANY(%s)", (list(dict.fromkeys(doc_ids)),))}

    def stories(self, min_size: int = 1) -> list[Story]:
        """Stories, largest first; `outlets` counts each canonical article's outlet once."""
        rows = self._db.execute(
            "SELECT st.story_id, st.title, st.size,"
            " (SELECT array_agg(DISTINCT COALESCE(a.outlet, s.outlet)) FROM assignments s JOIN articles a ON a.seq = s.seq"
            "   WHERE s.story_id = st.story_id AND s.duplicate_of IS NULL AND COALESCE(a.outlet, s.outlet) IS NOT NULL),"
            " (SELECT MIN(a.published) FROM assignments s JOIN articles a ON a.seq = s.seq WHERE s.story_id = st.story_id),"
            " (SELECT MAX(a.published) FROM assignments s JOIN articles a ON a.seq = s.seq WHERE s.story_id = st.story_id)"
            " FROM stories st WHERE st.size >= %s ORDER BY st.size DESC, st.story_id COLLATE \"C\"",
            (min_size,),
        )
        return [Story(story_id, title, size, tuple(sorted(outlets or ())), first, last)
                for story_id, title, size, outlets, first, last in rows]

    def story_articles(self, story_id: str, copies: bool = False) -> list[Article]:
        """A story's articles in arrival order; copies only when asked."""
        condition = "" if copies else "AND s.duplicate_of IS NULL"
        rows = self._db.execute(
            "SELECT a.doc_id, a.text, a.title, a.outlet, a.author, a.published, a.url, a.source"
            f" FROM assignments s JOIN articles a ON a.seq = s.seq WHERE s.story_id = %s {condition} ORDER BY a.seq",
            (story_id,),
        )
        return [Article(doc_id=d, text=t, title=ti, outlet=o, author=au, published=p, url=u, source_path=so)
                for d, t, ti, o, au, p, u, so in rows]

    # ---- briefs ----

    def stale_stories(self, min_size: int = 2) -> list[str]:
        """Stories of at least `min_size` articles whose brief is missing or older than the story."""
        return [row[0] for row in self._db.execute(
            "SELECT st.story_id FROM stories st LEFT JOIN briefs b ON b.story_id = st.story_id"
            " WHERE st.size >= %s AND (b.size IS NULL OR b.size != st.size) ORDER BY st.story_id COLLATE \"C\"",
            (min_size,),
        )]

    def save_brief(self, story_id: str, size: int, brief: dict) -> None:
        from psycopg.types.json import Json

        with self.transaction() as db:
            db.execute("INSERT INTO briefs (story_id, size, brief) VALUES (%s, %s, %s)"
                       " ON CONFLICT (story_id) DO UPDATE SET size = excluded.size, brief = excluded.brief",
                       (story_id, size, Json(brief)))

    def brief(self, story_id: str) -> dict | None:
        row = self._db.execute("SELECT brief FROM briefs WHERE story_id = %s", (story_id,)).fetchone()
        return row[0] if row else None

    def story_size(self, story_id: str) -> int:
        row = self._db.execute("SELECT size FROM stories WHERE story_id = %s", (story_id,)).fetchone()
        return row[0] if row else 0
