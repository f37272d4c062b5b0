"""Ingest from every input kind, idempotently; bad files and records reported in one line each
while the rest is stored; and the ingest, cluster and stories commands end to end."""
from __future__ import annotations

import hashlib
import html
import json
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DW_FILE, EXAMPLE_DIR, MEE_FILE, REPO, cluster_line
from streams import rss_feed, stream_records, warc_bytes, write_jsonl
from typer.testing import CliRunner

from newsbrief.cli import app
from newsbrief.errors import InputError
from newsbrief.models import Article
from newsbrief.ingest import ingest, is_revision, iter_articles, read_published
from newsbrief.store import Store
from newsbrief.stories import update_stories

NEWSBRIEF = [sys.executable, "-m", "newsbrief.cli"]


def read_all(path):
    items = list(iter_articles(path))
    return [i for i in items if not isinstance(i, InputError)], [i for i in items if isinstance(i, InputError)]


def test_article_jsonl_reads_every_field_and_never_the_gold_cluster(tmp_path):
    records = stream_records()[:2]
    (first, second), errors = read_all(write_jsonl(tmp_path / "s.jsonl", records))
    assert errors == []
    assert (first.doc_id, first.title, first.outlet) == ("port-0", records[0]["title"], "Harbour Times")
    assert first.published == "2023-11-14T22:13:20+00:00"  # from the millisecond timestamp
    assert "port" not in (first.source_path or "")  # nothing of the gold label travels with the article


def test_timestamps_in_every_form_and_the_imprecise_one():
    assert read_published({"timestamp": "1394470370698"}) == ("2014-03-10T16:52:50.698000+00:00", None)
    assert read_published({"timestamp": 1394470370}) == ("2014-03-10T16:52:50+00:00", None)
    assert read_published({"published": "2017-09-28T10:00:00Z"}) == ("2017-09-28T10:00:00+00:00", None)
    assert read_published({"timestamp": "1.39E+12"}) == (None, None)  # rounded to within weeks upstream: left out, no problem
    assert read_published({}) == (None, None) and read_published({"published": ""}) == (None, None)


def test_times_in_scientific_notation_are_left_out_with_one_note_for_the_file(tmp_path):
    text = "Divers searched the lake again on Monday, officials said."
    path = write_jsonl(tmp_path / "s.jsonl", [{"doc_id": "a", "text": text, "timestamp": "1.41E+12"},
                                              {"doc_id": "b", "text": text + " More.", "timestamp": 1394470370},
                                              {"doc_id": "c", "text": text + " Again.", "timestamp": "2.5e9"}])
    articles, notes = read_all(path)
    assert [a.published for a in articles] == [None, "2014-03-10T16:52:50+00:00", None]
    assert [str(n) for n in notes] == [f"{path}: times in scientific notation (1.41E+12) lost their precision "
                                       "upstream and are left out (2 articles)"]
    result = invoke("ingest", path, "--db", tmp_path / "s.db", "--no-briefs")
    assert result.exit_code == 0 and result.output.count("scientific notation") == 1


def test_an_unreadable_time_is_named_by_the_field_it_was_read_from():
    assert read_published({"timestamp": "soon"}) == (None, "\"timestamp\" is not a date or time ('soon')")
    # An empty "published" gives way to "timestamp", which the problem then names.
    assert read_published({"published": "", "timestamp": "later"}) == (None, "\"timestamp\" is not a date or time ('later')")
    assert read_published({"published": "next week", "timestamp": 1394470370}) == (
        None, "\"published\" is not a date or time ('next week')")
    assert read_published({"published": 10**20}) == (None, f'"published" is not a date or time ({10**20})')


def test_cluster_jsonl_articles_are_named_by_cluster_and_document(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(cluster_line("story-a", [{"doc_id": "0", "text": "One report."}, {"doc_id": "1", "text": "Two."}]) + "\n")
    articles, _ = read_all(path)
    assert [a.doc_id for a in articles] == ["story-a/0", "story-a/1"]


def test_a_cluster_document_without_text_is_left_out_with_a_note(tmp_path):
    # As brief drops it: no empty article is stored and clustered, and the story's other documents are.
    path = tmp_path / "c.jsonl"
    documents = [{"doc_id": "0", "title": "Dam opens", "text": ""}, {"doc_id": "1", "text": " \n"}, {"doc_id": "2", "text": "Two."}]
    path.write_text(cluster_line("story-a", documents) + "\n")
    articles, notes = read_all(path)
    assert [a.doc_id for a in articles] == ["story-a/2"]
    assert [type(n).__name__ for n in notes] == ["InputNote", "InputNote"]
    assert str(notes[0]) == f"{path}:1: article story-a/0 has no text and is left out"
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [path])
    assert report.doc_ids == ["story-a/2"] and report.errors == [] and len(report.warnings) == 2


def test_rss_atom_and_warc_inputs(tmp_path):
    records = stream_records()[:3]
    (tmp_path / "wire.rss").write_text(rss_feed(records))
    atom = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>'
            '<entry><id>urn:x:1</id><title>Lava nears town</title><updated>2023-11-13T10:00:00Z</updated>'
            '<content type="html">&lt;p&gt;Lava flowed toward the town.&lt;/p&gt;</content></entry></feed>')
    (tmp_path / "atom.xml").write_text(atom)
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes(records[:2]))
    articles, errors = read_all(tmp_path)
    assert errors == []
    by_id = {a.doc_id: a for a in articles}
    rss = by_id["https://example.org/port-0"]
    assert (rss.outlet, rss.title, rss.text) == ("Test Wire", records[0]["title"], records[0]["text"])
    assert rss.published == "2023-11-13T10:00:00+00:00"
    assert by_id["urn:x:1"].text == "Lava flowed toward the town." and by_id["urn:x:1"].outlet == "Atom Wire"
    warc = [a for a in articles if a.source_path.startswith(str(tmp_path / "crawl.warc.gz"))]
    assert [a.title for a in warc] == [r["title"] for r in records[:2]]
    assert records[1]["text"] in warc[1].text


def test_a_warc_page_is_dated_by_its_markup_not_by_its_copyright_year(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    story = ("<article><h1>Ferry runs aground</h1><p>A passenger ferry ran aground off Kessel Point on Tuesday, "
             "and all 80 people aboard were brought ashore.</p></article><footer>Copyright 2023 Coast Courier.</footer>")
    pages = {"dated": '<meta property="article:published_time" content="2024-05-07T09:30:00Z">', "undated": ""}
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for name, head in pages.items():
        page = f"<html><head>{head}</head><body>{story}</body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://courier.example/{name}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    (tmp_path / "crawl.warc.gz").write_bytes(buffer.getvalue())
    articles, errors = read_all(tmp_path / "crawl.warc.gz")
    assert errors == []
    assert {a.url: a.published for a in articles} == {"https://courier.example/dated": "2024-05-07",
                                                      "https://courier.example/undated": None}


def test_a_page_reads_the_same_from_a_warc_record_as_from_a_file(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from newsbrief.read import read_html_article

    page = ("<html><head><title>Ferry runs aground</title></head><body><article><h1>Ferry runs aground</h1>"
            "<p>A passenger ferry ran aground off Kessel Point on Tuesday, and all 80 people aboard were brought "
            "ashore by lifeboat crews.</p><p>The coastguard said the tide had fallen faster than forecast.</p>"
            "</article></body></html>").encode()
    (tmp_path / "page.html").write_bytes(page)
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://courier.example/ferry", "response",
                                                  payload=io.BytesIO(page), http_headers=headers))
    (tmp_path / "crawl.warc.gz").write_bytes(buffer.getvalue())
    from_file = read_html_article(tmp_path / "page.html")
    (from_archive,), errors = read_all(tmp_path / "crawl.warc.gz")
    assert errors == []
    # One extraction with one set of settings for both: an archive once kept what a file left out.
    assert "ran aground" in from_file.text
    assert (from_archive.text, from_archive.title) == (from_file.text, from_file.title)
    assert from_archive.url == "https://courier.example/ferry"


