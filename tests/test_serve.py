"""The web app and HTTP API through FastAPI's test client (and a live server where concurrency
or outgoing traffic matters): pages, filters, citations, hostile input, errors, limits."""
from __future__ import annotations

import gzip
import http.server
import json
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import lxml.html
import pytest
from conftest import ADVERTISING_COPY, CRAWL_NOTICE, DW_FILE, EXAMPLE_TITLES, MEE_FILE, check_schema
from fastapi.testclient import TestClient
from hostile import BODY_IMG, BODY_SCRIPT, HOSTILE_ARTICLES, IMG_OUTLET, JS_URL, SCRIPT_TITLE
from webstore import EXAMPLE_STORY, HOSTILE_STORY, fill_store, live_server, web_store  # noqa: F401 (fixture)

from newsbrief.models import Article
from newsbrief.render import count
from newsbrief.serve import create_app
from newsbrief.store import Store
from newsbrief.stories import update_stories
from newsbrief.web_views import brief_view, publication_span


@pytest.fixture(scope="module")
def client(web_store):  # noqa: F811
    # Read-only: the store is already clustered and briefed, so no background updates.
    with TestClient(create_app(web_store, update_stories=False)) as client:
        yield client


# The courier's headline, which heads the hostile story's brief, as the cleaner reads its markup.
HOSTILE_HEADING = "Millbrook shuts Eastfield reservoir over lead levels"


