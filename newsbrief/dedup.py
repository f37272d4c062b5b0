"""Near-duplicates: syndicated copies and republications found with MinHash (datasketch) and banded LSH.

An article's signature is a MinHash of its word 3-shingles, taken from the cleaned text so
that the site junk around a republished story (donation appeals, "republished with
permission" notices) does not hide the copy. The index links a new article to the earliest
stored article whose estimated Jaccard similarity reaches the threshold; copies point at
that canonical article, never at another copy, so a story counts outlets, not copies.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from functools import lru_cache
from itertools import islice

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
# Only a text's first words are shingled: two copies agree from their start, and the longest text
# of the shared evaluation sets has 7,423 words, while a 50 MB page (one line or a million) would
# take 1.5 GB of shingles and seconds to hash, for each copy check.
MAX_SHINGLED_WORDS = 20_000

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def shingle_words(text: str) -> list[str]:
    """The text's first MAX_SHINGLED_WORDS words, in lower case, read no further than they run."""
    return [word.group(0).lower() for word in islice(_WORD.finditer(text), MAX_SHINGLED_WORDS)]


def shingles(text: str) -> set[str] | None:
    """The text's word 3-shingles, or None when it is too short to call a copy."""
    words = shingle_words(text)
    if len(words) < MIN_WORDS:
        return None
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def datasketch_minhash() -> type:
    """datasketch's MinHash class, loaded without the package's `__init__`, which imports every
    sketch datasketch has and, for MinHashLSH, scipy.integrate: 0.5 s of a 3 s brief, for a
    class that needs only numpy (its module and `hashfunc` load in 0.01 s). The package stands
    in `sys.modules` as an empty shell only while they load, and leaves with them, so a later
    `import datasketch` gets the whole package."""
    if "datasketch" in sys.modules:  # imported whole already: nothing left to save
        return sys.modules["datasketch"].MinHash
    sys.modules["datasketch"] = importlib.util.module_from_spec(importlib.util.find_spec("datasketch"))
    try:
        return importlib.import_module("datasketch.minhash").MinHash
    finally:
        for name in [name for name in sys.modules if name.partition(".")[0] == "datasketch"]:
            del sys.modules[name]


# Loaded with this module rather than at first use: Python lets one thread load a module, so
# threads featurizing at once cannot build the shell twice or see it half-built.
MinHash = datasketch_minhash()


def signature(text: str) -> np.ndarray | None:
    """The MinHash of the text's word 3-shingles, or None when it is too short to call a copy."""
    text_shingles = shingles(text)
    if text_shingles is None:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch([s.encode("utf-8") for s in text_shingles])
    return minhash.hashvalues


