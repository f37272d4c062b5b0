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

from .store import ARTICLE_COLUMNS, SQLStore, StoreError

_MIGRATION_LOCK = 0x6E657773  # advisory lock id: any constant shared by newsbrief processes


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


class PostgresStore(SQLStore):
    """An open PostgreSQL store; use as a context manager, or call `close()`. Its methods are
    `SQLStore`'s; this class gives the connection, migration and PostgreSQL's dialect."""

    IN_BATCH = 1_000_000  # ANY(?) takes the whole list as one parameter
    GROUP_ARRAY = "array_agg"
    BINARY_COLLATION = '"C"'

    def __init__(self, url: str, migrations=MIGRATIONS):
        self.path = redacted(url)
        try:
            import psycopg
        except ImportError:  # the runtime alone (`pip install .`) has no driver
            raise StoreError(f"{self.path}: the PostgreSQL driver (psycopg) is not installed: "
                             "pip install -e '.[postgres]' in newsbrief's folder") from None
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
            self._check_version(version, migrations)
            for number in range(version + 1, len(migrations) + 1):
                migrations[number - 1](db)
                db.execute("UPDATE newsbrief_schema SET version = %s", (number,))

    @contextmanager
    def transaction(self) -> Iterator:
        """All or nothing: commits on success, rolls back on any exception."""
        with self._db.transaction():
            yield self._db

    def _sql(self, statement: str) -> str:
        return statement.replace("?", "%s")

    def _in(self, column: str, values: list) -> tuple[str, list]:
        return f"{column} = ANY(?)", [list(values)]

    def _insert_articles(self, db, rows: list[tuple]) -> int:
        # One statement for the batch; ordinality keeps arrival order in `seq`.
        cursor = db.execute(
            f"INSERT INTO articles ({ARTICLE_COLUMNS}) SELECT {ARTICLE_COLUMNS} FROM unnest("
            "%s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[])"
            f" WITH ORDINALITY AS batch({ARTICLE_COLUMNS}, n) ORDER BY n ON CONFLICT (doc_id) DO NOTHING",
            [list(column) for column in zip(*rows)],
        )
        return cursor.rowcount

    def _decode_array(self, value) -> Iterable:
        return value or ()  # array_agg over no rows is NULL

    def _encode_json(self, value: dict):
        from psycopg.types.json import Json

        return Json(value)

    def _decode_json(self, value) -> dict:
        return value  # psycopg decodes JSON columns
