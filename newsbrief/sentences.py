"""Split cleaned articles into sentences (nupunkt), keeping multi-sentence quotes whole."""
from __future__ import annotations

import re

from .models import Article, Sentence

OPENING_QUOTES = "\"“"
MAX_QUOTE_SPAN = 4  # sentences a quotation may join before we give up on finding its end

# A title written short before a name. nupunkt 0.8 ends a sentence after the ones its model
# does not know ("said police Lt. | Mark Gagan.", "are Reps. | Stephen F. Lynch"); the ones it
# knows (Sgt., Gov., Sen., ...) are listed too, so the rule does not hang on the model's list.
# "Lt.-Gov." and "Lt.Col." are one token. Not "Del." (Delegate): it is mostly Delaware ending a
# sentence ("in Newark, Del. Two died").
TITLE_AT_END = re.compile(
    r"(?:^|[\s(\"“])(?:Lt\.-?)?(?:Lt|Lieut|Reps?|Sens?|Govs?|Gens?|Maj|Brig|Col|Capt|Cmdr|Comdr|Cmdt|Adm|"
    r"Sgt|Cpl|Pvt|Pfc|Spc|Ens|Det|Supt|Insp|Atty|Rev|Msgr|Ald|Amb)\.$"
)
# Words that open a sentence but never a name: after one of these the title really did end
# the sentence ("...promoted him to Lt. The ceremony...").
SENTENCE_OPENERS = frozenset(
    "The A An He She It They We I You This That These Those There Their His Her Its Our My But And Or "
    "In On At For After Before When While If As So Then Yet Now Still".split()
)


def _open_quotes(text: str) -> int:
    """Quotation marks still open at the end of `text` (straight quotes counted in pairs)."""
    curly = text.count("“") - text.count("”")
    straight = text.count('"') % 2
    return max(curly, 0) + straight


def _names_after_title(piece: str, following: str) -> bool:
    """Whether `piece` ends in a title that the capitalised name opening `following` goes with."""
    first_word = following.split(maxsplit=1)[0]
    return bool(TITLE_AT_END.search(piece)) and first_word[0].isupper() and first_word not in SENTENCE_OPENERS


def _join_titles_to_names(pieces: list[str]) -> list[str]:
    joined: list[str] = []
    for piece in pieces:
        if joined and _names_after_title(joined[-1], piece):
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


def split_paragraph(paragraph: str) -> list[str]:
    """Sentences of one paragraph; a quote that spans sentences stays with its attribution."""
    import nupunkt

    pieces = _join_titles_to_names([p.strip() for p in nupunkt.sent_tokenize(paragraph) if p.strip()])
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