def test_an_aggregator_feed_names_each_item_by_its_source_not_the_channel(tmp_path):
    item = ("<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>"
            "<description>A ferry ran aground off the coast on Tuesday, officials said.</description>{source}</item>")
    aggregator = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Headlines Hub</title>'
                  "<link>https://hub.example</link>"
                  + item.format(title="Ferry runs aground - Harbour Times", link="https://hub.example/a/1", guid="a1",
                                source='<source url="https://harbourtimes.example">Harbour Times</source>')
                  + item.format(title="Ferry grounded near coast", link="https://hub.example/a/2", guid="a2",
                                source='<source url="https://coastnews.example">Coast News</source>')
                  + "</channel></rss>")
    (tmp_path / "hub.rss").write_text(aggregator)
    # No <source>: an item linking to another site than the channel's is not the channel's own
    # report; one on the channel's site, under any subdomain, is.
    links = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Link Digest</title>'
             "<link>https://www.digest.example/</link>"
             + item.format(title="Elsewhere", link="https://othersite.example/ferry", guid="d1", source="")
             + item.format(title="Own report", link="https://news.digest.example/ferry", guid="d2", source="")
             + "</channel></rss>")
    (tmp_path / "digest.rss").write_text(links)
    atom = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Planet Ferries</title>'
            '<link href="https://planet.example"/><entry><id>urn:p:1</id><title>Ferry refloated</title>'
            '<link href="https://planet.example/p/1"/><source><title>Deck Log</title></source>'
            "<content>The ferry was refloated at high tide.</content></entry></feed>")
    (tmp_path / "planet.atom").write_text(atom)
    articles, errors = read_all(tmp_path)
    assert errors == []
    assert {a.doc_id: (a.outlet, a.title) for a in articles} == {
        "a1": ("Harbour Times", "Ferry runs aground"), "a2": ("Coast News", "Ferry grounded near coast"),
        "d1": (None, "Elsewhere"), "d2": ("Link Digest", "Own report"), "urn:p:1": ("Deck Log", "Ferry refloated")}


def test_ingesting_twice_stores_each_article_once(tmp_path):
    path = write_jsonl(tmp_path / "s.jsonl", stream_records())
    with Store(tmp_path / "s.db") as store:
        first = ingest(store, [path])
        again = ingest(store, [path, path])
        assert (first.stored, again.stored, store.article_count()) == (12, 0, 12)
        assert len(again.doc_ids) == 24  # every input article is still reported, in order


def bad_inputs(tmp_path):
    """A malformed feed, a truncated WARC, and an article JSONL with an article that has no text."""
    records = stream_records()
    feed = tmp_path / "broken.rss"
    feed.write_text("<?xml version='1.0'?><rss><channel><title>Broken</title><item><title>A</title><desc")
    warc = warc_bytes(records[:3])
    truncated = tmp_path / "cut.warc.gz"
    truncated.write_bytes(warc[: len(warc) * 3 // 4])  # the third record cut in the middle
    stream = records[3:6]
    stream[1] = {**stream[1], "text": ""}
    jsonl = write_jsonl(tmp_path / "stream.jsonl", stream)
    return feed, truncated, jsonl


def test_bad_input_is_reported_by_file_and_record_and_the_rest_is_stored(tmp_path):
    feed, truncated, jsonl = bad_inputs(tmp_path)
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [feed, truncated, jsonl])
        messages = [str(e) for e in report.errors]
        assert messages[0].startswith(f"{feed}") and "malformed feed" in messages[0]
        assert messages[1] == f"{truncated}: truncated or corrupt archive after record 2; the records before it were read"
        assert messages[2] == f"{jsonl}:2: article volcano-1 has no text"
        assert len(messages) == 3 and all("\n" not in m for m in messages)
        # Two WARC records before the cut, two good lines of the JSONL.
        assert store.article_count() == 4 == report.stored


def test_an_article_line_that_is_not_utf8_is_its_own_error_and_the_other_lines_are_stored(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_bytes(b'{"doc_id": "a", "text": "The harbour bridge reopened on Monday."}\n'
                     b'{"doc_id": "b", "text": "Caf\xe9 owners welcomed the reopening."}\n'
                     b'{"doc_id": "c", "text": "Traffic returned to the bridge by noon."}\n')
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [path])
    assert report.doc_ids == ["a", "c"] and report.stored == 2
    assert [str(e) for e in report.errors] == [
        f"{path}:2: not valid UTF-8 (byte 0xE9); re-encode it, e.g. iconv -f latin1 -t utf-8"]


def test_a_field_of_the_wrong_type_is_named_and_an_unreadable_time_is_a_warning(tmp_path):
    text = "Divers searched the lake again on Monday, officials said."
    jsonl = write_jsonl(tmp_path / "s.jsonl", [
        {"doc_id": "numeric", "text": 12345},
        {"doc_id": "listed", "text": ["One paragraph.", "Another."]},
        {"doc_id": "missing"},
        {"doc_id": "undated", "text": text, "published": "last Tuesday"},
        {"doc_id": "far-off", "text": text, "timestamp": 10**20},
        {"doc_id": "rounded", "text": text, "timestamp": "1.39E+12"},  # imprecise: left out on purpose, in one note
        {"doc_id": "dated", "text": text, "published": "2024-05-06"},
    ])
    warned = []
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [jsonl], on_warning=warned.append)
        assert [str(e) for e in report.errors] == [
            f'{jsonl}:1: article numeric: "text" must be a string, not a number',
            f'{jsonl}:2: article listed: "text" must be a string, not a list',
            f"{jsonl}:3: article missing has no text",
        ]
        assert [str(w) for w in warned] == [str(w) for w in report.warnings] == [
            f"{jsonl}:4: article undated: \"published\" is not a date or time ('last Tuesday'); "
            "the article is stored without one",
            f'{jsonl}:5: article far-off: "timestamp" is not a date or time ({10**20}); the article is stored without one',
            f"{jsonl}: times in scientific notation (1.39E+12) lost their precision upstream and are left out (1 article)",
        ]
        assert report.doc_ids == ["undated", "far-off", "rounded", "dated"] and report.stored == 4
        stored = {a.article.doc_id: a.article.published for a in store.load(store.seqs(assigned=False))}
    assert stored == {"undated": None, "far-off": None, "rounded": None, "dated": "2024-05-06T00:00:00+00:00"}


