"""Ingest: articles from files, directories, cluster or article JSONL, RSS/Atom feeds and WARC
archives, into the store, idempotently (an article is known by its doc_id and stored once).

`iter_articles` yields an `Article` per article and an `InputError` per bad file or record
(naming the file and the line or record), and goes on with the rest; an `InputWarning` (an
`InputError` too), just before its article, names a field left out of it; an `InputNote`
names what a file holds that is left out on purpose, or that it holds nothing (a feed with no
entries), or a doc_id a JSONL file gives two texts. Single files, HTML, feeds and cluster lines
are read by `read.py`, which also tells what kind a file is; what is new here is article JSONL
and WARC.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from .errors import InputError
from .models import Article, parse_time
from .render import count
from .read import (
    CLUSTER_SUFFIXES, DEFAULT_MAX_BYTES, HTML_SUFFIXES, MULTINEWS_SUFFIXES, InputNote, InputWarning, cluster_from_json,
    decode_utf8, directory_files, file_doc_id, html_article, identifier, is_archive, is_feed, is_multinews_raw,
    iter_clusters, iter_feed, iter_json_lines, json_type, optional_string, read_bytes, read_html_article,
    starts_like_an_archive, string_field, text_article,
)

_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?[eE][+-]?\d+$")
_WORD = re.compile(r"\w+")


# ---- article JSONL -------------------------------------------------------------------------

def read_published(record: dict) -> tuple[str | None, str | None]:
    """A record's time, from its `published` or else its `timestamp` (epoch s or ms, or ISO
    text), as ISO-8601 UTC, and why the time it gives cannot be read (None when it can, or
    gives none). An `imprecise_epoch` is no time, and no problem of its record's."""
    key, value = _time_field(record)
    if value is None or value == "" or imprecise_epoch(record):
        return None, None
    moment = _iso_time(str(value).strip())
    return (moment, None) if moment else (None, f'"{key}" is not a date or time ({value!r})')


def imprecise_epoch(record: dict) -> str | None:
    """The time a record gives, when it is an epoch written in scientific notation ("1.39E+12"):
    that lost its precision upstream (to within weeks), so it is left out on purpose rather than
    trusted, and `iter_jsonl` counts such times in one note a file, not a warning a line."""
    value = str(_time_field(record)[1]).strip()
    return value if _SCIENTIFIC.match(value) else None


def _time_field(record: dict) -> tuple[str, object]:
    """The field a record's time is read from, and its value: `published`, else `timestamp`."""
    key = "published" if record.get("published") else "timestamp"
    return key, record.get(key)


def _iso_time(text: str) -> str | None:
    """ISO-8601 UTC time of an epoch (s or ms) or ISO text; None if it is neither."""
    try:
        number = float(text)
    except ValueError:
        moment = parse_time(text)
        return None if moment is None else moment.isoformat()
    seconds = number / 1000 if number > 1e11 else number  # milliseconds after 1973, seconds before 5138
    try:
        return datetime.fromtimestamp(seconds, timezone.utc).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def article_from_json(record: object, path: Path, line: int) -> Article:
    """One line of an article JSONL file: `{doc_id, text, title?, outlet?, url?, timestamp?}`."""
    if not isinstance(record, dict):
        raise InputError(str(path), f"expected a JSON object, got {json_type(record)}", line)
    try:
        doc_id = identifier(record, "doc_id")
    except ValueError as exc:
        raise InputError(str(path), str(exc), line) from None
    if doc_id is None or not doc_id.strip():
        raise InputError(str(path), 'article has no "doc_id"', line)
    try:
        text = string_field(record, "text")
        article = Article(
            doc_id=doc_id,
            text=text or "",
            title=optional_string(record, "title"),
            outlet=optional_string(record, "outlet"),
            author=optional_string(record, "author"),
            published=read_published(record)[0],
            url=optional_string(record, "url"),
            source_path=f"{path}:{line}",
        )
    except ValueError as exc:
        raise InputError(str(path), f"article {doc_id}: {exc}", line) from None
    if not article.text.strip():
        raise InputError(str(path), f"article {doc_id} has no text", line)
    return article