def page(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, response.text
    return response.text, lxml.html.fromstring(response.text)


# ---- story list -------------------------------------------------------------------------------

def test_story_list_shows_headline_outlets_span_and_search(client):
    text, tree = page(client, "/")
    rows = tree.xpath("//table[@class='stories']/tbody/tr")
    assert len(rows) == 2
    cells = {row.xpath("string(td[1])").strip(): [c.text_content().strip() for c in row.xpath("td")] for row in rows}
    example = cells["Vladmir Putin Meets Erdogan to Secure Syria De-Escalation Zone"]
    assert example[1] == "2: DW, Middle East Eye" and example[2] == "2"
    # DW's byline dates it ("DW Editors Friday, Sept. 29, 2017"); Middle East Eye gives no date.
    assert example[3] == "2017-09-29" and example[4] == "2017-09-29"
    # A briefed story is titled as its brief is headed: the courier's title, its markup read as a
    # browser shows it (the ledger's script title, as text, is below in a story not yet briefed).
    hostile = cells[HOSTILE_HEADING]
    assert hostile[3] == "2024-03-04 – 2024-03-05" and hostile[4] == "2024-03-05 14:00 UTC"
    assert tree.xpath("//form[@role='search']//input[@name='q']")


@pytest.mark.parametrize("query, expected", [
    ("q=reservoir", [HOSTILE_STORY]),
    ("q=PUTIN erdogan", [EXAMPLE_STORY]),
    ("q=putin reservoir", []),
    ("q=Putin, Erdogan", [EXAMPLE_STORY]),  # words as typed, punctuation aside
    ("q=Erdogan's", [EXAMPLE_STORY]),
    ("outlet=middle east", [EXAMPLE_STORY]),
    ("outlet=valley", [HOSTILE_STORY]),
    ("since=2024-03-05", [HOSTILE_STORY]),  # its last article is from that day
    ("until=2024-03-03", [EXAMPLE_STORY]),  # before the hostile story; the example is from 2017
    ("since=2017-09-01&until=2017-10-01", [EXAMPLE_STORY]),  # its DW article's byline date
    ("until=2017-09-28", []),
    ("since=2024-03-06", []),
    ("min_size=3", []),
    ("", [EXAMPLE_STORY, HOSTILE_STORY]),
])
def test_stories_api_filters(client, query, expected):
    body = client.get(f"/api/stories?{query}").json()
    assert [s["story_id"] for s in body["stories"]] == expected and body["total"] == len(expected)


def test_a_day_range_that_ends_before_it_starts_is_a_422_saying_so(client):
    message = "since (2017-09-30) is after until (2017-09-01); give the earlier day as since"
    response = client.get("/api/stories?since=2017-09-30&until=2017-09-01")
    assert response.status_code == 422 and response.json() == {"error": message}
    response = client.get("/?since=2017-09-30&until=2017-09-01")  # the search form says it too
    assert response.status_code == 422 and message in lxml.html.fromstring(response.text).text_content()
    assert client.get("/api/stories?since=2017-09-29&until=2017-09-29").json()["total"] == 1  # one day is a range


def test_a_story_spans_the_times_its_articles_carry_or_their_text_states(example_texts):
    articles = [
        Article("dw", example_texts[0]),  # no time given; its byline says 2017-09-29
        Article("undated", "Nothing here says when."),
        Article("utc", "x", published="2017-09-30T01:00:00Z"),
        Article("chicago", "x", published="2017-09-29T22:00:00-05:00"),  # 03:00 UTC on the 30th: the latest
    ]
    assert publication_span(articles) == ("2017-09-29", "2017-09-29T22:00:00-05:00")
    assert publication_span(articles[1:2]) == (None, None)


def test_a_day_alone_is_shown_on_the_timeline_as_the_day_at_its_middle():
    from newsbrief.web_views import timeline

    shown = timeline([Article("a", "x", outlet="Ledger", published="2017-05-03"),
                      Article("b", "x", outlet="Courier", published="2017-05-04T12:00:00Z"),
                      Article("c", "x", outlet="Herald", published="2017-05-03T14:00:00+02:00")])
    assert (shown.start, shown.end) == ("2017-05-03", "2017-05-04 12:00 UTC")
    marks = {row.label: row.marks[0][:2] for row in shown.rows}
    assert marks == {"Ledger": (0.0, "2017-05-03"), "Herald": (0.0, "2017-05-03 12:00 UTC"), "Courier": (100.0, "2017-05-04 12:00 UTC")}


def test_search_box_filters_the_page(client):
    _, tree = page(client, "/?q=reservoir&outlet=ledger&since=&until=2024-03-04")  # a blank day is no bound
    assert [a.text_content() for a in tree.xpath("//a[@class='story-link']")] == [HOSTILE_HEADING]
    assert tree.xpath("string(//input[@name='q']/@value)") == "reservoir"
    response = client.get("/?since=yesterday")
    assert response.status_code == 422 and "since: not a day (&#39;yesterday&#39;); use YYYY-MM-DD" in response.text


def test_a_page_past_the_last_is_a_404_saying_how_many_there_are(client):
    response = client.get("/?page=2")  # the store's two stories fill one page
    assert response.status_code == 404
    assert lxml.html.fromstring(response.text).xpath("string(//p[@class='error'])") == "no page 2: the list has 1 page"
    assert "No stories" not in response.text



# ---- one story --------------------------------------------------------------------------------

def test_story_api_gives_brief_with_comparison(client):
    body = client.get(f"/api/stories/{EXAMPLE_STORY}").json()
    assert body["story"]["size"] == 2 and body["story"]["outlets"] == ["DW", "Middle East Eye"]
    # DW's date as the page shows it, in the one shape every story time has in the API
    assert body["story"]["first_seen"] == body["story"]["last_seen"] == "2017-09-29T00:00:00+00:00"
    check_schema(body["brief"])
    assert body["brief"]["comparison"]["agreed"], "the two example articles agree on the Idlib zone"
    assert [a["doc_id"] for a in body["articles"]] == [DW_FILE.name, MEE_FILE.name]
    assert all(a["duplicate_of"] is None for a in body["articles"])
    # What the story's outlets were read from: the text files came with no metadata of their own.
    assert [(a["outlet"], a["title"], a["published"]) for a in body["articles"]] == [
        ("DW", EXAMPLE_TITLES[0], "2017-09-29"), ("Middle East Eye", EXAMPLE_TITLES[1], None)]


def test_every_citation_chip_points_at_a_sentence_of_its_source(client):
    _, tree = page(client, f"/stories/{EXAMPLE_STORY}")
    brief_sentences = tree.xpath("//section[@class='brief']//span[@class='bs']")
    assert len(brief_sentences) >= 5
    for sentence in brief_sentences:
        chips = sentence.xpath("following-sibling::*")
        chips = chips[: next((i for i, c in enumerate(chips) if c.get("class") == "bs"), len(chips))]
        assert chips, "every brief sentence cites at least its own source"
        for number, chip in enumerate(chips):
            anchor = chip.get("href")[1:]
            source = chip.text_content().strip("[]")
            (target,) = tree.xpath(f"//article[@id='source-{source}']//span[@id='{anchor}']")
            if number == 0:  # the source the sentence was taken from holds it word for word
                assert target.text_content() == sentence.text_content()
            assert set(sentence.get("data-anchors").split()) >= {anchor}


def test_story_page_has_panels_sources_and_timeline(client):
    _, tree = page(client, f"/stories/{EXAMPLE_STORY}")
    headings = [h.text_content() for h in tree.xpath("//h2")]
    assert headings[:5] == ["Agreed", "Only in", "Disagreements", "Quotes", "Timeline"] and "Sources" in headings
    sources = [li.text_content() for li in tree.xpath("//ol[@class='sources']/li")]
    assert "DW" in sources[0] and "2017-09-29" in sources[0]  # the date the cleaner read off the DW byline
    assert "Middle East Eye, via Anti-Media" in sources[1]
    assert tree.xpath("//section[@class='timeline']//th/text()") == ["DW"]
    assert "Middle East Eye" in tree.xpath("string(//section[@class='timeline']//p)")  # no date known
    # The panels and chips name a source as the sources list and the CLI do, republisher and all.
    labels = {"DW", "Middle East Eye, via Anti-Media"}
    assert {who.text_content() for who in tree.xpath("//span[@class='who']")} == labels
    assert {chip.get("title") for chip in tree.xpath("//*[contains(@class, 'chip')][@title]")} == labels
    assert tree.xpath("string(//main/p[@class='meta'])") == f"{EXAMPLE_STORY} · 2 articles from 2 outlets"


def test_a_quote_cites_each_source_once(client):
    _, tree = page(client, f"/stories/{EXAMPLE_STORY}")
    quotes = tree.xpath("//section[contains(@class, 'quotes')]/ul/li[b]")
    assert quotes
    for quote in quotes:
        chips = [c.text_content() for c in quote.xpath("*[contains(@class, 'chip')]")]
        assert len(chips) == len(set(chips)), quote.text_content()
    # DW words it twice ("deepen coordination", then "deepening the coordination of our joint
    # activity"), MEE once: one chip each, at the sentence with the words shown.
    (line,) = [q for q in quotes if "“deepen coordination”" in q.text_content()]
    chips = line.xpath("a[@class='chip']")
    assert [c.text_content() for c in chips] == ["[1]", "[2]"]
    targets = [c.get("href")[1:] for c in chips]
    for source, target in zip((1, 2), targets):
        (sentence,) = tree.xpath(f"//article[@id='source-{source}']//span[@id='{target}']")
        assert "deepen coordination" in sentence.text_content()
    assert all(c.get("data-anchors").split() == targets for c in chips)  # a click lights it in both sources


def test_a_quotes_line_cites_each_source_only_for_the_words_it_printed():
    # [1] and [3] print the whole post, [2] only its first words: [2]'s chip goes with those words,
    # at its own sentence, never with the whole post, as the CLI's Quotes line cites it (render.quote_wordings).
    from newsbrief.compare import Comparison, QuoteGroup, SourcedText
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.render import brief_json
    from newsbrief.serve import page_templates
    from newsbrief.web_views import Timeline

    post = "The bridge will reopen on Friday. Crews have worked through the night"
    texts = [f"Mayor Ann Hale wrote on Monday: “{post}.” The river fell overnight.",
             "Hale said “the bridge will reopen” but gave no day. Traffic was sent north.",
             f"The river fell overnight. “{post},” Hale wrote."]
    articles = tuple(Article(f"{n}.txt", text, outlet=outlet) for n, (text, outlet) in
                     enumerate(zip(texts, ("Ledger", "Courier", "Herald")), 1))
    group = QuoteGroup("Ann Hale", (SourcedText(1, post), SourcedText(2, "the bridge will reopen"), SourcedText(3, post)))
    comparison = Comparison((), {1: (), 2: (), 3: ()}, (), (group,), (), (), (), "rules")
    record = brief_json(Brief(None, (BriefSentence("The river fell overnight.", (1, 3)),), articles, comparison))
    show = page_templates().env.from_string('{% import "_brief.html" as b %}{{ b.show(view, timeline) }}')
    view = brief_view(record, {a.doc_id: a for a in articles})
    tree = lxml.html.fromstring(show.render(view=view, timeline=Timeline(None, None, (), ())))
    (line,) = tree.xpath("//section[contains(@class, 'quotes')]/ul/li[b]")
    assert " ".join(line.text_content().split()) == f"Ann Hale: “{post}” [1][3] / “the bridge will reopen” [2]"
    chips = line.xpath("a[@class='chip']")
    assert [c.text_content() for c in chips] == ["[1]", "[3]", "[2]"]
    for chip in chips:  # each at the sentence of its own source that prints the words it goes with
        (sentence,) = tree.xpath(f"//article[@id='source-{chip.get('data-source')}']//span[@id='{chip.get('href')[1:]}']")
        assert ("the bridge will reopen" if chip.text_content() == "[2]" else post) in sentence.text_content()
    assert chips[0].get("data-anchors") == chips[1].get("data-anchors") != chips[2].get("data-anchors")


# ---- sources that name no outlet -------------------------------------------------------------------

@pytest.fixture(scope="module")
def unnamed_store(tmp_path_factory):
    """Articles that name no outlet, numbered as a cluster file numbers its documents: the two
    reservoir reports as "0" (dated) and "1" (undated), story S000001, and a report of another
    story as "2", alone in S000002, so it has no brief."""
    reports = [Article(**{**fields, "doc_id": str(number), "outlet": None,
                          "published": fields["published"] if number == 0 else None})
               for number, fields in enumerate(HOSTILE_ARTICLES)]
    strike = Article("2", "Dock workers in Rotterdam walked out on Tuesday over pay, halting container traffic at the "
                          "port for the second time this year. The union said the strike would last two days.")
    path = tmp_path_factory.mktemp("unnamed") / "stories.db"
    fill_store(path, [*reports, strike])
    return path


@pytest.fixture(scope="module")
def unnamed_client(unnamed_store):
    with TestClient(create_app(unnamed_store, update_stories=False)) as client:
        yield client


def test_a_source_without_an_outlet_is_named_as_the_cli_names_it(unnamed_client, unnamed_store):
    """A numbered article is 'article "0"' in every part of the page, never a bare "0" beside source
    numbers, and quoted: '[1] article 0' read as two numberings of one list."""
    _, tree = page(unnamed_client, "/stories/S000001")
    labels = ['article "0"', 'article "1"']
    assert [b.text_content() for b in tree.xpath("//ol[@class='sources']/li/b")] == labels
    assert [h.text_content() for h in tree.xpath("//article[@class='source']/h3")] == ['[1] article "0"', '[2] article "1"']
    assert {who.text_content() for who in tree.xpath("//span[@class='who']")} == set(labels)
    assert {chip.get("title") for chip in tree.xpath("//section[@class='brief']//*[contains(@class, 'chip')]")} == set(labels)
    quote_chips = tree.xpath("//section[contains(@class, 'quotes')]//*[contains(@class, 'chip')]")
    assert quote_chips and {chip.get("title") for chip in quote_chips} <= set(labels)
    only_in = [h.text_content() for h in tree.xpath("//section[contains(@class, 'only-in')]/h3")]
    assert 'article "0" [1]' in only_in and set(only_in) <= {'article "0" [1]', 'article "1" [2]'}
    assert tree.xpath("//section[@class='timeline']//th/text()") == ['article "0"']
    assert tree.xpath("string(//section[@class='timeline']//p)") == 'Publication time unknown: article "1"'
    # The same names as `newsbrief stories --brief` gives the same stored brief.
    from typer.testing import CliRunner

    from newsbrief.cli import app

    result = CliRunner().invoke(app, ["stories", "--db", str(unnamed_store), "--brief", "S000001"])
    assert result.exit_code == 0, result.output
    assert '[1] article "0" — ' in result.output and '[2] article "1" — ' in result.output
    assert 'Only in article "0" [1]' in result.output


def test_articles_sent_without_an_id_are_named_by_their_place_in_the_story_not_by_their_hash(tmp_path):
    from newsbrief.web_views import content_id

    texts = [HOSTILE_ARTICLES[0]["text"],
             "Dock workers in Rotterdam walked out on Tuesday over pay, halting container traffic at the port."]
    fill_store(tmp_path / "s.db", [Article(content_id(text), text) for text in texts])
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        _, tree = page(client, "/stories/S000002")  # one article, so no brief: the article list instead
    (item,) = tree.xpath("//ul[@class='sources']/li")
    assert " ".join(item.text_content().split()) == "article 1"  # no title, no date: nothing after a dash
    assert tree.xpath("string(//section[@class='timeline']//p)") == "Publication time unknown: article 1"


def test_story_list_and_pages_count_only_known_outlets(unnamed_client):
    _, tree = page(unnamed_client, "/")
    rows = [[cell.text_content().strip() for cell in row.xpath("td")]
            for row in tree.xpath("//table[@class='stories']/tbody/tr")]
    assert [row[1:3] for row in rows] == [["-", "2"], ["-", "1"]]  # outlets, articles: as `newsbrief stories` shows them
    assert tree.xpath("string(//p[@class='meta'])") == "2 stories, largest first."
    _, tree = page(unnamed_client, "/stories/S000001")
    assert tree.xpath("string(//main/p[@class='meta'])") == "S000001 · 2 articles"
    _, tree = page(unnamed_client, "/stories/S000002")  # no brief yet: the article list instead
    assert tree.xpath("string(//main/p[@class='meta'])") == "S000002 · 1 article"
    assert [b.text_content() for b in tree.xpath("//ul[@class='sources']/li/b")] == ['article "2"']
    assert tree.xpath("string(//section[@class='timeline']//p)") == 'Publication time unknown: article "2"'


def test_unknown_story_is_404_in_json_and_html(client):
    response = client.get("/api/stories/S999999")
    assert response.status_code == 404 and response.json() == {"error": "no story S999999"}
    response = client.get("/stories/S999999")
    assert response.status_code == 404 and "no story S999999" in response.text


@pytest.mark.parametrize("typed, shown", [("s999", "S999"), ("bogus", "bogus"), ("Ferry%20story", "Ferry story")])
def test_an_unknown_story_is_named_as_the_cli_names_it(client, typed, shown):
    # As `stories ID` says it: an id-shaped value as the id it names, anything else as typed.
    assert client.get(f"/api/stories/{typed}").json() == {"error": f"no story {shown}"}
    assert f"no story {shown}" in client.get(f"/stories/{typed}").text


def test_a_story_id_is_read_in_any_case(client):
    assert client.get(f"/api/stories/{EXAMPLE_STORY.lower()}").json()["story"]["story_id"] == EXAMPLE_STORY
    _, tree = page(client, f"/stories/{EXAMPLE_STORY.lower()}")
    assert tree.xpath("string(//main/p[@class='meta'])").startswith(f"{EXAMPLE_STORY} · ")


# ---- hostile input ----------------------------------------------------------------------------

def assert_inert(html: str) -> None:
    """No script but our own, no event handler, no javascript: link, no frame."""
    tree = lxml.html.fromstring(html)
    assert [s.get("src") for s in tree.xpath("//script")] == ["/static/citations.js"]
    assert not [e.tag for e in tree.iter() if isinstance(e.tag, str) and any(a.lower().startswith("on") for a in e.attrib)]
    assert not [h for h in tree.xpath("//@href | //@src") if h.strip().lower().startswith(("javascript:", "data:"))]
    assert not tree.xpath("//iframe | //img | //object | //embed")


def test_hostile_titles_outlets_bodies_and_links_are_shown_as_text(client):
    story, tree = page(client, f"/stories/{HOSTILE_STORY}")
    listing, _ = page(client, "/")
    assert_inert(story)
    assert_inert(listing)
    text = tree.text_content()
    # Each payload is on the page, as text: it was escaped, not dropped.
    for payload in (IMG_OUTLET, BODY_SCRIPT, BODY_IMG, JS_URL):
        assert payload in text
    # The javascript: url is not a link; the courier's https url is.
    assert tree.xpath("//ol[@class='sources']//a/@href") == ["https://courier.example/millbrook-reservoir"]


def test_a_hostile_title_of_a_story_not_yet_briefed_is_shown_as_text(tmp_path):
    # A story of one article keeps its headline as given, markup and all, as its title.
    path = tmp_path / "stories.db"
    with Store(path) as store:
        store.add_articles([Article(**HOSTILE_ARTICLES[0])])
        update_stories(store)
    with TestClient(create_app(path, update_stories=False)) as client:
        listing, tree = page(client, "/")
        story, _ = page(client, "/stories/S000001")
    for html in (listing, story):
        assert_inert(html)
        assert "&lt;script&gt;window.__pwned = &#39;title&#39;&lt;/script&gt;" in html
    assert [a.text_content() for a in tree.xpath("//a[@class='story-link']")] == [SCRIPT_TITLE]


def test_pages_forbid_inline_script(client):
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert client.get(f"/api/stories/{HOSTILE_STORY}").headers["x-content-type-options"] == "nosniff"


def test_a_stored_brief_is_headed_and_its_sources_named_as_the_cli_does():
    # A story of cluster-file documents: the store names them "{cluster_id}/{doc_id}".
    record = {"schema_version": 1, "cluster_id": "S000004", "comparison": None, "warnings": [],
              "summary": "Divers will check the hull. The ferry ran aground near the pier.",
              "sentences": [{"text": "Divers will check the hull.", "sources": [2]},
                            {"text": "The ferry ran aground near the pier.", "sources": [1, 2]}],
              "sources": [{"id": n, "doc_id": f"longbench-multinews-{'5d' * 32}/{n - 1}", "outlet": None,
                           "republished_by": None, "title": title, "published": None, "url": None}
                          for n, title in ((1, None), (2, "Divers to check hull of grounded ferry"))]}
    view = brief_view(record, {})
    assert view.title == "Divers to check hull of grounded ferry"
    assert [source.label for source in view.sources] == ['article "0"', 'article "1"']
    assert view.label(2) == 'article "1"'


# Two reports of one story sent with no title, whose first sentences are longer than a list
# label: the story list shows one cut at a word, but no page is headed by a cut sentence.
UNTITLED_DAM_REPORTS = (
    "Engineers at the Lakeview dam opened all six spillway gates on Tuesday as the Clearwater River rose toward a "
    "record crest, forcing the evacuation of about 4,000 residents from low-lying streets downstream. The county "
    "said shelters were open at two schools. Water at the Millbrook gauge reached 7.9 metres overnight, the river "
    "authority said, half a metre below the record set in 1974.",
    "About 4,000 people left their homes below the Lakeview dam on Tuesday after engineers opened every spillway "
    "gate to ease pressure from the swollen Clearwater River, which county officials said could crest at a record "
    "level. Two schools were opened as shelters. The river authority said the Millbrook gauge read 7.9 metres, "
    "close to the 1974 record.",
)


def test_untitled_briefs_head_their_pages_brief_as_the_cli_does_never_with_a_cut_sentence(tmp_path):
    fill_store(tmp_path / "s.db", [Article(doc_id=f"dam{n}", text=t) for n, t in enumerate(UNTITLED_DAM_REPORTS, 1)])
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        _, listing = page(client, "/")
        (label,) = [a.text_content() for a in listing.xpath("//a[@class='story-link']")]
        # The list still tells the story apart by its lead, cut where a word ends.
        assert label.endswith("…") and UNTITLED_DAM_REPORTS[0].startswith(label[:-1].rstrip() + " ")
        story_id = listing.xpath("//a[@class='story-link']/@href")[0].rsplit("/", 1)[1]
        _, story = page(client, f"/stories/{story_id}")
        pasted = client.post("/brief", data={"texts": list(UNTITLED_DAM_REPORTS)})
        assert pasted.status_code == 200, pasted.text
    # Not the lead cut to fit the list, nor the brief's first sentence cut to a headline's length,
    # and no second heading "Brief" under it.
    for tree in (story, lxml.html.fromstring(pasted.text)):
        assert tree.xpath("//section[@class='brief']")
        assert tree.xpath("string(//main/h1)").strip() == "Brief"
        assert "Brief" not in [h.text_content() for h in tree.xpath("//h2")]
    # The story's tab is told apart from others as the list tells it: by its lead cut to fit.
    assert tree.xpath("string(//title)") == "Brief · newsbrief"
    assert story.xpath("string(//title)") == f"{label} · newsbrief"


def test_a_story_page_is_headed_by_its_title_only_where_that_is_a_headline():
    record = {"schema_version": 1, "cluster_id": "S000007", "comparison": None, "warnings": [],
              "summary": "Divers will check the hull.", "sentences": [{"text": "Divers will check the hull.", "sources": [1]}],
              "sources": [{"id": 1, "doc_id": "a", "outlet": None, "republished_by": None, "title": None,
                           "published": None, "url": None}]}
    headed = Article(doc_id="a", text="Divers will check the hull.", title="Ferry  aground off the pier")
    untitled = Article(doc_id="a", text="Divers will check the hull.")
    assert brief_view(record, {"a": headed}, story_title="Ferry aground off the pier").title == "Ferry aground off the pier"
    # A story title taken from the text (its lead, cut to fit the list) is no heading.
    assert brief_view(record, {"a": untitled}, story_title="Divers will check the hull.").title == "Brief"
    assert brief_view(record, {"a": untitled}).title == "Brief"


# ---- errors and limits ------------------------------------------------------------------------

@pytest.mark.parametrize("body, message", [
    ({}, "articles: Field required"),
    ({"articles": []}, "articles: List should have at least 1 item after validation, not 0"),
    ({"articles": [{"text": "   "}]}, "articles.0.text: article text is empty"),
    ({"articles": [{"title": "no text"}]}, "articles.0.text: Field required"),
    ({"articles": [{"text": "ok", "title": "a\u0000b"}]}, "articles.0.title: contains a NUL character: send text, not binary data"),
])
def test_bad_article_bodies_are_422_with_the_field_named(tmp_path, body, message):
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles", json=body)
    assert response.status_code == 422 and response.json() == {"error": message}


@pytest.mark.parametrize("path", ["/api/articles", "/api/brief"])
def test_an_empty_body_is_said_to_be_empty_with_what_to_send(client, path):
    # s27 UX D10: was "body: Field required".
    response = client.post(path)
    assert response.status_code == 422
    assert response.json() == {"error": 'body is empty; send a JSON object such as {"articles": [{"text": "..."}]}'}


def test_half_a_character_is_a_422_not_a_500(client):
    body = b'{"articles": [{"text": "half a \\ud800 character"}]}'  # JSON's own escape, as a client may send it
    response = client.post("/api/articles", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json() == {"error": "articles.0.text: invalid Unicode: an escape such as \\ud800 "
                                        "names half a character"}


def test_malformed_json_is_a_4xx_with_a_message(client):
    response = client.post("/api/brief", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"].startswith("body: not valid JSON (")
    # Sent as another type (curl -d sends a form's), the body is read as JSON all the same.
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        response = client.post("/api/articles", content=b"x", headers={"content-type": content_type})
        assert response.status_code == 422 and response.json() == {"error": "body: not valid JSON (Expecting value)"}
        response = client.post("/api/articles", content=b'{"articles": [{"text": "A report of a ferry aground."}]}',
                               headers={"content-type": content_type})
        assert response.status_code == 202, response.json()
    response = client.post("/api/brief", json={"articles": [{"text": "x"}], "words": 5})
    assert response.status_code == 422 and response.json()["error"] == "words: Input should be greater than or equal to 10"


def test_request_bodies_over_the_limit_are_refused(tmp_path):
    with TestClient(create_app(tmp_path / "s.db", max_request_bytes=4096, update_stories=False)) as client:
        big = {"articles": [{"text": "word " * 2000}]}
        response = client.post("/api/articles", json=big)
        assert response.status_code == 413 and "over the limit of 4,096 bytes" in response.json()["error"]

        def chunks():  # no Content-Length: the limit is counted as the body streams in
            for _ in range(10):
                yield b" " * 1000

        response = client.post("/api/articles", content=chunks(), headers={"content-type": "application/json"})
        assert response.status_code == 413
        assert client.post("/api/articles", json={"articles": [{"text": "small enough"}]}).status_code == 202
    with Store(tmp_path / "s.db") as store:
        assert store.article_count() == 1


def test_uploads_are_read_like_files_and_bad_ones_named(tmp_path, example_texts):
    html = f"<html><head><title>Putin in Ankara</title></head><body><article><p>{example_texts[0]}</p></article></body></html>"
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles/upload", files=[
            ("files", ("dw.html", html.encode(), "text/html")), ("files", ("../../mee.txt", example_texts[1].encode(), "text/plain"))])
        assert response.status_code == 202, response.text
        assert response.json()["stored"] == 2 and response.json()["doc_ids"][1].startswith("mee.txt#")
        response = client.post("/api/articles/upload", files=[("files", ("photo.jpg", b"\xff\xd8\x00\x00JFIF", "image/jpeg"))])
        assert response.status_code == 422
        assert response.json()["error"].startswith("photo.jpg: binary file, not text")
    with Store(tmp_path / "s.db") as store:
        assert {a.article.title for a in store.load(store.seqs(assigned=False))} == {"Putin in Ankara", None}


def test_an_upload_stores_the_files_it_can_read_and_names_each_it_cannot(tmp_path, example_texts):
    photo = ("files", ("photo.jpg", b"\xff\xd8\x00\x00JFIF", "image/jpeg"))
    empty = ("files", ("empty.txt", b" \n", "text/plain"))
    # Not "... HTML or JSONL": an upload is no JSONL, and the form's accept list has none (s27 UX D10).
    unreadable = ["photo.jpg: binary file, not text (it contains NUL bytes); newsbrief reads text files in UTF-8",
                  "empty.txt: file is empty"]
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles/upload", files=[
            photo, ("files", ("dw.txt", example_texts[0].encode(), "text/plain")), empty])
        assert response.status_code == 202, response.text
        body = response.json()
        assert (body["received"], body["stored"], body["errors"], body["warnings"]) == (3, 1, unreadable, [])
        assert body["doc_ids"][0].startswith("dw.txt#")
        response = client.post("/api/articles/upload", files=[photo, empty])  # nothing readable: nothing stored
        assert response.status_code == 422
        assert response.json()["errors"] == unreadable and response.json()["error"] == "; ".join(unreadable)
        # The paste form names every file it cannot read, not the first alone, above the brief of the rest.
        response = client.post("/brief", data={"texts": [example_texts[0], ""]}, files=[photo, empty])
        assert response.status_code == 200 and left_out(response) == unreadable
        # With nothing readable, the form comes back with them all.
        problems, _, _ = form_again(client.post("/brief", data={"texts": ["", ""]}, files=[photo, empty]))
        assert problems == unreadable
    with Store(tmp_path / "s.db") as store:
        assert store.article_count() == 1


