"""The `newsbrief` command: a thin layer over the library that turns its errors into clean exits.

Heavy modules (models, trafilatura) load inside commands, so `newsbrief --help` is instant.
"""
from __future__ import annotations

import errno
import json
import os
import re
import sys
import time
from contextlib import contextmanager, nullcontext, suppress
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperCommand

from . import __version__
from .backends import is_postgres_url
from .errors import NewsbriefError
from .read import DEFAULT_MAX_BYTES, FEED_SUFFIXES, HTML_SUFFIXES, MULTINEWS_SUFFIXES, READABLE_SUFFIXES, WARC_SUFFIXES
from .render import count

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="Write short, faithful briefs from several news articles about one story; "
    "every sentence names the sources that support it.\n\n"
    "Example: [bold]newsbrief brief examples/putin-erdogan-ankara/[/]",
)
stdout = Console()
stderr = Console(stderr=True)


class Format(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"


FORMAT_ALIASES = {"md": Format.markdown}  # as file names spell it
# The format an --output file's name asks for when no --format is given: terminal text in
# brief.json is never what was meant.
SUFFIX_FORMATS = {".json": Format.json, ".jsonl": Format.jsonl, ".md": Format.markdown, ".markdown": Format.markdown}
# Names of what newsbrief reads and never writes (a page, a feed, an archive): an --output so
# named would not hold what its name says, whatever the format.
NEVER_WRITTEN_SUFFIXES = (*HTML_SUFFIXES, *FEED_SUFFIXES, *MULTINEWS_SUFFIXES, *WARC_SUFFIXES)
EVERY_FORMAT = tuple(Format)
BATCH_FORMATS = (Format.jsonl,)  # brief --batch's and cluster's one JSON object per line


def chosen_format(given: Format | None, output: Path | None, writes: tuple[Format, ...] = EVERY_FORMAT,
                  command: str = "brief") -> Format:
    """The --format given, else the one the --output file's suffix names, else the first the
    command writes (terminal text, or JSONL where that is all it writes). An --output named for
    a format the command does not write (brief.html, or briefs.md with --batch) is a usage
    error, before the work: the file would not hold what its name says."""
    named = SUFFIX_FORMATS.get(output.suffix.lower()) if output else None
    never = next((suffix for suffix in NEVER_WRITTEN_SUFFIXES if output and output.name.lower().endswith(suffix)), None)
    if never:
        raise fail(f"{output}: newsbrief writes no {never} files; {output_names(writes)}", 2)
    if named and named not in writes:
        raise fail(f"{output}: {command} writes {writes[0].value} only, and {output.suffix} names {named.value}; "
                   f"{output_names(writes)}", 2)
    return given or named or writes[0]


def output_names(writes: tuple[Format, ...]) -> str:
    """What to name an --output instead, for the formats a command writes."""
    if writes == BATCH_FORMATS:
        return "give an --output ending in .jsonl"
    return "give an --output ending in .md, .json or .jsonl for those formats, or another name (.txt) for terminal text"


def format_name(value: str) -> str:
    """The --format given, as the name of a `Format` (which typer turns into one), "md" taken
    for markdown. Not a choice of its own, so an error lists each format once."""
    try:
        return Format(FORMAT_ALIASES.get(value, value)).value
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(repr(f.value) for f in Format)}.") from None


def one_line(message: object) -> str:
    """The message on one line: a title or text it quotes may hold line breaks."""
    return " ".join(str(message).split())


