"""Option types shared by the benchmark scripts.

A bad value (an unknown system or stream, a word budget under the summarizer's minimum, a count
that would leave nothing to measure) stops the script at once with argparse's error line, which
names the option and what it takes, instead of a traceback after the data and models are loaded.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from pathlib import Path


def number(text: str, kind: type = int):
    try:
        return kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a {'whole ' if kind is int else ''}number") from None


def at_least(minimum: float, kind: type = int) -> Callable[[str], float]:
    """A number (int or float) no smaller than `minimum`."""
    def parse(text: str):
        value = number(text, kind)
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {text}")
        return value
    return parse


def one_of(known: Iterable[str]) -> Callable[[str], str]:
    """One of the `known` names."""
    known = tuple(known)

    def parse(text: str) -> str:
        if text not in known:
            raise argparse.ArgumentTypeError(f"unknown {text!r}; choose from {', '.join(known)}")
        return text
    return parse


def listed(parse_one: Callable[[str], object]) -> Callable[[str], list]:
    """A comma-separated list, each item read by `parse_one`."""
    def parse(text: str) -> list:
        items = [item.strip() for item in text.split(",") if item.strip()]
        if not items:
            raise argparse.ArgumentTypeError("give one value or more, separated by commas")
        return [parse_one(item) for item in items]
    return parse


def word_budget(text: str) -> int:
    """A word budget the summarizer takes (`newsbrief.summarize.Budget` says which)."""
    from newsbrief.summarize import Budget

    words = number(text)
    try:
        Budget(words=words)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return words


def data_file(folder: Path, name: str) -> Path:
    """A data file of the --data folder, or a stop that names it."""
    path = folder / name
    if not path.exists():
        raise SystemExit(f"{path}: not found; --data names a folder holding the data files under their "
                         f"../shared/data names")
    return path
