"""Train the `newsbrief` sentence scorer and report cross-validated ROUGE on folds it never saw.

    python benchmarks/train_summarizer.py --random-partitions 3    # the README's cross-validated figures
    python benchmarks/train_summarizer.py --output /tmp/w.json     # the same, keeping the shipped weights

Each sentence of each cluster is described by `newsbrief.summarize.sentence_features`; its
target is how much of the sentence the editors' reference keeps: its unigram and bigram
precision against the reference, bigrams counting twice (a shared bigram is a shared phrase,
a shared unigram is often just "the"). A ridge regression fits the targets. The
script prints k-fold cross-validated ROUGE (clusters split by index modulo k; each fold is
summarised by a model trained on the other folds only), then fits on all clusters and
writes `newsbrief/resources/summarizer-ridge.json` (the shipped weights) unless --output says
where else. References are used for training only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from rouge_score import rouge_scorer

from newsbrief.errors import InputError
from newsbrief.pipeline import prepare
from newsbrief.read import iter_clusters
from newsbrief.summarize import Budget, CentralSupportSummarizer, LearnedSummarizer, select, sentence_features

HERE = Path(__file__).parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "multinews-dev.jsonl"
WEIGHTS = HERE.parent / "newsbrief" / "resources" / "summarizer-ridge.json"
sys.path.insert(0, str(HERE))  # the scripts' shared module, also when a test loads this file by its path
from arguments import at_least, word_budget  # noqa: E402

RIDGE = 1.0
BIGRAM_WEIGHT = 2.0  # relative to unigrams, in the target


def ngram_counts(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def targets(sentences, reference: str, tokenize) -> np.ndarray:
    reference_tokens = tokenize(reference)
    goals = [ngram_counts(reference_tokens, n) for n in (1, 2)]
    values = []
    for sentence in sentences:
        tokens = tokenize(sentence.text)
        precisions = []
        for n, goal in zip((1, 2), goals):
            grams = ngram_counts(tokens, n)
            precisions.append(sum((grams & goal).values()) / max(sum(grams.values()), 1))
        values.append((precisions[0] + BIGRAM_WEIGHT * precisions[1]) / (1 + BIGRAM_WEIGHT))
    return np.array(values)


def fit(matrices: list[np.ndarray], values: list[np.ndarray], names: list[str]) -> dict:
    x, y = np.vstack(matrices), np.concatenate(values)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.column_stack([(x - mean) / scale, np.ones(len(x))])
    solution = np.linalg.solve(z.T @ z + RIDGE * np.eye(z.shape[1]), z.T @ y)
    return {"features": names, "mean": mean.tolist(), "scale": scale.tolist(),
            "weights": solution[:-1].tolist(), "bias": float(solution[-1]), "ridge": RIDGE}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="clusters with reference summaries to train on, JSONL "
                             "(default ../shared/data/multinews-dev.jsonl)")
    parser.add_argument("--folds", type=at_least(2), default=5, help="cross-validation folds (default 5)")
    parser.add_argument("--words", type=word_budget, default=260,
                        help="word budget of the cross-validated summaries (default 260)")
    parser.add_argument("--output", type=Path, default=WEIGHTS,
                        help="where the weights fitted on all clusters are written (default the shipped "
                             "newsbrief/resources/summarizer-ridge.json; give another file to measure without "
                             "changing them)")
    parser.add_argument("--random-partitions", type=at_least(0), default=0,
                        help="also cross-validate over this many random fold partitions and report their spread "
                             "(default 0)")
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data}: not found; training needs ../shared/data (see README)")
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    tokenize = scorer._tokenizer.tokenize
    budget = Budget(words=args.words)

    rows = []
    clusters = [c for c in iter_clusters(args.data, max_bytes=1 << 31) if not isinstance(c, InputError) and c.references]
    for number, cluster in enumerate(clusters, 1):
        prepared = prepare(cluster)
        if prepared.sentences:
            similarity = prepared.embeddings @ prepared.embeddings.T
            features = sentence_features(prepared.sentences, prepared.embeddings, similarity)
            rows.append((cluster.references[0], prepared, features, targets(prepared.sentences, cluster.references[0], tokenize)))
        else:
            rows.append((cluster.references[0], prepared, None, None))
        print(f"\rfeatures {number}/{len(clusters)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    usable = [i for i in range(len(rows)) if rows[i][2] is not None]
    if not usable:
        raise SystemExit(f"{args.data}: no cluster with a reference summary and sentences to train on")
    names = list(rows[usable[0]][2])

    def rouge(indices, score) -> list[tuple[float, float]]:
        results = []
        for i in indices:
            reference, prepared, _, _ = rows[i]
            chosen = select(score, prepared.sentences, prepared.embeddings, budget) if prepared.sentences else []
            s = scorer.score(reference, " ".join(prepared.sentences[j].text for j in chosen))
            results.append((s["rouge1"].fmeasure * 100, s["rouge2"].fmeasure * 100))
        return results

    def cross_validate(fold_of: list[int], with_unsupervised: bool) -> dict[str, dict[str, float]]:
        learned, unsupervised = [], []
        for fold in range(args.folds):
            train = [i for i in range(len(rows)) if fold_of[i] != fold and rows[i][2] is not None]
            test = [i for i in range(len(rows)) if fold_of[i] == fold]
            if not train:
                raise SystemExit(f"{args.data}: fold {fold + 1} of {args.folds} leaves no cluster to train on "
                                 f"({len(usable)} clusters with sentences); give fewer --folds")
            model = fit([np.column_stack([rows[i][2][n] for n in names]) for i in train], [rows[i][3] for i in train], names)
            learned += rouge(test, LearnedSummarizer(model).scores)
            if with_unsupervised:
                unsupervised += rouge(test, CentralSupportSummarizer().scores)
        runs = (("newsbrief (learned)", learned), ("central-support", unsupervised))
        return {name: {"rouge1": statistics.fmean(r[0] for r in results), "rouge2": statistics.fmean(r[1] for r in results)}
                for name, results in runs if results}

    cv = cross_validate([i % args.folds for i in range(len(rows))], with_unsupervised=True)
    print(f"{args.folds}-fold cross-validated ROUGE on {len(rows)} clusters of {args.data.name}, budget {args.words} words:")
    for name, row in cv.items():
        print(f"  {name:<22} R-1 {row['rouge1']:.2f}  R-2 {row['rouge2']:.2f}")
    if args.random_partitions:
        # Which clusters share a fold moves the score too: the spread over random partitions
        # says how large a difference must be to mean anything.
        scores = []
        for seed in range(1, args.random_partitions + 1):
            order = np.random.default_rng(seed).permutation(len(rows))
            fold_of = [0] * len(rows)
            for rank, i in enumerate(order):
                fold_of[i] = rank % args.folds
            scores.append(cross_validate(fold_of, with_unsupervised=False)["newsbrief (learned)"])
            print(f"  random partition {seed:<3} R-1 {scores[-1]['rouge1']:.2f}  R-2 {scores[-1]['rouge2']:.2f}")
        r2 = [s["rouge2"] for s in scores]
        print(f"  over {len(scores)} random partitions: mean R-1 {statistics.fmean(s['rouge1'] for s in scores):.2f}, "
              f"R-2 {statistics.fmean(r2):.2f} (from {min(r2):.2f} to {max(r2):.2f})")

    model = fit([np.column_stack([rows[i][2][n] for n in names]) for i in usable], [rows[i][3] for i in usable], names)
    model["trained_on"] = {
        "file": args.data.name,
        "sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
        "clusters": len(usable),
        "cross_validation": {"folds": args.folds, "words": args.words, **cv},
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(model, indent=1) + "\n")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