HARBOUR_FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Wire</title>'
                "<link>https://coast.example/</link>"
                "<item><title>Ferry runs aground</title><link>https://coast.example/ferry</link>"
                "<pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate><description>&lt;p&gt;A passenger ferry ran aground "
                "off Kessel Point on Tuesday, and all 80 people aboard were brought ashore by lifeboats.&lt;/p&gt;"
                "</description></item>"
                "<item><title>Harbour reopens</title><link>https://coast.example/harbour</link>"
                "<pubDate>around teatime</pubDate><description>&lt;p&gt;Kessel harbour reopened on Wednesday after "
                "tugs towed the grounded ferry clear of the channel.&lt;/p&gt;</description></item>"
                "</channel></rss>")


def test_an_uploaded_feed_gives_its_entries_as_ingest_reads_them(tmp_path, example_texts):
    from newsbrief.ingest import ingest

    empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles/upload", files=[
            ("files", ("coast.rss", HARBOUR_FEED.encode(), "application/rss+xml")),
            ("files", ("dw.txt", example_texts[0].encode(), "text/plain")),
            ("files", ("quiet.xml", empty.encode(), "application/xml"))])
        assert response.status_code == 202, response.text
        body = response.json()
        # Each entry by its link, as ingest knows it; the text file by its name and text; the empty feed named.
        assert body["doc_ids"][:2] == ["https://coast.example/ferry", "https://coast.example/harbour"]
        assert body["doc_ids"][2].startswith("dw.txt#") and body["stored"] == 3
        assert body["errors"] == ["quiet.xml: the feed holds no entries"]
        assert body["warnings"] == ["coast.rss: entry 2 ('Harbour reopens'): its date 'around teatime' is not a date "
                                    "or time; the article is stored without one"]
        # A feed that breaks off gives what it read, and says where it broke, naming the upload.
        broken = HARBOUR_FEED[: HARBOUR_FEED.index("<item><title>Harbour")] + "<item><title>Cut"
        response = client.post("/api/articles/upload", files=[("files", ("cut.rss", broken.encode(), "application/rss+xml"))])
        assert response.status_code == 202 and response.json()["doc_ids"] == ["https://coast.example/ferry"]
        [error] = response.json()["errors"]
        assert error.startswith("cut.rss:1: malformed feed (") and error.endswith("); 1 entry read before it")
    with Store(tmp_path / "s.db") as store:
        stored = {a.article.doc_id: a.article for a in store.load(store.seqs(assigned=False))}
        ferry = stored["https://coast.example/ferry"]
        assert (ferry.title, ferry.outlet, ferry.published) == ("Ferry runs aground", "Coast Wire", "2024-05-07T09:30:00+00:00")
        assert stored["https://coast.example/harbour"].published is None
        # The same feed ingested from a file afterwards is nothing new: one article under one id.
        feed = tmp_path / "coast.rss"
        feed.write_text(HARBOUR_FEED)
        assert ingest(store, [feed]).stored == 0