def test_an_unreadable_feed_date_is_a_warning_naming_the_entry(tmp_path):
    item = "<item><title>{title}</title><guid>{guid}</guid>{date}<description>{text}</description></item>"
    feed = tmp_path / "wire.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Wire</title>'
                    + item.format(title="Ferry runs aground", guid="f1", date="<pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate>",
                                  text="A ferry ran aground off Kessel Point on Tuesday.")
                    + item.format(title="Harbour reopens", guid="f2", date="<pubDate>around teatime</pubDate>",
                                  text="The harbour reopened on Wednesday after the ferry was towed clear.")
                    + item.format(title="Tides ease", guid="f3", date="", text="Tides eased along the coast overnight.")
                    + "</channel></rss>")
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [feed])
        assert report.errors == []
        assert [str(w) for w in report.warnings] == [
            f"{feed}: entry 2 ('Harbour reopens'): its date 'around teatime' is not a date or time; "
            "the article is stored without one"]  # no date at all, as entry 3 gives, is no problem
        stored = {a.article.doc_id: a.article.published for a in store.load(store.seqs(assigned=False))}
    assert stored == {"f1": "2024-05-07T09:30:00+00:00", "f2": None, "f3": None}


def test_errors_and_warnings_come_in_the_order_of_their_records(tmp_path):
    text = "Divers searched the lake again on Monday, officials said."
    jsonl = write_jsonl(tmp_path / "s.jsonl", [
        {"doc_id": "missing"},
        {"doc_id": "undated", "text": text, "published": "last Tuesday"},
        {"doc_id": "wrong", "text": 12345},
        {"text": text},
    ])
    said = []
    with Store(tmp_path / "s.db") as store:
        ingest(store, [jsonl], on_error=lambda e: said.append(("error", str(e))),
               on_warning=lambda w: said.append(("warning", str(w))))
    # Where each is about (path:line), in the order said.
    assert [(kind, message.split(": ", 1)[0]) for kind, message in said] == [
        ("error", f"{jsonl}:1"), ("warning", f"{jsonl}:2"), ("error", f"{jsonl}:3"), ("error", f"{jsonl}:4")]


def test_a_time_warning_comes_only_with_an_article_stored_by_this_run(tmp_path):
    """The warning says the article "is stored without one": true of an article this run stores,
    not of one refused, nor of one a run before stored (and warned of then)."""
    first, second = "Ferries resumed on Friday after the storm.", "The harbour stayed shut on Friday."
    undated = write_jsonl(tmp_path / "undated.jsonl", [{"doc_id": "ferry", "text": first, "published": "last Tuesday"}])
    stored_now = f"{undated}:1: article ferry: \"published\" is not a date or time ('last Tuesday'); the article is stored without one"
    with Store(tmp_path / "s.db") as store:
        assert [str(w) for w in ingest(store, [undated]).warnings] == [stored_now]
        again = ingest(store, [undated])
        assert (again.stored, again.doc_ids, again.errors, again.warnings) == (0, ["ferry"], [], [])
        other = write_jsonl(tmp_path / "other.jsonl", [{"doc_id": "ferry", "text": second, "published": "soon"}])
        revised = ingest(store, [other])  # its revision keeps the stored article's time: no warning
        assert (revised.stored, revised.updated, revised.errors, revised.warnings) == (0, 1, [], [])
        # Within one run: a second text under a doc_id read before is its revision, warned of as
        # above (and, within one file, as a doc_id given twice); the same line twice is one article
        # stored, warned of once. A batch of one parts nothing: a warning stays with its article.
        in_run = write_jsonl(tmp_path / "in-run.jsonl", [
            {"doc_id": "harbour", "text": second, "published": "2024-05-06"},
            {"doc_id": "harbour", "text": first, "published": "soon"},
            {"doc_id": "twice", "text": second, "published": "soon"},
            {"doc_id": "twice", "text": second, "published": "soon"},
        ])
        report = ingest(store, [in_run], batch=1)
        assert (report.stored, report.updated, report.errors) == (2, 1, [])
        assert [str(w) for w in report.warnings] == [
            f"{in_run}:3: article twice: \"published\" is not a date or time ('soon'); the article is stored without one",
            f'{in_run}:2: doc_id "harbour" was read earlier in this file with another text; the later text is kept as '
            "its revision (give each article its own doc_id if they are two articles)"]


def test_ingesting_a_file_again_warns_of_nothing(tmp_path):
    jsonl = write_jsonl(tmp_path / "s.jsonl", [{"doc_id": "ferry", "text": "Ferries resumed on Friday.", "published": "soon"}])
    first = invoke("ingest", jsonl, "--db", tmp_path / "s.db", "--no-briefs")
    assert first.exit_code == 0 and "is stored without one" in first.output
    again = invoke("ingest", jsonl, "--db", tmp_path / "s.db", "--no-briefs")
    assert again.exit_code == 0 and "warning" not in again.output


def invoke(*args):
    result = CliRunner().invoke(app, [str(a) for a in args], prog_name="newsbrief")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def test_cluster_command_writes_one_line_per_input_article_in_order(tmp_path):
    records = stream_records()
    path = write_jsonl(tmp_path / "s.jsonl", records)
    result = invoke("cluster", path, "--output", tmp_path / "a.jsonl", "--db", tmp_path / "s.db")
    assert result.exit_code == 0, result.output
    lines = [json.loads(l) for l in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert [l["doc_id"] for l in lines] == [r["doc_id"] for r in records]
    assert all(set(l) == {"doc_id", "story_id", "duplicate_of"} for l in lines)
    assert len({l["story_id"] for l in lines}) == 3
    assert "12 articles read (12 new, 0 bad), 12 clustered" in result.output
    table = invoke("stories", "--db", tmp_path / "s.db")
    assert table.exit_code == 0 and "3 stories of 2+ articles" in table.output
    assert "Harbour Times" in table.output and "Rotterdam" in table.output


def test_ingest_command_reports_bad_input_in_one_line_each_and_exits_1(tmp_path):
    feed, truncated, jsonl = bad_inputs(tmp_path)
    result = invoke("ingest", feed, truncated, jsonl, "--db", tmp_path / "s.db", "--no-briefs")
    assert result.exit_code == 1
    errors = [l for l in result.output.splitlines() if l.startswith("error:")]
    assert len(errors) == 3 and f"error: {jsonl}:2: article volcano-1 has no text" in errors
    assert "7 articles read (4 new, 3 bad)" not in result.output  # bad records are not articles read
    assert "4 articles read (4 new, 3 bad)" in result.output


def test_a_cluster_document_that_is_a_page_notice_is_left_out_as_brief_drops_it(tmp_path):
    notice = "Sorry, this video is no longer available in your country."
    port, volcano = stream_records()[:2]
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(cluster_line("c1", [{"doc_id": "0", "text": port["text"]}, {"doc_id": "1", "text": notice},
                                            {"doc_id": "2", "text": volcano["text"]}]) + "\n")
    left_out = 'only 10 words of text after cleaning, and it reads as a page notice ("video is no longer available"), not news'
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [clusters])
        assert (report.doc_ids, report.errors) == (["c1/0", "c1/2"], [])
        assert [str(w) for w in report.warnings] == [f"{clusters}:1: article c1/1 is left out: {left_out}"]
    brief = invoke("brief", clusters, "--no-compare", "-f", "json")
    assert f'warning: dropped article "1": {left_out}' in brief.output


