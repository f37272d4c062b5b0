"""Online story clustering: each new article joins the story it fits best, or starts a new one.

Two stages, split so the first can run anywhere (a Dask worker) and the second in one place:

* `featurize` (order-free, parallel): clean the article, take its title and lead, embed them
  with a static word-embedding model (WordLlama, about 20,000 texts/s on two cores), count
  its content words, and compute its MinHash signature for the duplicate index.
* `StoryClusterer.assign` (order-dependent, sequential): a copy joins its canonical article's
  story; any other article is scored against the stories active in its time window, by
  cosine to each story's mean embedding (a shortlist) and then by TF-IDF cosine of the words
  it shares with the story, which is what tells two stories on one topic apart. Document
  frequencies grow with the stream, so IDF is the stream's own. The bar to join depends on
  the article's length (`length_factor`) and on whether the stream's stories are events or
  topics (`choose_story_scale`); a join the words barely make also needs the embedding to
  agree (`words_barely_link`).

Stories are never merged or renamed, so a story id, once given, stays. Memory and time per
article are bounded by `max_active` stories (least recently updated ones retire), so the
cost of a stream grows linearly with its length.
"""
from __future__ import annotations

import json
import math
import re
import struct
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from .clean import clean_article, is_site_boilerplate
from .align import word_stem
from .dedup import DuplicateIndex, signature
from .models import Article, Assignment, parse_time

DAY = 86400.0
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")
# Function words and news filler that say nothing about which story an article tells.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my no nor not now of off on once only or other our ours out over own said same says she should
    so some such than that the their theirs them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your yours
    new news one two year years told report reports according via mr mrs ms""".split()
)


@dataclass(frozen=True)
class ClusterOptions:
    """The clusterer's settings. The defaults are tuned on a pooled NeuS-train stream, except
    `long_text_terms`, which only full reports can set (the Multi-News articles of the pooled
    benchmark stream), and the story scale's cut (`TOPIC_DENSITY`; see the README)."""

    threshold: float = 0.40  # combined score an article needs to join a large story
    lexical_weight: float = 0.8  # share of the TF-IDF cosine in the score, the rest is embedding cosine
    small_story_discount: float = 0.1  # the bar for joining a story of n articles is threshold - this / n (events only)
    # Texts with fewer distinct words than this get a lower bar (0: off). None: the stream
    # decides (`choose_story_scale`); a clusterer given None makes events.
    full_text_terms: int | None = None
    long_text_terms: int = 100  # texts with more distinct words than this get a lower bar (0: off)
    shortlist: int = 10  # stories scored on words, taken by embedding cosine (20 scored no better)
    # The embedding cosine a join needs when the words barely link the article to the story
    # (`words_barely_link`); chosen on the UCI and Google News streams, where 7 of the 8 such
    # joins below it were wrong.
    weak_link_embedding: float = 0.2
    window_days: float = 3.0  # an article joins only stories seen within this many days of it
    max_active: int = 2000  # stories kept open; the least recently updated retire first
    lead_words: int = 60  # title and lead: what is embedded
    lexical_words: int = 400  # what is counted for TF-IDF
    idf_prior: int = 100  # documents assumed seen before the stream, holding none of its words
    encoder: str = "wordllama"


@dataclass(frozen=True)
class ArticleFeatures:
    """What the clusterer needs of one article, computed independently of every other article."""

    doc_id: str
    dense: np.ndarray  # unit vector of title and lead
    terms: dict[str, int]  # content-word counts
    minhash: np.ndarray | None  # None when too short to call a copy, or not news
    timestamp: float | None  # seconds since the epoch
    is_news: bool = True  # False for archive or site boilerplate, which starts a story of its own
    title: str | None = None
    outlet: str | None = None


def features_key(options: ClusterOptions) -> str:
    """What stored features depend on: features made under another key are computed again."""
    return f"v2/{options.encoder}/{options.lead_words}/{options.lexical_words}"


def features_to_bytes(features: ArticleFeatures) -> bytes:
    """A compact, pickle-free encoding: a JSON header, then the embedding and the signature."""
    header = json.dumps({
        "doc_id": features.doc_id, "terms": features.terms, "timestamp": features.timestamp,
        "is_news": features.is_news, "title": features.title, "outlet": features.outlet,
        "dimension": len(features.dense),
        "minhash": None if features.minhash is None else [str(features.minhash.dtype), len(features.minhash)],
    }, ensure_ascii=False).encode("utf-8")
    parts = [struct.pack("<I", len(header)), header, np.asarray(features.dense, dtype="<f4").tobytes()]
    if features.minhash is not None:
        parts.append(features.minhash.astype(features.minhash.dtype.newbyteorder("<")).tobytes())
    return b"".join(parts)


