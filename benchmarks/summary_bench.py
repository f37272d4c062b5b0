"""ROUGE of newsbrief's summarizer against LEAD, LexRank, TextRank and the extractive oracle.

    python benchmarks/summary_bench.py                                  # README's Multi-News table, 260 words
    python benchmarks/summary_bench.py --data ../shared/data/neus-val.jsonl --words 55   # its NeuS table

Every system gets the same clusters, the same cleaning and sentences, the same word budget
and the same scorer (rouge-score, Porter stemming; ROUGE-Lsum over newline-separated
sentences). The oracle greedily adds the sentence that most raises ROUGE-1+2 F1 against
the reference: the ceiling for any extractive method on these sentences. References are
never seen by the other systems.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from rouge_score import rouge_scorer

from newsbrief.embed import get_encoder
from newsbrief.errors import InputError
from newsbrief.pipeline import BriefOptions, prepare, summarize
from newsbrief.read import iter_clusters
from newsbrief.sentences import split_paragraph
from newsbrief.summarize import Budget

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))  # the scripts' shared module, also when a test loads this file by its path
from arguments import at_least, listed, one_of, word_budget  # noqa: E402

DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "multinews-dev.jsonl"
SYSTEMS = ("newsbrief", "central-support", "lead", "lexrank", "textrank")
METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")


def ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def f1(candidate: Counter, reference: Counter) -> float:
    overlap = sum((candidate & reference).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(candidate.values()), overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def oracle(sentences, reference: str, budget: Budget, tokenize) -> list[int]:
    """Greedy extractive oracle on ROUGE-1 + ROUGE-2 F1, within the same word budget."""
    reference_tokens = tokenize(reference)
    goal = (ngrams(reference_tokens, 1), ngrams(reference_tokens, 2))
    tokens = [tokenize(s.text) for s in sentences]
    chosen: list[int] = []
    summary: list[str] = []
    best = 0.0
    words = 0
    while True:
        pick, pick_score = None, best
        for index, sentence in enumerate(sentences):
            if index in chosen or not budget.fits(words, len(chosen), sentence.words):
                continue
            candidate = summary + tokens[index]
            score = f1(ngrams(candidate, 1), goal[0]) + f1(ngrams(candidate, 2), goal[1])
            if score > pick_score:
                pick, pick_score = index, score
        if pick is None:
            return sorted(chosen, key=lambda i: (sentences[i].article, sentences[i].position))
        chosen.append(pick)
        summary += tokens[pick]
        words += sentences[pick].words
        best = pick_score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="clusters with reference summaries, JSONL (default ../shared/data/multinews-dev.jsonl)")
    parser.add_argument("--words", type=word_budget, default=260, help="word budget for every system (default 260)")
    parser.add_argument("--limit", type=at_least(1), default=None, help="only the first N clusters (default all)")
    parser.add_argument("--systems", type=listed(one_of((*SYSTEMS, "oracle"))), default=",".join(SYSTEMS) + ",oracle",
                        help="comma-separated systems to score; the ratio column divides the first one's R-1 and R-2 "
                             "by each row's (default %(default)s)")
    parser.add_argument("--output", type=Path, default=None, help="results JSON (default benchmarks/results/summary-<data>.json)")
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data}: not found; the benchmark needs ../shared/data (see README)")
    systems = args.systems
    budget = Budget(words=args.words)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    tokenize = scorer._tokenizer.tokenize

    load_start = time.perf_counter()
    get_encoder("minilm")
    load_seconds = time.perf_counter() - load_start

    clusters = [c for c in iter_clusters(args.data, max_bytes=1 << 31) if not isinstance(c, InputError)]
    clusters = [c for c in clusters if c.references][: args.limit]
    if not clusters:
        raise SystemExit(f"{args.data}: no cluster with a reference summary to score against")
    scores = {name: {m: [] for m in METRICS} for name in systems}
    lengths = {name: [] for name in systems}
    seconds = {name: [] for name in systems}
    for number, cluster in enumerate(clusters, 1):
        reference = cluster.references[0]
        reference_sentences = "\n".join(s for p in reference.splitlines() if p.strip() for s in split_paragraph(p))
        start = time.perf_counter()
        prepared = prepare(cluster)
        prepare_seconds = time.perf_counter() - start
        for name in systems:
            start = time.perf_counter()
            if name == "oracle":
                texts = [prepared.sentences[i].text for i in oracle(prepared.sentences, reference, budget, tokenize)]
            else:
                result = summarize(prepared, BriefOptions(budget=budget, summarizer=name, compare=False))
                texts = [s.text for s in result.sentences]
            seconds[name].append(prepare_seconds + time.perf_counter() - start)
            summary = " ".join(texts)
            result_scores = scorer.score(reference, summary)
            result_scores["rougeLsum"] = scorer.score(reference_sentences, "\n".join(texts))["rougeLsum"]
            for metric in METRICS:
                scores[name][metric].append(result_scores[metric].fmeasure * 100)
            lengths[name].append(len(summary.split()))
        print(f"\r{number}/{len(clusters)} clusters", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)

    table = {
        name: {
            **{m: statistics.fmean(v) for m, v in scores[name].items()},
            "median_words": statistics.median(lengths[name]),
            "median_seconds": statistics.median(seconds[name]),
            "total_seconds": sum(seconds[name]),
        }
        for name in systems
    }
    ours = table[systems[0]]
    print(f"\n{args.data.name}: {len(clusters)} clusters, budget {args.words} words, model load {load_seconds:.2f} s "
          f"(time per cluster includes cleaning, splitting and embedding)")
    print(f"{'system':<16}{'R-1':>7}{'R-2':>7}{'R-L':>7}{'R-Lsum':>8}{'words':>7}{'s/cluster':>10}{'total s':>9}"
          f"   {systems[0]} R-1 / R-2 ratio")
    for name, row in table.items():
        # A small file can leave a system with no shared bigram at all (R-2 0): no ratio to it.
        ratio = " / ".join(f"{ours[m] / row[m]:.3f}" if row[m] else "-" for m in ("rouge1", "rouge2"))
        print(f"{name:<16}{row['rouge1']:>7.2f}{row['rouge2']:>7.2f}{row['rougeL']:>7.2f}{row['rougeLsum']:>8.2f}"
              f"{row['median_words']:>7.0f}{row['median_seconds']:>10.3f}{row['total_seconds']:>9.1f}   {ratio}")
    output = args.output or HERE / "results" / f"summary-{args.data.stem}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps({"data": str(args.data), "clusters": len(clusters), "words": args.words,
                                  "model_load_seconds": load_seconds, "systems": table}, indent=2))


if __name__ == "__main__":
    main()