def test_an_uploaded_feed_entry_with_no_id_or_link_is_named_as_ingest_names_it(tmp_path):
    from newsbrief.ingest import ingest

    # RSS 2.0 makes <guid> and <link> optional: such an entry is named by its feed file's name and a hash.
    unnamed = re.sub(r"<link>[^<]*</link>", "", HARBOUR_FEED)
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles/upload", files=[
            ("files", ("notes.txt", b"A short note.", "text/plain")),  # the feed is the second upload
            ("files", ("coast.rss", unnamed.encode(), "application/rss+xml"))])
        assert response.status_code == 202, response.text
        assert [doc_id.split("#")[0] for doc_id in response.json()["doc_ids"][-2:]] == ["coast.rss", "coast.rss"]
    feed = tmp_path / "coast.rss"
    feed.write_text(unnamed)
    with Store(tmp_path / "s.db") as store:
        assert ingest(store, [feed]).stored == 0  # the same two entries: nothing new


def test_an_upload_that_is_no_utf8_text_says_what_to_do_with_its_own_name(tmp_path):
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles/upload", files=[
            ("files", ("notes.txt", "Ferry aground off Kessel Point".encode("utf-16"), "text/plain")),
            ("files", ("stream.jsonl.gz", gzip.compress(b'{"doc_id": "1", "text": "Ferry aground."}'), "application/gzip"))])
    assert response.status_code == 422
    # The commands name the upload, not the server's temporary copy of it.
    assert response.json()["errors"] == [
        "notes.txt: UTF-16 text; convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8 notes.txt > utf8-notes.txt",
        "stream.jsonl.gz: gzip-compressed; decompress it first (gunzip -k stream.jsonl.gz)"]


