"""The web story page of a story with no brief says why, by the store's rule (`store.BRIEFED_SIZE`)."""
from __future__ import annotations

import lxml.html
from fastapi.testclient import TestClient
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
