"""Shared set-up of the web tests: a store holding two briefed stories, and a live server.

The store holds the bundled example (story S000001) and the hand-written hostile articles
(story S000002), clustered and briefed by the library itself, once per test session.
"""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import EXAMPLE_DIR
from hostile import HOSTILE_ARTICLES

EXAMPLE_STORY, HOSTILE_STORY = "S000001", "S000002"


def fill_store(path: Path, articles: list) -> None:
    """A store of these articles, clustered into stories and briefed as the server would."""
    from newsbrief.store import Store
    from newsbrief.stories import refresh_briefs, update_stories

    with Store(path) as store:
        store.add_articles(articles)
        update_stories(store)
        assert refresh_briefs(store) == []


@pytest.fixture(scope="session")
def web_store(tmp_path_factory) -> Path:
    from newsbrief.models import Article
    from newsbrief.read import read_cluster

    path = tmp_path_factory.mktemp("web") / "stories.db"
    fill_store(path, [*read_cluster([EXAMPLE_DIR]).articles, *(Article(**a) for a in HOSTILE_ARTICLES)])
    return path


@contextmanager
def live_server(app):
    """The app served by uvicorn on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()
