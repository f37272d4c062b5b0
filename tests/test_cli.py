"""The `newsbrief` command: single briefs, formats, batch mode, and clean one-line errors on bad input."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CRAWL_NOTICE, DW_FILE, EXAMPLE_JUNK, EXAMPLE_TITLES, MEE_FILE, REPO, check_schema, cluster_line, invoke

NEWSBRIEF = Path(sys.executable).with_name("newsbrief")


def run_newsbrief(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    return subprocess.run([str(NEWSBRIEF), *map(str, args)], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def assert_one_line_error(result, *expected: str) -> str:
    """A non-zero exit with exactly one `error:` line that says what is expected, and nothing else."""
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    (line,) = lines
    assert line.startswith("error: ")
    for part in expected:
        assert part in line, line
    return line


# ---- briefs of the example ----------------------------------------------------------------------

def test_brief_of_the_example_directory_in_a_real_process():
    process = run_newsbrief("brief", "examples/putin-erdogan-ankara/")
    assert process.returncode == 0, process.stderr
    assert "Traceback" not in process.stdout + process.stderr
    assert process.stderr == ""  # two articles, nothing dropped: no warnings
    out = " ".join(process.stdout.split())
    assert "[1][2]" in out or "[2][1]" in out
    assert "Sources" in out
    assert "[1] DW" in out and "[2] Middle East Eye, via Anti-Media" in out
    for junk in EXAMPLE_JUNK:
        assert junk not in out


def test_json_format(runner, example_dir):
    result = invoke(runner, "brief", example_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    check_schema(record)
    assert [s["outlet"] for s in record["sources"]] == ["DW", "Middle East Eye"]
    assert record["sources"][1]["republished_by"] == "Anti-Media"
    assert len(record["summary"].split()) <= 230
    for fact in ("more intensely", "deepen coordination"):
        mentioning = [s for s in record["sentences"] if fact in s["text"]]
        assert mentioning and all({1, 2} <= set(s["sources"]) for s in mentioning)


def test_markdown_format_to_a_file(runner, example_dir, tmp_path):
    output = tmp_path / "brief.md"
    result = invoke(runner, "brief", example_dir, "--format", "markdown", "--output", output)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    markdown = output.read_text(encoding="utf-8")
    assert markdown.startswith(f"# {EXAMPLE_TITLES[0]}")
    assert re.search(r"\.\"? \[[12]\](\[[12]\])?", markdown)
    assert "1. **DW**" in markdown and "2. **Middle East Eye, via Anti-Media**" in markdown


@pytest.mark.parametrize("command, name, starts", [
    ("brief", "brief.json", '{\n  "schema_version": 1,'), ("brief", "brief.jsonl", '{"schema_version": 1,'),
    ("brief", "brief.md", f"# {EXAMPLE_TITLES[0]}"), ("compare", "view.md", "## Agreed"),
    ("compare", "view.json", '{\n  "schema_version": 1,'), ("brief", "brief.txt", "─"),
])
def test_without_format_an_output_file_gets_the_format_its_name_says(runner, example_dir, tmp_path, command, name, starts):
    # Terminal text in brief.json is never what was meant; a .txt (or any other name) keeps the terminal's text.
    options = ["-n", "2", "--no-compare"] if command == "brief" else []
    result = invoke(runner, command, example_dir, *options, "--output", tmp_path / name)
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(starts)


@pytest.mark.parametrize("command, name, message", [
    # s27 UX D8: JSONL in briefs.md, terminal text in brief.html, were written with exit 0.
    (["brief", "--batch", "CLUSTERS"], "briefs.md",
     "brief --batch writes jsonl only, and .md names markdown; give an --output ending in .jsonl"),
    (["brief", "--batch", "CLUSTERS", "--format", "jsonl"], "briefs.json",
     "brief --batch writes jsonl only, and .json names json; give an --output ending in .jsonl"),
    (["cluster", "EXAMPLE", "--db", "DB"], "assignments.md",
     "cluster writes jsonl only, and .md names markdown; give an --output ending in .jsonl"),
    (["brief", "EXAMPLE"], "brief.html", "newsbrief writes no .html files; give an --output ending in .md, .json or "
     ".jsonl for those formats, or another name (.txt) for terminal text"),
    (["compare", "EXAMPLE", "--format", "markdown"], "view.XML", "newsbrief writes no .xml files;"),
])
def test_an_output_named_for_a_format_the_command_does_not_write_is_a_usage_error(
        runner, example_dir, example_documents, tmp_path, monkeypatch, command, name, message):
    def no_work(*args, **kwargs):
        raise AssertionError("worked before the --output's name was checked")

    monkeypatch.setattr("newsbrief.pipeline.brief", no_work)
    monkeypatch.setattr("newsbrief.embed.get_encoder", no_work)
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(cluster_line("c1", example_documents) + "\n", encoding="utf-8")
    names = {"EXAMPLE": example_dir, "CLUSTERS": clusters, "DB": tmp_path / "news.db"}
    result = invoke(runner, *[names.get(word, word) for word in command], "-o", tmp_path / name)
    assert result.exit_code == 2
    assert assert_one_line_error(result).startswith(f"error: {tmp_path / name}: {message}")
    assert not (tmp_path / name).exists() and not (tmp_path / "news.db").exists()


def test_md_is_taken_for_markdown_and_not_listed_as_a_format_of_its_own(runner, example_dir):
    markdown = invoke(runner, "brief", example_dir, "--format", "markdown", "-n", "2", "--no-compare")
    md = invoke(runner, "brief", example_dir, "-f", "md", "-n", "2", "--no-compare")
    assert md.exit_code == 0, md.output
    assert md.stdout == markdown.stdout and md.stdout.startswith("# ")
    wrong = invoke(runner, "brief", example_dir, "--format", "html")
    assert wrong.exit_code == 2
    message = re.sub(r"[│\s]+", " ", wrong.output)  # out of its box, which wraps it
    assert "'html' is not one of 'terminal', 'markdown', 'json', 'jsonl'." in message


def test_sentences_option(runner, example_dir):
    result = invoke(runner, "brief", example_dir, "--sentences", "3", "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["sentences"]) == 3


def test_words_option(runner, example_dir):
    result = invoke(runner, "brief", example_dir, "-w", "60", "-f", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["summary"]
    assert 0 < len(summary.split()) <= 60


def test_several_paths_in_the_order_given(runner):
    result = invoke(runner, "brief", MEE_FILE, DW_FILE, "-n", "2", "-f", "json")
    assert result.exit_code == 0, result.output
    assert [s["doc_id"] for s in json.loads(result.stdout)["sources"]] == [MEE_FILE.name, DW_FILE.name]


def test_single_article_is_briefed_with_a_one_line_warning(runner):
    result = invoke(runner, "brief", DW_FILE, "-n", "2", "-f", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert all(s["sources"] == [1] for s in record["sentences"])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: ") and "one article" in lines[0]


def test_single_article_on_the_terminal_says_so_once_in_the_singular(runner):
    result = invoke(runner, "brief", DW_FILE, "-n", "2")
    assert result.exit_code == 0, result.output
    assert "2 sentences" in result.stdout and "1 article from 1 outlet\n" in result.stdout
    # The note ends the brief on the screen; a second copy on stderr would only repeat it.
    assert result.stdout.count("only one article") == 1 and result.stderr == ""


def test_dropped_boilerplate_document_is_a_warning(runner, tmp_path, example_dir):
    for path in example_dir.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "002_crawl.txt").write_text(CRAWL_NOTICE, encoding="utf-8")
    result = invoke(runner, "brief", tmp_path, "-n", "2", "-f", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["sources"]) == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: ") and "002_crawl.txt" in lines[0]


@pytest.mark.parametrize("command", ["brief", "compare"])
def test_directory_of_only_boilerplate_is_an_error(runner, tmp_path, command):
    # One line: the reasons a document was dropped come inside the error, not also as warnings.
    (tmp_path / "crawl.txt").write_text(CRAWL_NOTICE, encoding="utf-8")
    result = invoke(runner, command, tmp_path)
    line = assert_one_line_error(result, str(tmp_path), f"nothing to {command}")
    assert "crawl.txt" in line


def test_html_and_text_together(runner, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Putin in Ankara</title><meta property='og:site_name' content='Example Times'></head>"
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Putin in Ankara</h1>"
        "<p>Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan agreed on Thursday to "
        "pursue a de-escalation zone in Idlib more intensely, after talks in Ankara.</p>"
        "<p>Putin said the two countries would work to deepen coordination on ending the war in Syria, and "
        "that the necessary conditions for ending it now existed.</p>"
        "<p>The two leaders also discussed the Kurdish independence referendum in northern Iraq, which "
        "Erdogan called a big mistake.</p></article>"
        "<footer>© 2017 Example Times. All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    result = invoke(runner, "brief", page, DW_FILE, "-n", "2", "-f", "json")
    assert result.exit_code == 0, result.output
    sources = json.loads(result.stdout)["sources"]
    assert [(s["doc_id"], s["outlet"]) for s in sources] == [("page.html", "Example Times"), (DW_FILE.name, "DW")]


# ---- batch mode ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def batch_file(tmp_path_factory) -> Path:
    """Four clusters: the example, a malformed line, a cluster with no documents, the example reversed."""
    dw, mee = DW_FILE.read_text(encoding="utf-8"), MEE_FILE.read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("batch") / "clusters.jsonl"
    path.write_text("\n".join([
        cluster_line("c1", [{"doc_id": "dw", "text": dw}, {"doc_id": "mee", "text": mee}]),
        '{"cluster_id": "broken", "documents": [',
        cluster_line("c-empty", []),
        cluster_line("c2", [{"doc_id": "mee", "outlet": "Middle East Eye", "text": mee}, {"doc_id": "dw", "text": dw}]),
    ]) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def batch_run(runner, batch_file):
    """`newsbrief brief --batch clusters.jsonl --format jsonl --output briefs.jsonl -n 2`, run once."""
    output = batch_file.with_name("briefs.jsonl")
    result = invoke(runner, "brief", "--batch", batch_file, "--format", "jsonl", "--output", output, "-n", "2")
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    return result, records


def test_batch_writes_one_object_per_cluster_in_order(batch_run, batch_file):
    result, records = batch_run
    assert result.exit_code == 1  # two clusters failed
    assert result.stdout == ""
    assert len(records) == 4
    good = [records[0], records[3]]
    for record in good:
        check_schema(record)
        assert len(record["sentences"]) == 2
    assert [r["cluster_id"] for r in good] == ["c1", "c2"]
    assert [s["doc_id"] for s in records[0]["sources"]] == ["dw", "mee"]
    assert [s["doc_id"] for s in records[3]["sources"]] == ["mee", "dw"]
    for record, line in ((records[1], 2), (records[2], 3)):
        assert set(record) == {"schema_version", "cluster_id", "error"}
        assert record["schema_version"] == 1
        assert f"{batch_file}:{line}:" in record["error"]
    assert records[1]["cluster_id"] is None  # the id of a malformed line cannot be known
    assert "malformed JSON" in records[1]["error"]
    assert '"documents"' in records[2]["error"]


def test_batch_prints_one_stderr_line_per_failed_cluster(batch_run, batch_file):
    result, _ = batch_run
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert f"{batch_file}:2:" in errors[0] and f"{batch_file}:3:" in errors[1]
    # The time of the model's load is not in the total: it comes after it.
    assert re.fullmatch(r"4 clusters in [\d.]+ s \([\d.]+ s per cluster\) plus [\d.]+ s model load; 2 failed",
                        result.stderr.splitlines()[-1]), result.stderr


def test_batch_error_record_keeps_a_known_cluster_id(batch_run):
    # Line 3 is valid JSON with "cluster_id": "c-empty" but no documents: its error record should say so.
    _, records = batch_run
    assert "error" in records[2]
    assert records[2]["cluster_id"] == "c-empty"


def test_batch_to_stdout_with_no_failures_exits_zero(runner, tmp_path, example_documents):
    path = tmp_path / "ok.jsonl"
    path.write_text(cluster_line("a", example_documents) + "\n\n" + cluster_line("b", example_documents) + "\n")
    result = invoke(runner, "brief", "--batch", path, "-n", "2")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["cluster_id"] for r in records] == ["a", "b"]
    for record in records:
        check_schema(record)


def test_batch_leaves_out_a_document_with_no_text_field_alone(runner, tmp_path, example_documents):
    # s27 UX D7: the cluster is briefed from the rest, as with "text": "", not written as an error record.
    path = tmp_path / "notext.jsonl"
    path.write_text(cluster_line("a", [{"doc_id": "0", "title": "A headline and no text"}, *example_documents]) + "\n")
    result = invoke(runner, "brief", "--batch", path, "-n", "2", "--no-compare")
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [s["doc_id"] for s in record["sources"]] == ["dw", "mee"]
    assert 'dropped article "0": it has no text' in record["warnings"]


def test_batch_of_multinews_raw(runner, multinews_files, tmp_path):
    src, _ = multinews_files
    output = tmp_path / "out.jsonl"
    result = invoke(runner, "brief", "--batch", src, "--format", "jsonl", "-o", output, "-n", "3")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["cluster_id"] for r in records] == ["test-1", "test-2"]
    for record in records:
        check_schema(record)
        assert len(record["sentences"]) == 3
    assert [s["outlet"] for s in records[0]["sources"]] == ["DW", "Middle East Eye"]
    assert [s["outlet"] for s in records[1]["sources"]] == ["Middle East Eye", "DW"]


@pytest.mark.parametrize("args, message", [
    (["--format", "json"], "--format jsonl"),
    ([str(DW_FILE)], "not both"),
])
def test_batch_usage_errors(runner, batch_file, args, message):
    result = invoke(runner, "brief", "--batch", batch_file, *args)
    assert result.exit_code == 2
    assert_one_line_error(result, message)


def test_batch_file_that_cannot_be_read(runner, tmp_path):
    missing = tmp_path / "missing.jsonl"
    # Worded as for a missing path given without --batch.
    assert_one_line_error(invoke(runner, "brief", "--batch", missing), f"error: {missing}: no such file or directory")


def test_batch_given_a_folder_says_what_batch_takes(runner, tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text("Water bill passes\n\nThe senate passed the water bill on Monday.\n", encoding="utf-8")
    assert_one_line_error(invoke(runner, "brief", "--batch", folder), str(folder), "not a batch file", "without --batch")


def test_batch_given_article_jsonl_says_so_once_without_loading_the_model(runner, tmp_path, monkeypatch):
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps({"doc_id": f"a{n}", "text": f"Council item {n} was approved on Monday."}) + "\n"
                                for n in range(3)), encoding="utf-8")

    def no_model(*args, **kwargs):
        raise AssertionError("the model loaded for a file with no cluster in it")

    monkeypatch.setattr("newsbrief.embed.get_encoder", no_model)
    output = tmp_path / "briefs.jsonl"
    batch = invoke(runner, "brief", "--batch", articles, "-o", output)
    # The one error `brief FILE` gives for the file, not one per line.
    assert batch.stderr == invoke(runner, "brief", articles).stderr
    assert_one_line_error(batch, f"{articles}:1: this is one article per line (article JSONL)", f"newsbrief ingest {articles}")
    assert not output.exists()


# ---- bad input -----------------------------------------------------------------------------------

def _latin1(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Putin in Ankara\n\nRussia and Turkey met.\nErdogan praised the caf\u00e9 talks.\n".encode("latin-1"))
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path


def _no_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "putin.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    return folder


def _malformed(tmp_path: Path) -> Path:
    path = tmp_path / "cluster.jsonl"
    path.write_text('\n\n{"cluster_id": "x", "documents": [{"text": "unfinished"}\n', encoding="utf-8")
    return path


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "no-such-article.txt"


@pytest.mark.parametrize("make, expected", [
    (_empty, ["empty"]),
    (_binary, ["binary"]),
    (_latin1, [":4:", "UTF-8"]),
    (_no_articles, ["no articles"]),
    (_malformed, [":3:", "malformed JSON"]),
    (_missing, ["no such file"]),
])
def test_bad_input_is_one_clean_error_line(runner, tmp_path, make, expected):
    path = make(tmp_path)
    result = invoke(runner, "brief", path)
    assert result.exit_code == 1
    assert_one_line_error(result, f"error: {path}", *expected)


def test_a_bad_file_among_good_ones_is_left_out_with_its_error(runner, tmp_path, example_dir):
    for article in example_dir.iterdir():
        shutil.copy(article, tmp_path / article.name)
    bad = _binary(tmp_path)
    result = invoke(runner, "brief", tmp_path, "--format", "json", "--no-compare")
    assert result.exit_code == 1  # something was left out
    assert result.stderr.strip().splitlines() == [f"error: {bad}: binary file, not text (it contains NUL bytes); "
                                                  "newsbrief reads text files in UTF-8"]
    record = json.loads(result.stdout)
    assert [s["outlet"] for s in record["sources"]] == ["DW", "Middle East Eye"] and record["sentences"]


def test_file_over_max_bytes(runner, example_dir):
    result = invoke(runner, "brief", example_dir, "--max-bytes", "1000")
    assert_one_line_error(result, str(DW_FILE), "--max-bytes")
    assert invoke(runner, "brief", example_dir, "--max-bytes", "10000", "-n", "1").exit_code == 0


def test_bad_input_in_a_real_process_has_no_traceback(tmp_path):
    for path in (_latin1(tmp_path), _malformed(tmp_path)):
        process = run_newsbrief("brief", path)
        assert process.returncode == 1
        assert process.stdout == ""
        lines = process.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {path}:")
        assert "Traceback" not in process.stderr


@pytest.mark.parametrize("name", ["week[draft]", "[b] notes"])
def test_error_names_a_path_with_brackets_exactly(runner, tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    path = folder / "empty.txt"
    path.write_bytes(b"")
    assert_one_line_error(invoke(runner, "brief", path), f"{path}: file is empty")


@pytest.mark.parametrize("command", [["brief"], ["compare"], ["brief", "--format", "json"]])
def test_an_output_that_cannot_be_written_is_a_usage_error_before_the_work(runner, example_dir, tmp_path, command,
                                                                           monkeypatch):
    def no_brief(*args, **kwargs):
        raise AssertionError("briefed before the --output was checked")

    monkeypatch.setattr("newsbrief.pipeline.brief", no_brief)
    missing = tmp_path / "no-such-folder" / "brief.txt"
    for output, message in ((missing, f"error: {missing}: no folder {missing.parent} to write it in; create it or give "
                                      "another --output"),
                            (tmp_path, f"error: {tmp_path}: a directory, not a file; give --output FILE")):
        result = invoke(runner, *command, example_dir, "--output", output)
        assert result.exit_code == 2
        assert assert_one_line_error(result) == message


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc, where no file can be made")
def test_an_output_that_the_system_refuses_is_one_clean_error(runner, example_dir):
    result = invoke(runner, "brief", example_dir, "--output", "/proc/brief.txt")
    assert result.exit_code == 2
    assert_one_line_error(result, "error: /proc/brief.txt: cannot write here (", "give another --output")


FULL_DEVICE = Path("/dev/full")  # Linux's device whose every write fails: "No space left on device"
needs_full_device = pytest.mark.skipif(not FULL_DEVICE.exists(), reason="needs Linux's /dev/full")


@needs_full_device
@pytest.mark.parametrize("command", [["brief", "EXAMPLE", "--no-compare"], ["compare", "EXAMPLE", "-f", "json"],
                                     ["brief", "--batch", "CLUSTERS"], ["cluster", "EXAMPLE", "--db", "DB"]])
def test_an_output_that_fails_on_writing_is_one_clean_error(runner, example_dir, example_documents, tmp_path, command):
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(cluster_line("c1", example_documents) + "\n", encoding="utf-8")
    names = {"EXAMPLE": example_dir, "CLUSTERS": clusters, "DB": tmp_path / "news.db"}
    result = invoke(runner, *[names.get(word, word) for word in command], "-o", FULL_DEVICE)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == "error: /dev/full: cannot write (No space left on device)"


def test_cluster_removes_its_part_file_when_the_disk_fills(runner, tmp_path, monkeypatch):
    import errno

    from newsbrief import cli

    class FullDisk:  # the file is made, and its first write finds the disk full
        def __init__(self, handle):
            self.handle = handle

        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self):
            self.handle.close()

    opened = cli.open_output
    monkeypatch.setattr(cli, "open_output", lambda output, path=None: FullDisk(opened(output, path)))
    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps(a) + "\n" for a in FERRY_ARTICLES), encoding="utf-8")
    output = tmp_path / "assignments.jsonl"
    result = invoke(runner, "cluster", stream, "--db", tmp_path / "news.db", "-o", output)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == f"error: {output}: cannot write (No space left on device)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db", "stream.jsonl"]  # no part file, no output


def run_with_standard_output(stdout, *args: str | Path) -> subprocess.CompletedProcess:
    """`newsbrief ARGS` writing to `stdout`, as a user's shell runs it: Python's output buffered."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    return subprocess.run([str(NEWSBRIEF), *map(str, args)], cwd=REPO, env=env, stdout=stdout, stderr=subprocess.PIPE,
                          text=True, timeout=120)


