"""Within one article: what a report borrows from the visit it is part of, and repeated mentions of one act.

- A report told "during the visit" (during her state visit, during that trip, "…, during which she met…")
  with no place or date of its own takes those of the visit of the same article whose traveller takes part in
  it; so does a plan announced in an article that announces a visit by one of its participants ("Xi is to
  meet Boluarte" beside "Xi will visit Peru"). The borrowed date is marked inferred.
- A repeated mention of an act joins the first full mention in its article: a report that names nobody
  ("the talks were frank") joins the nearest earlier act of the same type and mode; a visit or meeting whose
  participants all take part in an earlier one of the same kind, and that has the same status or no date of its
  own ("the third meeting between the two presidents" after "he will hold talks with the president"), joins it.
- An act a sentence tells only as the aim or content of another act of its type, with the same sides and status,
  joins that act (`purposes`: "the bank approved loans to Jamaica to assist it" is one act of aid).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from dossier.merge.coref import act_object, incompatible
from dossier.merge.reports import Actors, Report

_DURING = re.compile(r"\b(?:during|in the course of|throughout)\s+(?:which\b|(?:[\w'’-]+\s+){0,4}?"
                     r"(?:visit|trip|stay|tour|journey)\b)", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
OCCASIONS = frozenset({"visit", "meet"})  # modes that name one occasion, mentioned again and again in an article


def _by_document(reports: list[Report]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        out[r.doc].append(i)
    for members in out.values():
        members.sort(key=lambda i: (reports[i].event.evidence[0].start or 0) if reports[i].event.evidence else 0)
    return out


def _visit_for(i: int, members: list[int], reports: list[Report], actors: Actors):
    """The visit of the article a report happens during: told so in its sentence ('during the visit'), or,
    for a plan, the one planned visit of the article whose traveller takes part in it."""
    event = reports[i].event
    people = actors.normal(event.source + event.target)
    visits = [reports[j] for j in members if j != i and reports[j].event.mode == "visit"
              and actors.normal(reports[j].event.source) & people]
    if _DURING.search(reports[i].sentence):
        before = [v for v in visits if (v.event.evidence[0].start or 0) <= (event.evidence[0].start or 0)]
        return (before or visits or [None])[-1 if before else 0]
    planned = [v for v in visits if v.event.status == "planned"]
    if event.status == "planned" and len({v.event.id for v in planned}) >= 1 and len(
            {tuple(sorted(actors.normal(v.event.target))) for v in planned if v.event.target}) <= 1:
        return next((v for v in planned if v.event.location or v.event.date), None)
    return None


def anchor(reports: list[Report], actors: Actors | None = None) -> list[Report]:
    """Reports with the place and date of the visit they happen during, where they lack them."""
    actors = actors or Actors()
    out = list(reports)
    for members in _by_document(reports).values():
        for i in members:
            event = reports[i].event
            if event.mode == "visit" or (event.location and event.date):
                continue
            visit = _visit_for(i, members, reports, actors)
            if visit is None:
                continue
            update = {}
            if not event.location and visit.event.location:
                update["location"] = visit.event.location
            if not event.date and visit.event.date:
                update["date"] = visit.event.date.model_copy(update={"inferred": True})
            if update:
                out[i] = replace(reports[i], event=event.model_copy(update=update))
    return out


def _own_word(event) -> str:
    """The word that names an act: the last of its trigger ('approved' -> approved, 'launched … strike' -> strike)."""
    return ((event.trigger or "").split("…")[-1].split() or [""])[-1].lower()


def _told_inside(inner, outer, sentence: str) -> bool:
    """Whether an act's own word tells what another act is done for or commits to: it stands in the other's object
    (`act_object`: 'agreed to initiate efforts … and to revive the group'), or, after the other's word, in an
    infinitive ('to' one or two words before it: 'approved loans to Jamaica … to assist it', 'a loan to help
    finance a project')."""
    word = _own_word(inner)
    if not word:
        return False
    text = act_object(outer)
    if text and word in _WORD.findall(text.lower()):
        return True
    words = _WORD.findall(sentence.lower())
    first = _own_word(outer)
    if first not in words:
        return False
    start = words.index(first)
    return any(w == word and "to" in words[max(start + 1, n - 2):n] for n, w in enumerate(words) if n > start)


def purposes(reports: list[Report], actors: Actors | None = None) -> dict[int, int]:
    """{index of a report: index of the report of its sentence whose act it only tells the aim or content of}: one
    sentence, one type and status, the same sides (a doer named), and its own word inside the other's object
    (`_told_inside`): 'the bank approved loans to X to assist X with …' is one act of aid, not an approval and an
    assistance. Not two acts the sentence joins by 'and' ('attacked the port and shelled the depot'), whose words
    stand outside each other's objects."""
    actors = actors or Actors()
    out: dict[int, int] = {}
    for members in _by_document(reports).values():
        for i in members:
            inner = reports[i].event
            sides = (actors.normal(inner.source), actors.normal(inner.target))
            if not sides[0]:
                continue
            for j in members:
                outer = reports[j].event
                if j == i or j in out or reports[j].sentence != reports[i].sentence or outer.type != inner.type \
                        or outer.status != inner.status \
                        or (actors.normal(outer.source), actors.normal(outer.target)) != sides:
                    continue
                sentence = reports[i].sentence
                if _told_inside(inner, outer, sentence) and not (_told_inside(outer, inner, sentence) and j > i):
                    out[i] = j
                    break
    return out


def antecedents(reports: list[Report], actors: Actors | None = None) -> dict[int, int]:
    """{index of a repeated mention: index of the earlier report of its article it repeats}."""
    actors = actors or Actors()
    out = {}
    for members in _by_document(reports).values():
        for n, i in enumerate(members):
            event = reports[i].event
            mine = actors.normal(event.source + event.target)
            for j in reversed(members[:n]):
                earlier = reports[j].event
                theirs = actors.normal(earlier.source + earlier.target)
                if earlier.type != event.type or earlier.mode != event.mode or not theirs:
                    continue
                repeat = earlier.status == event.status or not (event.date and event.date.start)
                if mine and not (event.mode in OCCASIONS and repeat and mine <= theirs):
                    continue
                if not incompatible(reports[i], reports[j], actors):
                    out[i] = j
                    break
    return out
