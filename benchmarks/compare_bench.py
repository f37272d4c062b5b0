"""Benchmarks of the cross-source view on real data.

    python benchmarks/compare_bench.py semeval   # pairwise article similarity vs human scores (README table)
    python benchmarks/compare_bench.py basil     # informational-bias spans surfaced by "Only in" (README table)
    python benchmarks/compare_bench.py allsides  # what the comparison finds per AllSides story (README figures)

semeval: SemEval-2022 Task 8 pairs; Pearson r of newsbrief's article similarity with the
  human Overall score (1 = very similar ... 4 = very dissimilar, so good is strongly
  negative), on English-English pairs and on all pairs, beside its two parts alone and a
  word-overlap baseline (Jaccard of content words).
basil: for each BASIL event (NYT, Fox, HuffPost), the share of informational-bias spans
  (content an outlet chose to include) that fall inside a sentence the "Only in <outlet>"
  list surfaces, against LEAD (the same number of first sentences per outlet) and random
  picks of the same number (mean of 20 draws) as baselines.
allsides: the comparison over every AllSides story, with counts per category, and a sample
  printed beside the AllSides editors' note for reading.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from newsbrief.align import article_similarity, content_words
from newsbrief.embed import get_encoder
from newsbrief.errors import InputError
from newsbrief.pipeline import BriefOptions, brief, prepare, summarize
from newsbrief.read import identifier, iter_clusters, iter_json_lines, read_bytes, unnamed_ids
from newsbrief.sentences import split_paragraph
from newsbrief.summarize import Budget

HERE = Path(__file__).parent
DATA = HERE.parent.parent / "shared" / "data"
RESULTS = HERE / "results"
MAX_BYTES = 1 << 31
sys.path.insert(0, str(HERE))  # the scripts' shared module, also when a test loads this file by its path
from arguments import at_least, data_file  # noqa: E402


def pearson(x: list[float], y: list[float]) -> float:
    return float(np.corrcoef(x, y)[0, 1])


def semeval(args) -> dict:
    rows = [json.loads(line) for line in data_file(DATA, "semeval2022-pairs-dev.jsonl").read_text().splitlines() if line.strip()]
    encoder = get_encoder()

    def vectors(text: str):
        # Texts are "Title  Body" cut to about 1,000 characters.
        title, *rest = re.split(r"\s{2,}|\n+", text.strip(), maxsplit=1)
        body = rest[0] if rest else ""
        sentences = split_paragraph(body) if body.strip() else []
        embedded = encoder.encode([title or text[:200], *sentences[:12]])
        return embedded[0], embedded[1:]

    scores = {"newsbrief": [], "headline only": [], "alignment only": [], "word overlap": []}
    gold, english = [], []
    start = time.perf_counter()
    for number, row in enumerate(rows, 1):
        lead_a, body_a = vectors(row["text1"])
        lead_b, body_b = vectors(row["text2"])
        scores["newsbrief"].append(article_similarity(lead_a, body_a, lead_b, body_b))
        scores["headline only"].append(float(lead_a @ lead_b))
        scores["alignment only"].append(article_similarity(np.zeros_like(lead_a), body_a, np.zeros_like(lead_b), body_b) * 2
                                        if len(body_a) and len(body_b) else float(lead_a @ lead_b))
        words_a, words_b = content_words(row["text1"]), content_words(row["text2"])
        scores["word overlap"].append(len(words_a & words_b) / max(len(words_a | words_b), 1))
        gold.append(row["Overall"])
        english.append(row["lang1"] == "en" and row["lang2"] == "en")
        print(f"\r{number}/{len(rows)} pairs", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    english_index = [i for i, e in enumerate(english) if e]
    table = {
        name: {
            "pearson_en_en": pearson([values[i] for i in english_index], [gold[i] for i in english_index]),
            "pearson_all": pearson(values, gold),
        }
        for name, values in scores.items()
    }
    print(f"\nSemEval-2022 Task 8 dev pairs: {len(english_index)} English-English of {len(rows)}; "
          f"{time.perf_counter() - start:.0f} s. Pearson r with Overall (negative is right: 1 = very similar).")
    print(f"{'similarity':<16}{'en-en':>8}{'all':>8}   |r| ratio newsbrief / this (en-en)")
    ours = abs(table["newsbrief"]["pearson_en_en"])
    for name, row in table.items():
        print(f"{name:<16}{row['pearson_en_en']:>8.3f}{row['pearson_all']:>8.3f}   {ours / abs(row['pearson_en_en']):.3f}")
    return {"pairs": len(rows), "english_pairs": len(english_index), "systems": table}


def _lines(name: str) -> list[tuple[dict, object]]:
    """(record, cluster) for each good line of a data file; a bad line is named on stderr and left
    out, so the record a cluster is paired with is always its own line's."""
    path = data_file(DATA, name)
    pairs = []
    for item, cluster in zip(iter_json_lines(path, read_bytes(path, MAX_BYTES)), iter_clusters(path, MAX_BYTES)):
        if isinstance(cluster, InputError):
            print(f"left out: {cluster}", file=sys.stderr)
        else:
            pairs.append((item[1], cluster))
    if not pairs:
        raise SystemExit(f"{path}: no cluster to compare")
    return pairs


def _clusters(name: str):
    return [cluster for _, cluster in _lines(name)]


def inf_spans(document: dict) -> list[str]:
    """A BASIL article's informational-bias spans; an article nobody annotated has none."""
    annotations = (document.get("meta") or {}).get("phrase_annotations") or []
    return [a["txt"] for a in annotations if a.get("bias") == "inf" and a.get("txt")]