@lru_cache(maxsize=1)
def _permutations():
    """The seed's hash permutations, made once: drawing them costs 4x hashing a short article."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


# LSH bands of rows: datasketch's optimum for the 0.6 threshold with a missed copy weighted
# nine times a false candidate (a miss splits a story's outlets; a false candidate costs one
# signature comparison). A copy at Jaccard 0.6 shares a band 89% of the time, at 0.8 99.9%.
BANDS, ROWS = 16, 4


class DuplicateIndex:
    """Canonical articles by MinHash; `find` names the canonical article a signature copies.

    Banded LSH kept in plain dicts rather than datasketch's `MinHashLSH`, whose set per bucket
    cost 5.7 KB an article (566 MB at 100k): here a bucket holds an article's arrival number,
    a list only when several share it, and signatures sit in one array.
    """

    def __init__(self, threshold: float = COPY_THRESHOLD):
        self.threshold = threshold
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(BANDS)]
        self._doc_ids: list[str] = []  # by arrival number, so the smallest number is the earliest
        self._number: dict[str, int] = {}
        self._signatures = np.zeros((0, NUM_PERM), dtype=np.uint32)

    def find(self, hashvalues: np.ndarray) -> str | None:
        """The earliest indexed article this signature copies (estimated Jaccard ≥ threshold), or None."""
        candidates: set[int] = set()
        for bucket, key in zip(self._buckets, _band_keys(hashvalues)):
            found = bucket.get(key)
            if found is not None:
                candidates.update(found) if isinstance(found, list) else candidates.add(found)
        if not candidates:
            return None
        numbers = np.fromiter(sorted(candidates), dtype=np.int64)
        matches = numbers[jaccard(hashvalues, self._signatures[numbers]) >= self.threshold]
        return self._doc_ids[matches[0]] if len(matches) else None

    def original_or_add(self, doc_id: str, hashvalues: np.ndarray) -> str | None:
        """The earliest indexed article this one copies; None, with the article indexed as
        canonical, when it copies none."""
        original = self.find(hashvalues)
        if original is None:
            self.add(doc_id, hashvalues)
        return original

    def add(self, doc_id: str, hashvalues: np.ndarray) -> None:
        """Index a canonical article (copies are not indexed: they point at their canonical one)."""
        if doc_id in self._number:
            return
        number = len(self._doc_ids)
        if number == len(self._signatures):  # grow by half again: amortised constant cost per article
            grown = np.zeros((max(1024, number * 3 // 2), NUM_PERM), dtype=np.uint32)
            grown[:number] = self._signatures
            self._signatures = grown
        self._signatures[number] = hashvalues
        self._doc_ids.append(doc_id)
        self._number[doc_id] = number
        for bucket, key in zip(self._buckets, _band_keys(hashvalues)):
            found = bucket.get(key)
            if found is None:
                bucket[key] = number
            elif isinstance(found, list):
                found.append(number)
            else:
                bucket[key] = [found, number]


def _band_keys(hashvalues: np.ndarray) -> list[int]:
    """One key per band: the hash of its rows (the index lives in one process, so Python's
    per-process hash is stable for as long as it is needed; candidates are checked anyway)."""
    rows = np.ascontiguousarray(hashvalues, dtype=np.uint32).reshape(BANDS, ROWS)
    return [hash(band.tobytes()) for band in rows]


def jaccard(signature: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of a MinHash signature to another, or to each row of a
    matrix of signatures."""
    return (others == signature).mean(axis=-1)


def earlier_copies(texts: list[str]) -> dict[int, int]:
    """Among cleaned texts in order, each one that copies an earlier one, mapped to the earliest
    it copies: the stream path's decisions (the same index and threshold), for one cluster."""
    index = DuplicateIndex()
    copies: dict[int, int] = {}
    for number, text in enumerate(texts):
        hashvalues = signature(text)
        original = index.original_or_add(str(number), hashvalues) if hashvalues is not None else None
        if original is not None:
            copies[number] = int(original)
    return copies


# A text whose 3-shingles stand this much inside one longer text is that text's excerpt,
# earlier version or a statement it prints whole: one source, which Jaccard misses because the
# longer text holds much more. In the shared evaluation sets a text stands at most 0.66 inside
# another outlet's own report, and each one at 0.81 or more is such a part (a site's first
# 430 words of a 1,000-word report, a wire story's update, a company's post quoted whole).
CONTAINED = 0.8


def contained_texts(texts: list[str], skip: set[int] = frozenset()) -> dict[int, int]:
    """Each text (not in `skip`) that stands inside a longer one (`CONTAINED`), mapped to the
    longest that holds it and is not itself held by another."""
    sets = {i: s for i, text in enumerate(texts) if i not in skip and (s := shingles(text)) is not None}
    holders: dict[str, list[int]] = {}
    for i, text_shingles in sets.items():
        for shingle in text_shingles:
            holders.setdefault(shingle, []).append(i)
    contained: dict[int, int] = {}
    # Longest first, so that a text held by a longer one is out before it could hold a third.
    for i in sorted(sets, key=lambda i: (-len(sets[i]), i)):
        shared = Counter(j for shingle in sets[i] for j in holders[shingle]
                         if j != i and j not in contained and (len(sets[j]), -j) > (len(sets[i]), -i))
        if shared:
            holder, count = max(shared.items(), key=lambda item: (item[1], len(sets[item[0]])))
            if count >= CONTAINED * len(sets[i]):
                contained[i] = holder
    return contained

