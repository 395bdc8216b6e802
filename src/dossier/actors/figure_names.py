"""A tagged name that runs on into a figure after it: "France promised Senegal 1.8 billion francs" (the tagger reads
"Senegal 1.8 billion francs" as one organisation), "lent Acme Corp 50 mln dlrs". The name ends before the figure: a
number followed by a scale ("billion", "mln") or a money word ("francs", "dlrs"), the facts stage's words. A number
that ends a name ("Group of 77", "Boeing 747") or stands in it ("7-Eleven") is kept."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dossier.actors.found import LABELS
from dossier.facts.lexicon import lexicon, money_words


def _figure_start(ent: Span, words: frozenset[str]) -> int | None:
    """The index of the first number inside the span (not its first word) that a scale or money word follows."""
    doc = ent.doc
    return next((t.i for t in ent[1:] if t.like_num and t.i + 1 < ent.end and doc[t.i + 1].lower_ in words), None)


def names_cut_before_figures(doc: Doc) -> tuple[Span, ...] | None:
    """The Doc's entities with every name cut before a figure it runs into ("Senegal 1.8 billion francs": "Senegal");
    None when no entity does."""
    words = frozenset(lexicon().scales) | money_words()
    out, changed = [], False
    for ent in doc.ents:
        cut = _figure_start(ent, words) if ent.label_ in LABELS else None
        if cut is None:
            out.append(ent)
            continue
        changed = True
        if cut > ent.start:
            out.append(Span(doc, ent.start, cut, label=ent.label_))
    return tuple(out) if changed else None
