"""`newsbrief serve`: a local web app and HTTP API over a store.

Pages (server-rendered, no JavaScript framework): the story list, a story with its brief,
citation chips that light up the supporting sentence in each source, the comparison panels,
sources and a timeline; and a page to brief pasted or uploaded articles on the spot.

API (OpenAPI at /openapi.json, try it at /docs, which needs no network): add articles (JSON or
file upload), list stories, get a story with its brief and comparison, brief articles without
storing them.

Scraped articles are hostile input: templates escape everything, links are followed only
when http(s), and a Content-Security-Policy forbids inline script. The server never fetches
a URL: an article's `url` is metadata. Request bodies are capped at `max_request_bytes`.
"""
from __future__ import annotations

import os
import re
import tempfile
import threading
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Optional

import fastapi_swagger
from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException

from . import __version__
from .backends import open_store
from .clean import advertising_call, boilerplate_reason, is_site_boilerplate, word_count
from .errors import InputError, NewsbriefError
from .ingest import InputNote, InputWarning, file_article, read_published, store_articles
from .models import Article, Cluster, Story
from .read import FEED_SUFFIXES, HALF_CHARACTER, HTML_SUFFIXES, TEXT_SUFFIXES, distinct_documents, unnamed_ids
from .render import (MAX_NOTES, articles_from_outlets, brief_json, count, quoted, readable_time, source_label, story_json,
                     story_size, too_little_text)
from .store import BRIEFED_SIZE, story_key, story_named
from .web_updates import StoryUpdater
from .web_views import brief_view, cleaned_article, content_id, matches, reader_names, timeline, with_publication_span

HERE = Path(__file__).parent
# Swagger UI's files, from the pinned fastapi-swagger package: FastAPI's own /docs loads them
# from a CDN, which leaves the page blank offline.
SWAGGER_UI = Path(fastapi_swagger.__file__).parent / "resources"
MAX_REQUEST_BYTES = 10 * 1024 * 1024
MAX_ADHOC_ARTICLES = 20
PAGE_SIZE = 50
# What the form's file picker offers: every kind of file that is briefed as one story's articles
# (the suffixes read.py reads as text, HTML and feeds); a cluster file or an archive is for `ingest`.
UPLOAD_ACCEPT = ",".join([*sorted(filter(None, TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES)), "text/html", "text/plain"])
# Library errors as HTTP statuses: the one place that decides (first match wins).
ERROR_STATUS: tuple[tuple[type[Exception], int], ...] = ((InputError, 422), (NewsbriefError, 400))
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
     b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
# /docs starts Swagger UI with an inline script and inline styles (FastAPI's page): allow those
# on that page alone, which shows no article text; like every page, it may fetch nothing from elsewhere.
DOCS_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
     b"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    *SECURITY_HEADERS[1:],
]


# POST /api/articles answers 202 when it stored or already held any article, and this when none.
ALL_REFUSED = {422: {"description": "The request is invalid, or no article could be read from the uploaded files."}}


# ---- request bodies -------------------------------------------------------------------------

class RequestBody(BaseModel):
    """A JSON body that takes a field it does not know, as ingest reads an article JSONL line
    whatever other keys it has, and keeps it aside so that the answer's `warnings` can name it:
    a misspelled "publised" would otherwise be lost without a word."""

    model_config = ConfigDict(extra="allow")

    def unknown_fields(self, place: str, kind: type[InputWarning] = InputWarning) -> list[InputWarning]:
        """A warning for each field it does not know, named by its place in the request as a
        validation error names a field ("articles.0.publised")."""
        known = ", ".join(type(self).model_fields)
        return [kind(f"{place}{name}", f"no such field, left out; the fields here are {known}")
                for name in self.model_extra or {}]


