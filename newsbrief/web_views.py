"""What the web pages show, computed from a brief record (JSON schema 1) and the articles it
was written from: no HTTP and no HTML here, so every rule can be tested on its own.

A brief cites whole articles; a reader wants the sentence. `brief_view` finds, for every
brief sentence and every source it cites, the sentence of that source that supports it: the
sentence itself in the article it was taken from, the closest in content words elsewhere.
The articles are split exactly as the pipeline split them (clean, then `split_article`), so
the sentence a brief took appears verbatim in its own source.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .align import word_overlap
from .clean import clean_article
from .models import Article, Sentence, Story, parse_time
from .render import (brief_from_json, brief_heading, comparison_from_json, is_day, quote_wordings, readable_time,
                     source_label, states_words)
from .sentences import split_article
from .stories import headline_among

if TYPE_CHECKING:
    from .compare import QuoteGroup


@dataclass(frozen=True)
class Chip:
    """A citation [source] of one brief sentence, pointing at the supporting sentence (or None)."""

    source: int
    anchor: str | None


@dataclass(frozen=True)
class SentenceView:
    text: str
    chips: tuple[Chip, ...]

    @property
    def anchors(self) -> str:
        """Every supporting sentence of this brief sentence, for the page script to light up together."""
        return " ".join(c.anchor for c in self.chips if c.anchor)


@dataclass(frozen=True)
class SourceSentence:
    anchor: str
    text: str
    paragraph: int


@dataclass(frozen=True)
class SourceView:
    id: int
    label: str  # as the CLI names the source: render.source_label
    title: str | None
    published: str | None
    link: str | None  # only http(s): a scraped url may be javascript: or data:
    url_text: str | None  # the url as given, shown as text when it is not a safe link
    sentences: tuple[SourceSentence, ...]  # in reading order


@dataclass(frozen=True)
class StatementView:
    source: int
    text: str
    anchor: str | None


@dataclass(frozen=True)
class BriefView:
    record: dict
    title: str  # the brief's heading, as the CLI heads it: never its lead sentence cut to fit
    sentences: tuple[SentenceView, ...]
    sources: tuple[SourceView, ...]
    comparison: dict | None  # the record's comparison with every statement linked to its sentence

    def label(self, source: int) -> str:
        return self.sources[source - 1].label if 0 < source <= len(self.sources) else f"source {source}"


def safe_link(url: str | None) -> str | None:
    """The url when a browser may follow it; never javascript:, data: or a relative path."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def anchor(source: int, position: int) -> str:
    return f"s{source}-{position}"


def locate(text: str, sentences: list[str]) -> int | None:
    """Index of the sentence that states `text`: itself when present, else the best overlap."""
    for index, sentence in enumerate(sentences):
        if sentence == text:
            return index
    scores = [word_overlap(text, sentence) for sentence in sentences]
    best = max(range(len(scores)), key=scores.__getitem__, default=None)
    return best if best is not None and scores[best] > 0 else None


def brief_view(record: dict, articles: dict[str, Article], names: dict[str, str] | None = None,
               story_title: str | None = None) -> BriefView:
    """The brief with its citations resolved to sentences of the cleaned `articles` (by doc_id),
    its sources named by `names` (by doc_id) where given, else as the CLI names them; headed by
    `story_title` (a stored story's) where that is a headline, else as the CLI heads a brief."""
    split: dict[int, list[str]] = {}
    sources = []
    # The record read back as the CLI reads a stored brief, to be headed and named as it heads and names them.
    brief = brief_from_json(record)
    for source, cited in zip(record["sources"], brief.sources):
        article = articles.get(source["doc_id"])
        found = article_sentences(article) if article else ()
        split[source["id"]] = [s.text for s in found]
        sources.append(SourceView(
            id=source["id"],
            label=source_label(cited, (names or {}).get(cited.doc_id)),
            title=source["title"],
            published=source["published"],
            link=safe_link(source["url"]),
            url_text=source["url"],
            sentences=tuple(SourceSentence(anchor(source["id"], s.position), s.text, s.paragraph) for s in found),
        ))

    def linked(source: int, text: str) -> str | None:
        position = locate(text, split.get(source, []))
        return None if position is None else anchor(source, position)

    sentences = tuple(
        SentenceView(s["text"], tuple(Chip(n, linked(n, s["text"])) for n in s["sources"])) for s in record["sentences"]
    )
    comparison = record.get("comparison")
    if comparison:
        comparison = _linked_comparison(comparison, linked)
    title = brief_heading(brief, headline_among(story_title, articles.values()))
    return BriefView(record, title, sentences, tuple(sources), comparison)


def _linked_comparison(comparison: dict, linked) -> dict:
    def statements(items: list[dict]) -> list[StatementView]:
        return [StatementView(i["source"], i["text"], linked(i["source"], i["text"])) for i in items]

    def quote(item: dict, group: QuoteGroup) -> dict:
        return {**item, "said": quote_lines(group, statements(item["wording"]))}

    groups = comparison_from_json(comparison).quotes
    return {
        **comparison,
        "agreed": [{**f, "statements": statements(f["statements"])} for f in comparison["agreed"]],
        "disagreements": [{**d, "statements": statements(d["statements"])} for d in comparison["disagreements"]],
        "quotes": [quote(item, group) for item, group in zip(comparison["quotes"], groups)],
        "quote_variants": [{**v, "statements": statements(v["statements"])} for v in comparison["quote_variants"]],
    }