def features_from_bytes(data: bytes) -> ArticleFeatures:
    (size,) = struct.unpack_from("<I", data)
    header = json.loads(data[4 : 4 + size])
    offset = 4 + size
    dense = np.frombuffer(data, dtype="<f4", count=header["dimension"], offset=offset).astype(np.float32)
    minhash = None
    if header["minhash"] is not None:
        dtype, length = header["minhash"]
        offset += 4 * header["dimension"]
        minhash = np.frombuffer(data, dtype=np.dtype(dtype).newbyteorder("<"), count=length, offset=offset).astype(dtype)
    return ArticleFeatures(doc_id=header["doc_id"], dense=dense, terms=header["terms"], minhash=minhash,
                           timestamp=header["timestamp"], is_news=header["is_news"], title=header["title"],
                           outlet=header["outlet"])


# ---- features ------------------------------------------------------------------------------

class WordLlamaEncoder:
    """WordLlama static embeddings (256-d), loaded from the weights inside the PyPI package."""

    name = "wordllama"
    dimension = 256

    def __init__(self) -> None:
        import wordllama
        from wordllama import WordLlama

        # The package ships its default weights and tokenizer: never reach for the network.
        self._model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.asarray(self._model.embed(list(texts), norm=True), dtype=np.float32)


@lru_cache(maxsize=2)
def get_cluster_encoder(name: str):
    if name == "wordllama":
        return WordLlamaEncoder()
    from .embed import get_encoder

    return get_encoder(name)


def content_words(text: str) -> list[str]:
    """The text's words as the clusterer counts them: "Kalashnikov's" and "rifles" meet
    "Kalashnikov" and "rifle" (+0.02 B³ F1 on the pooled stream); other endings are kept,
    since stripping them too joined more NeuS-train stories that should stay apart."""
    words = (_POSSESSIVE.sub("", t.lower()) for t in _TOKEN.findall(text))
    return [word_stem(w, ("s",)) for w in words if w not in STOPWORDS and len(w) > 1]


def parse_timestamp(published: str | None) -> float | None:
    """Seconds since the epoch of an ISO-8601 time, or None."""
    moment = parse_time(published)
    return None if moment is None else moment.timestamp()


def featurize(articles: list[Article], options: ClusterOptions = ClusterOptions()) -> list[ArticleFeatures]:
    """Features of raw articles, in order; each depends on its own article only."""
    leads, prepared = [], []
    for article in articles:
        cleaned = clean_article(article)
        # A headline-only item can look like junk to the cleaner; then its own words are all there is.
        body = cleaned.text if cleaned.text.strip() else article.text
        title = cleaned.title or article.title
        words = body.split()
        lead = " ".join(words[: options.lead_words])
        if title and not lead.lower().startswith(title.lower()):
            lead = f"{title}. {lead}"
        lexical = " ".join(words[: options.lexical_words])
        if title and not lexical.lower().startswith(title.lower()):
            lexical = f"{title} {lexical}"
        is_news = not is_site_boilerplate(body)
        leads.append(lead)
        prepared.append((cleaned, title, lexical, body, is_news))
    dense = get_cluster_encoder(options.encoder).encode(leads)
    return [
        ArticleFeatures(
            doc_id=cleaned.doc_id,
            dense=dense[row],
            terms=dict(Counter(content_words(lexical))),
            minhash=signature(body) if is_news else None,
            timestamp=parse_timestamp(cleaned.published),
            is_news=is_news,
            title=title,
            outlet=cleaned.outlet,
        )
        for row, (cleaned, title, lexical, body, is_news) in enumerate(prepared)
    ]


# ---- story scale ---------------------------------------------------------------------------

