"""GSDMM: collapsed Gibbs sampling for the Dirichlet Multinomial Mixture (Yin & Wang, KDD 2014).

A faithful implementation of the paper's Algorithm 1 (the "Movie Group Process"), written for
the story benchmark since no package ships it. Each document belongs to one cluster; a
document is moved to cluster z with probability (equation 4 of the paper)

    (m_z + α) / (D − 1 + Kα)
      × Π_{w∈d} Π_{j=1..N_d^w} (n_z^w + β + j − 1)  /  Π_{i=1..N_d} (n_z + Vβ + i − 1)

where m_z, n_z and n_z^w count documents, words and occurrences of w in z with the document
itself taken out. K is an upper bound: clusters empty out as sampling goes on.
"""
from __future__ import annotations

import numpy as np


def gsdmm(documents: list[list[str]], k: int, alpha: float = 0.1, beta: float = 0.1,
          iterations: int = 30, seed: int = 0) -> list[int]:
    """Cluster labels of tokenised documents (the paper's defaults: α = β = 0.1, 30 iterations)."""
    rng = np.random.default_rng(seed)
    vocabulary: dict[str, int] = {}
    words, repeats, lengths = [], [], []
    for document in documents:
        seen: dict[int, int] = {}
        ids, js = [], []
        for token in document:
            w = vocabulary.setdefault(token, len(vocabulary))
            js.append(seen.get(w, 0))  # j − 1 of the paper: earlier occurrences of w in d
            seen[w] = seen.get(w, 0) + 1
            ids.append(w)
        words.append(np.array(ids, dtype=np.int64))
        repeats.append(np.array(js, dtype=np.float64))
        lengths.append(len(ids))
    v = max(len(vocabulary), 1)
    m = np.zeros(k)  # documents per cluster
    n = np.zeros(k)  # words per cluster
    nw = np.zeros((k, v))  # occurrences of each word per cluster
    labels = rng.integers(0, k, size=len(documents))
    for d, z in enumerate(labels):
        m[z] += 1
        n[z] += lengths[d]
        np.add.at(nw[z], words[d], 1)
    for _ in range(iterations):
        for d in range(len(documents)):
            z = labels[d]
            m[z] -= 1
            n[z] -= lengths[d]
            np.add.at(nw[z], words[d], -1)
            log_p = np.log(m + alpha)
            if lengths[d]:
                log_p += np.log(nw[:, words[d]] + beta + repeats[d]).sum(axis=1)
                log_p -= np.log(n[:, None] + v * beta + np.arange(lengths[d])).sum(axis=1)
            p = np.exp(log_p - log_p.max())
            z = rng.choice(k, p=p / p.sum())
            labels[d] = z
            m[z] += 1
            n[z] += lengths[d]
            np.add.at(nw[z], words[d], 1)
    return labels.tolist()
