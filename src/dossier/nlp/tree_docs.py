"""A Doc of one dependency tree's tokens, made for a DependencyMatcher: cheaper than `Span.as_doc`.

`Span.as_doc` copies what a Doc holds (every token attribute of the whole doc as an array, the entities, trimmed
at the span's ends, the vector and its norm, the tensor, the categories), making a Token object of every word on
the way; a DependencyMatcher reads only the words and the attributes its patterns name, and the parse. Where the
span is a run of tokens that holds one whole tree and no other tree's token (what `DependencyGate.places` gives),
every head lies inside it, so the rows of the doc's array, cut at the span, are the tree's own parse. Entity types
are carried as `Span.as_doc` leaves them: an entity cut by the span's start or end has none inside it.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, ORTH, POS, SPACY, TAG
from spacy.tokens import Doc

# the attributes a tree Doc carries; LOWER and the other lexical attributes come with the words
_ARRAY = [ORTH, SPACY, HEAD, DEP, POS, TAG, LEMMA, ENT_IOB, ENT_TYPE]
_IOB = _ARRAY.index(ENT_IOB)  # 1: inside an entity begun before, 3: an entity's first word (0 unknown, 2 outside)
CARRIED = frozenset({"ORTH", "TEXT", "LOWER", "DEP", "POS", "TAG", "LEMMA", "ENT_TYPE", "ENT_IOB"})


def carries(patterns: list[list[dict]]) -> bool:
    """Whether a tree Doc holds every token attribute the DependencyMatcher patterns look at."""
    return all(set(node.get("RIGHT_ATTRS") or {}) <= CARRIED for pattern in patterns for node in pattern)


def tree_table(doc: Doc) -> np.ndarray:
    """The doc's rows that tree Docs are cut from (once per doc)."""
    return doc.to_array(_ARRAY)


def tree_doc(doc: Doc, start: int, end: int, table: np.ndarray) -> Doc:
    """A Doc of the tokens start..end (one whole dependency tree and nothing else) with their words, white space,
    parse, tags, lemmas and the entities that lie wholly inside it."""
    rows = table[start:end]
    iob = rows[:, _IOB]
    cut_end = end < len(table) and table[end, _IOB] == 1  # an entity runs on past the end
    if len(rows) and (iob[0] == 1 or cut_end):
        rows = rows.copy()
        if iob[0] == 1:  # an entity begun before the start: its words here have none, as Span.as_doc leaves them
            inside = np.flatnonzero(iob != 1)
            rows[:inside[0] if len(inside) else len(rows), _IOB:] = 0
        if cut_end:  # the entity's words from its first here (or from the start) have none
            begun = np.flatnonzero(iob != 1)
            first = begun[-1] if len(begun) else 0
            rows[first if iob[first] in (1, 3) else first + 1:, _IOB:] = 0
    strings = doc.vocab.strings
    tree = Doc(doc.vocab, words=[strings[o] for o in rows[:, 0].tolist()], spaces=rows[:, 1].astype(bool).tolist())
    tree.from_array(_ARRAY[2:], rows[:, 2:])
    return tree
