"""A Doc of one dependency tree's tokens, made for a DependencyMatcher: cheaper than `Span.as_doc`.

`Span.as_doc` copies what a Doc holds (every token attribute of the whole doc as an array, the entities, trimmed
at the span's ends, the vector and its norm, the tensor, the categories), making a Token object of every word on
the way; a DependencyMatcher reads only the words and the attributes its patterns name, and the parse. Where the
span is a run of tokens that holds one whole tree and no other tree's token (what `DependencyGate.places` gives),
every head lies inside it, so the rows of the doc's array, cut at the span, are the tree's own parse.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, ORTH, POS, SPACY, TAG
from spacy.tokens import Doc

# the attributes a tree Doc carries; LOWER and the other lexical attributes come with the words
_ARRAY = [ORTH, SPACY, HEAD, DEP, POS, TAG, LEMMA]
CARRIED = frozenset({"ORTH", "TEXT", "LOWER", "DEP", "POS", "TAG", "LEMMA"})


def carries(patterns: list[list[dict]]) -> bool:
    """Whether a tree Doc holds every token attribute the DependencyMatcher patterns look at."""
    return all(set(node.get("RIGHT_ATTRS") or {}) <= CARRIED for pattern in patterns for node in pattern)


def tree_table(doc: Doc) -> np.ndarray:
    """The doc's rows that tree Docs are cut from (once per doc)."""
    return doc.to_array(_ARRAY)


def tree_doc(doc: Doc, start: int, end: int, table: np.ndarray) -> Doc:
    """A Doc of the tokens start..end (one whole dependency tree and nothing else) with their words, white space,
    parse, tags and lemmas."""
    rows = table[start:end]
    strings = doc.vocab.strings
    tree = Doc(doc.vocab, words=[strings[o] for o in rows[:, 0].tolist()], spaces=rows[:, 1].astype(bool).tolist())
    tree.from_array(_ARRAY[2:], rows[:, 2:])
    return tree
