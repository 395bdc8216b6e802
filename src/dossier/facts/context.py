"""Whom a figure concerns (actors in its clause) and when (a timex in its clause, not the article date)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dossier.model import DateValue, Timex

ACTOR_LABELS = {"GPE", "ORG", "NORP", "FAC", "LOC", "PERSON"}
COUNTRY_LABELS = {"GPE", "NORP"}
JOINERS = re.compile(r"^\s*(and|to|through|until|-|–|—)\s*$", re.IGNORECASE)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def subjects(doc: Doc, clause: list[Token], skip: range) -> tuple[list[str], int]:
    """Entity ids of the actors in the clause, in order, and how many of them are countries."""
    token_actor = doc._.token_actor or {}
    actors = doc._.actors or {}
    ids: list[str] = []
    countries = 0
    for t in clause:
        if t.i in skip:
            continue
        ident, country = token_actor.get(t.i), False
        if ident is not None:
            entity = actors.get(ident)
            country = entity is not None and entity.type in COUNTRY_LABELS
        elif t.ent_type_ in ACTOR_LABELS:
            ent = next(e for e in doc.ents if e.start <= t.i < e.end)
            ident, country = f"unk:{t.ent_type_}:{_slug(ent.text)}", t.ent_type_ in COUNTRY_LABELS
        if ident is not None and ident not in ids:
            ids.append(ident)
            countries += country
    return ids, countries


def time_of(doc: Doc, clause: list[Token], skip: range) -> DateValue | None:
    """The nearest dated timex inside the clause; two joined by 'and'/'to' become one interval."""
    timexes: list[Timex] = [t for t in (doc._.timexes or []) if t.value is not None and t.value.start]
    if not timexes or not clause:
        return None
    lo, hi = clause[0].idx, clause[-1].idx + len(clause[-1])
    inside = {t.i for t in clause}
    span = doc[skip.start:skip.stop]
    fig_start, fig_end = span.start_char, span.end_char
    own = set(range(span.root.head.left_edge.i, span.root.head.right_edge.i + 1))
    found = [t for t in timexes if lo <= t.start and t.end <= hi and _tok(doc, t.start) in inside]
    if not found:
        return None
    found.sort(key=lambda t: t.start)

    def distance(t: Timex) -> tuple[bool, int]:
        gap = t.start - fig_end if t.start >= fig_end else fig_start - t.end
        return _tok(doc, t.start) not in own, max(gap, 0)

    best = min(range(len(found)), key=lambda k: distance(found[k]))
    first = last = found[best]
    if best + 1 < len(found) and JOINERS.match(doc.text[first.end:found[best + 1].start]):
        last = found[best + 1]
    elif best > 0 and JOINERS.match(doc.text[found[best - 1].end:first.start]):
        first = found[best - 1]
    if first is last:
        return first.value
    return DateValue(start=first.value.start, end=last.value.end or last.value.start,
                     precision=first.value.precision, text=doc.text[first.start:last.end])


def _tok(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1
