"""Choose the store from what the user gave: a SQLite file path, or a postgresql:// URL."""
from __future__ import annotations

import os

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(target: str | os.PathLike) -> bool:
    return str(target).startswith(POSTGRES_SCHEMES)


def open_store(url_or_path: str | os.PathLike):
    """An open store with the same methods either way (`Store` or `PostgresStore`); close it,
    or use it as a context manager."""
    if is_postgres_url(url_or_path):
        from .store_pg import PostgresStore

        return PostgresStore(str(url_or_path))
    from .store import Store

    return Store(url_or_path)
