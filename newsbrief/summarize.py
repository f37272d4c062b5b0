"""Extractive multi-document summarizers behind one interface, registered by name.

A summarizer takes the sentences of a cluster (with their embeddings) and a `Budget`, and
returns the indices of the sentences to keep, in the order the brief should read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .align import support_strength, word_overlap
from .models import Sentence

MIN_WORDS = 8
MAX_WORDS = 60
REDUNDANT_SIMILARITY = 0.72
REDUNDANT_OVERLAP = 0.6

# Openers that lean on a sentence the reader has not seen: "He said...", "But...", "This comes after...".
DANGLING_START = re.compile(
    r"^[\"“‘']?(?:he|she|it|they|his|her|its|their|him|them|this|that|these|those|but|and|or|so|"
    r"however|meanwhile|still|yet|also|instead|moreover|furthermore|nevertheless|then|thus|"
    r"therefore|such|another|other|the latter|the former|there|here)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


@dataclass(frozen=True)
class Budget:
    """How long the brief may be: a word budget, or a sentence count when `sentences` is set."""

    words: int = 230
    sentences: int | None = None

    def __post_init__(self) -> None:
        if self.words < 10:
            raise ValueError(f"the word budget must be at least 10 words, got {self.words}")
        if self.sentences is not None and self.sentences < 1:
            raise ValueError(f"the sentence count must be at least 1, got {self.sentences}")

    def fits(self, used_words: int, used_sentences: int, words: int) -> bool:
        if self.sentences is not None:
            return used_sentences < self.sentences
        return used_words + words <= self.words


class Summarizer(Protocol):
    name: str

    def __call__(self, sentences: list[Sentence], embeddings: np.ndarray, budget: Budget) -> list[int]: ...


def is_readable_alone(sentence: Sentence) -> bool:
    """Complete, self-standing sentences: no dangling opener, no open quote, no fragment."""
    text = sentence.text
    if not MIN_WORDS <= sentence.words <= MAX_WORDS or not SENTENCE_END.search(text):
        return False
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return False
    return not text.endswith("?") and not DANGLING_START.match(text)


def is_redundant(candidate: int, chosen: list[int], sentences: list[Sentence], similarity: np.ndarray) -> bool:
    return any(
        similarity[candidate, other] >= REDUNDANT_SIMILARITY
        or word_overlap(sentences[candidate].text, sentences[other].text) >= REDUNDANT_OVERLAP
        for other in chosen
    )


@dataclass(frozen=True)
class CentralSupportSummarizer:
    """Picks sentences central to the whole cluster and stated by several outlets, near each lead.

    score = centrality + support + position, where centrality is the cosine to the cluster's
    centroid (each article weighs the same), support the mean best match in the other
    articles, and position a lead bonus that decays through each article.
    """

    centrality_weight: float = 1.0
    support_weight: float = 0.8
    position_weight: float = 0.35
    name: str = "central-support"

    def scores(self, sentences: list[Sentence], embeddings: np.ndarray, similarity: np.ndarray) -> np.ndarray:
        articles = max(s.article for s in sentences) + 1
        owner = np.array([s.article for s in sentences])
        centroids = [embeddings[owner == a].mean(axis=0) for a in range(articles) if (owner == a).any()]
        centroid = np.mean([c / max(np.linalg.norm(c), 1e-12) for c in centroids], axis=0)
        centrality = embeddings @ (centroid / max(np.linalg.norm(centroid), 1e-12))
        support = support_strength(sentences, similarity, articles)
        position = np.array([1.0 / (1.0 + s.position / 4.0) for s in sentences])
        return (
            self.centrality_weight * centrality
            + self.support_weight * support
            + self.position_weight * position
        )

    def __call__(self, sentences: list[Sentence], embeddings: np.ndarray, budget: Budget) -> list[int]:
        if not sentences:
            return []
        similarity = embeddings @ embeddings.T
        scores = self.scores(sentences, embeddings, similarity)
        ranked = sorted(range(len(sentences)), key=lambda i: -scores[i])
        chosen: list[int] = []
        words = 0
        for index in ranked:
            sentence = sentences[index]
            if not is_readable_alone(sentence) or is_redundant(index, chosen, sentences, similarity):
                continue
            if not budget.fits(words, len(chosen), sentence.words):
                if budget.sentences is not None:
                    break
                continue
            chosen.append(index)
            words += sentence.words
        return reading_order(chosen, sentences, scores, similarity)


def reading_order(chosen: list[int], sentences: list[Sentence], scores: np.ndarray, similarity: np.ndarray) -> list[int]:
    """Lead with the best-supported fact, then follow the stories' own order.

    The rest are sorted by how far into its article each sentence sits (relative position),
    which keeps every source's order and interleaves sources the way a round-up reads.
    """
    if not chosen:
        return []
    lengths: dict[int, int] = {}
    for s in sentences:
        lengths[s.article] = max(lengths.get(s.article, 0), s.position + 1)
    lead = max(chosen, key=lambda i: scores[i])
    rest = sorted(
        (i for i in chosen if i != lead),
        key=lambda i: (sentences[i].position / lengths[sentences[i].article], sentences[i].article),
    )
    return [lead, *rest]


# name -> "module:Class", imported on first use so the baselines cost nothing until asked for.
SUMMARIZERS = {
    "central-support": "newsbrief.summarize:CentralSupportSummarizer",
    "lead": "newsbrief.baselines:LeadSummarizer",
    "lexrank": "newsbrief.baselines:LexRankSummarizer",
    "textrank": "newsbrief.baselines:TextRankSummarizer",
}


def get_summarizer(name: str = "central-support") -> Summarizer:
    """The summarizer registered under `name`."""
    import importlib

    try:
        module, cls = SUMMARIZERS[name].split(":")
    except KeyError:
        raise ValueError(f"unknown summarizer {name!r}; choose one of {', '.join(SUMMARIZERS)}") from None
    return getattr(importlib.import_module(module), cls)()