@needs_full_device
@pytest.mark.parametrize("args", [["--version"], ["brief", "examples/putin-erdogan-ankara/", "-n", "2", "--no-compare"]])
def test_a_full_standard_output_is_one_clean_error(args):
    with FULL_DEVICE.open("w") as full:
        process = run_with_standard_output(full, *args)
    assert (process.returncode, process.stderr) == (1, "error: standard output: cannot write (No space left on device)\n")


def test_a_reader_gone_from_the_pipe_ends_the_command_quietly():
    """`newsbrief brief ... | head -1`: the reader has gone before the brief is written."""
    reading, writing = os.pipe()
    os.close(reading)
    with os.fdopen(writing, "w") as pipe:
        process = run_with_standard_output(pipe, "brief", "examples/putin-erdogan-ankara/", "-n", "2", "--no-compare")
    assert (process.returncode, process.stderr) == (1, "")


def test_cluster_checks_its_output_before_the_work(runner, tmp_path, example_dir):
    output = tmp_path / "no-such-folder" / "assignments.jsonl"
    result = invoke(runner, "cluster", example_dir, "--output", output, "--db", tmp_path / "s.db")
    assert result.exit_code == 2
    assert_one_line_error(result, f"error: {output}: no folder ")
    assert not (tmp_path / "s.db").exists()  # nothing was read or stored


