"""The typed records passed between pipeline stages."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from .compare import Comparison

# What ingest adds to an article's own id to keep it unique in a store: the cluster a cluster
# file's document came from ("{cluster_id}/0"), or the start of a file's text hash after the
# file's name ("dw.txt#67f3d01d4435"); a URL id ("https://...") is the article's own.
STORED_ID = re.compile(r"(?!\w+://)[^/]*/(?P<document>.+)|(?P<file>.+)#[0-9a-f]{12}")
# An opinion page's piece: "New York Post (Opinion)" as the outlet, "OPINION: …" opening the title.
OPINION = re.compile(r"\bopinion\b", re.IGNORECASE)
OPINION_LABEL = re.compile(r"\W*opinion\s*[:|]", re.IGNORECASE)
# An opinion section's segment of a page's URL path, where many outlets mark a column and nothing
# else does ("/2021/10/01/opinion/…", "/opinion/editorials/…", "/columnists/…", the Guardian's
# "/commentisfree/…", the Atlantic's "/ideas/…"): a whole segment, as "/opinion-polls-show-…" is a
# slug. A slug may open on the label, as a title does ("/news/opinion-the-second-amendment-…",
# "/op-ed-online-exchanges-…": the only two such slugs in the data), but not on "opinion polls";
# or end on it, before the page's number, as Newsweek's do ("/…-divides-them-opinion-1600369"), but
# not on "public opinion".
# Not "/blog/": a live blog is news.
OPINION_SECTION = re.compile(r"/(?:(?:opinions?|columns?|columnists?|op-?eds?|editorials?|commentary|commentisfree|ideas)"
                             r"(?:/|$)|(?:opinion|op-?ed)-(?!polls?\b))|(?<!public)-opinion(?:-\d+)?(?:\.html?)?/?$", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One news article, cleaned or raw, with what is known about where it came from."""

    doc_id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO-8601 date or datetime
    url: str | None = None
    source_path: str | None = None
    republished_by: str | None = None

    @property
    def name(self) -> str:
        """The id as a reader should see it, whether the article was read from its file or from a
        store: a file name as is, a bare number from a cluster file quoted as the id it is, 'article
        "0"' (cluster files number their documents from 0, and '[1] article 0' reads as two
        numberings of one list)."""
        stored = STORED_ID.fullmatch(self.doc_id)
        own_id = (stored["document"] or stored["file"]) if stored else self.doc_id
        return f'article "{own_id}"' if own_id.isdigit() else own_id

    @property
    def note_name(self) -> str:
        """How a note names the article: its name, with its outlet where one is known, since a
        cluster file's ids ("right", "0") say little alone: "right (National Review)"."""
        return f"{self.name} ({self.outlet})" if self.outlet and self.outlet != self.name else self.name

    @property
    def is_opinion(self) -> bool:
        """Whether the article is from an opinion page, as its outlet's name (`OPINION`), a label
        opening its title (`OPINION_LABEL`) or its URL's path (`OPINION_SECTION`) says: its claims
        are its writer's, not reported news. Of the 30 AllSides dev articles with such a path, the
        outlet's name marks 3: it is often the writer's ("Paul Krugman", "Guest Writer - Left")."""
        return bool(OPINION.search(self.outlet or "") or OPINION_LABEL.match(self.title or "")
                    or OPINION_SECTION.search(urlsplit(self.url or "").path))


def parse_time(value: str | None) -> datetime | None:
    """An ISO-8601 date or time (as `Article.published` holds), in UTC when it names no zone
    (a date alone is midnight UTC); None if unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Cluster:
    """Articles about one story, as given by the user or by a cluster file."""

    articles: tuple[Article, ...]
    cluster_id: str | None = None
    references: tuple[str, ...] = ()
    origin: str | None = None  # file (and line) the cluster was read from, for messages


@dataclass(frozen=True)
class Sentence:
    """A sentence of one article: `article` indexes the cluster, `position` the article's sentences."""

    text: str
    article: int
    position: int
    paragraph: int = 0

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class BriefSentence:
    """A summary sentence and the 1-based ids of the sources that state it, its own article first."""

    text: str
    sources: tuple[int, ...]


@dataclass(frozen=True)
class Brief:
    cluster_id: str | None
    sentences: tuple[BriefSentence, ...]
    sources: tuple[Article, ...]
    comparison: Comparison | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def summary(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def words(self) -> int:
        return len(self.summary.split())


@dataclass(frozen=True)
class Assignment:
    """Where the story clusterer put one article: its story, and the article it copies, if any."""

    doc_id: str
    story_id: str
    duplicate_of: str | None = None


@dataclass(frozen=True)
class Story:
    """A story found in a stream of articles; copies count once in `outlets`."""

    story_id: str
    title: str | None
    size: int  # articles, copies included
    outlets: tuple[str, ...]
    first_seen: str | None = None  # ISO-8601, earliest publication time known
    last_seen: str | None = None
    unnamed: int = 0  # articles, copies aside, whose outlet is not known
