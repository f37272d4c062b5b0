"""Story clustering benchmark: quality against gold stories, and speed and memory at scale.

    python benchmarks/stories_bench.py quality [--streams uci,googlenews,pooled] [--skip-bertopic]
    python benchmarks/stories_bench.py story-scale [--shuffles 5]
    python benchmarks/stories_bench.py robustness [--skip-baselines]
    python benchmarks/stories_bench.py scale [--sizes 1000,10000,100000] [--dask-size 10000]

quality: newsbrief (the real ingest → store → dedup → cluster path, default settings) and,
on the same streams and the same WordLlama embeddings, GSDMM (our implementation of Yin &
Wang 2014, benchmarks/gsdmm.py), HDBSCAN (scikit-learn) and BERTopic (when installed; it is
not in any extra, since its PyPI dependencies pull PyTorch: `pip install --no-deps
bertopic==0.17.4 pandas plotly umap-learn hdbscan` works without it). B-cubed
precision/recall/F1 are computed here; ARI and NMI come from scikit-learn. Streams, from
../shared/data/: stream-uci-news.jsonl, stream-googlenews-ts.jsonl, and "pooled": every
cluster of multinews-dev.jsonl and neus-val.jsonl as one gold story, its articles shuffled
together (seed 13). The clusterer reads neither gold_cluster nor any cluster id.

story-scale: the density that chooses between event- and topic-sized stories
(`newsbrief.cluster.choose_story_scale`), on streams whose gold stories are topics or events,
in file order and reshuffled, with what each is read as.

robustness: the defaults on streams like the quality streams but not the same: whole gold
stories drawn at random from the UCI and Google News streams (3 to 100 stories, three seeds, in
file order and reshuffled) and pools of NeuS-train clusters (which no default was chosen on)
with Multi-News dev clusters, 600 to 1,200 articles; for each, the scale the stream chose,
newsbrief's B³ F1 at it and at the other scale, and GSDMM's and HDBSCAN's, their knobs as in
quality. About 30 minutes at a load of 14-18 (GSDMM on the largest Google News draws is most of it);
with --skip-baselines, newsbrief alone, in about a minute, written to its own results file so
that the last full run's baseline figures stay there to compare with.

scale: `newsbrief cluster` as a user runs it (one process, a fresh store, wall time from
start to exit including model load, peak RSS from /usr/bin/time) on streams of 1k, 10k and
100k articles resampled from the real NeuS articles with light perturbation (15% of words
dropped at random, so resampled articles are new texts rather than copies), one article per
30 s of stream time.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE.parent.parent / "shared" / "data"
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))  # the scripts' shared modules, also when a test loads this file by its path
from arguments import at_least, data_file, listed, one_of  # noqa: E402


# ---- streams -----------------------------------------------------------------------------

def read_jsonl(name: str) -> list[dict]:
    """The records of a data file of the --data folder."""
    return [json.loads(line) for line in data_file(DATA, name).read_text(encoding="utf-8").splitlines() if line.strip()]


def clusters_as_stream(names: tuple[str, ...], titles_only: bool = False, seed: int = 13) -> list[dict]:
    """Every cluster of the files as one gold story, the articles shuffled together."""
    records = []
    for name in names:
        for cluster in read_jsonl(name):
            for document in cluster["documents"]:
                text = (document.get("title") or "") if titles_only else document["text"]
                if not text.strip():
                    continue  # a few NeuS texts are empty: no article to cluster (ingest reports them)
                records.append({"doc_id": f"{cluster['cluster_id']}/{document['doc_id']}", "text": text,
                                "title": None if titles_only else document.get("title"),
                                "gold_cluster": cluster["cluster_id"]})
    random.Random(seed).shuffle(records)
    return records


def pooled_stream() -> list[dict]:
    return clusters_as_stream(("multinews-dev.jsonl", "neus-val.jsonl"))


def first_words(records: list[dict], count: int) -> list[dict]:
    return [{**r, "text": " ".join(r["text"].split()[:count])} for r in records]


def read_stream(name: str) -> list[dict]:
    """A stream file's articles that have text: ingest reads no article without, so an empty one
    would be scored as an article left unclustered (and the run stopped on it)."""
    return [r for r in read_jsonl(name) if str(r.get("text") or "").strip()]


STREAMS = {
    "uci": lambda: read_stream("stream-uci-news.jsonl"),
    "googlenews": lambda: read_stream("stream-googlenews-ts.jsonl"),
    "pooled": pooled_stream,
}


# ---- metrics -----------------------------------------------------------------------------

def bcubed(predicted: list, gold: list) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998; Amigó et al. 2009), averaged over items."""
    by_predicted, by_gold, pair = defaultdict(int), defaultdict(int), defaultdict(int)
    for p, g in zip(predicted, gold):
        by_predicted[p] += 1
        by_gold[g] += 1
        pair[p, g] += 1
    # Every item of a (predicted, gold) cell shares the same correct-neighbour count: the cell size.
    precision = sum(count * count / by_predicted[p] for (p, _), count in pair.items()) / len(gold)
    recall = sum(count * count / by_gold[g] for (_, g), count in pair.items()) / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


