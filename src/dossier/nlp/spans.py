"""Spans the stages look up on a parsed Doc without rebuilding `doc.ents` each time."""

from __future__ import annotations

from spacy.tokens import Span, Token


def entity_at(tok: Token) -> Span | None:
    """The named entity that holds `tok`, read from its IOB tags; None outside entities."""
    if tok.ent_iob_ in ("O", ""):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)