def test_an_uploaded_feed_that_cannot_be_read_is_named_and_the_rest_stored(tmp_path, example_texts):
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles/upload", files=[
            ("files", ("dw.txt", example_texts[0].encode(), "text/plain")),
            ("files", ("empty.rss", b"", "application/rss+xml"))])
        assert response.status_code == 202, response.text
        assert response.json()["stored"] == 1 and response.json()["errors"] == ["empty.rss: file is empty"]


def test_a_feed_uploaded_on_the_form_is_briefed_from_its_entries(client):
    response = client.post("/brief", files=[("files", ("coast.rss", HARBOUR_FEED.encode(), "application/rss+xml"))])
    assert response.status_code == 200, response.text  # the entry's unreadable date is no problem to fix
    tree = lxml.html.fromstring(response.text)
    assert tree.xpath("string(//main/p[@class='meta'])").startswith("2 articles")


def left_out(response) -> list[str]:
    """The uploads a brief page says it left out, as the form names them."""
    assert_inert(response.text)
    return [p.text_content().removeprefix("Left out: ") for p in lxml.html.fromstring(response.text).xpath("//p[@role='alert']")]


def test_the_form_briefs_the_readable_uploads_and_names_the_unreadable_above_the_brief(client):
    # As `newsbrief brief crawl.warc.gz coast.rss` leaves out the archive with its error line and briefs the feed.
    archive = ("files", ("crawl.warc.gz", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n", "application/warc"))
    feed = ("files", ("coast.rss", HARBOUR_FEED.encode(), "application/rss+xml"))
    response = client.post("/brief", files=[archive, feed])
    assert response.status_code == 200, response.text
    assert left_out(response) == ["crawl.warc.gz: a WARC web archive, not an article; newsbrief ingest reads the pages in it"]
    tree = lxml.html.fromstring(response.text)
    assert tree.xpath("string(//main/p[@class='meta'])").startswith("2 articles")
    assert tree.xpath("//p[@role='alert']/following::section[@class='brief']")  # above the brief
    # The archive alone: nothing to brief, so the form comes back saying why.
    problems, _, _ = form_again(client.post("/brief", files=[archive]))
    assert problems == left_out(response)


def test_a_field_the_api_does_not_know_is_named_in_warnings_not_dropped_without_a_word(tmp_path, example_texts):
    # A misspelled "publised" used to vanish: the article was stored undated and nothing said why.
    article_fields = "the fields here are text, doc_id, title, outlet, author, published, url"
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles", json={"articles": [{"doc_id": "dw", "text": example_texts[0],
                                                                   "publised": "2017-09-29"}], "artciles": []})
        assert response.status_code == 202, response.text
        assert response.json()["warnings"] == ["artciles: no such field, left out; the fields here are articles",
                                               f"articles.0.publised: no such field, left out; {article_fields}"]
        articles = [{"text": example_texts[0]}, {"text": example_texts[1], "Outlet": "MEE"}]
        response = client.post("/api/brief", json={"articles": articles, "word": 100})
        assert response.status_code == 200, response.text
        assert response.json()["warnings"][:2] == [
            "word: no such field, left out; the fields here are articles, words, sentences",
            f"articles.1.Outlet: no such field, left out; {article_fields}"]


def test_a_time_that_cannot_be_read_is_a_warning_and_the_article_is_stored(tmp_path, example_texts):
    articles = [{"doc_id": "dw", "text": example_texts[0], "published": "2017-09-29"},
                {"doc_id": "mee", "text": example_texts[1], "published": "yesterday"}]
    warning = "articles.1: \"published\" is not a date or time ('yesterday'); the article is stored without one"
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles", json={"articles": articles})
        assert response.status_code == 202, response.text
        assert response.json() == {"received": 2, "stored": 2, "doc_ids": ["dw", "mee"], "errors": [], "warnings": [warning]}
        response = client.post("/api/brief", json={"articles": articles, "sentences": 2})
        assert response.status_code == 200  # a brief stores nothing, and says so
        assert response.json()["warnings"][0] == (
            "articles.1: \"published\" is not a date or time ('yesterday'); the article is briefed without one")
    with Store(tmp_path / "s.db") as store:
        stored = {a.article.doc_id: a.article.published for a in store.load(store.seqs(assigned=False))}
    assert stored == {"dw": "2017-09-29T00:00:00+00:00", "mee": None}