SCORE_KEYS = {"bcubed_precision", "bcubed_recall", "bcubed_f1", "ari", "nmi", "clusters", "seconds"}


def scores(predicted: list, gold: list) -> dict:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    precision, recall, f1 = bcubed(predicted, gold)
    return {"bcubed_precision": round(precision, 4), "bcubed_recall": round(recall, 4), "bcubed_f1": round(f1, 4),
            "ari": round(adjusted_rand_score(gold, predicted), 4),
            "nmi": round(normalized_mutual_info_score(gold, predicted), 4),
            "clusters": len(set(predicted))}


def with_singletons(labels) -> list:
    """Noise (-1) from HDBSCAN-style methods as one cluster per item, not one cluster of all noise."""
    return [f"noise-{i}" if label == -1 else label for i, label in enumerate(labels)]


# ---- methods -----------------------------------------------------------------------------

def run_newsbrief(records: list[dict], workdir: Path) -> tuple[list[str], float, dict]:
    from newsbrief.ingest import ingest
    from newsbrief.store import Store
    from newsbrief.stories import update_stories

    stream = workdir / "stream.jsonl"
    stream.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "gold_cluster"}) + "\n" for r in records))
    start = time.perf_counter()
    with Store(workdir / "bench.db") as store:
        report = ingest(store, [stream])
        update = update_stories(store)
        found = store.assignments(report.doc_ids)
    seconds = time.perf_counter() - start
    doc_ids = [str(r["doc_id"]) for r in records]
    assert not report.errors and set(report.doc_ids) <= set(doc_ids), "every record must be read or left out as junk"
    scale = {"full_text_terms": update.full_text_terms, "density": round(update.density, 3)}
    # A record ingest leaves out as no article (a crawl or page notice: `ingest.records_kept`) is in
    # no story, so it is scored as a story of its own, as the store leaves it.
    return [found[d].story_id if d in found else f"left-out-{d}" for d in doc_ids], seconds, scale


def run_clusterer(features, options) -> list[str]:
    """The online clusterer alone over precomputed features (what update_stories does, minus the store)."""
    from newsbrief.cluster import StoryClusterer

    clusterer = StoryClusterer(options)
    return [clusterer.assign(f).story_id for f in features]


def shared_features(records: list[dict]):
    """Our features of the stream: WordLlama vectors for the embedding baselines, words for GSDMM."""
    from newsbrief.cluster import featurize
    from newsbrief.ingest import article_from_json

    articles = [article_from_json(r, Path("stream"), n) for n, r in enumerate(records, 1)]
    return featurize(articles)


def run_gsdmm(features, k: int) -> list[int]:
    from gsdmm import gsdmm

    documents = [[term for term, count in f.terms.items() for _ in range(count)] for f in features]
    return gsdmm(documents, k=k)


def run_hdbscan(vectors, min_cluster_size: int) -> list:
    from sklearn.cluster import HDBSCAN

    # Unit vectors: Euclidean distance orders pairs as cosine does.
    return with_singletons(HDBSCAN(min_cluster_size=min_cluster_size, min_samples=1, copy=True).fit_predict(vectors))


