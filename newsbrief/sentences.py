"""Split cleaned articles into sentences (nupunkt), keeping multi-sentence quotes whole."""
from __future__ import annotations

import re

from .models import Article, Sentence

OPENING_QUOTES = "\"“"
MAX_QUOTE_SPAN = 4  # sentences a quotation may join before we give up on finding its end


def _open_quotes(text: str) -> int:
    """Quotation marks still open at the end of `text` (straight quotes counted in pairs)."""
    curly = text.count("“") - text.count("”")
    straight = text.count('"') % 2
    return max(curly, 0) + straight


def split_paragraph(paragraph: str) -> list[str]:
    """Sentences of one paragraph; a quote that spans sentences stays with its attribution."""
    import nupunkt

    pieces = [p.strip() for p in nupunkt.sent_tokenize(paragraph) if p.strip()]
    sentences: list[str] = []
    joined = 0
    for piece in pieces:
        if sentences and _open_quotes(sentences[-1]) and joined < MAX_QUOTE_SPAN:
            sentences[-1] = f"{sentences[-1]} {piece}"
            joined += 1
        else:
            sentences.append(piece)
            joined = 0
    return sentences


def split_article(article: Article, article_index: int = 0) -> list[Sentence]:
    """All sentences of a cleaned article, numbered in reading order."""
    sentences: list[Sentence] = []
    for paragraph_number, paragraph in enumerate(p for p in re.split(r"\n+", article.text) if p.strip()):
        for text in split_paragraph(paragraph):
            sentences.append(Sentence(text, article_index, len(sentences), paragraph_number))
    return sentences