def test_an_epoch_may_be_sent_as_a_json_number_as_article_jsonl_gives_it(tmp_path):
    # 1500000000 s is 2017-07-14 02:40 UTC; 1394470000000 ms (UCI's timestamps) is 2014-03-10 16:46:40 UTC.
    articles = [{"doc_id": "s", "text": "The harbour reopened on Tuesday.", "published": 1500000000},
                {"doc_id": "ms", "text": "Tugs towed the ferry clear.", "published": 1394470000000},
                {"doc_id": "yes", "text": "The ferry was refloated.", "published": True}]
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles", json={"articles": articles})
        assert response.status_code == 202, response.text
        assert response.json()["warnings"] == [
            "articles.2: \"published\" is not a date or time ('True'); the article is stored without one"]
    with Store(tmp_path / "s.db") as store:
        stored = {a.article.doc_id: a.article.published for a in store.load(store.seqs(assigned=False))}
    assert stored == {"s": "2017-07-14T02:40:00+00:00", "ms": "2014-03-10T16:46:40+00:00", "yes": None}


def test_a_time_warning_comes_only_with_an_article_stored_by_the_request(tmp_path, example_texts):
    undated = {"doc_id": "dw", "text": example_texts[0], "published": "yesterday"}
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        assert client.post("/api/articles", json={"articles": [undated]}).json()["warnings"] != []
        again = client.post("/api/articles", json={"articles": [undated]})
        assert again.status_code == 202 and again.json()["stored"] == 0 and again.json()["warnings"] == []
        other = client.post("/api/articles", json={"articles": [{**undated, "text": example_texts[1]}]})
        assert other.status_code == 202  # a revision: the stored article, stored before and warned of then
        assert (other.json()["errors"], other.json()["warnings"]) == ([], [])
        # The warning is the second article's, named by its place in the request, though the
        # first one (the stored copy, sent again) comes before it.
        mixed = client.post("/api/articles", json={"articles": [undated, {"doc_id": "mee", "text": example_texts[1],
                                                                           "published": "soon"}]})
        assert mixed.json()["warnings"] == [
            "articles.1: \"published\" is not a date or time ('soon'); the article is stored without one"]


def test_another_text_under_a_stored_doc_id_is_its_revision_as_ingest_takes_it(tmp_path, example_texts):
    first, other = ({"doc_id": "dw-1", "text": text} for text in example_texts)
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        assert client.post("/api/articles", json={"articles": [first]}).json()["stored"] == 1
        again = client.post("/api/articles", json={"articles": [first]})  # the same article again: nothing new
        assert again.status_code == 202 and again.json()["stored"] == 0 and again.json()["errors"] == []
        response = client.post("/api/articles", json={"articles": [other, {**other, "doc_id": "mee-1"}]})
        assert response.status_code == 202
        assert response.json() == {"received": 2, "stored": 1, "doc_ids": ["dw-1", "mee-1"], "errors": [], "warnings": []}
        # Its lead alone, as a feed summarises it, leaves the stored text.
        lead = {"doc_id": "dw-1", "text": example_texts[1].split("\n\n")[0]}
        assert client.post("/api/articles", json={"articles": [lead]}).status_code == 202
    with Store(tmp_path / "s.db") as store:
        assert store.texts(["dw-1", "mee-1"]) == {"dw-1": example_texts[1], "mee-1": example_texts[1]}


# ---- ad hoc briefs -------------------------------------------------------------------------------

def test_adhoc_brief_api_briefs_without_storing(tmp_path, example_texts):
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/brief", json={"articles": [{"text": t} for t in example_texts], "sentences": 4})
    assert response.status_code == 200, response.text
    record = response.json()
    check_schema(record)
    assert len(record["sentences"]) == 4 and [s["outlet"] for s in record["sources"]] == ["DW", "Middle East Eye"]
    with Store(tmp_path / "s.db") as store:
        assert store.article_count() == 0


def test_adhoc_brief_api_refuses_two_texts_under_one_doc_id_as_brief_refuses_such_a_cluster(client, example_texts):
    # The brief names its sources by doc_id: two sources "x" could not be told apart.
    articles = [{"doc_id": "x", "text": example_texts[0]}, {"doc_id": "x", "text": example_texts[1]}]
    response = client.post("/api/brief", json={"articles": articles, "sentences": 2})
    assert response.status_code == 422
    assert response.json() == {"error": "articles: documents 1 and 2 have one doc_id, 'x', and different texts; "
                                        "give each document its own doc_id"}


def test_adhoc_brief_api_names_an_article_without_doc_id_apart_from_one_sent_as_its_number(client, example_texts):
    # The first article, unnamed, would be "1" by its place; the second is "1" by its doc_id. As a
    # cluster file's document, the unnamed one takes the first number past the list that none goes by.
    articles = [{"text": example_texts[0]}, {"doc_id": "1", "text": example_texts[1]}]
    response = client.post("/api/brief", json={"articles": articles, "sentences": 2})
    assert response.status_code == 200, response.text
    assert [(s["doc_id"], s["outlet"]) for s in response.json()["sources"]] == [("3", "DW"), ("1", "Middle East Eye")]


def test_adhoc_brief_api_takes_words_or_sentences_not_both(client):
    response = client.post("/api/brief", json={"articles": [{"text": "x"}], "words": 100, "sentences": 3})
    assert response.status_code == 422
    assert response.json() == {"error": "give a word budget or a sentence count, not both (words=100, sentences=3)"}


def test_adhoc_brief_api_with_nothing_to_brief_is_a_422_naming_articles_as_the_cli(client):
    response = client.post("/api/brief", json={"articles": [{"text": "Too short."}, {"text": "Also short."}]})
    assert response.status_code == 422
    error = response.json()["error"]
    # Lowercase and without a full stop, as the API's other errors ("no story S9", "articles.0.text: ...").
    assert error.startswith('nothing to brief: dropped article "1": ') and '; dropped article "2": ' in error
    assert not error.endswith(".")


def test_the_upload_picker_offers_every_kind_of_file_the_form_briefs(client):
    _, tree = page(client, "/brief")
    accepted = set(tree.xpath("string(//input[@name='files']/@accept)").split(","))
    assert {".html", ".htm", ".xhtml", ".txt", ".md", ".markdown", ".rss", ".atom", ".xml"} <= accepted
    assert not accepted & {".jsonl", ".warc"}  # for ingest


def test_paste_form_gives_a_brief_page(client, example_texts):
    response = client.post("/brief", data={"texts": list(example_texts) + [""], "outlets": ["", "MEE", ""]})
    assert response.status_code == 200, response.text
    assert_inert(response.text)
    tree = lxml.html.fromstring(response.text)
    assert tree.xpath("//section[@class='brief']//a[@class='chip']")
    # The outlet typed in, with the republisher the cleaner read off the text, as the CLI names it.
    assert [h.text_content() for h in tree.xpath("//article[@class='source']/h3")] == ["[1] DW", "[2] MEE, via Anti-Media"]
    assert tree.xpath("string(//main/p[@class='meta'])").startswith("2 articles from 2 outlets, briefed on the spot;")


def form_again(response) -> tuple[list[str], list[str], list[str]]:
    """The paste form shown again: its problems, and the texts and outlets in its boxes."""
    assert response.status_code == 422
    assert_inert(response.text)
    tree = lxml.html.fromstring(response.text)
    assert tree.xpath("//form[@class='paste']"), "the form, not an error page"
    return ([p.text_content() for p in tree.xpath("//p[@role='alert']")],
            [box.value for box in tree.xpath("//textarea[@name='texts']")],
            [field.value for field in tree.xpath("//input[@name='outlets']")])