@pytest.mark.parametrize("command", ["brief", "compare", "cluster"])
def test_an_output_that_would_overwrite_an_input_is_refused_before_anything_is_written(runner, example_dir, tmp_path, command):
    article = tmp_path / "article.txt"
    shutil.copy(DW_FILE, article)
    before = article.read_bytes()
    store = tmp_path / "s.db"
    result = invoke(runner, command, article, "--output", article, *(["--db", store] if command == "cluster" else []))
    assert_one_line_error(result, f"error: {article}: this is an input", "give another --output")
    assert result.exit_code == 2
    assert article.read_bytes() == before
    assert not store.exists()


def test_an_output_inside_an_input_folder_is_refused(runner, example_dir, tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(example_dir, folder)
    result = invoke(runner, "brief", folder, "--output", folder / "brief.md")
    assert_one_line_error(result, f"inside the input folder {folder}")
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in example_dir.iterdir())


def test_cluster_refuses_to_write_its_assignments_over_the_store(runner, example_dir, tmp_path):
    store = tmp_path / "s.db"
    assert invoke(runner, "ingest", example_dir, "--db", store).exit_code == 0
    before = store.read_bytes()
    result = invoke(runner, "cluster", example_dir, "--output", store, "--db", store)
    assert_one_line_error(result, f"error: {store}: this is the store")
    assert store.read_bytes() == before