def run_bertopic(texts: list[str], vectors, min_cluster_size: int) -> list:
    from bertopic import BERTopic
    from bertopic.backend import BaseEmbedder
    from sklearn.cluster import HDBSCAN
    from umap import UMAP

    from newsbrief.cluster import get_cluster_encoder

    class WordLlamaBackend(BaseEmbedder):
        """Our WordLlama encoder, so BERTopic never looks for sentence-transformers (and PyTorch)."""

        def embed(self, documents, verbose=False):
            return get_cluster_encoder("wordllama").encode(list(documents))

    umap = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=42)
    model = BERTopic(embedding_model=WordLlamaBackend(), umap_model=umap,
                     hdbscan_model=HDBSCAN(min_cluster_size=min_cluster_size, min_samples=1, copy=True),
                     calculate_probabilities=False)
    topics, _ = model.fit_transform(texts, embeddings=vectors)
    return with_singletons(topics)


GSDMM_K = (50, 150, 400)  # the values of K tried as one setting for every stream


def grid(row: dict, method: str, knob: str, values, gold: list, cluster, chosen=None) -> None:
    """Run one method at each value of its knob; keep every run, and as the method's row the
    run with the given value, or else the best on the gold labels."""
    runs = []
    for value in values:
        start = time.perf_counter()
        runs.append({**scores(cluster(value), gold), knob: value, "seconds": round(time.perf_counter() - start, 1)})
    row[f"{method}_grid"] = runs
    row[method] = next(r for r in runs if r[knob] == chosen) if chosen is not None else max(
        runs, key=lambda r: r["bcubed_f1"])
    print(f"  {method}: {row[method]}", flush=True)


def quality(args) -> None:
    import numpy as np

    results = {}
    for name in args.streams:
        records = STREAMS[name]()
        gold = [r["gold_cluster"] for r in records]
        stories = len(set(gold))
        row = {"articles": len(records), "gold_stories": stories}
        with tempfile.TemporaryDirectory() as workdir:
            predicted, seconds, scale = run_newsbrief(records, Path(workdir))
        row["newsbrief"] = {**scores(predicted, gold), **scale, "seconds": round(seconds, 1)}
        print(name, "newsbrief", row["newsbrief"], flush=True)
        features = shared_features(records)
        vectors = np.stack([f.dense for f in features])
        from newsbrief.cluster import ClusterOptions

        # Every method has one knob; each is run over a small grid, and the tables report the
        # setting chosen on each stream's gold labels and the one setting best over all streams.
        # Ours: how much lower the bar is for short texts (headlines, snippets), i.e. how coarse a story is.
        grid(row, "newsbrief_tuned", "full_text_terms", (0, 50, 200, 400), gold,
             lambda n: run_clusterer(features, ClusterOptions(full_text_terms=n)))
        # GSDMM's K is an upper bound on the number of clusters; twice the true number helps it.
        grid(row, "gsdmm", "k", sorted({2 * stories, *GSDMM_K}), gold, lambda k: run_gsdmm(features, k=k),
             chosen=2 * stories)
        grid(row, "hdbscan", "min_cluster_size", (2, 3, 5, 10), gold, lambda size: run_hdbscan(vectors, size))
        if args.skip_bertopic:
            row["bertopic"] = {"skipped": "--skip-bertopic"}
        else:
            try:
                texts = [" ".join(f.terms) for f in features]
                grid(row, "bertopic", "min_cluster_size", (2, 5), gold, lambda size: run_bertopic(texts, vectors, size))
            except ImportError as exc:
                row["bertopic"] = {"skipped": f"not installed ({exc.name})"}
        results[name] = row
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "stories-quality.json").write_text(json.dumps(results, indent=2) + "\n")
    print_quality(results)


METHODS = {
    "newsbrief": "**newsbrief** (defaults)",
    "newsbrief_tuned": "newsbrief, `--full-text-words` chosen on gold",
    "gsdmm": "GSDMM (K = 2 × gold)",
    "hdbscan": "HDBSCAN (min size chosen on gold)",
    "bertopic": "BERTopic (min size chosen on gold)",
}
BASELINES = ("gsdmm", "hdbscan", "bertopic")


SHARED = {"newsbrief_tuned": "newsbrief", "gsdmm": "GSDMM", "hdbscan": "HDBSCAN", "bertopic": "BERTopic"}


