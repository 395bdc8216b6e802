"""Definite descriptions ("the country", "the company", "the terminal", "the two countries") resolved to
actors the article names, so that a figure's subject is an actor id and not a common noun.

Takes the Doc after the actors stage (doc._.mentions, doc._.actors); gives {token index: [entity ids]}.
The choice is deliberately simple: "the country" is the country in focus (the most mentioned); "the two
countries" the two most mentioned countries; any other noun the actor of its sort named in the same or the
previous sentence (one whose name holds the noun first), else the most mentioned of its sort before it.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import numpy as np

from spacy.attrs import POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Token

from dossier.data_files import load_yaml
from dossier.model import Entity

DATA = Path(__file__).parent / "data" / "descriptions.yaml"


@cache
def _table() -> tuple[dict[str, str], frozenset[str]]:
    raw = load_yaml(DATA)
    return {k.lower(): v for k, v in raw["nouns"].items()}, frozenset(w.lower() for w in raw["pairs"])


def _sort_of(entity: Entity | None) -> str | None:
    if entity is None:
        return None
    if entity.type == "GPE" and entity.kind == "government":
        return "country"
    if entity.kind == "company":
        return "company"
    if entity.type == "FAC":
        return "facility"
    return None


def _definite(tok: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
               for c in tok.children)


def _pair(tok: Token, pairs: frozenset[str]) -> bool:
    return tok.lower_ in pairs and any(c.lower_ in ("two", "both") for c in tok.children)


def resolve(doc: Doc) -> dict[int, list[str]]:
    """{token index of the description's noun: entity ids it stands for}; read once per Doc (the events and facts
    stages both ask, after the actors stage has named the actors)."""
    if _CACHE not in doc.user_data:
        doc.user_data[_CACHE] = _resolve(doc)
    return doc.user_data[_CACHE]


_CACHE = "dossier_descriptions"


def _resolve(doc: Doc) -> dict[int, list[str]]:
    nouns, pairs = _table()
    token_actor = doc._.token_actor or {}
    actors = doc._.actors or {}
    mentions = sorted(doc._.mentions or [], key=lambda m: m.start)
    if not mentions:
        return {}
    counts = Counter(m.entity for m in mentions)
    countries = [e for e, _ in counts.most_common() if _sort_of(actors.get(e)) == "country"]
    out: dict[int, list[str]] = {}
    for i in _nouns(doc):  # only the common nouns become Tokens (walking the Doc makes one per word)
        if i in token_actor:
            continue
        tok = doc[i]
        if _pair(tok, pairs):
            if len(countries) >= 2:
                out[tok.i] = countries[:2]
            continue
        sort = nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
        if sort is None or tok.tag_ in ("NNS", "NNPS") or not _definite(tok):
            continue
        if sort == "country":
            if countries:
                out[tok.i] = countries[:1]
            continue
        before = [m for m in mentions if m.end <= tok.idx and _sort_of(actors.get(m.entity)) == sort]
        if not before:
            continue
        window = tok.sent.start_char
        if tok.sent.start > 0:
            window = doc[tok.sent.start - 1].sent.start_char
        word = tok.lower_

        def rank(m, _word=word, _window=window):
            named = any(_word in n.lower() for n in [actors[m.entity].name, *actors[m.entity].aliases])
            return (m.start >= _window, named, counts[m.entity], m.start)

        out[tok.i] = [max(before, key=rank).entity]
    return out


def _nouns(doc: Doc) -> list[int]:
    """The positions of the Doc's common nouns (POS NOUN), read as one array."""
    if not len(doc):
        return []
    return np.flatnonzero(doc.to_array(POS) == NOUN).tolist()