def test_batch_refuses_to_write_its_briefs_over_its_input(runner, tmp_path, example_documents):
    clusters = tmp_path / "clusters.jsonl"
    line = cluster_line("c1", example_documents) + "\n"
    clusters.write_text(line, encoding="utf-8")
    result = invoke(runner, "brief", "--batch", clusters, "--output", clusters)
    assert_one_line_error(result, "this is an input")
    assert clusters.read_text(encoding="utf-8") == line


@pytest.mark.parametrize("args, message", [
    (["compare", "--judge", "chat", "--judge-url", "localhost:8080", "--judge-model", "m"],
     "--judge-url must be an http:// or https:// address, e.g. http://localhost:8080/v1, not 'localhost:8080'"),
    (["ingest", "--scheduler", "dask-host"],
     "--scheduler must be 'local' or a scheduler address such as tcp://host:8786, not 'dask-host'"),
])
def test_a_malformed_address_is_one_clean_error(runner, tmp_path, example_dir, args, message):
    extra = ["--db", tmp_path / "s.db"] if args[0] == "ingest" else []
    result = invoke(runner, *args, example_dir, *extra)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"error: {message}" in result.stderr.splitlines()
    if args[0] == "ingest":  # refused before reading anything
        from newsbrief.store import Store

        with Store(tmp_path / "s.db") as store:
            assert store.article_count() == 0


def test_usage_errors(runner):
    result = invoke(runner, "brief")
    assert result.exit_code == 2 and "error:" in result.stderr
    assert invoke(runner, "brief", DW_FILE, "--words", "5").exit_code == 2
    assert invoke(runner, "brief", DW_FILE, "--sentences", "0").exit_code == 2
    assert invoke(runner, "brief", DW_FILE, "--max-bytes", "-5").exit_code == 2


@pytest.mark.parametrize("command, options", [
    ("brief", []), ("compare", []), ("ingest", []), ("cluster", []),
    ("cluster", ["-o", "assignments.jsonl"]),  # the missing path named, not the missing --output before it
])
def test_every_command_given_no_path_says_so_in_one_line(runner, command, options):
    result = invoke(runner, command, *options)
    assert result.exit_code == 2
    assert_one_line_error(result, f"give the files or directories to {command} (see newsbrief {command} --help)")


@pytest.mark.parametrize("done, seconds, shown", [
    (287, 0.000001, ""), (1, 0.2, ""),  # a run's first moments: no rate yet
    (4, 5.0, "0.8 stories/s"), (5, 5.0, "1 story/s"), (6, 5.0, "1.2 stories/s"), (60, 6.0, "10 stories/s"),
    (12_040, 10.0, "1,204 stories/s"),
])
def test_a_progress_rate_waits_a_second_and_counts_in_words(done, seconds, shown):
    from newsbrief.cli import rate_text

    assert rate_text(done, seconds, "story", "stories") == shown


# ---- help ----------------------------------------------------------------------------------------

def test_brief_help_shows_examples():
    process = run_newsbrief("brief", "--help")
    assert process.returncode == 0
    assert "Examples" in process.stdout
    assert "newsbrief brief examples/putin-erdogan-ankara/" in process.stdout
    assert "--batch" in process.stdout and "--max-bytes" in process.stdout
    # Every kind of path brief reads is named, feeds too; and that --batch writes JSONL only.
    words = " ".join(process.stdout.replace("│", " ").split())
    assert "RSS/Atom feeds (each entry an article)" in words and "--batch writes jsonl only" in words