def one_setting_for_every_stream(results: dict) -> dict[str, tuple[str, object, dict[str, float]]]:
    """For each method, the knob value with the best mean F1 over the streams, and its F1 on each."""
    chosen = {}
    for method in SHARED:
        grids = [row.get(f"{method}_grid") for row in results.values()]
        if not all(grids):
            continue
        knob = next(k for k in grids[0][0] if k not in SCORE_KEYS)
        by_value = {}
        for name, runs in zip(results, grids):
            for run in runs:
                by_value.setdefault(run[knob], {})[name] = run["bcubed_f1"]
        shared = {value: f1s for value, f1s in by_value.items() if len(f1s) == len(results)}
        value = max(shared, key=lambda v: sum(shared[v].values()))
        chosen[method] = (knob, value, shared[value])
    return chosen


def print_quality(results: dict) -> None:
    print("\n| stream | method | B³ precision | B³ recall | B³ F1 | ARI | NMI | stories found (gold) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, row in results.items():
        for method, label in METHODS.items():
            s = row[method]
            if "skipped" in s:
                print(f"| {name} | {label} | {s['skipped']} | | | | | |")
                continue
            if method == "newsbrief" and s.get("density") is not None:
                label += f": {'topics' if s['full_text_terms'] else 'events'} at density {s['density']:.2f}"
            print(f"| {name} | {label} | {s['bcubed_precision']:.3f} | {s['bcubed_recall']:.3f} | {s['bcubed_f1']:.3f} | "
                  f"{s['ari']:.3f} | {s['nmi']:.3f} | {s['clusters']} ({row['gold_stories']}) |")
    print("\n| stream | newsbrief defaults F1 / best baseline F1 | newsbrief tuned F1 / best baseline F1 |\n|---|---|---|")
    for name, row in results.items():
        ran = [m for m in BASELINES if "bcubed_f1" in row[m]]
        best = max(ran, key=lambda m: row[m]["bcubed_f1"])
        f1 = row[best]["bcubed_f1"]
        print(f"| {name} | {row['newsbrief']['bcubed_f1']:.3f} / {f1:.3f} ({best}) = {row['newsbrief']['bcubed_f1'] / f1:.2f} | "
              f"{row['newsbrief_tuned']['bcubed_f1']:.3f} / {f1:.3f} = {row['newsbrief_tuned']['bcubed_f1'] / f1:.2f} |")
    chosen = one_setting_for_every_stream(results)
    if len(results) > 1 and chosen:
        names = list(results)
        print("\nOne setting for every stream (the knob value with the best mean B³ F1 over the streams):\n")
        print("| method | setting | " + " | ".join(f"{n} B³ F1" for n in names) + " | mean |")
        print("|---|---|" + "---|" * (len(names) + 1))
        defaults = [results[n]["newsbrief"]["bcubed_f1"] for n in names]
        print("| **newsbrief** (defaults) | `full_text_terms` from the stream | " + " | ".join(f"{f:.3f}" for f in defaults)
              + f" | {sum(defaults) / len(defaults):.3f} |")
        for method, (knob, value, f1s) in chosen.items():
            print(f"| {SHARED[method]} | `{knob}` {value} | " + " | ".join(f"{f1s[n]:.3f}" for n in names)
                  + f" | {sum(f1s.values()) / len(f1s):.3f} |")


# ---- story scale -------------------------------------------------------------------------

# Streams whose gold stories are topics or events, for the density that chooses the story
# scale: the quality streams, plus a titles-only Google News (its items cut to their first
# words) and the NeuS-train stream the defaults were tuned on, with and without leads.
SCALE_STREAMS = {
    "uci": ("topics", STREAMS["uci"]),
    "googlenews": ("topics", STREAMS["googlenews"]),
    "googlenews, first 10 words": ("topics", lambda: first_words(STREAMS["googlenews"](), 10)),
    "googlenews, first 6 words": ("topics", lambda: first_words(STREAMS["googlenews"](), 6)),
    "pooled": ("events", STREAMS["pooled"]),
    "neus-train": ("events", lambda: clusters_as_stream(("neus-train.jsonl",))),
    "neus-train, titles only": ("events", lambda: clusters_as_stream(("neus-train.jsonl",), titles_only=True)),
}


def story_scale(args) -> None:
    """The density of each stream's first articles, in file order and over reshuffles."""
    from newsbrief.cluster import SCALE_SAMPLE, ClusterOptions, choose_story_scale

    print(f"| stream | gold stories are | density, file order | range over {args.shuffles} shuffles | read as |")
    print("|---|---|---|---|---|")
    results = {}
    for name, (kind, build) in SCALE_STREAMS.items():
        records = build()
        orders = [records] + [random.Random(seed).sample(records, len(records)) for seed in range(1, args.shuffles + 1)]
        choices = [choose_story_scale(ClusterOptions(), shared_features(order[:SCALE_SAMPLE])) for order in orders]
        densities = [density for _, density in choices]
        read_as = {"topics" if options.full_text_terms else "events" for options, _ in choices}
        results[name] = {"gold": kind, "densities": [round(d, 3) for d in densities], "read_as": sorted(read_as)}
        print(f"| {name} | {kind} | {densities[0]:.3f} | {min(densities[1:]):.3f}–{max(densities[1:]):.3f} | "
              f"{' and '.join(sorted(read_as))} |", flush=True)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "stories-scale-choice.json").write_text(json.dumps(results, indent=2) + "\n")


