"""A Doc's words looked up on its attribute arrays (`Doc.to_array`) rather than one spaCy Token per word: making a
Token is what a pass over every word of every document costs most, so only the words the arrays point to are made.
"""

from __future__ import annotations

import numpy as np
from functools import lru_cache

from spacy.attrs import DEP, HEAD, LEMMA, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

_ORTH = "dossier_orth"  # Doc.user_data key of the Doc's ORTH array, made once (its words do not change)
_KIDS = "dossier_kids"  # Doc.user_data key of each word's (child, dependency label id) list, made once


def orth_array(doc: Doc) -> np.ndarray:
    """The ORTH (written form) id of every word of the Doc, made on the first call and kept on the Doc."""
    found = doc.user_data.get(_ORTH)
    if found is None or len(found) != len(doc):
        found = doc.user_data[_ORTH] = doc.to_array(ORTH)
    return found


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


def kid_table(doc: Doc) -> list[list[tuple[int, int]]]:
    """Each word's children as (index, dependency label id), in the order of `Token.children` (left to right), made
    from the Doc's HEAD and DEP arrays on the first call and kept on the Doc (the stages do not change the parse)."""
    found = doc.user_data.get(_KIDS)
    if found is None or len(found) != len(doc):
        found = [[] for _ in range(len(doc))]
        heads = doc.to_array(HEAD).astype(np.int64).tolist()  # offsets to the head (0 for a root)
        for i, (offset, dep) in enumerate(zip(heads, doc.to_array(DEP).tolist())):
            if offset:
                found[i + offset].append((i, dep))
        doc.user_data[_KIDS] = found
    return found


@lru_cache(maxsize=256)
def _label_ids(deps: tuple[str, ...] | frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(d) for d in deps)


def kids(tok: Token, deps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """`[c for c in tok.children if c.dep_ in deps]`, making a Token only of the children it returns."""
    wanted = _label_ids(deps)
    doc = tok.doc
    return [doc[j] for j, dep in kid_table(doc)[tok.i] if dep in wanted]


def column(doc: Doc, attr: int) -> list[int]:
    """The Doc's values of one token attribute (POS, DEP, LOWER…) as a list, made once and kept on the Doc."""
    key = f"dossier_column_{attr}"
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        found = doc.user_data[key] = doc.to_array(attr).tolist()
    return found


def words_with(span: Doc | Span, attr: int, names: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """The words of the span whose attribute (POS, DEP, LOWER…) is one of `names`, in order: `[t for t in span if
    t.dep_ in names]` for DEP, making a Token only of those."""
    wanted = _label_ids(names)
    doc, start, end = (span, 0, len(span)) if isinstance(span, Doc) else (span.doc, span.start, span.end)
    values = column(doc, attr)
    return [doc[i] for i in range(start, end) if values[i] in wanted]