def test_every_command_help_sets_its_examples_at_the_same_column(runner):
    commands = ["brief", "compare", "ingest", "cluster", "stories", "serve"]
    columns = {}
    for command in commands:
        lines = invoke(runner, command, "--help").stdout.splitlines()
        first = next(line for line in lines if line.strip().startswith(f"newsbrief {command} "))  # not in a box's │
        columns[command] = len(first) - len(first.lstrip())
    assert len(set(columns.values())) == 1, columns


def test_top_level_help_shows_an_example():
    process = run_newsbrief("--help")
    assert process.returncode == 0
    assert "Usage: newsbrief" in process.stdout
    assert "brief" in process.stdout
    assert re.search(r"newsbrief brief \S", process.stdout), process.stdout


def test_no_arguments_shows_help(runner):
    result = invoke(runner)
    assert "Usage: newsbrief" in result.output


def test_version(runner):
    from newsbrief import __version__

    result = invoke(runner, "--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"newsbrief {__version__}"


# ---- stories at scale ----------------------------------------------------------------------------

def test_cluster_leaves_no_empty_output_when_every_input_failed(runner, tmp_path):
    output = tmp_path / "assignments.jsonl"
    result = invoke(runner, "cluster", tmp_path / "nosuch.jsonl", "--output", output, "--db", tmp_path / "s.db")
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'nosuch.jsonl'}: no such file or directory" in result.stderr.splitlines()
    assert not output.exists()
    assert result.stderr.splitlines()[-1] == "assignments not written: no article was read"  # no file to be unchanged


@pytest.mark.parametrize("args, message", [
    (["brief", "--judge-url", "http://127.0.0.1:9/v1"], "--judge-url is used only with --judge chat; add --judge chat or "
                                                         "leave it out"),
    (["compare", "--judge-model", "m", "--judge-timeout", "3"], "--judge-model and --judge-timeout are used only with "
                                                                "--judge chat; add --judge chat or leave them out"),
    (["ingest", "--workers", "4"], "--workers applies only with --scheduler local (a running scheduler has its own "
                                   "workers); add --scheduler local or leave it out"),
    (["cluster", "-o", "out.jsonl", "--scheduler", "tcp://127.0.0.1:9", "--workers", "4"], "--workers applies only with "
                                                                                          "--scheduler local"),
])
def test_an_option_the_command_would_ignore_is_a_usage_error(runner, tmp_path, example_dir, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    extra = ["--db", tmp_path / "s.db"] if args[0] in ("ingest", "cluster") else []
    result = invoke(runner, *args, example_dir, *extra)
    assert result.exit_code == 2
    assert_one_line_error(result, f"error: {message}")
    assert sorted(tmp_path.iterdir()) == []  # refused before the store or an output was made


@pytest.mark.parametrize("command", [["ingest", "EXAMPLE"], ["cluster", "EXAMPLE", "-o", "OUT"], ["stories"], ["serve"]])
def test_a_folder_given_as_the_store_is_a_usage_error(runner, tmp_path, example_dir, command):
    args = [{"EXAMPLE": example_dir, "OUT": tmp_path / "elsewhere" / "out.jsonl"}.get(a, a) for a in command]
    (tmp_path / "elsewhere").mkdir()
    result = invoke(runner, *args, "--db", tmp_path)
    assert result.exit_code == 2
    assert assert_one_line_error(result) == f"error: {tmp_path}: a directory, not a store file; give --db FILE (e.g. " \
                                            f"{tmp_path / 'news.db'})"


@pytest.mark.parametrize("command", [["ingest", "EXAMPLE"], ["cluster", "EXAMPLE", "-o", "OUT"], ["stories"]])
def test_a_url_given_as_a_store_file_says_where_postgresql_stores_go(runner, tmp_path, example_dir, command):
    args = [{"EXAMPLE": example_dir, "OUT": tmp_path / "out.jsonl"}.get(a, a) for a in command]
    result = invoke(runner, *args, "--db", "postgresql://newsbrief@localhost/news")
    assert result.exit_code == 2
    line = assert_one_line_error(result, "keeps its store in a SQLite file", "newsbrief serve")
    assert line.startswith("error: postgresql://newsbrief@localhost/news: ")  # as given, not folded as a path
    assert sorted(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["ingest", "EXAMPLE"], ["cluster", "EXAMPLE", "-o", "OUT"], ["stories"], ["serve"]])
@pytest.mark.parametrize("name, suffix", [("empty.txt", ".txt"), ("arts.JSONL", ".JSONL"), ("page.html", ".html"),
                                          ("notes.md", ".md"), ("feed.xml", ".xml"), ("crawl.warc.gz", ".warc.gz")])
def test_an_input_file_name_given_as_the_store_is_a_usage_error(runner, tmp_path, example_dir, monkeypatch, command,
                                                                  name, suffix):
    monkeypatch.setattr("uvicorn.run", lambda application, **options: pytest.fail("served"))
    (tmp_path / name).write_bytes(b"")  # an empty file the store would have been written over
    args = [{"EXAMPLE": example_dir, "OUT": tmp_path / "out.jsonl"}.get(a, a) for a in command]
    result = invoke(runner, *args, "--db", tmp_path / name)
    assert result.exit_code == 2
    assert assert_one_line_error(result) == (f"error: {tmp_path / name}: looks like an input file ({suffix}), not a "
                                             f"store; give --db a SQLite file such as news.db")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name] and (tmp_path / name).read_bytes() == b""


@pytest.mark.parametrize("name", ["news.db", "news.sqlite", "news", "news.db.bak"])
def test_store_names_that_are_no_input_kind_are_taken(runner, tmp_path, name):
    result = invoke(runner, "stories", "--db", tmp_path / name)
    assert_one_line_error(result, f"error: {tmp_path / name}: no store here; create one with newsbrief ingest")


def test_serve_refuses_a_store_url_it_cannot_open_as_usage(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("uvicorn.run", lambda application, **options: pytest.fail("served"))
    result = invoke(runner, "serve", "--db", "postgresq://newsbrief@localhost/news")  # a typo in the scheme
    assert result.exit_code == 2
    assert_one_line_error(result, "error: postgresq://newsbrief@localhost/news: not a store; give a SQLite file or a "
                                  "postgresql:// URL")
    assert sorted(tmp_path.iterdir()) == []


def test_a_store_in_a_missing_folder_is_a_usage_error(runner, tmp_path, example_dir):
    db = tmp_path / "typo" / "news.db"
    result = invoke(runner, "ingest", example_dir, "--db", db)
    assert result.exit_code == 2
    assert_one_line_error(result, f"error: {db}: no folder {db.parent} to keep the store in")


def test_serve_says_when_it_creates_an_empty_store(runner, tmp_path, monkeypatch):
    import socket

    served = []
    monkeypatch.setattr("uvicorn.run", lambda application, **options: served.append(options))
    with socket.socket() as probe:  # a port free now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = invoke(runner, "serve", "--db", tmp_path / "typo.db", "--port", port)
    assert result.exit_code == 0 and served
    assert result.stderr.splitlines() == [f"created an empty store {tmp_path / 'typo.db'}; newsbrief ingest PATH "
                                          f"--db {tmp_path / 'typo.db'} fills it"]
    assert invoke(runner, "serve", "--db", tmp_path / "typo.db", "--port", port).stderr == ""  # the second time, nothing


@pytest.mark.parametrize("command, options", [("brief", []), ("compare", []), ("ingest", []), ("cluster", ["-o", "out.jsonl"])])
def test_a_dash_for_standard_input_says_to_give_a_file(runner, tmp_path, monkeypatch, command, options):
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, command, "-", *options)
    assert result.exit_code == 2
    assert assert_one_line_error(result) == (f"error: -: reading standard input is not supported; save the text to a "
                                             f"file and give its path (e.g. newsbrief {command} article.txt)")


