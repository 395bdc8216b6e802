"""The date of an event: the time expression attached to its trigger, else the only one in its clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.model import DateValue, Timex

_ATTACH = ("pobj", "prep", "npadvmod", "tmod", "nmod", "compound", "nummod", "amod", "appos", "advmod", "conj", "cc", "relcl")


def sentence_timexes(sent: Span, timexes: list[Timex]) -> list[tuple[Timex, Token]]:
    """Timexes inside the sentence, each with the head token of its span."""
    out = []
    for tx in timexes:
        if tx.start >= sent.start_char and tx.end <= sent.end_char:
            span = sent.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None and len(span):
                out.append((tx, span.root))
    return out


def _clause_head(tok: Token) -> Token:
    while tok.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "parataxis") and tok.head is not tok:
        tok = tok.head
    return tok


def event_date(anchors: list[Token], sent: Span, timexes: list[Timex]) -> DateValue | None:
    """Prefer a timex syntactically attached (within three hops) to a trigger or its governor."""
    found = sentence_timexes(sent, timexes)
    if not found:
        return None
    anchor_ids = {a.i for a in anchors}
    for tx, root in found:
        tok, hops = root, 0
        while hops < 4 and tok.head is not tok:
            if tok.head.i in anchor_ids:
                return tx.value
            if tok.dep_ not in _ATTACH:
                break
            tok, hops = tok.head, hops + 1
    heads = {_clause_head(a).i for a in anchors}
    same = [tx for tx, root in found if _clause_head(root).i in heads]
    return same[0].value if len(same) == 1 else None


def is_after(value: DateValue | None, published: str | None) -> bool:
    """True when the date starts after the article's date (compared at the date's own precision)."""
    if value is None or not value.start or not published:
        return False
    return value.start > published[: len(value.start)]


def is_before(value: DateValue | None, published: str | None) -> bool:
    """True when the date ends before the article's date (compared at the date's own precision)."""
    if value is None or not published:
        return False
    end = value.end or value.start
    return bool(end) and end < published[: len(end)]
