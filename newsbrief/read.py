"""Read articles from what users have: scraped text, HTML pages, cluster JSONL, Multi-News raw files.

Every reader returns raw `Article`s (cleaning is the next stage) grouped into `Cluster`s, and
every problem with a file is an `InputError` naming the file, the line where it helps, and
what is wrong.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import shlex
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import InputError
from .models import Article, Cluster

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}  # Markdown is read as the text it is
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
CLUSTER_SUFFIXES = {".jsonl", ".json"}
MULTINEWS_SUFFIXES = {".src"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CLUSTER_SUFFIXES | MULTINEWS_SUFFIXES
MULTINEWS_DOC_SEPARATOR = "|||||"
MULTINEWS_NEWLINE = "NEWLINE_CHAR"
# What a lone surrogate escape ("\ud800", valid JSON, never valid UTF-8) is called, in files and API bodies alike.
HALF_CHARACTER = "invalid Unicode: an escape such as \\ud800 names half a character"


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refusing what is too big, empty or binary."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot open: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise InputError(
            str(path),
            f"file is {_megabytes(size)}, over the --max-bytes limit of {_megabytes(max_bytes)};"
            " split it or raise --max-bytes",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(str(path), "file is empty")
    head = data[:8192]
    if b"\x00" in head:
        encoding = utf16_encoding(head)
        if encoding:
            converted = shlex.quote(str(path.with_name(f"utf8-{path.name}")))
            raise InputError(str(path), f"{encoding} text; convert it to UTF-8, e.g. "
                                        f"iconv -f {encoding} -t UTF-8 {shlex.quote(str(path))} > {converted}")
        raise InputError(str(path), "binary file, not text (it contains NUL bytes); newsbrief reads UTF-8 text, HTML or JSONL")
    return data


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
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            str(path),
            f"not valid UTF-8 (byte 0x{data[exc.start]:02X}); re-encode it, e.g. iconv -f latin1 -t utf-8",
            line=line,
        ) from None


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    return decode_utf8(read_bytes(path, max_bytes), path)


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


# ---- single articles -------------------------------------------------------------------------

def read_text_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """A plain-text article as scraped; the cleaner finds its title, byline and junk."""
    return Article(doc_id=path.name, text=read_text(path, max_bytes), source_path=str(path))


def read_html_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Main text and metadata of an HTML page, extracted with trafilatura."""
    article = html_article(read_bytes(path, max_bytes), doc_id=path.name, source_path=str(path))
    if article is None:
        raise InputError(str(path), "no article text found in this HTML page")
    return article