def test_a_stream_item_that_is_site_boilerplate_is_left_out_with_its_warning_and_a_headline_is_kept(tmp_path):
    robot_check = "Access denied. Are you a robot? Please verify you are human to continue reading."
    watch = "Watch: divers search the lake again"  # a headline, though "Watch " opens a page notice
    stream = write_jsonl(tmp_path / "s.jsonl", [{"doc_id": "robot", "text": robot_check, "published": "soon"},
                                                {"doc_id": "watch", "text": watch},
                                                {"doc_id": "undated", "text": stream_records()[0]["text"]}])
    feed = tmp_path / "wire.rss"
    feed.write_text(rss_feed([{"doc_id": "robot", "title": "Harbour", "text": robot_check}, stream_records()[1]]))
    left_out = "is left out: archive or site boilerplate, not an article"
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [stream, feed])
        assert report.doc_ids == ["watch", "undated", "https://example.org/volcano-0"] and report.errors == []
        # Not the left-out item's warning of its date, on the item after it either.
        assert [str(w) for w in report.warnings] == [f"{stream}:1: article robot {left_out}",
                                                     f"{feed}#1: article https://example.org/robot {left_out}"]


def test_a_field_of_the_wrong_type_is_one_error_and_the_rest_is_stored(tmp_path):
    records = stream_records()[:3]
    records[1] = {**records[1], "title": ["not", "a", "string"]}
    path = write_jsonl(tmp_path / "s.jsonl", records)
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [path])
        assert [str(e) for e in report.errors] == [f'{path}:2: article {records[1]["doc_id"]}: "title" must be a string, not a list']
        assert report.stored == 2 == store.article_count()


def test_a_doc_id_read_again_with_another_text_is_its_revision_which_replaces_the_first(tmp_path):
    first, second = stream_records()[:2]
    again = {**second, "doc_id": first["doc_id"]}
    path = write_jsonl(tmp_path / "s.jsonl", [first, first, again])
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [path])
        # The same article twice is one article; another text under its doc_id, its newer version.
        assert (report.errors, report.stored, report.updated, report.doc_ids) == ([], 1, 1, [first["doc_id"]] * 3)
        assert store.article_count() == 1 and store.texts([first["doc_id"]]) == {first["doc_id"]: second["text"]}


def test_a_doc_id_given_another_text_within_one_file_is_stored_as_its_revision_with_one_warning_a_file(tmp_path):
    first, second, third = stream_records()[:3]
    summary = {**first, "text": " ".join(first["text"].split()[:8])}  # its lead: the stored text stays
    reused = write_jsonl(tmp_path / "reused.jsonl", [first, second, {**third, "doc_id": first["doc_id"]}, first])
    summarised = write_jsonl(tmp_path / "summarised.jsonl", [first, summary])
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [reused, summarised])
        assert (report.errors, report.stored, report.updated, report.unchanged) == ([], 2, 2, 1)
        advice = "(give each article its own doc_id if they are two articles)"
        # One warning a file, at the first record that gives a doc_id read earlier in it another text;
        # none for the same text again (line 4 of reused is the text line 3 replaced, a revision too).
        assert [str(w) for w in report.warnings] == [
            f'{reused}:3: doc_id "{first["doc_id"]}" was read earlier in this file with another text (so were the '
            f"doc_ids of 1 more record); the later text is kept as its revision {advice}",
            f'{summarised}:2: doc_id "{first["doc_id"]}" was read earlier in this file with another text; the earlier '
            f"text is kept, the later one reads as a summary of it {advice}"]
        assert store.texts([first["doc_id"]]) == {first["doc_id"]: first["text"]}
        # Across files (a feed polled again) another text is a revision and no slip: nothing to warn of.
        again = ingest(store, [write_jsonl(tmp_path / "later.jsonl", [{**third, "doc_id": first["doc_id"]}])])
        assert (again.updated, again.warnings) == (1, [])


def test_a_doc_id_stored_with_another_text_is_its_publishers_revision_which_keeps_its_story(tmp_path):
    first, second = stream_records()[:2]
    edited = {**first, "text": first["text"] + " The union said talks would resume on Friday."}
    with Store(tmp_path / "s.db") as store:
        ingest(store, [write_jsonl(tmp_path / "monday.jsonl", [first, second])])
        update_stories(store)
        before = store.assignments([first["doc_id"], second["doc_id"]])
        story_id = before[first["doc_id"]].story_id
        for stored in before.values():
            store.save_brief(stored.story_id, store.story_size(stored.story_id), {"sentences": [stored.doc_id]})
        assert store.stale_stories(min_size=1) == []
        report = ingest(store, [write_jsonl(tmp_path / "tuesday.jsonl", [edited, second])])
        assert (report.errors, report.stored, report.updated, report.unchanged) == ([], 0, 1, 0)
        assert report.doc_ids == [first["doc_id"], second["doc_id"]]
        assert store.texts([first["doc_id"]]) == {first["doc_id"]: edited["text"]}
        # The article stays in its story, which nothing clusters again; its brief is written again.
        assert update_stories(store).assigned == 0 and store.assignments(before) == before
        assert store.stale_stories(min_size=1) == [story_id]
        assert store.brief(story_id) == {"sentences": [first["doc_id"]]}  # shown until then
        # The same revision again changes nothing.
        again = ingest(store, [write_jsonl(tmp_path / "tuesday.jsonl", [edited, second])])
        assert (again.stored, again.updated, again.unchanged) == (0, 0, 0)


def test_a_shorter_text_is_a_revision_only_with_words_of_its_own_and_half_the_stored_ones():
    page = "The strike closed the port on Monday. Talks resume on Friday, the union said."
    assert is_revision(page + " Ships waited at anchor.", page)
    assert is_revision(page.replace("on Friday", "Friday"), page)  # a word cut and none added: 14 of 15
    assert is_revision("The strike closed the port. Talks resume on Thursday.", page)  # a word added: 9 of 15
    assert not is_revision("The strike closed the port on Monday.", page)  # its lead, as a feed gives it: 7 of 15
    assert not is_revision("Talks resume on Friday, the union said. The port closed.", page)  # none added: 10 of 15
    assert not is_revision("Dockers strike, talks Thursday", page)  # 4 words of 15


