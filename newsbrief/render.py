"""Present a brief: JSON (the stable schema), Markdown, and the terminal."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timezone
from typing import TYPE_CHECKING

from .models import Article, Brief, BriefSentence, Story, parse_time
from .sentences import OPENING_QUOTES

if TYPE_CHECKING:
    from .compare import Comparison, OnlyIn, QuoteGroup, SourcedText

SCHEMA_VERSION = 1
SENTENCES_PER_PARAGRAPH = 3  # terminal only: short paragraphs are easier to check against the sources


def story_json(story: Story) -> dict:
    """A stored story as the story list gives it, in the CLI and the HTTP API alike."""
    return {"story_id": story.story_id, "title": story.title, "size": story.size, "outlets": list(story.outlets),
            "first_seen": utc_time(story.first_seen), "last_seen": utc_time(story.last_seen)}


def utc_time(published: str | None) -> str | None:
    """A publication time as data: always one shape, ISO-8601 in UTC to the second
    ("2017-05-03T15:00:00+00:00"), so a client parses and sorts every value alike; a day alone is
    its midnight UTC, as ingest stores a day given with an article and as stories are ordered."""
    moment = parse_time(published)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds") if moment else None


def is_day(published: str) -> bool:
    """Whether a publication time is a day alone ("2017-05-03"): no time of day is known."""
    try:
        date.fromisoformat(published)
    except ValueError:
        return False
    return True


def readable_time(published: str) -> str:
    """A publication time for a reader, as precise as it is known, in one style: '2017-05-03' for a
    day alone, '2017-05-03 15:00 UTC' for a time (as given when it cannot be read)."""
    moment = parse_time(published)
    if moment is None or is_day(published):
        return published
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def source_json(number: int, article: Article) -> dict:
    return {
        "id": number,
        "doc_id": article.doc_id,
        "outlet": article.outlet,
        "republished_by": article.republished_by,
        "title": article.title,
        "published": article.published,
        "url": article.url,
    }


def _sourced(item) -> dict:
    return {"source": item.source, "text": item.text}


def comparison_json(comparison: Comparison, sources: tuple[Article, ...]) -> dict:
    """The cross-source view; its shape is documented in the README and kept stable."""
    def outlet(number: int) -> str | None:
        return sources[number - 1].outlet

    return {
        "judge": comparison.judge,
        "article_similarity": [list(row) for row in comparison.article_similarity],
        "agreed": [{"sources": list(f.sources), "statements": [_sourced(s) for s in f.statements]} for f in comparison.agreed],
        "only_in": [_only_in_json(n, outlet(n), comparison.only_in_entries(n)) for n in comparison.only_in],
        "disagreements": [
            {"kind": d.kind, "reason": d.reason, "statements": [_sourced(d.a), _sourced(d.b)]} for d in comparison.disagreements
        ],
        "quotes": [{"speaker": q.speaker, "sources": list(q.sources), "wording": [_sourced(w) for w in q.wording]}
                   for q in comparison.quotes],
        "quote_variants": [{"speaker": v.speaker, "statements": [_sourced(v.a), _sourced(v.b)]} for v in comparison.quote_variants],
        "coverage": [
            {"source": c.source, "outlet": outlet(c.source), "words": c.words, "sentences": c.sentences,
             "people": list(c.people), "places": list(c.places), "organisations": list(c.organisations)}
            for c in comparison.coverage
        ],
    }


def _only_in_json(source: int, outlet: str | None, entries: list[OnlyIn]) -> dict:
    """One source's Only-in statements and, beside each in its order, who spoke its quotation, its
    own specifics and the sentence it leans on."""
    return {"source": source, "outlet": outlet, "statements": [entry.text for entry in entries],
            "speakers": [entry.speaker for entry in entries],
            "own_specifics": [list(entry.own_specifics) for entry in entries],
            "contexts": [entry.context for entry in entries]}


def brief_json(brief: Brief) -> dict:
    """The brief in JSON schema version 1; keys may be added, never renamed or retyped. Its title is
    the heading the terminal and Markdown show (`stories.brief_title`), null where they show "Brief"."""
    from .stories import brief_title

    return {
        "schema_version": SCHEMA_VERSION,
        "cluster_id": brief.cluster_id,
        "title": brief_title(brief),
        "summary": brief.summary,
        "sentences": [{"text": s.text, "sources": list(s.sources)} for s in brief.sentences],
        "sources": [source_json(n, a) for n, a in enumerate(brief.sources, 1)],
        "comparison": comparison_json(brief.comparison, brief.sources) if brief.comparison else None,
        "warnings": list(brief.warnings),
    }


def brief_from_json(record: dict) -> Brief:
    """The `Brief` a `brief_json` record was made from (a stored story brief, for instance)."""
    from .models import BriefSentence

    sentences = tuple(BriefSentence(s["text"], tuple(s["sources"])) for s in record["sentences"])
    comparison = comparison_from_json(record["comparison"]) if record.get("comparison") else None
    return Brief(record["cluster_id"], sentences, sources_from_json(record), comparison, tuple(record["warnings"]))


def sources_from_json(record: dict) -> tuple[Article, ...]:
    """The sources of a `brief_json` record, as the articles they describe (without their text)."""
    return tuple(Article(doc_id=s["doc_id"], text="", title=s["title"], outlet=s["outlet"], published=s["published"],
                         url=s["url"], republished_by=s["republished_by"]) for s in record["sources"])


def comparison_from_json(record: dict) -> Comparison:
    from .compare import Comparison, Coverage, Disagreement, Fact, QuoteGroup, QuoteVariant, SourcedText

    def sourced(items: list[dict]) -> tuple[SourcedText, ...]:
        return tuple(SourcedText(item["source"], item["text"]) for item in items)

    return Comparison(
        agreed=tuple(Fact(sourced(f["statements"])) for f in record["agreed"]),
        only_in={entry["source"]: tuple(entry["statements"]) for entry in record["only_in"]},
        only_in_speakers={entry["source"]: tuple(entry.get("speakers", ())) for entry in record["only_in"]},
        only_in_specifics={entry["source"]: tuple(tuple(specifics) for specifics in entry.get("own_specifics", ()))
                           for entry in record["only_in"]},
        only_in_contexts={entry["source"]: tuple(entry.get("contexts", ())) for entry in record["only_in"]},
        disagreements=tuple(Disagreement(d["kind"], d["reason"], *sourced(d["statements"])) for d in record["disagreements"]),
        quotes=tuple(QuoteGroup(q["speaker"], sourced(q["wording"])) for q in record["quotes"]),
        quote_variants=tuple(QuoteVariant(v["speaker"], *sourced(v["statements"])) for v in record["quote_variants"]),
        coverage=tuple(Coverage(c["source"], c["words"], c["sentences"], tuple(c["people"]), tuple(c["places"]),
                                tuple(c["organisations"])) for c in record["coverage"]),
        article_similarity=tuple(tuple(row) for row in record["article_similarity"]),
        judge=record["judge"],
    )


def error_json(cluster_id: str | None, message: str) -> dict:
    return {"schema_version": SCHEMA_VERSION, "cluster_id": cluster_id, "error": message}


def count(number: int, one: str, many: str) -> str:
    """'1 article', '2 articles', '1,208 articles'."""
    return f"{number:,} {one if number == 1 else many}"


def story_size(story: Story) -> str:
    """'3 articles from 1 outlet (2 with no outlet named)', as a brief's header counts its sources."""
    return articles_from_outlets(story.size, [*story.outlets, *[None] * story.unnamed])