def quote_lines(group: QuoteGroup, wording: list[StatementView]) -> tuple[SentenceView, ...]:
    """The wordings a Quotes line shows of one quotation, as the CLI shows them (`render.quote_wordings`),
    each with chips for only the sources that print those words, at their statement of them: an outlet
    that printed a piece of the quotation is cited for that piece, not for the whole."""
    return tuple(SentenceView(text, chips_by_source([s for s in wording if s.source in sources and states_words(s.text, text)]))
                 for text, sources in quote_wordings(group))


def chips_by_source(statements: list[StatementView]) -> tuple[Chip, ...]:
    """One chip per source, at its first statement found in it: a source that words a quote
    twice (a phrase, then the whole sentence) is still cited once."""
    anchors: dict[int, str | None] = {}
    for statement in statements:
        if anchors.get(statement.source) is None:
            anchors[statement.source] = statement.anchor
    return tuple(Chip(source, anchor) for source, anchor in anchors.items())


# Stored articles never change (doc_id is the key): each is cleaned and split once per process.
@lru_cache(maxsize=2048)
def cleaned_article(article: Article) -> Article:
    return clean_article(article)


@lru_cache(maxsize=2048)
def article_sentences(article: Article) -> tuple[Sentence, ...]:
    return tuple(split_article(article))


# ---- names -----------------------------------------------------------------------------------

CONTENT_ID = re.compile(r"sha256:[0-9a-f]{20}")


def content_id(text: str) -> str:
    """The doc_id of an article sent with none: the same text sent twice is the same article."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def reader_names(articles: list[Article]) -> dict[str, str]:
    """Names for the articles among a story's (in its order) that were sent with no id, whose
    doc_id is a hash of their text: 'article 2' for the story's second, as a brief names the
    unnamed articles of a request, where the hash means nothing to a reader."""
    return {a.doc_id: f"article {number}" for number, a in enumerate(articles, 1) if CONTENT_ID.fullmatch(a.doc_id)}


# ---- timeline ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class TimelineRow:
    label: str  # the source, named as in the sources list beside it
    marks: tuple[tuple[float, str, str], ...]  # (position 0-100 %, readable time, article title or name)


@dataclass(frozen=True)
class Timeline:
    start: str | None  # readable times of the axis ends
    end: str | None
    rows: tuple[TimelineRow, ...]
    undated: tuple[str, ...]  # sources with an article whose time is unknown


def plotted_time(published: str | None) -> datetime | None:
    """Where a publication time goes on the axis: a day alone, whose hour is unknown, at its
    middle rather than at a midnight nobody stated."""
    moment = parse_time(published)
    return moment + timedelta(hours=12) if moment and is_day(published) else moment


def timeline(articles: list[Article], names: dict[str, str] | None = None) -> Timeline:
    """When each source published, on one axis from the first article to the last, each time
    labelled as precisely as it is known (a day alone as the day); sources named by `names`
    (by doc_id) where given."""
    def label(article: Article) -> str:
        return source_label(article, (names or {}).get(article.doc_id))

    dated = sorted(((moment, a) for a in articles if (moment := plotted_time(a.published))), key=lambda d: d[0])
    undated = tuple(sorted({label(a) for a in articles if plotted_time(a.published) is None}))
    if not dated:
        return Timeline(None, None, (), undated)
    (first, earliest), (last, latest) = dated[0], dated[-1]
    span = (last - first).total_seconds()
    rows: dict[str, list[tuple[float, str, str]]] = {}
    for moment, article in dated:
        position = 50.0 if span == 0 else 100 * (moment - first).total_seconds() / span
        rows.setdefault(label(article), []).append((round(position, 1), readable_time(article.published), article.title or label(article)))
    return Timeline(readable_time(earliest.published), readable_time(latest.published),
                    tuple(TimelineRow(o, tuple(m)) for o, m in rows.items()), undated)


# ---- the story list -------------------------------------------------------------------------

def known_published(article: Article) -> str | None:
    """When the article was published, as the story page shows it: as it came, else as its
    text says (a byline's date). The cleaner keeps a given time, so only undated articles are cleaned."""
    return article.published or cleaned_article(article).published


def publication_span(articles: list[Article]) -> tuple[str | None, str | None]:
    """The earliest and latest known publication times of these articles, as given; ordered as
    times, since times in different zones do not sort as text."""
    times = ((parse_time(published), published) for published in map(known_published, articles))
    dated = sorted((moment, published) for moment, published in times if moment)
    return (dated[0][1], dated[-1][1]) if dated else (None, None)


def with_publication_span(store, story: Story) -> Story:
    """The story spanning the times its articles carry or their text states (a byline's date),
    as its page and the story lists give it; the store holds only the times given."""
    first, last = publication_span(store.story_articles(story.story_id, copies=True))
    return replace(story, first_seen=first, last_seen=last)


def matches(story: Story, query: str = "", outlet: str = "", since: date | None = None, until: date | None = None) -> bool:
    """Whether a story passes the list's filters: every query word in its title, an outlet
    containing `outlet`, and publication times overlapping [since, until] (days, inclusive)."""
    title = (story.title or "").lower()
    # Words as typed, their punctuation aside: "Putin, Erdogan" or "Erdogan's" still finds the story.
    if any(word not in title for word in re.findall(r"\w+", query.lower())):
        return False
    if outlet and not any(outlet.lower() in name.lower() for name in story.outlets):
        return False
    if since or until:
        first, last = parse_time(story.first_seen), parse_time(story.last_seen)
        if first is None or last is None:
            return False
        if since and last.date() < since:
            return False
        if until and first.date() > until:
            return False
    return True