def test_a_feed_summary_of_a_crawled_page_leaves_the_page_text_and_a_page_replaces_a_summary(tmp_path):
    """A WARC page's doc_id is its URL, which its feed entry's guid is too: the entry's summary
    is no revision of the page's full text, the page is one of the summary."""
    records = stream_records()[:3]
    more = ("Officials said they would meet again later in the week. Residents and businesses were told to expect "
            "further disruption, and the authorities promised a full account of what had happened once the "
            "situation allowed it.")
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes([{**r, "text": f"{r['text']} {more}"} for r in records]))
    (tmp_path / "wire.rss").write_text(rss_feed(records))
    for order, updated, unchanged in ((["crawl.warc.gz", "wire.rss"], 0, 3), (["wire.rss", "crawl.warc.gz"], 3, 0)):
        with Store(tmp_path / f"{order[0]}.db") as store:
            pages = ingest(store, [tmp_path / order[0]])
            texts = store.texts(pages.doc_ids)
            report = ingest(store, [tmp_path / order[1]])
            assert (report.errors, report.stored, report.updated, report.unchanged) == ([], 0, updated, unchanged)
            assert report.doc_ids == pages.doc_ids == [f"https://example.org/{r['doc_id']}" for r in records]
            kept = texts if unchanged else {d: a.text for d, a in zip(pages.doc_ids, read_all(tmp_path / order[1])[0])}
            assert store.texts(pages.doc_ids) == kept


def test_the_cli_ingest_of_an_edited_feed_entry_exits_0(tmp_path):
    records = stream_records()[:2]
    feed = tmp_path / "wire.rss"
    feed.write_text(rss_feed(records))
    assert invoke("ingest", feed, "--db", tmp_path / "s.db", "--no-briefs").exit_code == 0
    feed.write_text(rss_feed([{**records[0], "text": records[0]["text"].replace("walked", "all walked")}, records[1]]))
    result = invoke("ingest", feed, "--db", tmp_path / "s.db", "--no-briefs")
    assert result.exit_code == 0 and "error" not in result.output, result.output


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.75, 0.9, 0.99])
def test_an_archive_cut_anywhere_is_reported_and_no_record_is_stored_half(tmp_path, cut):
    records = stream_records()[:3]
    whole = warc_bytes(records)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[: int(len(whole) * cut)])
    articles, errors = read_all(path)
    assert len(errors) == 1
    assert str(errors[0]) == (f"{path}: truncated or corrupt archive after record {len(articles)}; "
                              "the records before it were read" if articles else
                              f"{path}: truncated or corrupt archive; not one record in it could be read whole")
    for article, record in zip(articles, records):  # every record kept is whole, to its last word
        assert article.text.endswith(record["text"])


def test_an_archive_cut_in_its_first_record_says_that_none_was_read(tmp_path):
    whole = warc_bytes(stream_records()[:2])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[: len(whole) // 4])
    assert [str(e) for e in iter_articles(path)] == [
        f"{path}: truncated or corrupt archive; not one record in it could be read whole"]


def test_a_file_named_like_an_archive_or_a_feed_that_is_not_one(tmp_path):
    (tmp_path / "notes.warc.gz").write_text("Meeting notes, not an archive.\n")
    (tmp_path / "page.rss").write_text("<html><body><p>A web page saved under the wrong name.</p></body></html>")
    articles, errors = read_all(tmp_path)
    assert articles == []
    assert sorted(str(e) for e in errors) == [
        f"{tmp_path / 'notes.warc.gz'}: not a WARC or ARC archive (it does not start with a WARC/ or filedesc:// header)",
        f"{tmp_path / 'page.rss'}: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> in it)"]


def test_an_archive_is_known_by_its_content_whatever_its_name_gzipped_or_plain(tmp_path):
    from newsbrief.read import read_cluster

    records = stream_records()[:4]
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "capture.bin").write_bytes(warc_bytes(records[:2]))  # gzipped, under a name no reader knows
    (folder / "crawl").write_bytes(warc_bytes(records[2:], gzip=False))  # plain, under a name read as text
    pages = [f"https://example.org/{r['doc_id']}" for r in records]
    for given in ([folder / "capture.bin", folder / "crawl"], [folder]):
        items = [item for path in given for item in iter_articles(path)]
        assert [i.doc_id for i in items if not isinstance(i, InputError)] == pages  # each page, not the file as one text
        assert [i for i in items if isinstance(i, InputError)] == []
    # brief tells the archive in a folder as ingest does: not skipped for its name, but named for what it is.
    (folder / "a.txt").write_text("The harbour bridge reopened on Monday after three months of repairs.\n")
    errors = []
    assert [a.doc_id for a in read_cluster([folder], on_error=errors.append).articles] == ["a.txt"]
    assert [str(e) for e in errors] == [
        f"{folder / 'capture.bin'}: a WARC web archive, not an article; newsbrief ingest reads the pages in it",
        f"{folder / 'crawl'}: a WARC web archive, not an article; newsbrief ingest reads the pages in it"]


def test_an_archive_keeps_only_the_pages_it_served_and_notes_the_rest(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    responses = [("200 OK", "story", "<h1>Bridge reopens</h1><p>The harbour bridge reopened on Monday after three months of repairs.</p>"),
                 ("404 Not Found", "gone", "<h1>404 Not Found</h1><p>The page you asked for is not here.</p>"),
                 ("301 Moved Permanently", "old", "<p>Moved <a href='/story'>here</a>.</p>"),
                 ("404 Not Found", "lost", "<h1>404 Not Found</h1><p>Nothing at this address.</p>"),
                 ("", "blank", "<p>Not found</p>")]  # a status line with no code says nothing was served
    for status, name, body in responses:
        headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
        page = io.BytesIO(f"<html><body>{body}</body></html>".encode())
        writer.write_record(writer.create_warc_record(f"https://port.example/{name}", "response", payload=page,
                                                      http_headers=headers))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buffer.getvalue())
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [path])
    assert report.doc_ids == ["https://port.example/story"] and report.errors == []
    assert [str(w) for w in report.warnings] == [
        f"{path}: 4 records left out, not pages (301 Moved Permanently, 404 Not Found ×2, no status)"]