def articles_from_outlets(articles: int, outlets: Iterable[str | None]) -> str:
    """'3 articles from 2 outlets', counting each known outlet once; '3 articles from 1 outlet (2
    with no outlet named)' when some of `outlets` are unknown (None); '3 articles' when none is known."""
    outlets = list(outlets)
    known = len({outlet for outlet in outlets if outlet})
    unknown = sum(not outlet for outlet in outlets)
    from_outlets = f" from {count(known, 'outlet', 'outlets')}" if known else ""
    unnamed = f" ({unknown:,} with no outlet named)" if known and unknown else ""
    return f"{count(articles, 'article', 'articles')}{from_outlets}{unnamed}"


def citations(sources: tuple[int, ...]) -> str:
    return "".join(f"[{n}]" for n in sources)


def source_label(article: Article, name: str | None = None) -> str:
    """'Middle East Eye, via Anti-Media', or the article's name (`name` where the caller gives it
    one, else its own) when the outlet is unknown."""
    outlet = article.outlet or name or article.name
    return f"{outlet}, via {article.republished_by}" if article.republished_by else outlet


def source_details(article: Article) -> list[str]:
    return [part for part in (article.title and f"“{article.title}”", article.published and readable_time(article.published),
                              article.url) if part]


def brief_meta(brief: Brief) -> str:
    """The line under a brief's headline: which cluster or story it is, when it has an id, and
    how much it holds: 'S000004 · 10 sentences · 229 words · 2 articles from 2 outlets'."""
    size = [count(len(brief.sentences), "sentence", "sentences"), count(brief.words, "word", "words"),
            articles_from_outlets(len(brief.sources), (a.outlet for a in brief.sources))]
    return " · ".join([brief.cluster_id, *size] if brief.cluster_id else size)


