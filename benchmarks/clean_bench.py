"""Cleaner precision and recall on hand-labelled lines of real Multi-News documents.

    python benchmarks/clean_bench.py                    # the README's table
    python benchmarks/clean_bench.py --show-errors 20   # and the first 20 lines it gets wrong

Labels: benchmarks/cleaner_labels.jsonl (see cleaner_labels.md); texts are read from the shared
data at run time and checked against the stored sha1. Junk is the positive class. jusText
(paragraph classifier used by trafilatura) runs on the same lines as a baseline.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import sys
import time
from collections import Counter
from pathlib import Path

from newsbrief.clean import boilerplate_reason, classify_lines, clean_article
from newsbrief.models import Article

HERE = Path(__file__).parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "multinews-dev.jsonl"
sys.path.insert(0, str(HERE))  # the scripts' shared module, also when a test loads this file by its path
from arguments import at_least  # noqa: E402


def sha(text: str) -> str:
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:12]


def newsbrief_junk(text: str) -> dict[int, bool]:
    return {line.number: not (line.is_content or line.label == "title") for line in classify_lines(text)}


def justext_junk(text: str) -> dict[int, bool]:
    import justext

    numbers = [n for n, line in enumerate(text.splitlines()) if line.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(text.splitlines()[n])}</p>" for n in numbers) + "</body></html>"
    paragraphs = justext.justext(page, justext.get_stoplist("English"))
    return {n: p.is_boilerplate for n, p in zip(numbers, paragraphs)}


def scores(pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    tp = sum(1 for gold, pred in pairs if gold and pred)
    fp = sum(1 for gold, pred in pairs if not gold and pred)
    fn = sum(1 for gold, pred in pairs if gold and not pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "n": len(pairs), "positives": tp + fn}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="the clusters whose texts the labels name, JSONL (default ../shared/data/multinews-dev.jsonl)")
    parser.add_argument("--labels", type=Path, default=HERE / "cleaner_labels.jsonl",
                        help="labelled lines, JSONL (default benchmarks/cleaner_labels.jsonl)")
    parser.add_argument("--show-errors", type=at_least(0), default=0,
                        help="print this many misclassified lines (default 0)")
    parser.add_argument("--output", type=Path, default=HERE / "results" / "clean.json",
                        help="results JSON (default benchmarks/results/clean.json)")
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data}: not found; the benchmark needs ../shared/data (see README)")
    if not args.labels.exists():
        raise SystemExit(f"{args.labels}: not found; --labels names a JSONL file of labelled lines "
                         f"(see benchmarks/cleaner_labels.md)")

    documents = {}
    for raw in args.data.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        record = json.loads(raw)
        for doc in record["documents"]:
            documents[(record["cluster_id"], str(doc["doc_id"]))] = doc["text"]
    labels = [json.loads(line) for line in args.labels.read_text().splitlines() if line.strip()]
    # The labels name documents of the dev file; another file (a resample, other clusters) is
    # scored on the labelled documents it holds.
    absent = sum((l["cluster_id"], l["doc_id"]) not in documents for l in labels)
    labels = [l for l in labels if (l["cluster_id"], l["doc_id"]) in documents]
    if not labels:
        raise SystemExit(f"{args.data}: holds none of the documents labelled in {args.labels}")

    systems = {"newsbrief": newsbrief_junk, "justext": justext_junk}
    predictions = {name: {} for name in systems}
    timings = {name: 0.0 for name in systems}
    for key in {(l["cluster_id"], l["doc_id"]) for l in labels}:
        for name, system in systems.items():
            start = time.perf_counter()
            predictions[name][key] = system(documents[key])
            timings[name] += time.perf_counter() - start

    line_pairs = {name: [] for name in systems}
    doc_pairs: list[tuple[bool, bool]] = []
    kind_hits: Counter = Counter()
    kind_total: Counter = Counter()
    stale = 0
    errors = []
    for label in labels:
        key = (label["cluster_id"], label["doc_id"])
        text = documents[key]
        if label["line"] is None:
            if sha(text) != label["sha1"]:
                stale += 1
                continue
            cleaned = clean_article(Article(doc_id=label["doc_id"], text=text))
            doc_pairs.append((label["label"] == "junk_document", boilerplate_reason(cleaned.text, cleaned.title) is not None))
            continue
        lines = text.splitlines()
        line = lines[label["line"]] if label["line"] < len(lines) else ""
        if sha(line) != label["sha1"]:
            stale += 1
            continue
        gold = label["label"] == "junk"
        for name in systems:
            line_pairs[name].append((gold, predictions[name][key].get(label["line"], False)))
        predicted = predictions["newsbrief"][key].get(label["line"], False)
        if gold:
            kind_total[label["kind"]] += 1
            kind_hits[label["kind"]] += predicted
        if gold != predicted:
            errors.append(("missed junk" if gold else "cut content", label["kind"], line[:140]))

    report = {
        "lines": {name: scores(pairs) for name, pairs in line_pairs.items()},
        "documents": scores(doc_pairs),
        "recall_by_kind": {k: [kind_hits[k], kind_total[k]] for k in sorted(kind_total, key=kind_total.get, reverse=True)},
        "seconds": timings,
        "stale_labels": stale,
    }
    ours = report["lines"]["newsbrief"]
    print(f"{'system':<12}{'precision':>10}{'recall':>8}{'F1':>7}{'seconds':>9}   (junk lines, n={ours['n']}, junk={ours['positives']})")
    for name, s in report["lines"].items():
        print(f"{name:<12}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['f1']:>7.3f}{timings[name]:>9.2f}")
    base = report["lines"]["justext"]
    if base["f1"]:
        print(f"F1 ratio newsbrief/justext: {ours['f1'] / base['f1']:.2f}")
    d = report["documents"]
    print(f"junk documents: precision {d['precision']:.3f} recall {d['recall']:.3f} (n={d['n']}, junk={d['positives']})")
    print("recall by kind:", ", ".join(f"{k} {h}/{t}" for k, (h, t) in report["recall_by_kind"].items()))
    if stale:
        print(f"warning: {stale} labels no longer match their text (sha1) and were skipped")
    if absent:
        print(f"note: {absent} labels are for documents not in {args.data.name} and were skipped")
    for kind, label_kind, text in errors[: args.show_errors]:
        print(f"  {kind:<12} [{label_kind}] {text}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