def test_an_archive_reads_html_pages_only_and_counts_what_else_it_served_by_type(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    page = (b"<html><head><title>Bridge reopens</title></head><body><p>The harbour bridge reopened on Monday after "
            b"three months of repairs.</p></body></html>")
    served = [("story", "text/html; charset=utf-8", page), ("report.pdf", "application/pdf", b"%PDF-1.4 \x00\x01"),
              ("data", "application/json", b'{"tide": 3}'), ("photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0JFIF"),
              ("robots.txt", "text/plain", b"User-agent: *\nDisallow: /private/"), ("raw", "", b"bytes")]
    for name, media_type, body in served:
        headers = StatusAndHeaders("200 OK", [("Content-Type", media_type)] if media_type else [], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://port.example/{name}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    # A page archived without its HTTP exchange is read; a crawler's one-word text note is not.
    for name, media_type, body in [("saved", "text/html", page.replace(b"bridge", b"ferry")), ("note", "text/plain", b"hello")]:
        writer.write_record(writer.create_warc_record(f"https://port.example/{name}", "resource",
                                                      payload=io.BytesIO(body), warc_content_type=media_type))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buffer.getvalue())
    articles, notes = read_all(path)
    assert [a.doc_id for a in articles] == ["https://port.example/story", "https://port.example/saved"]
    assert [str(n) for n in notes] == [f"{path}: 6 records left out, not pages (application/json, application/pdf, "
                                       "image/jpeg, no media type, text/plain ×2)"]


def test_a_feed_error_names_a_line_of_the_file_or_none(tmp_path):
    one_line = tmp_path / "one.rss"
    one_line.write_text("x")
    # No XML declaration of its own: the parser's lines are not the file's unless counted back.
    mismatched = tmp_path / "mismatched.rss"
    mismatched.write_text("<rss>\n<channel>\n<item><guid>f1</guid><description>Ferry sails.</description></item>\n"
                          "</chan>\n</rss>\n")
    declared = tmp_path / "declared.rss"
    declared.write_text("<?xml version='1.0'?>\n<rss>\n<channel>\n</chan>\n</rss>\n")
    assert [str(e) for e in read_all(tmp_path)[1]] == [
        f"{declared}:4: malformed feed (mismatched tag); 0 entries read before it",
        f"{mismatched}:4: malformed feed (mismatched tag); 1 entry read before it",
        f"{one_line}: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> in it)"]


def test_a_feed_broken_inside_an_entry_leaves_that_entry_out_and_reports_every_other_one(tmp_path):
    def item(title, link, text):
        return (f"<item><title>{title}</title>" + (f"<link>{link}</link>" if link else "")
                + f"<description>{text}</description></item>")

    items = [item("Ferry runs aground", "https://coast.example/ferry", "The ferry ran aground off the point."),
             item("No address", None, "A story with no link."),
             item("", "https://coast.example/empty", "&lt;p&gt;"),
             item("Tide <b>tables", "https://coast.example/tide", "Tides & times"),  # the break: </title> closes <b>
             item("Harbour reopens", "https://coast.example/harbour", "The harbour reopened on Monday."),
             item("Pier repaired", "https://coast.example/pier", "Workers finished the pier on Tuesday.")]
    path = tmp_path / "coast.rss"
    path.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Coast Wire</title>\n'
                    + "\n".join(items) + "\n</channel></rss>\n")
    articles, errors = read_all(path)
    assert [a.doc_id for a in articles] == ["https://coast.example/ferry", articles[1].doc_id,
                                            "https://coast.example/harbour", "https://coast.example/pier"]
    assert articles[1].title == "No address" and articles[1].doc_id.startswith("coast.rss#")  # named by its content
    assert [str(e) for e in errors] == [
        f"{path}: entry 3 ('untitled') has no headline or text",
        f"{path}:6: malformed feed (mismatched tag in entry 4, 'Tide <b>tables', which is left out); "
        "2 entries read before it, 2 after it"]


def test_a_feed_without_guids_or_links_ingested_twice_stores_its_entries_once(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Wire</title>'
                    "<item><title>Ferry runs aground</title><description>The ferry ran aground off the point on "
                    "Tuesday.</description></item><item><title>Harbour reopens</title></item></channel></rss>")
    with Store(tmp_path / "s.db") as store:
        first = ingest(store, [path])
        assert (first.errors, first.stored) == ([], 2)
        again = ingest(store, [path])
        assert (again.errors, again.stored, again.doc_ids) == ([], 0, first.doc_ids)


def test_a_headline_only_feed_entry_is_an_article_whose_text_is_its_headline(tmp_path):
    # A headline stream: items with a title and a link, no description, as article JSONL of headlines
    # gives them (text and title alike), so the clusterer reads them as headlines.
    path = tmp_path / "headlines.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Headline Wire</title>'
                    "<link>https://wire.example/</link>"
                    "<item><title>Ferry runs aground off the point</title><link>https://wire.example/1</link></item>"
                    "<item><title>Harbour reopens after storm</title><link>https://wire.example/2</link>"
                    "<description>  </description></item></channel></rss>")
    articles, errors = read_all(path)
    assert errors == []
    assert [(a.doc_id, a.title, a.text) for a in articles] == [
        ("https://wire.example/1", "Ferry runs aground off the point", "Ferry runs aground off the point"),
        ("https://wire.example/2", "Harbour reopens after storm", "Harbour reopens after storm")]
    with Store(tmp_path / "s.db") as store:
        assert ingest(store, [path]).stored == 2


def test_a_feed_with_no_entries_is_a_note_and_the_rest_of_the_batch_is_stored(tmp_path):
    quiet_rss = tmp_path / "feed.xml"
    quiet_rss.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Wire</title>'
                         "<link>https://quiet.example/</link></channel></rss>")
    quiet_atom = tmp_path / "quiet.atom"
    quiet_atom.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet Atom</title>'
                          "<id>urn:quiet</id><updated>2023-11-13T10:00:00Z</updated></feed>")
    wire = tmp_path / "wire.rss"
    wire.write_text(rss_feed(stream_records()[:2]))
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [quiet_rss, wire, quiet_atom])
    assert report.errors == [] and report.stored == 2
    assert [str(w) for w in report.warnings] == [f"{quiet_rss}: the feed holds no entries",
                                                 f"{quiet_atom}: the feed holds no entries"]
    # The command says so on its warning line, and an empty feed is no failure: the exit status stays 0.
    result = invoke("ingest", quiet_rss, "--db", tmp_path / "cli.db", "--no-briefs")
    assert result.exit_code == 0
    assert f"warning: {quiet_rss}: the feed holds no entries" in " ".join(result.output.split())


def test_a_folder_names_each_file_it_skips_as_it_names_a_bad_file(tmp_path):
    folder = tmp_path / "crawl"
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "a.txt").write_text("Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs.\n")
    (folder / "pages" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (folder / ".git").mkdir()
    (folder / ".git" / "index").write_bytes(b"DIRC\x00")  # hidden: no one's article, passed in silence
    articles, errors = read_all(folder)
    assert [a.text for a in articles] == ["Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs.\n"]
    assert [str(e) for e in errors] == [
        f"{folder / 'pages' / 'photo.jpg'}: skipped, not a kind newsbrief reads in a folder (.jpg); name the file to read it as text"]


def test_stories_without_a_store_is_a_clean_error(tmp_path):
    result = invoke("stories", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'none.db'}: no store here" in result.output


def test_stories_refuses_an_empty_file_and_leaves_it_empty(tmp_path):
    path = tmp_path / "empty.db"  # a name of an input kind (notes.txt) is refused before it is opened
    path.touch()
    result = invoke("stories", "--db", path)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {path}: not a newsbrief store (it holds no newsbrief tables); "
                                                  "newsbrief ingest PATH --db FILE writes one"]
    assert path.read_bytes() == b""


def test_ingest_and_cluster_refuse_another_programs_sqlite_file_and_leave_it_as_it_was(tmp_path):
    article = write_jsonl(tmp_path / "s.jsonl", stream_records()[:1])
    other = tmp_path / "app.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    before = other.read_bytes()
    refused = f"error: {other}: not a newsbrief store (it holds no newsbrief tables, but another program's (notes)); " \
              "give --db a newsbrief store or a new file"
    for command in (["ingest", article], ["cluster", article, "--output", tmp_path / "a.jsonl"]):
        result = invoke(*command, "--db", other)
        assert result.exit_code == 1 and result.output.strip().splitlines() == [refused]
    assert other.read_bytes() == before and {p.name for p in tmp_path.iterdir()} == {"s.jsonl", "app.db"}