# What Markdown reads as markup in running text: emphasis ("*shares*", "_widget_"), code, a link's
# opening bracket, the backslash that escapes these; and "<", which opens raw HTML ("x<y", an
# escaped tag an article quotes), which Markdown renderers pass through.
MARKDOWN_SPECIAL = str.maketrans({**{c: "\\" + c for c in "\\*_`["}, "<": "&lt;"})


def markdown_text(text: str) -> str:
    """A piece of text (an article's sentence, a title, a name) as Markdown a renderer shows as written."""
    return text.translate(MARKDOWN_SPECIAL)


def markdown_cell(text: str) -> str:
    """`markdown_text` for a table cell, whose "|" would end the cell."""
    return markdown_text(text).replace("|", "\\|")


def too_little_text(articles: list[Article], size: int) -> str:
    """Why a story's brief is empty, as `stories ID` and the story's web page say it: its
    articles (`articles`, copies left out) are headlines or a few words each (quoting the first).
    The copies are named too: the story list's count (`size`) includes them, and "99 articles"
    there beside "its 93 articles" here would read as a slip."""
    example = next((f" (“{' '.join((a.title or a.text).split())}”)" for a in articles if a.title or a.text), "")
    copies = size - len(articles)
    also = f" (and {count(copies, 'copy', 'copies')})" if copies > 0 else ""
    verb = "is" if len(articles) == 1 else "are"
    return (f"its {count(len(articles), 'article', 'articles')}{also} {verb} only headlines or a few words each"
            f"{example}, too little text to summarise")


def brief_heading(brief: Brief, title: str | None = None) -> str:
    """What a brief is headed: `title` where it has one already (a stored story's, as the story
    list shows it), else the title `stories.brief_title` gives it (a source's, else its first
    sentence's main clause where that reads as a headline), else "Brief".
    Never the lead sentence cut at a word to a headline's length (`stories.headline`, as a story
    list shows one): a heading that stops mid-phrase reads as a slip."""
    from .stories import brief_title

    return title or brief_title(brief) or "Brief"


def brief_markdown(brief: Brief, title: str | None = None) -> str:
    """The brief as Markdown, headed as `print_brief` heads it."""
    lines = [f"# {markdown_text(brief_heading(brief, title))}", "", markdown_text(brief_meta(brief)), ""]
    lines.append(" ".join(f"{markdown_text(s.text)} {citations(s.sources)}" for s in brief.sentences))
    lines += ["", "## Sources", ""]
    for number, article in enumerate(brief.sources, 1):
        details = markdown_text(" · ".join(source_details(article)))
        lines.append(f"{number}. **{markdown_text(source_label(article))}**" + (f" — {details}" if details else ""))
    if brief.comparison:
        lines += ["", comparison_markdown(brief.comparison, brief.sources).rstrip("\n")]
    for warning in brief.warnings:
        lines += ["", f"> Note: {markdown_text(warning)}"]
    return "\n".join(lines) + "\n"


