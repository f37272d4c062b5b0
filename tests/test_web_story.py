"""The web story page of a story with no brief says why, by the store's rule (`store.BRIEFED_SIZE`); a
briefed story is named alike in the story list, the API and on its page."""
from __future__ import annotations

import lxml.html
from fastapi.testclient import TestClient
from test_stories import FLOOD_TEXTS
from webstore import fill_store

import newsbrief.serve as serve
from newsbrief.models import Article
from newsbrief.web_views import content_id

TEXTS = ("The weir on the Alder River gave way on Sunday night and flooded two villages, the county said.",
         "Dock workers in Rotterdam walked out on Tuesday over pay, halting container traffic at the port.")


def no_brief_note(db, monkeypatch, briefed_size: int) -> str:
    monkeypatch.setattr(serve, "BRIEFED_SIZE", briefed_size)
    with TestClient(serve.create_app(db, update_stories=False)) as client:
        tree = lxml.html.fromstring(client.get("/stories/S000002").text)
    return " ".join(tree.xpath("string(//p[@class='note'])").split())


def test_a_story_too_small_to_brief_is_told_the_size_the_store_briefs(tmp_path, monkeypatch):
    fill_store(tmp_path / "s.db", [Article(content_id(text), text) for text in TEXTS])  # two stories of one article
    assert no_brief_note(tmp_path / "s.db", monkeypatch, 2) == "No brief yet: a story needs 2 articles before it is briefed."
    assert no_brief_note(tmp_path / "s.db", monkeypatch, 3) == "No brief yet: a story needs 3 articles before it is briefed."


def test_an_untitled_story_is_named_in_the_list_and_the_api_as_its_page_is_headed(tmp_path):
    fill_store(tmp_path / "s.db", [Article(content_id(text), text) for text in FLOOD_TEXTS])  # one story, briefed
    with TestClient(serve.create_app(tmp_path / "s.db", update_stories=False)) as client:
        listed = lxml.html.fromstring(client.get("/stories").text).xpath("string(//a[@class='story-link'])")
        (story,) = client.get("/api/stories").json()["stories"]
        heading = lxml.html.fromstring(client.get(f"/stories/{story['story_id']}").text).xpath("string(//h1)")
    # The brief's first sentence without who said it, not the first lead cut at a word to fit.
    assert heading.startswith(("Floodwater from", "More than two hundred")) and not heading.endswith(("…", "said"))
    assert listed == story["title"] == heading