# ---- robustness --------------------------------------------------------------------------

# Hidden-like streams: whole gold stories drawn at random from the real streams, their articles
# in file order and reshuffled, and pools of other event clusters (NeuS-train, the clusters no
# default was chosen on, mixed with Multi-News dev). Each row: source, gold stories drawn (for a
# pool: NeuS-train clusters, Multi-News clusters), seeds, orders.
ROBUSTNESS_DRAWS = (
    ("uci", (3, 6, 9, 12, 15), (1, 2, 3), ("file", "shuffled")),
    ("googlenews", (10, 20, 50, 100), (1, 2, 3), ("file", "shuffled")),
    ("pool", ((150, 50), (300, 100), (350, 60)), (1, 2, 3), ("shuffled", "reshuffled")),
)
ROBUSTNESS_MAX_ARTICLES = 5000  # a Google News draw keeps its first articles (GSDMM's time grows with them)
HDBSCAN_SIZES = (2, 3, 5, 10)
GOLD_SCALE = {"uci": "topics", "googlenews": "topics", "pool": "events"}


def robustness_sources() -> dict[str, list[dict]]:
    """The records each draw takes whole stories from (a pool's: NeuS-train and Multi-News dev)."""
    return {"uci": STREAMS["uci"](), "googlenews": STREAMS["googlenews"](),
            "pool": clusters_as_stream(("neus-train.jsonl", "multinews-dev.jsonl"), seed=0)}


def drawn_stories(records: list[dict], count: int | tuple[int, int], seed: int) -> list[int]:
    """Positions in `records` of every article of `count` gold stories drawn at random (for a
    pool, a count of NeuS stories and one of the others), in file order."""
    rng = random.Random(seed)
    stories = sorted({r["gold_cluster"] for r in records})
    if isinstance(count, tuple):
        neus = [s for s in stories if s.startswith("neus")]
        chosen = set(rng.sample(neus, count[0]) + rng.sample([s for s in stories if s not in neus], count[1]))
    else:
        chosen = set(rng.sample(stories, count))
    return [n for n, r in enumerate(records) if r["gold_cluster"] in chosen][:ROBUSTNESS_MAX_ARTICLES]


def in_order(positions: list[int], order: str, seed: int) -> list[int]:
    """File order, or a reshuffle (a second one with another seed)."""
    if order == "file":
        return positions
    return random.Random(seed + 1000 * (order == "reshuffled")).sample(positions, len(positions))


def newsbrief_defaults(features) -> tuple[list[str], object, float]:
    """What update_stories does with its defaults: the first articles choose the scale, then the clusterer runs."""
    from newsbrief.cluster import SCALE_SAMPLE, ClusterOptions, choose_story_scale

    options, density = choose_story_scale(ClusterOptions(), features[:SCALE_SAMPLE])
    return run_clusterer(features, options), options, density