def _interrupted_run(folder, size: int):
    """Start `newsbrief cluster` on `size` distinct articles and send SIGINT once its first
    batch of stories is committed; returns (records, args, process, stderr)."""
    # Distinct texts: copies of a few articles would be linked as duplicates, which cost
    # nothing, and the run would end before the signal lands.
    vocabulary = sorted({w for r in stream_records() for w in r["text"].split()})
    rng = random.Random(7)
    records = [{"doc_id": f"synthetic-{n}", "text": " ".join(rng.choices(vocabulary, k=80)) + "."}
               for n in range(size)]
    folder.mkdir()
    path = write_jsonl(folder / "big.jsonl", records)
    args = [*NEWSBRIEF, "cluster", str(path), "--output", str(folder / "a.jsonl"), "--db", str(folder / "s.db")]
    # A test run started in the background (nohup, `cmd &`) inherits SIGINT ignored, and so
    # would the child: give it the default disposition a terminal user has.
    process = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    db = folder / "s.db"
    deadline = time.time() + 60
    while time.time() < deadline:  # wait until the first batch of stories is committed
        time.sleep(0.2)
        if db.exists():
            with Store(db) as store:
                if store.seqs(assigned=True):
                    break
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    return records, args, process, stderr


def test_ctrl_c_stops_cleanly_and_a_rerun_resumes(tmp_path):
    """A real SIGINT to a real `newsbrief cluster`, mid-run; then the same command finishes the job."""
    # How long a run takes depends on the machine: a run that ends before the signal lands
    # proves nothing, so it is tried again with more work.
    for size in (3000, 12000, 48000):
        folder = tmp_path / str(size)
        records, args, process, stderr = _interrupted_run(folder, size)
        if process.returncode != 0:
            break
    else:
        pytest.fail("every run finished before it could be interrupted")
    db = folder / "s.db"
    assert process.returncode == 130
    assert "Traceback" not in stderr and "run the same command again to resume" in stderr
    with Store(db) as store:
        done = len(store.seqs(assigned=True))
        assert 0 < done < len(records) and done % 500 == 0  # whole batches only
    finished = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    assert f"{len(records) - done:,} clustered" in finished.stderr
    assert len((folder / "a.jsonl").read_text().splitlines()) == len(records)


NOTES_ON_MULTINEWS = """# Reading Multi-News

Multi-News raw files hold one story per line, each story a set of news articles and a summary that
editors wrote of them.
Its documents are split by ||||| and its line breaks are written NEWLINE_CHAR.

Give such a file the .src suffix.
"""


@pytest.mark.parametrize("name", ["notes.md", "notes.txt"])
def test_a_text_that_mentions_the_multinews_markers_is_one_article_in_ingest_and_brief(tmp_path, name):
    from newsbrief.read import read_cluster

    path = tmp_path / name
    path.write_text(NOTES_ON_MULTINEWS, encoding="utf-8")
    articles, errors = read_all(path)
    markers = "Its documents are split by ||||| and its line breaks are written NEWLINE_CHAR."
    assert errors == [] and len(articles) == 1 and markers in articles[0].text
    assert [a.text for a in read_cluster([path]).articles] == [articles[0].text]


def test_multinews_raw_without_the_src_suffix_is_still_read_as_clusters(tmp_path, multinews_files):
    src, _ = multinews_files
    raw = tmp_path / "raw.txt"
    raw.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    articles, errors = read_all(raw)
    assert errors == [] and len(articles) == 4  # two clusters of two documents
    assert not any("NEWLINE_CHAR" in a.text or "|||||" in a.text for a in articles)


def test_markdown_articles_in_a_directory_are_read_as_text_by_brief_and_ingest(tmp_path):
    from newsbrief.read import read_cluster

    (tmp_path / "dw.txt").write_bytes(DW_FILE.read_bytes())
    (tmp_path / "mee.md").write_bytes(MEE_FILE.read_bytes())
    texts = [DW_FILE.read_text(encoding="utf-8"), MEE_FILE.read_text(encoding="utf-8")]
    assert [a.text for a in read_cluster([tmp_path]).articles] == texts
    articles, errors = read_all(tmp_path)
    assert errors == [] and [a.text for a in articles] == texts


def _example_folder(folder):
    """The bundled example's two articles, a text file and an HTML page, in a folder of their own."""
    folder.mkdir(parents=True)
    (folder / "dw.txt").write_bytes(DW_FILE.read_bytes())
    text = MEE_FILE.read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    (folder / "mee.html").write_text(f"<html><head><title>Putin in Ankara</title></head><body><article>{paragraphs}"
                                     "</article></body></html>", encoding="utf-8")
    return folder


def test_a_file_is_one_article_however_its_path_is_spelled_and_wherever_it_moves(tmp_path, monkeypatch):
    folder = _example_folder(tmp_path / "st" / "story")
    monkeypatch.chdir(tmp_path / "st")
    with Store(tmp_path / "s.db") as store:
        first = ingest(store, [Path("story")])  # as typed inside st/
        assert (first.stored, first.errors) == (2, [])
        again = ingest(store, [folder, tmp_path / "st" / ".." / "st" / "story" / "dw.txt"])
        moved = folder.rename(tmp_path / "archive")
        after_move = ingest(store, [moved])
        assert (again.stored, after_move.stored, store.article_count()) == (0, 0, 2)
        assert again.doc_ids[:2] == after_move.doc_ids == first.doc_ids
        # The id names the file, and the text it held: an edited file is another article.
        dw_text = DW_FILE.read_text(encoding="utf-8")
        assert first.doc_ids[0] == "dw.txt#" + hashlib.sha256(dw_text.encode("utf-8")).hexdigest()[:12]
        (moved / "dw.txt").write_text(dw_text + "\nCorrection: the meeting was on Thursday.\n", encoding="utf-8")
        assert ingest(store, [moved]).stored == 1


def test_a_page_or_file_that_brief_drops_as_no_article_is_refused_in_briefs_words(tmp_path):
    from newsbrief.clean import clean_cluster
    from newsbrief.read import read_cluster

    menu = tmp_path / "menu.html"
    menu.write_text("<html><body><nav>Start | Weather | Games</nav><footer>Share by email</footer></body></html>")
    jotting = tmp_path / "jotting.abc"  # no kind newsbrief knows, read as text when named
    jotting.write_text("a few loose words\n")
    story = tmp_path / "story.txt"
    story.write_text("Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs.\n")
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [menu, jotting, story])
        assert report.stored == store.article_count() == 1 and report.doc_ids[0].startswith("story.txt#")
    assert [str(e) for e in report.errors] == [
        f"{menu}: only 5 words of text after cleaning, and it has no headline: too short to tell from a stub page",
        f"{jotting}: only 4 words of text after cleaning, and it has no headline: too short to tell from a stub page"]
    for path, error in zip((menu, jotting), report.errors):  # the reason brief gives when it drops the file
        assert clean_cluster(read_cluster([path])).warnings == (f"dropped {path.name}: {error.problem}",)
    result = invoke("ingest", menu, story, "--db", tmp_path / "cli.db", "--no-briefs")
    assert result.exit_code == 1 and "1 article read (1 new, 1 bad)" in result.output


