"""A Doc's words looked up on its attribute arrays (`Doc.to_array`) rather than one spaCy Token per word: making a
Token is what a pass over every word of every document costs most, so only the words the arrays point to are made.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Token

_ORTH = "dossier_orth"  # Doc.user_data key of the Doc's ORTH array, made once (its words do not change)


def orth_array(doc: Doc) -> np.ndarray:
    """The ORTH (written form) id of every word of the Doc, made on the first call and kept on the Doc."""
    found = doc.user_data.get(_ORTH)
    if found is None or len(found) != len(doc):
        found = doc.user_data[_ORTH] = doc.to_array(ORTH)
    return found


def with_lemma(doc: Doc, lemmas: frozenset[str]) -> list[Token]:
    """The Doc's words whose lemma in lower case is one of `lemmas`, in order."""
    codes = doc.to_array(LEMMA)
    strings = doc.vocab.strings
    wanted = [code for code in np.unique(codes) if strings[int(code)].lower() in lemmas]
    if not wanted:
        return []
    return [doc[int(i)] for i in np.flatnonzero(np.isin(codes, wanted))]