# Gold story sets disagree on what a story is. In NeuS and Multi-News a story is an event,
# reported a few times; in the UCI and Google News streams it is a topic (a market, a company,
# a trial) followed by dozens of reports for weeks. A stream shows which it holds by how its
# articles' matches fall off: in an event stream an article's fifth-best match among the
# stream's first 1,000 articles is already a stranger, scored like its hundredth-best; in a
# topic stream it is still a report of its topic, and the hundredth-best is a stranger. The far
# match must lie past the reports of one topic: at the twenty-fifth, a stream of a few large
# topics (20 Google News stories, about 50 reports each among the first 1,000) had both matches
# in the topic and read as events (B³ F1 0.40-0.59 instead of 0.96). On 97 streams (the real
# ones reshuffled, draws of 3 to 100 whole gold stories from them, pools of NeuS-train and
# Multi-News clusters, titles only, random samples of 100 and 200 articles; `stories_bench.py
# robustness` and `story-scale`) the median gap was at most 0.13 on event streams (NeuS-train
# titles only; 0.10 with texts) and at least 0.18 on topic streams, but for one draw of 5 Google
# News stories and samples of 100 UCI headlines (0.156-0.172); the cut lies midway between 0.13
# and 0.156.
# Topic streams get the lower bar for short texts that both topic golds chose.
SCALE_SAMPLE = 1000  # the stream's first articles: they decide, so the choice settles once they are in
# The ranks of the two matches compared; in a sample of fewer than 200, the far match is the one
# halfway down (its worst match would make a small event sample look dense: 0.12-0.14 for the
# first 50-100 NeuS-train articles, against 0.06-0.08 halfway).
NEAR_MATCH, FAR_MATCH = 5, 100
DENSITY_MIN_ARTICLES = 25  # fewer say nothing of the stream, which is read as events
TOPIC_DENSITY = 0.14
TOPIC_FULL_TEXT_TERMS = 200


def tfidf_weights(terms: dict[str, int], df: Counter[str], documents: int) -> dict[str, float]:
    """Unit TF-IDF weights of an article's terms, given document frequencies over `documents`."""
    weights = {
        term: (1.0 + math.log(count)) * math.log((documents + 1) / (df.get(term, 0) + 1.5))
        for term, count in terms.items()
    }
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {term: w / norm for term, w in weights.items()}


def stream_density(sample: list[ArticleFeatures], options: ClusterOptions = ClusterOptions()) -> float:
    """How densely the stream repeats itself: the median, over the sample's news articles, of
    how far each one's fifth-best match in the sample scores above its hundredth-best (in a
    smaller sample, the one halfway down),
    scored as the clusterer scores an article against a story. Copies count once: a wire
    story republished by six sites is one report of an event, not a dense topic."""
    from scipy import sparse

    copies = DuplicateIndex()
    articles = []
    for article in sample:
        if not article.is_news or not article.terms:
            continue
        if article.minhash is not None and copies.original_or_add(article.doc_id, article.minhash) is not None:
            continue
        articles.append(article)
    if len(articles) <= DENSITY_MIN_ARTICLES:
        return 0.0
    far = min(FAR_MATCH, len(articles) // 2)
    df = Counter(term for f in articles for term in f.terms)
    vocabulary: dict[str, int] = {}
    rows, columns, values = [], [], []
    for row, article in enumerate(articles):
        for term, weight in tfidf_weights(article.terms, df, len(articles) + options.idf_prior).items():
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight)
    lexical = sparse.csr_matrix((values, (rows, columns)), shape=(len(articles), len(vocabulary)))
    dense = np.stack([f.dense for f in articles])
    scores = options.lexical_weight * (lexical @ lexical.T).toarray() + (1 - options.lexical_weight) * (dense @ dense.T)
    np.fill_diagonal(scores, -np.inf)
    best = -np.partition(-scores, (NEAR_MATCH - 1, far - 1), axis=1)
    return float(np.median(best[:, NEAR_MATCH - 1] - best[:, far - 1]))


def choose_story_scale(options: ClusterOptions, sample: list[ArticleFeatures]) -> tuple[ClusterOptions, float | None]:
    """`options` with the story scale settled: as given, or (when `full_text_terms` is None)
    from the density of the stream's first `SCALE_SAMPLE` articles, which is returned too."""
    if options.full_text_terms is not None:
        return options, None
    density = stream_density(sample[:SCALE_SAMPLE], options)
    terms = TOPIC_FULL_TEXT_TERMS if density >= TOPIC_DENSITY else 0
    return replace(options, full_text_terms=terms), density


# ---- the online clusterer ------------------------------------------------------------------

def length_factor(terms: int, options: ClusterOptions) -> float:
    """How much of the bar an article of this many distinct words is held to.

    A text's cosine with another report of its story falls off at both ends of the length
    scale: a headline holds few of the story's words, and a long report holds many words of
    its own. Both are held to a bar lowered in proportion to the square root of how far they
    are past the limit (for long texts this took Multi-News reports in the pooled stream from
    B³ F1 0.82 to 0.86 at the same precision, and changed nothing on the title-and-lead streams).
    """
    factor = 1.0
    if options.full_text_terms and terms < options.full_text_terms:
        factor *= math.sqrt(terms / options.full_text_terms)
    if options.long_text_terms and terms > options.long_text_terms:
        factor *= math.sqrt(options.long_text_terms / terms)
    return factor


