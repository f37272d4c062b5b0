"""Classic extractive baselines behind the summarizer interface: LEAD, LexRank and TextRank.

They share newsbrief's cleaning, splitting and budget, so a comparison measures the
sentence choice alone. LexRank follows Erkan & Radev (2004): idf-modified cosine graph,
threshold 0.1, power iteration. TextRank follows Mihalcea & Tarau (2004): overlap of (content, suffix-stripped)
words normalised by log sentence lengths, weighted PageRank with damping 0.85.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .align import content_words
from .models import Sentence
from .summarize import Budget, fill_budget, reading_order


@dataclass(frozen=True)
class LeadSummarizer:
    """First sentences of each article, round-robin across articles, up to the budget."""

    name: str = "lead"

    def __call__(self, sentences: list[Sentence], embeddings: np.ndarray, budget: Budget) -> list[int]:
        ranked = sorted(range(len(sentences)), key=lambda i: (sentences[i].position, sentences[i].article))
        return fill_budget(ranked, sentences, budget)


def pagerank(weights: np.ndarray, damping: float = 0.85, iterations: int = 100, tolerance: float = 1e-6) -> np.ndarray:
    """Stationary scores of the row-normalised weight graph (rows with no edges jump uniformly)."""
    n = len(weights)
    rows = weights.sum(axis=1, keepdims=True)
    transition = np.where(rows > 0, weights / np.where(rows > 0, rows, 1), 1.0 / n)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - damping) / n + damping * transition.T @ scores
        if np.abs(updated - scores).sum() < tolerance:
            return updated
        scores = updated
    return scores


def idf_cosine(sentences: list[Sentence]) -> np.ndarray:
    """LexRank's idf-modified cosine between every pair of sentences."""
    bags = [Counter(re.findall(r"[a-z0-9]+", s.text.lower())) for s in sentences]
    documents = Counter(word for bag in bags for word in bag)
    idf = {word: math.log(len(bags) / count) for word, count in documents.items()}
    vocabulary = {word: i for i, word in enumerate(idf)}
    matrix = np.zeros((len(bags), len(vocabulary)), dtype=np.float64)
    for row, bag in enumerate(bags):
        for word, count in bag.items():
            matrix[row, vocabulary[word]] = count * idf[word]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.maximum(norms, 1e-12)
    return matrix @ matrix.T


@dataclass(frozen=True)
class LexRankSummarizer:
    threshold: float = 0.1
    name: str = "lexrank"

    def __call__(self, sentences: list[Sentence], embeddings: np.ndarray, budget: Budget) -> list[int]:
        similarity = idf_cosine(sentences)
        graph = (similarity > self.threshold).astype(np.float64)
        scores = pagerank(graph)
        ranked = sorted(range(len(sentences)), key=lambda i: -scores[i])
        return reading_order(fill_budget(ranked, sentences, budget), sentences, scores)


@dataclass(frozen=True)
class TextRankSummarizer:
    name: str = "textrank"

    def __call__(self, sentences: list[Sentence], embeddings: np.ndarray, budget: Budget) -> list[int]:
        words = [content_words(s.text) for s in sentences]
        n = len(sentences)
        weights = np.zeros((n, n))
        for i in range(n):
            for j in range(i + 1, n):
                shared = len(words[i] & words[j])
                if shared and len(words[i]) > 1 and len(words[j]) > 1:
                    weights[i, j] = weights[j, i] = shared / (math.log(len(words[i])) + math.log(len(words[j])))
        scores = pagerank(weights)
        ranked = sorted(range(n), key=lambda i: -scores[i])
        return reading_order(fill_budget(ranked, sentences, budget), sentences, scores)