def iter_jsonl(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    """Article JSONL and cluster JSONL (a line with "documents"), even mixed; a cluster's
    articles are named "{cluster_id}/{doc_id}" (the clusterer never reads the cluster id)."""
    imprecise: list[str] = []  # the times in scientific notation left out of the articles read
    texts: dict[str, str] = {}  # doc_id -> the text kept of those read under it in this file
    reused: list[tuple[int, str, bool]] = []  # line, doc_id, is_revision: a record giving an earlier doc_id another text
    for item in iter_json_lines(path, read_bytes(path, max_bytes)):
        if isinstance(item, InputError):
            yield item
            continue
        number, record = item
        try:
            if isinstance(record, dict) and "documents" in record:
                cluster = cluster_from_json(record, path, number)
                prefix = f"{cluster.cluster_id}/" if cluster.cluster_id is not None else f"{path.name}:{number}/"
                # An outlet that gave the story no text (a few NeuS leads are empty): no article.
                items = [replace(article, doc_id=prefix + article.doc_id) if article.text.strip() else
                         InputNote(str(path), f"article {prefix}{article.doc_id} has no text and is left out", number)
                         for article in cluster.articles]
                kind = DOCUMENT
            else:
                article = article_from_json(record, path, number)
                _, problem = read_published(record)
                about = [InputWarning(str(path), f"article {article.doc_id}: {problem}; the article is stored without one",
                                      number)] if problem else []
                if epoch := imprecise_epoch(record):
                    imprecise.append(epoch)
                items, kind = [*about, article], STREAM_ITEM
        except InputError as exc:
            yield exc
            continue
        for kept in records_kept(items, kind):
            if isinstance(kept, Article) and texts.setdefault(kept.doc_id, kept.text) != kept.text:
                revises = is_revision(kept.text, texts[kept.doc_id])
                reused.append((number, kept.doc_id, revises))
                if revises:  # the text store_articles keeps
                    texts[kept.doc_id] = kept.text
            yield kept
    if imprecise:
        yield InputNote(str(path), f"times in scientific notation ({imprecise[0]}) lost their precision upstream and "
                        f"are left out ({count(len(imprecise), 'article', 'articles')})")
    if reused:
        yield reused_doc_ids_note(path, reused)


def reused_doc_ids_note(path: Path, reused: list[tuple[int, str, bool]]) -> InputNote:
    """One note a file for the records that give a doc_id read earlier in the same file another
    text, at the first of them. `store_articles` takes such a text as the article's newer version
    (kept where it `is_revision`), as it must across runs (a feed polled again); within one file
    it is more likely two articles given one id by mistake (a user's JSONL reusing "id": "1"),
    which the user should hear of rather than find one of them gone."""
    line, doc_id, revises = reused[0]
    more = f" (so were the doc_ids of {count(len(reused) - 1, 'more record', 'more records')})" if reused[1:] else ""
    kept = "the later text is kept as its revision" if revises else \
        "the earlier text is kept, the later one reads as a summary of it"
    return InputNote(str(path), f'doc_id "{doc_id}" was read earlier in this file with another text{more}; {kept} '
                     "(give each article its own doc_id if they are two articles)", line)


# ---- WARC ------------------------------------------------------------------------------------

def iter_warc(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    """The HTML pages of a WARC or ARC file, gzipped or not, via warcio: responses served with a
    2xx status, and resource records (a page archived without its HTTP exchange). A record that is
    no page is left out, and one note counts them by what they are: a redirect or error page by its
    status line, anything else served by its media type (a PDF, an image, a crawler's robots.txt
    or log, which no reader wants briefed as news)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    _check_archive_size(path, max_bytes)
    if not starts_like_an_archive(path):
        yield InputError(str(path), "not a WARC or ARC archive (it does not start with a WARC/ or filedesc:// header)")
        return
    number = complete = 0  # records seen, and read whole
    not_pages: Counter[str] = Counter()  # status lines or media types of the records left out
    with path.open("rb") as stream:
        try:
            records = ArchiveIterator(stream, arc2warc=True)
            for record in records:
                if record.rec_type not in ("response", "resource"):
                    continue
                number += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path.name}#{number}"
                status = record.http_headers.get_statuscode() if record.http_headers else None
                # Not a page served: the body is an error page or a redirect notice, no article.
                if record.http_headers and not (status or "").startswith("2"):
                    not_pages[record.http_headers.statusline.strip() or "no status"] += 1
                    complete = number
                    continue
                content_type = (record.http_headers.get_header("Content-Type") if record.http_headers
                                else record.rec_headers.get_header("Content-Type")) or ""
                if "html" not in content_type:
                    not_pages[content_type.split(";")[0].strip().lower() or "no media type"] += 1
                    complete = number
                    continue
                payload = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0):  # the file ended inside the record's declared bytes
                    raise EOFError
                complete = number
                article = html_article(payload, doc_id=uri, source_path=f"{path}#{number}", url=uri)
                problem = "no article text found" if article is None else not_an_article(article)
                if problem:
                    yield InputError(str(path), f"record {number} ({uri}): {problem}")
                    continue
                yield article
            if records.offset < path.stat().st_size:  # bytes left over that make no whole record
                raise EOFError
        # A cut or corrupt archive surfaces from warcio and zlib as many exception types
        # (ArchiveLoadFailed, EOFError, zlib.error, even AttributeError on half a header);
        # only warcio's own message says something a user can act on.
        except Exception as exc:  # noqa: BLE001
            detail = f" ({str(exc).strip()})" if isinstance(exc, ArchiveLoadFailed) else ""
            read = f" after record {complete}{detail}; the records before it were read" if complete else \
                f"{detail}; not one record in it could be read whole"
            yield InputError(str(path), f"truncated or corrupt archive{read}")
    if not_pages:
        total = sum(not_pages.values())
        kinds = ", ".join(f"{kind} ×{n}" if n > 1 else kind for kind, n in sorted(not_pages.items()))
        yield InputNote(str(path), f"{total} {'record' if total == 1 else 'records'} left out, not pages ({kinds})")


def _check_archive_size(path: Path, max_bytes: int) -> None:
    """read_bytes's checks less the one for NUL bytes, which every archive has."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot open: {exc.strerror or exc}") from None
    if size == 0:
        raise InputError(str(path), "file is empty")
    if size > max_bytes:
        raise InputError(str(path), f"archive is {size:,} bytes, over the --max-bytes limit of {max_bytes:,}; "
                         "split it or raise --max-bytes")


# ---- any path --------------------------------------------------------------------------------

def file_article(path: Path, article: Article) -> Article:
    """A text file's or HTML page's article, named by `file_doc_id`, unless it is `not_an_article`:
    then the error saying why, as brief says it when it drops the file."""
    problem = not_an_article(article)
    if problem:
        raise InputError(str(path), problem)
    return replace(article, doc_id=file_doc_id(path, article.text))


# The records `not_an_article` holds to less than a file or an archived page (all that brief
# holds an article to): a cluster's document, a full text, to what its text is (archive or site
# boilerplate, a page notice), never to its length or shape (a NeuS lead is its headline); a
# headline stream's item (article JSONL, a feed entry) to site boilerplate alone, for a headline
# reads as a page notice: "Watch: Prince William sings with Bon Jovi", or a headline over a
# player's "enable JavaScript" line, 50 of the 11,109 Google News stream items, none boilerplate.
DOCUMENT, STREAM_ITEM = "document", "stream item"


def not_an_article(page: Article, record: str | None = None) -> str | None:
    """Why a file or archived page (or a `record` of a kind above) is no article, in brief's words
    (`clean.drop_reason`: a page that is only a menu, a few words with no headline), or None when
    brief would keep it: ingest stored such a page as a story titled "Home | News | Sports" that
    brief refused."""
    from .clean import BOILERPLATE_DOCUMENT, PAGE_NOTICE, clean_article, drop_reason, is_site_boilerplate

    notices = (PAGE_NOTICE,) if record == DOCUMENT else ()  # a stream item's headline reads as one
    # The cleaner takes text out: a record with no telltale phrase is kept without cleaning it.
    if record and not any(telltale.search(page.text) for telltale in (BOILERPLATE_DOCUMENT, *notices)):
        return None
    cleaned = clean_article(page)
    if record and not (is_site_boilerplate(cleaned.text) or any(notice.search(cleaned.text) for notice in notices)):
        return None
    return drop_reason(page, cleaned)


def records_kept(items: Iterable[Article | InputError], record: str) -> Iterator[Article | InputError]:
    """The records (of this kind) less those `not_an_article`, each left out with a note in
    brief's words, as brief drops it (mn12's "Rating is available when the video has been
    rented.", an Internet Archive crawl notice became stories of their own), and with it the
    warnings about it."""
    about: list[InputWarning] = []  # the warnings that come just before their article
    for item in items:
        if isinstance(item, InputWarning) and not isinstance(item, InputNote):
            about.append(item)
            continue
        problem = isinstance(item, Article) and not_an_article(item, record)
        if problem:
            item, about = InputNote(item.source_path, f"article {item.doc_id} is left out: {problem}"), []
        yield from about
        about = []
        yield item
    yield from about


def _is_file_article(article: Article) -> bool:
    """Whether an article is a file's own (a text file or an HTML page), known by `file_doc_id`."""
    return article.source_path is not None and article.doc_id == file_doc_id(Path(article.source_path), article.text)


def _old_file_ids(source_path: str) -> list[str]:
    """The ids ingest may have given a file before ids named the text: its path as typed, from this
    directory or any above the file, or absolute; an HTML page's name."""
    parts = Path(source_path).resolve().parts
    return [source_path, *(str(Path(*parts[start:])) for start in range(len(parts)))]


def _stored_ids(article: Article) -> list[str]:
    """The ids the article may be stored under, in the order to look for them: for a file's
    article, first each id ingest gave it before ids named the text (a store written then
    stores nothing new when the same files are ingested again); last its own."""
    return [*(_old_file_ids(article.source_path) if _is_file_article(article) else ()), article.doc_id]


def iter_articles(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Every article under a path (file or directory), in order, with an error per bad file or record."""
    try:
        if path.is_dir():
            listed = directory_files(path, recursive=True)
            if not any(isinstance(item, Path) for item in listed):
                yield InputError(str(path), "directory holds no articles, feeds or archives")
                return
            for item in listed:
                yield from iter_articles(item, max_bytes) if isinstance(item, Path) else [item]
            return
        if not path.exists():
            yield InputError(str(path), "no such file or directory")
            return
        suffix = path.suffix.lower()
        if is_archive(path):  # by its name or its first bytes, as brief tells one
            yield from iter_warc(path, max_bytes)
        elif suffix in CLUSTER_SUFFIXES:
            yield from iter_jsonl(path, max_bytes)
        elif suffix in HTML_SUFFIXES:
            yield file_article(path, read_html_article(path, max_bytes))
        elif suffix in MULTINEWS_SUFFIXES:
            yield from _cluster_articles(path, max_bytes)
        elif is_feed(path):
            yield from records_kept(iter_feed(path, max_bytes), STREAM_ITEM)
        else:
            text = decode_utf8(read_bytes(path, max_bytes), path)
            if is_multinews_raw(path, text):
                yield from _cluster_articles(path, max_bytes)
            else:
                yield file_article(path, text_article(path, text))
    except InputError as exc:
        yield exc


def _cluster_articles(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    """Articles of a Multi-News raw file, named "{cluster_id}/{doc_id}" like cluster JSONL's."""
    for item in iter_clusters(path, max_bytes):
        if isinstance(item, InputError):
            yield item
        else:
            yield from records_kept((replace(a, doc_id=f"{item.cluster_id}/{a.doc_id}") for a in item.articles), DOCUMENT)


# ---- into the store --------------------------------------------------------------------------

@dataclass
class IngestReport:
    doc_ids: list[str] = field(default_factory=list)  # every article read, in input order
    stored: int = 0  # of which new to the store
    updated: int = 0  # of which a stored article's newer text (`is_revision`), which replaced it
    unchanged: int = 0  # of which another text of a stored article too short to replace it: a summary of it
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)  # fields left out of the articles new to the store


def ingest(
    store,
    paths: Iterable[Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch: int = 500,
    on_error: Callable[[InputError], None] | None = None,
    on_batch: Callable[[IngestReport], None] | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
) -> IngestReport:
    """Store every article under these paths that is not stored yet (see `store_articles`)."""
    items = (item for path in paths for item in iter_articles(Path(path), max_bytes))
    return store_articles(store, items, batch, on_error, on_batch, on_warning)


def is_revision(text: str, stored: str) -> bool:
    """Whether a text read under a stored article's doc_id is the publisher's revision of it (an
    edited feed entry, a page crawled again), which replaces it; not when it has under half the
    stored text's words, or under three quarters and no word the stored text lacks: a feed
    entry's summary of a crawled page (its lead, its headline alone) would otherwise replace the
    page's full text (the page's URL is the entry's id). A revision that cuts a quarter of a
    text and adds nothing is so kept out."""
    words, stored_words = _WORD.findall(text.lower()), _WORD.findall(stored.lower())
    if 2 * len(words) < len(stored_words):
        return False
    return 4 * len(words) > 3 * len(stored_words) or not set(words) <= set(stored_words)


def store_articles(
    store,
    items: Iterable[Article | InputError],
    batch: int = 500,
    on_error: Callable[[InputError], None] | None = None,
    on_batch: Callable[[IngestReport], None] | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
) -> IngestReport:
    """Store every article that is not stored yet, one transaction per batch.

    Bad files and records (the errors among `items`) are reported through `on_error` and
    skipped; the rest is stored. A field that could not be read (an `InputWarning` among
    `items`, just before its article) is reported through `on_warning` when its article is
    stored now without it; not when the article was stored before (and warned of then: a second
    ingest of the same file says nothing new, and a revision keeps the stored publication time).
    A note (an `InputNote`) is reported through `on_warning` whatever is stored. An article is
    known by its doc_id: the same text again is the same article, and another text under a doc_id
    stored or read earlier in the run is its publisher's newer version, which replaces the stored
    text where it `is_revision` (counted as `updated`) and leaves it where it is a summary of it
    (`unchanged`): the article stays in its story, whose brief is rewritten. Each batch's errors,
    warnings and notes are reported once it is stored, in input order: a record's warning comes
    before the next record's error, as the records come in the file.
    """
    report = IngestReport()
    # The batch in input order: each article with the warnings about it, and the errors and notes between them.
    pending: list[tuple[Article, list[InputWarning]] | InputError] = []
    warnings: list[InputWarning] = []  # about the next article
    texts: dict[str, str] = {}  # doc_id -> its text, of the articles in the batch

    def report_error(error: InputError) -> None:
        report.errors.append(error)
        if on_error:
            on_error(error)

    def report_warning(warning: InputWarning) -> None:
        report.warnings.append(warning)
        if on_warning:
            on_warning(warning)

    def flush() -> None:
        articles = [entry for entry in pending if not isinstance(entry, InputError)]
        candidates = [_stored_ids(a) for a, _ in articles]
        stored = store.texts(doc_id for ids in candidates for doc_id in ids)  # one query a batch
        # Each article's id: the first that holds this very text; else its own (stored with another text or not).
        placed = [next((i for i in ids if stored.get(i) == article.text), article.doc_id)
                  for (article, _), ids in zip(articles, candidates)]
        changed = {article.doc_id for (article, _), doc_id in zip(articles, placed)
                   if stored.get(doc_id, article.text) != article.text}
        revised = list({article.doc_id: article for article, _ in articles
                        if article.doc_id in changed and is_revision(article.text, stored[article.doc_id])}.values())
        report.stored += store.add_articles([replace(a, doc_id=d) for (a, _), d in zip(articles, placed)
                                             if d not in stored], revised)
        report.updated += len(revised)
        report.unchanged += len(changed) - len(revised)
        report.doc_ids.extend(placed)
        held = set(stored)
        where = iter(placed)
        for entry in pending:
            if isinstance(entry, InputNote):
                report_warning(entry)
            elif isinstance(entry, InputError):
                report_error(entry)
            elif (doc_id := next(where)) not in held:  # new to the store, and the first of its doc_id in the batch
                held.add(doc_id)
                for warning in entry[1]:
                    report_warning(warning)
        pending.clear()
        texts.clear()
        if on_batch:
            on_batch(report)

    for item in items:
        if isinstance(item, InputWarning) and not isinstance(item, InputNote):
            warnings.append(item)
            continue
        if isinstance(item, InputError):
            pending.append(item)
            continue
        about, warnings = warnings, []
        if texts.setdefault(item.doc_id, item.text) != item.text:
            flush()  # a newer text of an article in the batch: store that one first, then this as its revision
            texts[item.doc_id] = item.text
        pending.append((item, about))
        if len(pending) >= batch:
            flush()
    flush()
    return report