def robustness(args) -> None:
    """newsbrief's defaults against GSDMM (K twice the gold number) and HDBSCAN (minimum size
    chosen on gold) on every draw; the baselines, offline, run once per draw, on its file order."""
    import numpy as np

    from newsbrief.cluster import TOPIC_FULL_TEXT_TERMS, ClusterOptions

    sources = robustness_sources()
    every_feature = {name: shared_features(records) for name, records in sources.items()}
    rows = []
    print("| stream | articles | gold stories | density | read as | newsbrief B³ F1 | at the other scale | "
          "GSDMM | HDBSCAN |\n|---|---|---|---|---|---|---|---|---|")
    for name, counts, seeds, orders in ROBUSTNESS_DRAWS:
        for count in counts:
            for seed in seeds:
                drawn = drawn_stories(sources[name], count, seed)
                features = [every_feature[name][n] for n in drawn]
                gold = [sources[name][n]["gold_cluster"] for n in drawn]
                stories = len(set(gold))
                vectors = np.stack([f.dense for f in features])
                baselines = {} if args.skip_baselines else {
                    "gsdmm": bcubed(run_gsdmm(features, k=2 * stories), gold)[2],
                    "hdbscan": max(bcubed(run_hdbscan(vectors, size), gold)[2] for size in HDBSCAN_SIZES)}
                for order in orders:
                    positions = in_order(drawn, order, seed)
                    features = [every_feature[name][n] for n in positions]
                    gold = [sources[name][n]["gold_cluster"] for n in positions]
                    predicted, options, density = newsbrief_defaults(features)
                    other = ClusterOptions(full_text_terms=0 if options.full_text_terms else TOPIC_FULL_TEXT_TERMS)
                    row = {"stream": name, "stories_drawn": count, "seed": seed, "order": order,
                           "articles": len(positions), "gold_stories": stories, "density": round(density, 3),
                           "read_as": "topics" if options.full_text_terms else "events",
                           "newsbrief": round(bcubed(predicted, gold)[2], 4),
                           "other_scale": round(bcubed(run_clusterer(features, other), gold)[2], 4),
                           **{m: round(f1, 4) for m, f1 in baselines.items()}}
                    rows.append(row)
                    label = "+".join(map(str, count)) if isinstance(count, tuple) else count
                    print(f"| {name} {label} seed {seed} {order} | {row['articles']:,} | {stories} | {density:.3f} | "
                          f"{row['read_as']} | {row['newsbrief']:.3f} | {row['other_scale']:.3f} | "
                          f"{f1_cell(row.get('gsdmm'))} | {f1_cell(row.get('hdbscan'))} |", flush=True)
    RESULTS.mkdir(exist_ok=True)
    output = "stories-robustness-newsbrief.json" if args.skip_baselines else "stories-robustness.json"
    (RESULTS / output).write_text(json.dumps(rows, indent=2) + "\n")
    print_robustness(rows)


def f1_cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def print_robustness(rows: list[dict]) -> None:
    print("\n| streams | draws | read as gold stories are | newsbrief B³ F1 mean (min) | GSDMM mean | HDBSCAN mean | "
          "newsbrief ahead of both |\n|---|---|---|---|---|---|---|")
    for name in GOLD_SCALE:
        group = [r for r in rows if r["stream"] == name]
        if not group:
            continue
        ours = [r["newsbrief"] for r in group]
        right = sum(r["read_as"] == GOLD_SCALE[name] for r in group)
        means = {m: sum(r[m] for r in group) / len(group) if all(m in r for r in group) else None
                 for m in ("gsdmm", "hdbscan")}
        ahead = None if None in means.values() else sum(r["newsbrief"] > max(r["gsdmm"], r["hdbscan"]) for r in group)
        print(f"| {name} | {len(group)} | {right} ({GOLD_SCALE[name]}) | {sum(ours) / len(ours):.3f} ({min(ours):.3f}) | "
              f"{f1_cell(means['gsdmm'])} | {f1_cell(means['hdbscan'])} | {'—' if ahead is None else ahead} |")


# ---- scale -------------------------------------------------------------------------------