def print_brief(brief: Brief, console, title: str | None = None) -> None:
    """A readable terminal brief, headed by `brief_heading`: the summary with [n] citations, then
    the numbered sources."""
    from rich.cells import cell_len
    from rich.markup import escape
    from rich.padding import Padding
    from rich.rule import Rule

    heading = brief_heading(brief, title)
    # A rule cuts a title longer than its line with "…", keeping a space and a dash each side of
    # it: such a heading wraps above its rule.
    if cell_len(heading) + 4 <= console.width:
        console.print(Rule(f"[bold]{escape(heading)}[/]", style="cyan"))
    else:
        console.print(f"[bold]{escape(heading)}[/]")
        console.print(Rule(style="cyan"))
    console.print(f"[dim]{escape(brief_meta(brief))}[/]\n")
    for chunk in paragraphs(brief.sentences):
        console.print(Padding(" ".join(f"{escape(s.text)} [bold cyan]{citations(s.sources)}[/]" for s in chunk), (0, 2, 1, 2)))
    console.print("[bold]Sources[/]")
    for number, article in enumerate(brief.sources, 1):
        details = " · ".join(escape(d) for d in source_details(article))
        print_hanging(console, f"[bold cyan][{number}][/]", f"[bold]{escape(source_label(article))}[/]" + (f" — {details}" if details else ""), 6)
    if brief.comparison:
        print_comparison(brief.comparison, brief.sources, console)
    for warning in brief.warnings[:MAX_NOTES]:
        console.print(f"\n[yellow]note:[/] {escape(warning)}")
    if len(brief.warnings) > MAX_NOTES:
        console.print(f"\n[yellow]note:[/] {count(len(brief.warnings) - MAX_NOTES, 'more note', 'more notes')} in the JSON output")


def paragraphs(sentences: tuple[BriefSentence, ...]) -> list[list[BriefSentence]]:
    """The brief's sentences in paragraphs of `SENTENCES_PER_PARAGRAPH`, except that a sentence
    leaning on the one before it ("…,” he said.", "But…") stays in that one's paragraph."""
    from .models import Sentence
    from .summarize import leans_on_sentence_before

    grouped: list[list[BriefSentence]] = []
    for sentence in sentences:
        # Asked only where a sentence stands before it in the brief, so as of no article's first
        # sentence: "It was…: …" there has one to lean on (`summarize.POINTS_PAST_COLON`).
        if grouped and (len(grouped[-1]) < SENTENCES_PER_PARAGRAPH
                        or leans_on_sentence_before(Sentence(sentence.text, 0, 1))):
            grouped[-1].append(sentence)
        else:
            grouped.append([sentence])
    return grouped


def print_hanging(console, marker: str, text: str, start: int) -> None:
    """One item with a hanging indent: its text from column `start`, where a wrapped line goes on
    too (not at the margin), its marker right-aligned just before it."""
    from rich.table import Table

    row = Table.grid(padding=(0, 1))
    row.add_column(width=start - 1, justify="right", no_wrap=True)
    row.add_column()
    row.add_row(marker, text)
    console.print(row)


MAX_NOTES = 5  # a story of 800 headlines would end on 800 "dropped" notes
NO_AGREED = "no fact stated by two sources in matching words"
NO_QUOTES = "no direct quotes"
# A source's wording of a quotation states the words a Quotes line shows where it gives this share
# of them in order (`states_words`). On 394 dev clusters, 71 Quotes lines cited a source for words it
# had not printed word for word; at 0.9, 13 of them still cite it, 12 transcriptions a word or a
# spelling apart ("Sen. Reid" / "Senator Reid", "U.N." / "UN"), one a word of other meaning ("We
# reject his visit" / "... his message").
STATED_SHARE = 0.9


def quoted(statement: str) -> str:
    """An outlet's statement in quotation marks, as the view shows its words; one that opens on its
    own quotation mark ('“I had a long talk with him,” Biden said.') as it is, since a second mark
    before the first ('““I had…') reads as a typo, and the line shows where the statement starts."""
    return statement if statement[:1] in OPENING_QUOTES else f"“{statement}”"


