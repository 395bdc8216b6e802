"""A Doc's words looked up on its attribute arrays (`Doc.to_array`) rather than one spaCy Token per word: making a
Token is what a pass over every word of every document costs most, so only the words the arrays point to are made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

_ORTH = "dossier_orth"  # Doc.user_data key of the Doc's ORTH array, made once (its words do not change)
_LOWER = "dossier_lower"  # the same of its LOWER array


def orth_array(doc: Doc) -> np.ndarray:
    """The ORTH (written form) id of every word of the Doc, made on the first call and kept on the Doc."""
    found = doc.user_data.get(_ORTH)
    if found is None or len(found) != len(doc):
        found = doc.user_data[_ORTH] = doc.to_array(ORTH)
    return found


def lower_ids(doc: Doc) -> list[int]:
    """The LOWER (lower-case form) id of every word of the Doc, made on the first call and kept on the Doc."""
    found = doc.user_data.get(_LOWER)
    if found is None or len(found) != len(doc):
        found = doc.user_data[_LOWER] = doc.to_array(LOWER).tolist()
    return found


def with_lower(doc: Doc, words: Iterable[str], start: int = 0, end: int | None = None) -> list[int]:
    """The positions, in order, of the Doc's words (from `start` to `end`) whose lower-case form (`Token.lower_`)
    is one of `words`: what `[t.i for t in doc[start:end] if t.lower_ in words]` finds, without a Token a word."""
    wanted = {hash_string(w) for w in words}
    return [i for i, lower in enumerate(lower_ids(doc)[start:end], start) if lower in wanted] if wanted else []


def with_text(doc: Doc, words: Iterable[str]) -> list[int]:
    """The positions, in order, of the Doc's words written as one of `words` (`Token.text`), found on its ORTH ids."""
    wanted = {hash_string(w) for w in words}
    return [i for i, orth in enumerate(orth_array(doc).tolist()) if orth in wanted] if wanted else []


def runs_of(doc: Doc, words: Span) -> list[int]:
    """The start, in order, of every run of the Doc's words written as `words` (a Span, any Doc's), the span's own
    place among them: what a scan of every position comparing `Token.text` finds, on the kept ORTH ids."""
    orth = orth_array(doc)
    ids = [t.orth for t in words]
    n = len(ids)
    starts = np.flatnonzero(orth[:len(doc) - n + 1] == ids[0]).tolist() if 0 < n <= len(doc) else []
    return starts if n == 1 else [i for i in starts if orth[i:i + n].tolist() == ids]


def with_lower_matching(doc: Doc, pattern: re.Pattern) -> list[int]:
    """The positions, in order, of the Doc's words whose lower-case form `pattern.match`es: each distinct form
    tested once a Doc, a Token made for none."""
    strings, verdicts = doc.vocab.strings, {}
    found = []
    for i, lower in enumerate(lower_ids(doc)):
        hit = verdicts.get(lower)
        if hit is None:
            hit = verdicts[lower] = pattern.match(strings[lower]) is not None
        if hit:
            found.append(i)
    return found


def with_pos(doc: Doc, tag: str) -> list[int]:
    """The positions, in order, of the Doc's words of the universal part of speech `tag` ("PROPN")."""
    return np.flatnonzero(doc.to_array(POS) == IDS[tag]).tolist()


def with_lemma(doc: Doc, lemmas: frozenset[str], tags: tuple[str, ...]) -> list[Token]:
    """The Doc's words of a part of speech in `tags` ("VERB", "AUX": universal tags) whose lemma in lower case is
    one of `lemmas`, in order."""
    kinds = {IDS[tag] for tag in tags}
    strings = doc.vocab.strings
    verdicts: dict[int, bool] = {}  # lemma id: in `lemmas`
    found = []
    for i, (kind, code) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
        if kind in kinds:
            hit = verdicts.get(code)
            if hit is None:
                hit = verdicts[code] = strings[code].lower() in lemmas
            if hit:
                found.append(doc[i])
    return found
