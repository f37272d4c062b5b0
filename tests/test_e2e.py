"""End to end: the real pages, served by uvicorn, driven in headless Chromium (Debian's
/usr/bin/chromium through Playwright; no browser is downloaded). Screenshots go to
tests/artifacts/ for a person to look at.

Skipped, with the reason, only where /usr/bin/chromium is missing; CI installs it.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from conftest import EXAMPLE_DIR
from hostile import BODY_SCRIPT
from webstore import EXAMPLE_STORY, HOSTILE_STORY, live_server, web_store  # noqa: F401 (fixture)

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: apt-get install -y chromium (CI does)")


@pytest.fixture(scope="module")
def base_url(web_store):  # noqa: F811
    from newsbrief.serve import create_app

    with live_server(create_app(web_store, update_stories=False)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory(prefix="newsbrief-chromium-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900})
        yield context
        context.close()


@pytest.fixture()
def page(browser):
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    yield page
    assert page.evaluate("typeof window.__pwned") == "undefined", "a payload from an article ran"
    assert dialogs == []
    page.close()


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def test_open_the_story_list_then_a_story(page, base_url):
    page.goto(base_url + "/")
    links = page.locator("a.story-link")
    assert links.count() == 2
    screenshot(page, "story-list")
    page.fill("input[name=q]", "erdogan")
    with page.expect_navigation():
        page.click("form[role=search] button")
    assert page.locator("a.story-link").all_inner_texts() == ["Vladmir Putin Meets Erdogan to Secure Syria De-Escalation Zone"]
    page.click("a.story-link")
    page.wait_for_url(f"**/stories/{EXAMPLE_STORY}")
    assert page.locator("h1").inner_text() == "Vladmir Putin Meets Erdogan to Secure Syria De-Escalation Zone"
    assert page.locator("section.brief .chip").count() >= 10
    for panel in ("Agreed", "Only in", "Disagreements", "Quotes", "Timeline", "Sources"):
        assert page.get_by_role("heading", name=panel, exact=True).is_visible()


def test_clicking_a_citation_highlights_the_source_sentence(page, base_url):
    page.goto(f"{base_url}/stories/{EXAMPLE_STORY}")
    # A sentence taken from one source and supported by the other: chips [2][1] or [1][2].
    sentence = page.locator("section.brief span.bs").filter(has=page.locator("xpath=self::*[contains(@data-anchors, ' ')]")).first
    said = sentence.inner_text()
    chip = sentence.locator("xpath=following-sibling::a[1]")
    assert page.locator(".sent.lit").count() == 0
    chip.click()
    lit = page.locator(".sent.lit")
    assert lit.count() == 2, "one supporting sentence lit in each cited source"
    own = page.locator(f"#{chip.get_attribute('href')[1:]}")
    assert own.inner_text() == said and "lit" in own.get_attribute("class")
    assert own.is_visible() and own.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    other = [a for a in sentence.get_attribute("data-anchors").split() if a != own.get_attribute("id")][0]
    # The other source's box scrolled to its supporting sentence: the sentence lies inside the box.
    inside = page.locator(f"#{other}").evaluate(
        "e => { const s = e.getBoundingClientRect(), b = e.closest('.text').getBoundingClientRect();"
        " return s.top >= b.top && s.bottom <= b.bottom; }")
    assert inside
    screenshot(page, "story-citation")
    page.evaluate("window.scrollTo(0, 0)")  # the brief beside its sources, as the README shows it
    screenshot(page, "story-citation-top")


def test_hostile_story_renders_as_text(page, base_url):
    page.goto(f"{base_url}/stories/{HOSTILE_STORY}")
    # Headed by the courier's title, its markup read as a browser shows it; the ledger's body
    # quotes a script tag, which the page shows as text.
    assert page.locator("h1").inner_text() == "Millbrook shuts Eastfield reservoir over lead levels"
    assert BODY_SCRIPT in page.locator("body").inner_text()
    assert page.locator("ol.sources a").evaluate_all("links => links.map(a => a.href)") == [
        "https://courier.example/millbrook-reservoir"]
    screenshot(page, "hostile-story")


def test_paste_two_articles_and_get_a_brief(page, base_url):
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLE_DIR.iterdir())]
    page.goto(base_url + "/brief")
    boxes = page.locator("textarea[name=texts]")
    assert boxes.count() == 2
    boxes.nth(0).fill(texts[0])
    boxes.nth(1).fill(texts[1])
    with page.expect_navigation(timeout=60_000):
        page.click("button[type=submit]")
    assert page.locator("article.source").count() == 2
    assert page.locator("section.brief span.bs").count() >= 5
    page.locator("section.brief a.chip").first.click()
    assert page.locator(".sent.lit").count() >= 1
    screenshot(page, "adhoc-brief")



def test_api_docs_open_with_no_network(page, base_url):
    outside: list[str] = []  # what the page asked of any other host: refused, as offline
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base_url)
               else (outside.append(route.request.url), route.abort()))
    refused: list[str] = []  # what the Content-Security-Policy blocked
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None)
    page.goto(base_url + "/")
    page.click("nav >> text=API")
    page.wait_for_url("**/docs")
    operations = page.locator(".swagger-ui .opblock-summary-path")
    operations.first.wait_for(timeout=30_000)
    # The six API requests of the README's table, each shown by Swagger UI.
    assert sorted(operations.all_inner_texts()) == sorted([
        "/api/articles", "/api/articles/upload", "/api/stories", "/api/stories/{story_id}", "/api/brief", "/api/status"])
    assert outside == [] and refused == []
    screenshot(page, "api-docs")


def test_a_too_short_article_is_sent_back_to_fix(page, base_url):
    page.goto(base_url + "/brief")
    page.locator("textarea[name=texts]").nth(0).fill("hello")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.get_by_role("alert").inner_text() == (
        "Article 1 has only 1 word of text after cleaning; paste the article's full text.")
    assert page.locator("textarea[name=texts]").nth(0).input_value() == "hello"
    screenshot(page, "brief-form-problem")
