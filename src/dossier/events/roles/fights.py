"""The doer of an act of force told by a noun that names only the side it was done to, taken from the fight the
story tells just before (round 75): "Iranian troops shelled Basra on Tuesday. The assault follows the capture on
Sunday of Iraq's air base at Faw": the capture was done to Iraq, and the side the story has fighting Iraq is Iran.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.model import Event
from dossier.nlp.extensions import sentences_of

_FORCE = "ASSAULT"


def _countries(ids: list[str], countries: dict[str, str | None]) -> frozenset[str]:
    return frozenset(c for i in ids if (c := countries.get(i)))


def fought_back(doc: Doc, events: list[Event], trigger_of) -> None:
    """Fill, in place, the empty source of an act of force whose trigger is a noun and whose target has a country,
    with the source of the acts of force of the same or the sentence before that were done to that country by
    another (one such side, by country): the side the story has fighting the target. Listed in `inferred`.
    `trigger_of(doc, event)` gives the event's trigger token."""
    actors = doc._.actors or {}
    countries = {i: e.country for i, e in actors.items()}
    starts = [s.start_char for s in sentences_of(doc)]
    for event in events:
        if event.type != _FORCE or event.source or not event.target or not event.evidence:
            continue
        trigger = trigger_of(doc, event)
        if trigger is None or trigger.pos_ != "NOUN":
            continue
        hit = _countries(event.target, countries)
        if not hit:
            continue
        start = event.evidence[0].start
        own = max((i for i, s in enumerate(starts) if s <= start), default=0)
        first = starts[own - 1] if own > 0 else 0
        fights = [e for e in events if e is not event and e.type == _FORCE and e.source and e.evidence
                  and first <= e.evidence[0].start <= start and _countries(e.target, countries) & hit
                  and _countries(e.source, countries) and not _countries(e.source, countries) & hit]
        if len({_countries(e.source, countries) for e in fights}) != 1:
            continue  # none, or several sides fighting it
        event.source = list(fights[-1].source)
        event.inferred = [*event.inferred, "source"]