def test_a_word_budget_and_a_sentence_count_together_is_a_usage_error(runner, example_dir):
    result = invoke(runner, "brief", example_dir, "--words", "50", "--sentences", "3")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: give a word budget or a sentence count, not both (words=50, sentences=3)"


def test_serve_on_a_port_in_use_is_one_clean_error(runner, tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = invoke(runner, "serve", "--db", tmp_path / "s.db", "--port", port)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port} (")
    assert result.stderr.rstrip().endswith("choose another with --port") and result.stderr.count("\n") == 1


def test_a_file_of_several_clusters_points_to_batch(runner, tmp_path, example_documents):
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps({"cluster_id": c, "documents": example_documents}) + "\n" for c in "ab"),
                    encoding="utf-8")
    for command in ("brief", "compare"):
        result = invoke(runner, command, path)
        assert result.exit_code == 1
        assert result.stderr.strip() == (f"error: {path}: holds 2 clusters, and this takes one story; "
                                         f"newsbrief brief --batch {path} briefs and compares each")


# ---- the stored stories --------------------------------------------------------------------

def ingest_articles(runner, tmp_path: Path, articles: list[dict], *options: str) -> Path:
    """A store holding these articles (article JSONL ingested without briefs), and its path."""
    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = tmp_path / "news.db"
    assert invoke(runner, "ingest", stream, "--db", db, "--no-briefs", *options).exit_code == 0
    return db


def test_an_error_quoting_a_text_with_line_breaks_is_still_one_line(runner, tmp_path):
    db = ingest_articles(runner, tmp_path, [{"doc_id": "memo", "text": "Notes from the\ncouncil meeting\n"},
                                            {"doc_id": "memo-2", "text": "Notes from the\ncouncil meeting, again\n"}])
    result = invoke(runner, "stories", "--db", db, "--brief", "S000001")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1  # the error line and nothing after it
    assert "(“Notes from the council meeting”)" in result.stderr


def test_an_ingest_line_counts_the_texts_read_under_stored_doc_ids(runner, tmp_path):
    lead = ("The harbour authority said on Monday that the strike at the container terminal would last "
            "another week. Union leaders said talks with the port operator had broken down over pay.")
    stream = tmp_path / "wire.jsonl"
    stream.write_text(json.dumps({"doc_id": "port-1", "text": lead}) + "\n", encoding="utf-8")
    assert invoke(runner, "ingest", stream, "--db", tmp_path / "news.db").exit_code == 0
    # The publisher's edit replaces the text; a summary of the first text leaves it as it was.
    stream.write_text("".join(json.dumps(a) + "\n" for a in [
        {"doc_id": "port-1", "text": lead.replace("another week", "another ten days")},
        {"doc_id": "port-1", "text": "The strike would last another week."}]), encoding="utf-8")
    result = invoke(runner, "ingest", stream, "--db", tmp_path / "news.db")
    assert result.exit_code == 0
    # Two texts of one doc_id in one file may be two articles given one id: a warning says so.
    warning, line = result.stderr.splitlines()
    assert warning == (f'warning: {stream}:2: doc_id "port-1" was read earlier in this file with another text; the '
                       "earlier text is kept, the later one reads as a summary of it (give each article its own "
                       "doc_id if they are two articles)")
    assert line.startswith("2 articles read (0 new, 1 updated, 1 unchanged (summaries of stored texts), 0 bad), "), line


def test_an_ingest_does_not_count_the_empty_brief_of_a_story_of_headlines_as_written(runner, tmp_path):
    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps(a) + "\n" for a in [
        {"doc_id": "memo", "text": "Notes from the\ncouncil meeting\n"},
        {"doc_id": "memo-2", "text": "Notes from the\ncouncil meeting, again\n"}]), encoding="utf-8")
    result = invoke(runner, "ingest", stream, "--db", tmp_path / "news.db")
    assert result.exit_code == 0
    assert re.fullmatch(r"2 articles read \(2 new, 0 bad\), 2 clustered \(0 copies, 1 new story\), 0 briefs written "
                        r"\(1 story has too little text to summarise\) in [\d.]+ s\n", result.stderr), result.stderr
    # Its empty brief is kept, so the next run does not brief it again, and the story says why it has none.
    assert ", 0 briefs written in " in invoke(runner, "ingest", stream, "--db", tmp_path / "news.db").stderr
    shown = invoke(runner, "stories", "--db", tmp_path / "news.db", "S000001")
    assert "story S000001: no brief: its 2 articles are only headlines or a few words each" in shown.stderr


@pytest.mark.parametrize("copies, said", [(0, "its 2 articles are"), (1, "its 2 articles (and 1 copy) are"),
                                           (2, "its 2 articles (and 2 copies) are")])
def test_a_story_of_headlines_counts_its_copies_as_the_story_list_does(runner, tmp_path, copies, said):
    # The list counts copies in a story's size; the brief's line names them too, so the two counts add up.
    # Headlines of 8 words or more: a shorter text is too short to call a copy of another.
    memos = [{"doc_id": "memo", "text": "Notes from the council meeting on the weir repairs"},
             {"doc_id": "memo-2", "text": "Council meets again on the river weir and its repairs"}]
    db = ingest_articles(runner, tmp_path, memos + [{**memos[0], "doc_id": f"memo-copy-{n}"} for n in range(copies)])
    listed = json.loads(invoke(runner, "stories", "--db", db, "-f", "json").stdout)
    assert [story["size"] for story in listed["stories"]] == [2 + copies]
    result = invoke(runner, "stories", "--db", db, "S000001")
    assert result.stderr == (f"error: story S000001: no brief: {said} only headlines or a few words each "
                             "(“Notes from the council meeting on the weir repairs”), too little text to summarise\n")


def test_a_story_list_with_no_story_to_show_is_one_line(runner, tmp_path):
    from newsbrief.store import Store

    empty = tmp_path / "empty.db"
    with Store(empty):
        pass
    result = invoke(runner, "stories", "--db", empty)
    assert (result.exit_code, result.stdout) == (0, f"{empty} holds no stories yet; newsbrief ingest PATH --db {empty} "
                                                    "adds articles\n")
    db = ingest_articles(runner, tmp_path, FERRY_ARTICLES[:1])
    result = invoke(runner, "stories", "--db", db, "--min-size", "100000")
    assert (result.exit_code, result.stdout) == (0, "no story has 100,000+ articles (the largest has 1)\n")
    # In Markdown too: the line, not a table of headers only.
    result = invoke(runner, "stories", "--db", db, "--min-size", "100000", "-f", "markdown")
    assert (result.exit_code, result.stdout) == (0, "no story has 100,000+ articles (the largest has 1)\n")