def basil(args) -> dict:
    options = BriefOptions(budget=Budget(sentences=1), max_sentences_per_article=400)
    events = _lines("basil-dev.jsonl")
    hit = {"newsbrief only-in": 0, "lead": 0, "random": 0.0}
    total = 0
    surfaced_sentences = 0
    rng = random.Random(0)
    for number, (record, cluster) in enumerate(events, 1):
        prepared = prepare(cluster, options)
        result = summarize(prepared, options)
        # Documents by the doc_id the reader gives them (`read.unnamed_ids` for those given none).
        unnamed = unnamed_ids(record["documents"])
        documents = {identifier(d, "doc_id", unnamed.get(n)): d for n, d in enumerate(record["documents"], 1)}
        for source, texts in result.comparison.only_in.items():
            article = prepared.articles[source - 1]
            sentences = [s.text for s in prepared.sentences if s.article == source - 1]
            spans = inf_spans(documents[article.doc_id])

            def covered(chosen: list[str]) -> int:
                return sum(any(_norm(span) in _norm(sentence) for sentence in chosen) for span in spans)

            k = len(texts)
            surfaced_sentences += k
            total += len(spans)
            hit["newsbrief only-in"] += covered(list(texts))
            hit["lead"] += covered(sentences[:k])
            hit["random"] += statistics.fmean(covered(rng.sample(sentences, min(k, len(sentences)))) for _ in range(20))
        print(f"\r{number}/{len(events)} events", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    shares = {name: value / max(total, 1) for name, value in hit.items()}
    print(f"\nBASIL dev: {len(events)} events, {total} informational-bias spans, "
          f"{surfaced_sentences} sentences surfaced by Only-in (the baselines pick as many per outlet).")
    print(f"{'selection':<20}{'spans covered':>14}   ratio newsbrief / this")
    for name, share in shares.items():
        print(f"{name:<20}{share:>14.3f}   {shares['newsbrief only-in'] / share if share else float('nan'):.2f}")
    return {"events": len(events), "spans": total, "surfaced_sentences": surfaced_sentences, "share_covered": shares}


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def allsides(args) -> dict:
    clusters = _clusters("allsides-outlets-dev.jsonl")
    options = BriefOptions(budget=Budget(sentences=3))
    per_story = []
    start = time.perf_counter()
    for number, cluster in enumerate(clusters, 1):
        result = brief(cluster, options)
        c = result.comparison
        per_story.append({
            "cluster_id": cluster.cluster_id,
            "outlets": [a.outlet for a in result.sources],
            "agreed": len(c.agreed) if c else 0,
            "only_in": sum(len(v) for v in c.only_in.values()) if c else 0,
            "disagreements": [{"kind": d.kind, "reason": d.reason, "a": d.a.text, "b": d.b.text} for d in c.disagreements] if c else [],
            "quotes": len(c.quotes) if c else 0,
            "shared_quotes": sum(len(q.sources) > 1 for q in c.quotes) if c else 0,
            "editors_note": cluster.references[0] if cluster.references else "",
        })
        print(f"\r{number}/{len(clusters)} stories", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    seconds = time.perf_counter() - start
    kinds: dict[str, int] = {}
    for story in per_story:
        for d in story["disagreements"]:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    summary = {
        "stories": len(per_story),
        "seconds": seconds,
        "mean_agreed": statistics.fmean(s["agreed"] for s in per_story),
        "mean_only_in": statistics.fmean(s["only_in"] for s in per_story),
        "stories_with_disagreement": sum(bool(s["disagreements"]) for s in per_story),
        "disagreement_kinds": kinds,
        "mean_quotes": statistics.fmean(s["quotes"] for s in per_story),
        "stories_with_shared_quote": sum(s["shared_quotes"] > 0 for s in per_story),
    }
    print(f"\nAllSides: {summary['stories']} stories in {seconds:.0f} s; per story on average "
          f"{summary['mean_agreed']:.1f} agreed facts, {summary['mean_only_in']:.1f} only-in statements, "
          f"{summary['mean_quotes']:.1f} quotes; {summary['stories_with_disagreement']} stories with a disagreement "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))}); "
          f"{summary['stories_with_shared_quote']} with a quote carried by two outlets.")
    for story in random.Random(1).sample(per_story, min(args.sample, len(per_story))):
        print(f"\n--- {story['cluster_id']} ({', '.join(o or '?' for o in story['outlets'])})")
        print(f"editors: {story['editors_note'][:400]}")
        for d in story["disagreements"][:3]:
            print(f"  {d['kind']}: {d['reason']}\n    A: {d['a'][:160]}\n    B: {d['b'][:160]}")
    return {"summary": summary, "stories": per_story}


def main() -> None:
    global DATA
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task", choices=("semeval", "basil", "allsides"), help="what to measure (see above)")
    parser.add_argument("--sample", type=at_least(0), default=8,
                        help="allsides: stories to print beside the editors' note (default 8)")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="folder holding the data files under their ../shared/data names (default ../shared/data)")
    parser.add_argument("--output", type=Path, default=None, help="results JSON (default benchmarks/results/compare-<task>.json)")
    args = parser.parse_args()
    DATA = args.data
    if not DATA.exists():
        raise SystemExit(f"{DATA}: not found; the benchmark needs ../shared/data (see README)")
    result = {"semeval": semeval, "basil": basil, "allsides": allsides}[args.task](args)
    output = args.output or RESULTS / f"compare-{args.task}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
