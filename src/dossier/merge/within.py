"""Within one article: what a report borrows from the act it is part of, and repeated mentions of one act.

- A report told "during the visit" (her trip, that stay…) with no place or date of its own takes those of the
  visit of the same article whose traveller takes part in it: "During the visit, he will hold talks with the
  president" happens where and when that visit does.
- A report that names nobody ("the talks were frank", "the meeting ended late") is a repeated mention of the
  nearest earlier act of the same type and mode in its article that names its participants, and joins it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from dossier.merge.coref import incompatible
from dossier.merge.reports import Actors, Report

_DURING = re.compile(r"\b(?:during|on|in the course of|throughout)\s+(?:the|his|her|their|its|that|this|the same)\s+"
                     r"(?:(?:\w+[- ]day|state|official|working|first|recent|latest)\s+)*(?:visit|trip|stay|tour|journey)\b",
                     re.IGNORECASE)


def _by_document(reports: list[Report]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        out[r.doc].append(i)
    for members in out.values():
        members.sort(key=lambda i: (reports[i].event.evidence[0].start or 0) if reports[i].event.evidence else 0)
    return out


def anchor(reports: list[Report], actors: Actors | None = None) -> list[Report]:
    """Reports with the place and date of the visit they are told to happen during, where they lack them."""
    actors = actors or Actors()
    out = list(reports)
    for members in _by_document(reports).values():
        for n, i in enumerate(members):
            event = reports[i].event
            if event.mode == "visit" or not _DURING.search(reports[i].sentence):
                continue
            if event.location and event.date:
                continue
            people = actors.normal(event.source + event.target)
            visit = next((reports[j].event for j in reversed(members[:n + 1])
                          if reports[j].event.mode == "visit" and actors.normal(reports[j].event.source) & people), None)
            if visit is None:
                continue
            update = {}
            if not event.location and visit.location:
                update["location"] = visit.location
            if not event.date and visit.date:
                update["date"] = visit.date.model_copy(update={"inferred": True})
            if update:
                out[i] = Report(event.model_copy(update=update), reports[i].published, reports[i].words)
    return out


def antecedents(reports: list[Report], actors: Actors | None = None) -> dict[int, int]:
    """{index of a report that names nobody: index of the earlier report of its article it repeats}."""
    actors = actors or Actors()
    out = {}
    for members in _by_document(reports).values():
        for n, i in enumerate(members):
            event = reports[i].event
            if actors.normal(event.source + event.target):
                continue
            for j in reversed(members[:n]):
                earlier = reports[j].event
                if earlier.type == event.type and earlier.mode == event.mode \
                        and actors.normal(earlier.source + earlier.target) \
                        and not incompatible(reports[i], reports[j], actors):
                    out[i] = j
                    break
    return out