def test_two_pages_of_the_same_name_in_different_folders_are_two_articles(tmp_path):
    first, second = _example_folder(tmp_path / "day-1"), tmp_path / "day-2"
    second.mkdir()
    (second / "mee.html").write_text("<html><head><title>Lava nears Grindavik</title></head><body><article><p>Lava flowed toward the town of Grindavik on Monday, "
                                     "and its residents were told to leave.</p></article></body></html>", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [first / "mee.html", second / "mee.html"])
        assert (report.errors, report.stored) == ([], 2)


def test_the_cli_ingest_of_a_folder_by_another_path_stores_nothing_new(tmp_path, monkeypatch):
    shutil.copytree(EXAMPLE_DIR, tmp_path / "st" / "putin-erdogan-ankara")
    monkeypatch.chdir(tmp_path / "st")
    assert invoke("ingest", "putin-erdogan-ankara/", "--db", "../news.db", "--no-briefs").exit_code == 0
    monkeypatch.chdir(tmp_path)
    again = invoke("ingest", "st/putin-erdogan-ankara/", "--db", "news.db", "--no-briefs")
    assert again.exit_code == 0 and "2 articles read (0 new, 0 bad), 0 clustered" in again.output
    with Store(tmp_path / "news.db") as store:
        assert [(s.size, len(s.outlets)) for s in store.stories()] == [(2, 2)]  # DW and Middle East Eye, once each


def test_a_web_upload_of_a_file_already_ingested_is_the_same_article(tmp_path):
    from fastapi.testclient import TestClient

    from newsbrief.serve import create_app

    folder = _example_folder(tmp_path / "story")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [folder])
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles/upload", files=[
            ("files", ("dw.txt", (folder / "dw.txt").read_bytes(), "text/plain")),
            ("files", ("mee.html", (folder / "mee.html").read_bytes(), "text/html"))])
        assert response.status_code == 202, response.text
        assert response.json()["stored"] == 0
    with Store(tmp_path / "s.db") as store:
        assert store.article_count() == 2


def test_a_store_written_before_file_ids_named_the_text_still_stores_nothing_new(tmp_path, monkeypatch):
    from newsbrief.read import read_html_article

    folder = _example_folder(tmp_path / "st" / "story")
    text_file, page = folder / "dw.txt", folder / "mee.html"
    # What ingest stored until now: a text file under its path as typed (here from st/), a page under its name.
    old = [Article(doc_id="story/dw.txt", text=text_file.read_text(encoding="utf-8"), source_path="story/dw.txt"),
           read_html_article(page)]
    assert old[1].doc_id == "mee.html"
    monkeypatch.chdir(tmp_path)
    with Store(tmp_path / "s.db") as store:
        store.add_articles(old)
        for spelling in (Path("st/story"), folder):
            report = ingest(store, [spelling])
            assert (report.stored, store.article_count()) == (0, 2)
            assert report.doc_ids == ["story/dw.txt", "mee.html"]  # the ids the store knows them by
        # A file edited since is another article, as it is in a new store.
        text_file.write_text(old[0].text + "\nCorrection: the meeting was on Thursday.\n", encoding="utf-8")
        assert ingest(store, [text_file]).stored == 1


def test_stories_brief_reads_like_the_brief_command(tmp_path):
    assert invoke("ingest", EXAMPLE_DIR, "--db", tmp_path / "s.db").exit_code == 0
    result = invoke("stories", "--db", tmp_path / "s.db", "--brief", "S000001")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # The story's title as `stories` lists it (DW's headline, read off the file), the story id
    # and the counts under it, the sources with outlet, republisher and date, then the cross-source view.
    assert "Vladmir Putin Meets Erdogan to Secure Syria De-Escalation Zone" in lines[0] and "S000001" not in lines[0]
    assert re.fullmatch(r"S000001 · \d+ sentences · \d+ words · 2 articles from 2 outlets", lines[1].rstrip())
    assert "[1] DW — “Vladmir Putin Meets Erdogan to Secure Syria De-Escalation Zone” · 2017-09-29" in result.output
    assert "[2] Middle East Eye, via Anti-Media" in result.output
    for heading in ("Sources", "Agreed", "Disagreements", "Quotes", "Coverage"):
        assert heading in lines


def test_stories_and_a_stored_brief_export_as_json_and_markdown(tmp_path):
    from conftest import check_schema

    path = write_jsonl(tmp_path / "s.jsonl", stream_records())
    assert invoke("ingest", path, "--db", tmp_path / "s.db").exit_code == 0
    listed = json.loads(invoke("stories", "--db", tmp_path / "s.db", "--format", "json").stdout)
    assert listed["total"] == 3 and [s["story_id"] for s in listed["stories"]] == ["S000001", "S000002", "S000003"]
    assert all(s["size"] == 4 and set(s) >= {"title", "outlets", "first_seen", "last_seen"} for s in listed["stories"])
    lines = invoke("stories", "--db", tmp_path / "s.db", "-f", "jsonl", "-n", "2").stdout.splitlines()
    assert [json.loads(line)["story_id"] for line in lines] == ["S000001", "S000002"]
    table = invoke("stories", "--db", tmp_path / "s.db", "-f", "markdown").stdout.splitlines()
    assert table[0] == "| story | articles | outlets | title |" and len(table) == 2 + 3
    record = json.loads(invoke("stories", "--db", tmp_path / "s.db", "--brief", "S000001", "-f", "json").stdout)
    check_schema(record)
    assert record["cluster_id"] == "S000001" and record["sentences"]
    markdown = invoke("stories", "--db", tmp_path / "s.db", "--brief", "S000001", "-f", "markdown").stdout
    assert markdown.startswith(f"# {listed['stories'][0]['title']}\n\nS000001 · ")


def test_stories_brief_of_headlines_only_says_why_there_is_none(tmp_path):
    headlines = ["Oil prices fall as OPEC meets in Vienna", "OPEC meets in Vienna as oil prices fall",
                 "Oil falls while OPEC ministers meet in Vienna"]
    path = write_jsonl(tmp_path / "h.jsonl", [{"doc_id": f"h{n}", "title": h, "text": h, "outlet": outlet}
                                              for n, (h, outlet) in enumerate(zip(headlines, "ABC"))])
    assert invoke("ingest", path, "--db", tmp_path / "h.db").exit_code == 0
    result = invoke("stories", "--db", tmp_path / "h.db", "--brief", "S000001")
    assert result.exit_code == 1
    assert result.output.strip() == (
        "error: story S000001: no brief: its 3 articles are only headlines or a few words each "
        "(“Oil prices fall as OPEC meets in Vienna”), too little text to summarise")


def test_the_cli_warns_of_a_date_it_cannot_read_and_stores_the_article(tmp_path):
    record = dict(stream_records()[0], published="the day before yesterday")
    path = write_jsonl(tmp_path / "s.jsonl", [record])
    result = invoke("ingest", path, "--db", tmp_path / "s.db", "--no-briefs")
    assert result.exit_code == 0, result.output
    warning = next(line for line in result.output.splitlines() if line.startswith("warning:"))
    assert f"s.jsonl:1: article {record['doc_id']}" in warning and "'the day before yesterday'" in warning
    assert "1 articles read" not in result.output and "1 article read (1 new, 0 bad)" in result.output