class ArticleIn(RequestBody):
    """One article as scraped; the cleaner finds title, outlet and date in the text when not given."""

    text: str = Field(description="The article text (raw scraped text is fine).")
    doc_id: Optional[str] = Field(None, max_length=300, description="Stable id; default: a hash of the text.")
    title: Optional[str] = Field(None, max_length=1000)
    outlet: Optional[str] = Field(None, max_length=300)
    author: Optional[str] = Field(None, max_length=300)
    published: Optional[str] = Field(None, max_length=64, description="ISO-8601 date or time, or an epoch in seconds or milliseconds (text or a number).")
    url: Optional[str] = Field(None, max_length=2000, description="Where it was published: kept, never fetched.")

    @field_validator("*")
    @classmethod
    def storable_text(cls, value):
        if not isinstance(value, str):
            return value
        # Text stores (PostgreSQL's above all) cannot hold NUL; it only comes with binary data.
        if "\x00" in value:
            raise ValueError("contains a NUL character: send text, not binary data")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate escape, "\ud800", which no UTF-8 text holds
            raise ValueError(HALF_CHARACTER) from None
        return value

    @field_validator("published", mode="before")
    @classmethod
    def epoch_number(cls, value):
        """An epoch sent as a JSON number, as article JSONL gives it ("timestamp": 1394470000000),
        read as its digits; true/false is no time either, and gets the same warning as any."""
        return str(value) if isinstance(value, (int, float)) else value

    @field_validator("text")
    @classmethod
    def has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("article text is empty")
        return value

    def article(self, default_id: str) -> Article:
        return Article(doc_id=self.doc_id or default_id, text=self.text, title=self.title or None,
                       outlet=self.outlet or None, author=self.author or None,
                       published=read_published({"published": self.published})[0], url=self.url or None)


def article_warnings(number: int, item: ArticleIn, use: str) -> list[InputWarning]:
    """What the article is `use`d ("stored", "briefed") without, each named by its place in the
    request as a validation error names it ("articles.2"): a `published` that cannot be read,
    and the fields it does not know."""
    problem = read_published({"published": item.published})[1]
    unread = [InputWarning(f"articles.{number}", f"{problem}; the article is {use} without one")] if problem else []
    return unread + item.unknown_fields(f"articles.{number}.")


class ArticlesIn(RequestBody):
    articles: list[ArticleIn] = Field(min_length=1, max_length=1000)


class BriefIn(RequestBody):
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ADHOC_ARTICLES)
    words: Optional[int] = Field(None, ge=10, le=2000, description="Word budget of the summary (default 230).")
    sentences: Optional[int] = Field(None, ge=1, le=100, description="Exactly this many sentences instead of a word budget.")


# ---- responses (what /openapi.json declares) ---------------------------------------------------

class ErrorOut(BaseModel):
    error: str = Field(description="What is wrong, naming the field or file where one is at fault.")


class StoryOut(BaseModel):
    """A story as the story list gives it (render.story_json)."""

    story_id: str
    title: Optional[str]
    size: int = Field(description="Articles, copies included.")
    outlets: list[str] = Field(description="Each outlet once; copies do not add theirs.")
    first_seen: Optional[str] = Field(description="Earliest publication time known, ISO-8601.")
    last_seen: Optional[str] = Field(description="Latest publication time known, ISO-8601.")


class StoriesOut(BaseModel):
    total: int = Field(description="Stories that pass the filters, of which `stories` is one page.")
    stories: list[StoryOut]


class StoryArticleOut(BaseModel):
    doc_id: str
    title: Optional[str]
    outlet: Optional[str]
    published: Optional[str]
    url: Optional[str]
    duplicate_of: Optional[str] = Field(description="The doc_id of the article this one copies, if it is a copy.")


class StoryDetailOut(BaseModel):
    story: StoryOut
    brief: Optional[dict] = Field(description="The brief in JSON schema 1 with its comparison; null until written.")
    articles: list[StoryArticleOut]


class StatusOut(BaseModel):
    articles: int
    stories: int
    unassigned: int = Field(description="Articles stored but not yet given a story.")
    updating: bool = Field(description="Whether the background update is giving stories or writing briefs.")
    last_error: Optional[str] = Field(description="Why the last background update failed, if it did.")


# ---- middleware ------------------------------------------------------------------------------

# The endpoints whose body is JSON. It is read as JSON whatever Content-Type the client sent:
# `curl -d` sends application/x-www-form-urlencoded, and a body that is no JSON still gets
# "body: not valid JSON (...)".
JSON_BODY_PATHS = {"/api/articles", "/api/brief"}
JSON_CONTENT_TYPE = (b"content-type", b"application/json")