def html_article(data: bytes, doc_id: str, source_path: str, url: str | None = None) -> Article | None:
    """The article of one HTML page (a file, or a record of an archive at `url`): its main text and
    metadata by trafilatura, without comments or tables; None when the page has no text."""
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
    return Article(
        doc_id=doc_id,
        text=document.text,
        title=document.title or None,
        outlet=document.sitename or None,
        author=document.author or None,
        published=document.date or None,
        url=url or document.url or None,
        source_path=source_path,
    )


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
    names = {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number", str: "a string"}
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
        raise InputError(str(path), "this is one article per line (article JSONL); brief takes one story, so ingest it "
                         f'(newsbrief ingest {path}) or give a cluster JSONL with a "documents" list', line, cluster_id)
    if not isinstance(documents, list) or not documents:
        raise InputError(str(path), 'a cluster needs a non-empty "documents" list', line, cluster_id)
    articles = []
    for number, document in enumerate(documents, 1):
        if not isinstance(document, dict) or document.get("text") is None:
            raise InputError(str(path), f'document {number} has no "text" string', line, cluster_id)
        meta = document.get("meta") if isinstance(document.get("meta"), dict) else {}
        try:
            articles.append(Article(
                doc_id=identifier(document, "doc_id", str(number)),
                text=string_field(document, "text"),
                title=optional_string(document, "title"),
                outlet=optional_string(document, "outlet"),
                author=optional_string(document, "author"),
                published=optional_string(document, "published"),
                url=optional_string(document, "url") or optional_string(meta, "url"),
                source_path=f"{path}:{line}",
            ))
        except ValueError as exc:
            raise InputError(str(path), f"document {number}: {exc}", line, cluster_id) from None
    references = record.get("references") or []
    if isinstance(references, str):
        references = [references]
    if not isinstance(references, list) or not all(isinstance(r, str) for r in references):
        raise InputError(str(path), '"references" must be a list of strings', line, cluster_id)
    return Cluster(articles=tuple(articles), cluster_id=cluster_id, references=tuple(references), origin=f"{path}:{line}")


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


def iter_json_lines(path: Path, text: str) -> Iterator[tuple[int, object] | InputError]:
    """(line number, parsed value) for each non-blank line of a JSONL text; a malformed line
    yields its error instead, and reading goes on. A file holding one JSON document spread over
    several lines gets one error saying so, not one per line."""
    first = True
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            if first and _is_one_document(text):
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


def _is_one_document(text: str) -> bool:
    try:
        json.loads(text)
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


def iter_clusters(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Cluster | InputError]:
    """Clusters of a batch file, one per line, in order; a bad line yields its error and reading goes on."""
    text = read_text(path, max_bytes)
    if path.suffix.lower() in CLUSTER_SUFFIXES:
        for item in iter_json_lines(path, text):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield cluster_from_json(item[1], path, item[0])
            except InputError as exc:
                yield exc
    elif is_multinews_raw(path, text):
        try:
            references = _multinews_references(path)
        except InputError as exc:  # the references only serve evaluation: brief the sources anyway
            yield exc
            references = {}
        for number, raw in enumerate(text.splitlines(), 1):
            if raw.strip():
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

def list_article_files(path: Path) -> list[Path]:
    """Readable files of a directory, sorted by name, hidden files skipped."""
    files = sorted(
        p for p in path.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in READABLE_SUFFIXES
    )
    if not files:
        raise InputError(str(path), "directory holds no articles (looked for .txt, .md, .html, .jsonl and .src files)")
    return files


def read_cluster(paths: list[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES,
                 on_error: Callable[[InputError], None] | None = None) -> Cluster:
    """The articles of one story from files and directories; a cluster file must hold exactly one cluster.

    A bad article file raises its `InputError`, or, given `on_error`, is handed to it and left
    out, so one broken file in a folder of scraped pages does not stop the brief of the rest.
    """
    if not paths:
        raise InputError(None, "no input paths given")
    files: list[Path] = []
    for given in map(Path, paths):
        if given.is_dir():
            files.extend(list_article_files(given))
        elif given.exists():
            files.append(given)
        else:
            raise InputError(str(given), "no such file or directory")
    if len(files) == 1 and _holds_clusters(files[0], max_bytes):
        return _single_cluster(files[0], max_bytes)
    articles, errors = [], []
    for file in files:
        try:
            articles.append(read_article(file, max_bytes))
        except InputError as exc:
            if on_error is None:
                raise
            errors.append(exc)
    if not articles:
        raise errors[0]
    for error in errors:
        on_error(error)
    return Cluster(articles=tuple(articles), origin=", ".join(str(p) for p in paths))


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return read_html_article(path, max_bytes)
    if suffix in CLUSTER_SUFFIXES or suffix in MULTINEWS_SUFFIXES:
        raise InputError(str(path), "a cluster file cannot be mixed with other inputs; brief it alone or use --batch")
    return read_text_article(path, max_bytes)


def _holds_clusters(path: Path, max_bytes: int) -> bool:
    suffix = path.suffix.lower()
    if suffix in CLUSTER_SUFFIXES or suffix in MULTINEWS_SUFFIXES:
        return True
    return suffix not in HTML_SUFFIXES and is_multinews_raw(path, read_text(path, max_bytes))  # as ingest reads it


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