def quote_wordings(group: QuoteGroup) -> list[tuple[str, tuple[int, ...]]]:
    """What a Quotes line shows of one quotation: its first wording, with every source whose own
    wording states those words (`states_words`), then each other wording with its sources; a source
    whose wording states several shown ones (two sentences another source printed apart) is cited
    for each, not again for a piece of one of them. A source that printed only a piece of the
    quotation ("fake news" of a long post), another sentence of it, or other words ("Leaving Aug. 31
    is not due to an arbitrary deadline" for "Let me be clear, leaving August the 31st, is not due
    to an arbitrary deadline. It was designed to save American lives") is cited for its own words,
    not for words it never printed. A piece that a source printed beside its own fuller wording
    (`_own_pieces`) is no wording of its own: shown first, it hid the whole quotation ("will not
    let" for the sentence), each fuller wording merged into it as one more citation."""
    shown: list[tuple[str, list[int]]] = []
    pieces = _own_pieces(group)
    for wording in group.wording:
        if wording in pieces:
            continue
        holders = [(text, sources) for text, sources in shown if states_words(wording.text, text)]
        if not holders:
            shown.append((wording.text, [wording.source]))
        for text, sources in holders:
            # Not for a piece of another wording it is cited for: "phony theology" beside the whole sentence.
            if wording.source not in sources and not any(other != text and states_words(other, text) for other, _ in holders):
                sources.append(wording.source)
    return [(text, tuple(sorted(sources))) for text, sources in shown]


def _own_pieces(group: QuoteGroup) -> frozenset[SourcedText]:
    """The wordings of a quotation that a longer wording of the same source states: "will not let"
    in a lead whose source prints the whole sentence further on."""
    return frozenset(piece for piece in group.wording for whole in group.wording
                     if whole.source == piece.source and len(whole.text) > len(piece.text)
                     and states_words(whole.text, piece.text))


def states_words(wording: str, words: str) -> bool:
    """Whether a wording states the words: all but a few of them (`STATED_SHARE`), in their order,
    case and punctuation aside (`compare.stated_share`), alone or with more around them. A transcription
    a word or a spelling apart ("Sen. Reid" for "Senator Reid", "was" for "is") states them."""
    from .compare import stated_share

    return stated_share(wording, words) >= STATED_SHARE


def own_specifics_note(entry: OnlyIn) -> str:
    """What ends an Only-in statement that other outlets make too, saying why it is listed:
    " — only here: Jan. 29, Tom Price"; nothing for a statement no other outlet makes."""
    return f" — only here: {', '.join(entry.own_specifics)}" if entry.own_specifics else ""


def context_note(entry: OnlyIn) -> str:
    """What comes before an Only-in statement that reads right only after its article's sentence
    before it, shown as that sentence, set apart: "(after: Two counties declared an emergency.)";
    nothing for a statement that stands alone."""
    return f"(after: {entry.context})" if entry.context else ""


def comparison_markdown(comparison: Comparison, sources: tuple[Article, ...]) -> str:
    """The cross-source view as Markdown, every piece of text escaped (`markdown_text`)."""
    md = markdown_text

    def label(number: int, escape=markdown_text) -> str:
        return f"{escape(source_label(sources[number - 1]))} [{number}]"

    lines = ["## Agreed", ""]
    for fact in comparison.agreed:
        first, *others = fact.statements
        lines.append(f"- {label(first.source)}: {md(quoted(first.text))}")
        lines += [f"  - {label(s.source)}: {md(quoted(s.text))}" for s in others]
    if not comparison.agreed:
        lines.append(f"- {NO_AGREED}")
    for number, texts in comparison.only_in.items():
        if texts:
            lines += ["", f"## Only in {label(number)}", ""]
            lines += [f"- {f'*{md(context_note(entry))}* ' if entry.context else ''}"
                      f"{f'**{md(entry.speaker)}**: ' if entry.speaker else ''}{md(entry.text + own_specifics_note(entry))}"
                      for entry in comparison.only_in_entries(number)]
    lines += ["", "## Disagreements", ""]
    for d in comparison.disagreements:
        lines.append(f"- **{md(d.kind)}**: {md(d.reason)}")
        lines += [f"  - {label(s.source)}: {md(quoted(s.text))}" for s in (d.a, d.b)]
    if not comparison.disagreements:
        lines.append("- none found")
    lines += ["", "## Quotes", ""]
    for q in comparison.quotes:
        said = " / ".join(f"“{md(text)}” {citations(sources)}" for text, sources in quote_wordings(q))
        lines.append(f"- **{md(q.speaker)}**: {said}")
    for v in comparison.quote_variants:
        lines.append(f"- **{md(v.speaker)}**, in different words: [{v.a.source}] “{md(v.a.text)}” / "
                     f"[{v.b.source}] “{md(v.b.text)}”")
    if not (comparison.quotes or comparison.quote_variants):
        lines.append(f"- {NO_QUOTES}")
    lines += ["", "## Coverage", "", "| source | words | people | places | organisations |", "|---|---|---|---|---|"]
    for c in comparison.coverage:
        names = [markdown_cell(", ".join(kind)) for kind in (c.people, c.places, c.organisations)]
        lines.append("| " + " | ".join([label(c.source, markdown_cell), str(c.words), *names]) + " |")
    return "\n".join(lines) + "\n"


