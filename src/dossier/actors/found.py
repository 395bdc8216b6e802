"""A stretch of tokens the resolver resolved, and the words and limits its rules share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.parts_of_speech import NOUN, PROPN
from spacy.tokens import Doc

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "poss"})
_NAME_POS = frozenset({PROPN, NOUN})
_LINKS = frozenset({"of", "the", "and", "for", "de", "del", "la", "&"})  # words an acronym skips
_TITLE_WORDS = 6  # the most words of an office's title read before a name


@dataclass
class Found:
    """A resolved stretch of tokens."""

    start: int
    end: int
    ident: str
    label: str | None = None  # spaCy label, for actors not in the dictionary
    country: str | None = None  # of a place named inside an unknown organisation's name


def _text_of(doc: Doc, text: str, start: int, end: int) -> str:
    """`doc[start:end].text` cut from the Doc's kept text (no Span made, no Token joined); start <= end <= len(doc)."""
    if start >= end:
        return ""
    last = doc[end - 1]
    return text[doc[start].idx:last.idx + len(last)]