def test_paste_form_leaves_out_too_short_an_article_and_briefs_the_rest_as_the_cli_does(client, example_texts):
    # As `newsbrief brief short.txt mee.txt` drops the stub with a note and briefs the other.
    response = client.post("/brief", data={"texts": ["hello", example_texts[1]], "outlets": ["Daily Hello", ""]})
    assert response.status_code == 200, response.text
    assert left_out(response) == ["Article 1 has only 1 word of text after cleaning; paste the article's full text."]
    tree = lxml.html.fromstring(response.text)
    assert tree.xpath("string(//main/p[@class='meta'])").startswith("1 article from 1 outlet")
    assert [h.text_content() for h in tree.xpath("//article[@class='source']/h3")] == ["[1] Middle East Eye, via Anti-Media"]
    # Boxes keep their numbers: a blank one first, a short one second (five words by hand), a site notice third.
    texts = ["", "Hello world, this is short.", CRAWL_NOTICE, example_texts[0]]
    response = client.post("/brief", data={"texts": texts, "outlets": ["", "", "", ""]},
                           files=[("files", ("photo.jpg", b"\xff\xd8\x00\x00JFIF", "image/jpeg"))])
    assert response.status_code == 200, response.text
    problems = left_out(response)
    assert problems[:2] == ["Article 2 has only 5 words of text after cleaning; paste the article's full text.",
                            "Article 3 reads like a site notice or error page, not news; paste the article's own text."]
    assert len(problems) == 3 and problems[2].startswith("photo.jpg: binary file, not text")
    tree = lxml.html.fromstring(response.text)
    assert [h.text_content() for h in tree.xpath("//article[@class='source']/h3")] == ["[1] DW"]


def test_paste_form_says_a_pasted_advert_is_no_news_rather_than_too_short(client, example_texts):
    response = client.post("/brief", data={"texts": [ADVERTISING_COPY, example_texts[1]], "outlets": ["", ""]})
    assert response.status_code == 200, response.text
    assert left_out(response) == ["Article 1 reads as advertising copy, not news; paste a news article."]


def test_paste_form_with_nothing_fit_to_brief_keeps_every_box_and_says_why(client, example_texts):
    texts = ["hello", "Hello world, this is short."]
    problems, boxes, outlets = form_again(client.post("/brief", data={"texts": texts, "outlets": ["Daily Hello", ""]}))
    assert problems == ["Article 1 has only 1 word of text after cleaning; paste the article's full text.",
                        "Article 2 has only 5 words of text after cleaning; paste the article's full text."]
    assert boxes == texts and outlets == ["Daily Hello", ""]
    payload = "</textarea><script>window.__pwned = 1</script>"  # kept in its box as text, not run
    problems, boxes, _ = form_again(client.post("/brief", data={"texts": [payload, ""]}))
    assert problems == ["Article 1 has only 0 words of text after cleaning; paste the article's full text."]
    assert boxes == [payload, ""]
    problems, boxes, _ = form_again(client.post("/brief", data={"texts": [CRAWL_NOTICE, ""]},
                                                files=[("files", ("photo.jpg", b"\xff\xd8\x00\x00JFIF", "image/jpeg"))]))
    assert problems[0] == "Article 1 reads like a site notice or error page, not news; paste the article's own text."
    assert len(problems) == 2 and problems[1].startswith("photo.jpg: binary file, not text")
    assert boxes == [CRAWL_NOTICE, ""]
    problems, boxes, _ = form_again(client.post("/brief", data={"texts": ["  ", ""]}))
    assert problems == ["Paste or upload at least one article."] and boxes == ["  ", ""]


# ---- safety of a running server -----------------------------------------------------------------

def reports(client: int, request: int, count: int) -> list[dict]:
    return [{"doc_id": f"c{client}-r{request}-{n}", "title": f"Report {n} from client {client}",
             "text": f"Client {client} files report {n} of batch {request} about the harbour strike in Rotterdam. " * 3}
            for n in range(count)]


def test_concurrent_writes_from_many_clients_lose_nothing(tmp_path):
    app = create_app(tmp_path / "s.db")
    clients, requests, per_request = 8, 5, 4

    def client_run(number: int) -> list[int]:
        with httpx.Client(base_url=base, timeout=60) as http:
            return [http.post("/api/articles", json={"articles": reports(number, r, per_request)}).status_code
                    for r in range(requests)]

    with live_server(app) as base:
        with ThreadPoolExecutor(clients) as pool:
            statuses = [s for result in pool.map(client_run, range(clients)) for s in result]
        assert app.state.updater.wait_idle(120)
        status = httpx.get(f"{base}/api/status").json()
    assert statuses == [202] * clients * requests
    assert status["articles"] == clients * requests * per_request and status["unassigned"] == 0
    assert status["last_error"] is None


# Eight small invented events, two reports each, written in different words: eight stories of two articles.
EVENTS = (
    ("Alder River weir", "flooded two villages", "county engineers", "sandbags"),
    ("Rotterdam dock workers", "walked out over pay", "the port authority", "container ships"),
    ("Kestrel Airlines", "grounded its turboprop fleet", "aviation inspectors", "cracked propeller hubs"),
    ("Pinecrest zoo", "welcomed twin snow leopard cubs", "keepers", "a heated den"),
    ("Marlow bakery chain", "recalled rye loaves", "food safety officers", "glass fragments"),
    ("Harbourview library", "reopened after a roof collapse", "volunteers", "water-damaged archives"),
    ("Tessaly chess club", "won the national league", "the club captain", "a final-round endgame"),
    ("Granite Pass tunnel", "closed after a rockfall", "highway crews", "a boulder the size of a van"),
)


def event_reports(number: int) -> list[Article]:
    name, what, who, thing = EVENTS[number]
    return [
        Article(f"e{number}-a", f"The {name} {what} on Tuesday, {who} said. Officials blamed {thing} and promised a "
                f"full review. Residents near the {name} were told to expect disruption for several days while {who} "
                f"assess the damage. A spokesperson for {who} said the review of {thing} would report within a month."),
        Article(f"e{number}-b", f"{who.capitalize()} confirmed on Tuesday that the {name} {what}. According to {who}, "
                f"{thing} caused the problem. People living close to the {name} should plan for several days of "
                f"disruption, {who} said. Findings on {thing} are expected within a month, a spokesperson added."),
    ]


def cluster_without_briefs(path, articles: list[Article]) -> None:
    """Store and cluster these articles as `newsbrief ingest --no-briefs` does, leaving their briefs unwritten."""
    with Store(path) as store:
        store.add_articles(articles)
        update_stories(store)


def test_a_story_page_asks_for_the_brief_another_process_left_unwritten(tmp_path):
    # The server is running when `ingest --no-briefs` adds a story to its store: no request of
    # its own woke the update, yet the story's page gets its brief written.
    app = create_app(tmp_path / "s.db")
    with TestClient(app) as client:
        assert app.state.updater.wait_idle(60)
        cluster_without_briefs(tmp_path / "s.db", event_reports(0))
        _, tree = page(client, "/stories/S000001")
        assert " ".join(tree.xpath("string(//p[@class='note'])").split()) == \
            "No brief yet: it is being written; reload in a moment."
        assert app.state.updater.wait_idle(120)
        assert client.get("/api/stories/S000001").json()["brief"]["sentences"]
        _, tree = page(client, "/stories/S000001")
        assert tree.xpath("//section[@class='brief']") and not tree.xpath("//p[@class='note']")


def test_the_story_a_page_waits_on_is_briefed_before_the_others(tmp_path, monkeypatch):
    import newsbrief.stories

    briefed = []
    monkeypatch.setattr(newsbrief.stories, "refresh_briefs",
                        lambda store, story_ids, on_progress=None: briefed.append(list(story_ids)) or [])
    app = create_app(tmp_path / "s.db")
    with TestClient(app) as client:
        assert app.state.updater.wait_idle(60)
        cluster_without_briefs(tmp_path / "s.db", [a for number in range(3) for a in event_reports(number)])
        page(client, "/stories/S000003")
        assert app.state.updater.wait_idle(60)
    assert briefed[-1] == ["S000003", "S000001", "S000002"]


