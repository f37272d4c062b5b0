"""Read articles from what users have: scraped text, HTML pages, RSS/Atom feeds, cluster JSONL,
Multi-News raw files; and tell what kind of file a path holds, for `brief` and `ingest` alike.

Every reader returns raw `Article`s (cleaning is the next stage) grouped into `Cluster`s, and
every problem with a file is an `InputError` naming the file, the line where it helps, and
what is wrong.
"""
from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import os
import re
import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError
from .models import Article, Cluster

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt", ".text", ""} | MARKDOWN_SUFFIXES
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
CLUSTER_SUFFIXES = {".jsonl", ".json"}
MULTINEWS_SUFFIXES = {".src"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CLUSTER_SUFFIXES | MULTINEWS_SUFFIXES | FEED_SUFFIXES
FEED_ENTRY_ELEMENTS = {"item", "entry"}  # RSS's and Atom's
FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
MULTINEWS_DOC_SEPARATOR = "|||||"
MULTINEWS_NEWLINE = "NEWLINE_CHAR"
# What a lone surrogate escape ("\ud800", valid JSON, never valid UTF-8) is called, in files and API bodies alike.
HALF_CHARACTER = "invalid Unicode: an escape such as \\ud800 names half a character"


class InputWarning(InputError):
    """A field of a record that could not be read, though the record was: the article is stored
    without it. It comes just before its article, and `store_articles` reports it only if it
    stores that article, as the message says it does."""


class InputNote(InputWarning):
    """What a file holds that is left out on purpose, not wrong (an archive's redirects and error
    pages), or that a file holds nothing to read (a feed with no entries): `store_articles`
    reports it whatever is stored, in input order with its batch's errors and warnings, and it
    is no error."""


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refusing what is too big, empty or binary."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:  # worded as for a path given that is not there
        raise InputError(str(path), "no such file or directory") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot open: {exc.strerror or exc}") from None
    if size > max_bytes:
        size_said, limit_said = in_one_unit(size, max_bytes)
        raise InputError(str(path), f"file is {size_said}, over the --max-bytes limit of {limit_said}; split it or raise --max-bytes")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(str(path), "file is empty")
    if problem := not_text(data, path):
        raise InputError(str(path), problem)
    head = data[:8192]
    if b"\x00" in head:
        encoding = utf16_encoding(head)
        if encoding:
            converted = shlex.quote(str(path.with_name(f"utf8-{path.name}")))
            raise InputError(str(path), f"{encoding} text; convert it to UTF-8, e.g. "
                                        f"iconv -f {encoding} -t UTF-8 {shlex.quote(str(path))} > {converted}")
        raise InputError(str(path), "binary file, not text (it contains NUL bytes); newsbrief reads text files in UTF-8")
    return data


def not_text(data: bytes, path: Path) -> str | None:
    """What a file that is no text is, known by its first bytes, and what to do, where the NUL or
    UTF-8 check would say less (a PDF's first binary bytes fail as Latin-1, and "re-encode it"
    would be wrong advice): a PDF, or a compressed file such as a gzipped JSONL dump."""
    name = shlex.quote(str(path))
    if data.startswith(b"%PDF-"):
        return f"a PDF document, not text; save its text (pdftotext {name}) and give that"
    if data.startswith(b"\x1f\x8b"):
        return f"gzip-compressed; decompress it first (gunzip -k {name})"
    return None


def utf16_encoding(head: bytes) -> str | None:
    """The UTF-16 or UTF-32 that the start of a file holding NUL bytes is written in, if any: by
    its byte-order mark (UTF-32's, which begins like UTF-16LE's, first), or without one "UTF-16LE"
    or "UTF-16BE" by the NUL in every other byte that UTF-16 gives Latin-script text (named by its
    byte order, which iconv would otherwise guess)."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "UTF-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    even, odd = head[0::2], head[1::2]
    for encoding, high_bytes, low_bytes in (("UTF-16LE", odd, even), ("UTF-16BE", even, odd)):
        if high_bytes and high_bytes.count(0) >= 0.9 * len(high_bytes) and low_bytes.count(0) <= 0.1 * len(low_bytes):
            return encoding
    return None


def decode_utf8(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise not_utf8(path, data[exc.start], data[: exc.start].count(b"\n") + 1) from None


def decoded_lines(data: bytes, path: Path) -> Iterator[tuple[int, str] | InputError]:
    """(line number, text less its line end) for each non-blank line of a file of records (JSONL,
    Multi-News raw), each line decoded on its own (the first as utf-8-sig, for a byte-order mark):
    a byte that is no UTF-8 yields the error of its line, and the file's other records are read."""
    for number, raw in enumerate(data.split(b"\n"), 1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8").removesuffix("\r")
        except UnicodeDecodeError as exc:
            yield not_utf8(path, raw[exc.start], number)
            continue
        if line.strip():
            yield number, line


def not_utf8(path: Path, byte: int, line: int) -> InputError:
    return InputError(str(path), f"not valid UTF-8 (byte 0x{byte:02X}); re-encode it, e.g. iconv -f latin1 -t utf-8", line)


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    return decode_utf8(read_bytes(path, max_bytes), path)


def in_one_unit(*sizes: int) -> list[str]:
    """Sizes said in one unit, to be compared at a glance: megabytes where each is one or more
    and they differ in them ("104.9 MB" and "100.0 MB"), else bytes ("1,048,600 bytes" and
    "1,048,576 bytes", not "1.0 MB" twice; not "14.3 MB" beside "1,000,000 bytes")."""
    megabytes = [f"{size / 1024 / 1024:.1f} MB" for size in sizes]
    if min(sizes) >= 1024 * 1024 and len(set(megabytes)) == len(megabytes):
        return megabytes
    return [f"{size:,} bytes" for size in sizes]


# ---- single articles -------------------------------------------------------------------------

def read_text_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """A plain-text article as scraped; the cleaner finds its title, byline and junk."""
    return text_article(path, read_text(path, max_bytes))


def text_article(path: Path, text: str) -> Article:
    """The article of a text file's text, a Markdown file's as the text it shows (`markdown_text`),
    unless it has no article text (`with_article_text`)."""
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        text = markdown_text(text)
    return with_article_text(Article(doc_id=path.name, text=text, source_path=str(path)))


def markdown_text(markdown: str) -> str:
    """Markdown as the text a reader sees: each heading, paragraph or list item one line, without
    its markers, emphasis, link targets, images or inline markup ("# Acme *shares* jump" is the
    headline "Acme shares jump"). markdown-it-py, which rich already brings, does the parsing."""
    from markdown_it import MarkdownIt

    blocks = (token.children or () for token in MarkdownIt("commonmark").parse(markdown) if token.type == "inline")
    shown = ("".join(map(_shown_text, block)).strip() for block in blocks)
    return "\n\n".join(text for text in shown if text)  # a paragraph of images alone shows no words


def _shown_text(token) -> str:
    """What a reader sees of one inline Markdown token: an image's alt text and raw HTML tags are
    not the article's words."""
    if token.type in ("text", "code_inline"):
        return token.content
    return " " if token.type in ("softbreak", "hardbreak") else ""


def with_article_text(article: Article) -> Article:
    """A file's article, unless it has no article text (`has_article_text`): then the error saying so."""
    if not has_article_text(article):
        raise InputError(article.source_path, "no article text: nothing is left once menus, share lines and other "
                                              "page furniture are taken out")
    return article


def has_article_text(article: Article) -> bool:
    """Whether any of a file's or page's text is left once the cleaner takes out its junk. A page
    of navigation links, a cookie wall or a file of share lines has none: the one check for
    `brief`, which would drop it, and `ingest`, which stored it as a story titled "Home"."""
    from .clean import clean_article

    return bool(clean_article(article).text.strip())


def read_html_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Main text and metadata of an HTML page, extracted with trafilatura."""
    article = html_article(read_bytes(path, max_bytes), doc_id=path.name, source_path=str(path))
    if article is None:
        raise InputError(str(path), "no article text found in this HTML page")
    return article


def html_article(data: bytes, doc_id: str, source_path: str, url: str | None = None) -> Article | None:
    """The article of one HTML page (a file, or a record of an archive at `url`): its main text and
    metadata by trafilatura, without comments or tables; None when the page has no article text
    (`has_article_text`)."""
    import trafilatura
    from trafilatura.deduplication import LRUCache
    from trafilatura.settings import LRU_SIZE

    # Repeated segments are dropped within this page only: trafilatura's default cache spans the
    # process, so a page read a fourth time (uploaded again, ingested by another path) lost its text.
    document = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False,
        deduplicate=LRUCache(maxsize=LRU_SIZE), date_extraction_params=publication_date_params(),
    )
    if document is None or not (document.text or "").strip():
        return None
    article = Article(
        doc_id=doc_id,
        text=document.text,
        title=document.title or None,
        outlet=document.sitename or None,
        author=document.author or None,
        published=document.date or None,
        url=url or document.url or None,
        source_path=source_path,
    )
    return article if has_article_text(article) else None


def publication_date_params() -> dict:
    """htmldate's settings for a page's publication date: the date the page states for itself, or none.

    htmldate's default extensive search falls back on any date in the page's text (one the story
    mentions), then on a bare month or the copyright year, given as the 1st of the month or of
    January: a footer's "Copyright 2024" became 2024-01-01 and split a story in ingest's time
    window. Without it, a date counts only from markup (meta tags, JSON-LD, <time>, an element
    marked as a date, the URL) or written in full as YYYY-MM-DD; a page with none has no date.
    """
    from trafilatura.settings import set_date_params

    return set_date_params(extensive=False)


def file_doc_id(path: Path, text: str) -> str:
    """An article a file gives no id of its own (a text file, an HTML page, a feed entry without
    <guid> or <link>) is known by the file's name and its text (the start of the text's SHA-256),
    not by how its path was typed: the same file read from another directory or a moved folder is
    one article, and so is a web upload of it (the web app names uploads the same way), while two
    pages named index.html in two folders are two."""
    return f"{path.name}#{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}"


# ---- kinds of file ---------------------------------------------------------------------------

def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def is_archive(path: Path) -> bool:
    """Whether a file is a WARC or ARC archive, by its name or by its first bytes."""
    return is_warc(path) or starts_like_an_archive(path)


def starts_like_an_archive(path: Path) -> bool:
    """Whether the file opens on a WARC or ARC header, gzipped or not."""
    import zlib

    head = _head(path)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))


def is_feed(path: Path) -> bool:
    """Whether a file is read as an RSS or Atom feed: by its name, or a text file (any name that
    is no other kind's) that starts like one. The one rule for `brief` and `ingest` alike."""
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        return True
    if suffix in HTML_SUFFIXES | CLUSTER_SUFFIXES | MULTINEWS_SUFFIXES or is_warc(path):
        return False
    return FEED_START.match(_head(path)) is not None


def _head(path: Path) -> bytes:
    """The first 4 KB of a file, enough to tell its kind; none when it cannot be read (reading
    it whole then says why)."""
    try:
        with path.open("rb") as stream:
            return stream.read(4096)
    except OSError:
        return b""


# ---- feeds -----------------------------------------------------------------------------------

def html_to_text(markup: str) -> str:
    """Paragraph text of an HTML fragment (a feed entry's content or summary)."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return markup
    blocks = [b.text_content().strip() for b in root.iter("p", "li", "h1", "h2", "h3", "blockquote")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else root.text_content().strip()


def _entry_time(entry) -> tuple[str | None, str | None]:
    """A feed entry's time, from its published or else its updated date, as ISO-8601 UTC, and
    why the date it gives cannot be read (None when it can, or gives none), as ingest's
    `read_published` says it of a JSONL record."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat(), None
    given = entry.get("published") or entry.get("updated")
    return None, f"its date {given!r} is not a date or time" if given else None


def entry_outlet(entry, channel_title: str | None, channel_link: str | None) -> str | None:
    """Who wrote a feed entry: the entry's own <source> (as an aggregator such as Google News
    names the outlet of each item), else the channel, unless the entry links to another site
    than the channel's, which makes the channel an aggregator that does not say who wrote it."""
    source = entry.get("source") or {}
    if source.get("title"):
        return source["title"].strip()
    link = entry.get("link")
    if link and channel_link and not same_site(link, channel_link):
        return None
    return channel_title


def same_site(url: str, other: str) -> bool:
    """Whether two links are on one site: one host, or one a subdomain of the other (feeds.reuters.com, www.reuters.com)."""
    hosts = [(urlsplit(u).hostname or "").removeprefix("www.") for u in (url, other)]
    if not all(hosts):
        return True  # a relative link is the channel's own
    first, second = sorted(hosts, key=len)
    return second == first or second.endswith("." + first)


def entry_title(entry, outlet: str | None) -> str | None:
    """An entry's headline, less the " - Reuters" an aggregator appends to name the outlet it gives in <source>."""
    title = (entry.get("title") or "").strip()
    if outlet and entry.get("source") and title.endswith(f" - {outlet}"):
        title = title.removesuffix(f" - {outlet}").rstrip()
    return title or None


def iter_feed(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Entries of an RSS or Atom feed, each an article, and an error for each entry without an id
    or text. A malformed feed yields the entries feedparser's loose parser recovers on both sides
    of the break but the one the break is in (its text is not to be trusted), then one error
    naming the file, the line of the break, that entry, and how many entries were read before
    and after it; a file that is no feed at all (no entry read, no feed element at its start) is
    one error saying so, and a well-formed feed with no entries (a quiet hour of a news feed) one note."""
    import feedparser

    data = read_bytes(path, max_bytes)
    feed = feedparser.parse(data)
    if not feed.version and not feed.entries and not FEED_START.match(data[:4096]):
        yield InputError(str(path), "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> in it)")
        return
    broken = feed_break(data) if feed.bozo else None
    channel_title, channel_link = feed.feed.get("title") or None, feed.feed.get("link") or None
    read_before = read_after = 0  # entries read before the break and after it
    for number, entry in enumerate(feed.entries, 1):
        if broken and number == broken.entry:
            continue  # the break's error names it
        outlet = entry_outlet(entry, channel_title, channel_link)
        title = entry_title(entry, outlet)
        contents = [c.get("value", "") for c in entry.get("content", [])]
        # A headline-only item (a headline stream's) is an article whose text is its headline, as
        # article JSONL of headlines gives it: the clusterer reads it as a headline.
        text = html_to_text(max(contents, key=len) if contents else entry.get("summary", "")).strip() or title or ""
        if not text:
            yield InputError(str(path), f"entry {number} ({entry.get('title') or 'untitled'!r}) has no headline or text")
            continue
        # RSS makes <guid> and <link> optional: an entry with neither is known, as a file is, by
        # its feed's name and what it says, so the same feed read again stores it once.
        doc_id = entry.get("id") or entry.get("link") or file_doc_id(path, f"{title or ''}\n\n{text}")
        if broken and number > broken.entries_begun:
            read_after += 1
        else:
            read_before += 1
        published, problem = _entry_time(entry)
        if problem:
            yield InputWarning(str(path), f"entry {number} ({entry.get('title', 'untitled')!r}): {problem}; "
                               "the article is stored without one")
        yield Article(doc_id=doc_id, text=text, title=title, outlet=outlet,
                      author=entry.get("author") or None, published=published,
                      url=entry.get("link") or None, source_path=f"{path}#{number}")
    if feed.bozo:
        error = feed.bozo_exception
        problem = error.getMessage() if hasattr(error, "getMessage") else str(error)
        yield InputError(str(path), malformed_feed_problem(problem, broken, feed.entries, read_before, read_after),
                         broken.line if broken else None)
    elif not feed.entries:
        yield InputNote(str(path), "the feed holds no entries")


@dataclass(frozen=True)
class FeedBreak:
    """Where an XML parser stops reading a malformed feed: the line of the file, how many entries
    (RSS items, Atom entries) begin before that point, and the number of the one it stops inside,
    if any."""

    line: int
    entries_begun: int
    entry: int | None


def feed_break(data: bytes) -> FeedBreak | None:
    """Where a malformed feed's XML breaks, read by expat with namespaces as feedparser's strict
    parser reads it, but on the file's own bytes (feedparser's line numbers are those of the text
    it rewrote, with an XML declaration of its own); None when the XML reads whole, and what
    feedparser found wrong is something else (an encoding declared wrong)."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    begun, open_entries = 0, 0

    def start(name: str, _attributes: dict) -> None:
        nonlocal begun, open_entries
        if _local_name(name) in FEED_ENTRY_ELEMENTS:
            begun += 1
            open_entries += 1

    def end(name: str) -> None:
        nonlocal open_entries
        if _local_name(name) in FEED_ENTRY_ELEMENTS:
            open_entries -= 1

    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return FeedBreak(parser.ErrorLineNumber, begun, begun if open_entries > 0 else None)
    return None


def _local_name(name: str) -> str:
    return name.rsplit(" ", 1)[-1]  # expat writes a namespaced name as "URI local"


def malformed_feed_problem(problem: str, broken: FeedBreak | None, entries: list, before: int, after: int) -> str:
    """What is wrong with a malformed feed: the parser's problem, the entry it is in (left out), and
    how many entries were read on either side of it (the loose parser recovers those after it too)."""
    if broken is None:  # no place to tell before from after
        return f"malformed feed ({problem}); {_entries(before + after)} read"
    where = ""
    if broken.entry is not None:
        title = entries[broken.entry - 1].get("title", "untitled") if broken.entry <= len(entries) else "untitled"
        where = f" in entry {broken.entry}, {title!r}, which is left out"
    return f"malformed feed ({problem}{where}); {_entries(before)} read before it" + (f", {after} after it" if after else "")


def _entries(count: int) -> str:
    return f"{count} {'entry' if count == 1 else 'entries'}"


# ---- files holding clusters ----------------------------------------------------------------

# Some exports escape punctuation twice ("Barron's \(blog\)", "24\/7 Wall St." in the UCI news
# stream); in a name, title or link a backslash before punctuation is never meant.
ESCAPED_PUNCTUATION = re.compile(r"\\([^\w\s])")


def string_field(record: dict, key: str) -> str | None:
    """A record's text field as given, None when absent; ValueError when it is not a string
    (a number is not text that is missing, and is named for what it is)."""
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f'"{key}" must be a string, not {json_type(value)}')


def optional_string(record: dict, key: str) -> str | None:
    """A record's optional metadata field: None when absent or empty; ValueError when not a string."""
    value = string_field(record, key)
    return ESCAPED_PUNCTUATION.sub(r"\1", value) if value else None


def identifier(record: dict, key: str, default: str | None = None) -> str | None:
    """A record's id (a string or a whole number, as JSON writers give either), or `default`."""
    value = record.get(key)
    if value is None or value == "":
        return default
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f'"{key}" must be a string or a number, not {json_type(value)}')
    return str(value)