def words_barely_link(shared_words: int, story_size: int) -> bool:
    """Whether the words an article shares with a story are too few to link the two by themselves.

    With no word in common only the embedding speaks, and with the lowered bar for short texts
    its share of the score alone cleared the bar (a one-word "notes" file joined a story on
    Black Lives Matter). One word in common with a story of one article is one word two texts
    happen to share, as often "officials" as their subject ("officials said" in a bridge
    collapse report, "Fed official says" in a headline); in a story of several reports the one
    word is more often the topic they share, and holding those joins to the embedding too cost
    UCI B³ F1 (0.791 to 0.773).
    """
    return shared_words == 0 or (shared_words == 1 and story_size == 1)


def small_story_allowance(story_size: int, options: ClusterOptions) -> float:
    """How much lower the bar is for joining a story of `story_size` articles.

    An event's reports share most of their words, so an article sits closer to the mean of many
    reports than to any one report, and a story of one or two is held to a lower bar (without
    it, NeuS-train B³ F1 0.701 -> 0.675, recall 0.72 -> 0.58). A topic's reports share only the
    topic: a headline sits closer to one report of its own sub-story (a company's results, its
    lawsuit) than to the mean of the topic's story, and the lower bar made a young sub-story
    win it whenever the two scored alike, so a topic split in two that kept growing side by side
    (a bitcoin topic of 129 UCI headlines as 105 + 22; 119 + 8 without the lower bar). At the
    topic scale there is none: on the UCI and Google News robustness draws B³ F1 rose on 36 of
    54 draws and fell on 9 (`stories_bench.py robustness`).
    """
    if options.full_text_terms:
        return 0.0
    return options.small_story_discount / story_size


@dataclass
class _StoryState:
    story_id: str
    slot: int | None  # row in the active matrix, None once retired
    terms: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    first: float | None = None
    last: float | None = None
    joinable: bool = True
    size: int = 0  # articles that shaped it (copies do not)