def error_line(message: object) -> None:
    """One clean error line on stderr, no traceback."""
    stderr.print(f"[bold red]error:[/] {escape(one_line(message))}", highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one clean error line and give the exit to raise."""
    error_line(message)
    return typer.Exit(code)


def warn(message: str) -> None:
    stderr.print(f"[yellow]warning:[/] {escape(one_line(message))}", highlight=False, soft_wrap=True)


def version_callback(value: bool) -> None:
    if value:
        write_text(f"newsbrief {__version__}\n", None)
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", metavar="", callback=version_callback, is_eager=True, help="Show the version and exit."),
) -> None:
    """newsbrief reads articles (scraped text, HTML, cluster JSONL, Multi-News raw) and briefs them."""


STORY_PATHS_HELP = ("Articles of one story: text, Markdown or HTML files, RSS/Atom feeds (each entry an article), "
                    "directories of them; or one cluster file (cluster JSONL, Multi-News .src).")
MAX_BYTES = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", metavar="BYTES", min=1, show_default=False, help="Refuse input files larger than this many bytes (default 100 MB: 104857600).")
JUDGE = typer.Option("rules", "--judge", metavar="rules|chat", help="Who decides disagreements: offline rules, or chat (an OpenAI-compatible server you run).")
JUDGE_URL = typer.Option(None, "--judge-url", metavar="URL", help="Base URL of the chat judge, e.g. http://localhost:8080/v1 (llama.cpp, Ollama, vLLM).")
JUDGE_MODEL = typer.Option(None, "--judge-model", metavar="NAME", help="Model name the chat judge server expects.")
JUDGE_TIMEOUT = typer.Option(None, "--judge-timeout", metavar="SECONDS", show_default=False,
                             help="Seconds to wait for the chat judge before falling back to the rules (default 10).")


def no_paths(command: str) -> typer.Exit:
    """The one usage error for a command given no path, where click would draw its "Missing
    argument" box."""
    return fail(f"give the files or directories to {command} (see newsbrief {command} --help)", 2)


class PathsCommand(TyperCommand):
    """A command whose PATH... argument, when missing, gets `no_paths`'s line, as `brief` (whose
    paths --batch FILE may replace) gives it from its body."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except typer.BadParameter as exc:  # click's MissingParameter: any word is a path, so none is the one problem
            if exc.param is not None and exc.param.name == "paths":
                raise no_paths(ctx.info_name) from None
            raise


def judge_settings(kind: str, url: str | None, model: str | None, timeout: float | None):
    """The judge the options ask for; a usage error for options the chosen judge would ignore."""
    from .pipeline import JudgeSettings

    ignored = [name for name, value in (("--judge-url", url), ("--judge-model", model), ("--judge-timeout", timeout))
               if value is not None]
    if kind == "rules" and ignored:
        verb, pronoun = ("is", "it") if len(ignored) == 1 else ("are", "them")
        raise fail(f"{' and '.join(ignored)} {verb} used only with --judge chat; add --judge chat or leave {pronoun} out", 2)
    try:
        return JudgeSettings(kind, url, model, JudgeSettings.timeout if timeout is None else timeout)
    except ValueError as exc:
        raise fail(str(exc), 2) from None


@app.command("brief")
def brief_command(
    paths: list[Path] = typer.Argument(None, readable=False, metavar="[PATH...]", help=STORY_PATHS_HELP, show_default=False),
    batch: Optional[Path] = typer.Option(None, "--batch", metavar="FILE", readable=False, help="Brief every cluster of a cluster JSONL or Multi-News .src file, one per line."),
    words: Optional[int] = typer.Option(None, "--words", "-w", metavar="N", min=10, show_default=False,
                                        help="Word budget of the summary (default 230; a newser.com brief is about 220)."),
    sentences: Optional[int] = typer.Option(None, "--sentences", "-n", metavar="N", min=1, help="Exactly this many sentences instead of a word budget."),
    output_format: Optional[Format] = typer.Option(None, "--format", "-f", metavar="FORMAT", parser=format_name,
                                                   help="terminal, markdown (or md), json, or jsonl (default: the --output file's suffix, .json, .jsonl or .md, else terminal; --batch writes jsonl only)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write to this file instead of standard output. A name for a format the command does not write is refused: .html, or .md or .json with --batch."),
    max_bytes: int = MAX_BYTES,
    with_comparison: bool = typer.Option(True, "--compare/--no-compare", metavar="", help="Add the cross-source view (agreed, only in, disagreements, quotes, coverage)."),
    judge: str = JUDGE,
    judge_url: Optional[str] = JUDGE_URL,
    judge_model: Optional[str] = JUDGE_MODEL,
    judge_timeout: Optional[float] = JUDGE_TIMEOUT,
) -> None:
    """Brief one story, or a whole file of clusters with --batch.

    [bold]Examples[/]

    newsbrief brief examples/putin-erdogan-ankara/
    newsbrief brief a.txt b.html --sentences 5 --format markdown
    newsbrief brief --batch clusters.jsonl --format jsonl --output briefs.jsonl
    """
    from .pipeline import BriefOptions
    from .summarize import Budget

    try:
        budget = Budget(words=words, sentences=sentences)
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    options = BriefOptions(
        budget=budget,
        compare=with_comparison,
        judge=judge_settings(judge, judge_url, judge_model, judge_timeout),
    )
    inputs = [*(paths or []), *([batch] if batch else [])]
    refuse_standard_input(inputs, "brief")
    refuse_overwriting(output, inputs)
    if batch is not None:
        if paths:
            raise fail("give either article paths or --batch FILE, not both", 2)
        if (output_format or Format.jsonl) is not Format.jsonl:
            raise fail("--batch writes one JSON object per cluster: use --format jsonl", 2)
        chosen_format(output_format, output, BATCH_FORMATS, "brief --batch")
        failed = run_batch(batch, options, output, max_bytes)
        raise typer.Exit(1 if failed else 0)
    if not paths:
        raise no_paths("brief")
    run_single(paths, options, chosen_format(output_format, output), output, max_bytes)


@app.command("compare", cls=PathsCommand)
def compare_command(
    paths: list[Path] = typer.Argument(..., readable=False, metavar="PATH...", help=STORY_PATHS_HELP, show_default=False),
    output_format: Optional[Format] = typer.Option(None, "--format", "-f", metavar="FORMAT", parser=format_name, show_default=False,
                                                   help="terminal, markdown (or md), json, or jsonl (the JSON on one line); default: the --output file's suffix, .json, .jsonl or .md, else terminal."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write to this file instead of standard output. A name for a format newsbrief does not write (.html) is refused."),
    max_bytes: int = MAX_BYTES,
    judge: str = JUDGE,
    judge_url: Optional[str] = JUDGE_URL,
    judge_model: Optional[str] = JUDGE_MODEL,
    judge_timeout: Optional[float] = JUDGE_TIMEOUT,
) -> None:
    """Compare how outlets cover one story: agreement, exclusives, disagreements, quotes.

    What they agree on, what only one reports, where they disagree, who is quoted by whom, and what each focuses on.

    [bold]Examples[/]

    newsbrief compare examples/putin-erdogan-ankara/
    newsbrief compare story.jsonl --format json
    newsbrief compare a.html b.html --judge chat --judge-url http://localhost:8080/v1 --judge-model qwen2.5
    """
    from .pipeline import BriefOptions
    from .render import SCHEMA_VERSION, comparison_json, comparison_markdown, print_comparison, source_json

    refuse_standard_input(paths, "compare")
    refuse_overwriting(output, paths)
    output_format = chosen_format(output_format, output, command="compare")
    options = BriefOptions(judge=judge_settings(judge, judge_url, judge_model, judge_timeout))
    result, skipped = brief_paths(paths, max_bytes, options)
    if result.comparison is None or not result.sources:
        raise fail(f"{', '.join(map(str, paths))}: nothing to compare ({'; '.join(result.warnings)})")
    for message in result.warnings:
        warn(message)
    if output_format is Format.terminal:
        print_terminal(lambda console: print_comparison(result.comparison, result.sources, console), output)
    elif output_format is Format.markdown:
        write_text(comparison_markdown(result.comparison, result.sources), output)
    else:
        record = {"schema_version": SCHEMA_VERSION, "cluster_id": result.cluster_id,
                  "sources": [source_json(n, a) for n, a in enumerate(result.sources, 1)],
                  "comparison": comparison_json(result.comparison, result.sources),
                  "warnings": list(result.warnings)}
        write_text(json_text(record, output_format), output)
    if skipped:
        raise typer.Exit(1)


def brief_paths(paths: list[Path], max_bytes: int, options):
    """The brief of the one story in `paths`, and how many bad article files were left out of
    it (each with its error line); no article readable at all is an error."""
    from .pipeline import brief
    from .read import read_cluster

    skipped: list[NewsbriefError] = []
    try:
        result = brief(read_cluster(paths, max_bytes, on_error=skipped.append), options)
    except NewsbriefError as exc:
        raise fail(str(exc)) from None
    except KeyboardInterrupt:  # Ctrl-C: one line, as every other command stops with
        stderr.print("interrupted: nothing was written", highlight=False)
        raise typer.Exit(130) from None
    for error in skipped:
        error_line(error)
    return result, len(skipped)


def run_single(paths: list[Path], options, fmt: Format, output: Path | None, max_bytes: int) -> None:
    from .render import brief_json, brief_markdown, print_brief

    result, skipped = brief_paths(paths, max_bytes, options)
    if not result.sentences:
        raise fail(f"{', '.join(map(str, paths))}: nothing to brief ({'; '.join(result.warnings)})")
    if output or fmt is not Format.terminal:  # on the terminal the brief itself ends with its notes
        for message in result.warnings:
            warn(message)
    if fmt is Format.terminal:
        print_terminal(lambda console: print_brief(result, console), output)
    else:
        write_text(brief_markdown(result) if fmt is Format.markdown else json_text(brief_json(result), fmt), output)
    if skipped:
        raise typer.Exit(1)


def print_terminal(show, output: Path | None) -> None:
    """Rich output to the terminal; to a file or a pipe, plain text 100 columns wide, without
    the spaces that pad each line to the full width."""
    if output is None and stdout.is_terminal:
        show(stdout)
        return
    import io

    rendered = io.StringIO()
    show(Console(file=rendered, width=100))
    write_text("".join(line.rstrip() + "\n" for line in rendered.getvalue().splitlines()), output)


def refuse_standard_input(paths: list[Path], command: str) -> None:
    """`-`, which many tools read as standard input, is a usage error unless a file is named so:
    newsbrief reads files, each article known by its file's name."""
    if Path("-") in paths and not Path("-").exists():
        raise fail(f"-: reading standard input is not supported; save the text to a file and give its path "
                   f"(e.g. newsbrief {command} article.txt)", 2)


def refuse_overwriting(output: Path | None, inputs: list[Path], store: Path | None = None) -> None:
    """Stop before an --output that is an input or the store (opening it for writing can empty
    it before a word is read), or lies in an input folder (where it is read as an article), and
    before one that is a folder or in none: usage errors, found before the work, not after it."""
    if output is None:
        return
    if output.is_dir():
        raise fail(f"{output}: a directory, not a file; give --output FILE", 2)
    if not output.parent.is_dir():
        raise fail(f"{output}: no folder {output.parent} to write it in; create it or give another --output", 2)
    target = output.resolve()
    for path in [*inputs, *([store] if store else [])]:
        source = path.resolve()
        if target == source:
            what = "the store" if path is store else "an input"
            raise fail(f"{output}: this is {what}, and writing the output there would overwrite it; give another --output", 2)
        if source.is_dir() and source in target.parents:
            raise fail(f"{output}: this is inside the input folder {path}, where it would be read as an article; "
                       "give another --output", 2)


def open_output(output: Path, path: Path | None = None):
    """The output file (or `path`, written in its stead), opened for writing, or one clean error
    saying why the output cannot be written."""
    try:
        return (path or output).open("w", encoding="utf-8")
    except OSError as exc:
        raise fail(f"{output}: cannot write here ({exc.strerror or exc}); give another --output", 2) from None


class Output:
    """Where a command writes its result: the --output file (or `path`, written in its stead), or
    standard output with `output` None. Every write of a result goes through here, so a write
    that fails, not only the opening (a full disk, an I/O error), is one error line and exit 1,
    not a traceback; a reader that has gone (`newsbrief ... | head -1`) ends the command quietly,
    as Unix tools do. Standard output is flushed on closing, so that its failure shows here too
    and not as Python's "Exception ignored" at exit."""

    def __init__(self, output: Path | None, path: Path | None = None):
        self.name = str(output) if output else "standard output"
        self.handle = open_output(output, path) if output else sys.stdout
        self.done = False

    def __enter__(self) -> "Output":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def write(self, text: str) -> None:
        with self.failing():
            self.handle.write(text)

    def flush(self) -> None:
        with self.failing():
            self.handle.flush()

    def close(self) -> None:
        if self.done:
            return
        with self.failing():
            if self.handle is sys.stdout:
                self.handle.flush()
            else:
                self.handle.close()
        self.done = True

    @contextmanager
    def failing(self):
        try:
            yield
        except OSError as exc:
            self.abandon()
            if exc.errno == errno.EPIPE:
                raise typer.Exit(1) from None
            raise fail(f"{self.name}: cannot write ({exc.strerror or exc})") from None

    def abandon(self) -> None:
        """Drop what is left unwritten, so that neither a later close nor Python at exit tries
        (and fails) to write it again."""
        if self.done:
            return
        self.done = True
        with suppress(OSError):  # a file is closed even where its last flush fails
            if self.handle is not sys.stdout:
                self.handle.close()
            else:  # what its buffer holds goes nowhere at exit (a test's captured stdout has no descriptor)
                descriptor = self.handle.fileno()
                os.dup2(os.open(os.devnull, os.O_WRONLY), descriptor)


@contextmanager
def replaced_on_success(output: Path):
    """A handle on a new file beside `output` that takes its place only when the block ends
    without an error or exit, so a run stopped or failed part way leaves the file there before
    (an earlier complete result) as it was. Opened before the work, so a bad --output fails
    before it, not after. A pipe or device (/dev/stdout) holds no earlier result: written as is."""
    if output.exists() and not output.is_file():
        with Output(output) as handle:
            yield handle
        return
    target = output.resolve()  # through a link, as writing to it would go
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")  # the same folder: the rename is atomic
    handle = Output(output, partial)
    try:
        yield handle
        handle.close()
        os.replace(partial, target)
    except BaseException:
        handle.abandon()
        partial.unlink(missing_ok=True)
        raise


def json_text(record: dict, fmt: Format) -> str:
    """`--format json` is indented for reading; `jsonl` is one line."""
    return json.dumps(record, ensure_ascii=False, indent=None if fmt is Format.jsonl else 2) + "\n"


def write_text(text: str, output: Path | None) -> None:
    with Output(output) as handle:
        handle.write(text)


def run_batch(path: Path, options, output: Path | None, max_bytes: int) -> int:
    """Brief each cluster in order; a failed cluster writes an error record and the rest go on.
    Ctrl-C stops between two records, so the output holds whole records only, and says how many."""
    from .embed import get_encoder
    from .read import iter_clusters, starts_with_an_article

    try:
        items = list(iter_clusters(path, max_bytes))
    except NewsbriefError as exc:
        raise fail(str(exc)) from None
    if items and isinstance(items[0], NewsbriefError) and starts_with_an_article(path):
        # Article JSONL, not a bad cluster line: every line would fail alike, so the file gets
        # the one error `brief FILE` gives, before the model loads.
        raise fail(str(items[0]))
    written = failed = 0
    handle = Output(output)
    try:
        load_start = time.perf_counter()
        get_encoder(options.encoder)
        load_seconds = time.perf_counter() - load_start
        start = time.perf_counter()
        with progress_bar() as progress:
            task = progress.add_task("briefing", total=len(items), rate="")
            for item in items:
                record = batch_record(item, options)
                if "error" in record:
                    failed += 1
                    error_line(record["error"])
                elif not record["sentences"]:
                    warn(f"{item.origin}: empty brief ({'; '.join(record['warnings'])})")
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                handle.flush()
                written += 1
                progress.update(task, advance=1, rate=rate_text(written, time.perf_counter() - start, "cluster", "clusters"))
    except KeyboardInterrupt:
        stderr.print(f"interrupted: {written:,} of {count(len(items), 'cluster', 'clusters')} briefed and written to "
                     f"{output or 'standard output'}; run the same command again to brief them all (it starts from the first)",
                     highlight=False, soft_wrap=True)
        raise typer.Exit(130) from None
    finally:
        handle.close()
    elapsed = time.perf_counter() - start
    stderr.print(
        f"{count(len(items), 'cluster', 'clusters')} in {elapsed:.1f} s ({elapsed / max(len(items), 1):.2f} s per cluster) "
        f"plus {load_seconds:.1f} s model load; {failed} failed",
        highlight=False,
    )
    return failed


def batch_record(item, options) -> dict:
    """The brief record of one cluster of a batch, or the error record that takes its place."""
    from .errors import InputError
    from .pipeline import brief
    from .render import brief_json, error_json

    if isinstance(item, InputError):
        return error_json(item.cluster_id, str(item))
    try:
        return brief_json(brief(item, options))
    except (NewsbriefError, ValueError) as exc:
        return error_json(item.cluster_id, str(exc))


# ---- stories at scale: ingest, cluster, stories ---------------------------------------------

DB = typer.Option("newsbrief.db", "--db", metavar="FILE", help="The store: one SQLite file, created on first use.")
STORED_DB = typer.Option("newsbrief.db", "--db", metavar="FILE", help="The store that ingest or cluster wrote.")
SCHEDULER = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Compute features on Dask: 'local' (a LocalCluster here) or tcp://host:8786.")
LOCAL_WORKERS = 2
WORKERS = typer.Option(None, "--workers", metavar="N", min=1, show_default=False,
                       help=f"Workers of the LocalCluster started by --scheduler local (default {LOCAL_WORKERS}).")
FULL_TEXT_WORDS = typer.Option(None, "--full-text-words", metavar="N", min=0, show_default="chosen from the stream",
                               help="Story scale: an article with fewer distinct words than this (a headline, a snippet) "
                               "joins a story more easily. 0 makes event-sized stories; 200, topic-sized ones (a market, a "
                               "company, a trial). By default the stream's first 1,000 articles choose: 200 if they repeat "
                               "each other densely, as topic feeds do, else 0.")


RATE_AFTER_SECONDS = 1.0  # a rate over a run's first moments is noise: 297,718,182 articles/s over a replay


def rate_text(done: int, seconds: float, one: str, many: str) -> str:
    """Items per second for a progress bar ('0.8 stories/s', '1 story/s', '1,204 articles/s'),
    nothing before `RATE_AFTER_SECONDS` have passed."""
    if seconds < RATE_AFTER_SECONDS:
        return ""
    rate = done / seconds
    number = f"{rate:.1f}".removesuffix(".0") if rate < 9.95 else f"{rate:,.0f}"
    return f"{number} {one if number == '1' else many}/s"


def progress_bar():
    """Rate and ETA on a terminal; nothing in a log or a pipe, where a bar is only noise."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    return Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                    console=stderr, transient=True, disable=not stderr.is_terminal)


URL_SCHEME = re.compile(r"[a-z][a-z0-9+.-]+:/", re.IGNORECASE)  # two letters at least: C:/ is a drive


def check_db(db: str, postgres_too: bool = False) -> Path:
    """The --db as the path of a store file. A folder, or a URL where a store file is wanted, is a
    usage error; SQLite's own "unable to open database file" leaves the user guessing. Checked as
    given, since a Path folds a URL's "://" to ":/". A name of a kind newsbrief reads as input
    (news.txt, arts.jsonl) is a slip too: the store would be written over that file."""
    path = Path(db)
    if path.is_dir():
        raise fail(f"{db}: a directory, not a store file; give --db FILE (e.g. {path / 'news.db'})", 2)
    if URL_SCHEME.match(db):
        if postgres_too:
            raise fail(f"{db}: not a store; give a SQLite file or a postgresql:// URL", 2)
        raise fail(f"{db}: this command keeps its store in a SQLite file (give --db FILE); a PostgreSQL store is "
                   f"for newsbrief serve, filled through POST /api/articles", 2)
    suffix = input_suffix(path)
    if suffix:
        raise fail(f"{db}: looks like an input file ({suffix}), not a store; give --db a SQLite file such as news.db", 2)
    return path


def input_suffix(path: Path) -> str | None:
    """The name's suffix, as typed, when it is one of an input kind newsbrief reads (a name with none is not)."""
    name = path.name.lower()
    suffix = next((warc for warc in WARC_SUFFIXES if name.endswith(warc)), path.suffix.lower())
    readable = suffix in READABLE_SUFFIXES - {""} or suffix in WARC_SUFFIXES
    return path.name[len(name) - len(suffix):] if readable else None


def check_store_options(db: str, scheduler: str | None = None, workers: int | None = None,
                        postgres_too: bool = False) -> Path:
    """The --db as the path of a store file (`check_db`). Refuse, before any work, one that cannot
    be a store file and engine options that do not go together: usage errors, as click gives them."""
    path = check_db(db, postgres_too)
    if not path.parent.is_dir():
        raise fail(f"{db}: no folder {path.parent} to keep the store in; create it or give another --db", 2)
    if scheduler:
        from .distributed import check_scheduler

        try:
            check_scheduler(scheduler)
        except NewsbriefError as exc:
            raise fail(str(exc), 2) from None
    if workers is not None and scheduler != "local":
        raise fail("--workers applies only with --scheduler local (a running scheduler has its own workers); "
                   "add --scheduler local or leave it out", 2)
    return path


def open_store(db: Path, create: bool = True):
    from .store import Store

    try:
        return Store(db, create=create)
    except NewsbriefError as exc:
        raise fail(str(exc)) from None


def interrupted_message(store, unwritten: Path | None, why: str = "interrupted") -> str:
    """What a stopped run leaves: the articles stored and how many of them have a story (a run
    stopped while clustering has stored more than it clustered), and the output it did not write;
    after `why` it stopped (Ctrl-C, or the error that stopped it)."""
    stored, clustered = store.article_count(), len(store.seqs(assigned=True))
    not_written = f"{assignments_not_written(unwritten)}; " if unwritten else ""
    return (f"{why}: {count(stored, 'article', 'articles')} stored, {clustered:,} of them in stories; "
            f"{not_written}run the same command again to resume")


def assignments_not_written(output: Path) -> str:
    """What a cluster run that writes no assignments leaves: the earlier file, if there is one, as it was."""
    return f"assignments not written ({output} is unchanged)" if output.exists() else "assignments not written"


def ingest_and_cluster(store, paths: list[Path], max_bytes: int, scheduler: str | None, workers: int | None, briefs: bool,
                       full_text_words: int | None, unwritten: Path | None = None):
    """Store the articles under `paths`, give each new one its story, refresh changed briefs.

    Bad files and records get one line each and are skipped. Ctrl-C stops after the batch in
    hand is rolled back; everything committed stays, and the same command resumes. `unwritten`
    is the output a stopped run leaves as it was, which the interrupt message names.
    """
    from .cluster import TOPIC_DENSITY, ClusterOptions
    from .ingest import ingest
    from .stories import local_featurizer, refresh_briefs, update_stories

    start = time.perf_counter()
    try:
        with progress_bar() as progress:
            reading = progress.add_task("reading", total=None, rate="")
            report = ingest(
                store, paths, max_bytes,
                on_error=error_line,
                on_warning=lambda warning: warn(str(warning)),
                on_batch=lambda r: progress.update(reading, completed=len(r.doc_ids), rate=f"{r.stored:,} new"),
            )
            progress.remove_task(reading)
            tasks: dict[str, tuple[int, float]] = {}  # phase -> (task, start)

            def on_progress(phase: str, done: int, total: int) -> None:
                if phase not in tasks:
                    tasks[phase] = (progress.add_task(phase, total=total, rate=""), time.perf_counter())
                task, started = tasks[phase]
                units = ("story", "stories") if phase == "brief" else ("article", "articles")
                progress.update(task, completed=done, rate=rate_text(done, time.perf_counter() - started, *units))

            if scheduler:
                from .distributed import dask_client, dask_featurizer

                engine = dask_client(scheduler, workers or LOCAL_WORKERS)
            else:
                engine = nullcontext()
            with engine as client:
                featurizer = dask_featurizer(client) if scheduler else local_featurizer
                update = update_stories(store, ClusterOptions(full_text_terms=full_text_words), featurizer, on_progress=on_progress)
            stale = store.stale_stories() if briefs else []  # a run stopped while writing briefs left these
            failures = refresh_briefs(store, stale, on_progress=on_progress)
    except KeyboardInterrupt:
        stderr.print(interrupted_message(store, unwritten), highlight=False, soft_wrap=True)
        raise typer.Exit(130) from None
    except NewsbriefError as exc:
        from .distributed import ClusterLost

        if isinstance(exc, ClusterLost):  # stopped part-way, as Ctrl-C stops it: say what is kept
            raise fail(interrupted_message(store, unwritten, why=str(exc))) from None
        raise fail(str(exc)) from None
    for story_id, problem in failures:
        warn(f"story {story_id}: no brief ({problem})")
    elapsed = time.perf_counter() - start
    stderr.print(
        f"{count(len(report.doc_ids), 'article', 'articles')} read ({report.stored:,} new{revisions_read(report)}, "
        f"{len(report.errors)} bad), "
        f"{update.assigned:,} clustered ({count(update.duplicates, 'copy', 'copies')}, "
        f"{count(update.new_stories, 'new story', 'new stories')})"
        f"{', ' + briefs_written(store, stale, failures) if briefs else ''} "
        f"in {elapsed:.1f} s", highlight=False, soft_wrap=True,
    )
    if update.density is not None and update.full_text_terms:  # the choice a user may not expect
        stderr.print(f"stories are topics: the stream repeats itself densely ({update.density:.2f}, topics from "
                     f"{TOPIC_DENSITY:.2f}); --full-text-words 0 makes event-sized stories", highlight=False, soft_wrap=True)
    return report


def revisions_read(report) -> str:
    """The texts read under stored doc_ids, where there were any (", 1 updated, 6 unchanged (summaries
    of stored texts)"); nothing otherwise, so the usual line stays as the README shows it."""
    parts = [(report.updated, "updated"), (report.unchanged, "unchanged (summaries of stored texts)")]
    return "".join(f", {n:,} {what}" for n, what in parts if n)


def briefs_written(store, briefed: list[str], failures: list[tuple[str, str]]) -> str:
    """How many of the `briefed` stories got a brief that says something. A story of headlines or
    a few words each gets an empty one, stored so that it is not briefed again until it grows,
    which is no brief written: "0 briefs written (10 stories have too little text to summarise)"."""
    failed = {story_id for story_id, _ in failures}
    empty = sum(1 for story_id in briefed if story_id not in failed and not store.brief(story_id)["sentences"])
    written = f"{count(len(briefed) - len(failed) - empty, 'brief', 'briefs')} written"
    return f"{written} ({count(empty, 'story has', 'stories have')} too little text to summarise)" if empty else written


@app.command("ingest", cls=PathsCommand)
def ingest_command(
    paths: list[Path] = typer.Argument(..., readable=False, metavar="PATH...", help="Files, directories, article or cluster JSONL, RSS/Atom feeds, WARC archives.", show_default=False),
    db: str = DB,
    briefs: bool = typer.Option(True, "--briefs/--no-briefs", metavar="", help="Rewrite the brief of every story that changed."),
    max_bytes: int = MAX_BYTES,
    scheduler: Optional[str] = SCHEDULER,
    workers: Optional[int] = WORKERS,
    full_text_words: Optional[int] = FULL_TEXT_WORDS,
) -> None:
    """Store articles (each once, however often ingested), link copies, group them into stories.

    [bold]Examples[/]

    newsbrief ingest feeds/ crawl.warc.gz --db news.db
    newsbrief ingest stream.jsonl --no-briefs
    """
    refuse_standard_input(paths, "ingest")
    store_path = check_store_options(db, scheduler, workers)
    with open_store(store_path) as store:
        report = ingest_and_cluster(store, paths, max_bytes, scheduler, workers, briefs, full_text_words)
    raise typer.Exit(1 if report.errors else 0)


@app.command("cluster", cls=PathsCommand)
def cluster_command(
    paths: list[Path] = typer.Argument(..., readable=False, metavar="PATH...", help="Article JSONL, cluster JSONL, or anything ingest reads.", show_default=False),
    output: Path = typer.Option(..., "--output", "-o", metavar="FILE", help="Assignments JSONL: one line per input article, in input order (a record refused as bad input has its error line on stderr instead). A name for another format (.json, .md, .html) is refused."),
    db: str = DB,
    briefs: bool = typer.Option(False, "--briefs/--no-briefs", metavar="", help="Also rewrite the brief of every story that changed."),
    max_bytes: int = MAX_BYTES,
    scheduler: Optional[str] = SCHEDULER,
    workers: Optional[int] = WORKERS,
    full_text_words: Optional[int] = FULL_TEXT_WORDS,
) -> None:
    """Group a stream of articles into stories and write where each article went.

    One JSON line per input article, in input order: {"doc_id", "story_id", "duplicate_of"}.

    [bold]Examples[/]

    newsbrief cluster stream.jsonl --output assignments.jsonl
    newsbrief cluster archive/ --output assignments.jsonl --scheduler tcp://10.0.0.5:8786
    """
    refuse_standard_input(paths, "cluster")
    store_path = check_store_options(db, scheduler, workers)
    refuse_overwriting(output, paths, store_path)
    chosen_format(None, output, BATCH_FORMATS, "cluster")
    with replaced_on_success(output) as handle, open_store(store_path) as store:
        report = ingest_and_cluster(store, paths, max_bytes, scheduler, workers, briefs, full_text_words, unwritten=output)
        if report.errors and not report.doc_ids:  # every input failed: no empty file that looks like a result
            stderr.print(f"{assignments_not_written(output)}: no article was read", highlight=False, soft_wrap=True)
            raise typer.Exit(1)
        found = store.assignments(report.doc_ids)
        for doc_id in report.doc_ids:
            assignment = found[doc_id]
            handle.write(json.dumps({"doc_id": doc_id, "story_id": assignment.story_id,
                                     "duplicate_of": assignment.duplicate_of}, ensure_ascii=False) + "\n")
    raise typer.Exit(1 if report.errors else 0)


@app.command("stories")
def stories_command(
    story_argument: Optional[str] = typer.Argument(None, metavar="[STORY]", show_default=False,
                                                   help="Show this story's brief, as --brief STORY does."),
    db: str = STORED_DB,
    min_size: int = typer.Option(2, "--min-size", metavar="N", min=1, help="Hide stories with fewer articles."),
    limit: int = typer.Option(20, "--limit", "-n", metavar="N", min=1, help="Show at most this many stories, largest first."),
    story: Optional[str] = typer.Option(None, "--brief", metavar="STORY", help="Show this story's brief (rewritten first if the story changed)."),
    output_format: Format = typer.Option(Format.terminal, "--format", "-f", metavar="FORMAT", parser=format_name,
                                         help="terminal, markdown (or md), json, or jsonl: the list (one story per line with jsonl), or the brief in JSON schema 1."),
) -> None:
    """List the stories in the store with their size and outlets, or show one story's brief.

    [bold]Examples[/]

    newsbrief stories --db news.db
    newsbrief stories S000042
    newsbrief stories --brief S000042 --format json > brief.json
    """
    from .render import story_json
    from .store import story_key
    from .web_views import with_publication_span

    if story_argument and story and story_key(story_argument) != story_key(story):
        raise fail(f"two stories given ({story_argument} and --brief {story}); give one", 2)
    story = story or story_argument
    if story is not None and not story_key(story):
        raise fail("no story id given; story ids look like S000042 (newsbrief stories lists them)", 2)
    store_path = check_db(db)
    if not store_path.exists():
        raise fail(f"{db}: no store here; create one with newsbrief ingest PATH --db {db}")
    with open_store(store_path, create=False) as store:  # only reads, so it turns no other file into a store
        if story is not None:
            show_story_brief(store, story, output_format)
            return
        stories = store.stories(min_size)
        shown = stories[:limit]
        if output_format in (Format.json, Format.jsonl):  # the data GET /api/stories gives
            shown = [with_publication_span(store, s) for s in shown]
        elif output_format in (Format.terminal, Format.markdown) and not stories:  # a line, not a table of headers only
            largest = store.largest_story_size()
            write_text(f"no story has {min_size:,}+ articles (the largest has {largest:,})\n" if largest else
                       f"{db} holds no stories yet; newsbrief ingest PATH --db {db} adds articles\n", None)
            return
    if output_format is Format.json:
        write_text(json_text({"total": len(stories), "stories": [story_json(s) for s in shown]}, output_format), None)
    elif output_format is Format.jsonl:
        write_text("".join(json_text(story_json(s), output_format) for s in shown), None)
    elif output_format is Format.markdown:
        from .render import markdown_cell

        rows = [f"| {s.story_id} | {s.size} | {markdown_cell(', '.join(s.outlets)) or '-'} | {markdown_cell(s.title or '')} |"
                for s in shown]
        # Its rows count a whole list; one cut to --limit says so above it, as the terminal's title does.
        cut = [story_list_title(stories, min_size, limit), ""] if len(stories) > limit else []
        write_text("\n".join([*cut, "| story | articles | outlets | title |", "|---|---|---|---|", *rows]) + "\n", None)
    else:
        print_story_table(stories, min_size, limit)


def story_list_title(stories, min_size: int, limit: int) -> str:
    """What the story list shows: "3 stories of 2+ articles", or "20 largest of 42 stories of 2+ articles"."""
    return (f"{count(len(stories), 'story', 'stories')} of {min_size}+ articles" if len(stories) <= limit
            else f"{limit} largest of {len(stories):,} stories of {min_size}+ articles")


def print_story_table(stories, min_size: int, limit: int) -> None:
    from rich.table import Table

    table = Table(title=story_list_title(stories, min_size, limit))
    for column in ("story", "articles", "outlets", "title"):
        table.add_column(column, overflow="fold", justify="right" if column == "articles" else "left")
    for item in stories[:limit]:
        outlets = ", ".join(item.outlets[:4]) + (f" +{len(item.outlets) - 4}" if len(item.outlets) > 4 else "")
        table.add_row(item.story_id, str(item.size), f"{len(item.outlets)}: {escape(outlets)}" if item.outlets else "-",
                      escape(item.title or ""))
    print_terminal(lambda console: console.print(table), None)


def show_story_brief(store, story_id: str, fmt: Format) -> None:
    """The story's stored brief: the JSON record itself (schema 1), or as Markdown or terminal text."""
    from .store import BRIEFED_SIZE, story_key, story_named
    from .stories import refresh_briefs

    typed, story_id = story_id, story_key(story_id)
    size = store.story_size(story_id)
    if not size:
        raise fail(f"no story {story_named(typed)} in {store.path}; newsbrief stories lists them")
    if size < BRIEFED_SIZE:  # as the web's story page and the API say it: one rule
        raise fail(f"story {story_id}: no brief: a story needs {BRIEFED_SIZE} articles before it is briefed, and it "
                   f"has {size} (newsbrief brief FILE briefs a single article)")
    if store.is_stale(story_id):
        for _, problem in refresh_briefs(store, [story_id]):
            raise fail(f"story {story_id}: no brief ({problem})")
    from .render import brief_from_json, brief_markdown, print_brief, too_little_text

    record = store.brief(story_id)
    result = brief_from_json(record)
    if not result.sentences:
        raise fail(f"story {story_id}: no brief: {too_little_text(store.story_articles(story_id), size)}")
    if fmt in (Format.json, Format.jsonl):
        write_text(json_text(record, fmt), None)
    elif fmt is Format.markdown:
        write_text(brief_markdown(result, story_heading(store, story_id)), None)
    else:
        print_terminal(lambda console: print_brief(result, console, story_heading(store, story_id)), None)


def story_heading(store, story_id: str) -> str | None:
    """The title a stored story's brief is headed by, as the web's story page heads it: the
    stored title where it is one of the story's headlines; None, for `brief_heading` to head
    it as `brief` heads a brief, where the title is a lead sentence cut to fit the story list,
    on which the brief itself may open. The story id goes under the heading."""
    from .clean import clean_article
    from .stories import headline_among

    articles = [clean_article(a) for a in store.story_articles(story_id, copies=True)]
    return headline_among(store.story(story_id).title, articles)


# ---- web app and HTTP API --------------------------------------------------------------------

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command("serve")
def serve_command(
    db: str = typer.Option("newsbrief.db", "--db", metavar="FILE|URL", help="The store: a SQLite file (created on first use) or a postgresql:// URL."),
    host: str = typer.Option("127.0.0.1", "--host", metavar="ADDRESS", help="Address to listen on; the default serves this machine only."),
    port: int = typer.Option(8000, "--port", metavar="PORT", min=1, max=65535, help="Port to listen on."),
) -> None:
    """Start the web app and HTTP API over the store (API docs at /docs).

    Story list, story pages with briefs, and a page to brief pasted articles.

    [bold]Examples[/]

    newsbrief serve --db news.db
    newsbrief serve --db postgresql://newsbrief@localhost/news --port 8080
    """
    import uvicorn

    from .serve import create_app

    is_file = not is_postgres_url(db)
    if is_file:
        check_store_options(db, postgres_too=True)
    check_listen(host, port)
    new_file = is_file and not Path(db).exists()
    try:
        application = create_app(db)
    except NewsbriefError as exc:
        raise fail(str(exc)) from None
    if new_file:  # a typo in --db would otherwise serve an empty store without a word
        stderr.print(f"created an empty store {db}; newsbrief ingest PATH --db {db} fills it", highlight=False, soft_wrap=True)
    if host not in LOOPBACK:
        warn(f"listening on {host}: anyone who reaches this address can read the store and add articles (no authentication)")
    uvicorn.run(application, host=host, port=port, log_level="info")


def check_listen(host: str, port: int) -> None:
    """Fail in one line, before the server starts, when the address cannot be listened on."""
    import socket

    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port} ({exc.strerror or exc}); is another server using it? "
                   f"choose another with --port") from None


if __name__ == "__main__":
    app()