def json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number", str: "a string",
             type(None): "null"}
    return names.get(type(value), type(value).__name__)


def cluster_from_json(record: object, path: Path, line: int) -> Cluster:
    """One line of a cluster JSONL file: `{cluster_id, documents: [{doc_id, text, ...}], references?}`."""
    if not isinstance(record, dict):
        raise InputError(str(path), f"expected a JSON object, got {json_type(record)}", line)
    try:
        cluster_id = identifier(record, "cluster_id")
    except ValueError as exc:
        raise InputError(str(path), str(exc), line) from None
    documents = record.get("documents")
    if documents is None and "text" in record:  # an article JSONL line, which ingest reads
        raise InputError(str(path), "this is one article per line (article JSONL), and brief reads stories, each a line "
                         f'with a "documents" list; ingest it (newsbrief ingest {path}) to group the articles into '
                         "stories", line, cluster_id)
    if documents is None:
        raise InputError(str(path), 'a cluster needs a non-empty "documents" list', line, cluster_id)
    if not isinstance(documents, list):
        raise InputError(str(path), f'"documents" must be a list of documents, not {json_type(documents)}', line, cluster_id)
    if not documents:
        raise InputError(str(path), '"documents" is an empty list; a cluster needs at least one document', line, cluster_id)
    articles = []
    unnamed = unnamed_ids(documents)
    for number, document in enumerate(documents, 1):
        if not isinstance(document, dict):
            raise InputError(str(path), f'item {number} of "documents" is {json_type(document)}, not a document (an object '
                             'with a "text")', line, cluster_id)
        meta = document.get("meta") if isinstance(document.get("meta"), dict) else {}
        try:
            doc_id = identifier(document, "doc_id", unnamed.get(number))
        except ValueError as exc:
            raise InputError(str(path), f'item {number} of "documents": {exc}', line, cluster_id) from None
        try:
            articles.append(Article(
                doc_id=doc_id,
                # No "text" is no text, as "" is: the document is left out alone (brief's and
                # ingest's notes say so), not the cluster with it.
                text=string_field(document, "text") or "",
                title=optional_string(document, "title"),
                outlet=optional_string(document, "outlet"),
                author=optional_string(document, "author"),
                published=optional_string(document, "published"),
                url=optional_string(document, "url") or optional_string(meta, "url"),
                source_path=f"{path}:{line}",
            ))
        except ValueError as exc:  # named by its id, as the notes on a document with no text name it
            raise InputError(str(path), f'document "{doc_id}": {exc}', line, cluster_id) from None
    references = record.get("references") or []
    if isinstance(references, str):
        references = [references]
    if not isinstance(references, list) or not all(isinstance(r, str) for r in references):
        raise InputError(str(path), '"references" must be a list of strings', line, cluster_id)
    return Cluster(articles=tuple(articles), cluster_id=cluster_id, references=tuple(references), origin=f"{path}:{line}")