def test_a_markdown_story_list_cut_to_its_limit_says_so_as_the_terminal_list_does(runner, tmp_path):
    db = ingest_articles(runner, tmp_path, [FERRY_ARTICLES[0], {"doc_id": "memo", "text": "Notes from the council meeting"}])
    cut = invoke(runner, "stories", "--db", db, "--min-size", "1", "-n", "1", "-f", "markdown").stdout.splitlines()
    assert cut[:3] == ["1 largest of 2 stories of 1+ articles", "", "| story | articles | outlets | title |"]
    assert len(cut) == 3 + 2
    assert "1 largest of 2 stories of 1+ articles" in invoke(runner, "stories", "--db", db, "--min-size", "1", "-n", "1").stdout
    whole = invoke(runner, "stories", "--db", db, "--min-size", "1", "-f", "markdown").stdout.splitlines()
    assert whole[0] == "| story | articles | outlets | title |" and len(whole) == 2 + 2


def test_a_story_of_one_article_is_not_briefed_as_the_web_says(runner, tmp_path, monkeypatch):
    def no_brief(*args, **kwargs):
        raise AssertionError("a one-article story was briefed")

    monkeypatch.setattr("newsbrief.pipeline.brief", no_brief)
    db = ingest_articles(runner, tmp_path, FERRY_ARTICLES[:1])
    result = invoke(runner, "stories", "--db", db, "S000001")
    assert result.exit_code == 1
    assert result.stderr == ("error: story S000001: no brief: a story needs 2 articles before it is briefed, and it has 1 "
                             "(newsbrief brief FILE briefs a single article)\n")


def test_a_story_is_named_by_its_id_in_any_case_as_an_argument_or_with_brief(runner, tmp_path):
    db = ingest_articles(runner, tmp_path, [{"doc_id": "memo", "text": "Notes from the council meeting"}])
    for args in (["S000001"], ["s000001"], ["--brief", "s000001"], ["s000001", "--brief", "S000001"]):
        result = invoke(runner, "stories", "--db", db, *args)
        assert result.exit_code == 1 and "error: story S000001: no brief: a story needs 2 articles" in result.stderr, args
    result = invoke(runner, "stories", "--db", db, "S000001", "--brief", "S000002")
    assert result.exit_code == 2
    assert result.stderr == "error: two stories given (S000001 and --brief S000002); give one\n"
    # A blank id is no story of an empty store: it is a usage error that says what an id looks like.
    result = invoke(runner, "stories", "--db", db, " ")
    assert result.exit_code == 2
    assert result.stderr == "error: no story id given; story ids look like S000042 (newsbrief stories lists them)\n"


@pytest.mark.parametrize("typed, shown", [("bogus", "bogus"), ("Ferry story", "Ferry story"), ("s000009", "S000009"),
                                           ("S000009", "S000009")])
def test_an_unknown_story_is_named_as_typed_unless_it_is_an_id(runner, tmp_path, typed, shown):
    db = ingest_articles(runner, tmp_path, [{"doc_id": "memo", "text": "Notes from the council meeting"}])
    result = invoke(runner, "stories", "--db", db, typed)
    assert result.exit_code == 1
    assert result.stderr == f"error: no story {shown} in {db}; newsbrief stories lists them\n"


FERRY_ARTICLES = [{"doc_id": "ferry-1", "text": "A ferry ran aground off Kessel Point on Tuesday; all 80 aboard were rescued."},
                  {"doc_id": "ferry-2", "text": "Lifeboats brought 80 passengers ashore after their ferry grounded near Kessel."}]


def test_an_interrupted_cluster_leaves_the_earlier_assignments_whole_and_says_what_it_did(runner, tmp_path, monkeypatch):
    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps(a) + "\n" for a in FERRY_ARTICLES), encoding="utf-8")
    output = tmp_path / "assignments.jsonl"
    earlier = '{"doc_id": "ferry-0", "story_id": "S000001", "duplicate_of": null}\n'  # a complete earlier run's result
    output.write_text(earlier, encoding="utf-8")

    def stopped(*args, **kwargs):  # Ctrl-C once the articles are stored, before any has its story
        raise KeyboardInterrupt

    monkeypatch.setattr("newsbrief.stories.update_stories", stopped)
    result = invoke(runner, "cluster", stream, "--db", tmp_path / "news.db", "-o", output)
    assert result.exit_code == 130
    assert output.read_text(encoding="utf-8") == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["assignments.jsonl", "news.db", "stream.jsonl"]  # no part file left
    assert result.stderr.splitlines()[-1] == (f"interrupted: 2 articles stored, 0 of them in stories; assignments not "
                                              f"written ({output} is unchanged); run the same command again to resume")


def test_an_interrupted_first_cluster_run_names_no_earlier_output(runner, tmp_path, monkeypatch):
    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps(a) + "\n" for a in FERRY_ARTICLES), encoding="utf-8")

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("newsbrief.stories.update_stories", stopped)
    result = invoke(runner, "cluster", stream, "--db", tmp_path / "news.db", "-o", tmp_path / "assignments.jsonl")
    assert result.exit_code == 130 and not (tmp_path / "assignments.jsonl").exists()
    assert result.stderr.splitlines()[-1] == ("interrupted: 2 articles stored, 0 of them in stories; assignments not "
                                              "written; run the same command again to resume")


def test_a_dask_cluster_lost_mid_run_is_one_line_saying_what_is_kept(runner, tmp_path, monkeypatch):
    from contextlib import nullcontext

    from newsbrief.distributed import ClusterLost

    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps(a) + "\n" for a in FERRY_ARTICLES), encoding="utf-8")

    def lost(batches, options):  # the scheduler stops before the first batch's features come back
        raise ClusterLost("lost the Dask scheduler at tcp://10.0.0.5:8786 (scheduler-connection-lost)")

    monkeypatch.setattr("newsbrief.distributed.dask_client", lambda scheduler, workers: nullcontext())
    monkeypatch.setattr("newsbrief.distributed.dask_featurizer", lambda client: lost)
    result = invoke(runner, "cluster", stream, "--db", tmp_path / "news.db", "-o", tmp_path / "assignments.jsonl",
                    "--scheduler", "tcp://10.0.0.5:8786")
    assert result.exit_code == 1 and not (tmp_path / "assignments.jsonl").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db", "stream.jsonl"]  # no part file left
    assert result.stderr == ("error: lost the Dask scheduler at tcp://10.0.0.5:8786 (scheduler-connection-lost): 2 "
                             "articles stored, 0 of them in stories; assignments not written; run the same command "
                             "again to resume\n")


