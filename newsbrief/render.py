"""Present a brief: JSON (the stable schema), Markdown, and the terminal."""
from __future__ import annotations

from .models import Article, Brief

SCHEMA_VERSION = 1
SENTENCES_PER_PARAGRAPH = 3  # terminal only: short paragraphs are easier to check against the sources


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


def brief_json(brief: Brief) -> dict:
    """The brief in JSON schema version 1; keys may be added, never renamed or retyped."""
    return {
        "schema_version": SCHEMA_VERSION,
        "cluster_id": brief.cluster_id,
        "summary": brief.summary,
        "sentences": [{"text": s.text, "sources": list(s.sources)} for s in brief.sentences],
        "sources": [source_json(n, a) for n, a in enumerate(brief.sources, 1)],
        "comparison": brief.comparison,
        "warnings": list(brief.warnings),
    }


def error_json(cluster_id: str | None, message: str) -> dict:
    return {"schema_version": SCHEMA_VERSION, "cluster_id": cluster_id, "error": message}


def citations(sources: tuple[int, ...]) -> str:
    return "".join(f"[{n}]" for n in sources)


def source_label(article: Article) -> str:
    """'Middle East Eye, via Anti-Media' or the file name when the outlet is unknown."""
    outlet = article.outlet or article.doc_id
    return f"{outlet}, via {article.republished_by}" if article.republished_by else outlet


def source_details(article: Article) -> list[str]:
    return [part for part in (article.title and f"“{article.title}”", article.published, article.url) if part]


def brief_markdown(brief: Brief) -> str:
    heading = brief.cluster_id or (brief.sources[0].title if brief.sources and brief.sources[0].title else "Brief")
    lines = [f"# {heading}", ""]
    lines.append(" ".join(f"{s.text} {citations(s.sources)}" for s in brief.sentences))
    lines += ["", "## Sources", ""]
    for number, article in enumerate(brief.sources, 1):
        details = " · ".join(source_details(article))
        lines.append(f"{number}. **{source_label(article)}**" + (f" — {details}" if details else ""))
    for warning in brief.warnings:
        lines += ["", f"> Note: {warning}"]
    return "\n".join(lines) + "\n"


def print_brief(brief: Brief, console) -> None:
    """A readable terminal brief: the summary with [n] citations, then the numbered sources."""
    from rich.markup import escape
    from rich.padding import Padding
    from rich.rule import Rule

    outlets = len({a.outlet or a.doc_id for a in brief.sources})
    title = brief.cluster_id or (brief.sources[0].title if brief.sources and brief.sources[0].title else "Brief")
    console.print(Rule(f"[bold]{escape(title)}[/]", style="cyan"))
    console.print(
        f"[dim]{len(brief.sentences)} sentences · {brief.words} words · "
        f"{len(brief.sources)} articles from {outlets} outlets[/]\n"
    )
    for start in range(0, len(brief.sentences), SENTENCES_PER_PARAGRAPH):
        chunk = brief.sentences[start : start + SENTENCES_PER_PARAGRAPH]
        console.print(Padding(" ".join(f"{escape(s.text)} [bold cyan]{citations(s.sources)}[/]" for s in chunk), (0, 2, 1, 2)))
    console.print("[bold]Sources[/]")
    for number, article in enumerate(brief.sources, 1):
        details = " · ".join(escape(d) for d in source_details(article))
        console.print(f"  [bold cyan][{number}][/] [bold]{escape(source_label(article))}[/]" + (f" — {details}" if details else ""))
    for warning in brief.warnings:
        console.print(f"\n[yellow]note:[/] {escape(warning)}")