def unnamed_ids(documents: list) -> dict[int, str]:
    """The doc_id of each document given none, by its position: the position itself, unless
    another document goes by that number ("0", "1", "2" are common ids), then the first number
    past the last position that none goes by; an id must say which document a sentence is from."""
    given = {str(d["doc_id"]) for d in documents if isinstance(d, dict) and d.get("doc_id") not in (None, "")}
    spare = (str(n) for n in itertools.count(len(documents) + 1) if str(n) not in given)
    return {number: str(number) if str(number) not in given else next(spare)
            for number, document in enumerate(documents, 1)
            if not isinstance(document, dict) or document.get("doc_id") in (None, "")}


def distinct_documents(cluster: Cluster, path: Path, line: int) -> Cluster:
    """The cluster, unless two of its documents share a doc_id with different texts: a brief names
    its sources by doc_id, so it could not say which of them a sentence is from. (Ingest, which
    knows an article by its doc_id across files, keeps the first and reports the other.)"""
    first: dict[str, tuple[int, str]] = {}
    for number, article in enumerate(cluster.articles, 1):
        earlier, text = first.setdefault(article.doc_id, (number, article.text))
        if text != article.text:
            raise InputError(str(path), f"documents {earlier} and {number} have one doc_id, {article.doc_id!r}, and "
                             "different texts; give each document its own doc_id", line, cluster.cluster_id)
    return cluster