@pytest.mark.parametrize("command", ["brief", "compare"])
def test_an_interrupted_brief_says_so_in_one_line(runner, tmp_path, monkeypatch, command):
    def stopped(*args, **kwargs):  # Ctrl-C while briefing
        raise KeyboardInterrupt

    monkeypatch.setattr("newsbrief.pipeline.brief", stopped)
    result = invoke(runner, command, DW_FILE, MEE_FILE, "-o", tmp_path / "out.md")
    assert (result.exit_code, result.stderr) == (130, "interrupted: nothing was written\n")
    assert not (tmp_path / "out.md").exists()


def test_cluster_assignments_go_to_a_pipe_given_as_output(tmp_path):
    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps(a) + "\n" for a in FERRY_ARTICLES), encoding="utf-8")
    # No file to keep whole there, and no folder of its own to write beside it.
    process = run_newsbrief("cluster", stream, "--db", tmp_path / "news.db", "-o", "/dev/stdout")
    assert process.returncode == 0, process.stderr
    assert [json.loads(line)["doc_id"] for line in process.stdout.splitlines()] == ["ferry-1", "ferry-2"]


def test_a_cluster_run_that_reads_no_article_keeps_the_earlier_assignments(runner, tmp_path):
    output = tmp_path / "assignments.jsonl"
    earlier = '{"doc_id": "ferry-0", "story_id": "S000001", "duplicate_of": null}\n'
    output.write_text(earlier, encoding="utf-8")
    result = invoke(runner, "cluster", tmp_path / "missing.jsonl", "--db", tmp_path / "news.db", "-o", output)
    assert result.exit_code == 1
    assert output.read_text(encoding="utf-8") == earlier
    assert f"assignments not written ({output} is unchanged): no article was read" in result.stderr


UNTITLED_FERRY_ARTICLES = [
    {"doc_id": "coast-wire", "outlet": "Coast Wire", "text":
     "Lifeboat crews brought all eighty passengers of the ferry Marit ashore on Tuesday morning after the vessel ran "
     "aground on a sandbank off Kessel Point in thick fog, the regional coastguard said.\n\n"
     "The coastguard said nobody was hurt and the ferry was not leaking fuel.\n\n"
     "The harbour master said tugs would try to pull the Marit free at high tide on Wednesday."},
    {"doc_id": "harbour-times", "outlet": "Harbour Times", "text":
     "All eighty passengers on the ferry Marit were brought ashore by lifeboat crews on Tuesday after the vessel ran "
     "aground on a sandbank near Kessel Point in heavy fog, according to the coastguard.\n\n"
     "Nobody was injured, the coastguard said, and no fuel leaked from the ferry.\n\n"
     "Tugs are expected to try to refloat the Marit at high tide on Wednesday, the harbour master said."},
]


def test_a_stored_brief_is_not_headed_by_a_lead_cut_to_fit_the_story_list(runner, tmp_path):
    # No article has a headline: the story list titles the story by a lead sentence cut at a word.
    db = ingest_articles(runner, tmp_path, UNTITLED_FERRY_ARTICLES)
    listed = json.loads(invoke(runner, "stories", "--db", db, "--format", "json", "--min-size", "1").stdout)
    assert [s["size"] for s in listed["stories"]] == [2] and listed["stories"][0]["title"].endswith("…")
    markdown = invoke(runner, "stories", "--db", db, "S000001", "--format", "markdown")
    assert markdown.exit_code == 0, markdown.output
    assert markdown.stdout.startswith("# Brief\n\nS000001 · ")  # as `brief` heads a brief of untitled articles
    terminal = invoke(runner, "stories", "--db", db, "S000001").stdout.splitlines()
    assert " Brief " in terminal[0] and "…" not in terminal[0]


def test_stories_as_json_are_the_list_the_api_gives(runner, tmp_path, example_texts):
    from fastapi.testclient import TestClient

    from newsbrief.serve import create_app

    # No article comes with a time; DW's text states its byline's day, which the API counts.
    db = ingest_articles(runner, tmp_path, [{"doc_id": n, "text": t} for n, t in zip(("dw", "mee"), example_texts)])
    listed = json.loads(invoke(runner, "stories", "--db", db, "--format", "json").stdout)
    assert listed["stories"][0]["first_seen"].startswith("2017-09-29")
    with TestClient(create_app(db, update_stories=False)) as client:
        assert listed == client.get("/api/stories?min_size=2&limit=20").json()  # the CLI's defaults


def test_an_ingest_that_writes_briefs_says_how_many_even_when_it_only_resumes_them(runner, tmp_path, example_texts):
    articles = [{"doc_id": name, "text": text} for name, text in zip(("dw", "mee"), example_texts)]
    db = ingest_articles(runner, tmp_path, articles)  # stored and clustered, but stopped before the briefs
    result = invoke(runner, "ingest", tmp_path / "stream.jsonl", "--db", db)
    assert result.exit_code == 0
    assert re.fullmatch(r"2 articles read \(0 new, 0 bad\), 0 clustered \(0 copies, 0 new stories\), 1 brief written "
                        r"in [\d.]+ s\n", result.stderr), result.stderr
    result = invoke(runner, "ingest", tmp_path / "stream.jsonl", "--db", db)
    assert ", 0 briefs written in " in result.stderr


def test_ctrl_c_in_a_batch_leaves_whole_records_and_says_how_many(tmp_path, example_documents):
    """A real SIGINT to a real `newsbrief brief --batch`, once its first record is written."""
    import signal
    import time

    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text("".join(cluster_line(f"c{n}", example_documents) + "\n" for n in range(40)), encoding="utf-8")
    output = tmp_path / "briefs.jsonl"
    # A test run in the background inherits SIGINT ignored: give the child a terminal user's default.
    process = subprocess.Popen([str(NEWSBRIEF), "brief", "--batch", str(clusters), "-o", str(output)], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    while time.time() < deadline and not (output.exists() and output.read_text(encoding="utf-8")):
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]  # every one whole
    assert 1 <= len(records) < 40 and [r["cluster_id"] for r in records] == [f"c{n}" for n in range(len(records))]
    assert stderr.splitlines()[-1] == (f"interrupted: {len(records)} of 40 clusters briefed and written to {output}; "
                                       "run the same command again to brief them all (it starts from the first)")
    assert "Traceback" not in stderr


def test_compare_json_carries_the_notes_as_brief_json_does(runner, tmp_path):
    for name, source in (("dw.txt", DW_FILE), ("mee.txt", MEE_FILE), ("mee-saved-again.txt", MEE_FILE)):
        shutil.copy(source, tmp_path / name)
    result = invoke(runner, "compare", tmp_path, "--format", "json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert set(record) == {"schema_version", "cluster_id", "sources", "comparison", "warnings"}
    assert len(record["warnings"]) == 1 and "a copy of" in record["warnings"][0]
    assert record["warnings"] == [line.removeprefix("warning: ") for line in result.stderr.splitlines()]