def resampled_stream(size: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    source = [d for name in ("neus-train.jsonl", "neus-val.jsonl") for c in read_jsonl(name)
              for d in c["documents"] if d["text"].strip()]
    start = 1_500_000_000
    records = []
    for n in range(size):
        document = rng.choice(source)
        words = [w for w in document["text"].split() if rng.random() > 0.15]
        records.append({"doc_id": f"r{n}", "title": document.get("title"), "text": " ".join(words) or document["text"],
                        "timestamp": start + 30 * n})
    return records


def run_cli(stream: Path, workdir: Path, extra: list[str]) -> dict:
    db = workdir / f"{stream.stem}.db"
    command = ["/usr/bin/time", "-f", "%M %e %U %S", sys.executable, "-m", "newsbrief.cli", "cluster", str(stream),
               "--output", str(workdir / "assignments.jsonl"), "--db", str(db), *extra]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    peak_kb, seconds, user, system = result.stderr.strip().splitlines()[-1].split()
    summary = [line for line in result.stderr.splitlines() if "clustered" in line][-1]
    # CPU seconds too: on a shared machine wall time counts other people's work as well.
    return {"seconds": float(seconds), "cpu_seconds": round(float(user) + float(system), 1),
            "peak_mb": round(int(peak_kb) / 1024), "summary": summary}


def scale(args) -> None:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for size in args.sizes:
            stream = workdir / f"stream-{size}.jsonl"
            stream.write_text("".join(json.dumps(r) + "\n" for r in resampled_stream(size)))
            runs = [("single process", [])]
            if size == args.dask_size:
                runs.append(("Dask LocalCluster, 2 workers", ["--scheduler", "local", "--workers", "2"]))
            for label, extra in runs:
                row = {"articles": size, "engine": label, **run_cli(stream, workdir, extra)}
                row["articles_per_s"] = round(size / row["seconds"])
                row["articles_per_cpu_s"] = round(size / row["cpu_seconds"])
                print(row, flush=True)
                results.append(row)
                (workdir / f"stream-{size}.db").unlink()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "stories-scale.json").write_text(json.dumps(results, indent=2) + "\n")
    print("\n| articles | engine | wall s | articles/s | CPU s (this process) | articles per CPU s | peak MB |"
          "\n|---|---|---|---|---|---|---|")
    for row in results:
        print(f"| {row['articles']:,} | {row['engine']} | {row['seconds']:.1f} | {row['articles_per_s']:,} | "
              f"{row['cpu_seconds']:.1f} | {row['articles_per_cpu_s']:,} | {row['peak_mb']} |")


def main() -> None:
    global DATA
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    q = commands.add_parser("quality", help="B-cubed, ARI and NMI against gold stories, beside GSDMM, HDBSCAN "
                                            "and BERTopic (README table)")
    q.add_argument("--streams", type=listed(one_of(STREAMS)), default="uci,googlenews,pooled",
                   help="comma-separated streams to score (default %(default)s)")
    q.add_argument("--skip-bertopic", action="store_true", help="leave BERTopic out even when it is installed")
    c = commands.add_parser("story-scale", help="the event- or topic-sized choice per stream (README table)")
    c.add_argument("--shuffles", type=at_least(1), default=5,
                   help="reshuffled orders of each stream besides file order (default 5)")
    r = commands.add_parser("robustness", help="the defaults on random draws of gold stories (README table)")
    r.add_argument("--skip-baselines", action="store_true",
                   help="newsbrief alone (about a minute), to stories-robustness-newsbrief.json")
    s = commands.add_parser("scale", help="wall time and peak memory of `newsbrief cluster` (README table)")
    s.add_argument("--sizes", type=listed(at_least(1)), default="1000,10000,100000",
                   help="comma-separated stream sizes in articles (default %(default)s)")
    s.add_argument("--dask-size", type=at_least(1), default=10000,
                   help="the size of --sizes also run on a 2-worker Dask LocalCluster (default 10000)")
    for command in commands.choices.values():
        command.add_argument("--data", type=Path, default=DATA,
                             help="folder holding the data files under their ../shared/data names "
                                  "(default ../shared/data)")
    args = parser.parse_args()
    DATA = args.data
    if not DATA.exists():
        raise SystemExit(f"{DATA}: the shared data is not here; the benchmark reads it at run time")
    {"quality": quality, "story-scale": story_scale, "robustness": robustness, "scale": scale}[args.command](args)


if __name__ == "__main__":
    main()