def cluster_from_multinews(source_line: str, path: Path, line: int, reference: str | None) -> Cluster:
    """One line of a Multi-News `.src` file: documents split by `|||||`, newlines as `NEWLINE_CHAR`."""
    texts = [
        doc.replace(MULTINEWS_NEWLINE, "\n").strip()
        for doc in source_line.split(MULTINEWS_DOC_SEPARATOR)
    ]
    articles = tuple(
        Article(doc_id=f"{path.stem}-{line}-{n}", text=text, source_path=f"{path}:{line}")
        for n, text in enumerate((t for t in texts if t), 1)
    )
    if not articles:
        raise InputError(str(path), "no documents on this line", line)
    references = (reference.replace(MULTINEWS_NEWLINE, "\n").lstrip("– ").strip(),) if reference else ()
    return Cluster(articles=articles, cluster_id=f"{path.stem}-{line}", references=references, origin=f"{path}:{line}")


def is_multinews_raw(path: Path, text: str) -> bool:
    """Whether a text file is Multi-News raw: a `.src` file, or one whose every line is written the
    Multi-News way (a story's documents on one line, split by `|||||`, line breaks as `NEWLINE_CHAR`).
    A text that only mentions the markers, as notes about the format do, is an article. The one rule
    for `brief` and `ingest` alike."""
    if path.suffix.lower() in MULTINEWS_SUFFIXES:
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(MULTINEWS_DOC_SEPARATOR in line or MULTINEWS_NEWLINE in line for line in lines)