def test_a_story_page_says_why_its_brief_could_not_be_written_and_does_not_ask_again(tmp_path, monkeypatch):
    import newsbrief.stories

    monkeypatch.setattr(newsbrief.stories, "refresh_briefs",
                        lambda store, story_ids, on_progress=None: [(s, "too little text to summarise") for s in story_ids])
    cluster_without_briefs(tmp_path / "s.db", event_reports(0))
    app = create_app(tmp_path / "s.db")
    with TestClient(app) as client:
        assert app.state.updater.wait_idle(60)
        _, tree = page(client, "/stories/S000001")
        assert not app.state.updater.state()["updating"]
    assert " ".join(tree.xpath("string(//p[@class='note'])").split()) == "No brief yet: too little text to summarise."


def test_a_story_page_shows_as_many_notes_as_the_cli_prints(tmp_path):
    from newsbrief.render import MAX_NOTES

    fill_store(tmp_path / "s.db", event_reports(0))
    with Store(tmp_path / "s.db") as store:  # as a story of many headlines, each dropped with a note
        record = store.brief("S000001")
        notes = [f"dropped article \"h{n}\": a headline only, no text to brief" for n in range(MAX_NOTES + 7)]
        store.save_brief("S000001", store.story_size("S000001"), {**record, "warnings": notes})
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        _, tree = page(client, "/stories/S000001")
    shown = [" ".join(p.text_content().split()) for p in tree.xpath("//section[@class='brief']/p[@class='note']")]
    assert shown == [*notes[:MAX_NOTES], "7 more notes in the JSON output"]


def test_a_story_of_headlines_has_one_line_saying_so_as_the_cli_says_it(tmp_path):
    fill_store(tmp_path / "s.db", event_reports(0))
    with Store(tmp_path / "s.db") as store:  # the empty brief a story of headlines gets
        record = store.brief("S000001")
        store.save_brief("S000001", store.story_size("S000001"), {**record, "summary": "", "sentences": [], "sources": [],
                                                                   "warnings": ["dropped article \"e0-a\": a headline only"] * 9})
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        _, tree = page(client, "/stories/S000001")
    (note,) = [" ".join(p.text_content().split()) for p in tree.xpath("//p[@class='note']")]
    # "No brief", not "yet": none is written until an article with more text joins the story.
    assert note.startswith("No brief: its 2 articles are only headlines or a few words each (“The Alder River weir ")
    assert note.endswith("), too little text to summarise; one is written when an article with more text joins the story.")


def test_a_server_that_writes_no_briefs_does_not_say_one_is_being_written(tmp_path):
    cluster_without_briefs(tmp_path / "s.db", event_reports(0))
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        _, tree = page(client, "/stories/S000001")
    assert " ".join(tree.xpath("string(//p[@class='note'])").split()) == \
        "No brief yet: this server writes no briefs; newsbrief ingest writes it."


def test_ctrl_c_stops_the_brief_update_between_two_briefs_and_exits_cleanly(tmp_path):
    # A real process, as a user runs it: uvicorn turns SIGINT into a shutdown, which must cut the
    # background update short rather than wait for it (or abort the process when the wait times out).
    path = tmp_path / "s.db"
    cluster_without_briefs(path, [a for number in range(len(EVENTS)) for a in event_reports(number)])
    with Store(path) as store:
        assert len(store.stale_stories()) == len(EVENTS)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-c", "from newsbrief.cli import app; app(prog_name='newsbrief')",
         "serve", "--db", str(path), "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:  # until the first brief is written
            with Store(path) as store:
                if len(store.stale_stories()) < len(EVENTS):
                    break
            assert server.poll() is None and time.monotonic() < deadline, "no brief written"
            time.sleep(0.05)
        server.send_signal(signal.SIGINT)
        stopped = time.monotonic()
        output, _ = server.communicate(timeout=60)
    finally:
        server.kill()
    assert server.returncode == 0, output
    assert time.monotonic() - stopped < 10, output
    with Store(path) as store:
        left = len(store.stale_stories())
    assert left > 0  # stopped part way: the next start writes the rest
    assert f"stopping: the brief update is cut short, {count(left, 'story', 'stories')} left for the next start" in output


class CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        CountingHandler.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_the_server_never_fetches_article_urls(tmp_path, example_texts):
    watcher = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    threading.Thread(target=watcher.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{watcher.server_address[1]}/article"
    try:
        with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
            articles = [{"text": text, "url": f"{url}/{n}"} for n, text in enumerate(example_texts)]
            assert client.post("/api/articles", json={"articles": articles}).status_code == 202
            assert client.post("/api/brief", json={"articles": articles, "sentences": 2}).status_code == 200
    finally:
        watcher.shutdown()
    assert CountingHandler.hits == []


def test_serve_listens_on_loopback_by_default(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    import uvicorn
    from newsbrief.cli import app

    calls, probed = [], []
    monkeypatch.setattr(uvicorn, "run", lambda application, **options: calls.append(options))
    # Whether port 8000 is free on the machine running the tests is not the point here.
    monkeypatch.setattr("newsbrief.cli.check_listen", lambda host, port: probed.append((host, port)))
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "127.0.0.1", "port": 8000, "log_level": "info"}]
    assert probed == [("127.0.0.1", 8000)]
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path)])  # a directory is no store
    assert result.exit_code == 2 and f"{tmp_path}: a directory, not a store file" in result.output


def test_openapi_lists_the_api(client):
    paths = json.loads(client.get("/openapi.json").text)["paths"]
    assert {"/api/articles", "/api/articles/upload", "/api/stories", "/api/stories/{story_id}", "/api/brief"} <= set(paths)
    assert client.get("/docs").status_code == 200


def test_openapi_declares_the_story_and_status_responses_and_the_404(client):
    spec = client.get("/openapi.json").json()

    def schema(path: str, status: str) -> dict:
        reference = spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]["$ref"]
        return spec["components"]["schemas"][reference.rsplit("/", 1)[1]]

    assert set(schema("/api/stories/{story_id}", "404")["properties"]) == {"error"}
    assert set(schema("/api/stories/{story_id}", "200")["properties"]) == {"story", "brief", "articles"}
    assert set(schema("/api/stories", "200")["properties"]) == {"total", "stories"}
    assert set(schema("/api/status", "200")["properties"]) == {"articles", "stories", "unassigned", "updating", "last_error"}
    # What the declared models let through is what the endpoints gave before they were declared.
    story = client.get(f"/api/stories/{EXAMPLE_STORY}").json()
    assert set(story["story"]) == set(spec["components"]["schemas"]["StoryOut"]["properties"])
    assert story["brief"]["schema_version"] == 1 and story["brief"]["comparison"]
    assert set(story["articles"][0]) == {"doc_id", "title", "outlet", "published", "url", "duplicate_of"}


def test_api_docs_need_no_network(client):
    """/docs is the "API" link of every page: offline, a page that loads its viewer from a CDN is blank."""
    html = client.get("/docs").text
    assert re.findall(r"(?:https?:)?//[^\s\"'<>]+", html) == []  # no URL outside the app, nor a //host one
    tree = lxml.html.fromstring(html)
    assets = tree.xpath("//script/@src | //link/@href")
    assert len(assets) == 3  # Swagger UI's script, its stylesheet and the favicon
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200 and len(response.content) > 100, asset
    assert "http" not in client.get("/docs").headers["content-security-policy"]  # the browser may fetch nothing else
    assert client.get("/redoc").status_code == 404  # ReDoc's viewer is not served offline, so no page for it


def test_an_uploaded_page_of_menu_links_is_refused_as_ingest_refuses_it(tmp_path, example_texts):
    menu = ("files", ("menu.html", b"<html><body><nav>Home | News | Sports</nav><footer>Share on Facebook</footer>"
                                   b"</body></html>", "text/html"))
    with TestClient(create_app(tmp_path / "s.db", update_stories=False)) as client:
        response = client.post("/api/articles/upload", files=[menu, ("files", ("dw.txt", example_texts[0].encode(), "text/plain"))])
    assert response.status_code == 202, response.text
    body = response.json()
    assert (body["received"], body["stored"]) == (2, 1)
    (error,) = body["errors"]
    # brief's own reason for dropping such a page, as ingest gives it
    assert error.startswith("menu.html: only ") and error.endswith("it has no headline: too short to tell from a stub page")
    with Store(tmp_path / "s.db") as store:
        assert store.article_count() == 1