class StoryClusterer:
    """Assigns articles to stories one at a time; `apply` replays a stored decision exactly."""

    def __init__(self, options: ClusterOptions = ClusterOptions()):
        self.options = options
        self.duplicates = DuplicateIndex()
        self._stories: dict[str, _StoryState] = {}
        self._story_of: dict[str, str] = {}  # canonical doc_id -> story_id
        self._df: Counter[str] = Counter()
        self._documents = 0
        # Story embedding sums and their unit vectors, one row per active story; sized by the
        # first article, since the width depends on the encoder.
        self._sums = np.zeros((0, 0), dtype=np.float32)
        self._units = np.zeros((0, 0), dtype=np.float32)
        self._slot_story: list[str | None] = [None] * options.max_active
        self._scored: tuple[str, dict[str, float]] | None = None  # the last article's weights, for `apply`
        self._slot_first = np.full(options.max_active, np.nan)
        self._slot_last = np.full(options.max_active, np.nan)
        self._active: OrderedDict[str, None] = OrderedDict()  # least recently updated first

    def __len__(self) -> int:
        return len(self._stories)

    def assign(self, features: ArticleFeatures) -> Assignment:
        """Decide the article's story (and the article it copies) and update the state."""
        assignment = self.decide(features)
        self.apply(features, assignment)
        return assignment

    def decide(self, features: ArticleFeatures) -> Assignment:
        if features.minhash is not None:
            canonical = self.duplicates.find(features.minhash)
            if canonical is not None:
                return Assignment(features.doc_id, self._story_of[canonical], canonical)
        story_id = self._best_story(features) if features.is_news else None
        return Assignment(features.doc_id, story_id or self._next_story_id(), None)

    def apply(self, features: ArticleFeatures, assignment: Assignment) -> None:
        """Record a decision: the article joins (or founds) its story and, unless a copy, shapes it."""
        story = self._stories.get(assignment.story_id)
        if story is None:
            story = _StoryState(assignment.story_id, slot=None, joinable=features.is_news)
            self._stories[assignment.story_id] = story
        self._extend_time(story, features.timestamp)
        if assignment.duplicate_of is not None:
            self._story_of[features.doc_id] = assignment.story_id
            self._touch(story)
            return
        self._story_of[features.doc_id] = assignment.story_id
        if features.minhash is not None:
            self.duplicates.add(features.doc_id, features.minhash)
        if not features.is_news:
            return
        if not self._sums.size:
            self._sums = np.zeros((self.options.max_active, features.dense.shape[0]), dtype=np.float32)
            self._units = np.zeros_like(self._sums)
        scored, self._scored = self._scored, None
        weights = scored[1] if scored and scored[0] == features.doc_id else self._weights(features.terms)
        self._documents += 1
        self._df.update(features.terms.keys())
        dot = sum(story.terms.get(t, 0.0) * w for t, w in weights.items())
        story.norm2 += 2 * dot + sum(w * w for w in weights.values())
        for term, weight in weights.items():
            story.terms[term] = story.terms.get(term, 0.0) + weight
        story.size += 1
        self._touch(story)
        self._sums[story.slot] += features.dense
        row = self._sums[story.slot]
        self._units[story.slot] = row / max(float(np.linalg.norm(row)), 1e-12)

    # -- scoring --

    def _best_story(self, features: ArticleFeatures) -> str | None:
        if not self._active:
            return None
        options = self.options
        # einsum, not BLAS: for one vector BLAS threads cost more than they save (8x slower on 2 cores).
        used = len(self._active)  # slots fill from 0 and are reused once all are taken
        dense = np.einsum("ij,j->i", self._units[:used], features.dense)
        if features.timestamp is not None:
            window = options.window_days * DAY
            too_far = ((features.timestamp < self._slot_first[:used] - window)
                       | (features.timestamp > self._slot_last[:used] + window))
            dense[too_far] = -np.inf  # NaN (no time known) compares False: such stories stay eligible
        count = min(options.shortlist, used)
        shortlist = np.argpartition(-dense, count - 1)[:count]
        weights = self._weights(features.terms)
        self._scored = (features.doc_id, weights)
        weighted = list(weights.items())
        bar = length_factor(len(features.terms), options)
        best, best_margin = None, 0.0
        for slot in shortlist[np.argsort(-dense[shortlist], kind="stable")]:
            if not np.isfinite(dense[slot]):
                continue
            story = self._stories[self._slot_story[slot]]
            get = story.terms.get
            if dense[slot] < options.weak_link_embedding and words_barely_link(
                    sum(1 for t, _ in weighted if t in story.terms), story.size):
                continue  # the embedding does not back a link the words barely make
            lexical = sum([get(t, 0.0) * w for t, w in weighted]) / math.sqrt(max(story.norm2, 1e-12))
            score = options.lexical_weight * lexical + (1 - options.lexical_weight) * float(dense[slot])
            margin = score - bar * (options.threshold - small_story_allowance(story.size, options))
            if margin >= best_margin and (best is None or margin > best_margin):
                best, best_margin = story.story_id, margin
        return best

    def _weights(self, terms: dict[str, int]) -> dict[str, float]:
        """Unit TF-IDF weights of an article's terms, the article counted into the IDF.

        The IDF counts `idf_prior` extra documents that hold none of the terms: early in a
        stream, when two reports of one story are all there is, the words they share would
        otherwise look common and weigh least, just when they matter most.
        """
        return tfidf_weights(terms, self._df, self._documents + 1 + self.options.idf_prior)

    # -- bookkeeping --

    def _next_story_id(self) -> str:
        return f"S{len(self._stories) + 1:06d}"

    def _extend_time(self, story: _StoryState, timestamp: float | None) -> None:
        if timestamp is None:
            return
        story.first = timestamp if story.first is None else min(story.first, timestamp)
        story.last = timestamp if story.last is None else max(story.last, timestamp)
        if story.slot is not None:
            self._slot_first[story.slot] = story.first
            self._slot_last[story.slot] = story.last

    def _touch(self, story: _StoryState) -> None:
        """Mark the story recently updated, giving it a row in the active matrix if it has none."""
        if not story.joinable:
            return
        if story.slot is not None:
            self._active.move_to_end(story.story_id)
            return
        if len(self._active) < self.options.max_active:
            slot = len(self._active)
        else:
            retired_id, _ = self._active.popitem(last=False)
            retired = self._stories[retired_id]
            slot, retired.slot = retired.slot, None
            retired.joinable = False  # a retired story is closed: new coverage starts a new story
            retired.terms, retired.norm2 = {}, 0.0  # never scored again, so its words need not stay in memory
        self._active[story.story_id] = None
        story.slot = slot
        self._slot_story[slot] = story.story_id
        self._sums[slot] = 0.0
        self._units[slot] = 0.0
        self._slot_first[slot] = np.nan if story.first is None else story.first
        self._slot_last[slot] = np.nan if story.last is None else story.last