def iter_json_lines(path: Path, data: bytes) -> Iterator[tuple[int, object] | InputError]:
    """(line number, parsed value) for each non-blank line of a JSONL file's bytes; a malformed
    line, or one that is not UTF-8, yields its error instead, and reading goes on. A file holding
    one JSON document spread over several lines gets one error saying so, not one per line."""
    first = True
    for item in decoded_lines(data, path):
        if isinstance(item, InputError):
            yield item
            first = False
            continue
        number, raw = item
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            if first and _is_one_document(data):
                yield InputError(str(path), "holds one JSON document over several lines; newsbrief reads JSONL, one "
                                 "object per line (jq -c . turns an object into a line, jq -c '.[]' a list into lines)")
                return
            # Some of json's messages end on "at" themselves ("Unterminated string starting at").
            yield InputError(str(path), f"malformed JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})", number)
        except RecursionError:
            yield InputError(str(path), "JSON nested too deeply to read", number)
        else:
            if "\\ud" in raw.lower() and _has_lone_surrogate(value):
                yield InputError(str(path), HALF_CHARACTER, number)
            else:
                yield number, value
        first = False


def _is_one_document(data: bytes) -> bool:
    try:
        # A stray byte that is no UTF-8 does not make a document spread over lines into lines of JSONL.
        json.loads(data.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError):
        return False
    return True