def print_comparison(comparison: Comparison, sources: tuple[Article, ...], console) -> None:
    """The cross-source view in the terminal: agreed, only in, disagreements, quotes, coverage."""
    from rich.markup import escape
    from rich.table import Table

    def label(number: int) -> str:
        return f"[bold]{escape(source_label(sources[number - 1]))}[/] [cyan][{number}][/]"

    def item(text: str, start: int = 4, marker: str = "•") -> None:
        print_hanging(console, marker, text, start)

    def none_found(text: str) -> None:
        console.print(f"  [dim]{text}[/]")

    console.print("\n[bold underline]Agreed[/]")
    for fact in comparison.agreed:
        first, *others = fact.statements
        item(f"{label(first.source)}: {escape(quoted(first.text))}")
        for other in others:
            item(f"{label(other.source)}: [dim]{escape(quoted(other.text))}[/]", marker="")
    if not comparison.agreed:
        none_found(NO_AGREED)
    for number, texts in comparison.only_in.items():
        if texts:
            console.print(f"\n[bold underline]Only in[/] {label(number)}")
            for entry in comparison.only_in_entries(number):
                speaker = f"[bold]{escape(entry.speaker)}[/]: " if entry.speaker else ""
                note = f"[dim]{escape(own_specifics_note(entry))}[/]" if entry.own_specifics else ""
                # On a line of its own, so the statement starts where a reader looks for it.
                context = f"[dim]{escape(context_note(entry))}[/]\n" if entry.context else ""
                item(f"{context}{speaker}{escape(entry.text)}{note}")
    console.print("\n[bold underline]Disagreements[/]")
    for d in comparison.disagreements:
        item(f"[bold red]{escape(d.kind)}[/]: {escape(d.reason)}", start=2, marker="")
        for statement in (d.a, d.b):
            item(f"{label(statement.source)}: {escape(quoted(statement.text))}", start=6, marker="")
    if not comparison.disagreements:
        none_found("none found")
    console.print("\n[bold underline]Quotes[/]")
    for q in comparison.quotes:
        said = " / ".join(f"“{escape(text)}” [cyan]{citations(sources)}[/]" for text, sources in quote_wordings(q))
        item(f"[bold]{escape(q.speaker)}[/]: {said}", start=2, marker="")
    for v in comparison.quote_variants:
        item(f"[bold]{escape(v.speaker)}[/], in different words: [cyan][{v.a.source}][/] “{escape(v.a.text)}” / "
             f"[cyan][{v.b.source}][/] “{escape(v.b.text)}”", start=2, marker="")
    if not (comparison.quotes or comparison.quote_variants):
        none_found(NO_QUOTES)
    table = Table(title="Coverage", title_justify="left", title_style="bold underline", show_lines=False)
    for column in ("source", "words", "people", "places", "organisations"):
        table.add_column(column, overflow="fold")
    for c in comparison.coverage:
        table.add_row(label(c.source), str(c.words), escape(", ".join(c.people)), escape(", ".join(c.places)),
                      escape(", ".join(c.organisations)))
    console.print()
    console.print(table)