class Guard:
    """Refuses bodies over the limit (declared or streamed), reads a JSON endpoint's body as JSON
    (`JSON_BODY_PATHS`), and adds the security headers."""

    def __init__(self, app, max_request_bytes: int):
        self.app = app
        self.limit = max_request_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["path"] in JSON_BODY_PATHS:
            scope = {**scope, "headers": [*(h for h in scope["headers"] if h[0] != b"content-type"), JSON_CONTENT_TYPE]}
        too_large = HTTPException(413, f"request body over the limit of {self.limit:,} bytes; send fewer or smaller articles")
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await JSONResponse({"error": too_large.detail}, 413)(scope, receive, send)
        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise too_large  # FastAPI passes an HTTPException from body parsing through to the handlers
            return message

        headers = DOCS_HEADERS if scope["path"] == "/docs" else SECURITY_HEADERS

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + headers
            await send(message)

        await self.app(scope, limited_receive, send_with_headers)


# ---- the app ---------------------------------------------------------------------------------

def create_app(store_path_or_url: str | os.PathLike = "newsbrief.db", max_request_bytes: int = MAX_REQUEST_BYTES,
               update_stories: bool = True) -> FastAPI:
    """The app over this store (a SQLite file, created on first use, or a postgresql:// URL).

    With `update_stories`, a background thread gives new articles their stories and rewrites
    changed briefs (see web_updates.py); without it the store is only read and added to.
    """
    target = str(store_path_or_url)
    open_store(target).close()  # a store that cannot be opened fails here, not on the first request
    updater = StoryUpdater(lambda: open_store(target)) if update_stories else None
    briefing = threading.BoundedSemaphore(os.cpu_count() or 1)  # ad hoc briefs are CPU-bound: queue the rest

    @asynccontextmanager
    async def lifespan(_app):
        if updater:
            updater.start()
        yield
        if updater:
            updater.stop()

    # No /redoc: ReDoc's viewer comes from a CDN only, and the tool runs offline.
    app = FastAPI(title="newsbrief", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Attributed briefs of news stories from several outlets. Articles are data: "
                              "the server never fetches their URLs.")
    app.state.updater = updater
    app.add_middleware(Guard, max_request_bytes=max_request_bytes)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/docs/assets", StaticFiles(directory=SWAGGER_UI), name="docs-assets")
    templates = page_templates()

    def error_response(request: Request, status: int, message: str):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status)
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message}, status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return error_response(request, 422, "; ".join(map(validation_problem, exc.errors())))

    @app.exception_handler(NewsbriefError)
    async def library_error(request: Request, exc: NewsbriefError):
        status = next(code for kind, code in ERROR_STATUS if isinstance(exc, kind))
        return error_response(request, status, str(exc))

    # ---- shared steps ----

    spans: dict[str, tuple[int, Story]] = {}  # story_id: (its size, the story with its span)

    def with_known_span(store, story: Story) -> Story:
        """`with_publication_span`, worked out again only when the story has grown: stored
        articles never change and a story only grows."""
        size, spanned = spans.get(story.story_id, (None, None))
        if size != story.size:
            spanned = with_publication_span(store, story)
            spans[story.story_id] = (story.size, spanned)
        return replace(story, first_seen=spanned.first_seen, last_seen=spanned.last_seen)

    def find_story(store, story_id: str) -> Story:
        story = store.story(story_key(story_id))
        if story is None:
            raise HTTPException(404, f"no story {story_named(story_id)}")
        return with_known_span(store, story)

    def filtered_stories(q: str, outlet: str, since: date | None, until: date | None, min_size: int) -> list[Story]:
        if since and until and since > until:  # no day is in both: a mistyped range, not "no stories"
            raise HTTPException(422, f"since ({since}) is after until ({until}); give the earlier day as since")
        with open_store(target) as store:
            stories = [with_known_span(store, s) for s in store.stories(min_size)]
        return [s for s in stories if matches(s, q, outlet, since, until)]

    def add_to_store(items: list[Article | InputError]):
        """Store the articles as ingest does (`store_articles`): each once, another text under a
        stored doc_id as its revision; the errors among `items` (files or feed entries that could
        not be read) and warnings (fields left out) are listed beside them. 202 with what was left
        out and why; 422 when no article could be read."""
        with open_store(target) as store:
            report = store_articles(store, items)
        if updater:
            updater.wake()
        result = {"received": sum(not isinstance(item, InputWarning) for item in items), "stored": report.stored,
                  "doc_ids": report.doc_ids, "errors": list(map(api_message, report.errors)),
                  "warnings": list(map(api_message, report.warnings))}
        if report.doc_ids:
            return JSONResponse(result, 202)
        return JSONResponse({"error": "; ".join(result["errors"]), **result}, 422)

    def brief_record(articles: list[Article], budget=None):
        from .pipeline import BriefOptions, brief

        options = BriefOptions() if budget is None else BriefOptions(budget=budget)
        with briefing:
            result = brief(Cluster(articles=tuple(articles), origin="request"), options)
        return result, brief_json(result)

    def brief_problem(store, story: Story) -> str | None:
        """Ask the background update for the story's brief where it is missing or older than the
        story (another process, `ingest --no-briefs`, stored its articles); why it cannot be
        written, where the last try failed."""
        if updater and store.is_stale(story.story_id):
            return updater.request_brief(story.story_id, story.size)
        return None

    def story_page_data(story_id: str) -> dict:
        with open_store(target) as store:
            story = find_story(store, story_id)
            record = store.brief(story.story_id)
            problem = brief_problem(store, story)
            every = [cleaned_article(a) for a in store.story_articles(story.story_id, copies=True)]
            headlines_only = None  # why no brief will be written until an article with more text joins
            if record and not record["sentences"]:  # headlines only: one line, as `stories ID` says it
                record, headlines_only = None, too_little_text(store.story_articles(story.story_id), story.size)
        names = reader_names(every)
        view = brief_view(record, {a.doc_id: a for a in every}, names, story.title) if record else None
        # The page is headed as its brief is (`BriefView.title`), not by the lead sentence the
        # story list may show cut to fit; its <title> is the list's, which tells tabs apart where
        # every untitled story's brief is headed "Brief".
        return {"story": story, "heading": view.title if view else story.title or story.story_id, "view": view,
                "timeline": timeline(every, names), "articles": every, "names": names, "brief_problem": problem,
                "headlines_only": headlines_only, "writes_briefs": updater is not None}

    # ---- API ----

    @app.post("/api/articles", status_code=202, tags=["articles"], responses=ALL_REFUSED)
    def add_articles(body: ArticlesIn) -> JSONResponse:
        """Store articles (each once, by doc_id); their stories and briefs are updated in the background.

        An article whose doc_id is already stored with another text is its publisher's revision,
        as `newsbrief ingest` takes it: its text replaces the stored one (unless it is much shorter,
        a summary of it) and its story's brief is rewritten. A
        `published` that is not a date or time, and a field the API does not know, are left out:
        `warnings` says which."""
        # Each article's warnings just before it, which store_articles reports only if it stores
        # that article; those about the body itself (InputNote) whatever it stores.
        return add_to_store([*body.unknown_fields("", InputNote), *(
            entry for number, item in enumerate(body.articles)
            for entry in (*article_warnings(number, item, "stored"), item.article(content_id(item.text))))])

    @app.post("/api/articles/upload", status_code=202, tags=["articles"], responses=ALL_REFUSED)
    def upload_articles(files: list[UploadFile] = File(
            ..., description="HTML pages, plain-text articles, or RSS/Atom feeds (each entry an article).")) -> JSONResponse:
        """Store the articles of uploaded files, like POST /api/articles: an HTML page or a text
        file is one article, an RSS or Atom feed gives its entries, as `newsbrief ingest` reads
        them. A file or entry that cannot be read is listed in `errors` and the rest are stored;
        an entry's date that cannot be read is left out, and `warnings` says which."""
        return add_to_store(list(map(_named_as_ingest_names, read_uploads(files, max_request_bytes))))

    @app.get("/api/stories", tags=["stories"], response_model=StoriesOut)
    def list_stories(
        q: str = Query("", max_length=200, description="Words that must all appear in the story's title."),
        outlet: str = Query("", max_length=200, description="Only stories with an outlet whose name contains this."),
        since: Optional[date] = Query(None, description="Only stories with an article published on or after this day."),
        until: Optional[date] = Query(None, description="Only stories with an article published on or before this day."),
        min_size: int = Query(1, ge=1, description="Only stories of at least this many articles."),
        limit: int = Query(PAGE_SIZE, ge=1, le=1000),
        offset: int = Query(0, ge=0),
    ) -> dict:
        """Stories, largest first, filtered by title words, outlet and publication days."""
        stories = filtered_stories(q, outlet, since, until, min_size)
        return {"total": len(stories), "stories": [story_json(s) for s in stories[offset : offset + limit]]}

    @app.get("/api/stories/{story_id}", tags=["stories"], response_model=StoryDetailOut,
             responses={404: {"model": ErrorOut, "description": "No story has this id."}})
    def get_story(story_id: str) -> dict:
        """A story, its articles (copies marked) and its brief with the comparison; `brief` is
        null until the background update has written it (a story needs two articles). Asking
        for a story whose brief is missing or older than it has the update write it."""
        with open_store(target) as store:
            story = find_story(store, story_id)
            # Title, outlet and time as the cleaner reads them where none came with the article:
            # what the story's outlets, span and brief were worked out from.
            articles = [cleaned_article(a) for a in store.story_articles(story.story_id, copies=True)]
            copies = store.assignments(a.doc_id for a in articles)
            record = store.brief(story.story_id)
            brief_problem(store, story)
        return {"story": story_json(story), "brief": record, "articles": [
            {"doc_id": a.doc_id, "title": a.title, "outlet": a.outlet, "published": a.published, "url": a.url,
             "duplicate_of": copies[a.doc_id].duplicate_of if a.doc_id in copies else None} for a in articles]}

    @app.post("/api/brief", tags=["briefs"], responses={422: {"description": "Invalid articles, or nothing to brief in them."}})
    def adhoc_brief(body: BriefIn) -> dict:
        """Brief these articles now, without storing them: the brief JSON (schema 1) with its comparison.

        An article without a doc_id is named by its place in the list, as a cluster file's
        documents are: "article 1" is the first (unless another article's doc_id is "1"). Two
        articles with one doc_id and different texts are a 422, as such a cluster is to `brief`:
        the brief names its sources by doc_id."""
        from .summarize import Budget

        try:
            budget = Budget(words=body.words, sentences=body.sentences)
        except ValueError as exc:  # both given: the one check the CLI makes too
            raise HTTPException(422, str(exc)) from None
        unnamed = unnamed_ids([{"doc_id": item.doc_id} for item in body.articles])
        articles = [item.article(item.doc_id or unnamed[n]) for n, item in enumerate(body.articles, 1)]
        distinct_documents(Cluster(articles=tuple(articles)), Path("articles"), None)  # an InputError is a 422
        result, record = brief_record(articles, budget)
        if not result.sentences:
            raise HTTPException(422, nothing_to_brief(result.warnings))
        left_out = [*body.unknown_fields(""), *(w for n, item in enumerate(body.articles) for w in article_warnings(n, item, "briefed"))]
        return {**record, "warnings": [*map(api_message, left_out), *record["warnings"]]}

    @app.get("/api/status", tags=["stories"], response_model=StatusOut)
    def status() -> dict:
        """Articles and stories in the store, and whether the background update is busy."""
        with open_store(target) as store:
            counts = {"articles": store.article_count(), "stories": len(store.stories()),
                      "unassigned": len(store.seqs(assigned=False))}
        return {**counts, **(updater.state() if updater else {"updating": False, "last_error": None})}

    # ---- pages ----

    @app.get("/docs", include_in_schema=False)
    def api_docs():
        return get_swagger_ui_html(
            openapi_url=app.openapi_url, title=f"{app.title} API", swagger_js_url="/docs/assets/swagger-ui-bundle.js",
            swagger_css_url="/docs/assets/swagger-ui.css", swagger_favicon_url="/docs/assets/favicon-32x32.png")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def story_list_page(request: Request, q: str = Query("", max_length=200), outlet: str = Query("", max_length=200),
                        since: str = "", until: str = "", page: int = Query(1, ge=1)):
        # The search form sends empty fields for the dates left blank: those mean no bound.
        stories = filtered_stories(q, outlet, form_day("since", since), form_day("until", until), 1)
        pages = max(1, -(-len(stories) // PAGE_SIZE))
        if page > pages:  # a link kept from a longer list, or typed: not "no stories"
            raise HTTPException(404, f"no page {page}: the list has {count(pages, 'page', 'pages')}")
        shown = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        return templates.TemplateResponse(request, "stories.html", {
            "stories": shown, "total": len(stories), "page": page, "pages": pages,
            "q": q, "outlet": outlet, "since": since or "", "until": until or ""})

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str):
        return templates.TemplateResponse(request, "story.html", story_page_data(story_id))

    def brief_form(request: Request, texts: list[str], outlets: list[str], problems: list[str] | None = None):
        """The paste form holding what was pasted (at least two boxes) and, when it cannot be
        briefed, why: the user fixes the text in place instead of pasting it all again."""
        boxes = texts + [""] * (2 - len(texts))
        return templates.TemplateResponse(request, "brief_form.html", {
            "texts": boxes, "outlets": outlets + [""] * (len(boxes) - len(outlets)), "problems": problems or []},
            status_code=422 if problems else 200)

    def form_articles(texts: list[str], outlets: list[str], files: list[UploadFile]) -> tuple[list[Article], list[str]]:
        """The form's articles fit to brief, and in plain words each one left out: a pasted text
        too short or a site notice, as `brief` drops such a text with a note, and an upload, or
        a feed entry, that cannot be read, as `brief` leaves out a file it cannot read."""
        pasted = [(article, pasted_article_problem(article)) for article in pasted_articles(texts, outlets)]
        uploads = read_uploads([f for f in files if f.filename], max_request_bytes)
        # An entry whose date cannot be read is briefed without one, as `brief` briefs it: its warning says "stored".
        unreadable = [str(item) for item in uploads if isinstance(item, InputError) and not isinstance(item, InputWarning)]
        fit = [article for article, problem in pasted if problem is None] + [item for item in uploads if isinstance(item, Article)]
        return fit, [problem for _, problem in pasted if problem] + unreadable

    @app.get("/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_form_page(request: Request):
        return brief_form(request, [], [])

    @app.post("/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_result_page(request: Request, texts: list[str] = Form([]), outlets: list[str] = Form([]),
                          files: list[UploadFile] = File([])):
        articles, left_out = form_articles(texts, outlets, files)
        if not articles:
            return brief_form(request, texts, outlets, left_out or ["Paste or upload at least one article."])
        result, record = brief_record(articles)
        if not result.sentences:
            return brief_form(request, texts, outlets, [*left_out, nothing_to_brief(result.warnings, sentence=True)])
        # What was left out is named above the brief of the rest, as `brief` names the files it leaves out.
        return templates.TemplateResponse(request, "brief_result.html", {
            "view": brief_view(record, {a.doc_id: a for a in result.sources}), "timeline": timeline(list(result.sources)),
            "problems": left_out})

    @app.get("/stories", include_in_schema=False)
    def stories_redirect():
        return RedirectResponse("/")

    return app


def validation_problem(error: dict) -> str:
    """One request validation error as the API says it: the field, then what is wrong, without
    the validation library's own framing ("Value error, ...")."""
    if error["type"] == "json_invalid":
        return f"body: not valid JSON ({error['ctx']['error']})"
    if error["type"] == "missing" and tuple(error["loc"]) == ("body",):  # no body at all, not a field of one
        return 'body is empty; send a JSON object such as {"articles": [{"text": "..."}]}'
    field = ".".join(str(part) for part in error["loc"] if part != "body") or "body"
    return f"{field}: {error['ctx']['error'] if error['type'] == 'value_error' else error['msg']}"


def form_day(field: str, value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value.strip() else None
    except ValueError:
        raise HTTPException(422, f"{field}: not a day ({value!r}); use YYYY-MM-DD") from None


def nothing_to_brief(warnings: tuple[str, ...], sentence: bool = False) -> str:
    """Why an empty brief is an error: as the API's other errors say it, or as a sentence of the
    form's, whose other messages are sentences ("Paste or upload at least one article.")."""
    reasons = "; ".join(warnings)
    return f"Nothing to brief: {reasons}." if sentence else f"nothing to brief: {reasons}"


def pasted_articles(texts: list[str], outlets: list[str]) -> list[Article]:
    """The pasted texts as articles, each numbered after its box on the form, so every message
    names it as the user sees it: "Article 2" is the second box."""
    return [Article(doc_id=str(number), text=text, outlet=(outlet.strip() or None))
            for number, (text, outlet) in enumerate(zip(texts, outlets + [""] * len(texts)), 1) if text.strip()]


def pasted_article_problem(article: Article) -> str | None:
    """Why the brief would drop this pasted article (see clean.boilerplate_reason), said for
    the person who pasted it; None when it is fine."""
    cleaned = cleaned_article(article)
    text = cleaned.text
    if boilerplate_reason(text, cleaned.title) is None:
        return None
    name = f"Article {article.doc_id}"  # the box's number, as the form shows it
    if is_site_boilerplate(text):
        return f"{name} reads like a site notice or error page, not news; paste the article's own text."
    if advertising_call(text):
        return f"{name} reads as advertising copy, not news; paste a news article."
    return f"{name} has only {count(word_count(text), 'word', 'words')} of text after cleaning; paste the article's full text."


def page_templates() -> Jinja2Templates:
    """The pages' templates (autoescaped), which count and name sources with the CLI's own wording."""
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(count=count, articles_from_outlets=articles_from_outlets, story_size=story_size,
                                 briefed_size=BRIEFED_SIZE, max_notes=MAX_NOTES, upload_accept=UPLOAD_ACCEPT)
    templates.env.filters.update(source_label=source_label, readable_time=readable_time, quoted=quoted)
    return templates


def _named_as_ingest_names(item: Article | InputError) -> Article | InputError:
    """What an upload gave, named and checked as ingest names and checks it, so an article already
    ingested is not stored again and a page ingest refuses is refused here too: a file's one
    article (which has no path: `read_uploads`) by `ingest.file_article` (the error saying why it
    is no article: a page of menu links); a feed's entry keeps its id or link."""
    if isinstance(item, Article) and item.source_path is None:
        try:
            return file_article(Path(item.doc_id), item)
        except InputError as error:
            return error
    return item


SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def read_uploads(files: list[UploadFile], max_bytes: int) -> list[Article | InputError]:
    """Uploaded files read as `brief` reads the files of a story (`iter_file_articles`: HTML
    through trafilatura, text as is, a feed's entries), with the same checks and messages, in
    order, each named by the upload's name (see `_as_uploaded`). Each goes through a private
    temporary file under a safe name: the upload's own name, in a folder of its own, since a
    reader names by it what has no name of its own (a feed entry with neither id nor link is
    "coast.rss#<hash>", as ingest names it)."""
    from .read import iter_file_articles

    items: list[Article | InputError] = []
    with tempfile.TemporaryDirectory(prefix="newsbrief-upload-") as folder:
        for number, upload in enumerate(files, 1):
            name = SAFE_NAME.sub("_", Path(upload.filename or "").name).strip("._") or f"upload-{number}.txt"
            path = Path(folder) / str(number) / name
            path.parent.mkdir()
            path.write_bytes(upload.file.read())
            items.extend(_as_uploaded(item, path, name) for item in iter_file_articles(path, max_bytes))
    return items


def _as_uploaded(item: Article | InputError, path: Path, name: str) -> Article | InputError:
    """What was read from the temporary file `path`, named by the upload's `name`: an error or
    warning names the upload, not the temporary file; a file's one article is `name`, with no
    path (the upload has none); a feed's entry keeps its id, its source the upload's entry ("feed.rss#2")."""
    if isinstance(item, InputError):
        # Named in its words too (the file an iconv or gunzip command is given), not the server's temporary copy.
        return type(item)(name, item.problem.replace(f"{path.parent}{os.sep}", ""), item.line)
    if item.source_path == str(path):
        return replace(item, doc_id=name, source_path=None)
    return replace(item, source_path=name + item.source_path.removeprefix(str(path)))


def api_message(error: InputError) -> str:
    """An error or warning as the API says it: the file or request field it names first, where
    it names one (a refused article sent as JSON is named by its doc_id in the message)."""
    return str(error) if error.path else error.problem