def _has_lone_surrogate(value: object) -> bool:
    """Whether a parsed JSON value holds a lone surrogate ("\\ud800"), which no UTF-8 text can."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def iter_clusters(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Cluster | InputError]:
    """Clusters of a batch file, one per line, in order; a bad line yields its error and reading goes on."""
    path = Path(path)
    if path.is_dir():  # else the reader's bare "Is a directory" leaves the user guessing what to give
        raise InputError(str(path), "a directory, not a batch file; --batch takes one cluster JSONL (.jsonl) or "
                                    "Multi-News raw (.src) file, and a folder of articles is briefed as one story "
                                    "without --batch")
    data = read_bytes(path, max_bytes)
    if path.suffix.lower() in CLUSTER_SUFFIXES:
        for item in iter_json_lines(path, data):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield distinct_documents(cluster_from_json(item[1], path, item[0]), path, item[0])
            except InputError as exc:
                yield exc
        return
    lines = list(decoded_lines(data, path))
    if is_multinews_raw(path, "\n".join(line[1] for line in lines if not isinstance(line, InputError))):
        try:
            references = _multinews_references(path)
        except InputError as exc:  # the references only serve evaluation: brief the sources anyway
            yield exc
            references = {}
        for item in lines:
            if isinstance(item, InputError):
                yield item
                continue
            number, raw = item
            try:
                yield cluster_from_multinews(raw, path, number, references.get(number))
            except InputError as exc:
                yield exc
    else:
        raise InputError(str(path), "a batch file must be cluster JSONL (.jsonl) or Multi-News raw (.src)")


def _multinews_references(source: Path) -> dict[int, str]:
    """References from the `.tgt` file beside a `.src` file, when there is one."""
    target = source.with_suffix(".tgt")
    if source.suffix != ".src" or not target.is_file():
        return {}
    return {n: line for n, line in enumerate(read_text(target).splitlines(), 1) if line.strip()}


# ---- paths given on the command line -------------------------------------------------------

def directory_files(directory: Path, recursive: bool = False) -> list[Path | InputError]:
    """The files of a directory, sorted by path: each one of a kind newsbrief reads (an archive
    by its name or its first bytes, as `is_archive` tells it), and for each other file the error
    saying it is skipped (a photo among the articles), as a file given by name that cannot be
    read has its error. Not `recursive`, a folder inside is skipped with its error too: a story
    folder is read for its own files, and its folders' files left out without a word looked
    like a story briefed whole. Hidden files and folders (.git, .DS_Store) are no one's articles
    and pass in silence."""
    found = directory.rglob("*") if recursive else directory.iterdir()
    entries = sorted(p for p in found if (p.is_file() or (p.is_dir() and not recursive))
                     and not any(part.startswith(".") for part in p.relative_to(directory).parts))
    return [directory_entry(entry) for entry in entries]


def directory_entry(path: Path) -> Path | InputError:
    """A file or folder found in a directory: the file, if of a kind newsbrief reads, else the
    error saying why it is skipped. A file of no kind newsbrief knows is read as text when named
    (a user who names it means it), and skipped in a folder, where such files are photos, office
    documents and the crawler's sidecars, not articles: the error says both."""
    if path.is_dir():
        return InputError(str(path), "skipped, a folder: a story folder's own files are briefed, not those of "
                                     f"folders in it; give {path} too to brief its files with them")
    if path.suffix.lower() in READABLE_SUFFIXES or is_archive(path):
        return path
    return InputError(str(path), f"skipped, not a kind newsbrief reads in a folder ({path.suffix}); "
                                 "name the file to read it as text")


