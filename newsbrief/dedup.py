"""Near-duplicates: syndicated copies and republications found with MinHash LSH (datasketch).

An article's signature is a MinHash of its word 3-shingles, taken from the cleaned text so
that the site junk around a republished story (donation appeals, "republished with
permission" notices) does not hide the copy. The index links a new article to the earliest
stored article whose estimated Jaccard similarity reaches the threshold; copies point at
that canonical article, never at another copy, so a story counts outlets, not copies.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

NUM_PERM = 64
SEED = 1
SCHEME = "affine32"  # datasketch 2 hashing; signatures are only compared with signatures made the same way
SHINGLE_WORDS = 3
# Estimated Jaccard of word 3-shingles: a copy with a changed sentence or a different lead-in
# stays near 0.8; two reports of the same event in their own words sit under 0.3.
COPY_THRESHOLD = 0.6
# Below this many words two texts can share every shingle by chance ("Share this on:").
MIN_WORDS = 8

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def shingle_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def signature(text: str) -> np.ndarray | None:
    """The MinHash of the text's word 3-shingles, or None when it is too short to call a copy."""
    from datasketch import MinHash

    words = shingle_words(text)
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch(list(shingles))
    return minhash.hashvalues


@lru_cache(maxsize=1)
def _permutations():
    """The seed's hash permutations, made once: drawing them costs 4x hashing a short article."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


class DuplicateIndex:
    """Canonical articles by MinHash; `find` names the canonical article a signature copies."""

    def __init__(self, threshold: float = COPY_THRESHOLD):
        from datasketch import MinHashLSH

        self.threshold = threshold
        # Bands tuned for recall: a missed copy splits a story's outlets, while a false
        # candidate costs one signature comparison (`find` checks every candidate).
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, weights=(0.1, 0.9))
        self._signatures: dict[str, np.ndarray] = {}
        self._order: dict[str, int] = {}

    def find(self, hashvalues: np.ndarray) -> str | None:
        """The earliest indexed article this signature copies (estimated Jaccard ≥ threshold), or None."""
        from datasketch import LeanMinHash

        query = LeanMinHash(seed=SEED, hashvalues=hashvalues, scheme=SCHEME)
        matches = [
            doc_id for doc_id in self._lsh.query(query)
            if jaccard(self._signatures[doc_id], hashvalues) >= self.threshold
        ]
        return min(matches, key=self._order.__getitem__) if matches else None

    def add(self, doc_id: str, hashvalues: np.ndarray) -> None:
        """Index a canonical article (copies are not indexed: they point at their canonical one)."""
        from datasketch import LeanMinHash

        if doc_id in self._signatures:
            return
        self._lsh.insert(doc_id, LeanMinHash(seed=SEED, hashvalues=hashvalues, scheme=SCHEME))
        self._signatures[doc_id] = hashvalues
        self._order[doc_id] = len(self._order)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return float(np.count_nonzero(a == b)) / len(a)
