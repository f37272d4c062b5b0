"""Typed errors: the library raises these, the CLI and server turn them into one-line messages."""
from __future__ import annotations


class NewsbriefError(Exception):
    """Base class for every error newsbrief reports to a user."""


class InputError(NewsbriefError):
    """Input that cannot be read: names the file, the line where it helps, and what is wrong."""

    def __init__(self, path: str | None, problem: str, line: int | None = None, cluster_id: str | None = None):
        self.path = path
        self.line = line
        self.problem = problem
        self.cluster_id = cluster_id  # when the bad record is a cluster whose id could be read
        where = f"{path}:{line}" if path and line else (path or "input")
        super().__init__(f"{where}: {problem}")