def read_cluster(paths: list[str | os.PathLike] | str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES,
                 on_error: Callable[[InputError], None] | None = None) -> Cluster:
    """The articles of one story from files and directories (or one path: a string is a path,
    not a list of one-letter ones); a cluster file must hold exactly one cluster, and a feed
    gives its entries.

    A bad article file raises its `InputError`, or, given `on_error`, is handed to it and left
    out, so one broken file in a folder of scraped pages does not stop the brief of the rest.
    A file in a directory of a kind newsbrief does not read is left out, and its error handed to
    `on_error` if given: nothing is wrong with the story without it.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if not paths:
        raise InputError(None, "no input paths given")
    listed = _listed_files(map(Path, paths))
    files = [item for item in listed if isinstance(item, Path)]
    skipped = [item for item in listed if isinstance(item, InputError)]
    if len(files) == 1 and _holds_clusters(files[0], max_bytes):
        cluster, left_out = _single_cluster(files[0], max_bytes), skipped
    else:
        articles, left_out = [], []
        for item in listed:
            for read in [item] if isinstance(item, InputError) else iter_file_articles(item, max_bytes):
                # An entry whose date cannot be read is briefed without one; the warning, which says
                # the article is stored without one, is for what stores it.
                if not isinstance(read, InputWarning):
                    (left_out if isinstance(read, InputError) else articles).append(read)
        if not articles:
            raise left_out[0]
        cluster = Cluster(articles=tuple(articles), origin=", ".join(str(p) for p in paths))
    for error in left_out:
        if on_error:
            on_error(error)
        elif error not in skipped:
            raise error
    return cluster


def _listed_files(paths: Iterator[Path]) -> list[Path | InputError]:
    """The files given, and those of the directories given with the errors of the files skipped
    there, each once: a file given twice (by one path twice, or by name and in its folder) is one
    source, and read twice it was left out as "a copy of" itself."""
    listed: list[Path | InputError] = []
    for given in paths:
        if given.is_dir():
            in_directory = directory_files(given)
            if not any(isinstance(item, Path) for item in in_directory):
                raise InputError(str(given), "directory holds no articles (looked for .txt, .md, .html, .jsonl and .src "
                                             "files and .rss, .atom or .xml feeds)")
            listed.extend(in_directory)
        elif given.exists():
            listed.append(given)
        else:
            raise InputError(str(given), "no such file or directory")
    once: dict[Path | str, Path | InputError] = {}
    for item in listed:
        once.setdefault(item.resolve() if isinstance(item, Path) else str(item), item)
    return list(once.values())


def iter_file_articles(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """The articles of one file briefed among others, or uploaded: a feed's entries, read as ingest
    reads them (an error per bad entry, a warning before an entry whose date cannot be read), else
    the file's one article or the error saying why it has none (`read_article`). A feed with no
    entries is an error here, not ingest's note: a story or an upload gets nothing from it. A
    feed that cannot be read at all (empty, binary, too big) is its one error, as an article's is."""
    try:
        if is_feed(path):
            for item in iter_feed(path, max_bytes):
                yield InputError(item.path, item.problem) if isinstance(item, InputNote) else item
        else:
            yield read_article(path, max_bytes)
    except InputError as exc:
        yield exc


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """The one article of a text or HTML file that is no feed (`iter_file_articles` reads feeds).
    A file of many articles or stories is an error saying what it holds and what reads it, in
    words that fit the command line and a web upload alike."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return read_html_article(path, max_bytes)
    if is_archive(path):
        kind = "an ARC" if path.name.lower().endswith((".arc", ".arc.gz")) else "a WARC"
        raise InputError(str(path), f"{kind} web archive, not an article; newsbrief ingest reads the pages in it")
    if suffix in CLUSTER_SUFFIXES and starts_with_an_article(path):
        raise InputError(str(path), "article JSONL (one article per line), not an article; newsbrief ingest reads it")
    if suffix in CLUSTER_SUFFIXES or suffix in MULTINEWS_SUFFIXES:
        raise InputError(str(path), "a cluster file (one story per line), not an article; newsbrief brief reads it "
                                    "given alone, newsbrief ingest among other files")
    return read_text_article(path, max_bytes)


def starts_with_an_article(path: Path) -> bool:
    """Whether a JSONL file's first record is an article (article JSONL), not a cluster."""
    try:
        with path.open("rb") as stream:
            first = next((line for line in stream if line.strip()), b"")
        record = json.loads(first)
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(record, dict) and "text" in record and "documents" not in record


def _holds_clusters(path: Path, max_bytes: int) -> bool:
    suffix = path.suffix.lower()
    if suffix in CLUSTER_SUFFIXES or suffix in MULTINEWS_SUFFIXES:
        return True
    if suffix in HTML_SUFFIXES or is_archive(path) or is_feed(path):
        return False
    return is_multinews_raw(path, read_text(path, max_bytes))  # as ingest reads it


def _single_cluster(path: Path, max_bytes: int) -> Cluster:
    clusters = []
    for item in iter_clusters(path, max_bytes):
        if isinstance(item, InputError):
            raise item
        clusters.append(item)
    if len(clusters) != 1:
        raise InputError(str(path), f"holds {len(clusters)} clusters, and this takes one story; "
                                    f"newsbrief brief --batch {path} briefs and compares each")
    return clusters[0]
