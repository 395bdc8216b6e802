"""A capitalised noun written alone for one body in the text of a period (`period_heads` in the lexicon): "the
Community", "Community ministers" for the European Community in 1987 wire text, "the Commission" for the European
Commission, read as that body only where the story names it (or a body `named_by` gives it) elsewhere too, names no
other body by a longer name ending in the noun, and the noun begins no longer name ("the Caribbean Community",
"Community of ...")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from dossier.actors.dictionary import Dictionary
from dossier.nlp.arrays import with_lower


def period_head_tokens(doc: Doc, d: Dictionary, date: str | None, named: set[str],
                       longer: Iterable[tuple[int, int]]) -> dict[int, str]:
    """{token index: body id} of the period's nouns written alone, for a story dated within the period that names the
    body (`named`: the ids its names give); `longer`: (start, end) of the names and entities found, which may hold the
    noun in a longer name."""
    heads = d.lexicon.period_heads
    if not heads or not date:
        return {}
    out: dict[int, str] = {}
    spans = [(s, e) for s, e in longer]
    for tok in (doc[i] for i in with_lower(doc, heads)):  # the words of `heads` alone, found on the Doc's array
        head = heads[tok.lower_]
        if not tok.is_title or date > head.until:
            continue
        ids = set(d.names.get(head.body, ()))
        body = next(iter(sorted(ids & named)), None)
        owners = {i for name in head.named_by for i in d.names.get(name, ())}
        if body is None and owners & named:
            body = next(iter(sorted(ids)), None)  # "the EC Commission ... the Commission": the EC's Commission
        if body is None:
            continue
        if any(e - s > 1 and doc[e - 1].lower_ == tok.lower_ and not set(d.names.get(_name(doc, s, e), ())) & (
                ids | owners) for s, e in spans):
            continue  # "the Monopolies and Mergers Commission" named too: "the Commission" may be that one
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue  # "Community of Latin American and Caribbean States": a longer name
        if any(s <= tok.i < e and any(doc[j].text[:1].isupper() and doc[j].lower_ != "the"
                                      for j in range(s, e) if j != tok.i) for s, e in spans):
            continue  # "European Community", "the Caribbean Community": the longer name is read as it is
        out[tok.i] = body
    return out


def _name(doc: Doc, start: int, end: int) -> str:
    """The words of a found name without the article before it."""
    return doc[start + (doc[start].lower_ == "the"):end].text
