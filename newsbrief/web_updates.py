"""The server's one story writer: a background thread that clusters newly stored articles
into stories and rewrites the briefs of the stories that changed.

The clusterer takes its decisions in one place and in arrival order (stories.py), so two
requests must never cluster at once. Requests only store their articles, which any number of
them can do concurrently, and wake this thread; wake-ups that arrive while it works fold into
one more pass, which picks up every article stored meanwhile.

A story page asks for its story's brief (`request_brief`) where another process (`newsbrief
ingest --no-briefs`) stored the story's articles and left its brief missing or stale. A stop
(the server shutting down) cuts a pass short between two batches or two briefs, as Ctrl-C
stops `ingest`: a pass that ran on would keep the process alive for minutes.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from .render import count

log = logging.getLogger("newsbrief.serve")


class Stopped(Exception):
    """Raised between two steps of a pass once the updater is told to stop."""


class StoryUpdater:
    def __init__(self, open_store: Callable[[], object]):
        self._open_store = open_store
        self._changed = threading.Condition()
        self._requested = 0  # wake-ups asked for
        self._done = 0  # wake-ups whose pass has finished
        self._running = False
        self._stopping = False
        self._last_error: str | None = None
        self._writing: set[str] | None = None  # the stories whose briefs the pass under way writes, once listed
        self._failed: dict[str, tuple[int, str]] = {}  # story_id: (its size, why the last pass could not brief it)
        self._asked: set[str] = set()  # stories a page waits on: the next pass briefs them first
        self._thread = threading.Thread(target=self._loop, name="newsbrief-story-updater", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self.wake()  # articles stored while no server ran get their stories too

    def stop(self, timeout: float = 30.0) -> None:
        with self._changed:
            self._stopping = True
            self._changed.notify_all()
        self._thread.join(timeout)

    def wake(self) -> None:
        with self._changed:
            self._requested += 1
            self._changed.notify_all()

    def request_brief(self, story_id: str, size: int) -> str | None:
        """Ask for a pass that briefs this story of `size` articles, whose brief is missing or
        older than the story, unless a pass to come or under way will, and that briefs it before
        the stories no one waits on; None, or why the last pass could not brief the story at this
        size (asking again would only fail again)."""
        with self._changed:
            failed_size, problem = self._failed.get(story_id, (None, None))
            if failed_size == size:
                return problem
            self._asked.add(story_id)
            will_brief = self._done < self._requested and (self._writing is None or story_id in self._writing)
            if not will_brief:
                self._requested += 1
                self._changed.notify_all()
            return None

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every wake-up so far has been served; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._changed:
            target = self._requested
            while self._done < target:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
        return True

    def state(self) -> dict:
        with self._changed:
            return {"updating": self._running or self._done < self._requested, "last_error": self._last_error}

    def _loop(self) -> None:
        while True:
            with self._changed:
                while self._done >= self._requested and not self._stopping:
                    self._changed.wait()
                if self._stopping:
                    return
                target = self._requested
                self._running = True
            error = self._update()
            with self._changed:
                self._running = False
                self._done = target
                self._last_error = error
                self._changed.notify_all()

    def _check_stop(self, phase: str, done: int, total: int) -> None:
        """Progress of a pass (`on_progress` of update_stories and refresh_briefs): stop here if told to."""
        if self._stopping and done < total:
            if phase == "brief":
                log.warning("stopping: the brief update is cut short, %s left for the next start",
                            count(total - done, "story", "stories"))
            raise Stopped

    def _update(self) -> str | None:
        """One pass: stories for unassigned articles, then fresh briefs; the problem, if any."""
        from .stories import refresh_briefs, update_stories

        try:
            with self._open_store() as store:
                update_stories(store, on_progress=self._check_stop)
                stale = store.stale_stories()
                with self._changed:
                    stale.sort(key=lambda story_id: story_id not in self._asked)  # a stable sort: in id order otherwise
                    self._asked -= set(stale)
                    self._writing = set(stale)
                self._check_stop("brief", 0, len(stale))
                failures = refresh_briefs(store, stale, on_progress=self._check_stop)
                failed = {story_id: (store.story_size(story_id), problem) for story_id, problem in failures}
        except Stopped:
            return None
        except Exception as exc:  # the thread must survive a bad pass; the next wake-up retries
            log.exception("story update failed")
            return f"story update failed: {exc}"
        finally:
            with self._changed:
                self._writing = None
        with self._changed:
            self._failed = failed
        for story_id, problem in failures:
            log.warning("story %s: no brief (%s)", story_id, problem)
        return "; ".join(f"story {s}: {p}" for s, p in failures) or None
