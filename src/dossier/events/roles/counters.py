"""A blow struck back ("the army launched a counteroffensive to restore the country's integrity") is struck at the one
who struck first: an act of force named by a noun of a counter-blow (data/acts_done.yaml `counter_acts`), with a
source and no target, takes as its target the doers of the latest earlier act of force of the story (or of its own
sentence) done to the counterer's side, where those doers are not the counterer's own."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from dossier.data_files import load_yaml
from dossier.model import Event

_ACTS_DONE = Path(__file__).parent / "data" / "acts_done.yaml"
_FORCE = frozenset({"ASSAULT", "FIGHT", "COERCE"})


@cache
def _counters() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml(_ACTS_DONE)["counter_acts"])


def _countered(doc: Doc, event: Event, trigger_of) -> bool:
    """An act of force whose trigger is a noun of a counter-blow, written whole ("counteroffensive") or with a
    hyphen the tokenizer splits ("counter-attack": counter, -, attack)."""
    if event.type not in _FORCE:
        return False
    if any(w.lower() in _counters() for part in (event.trigger or "").split(" … ") for w in part.split()):
        return True
    tok = trigger_of(doc, event)
    return tok is not None and tok.i >= 2 and doc[tok.i - 1].text == "-" \
        and f"{doc[tok.i - 2].lower_}-{tok.lower_}" in _counters()


def struck_back(doc: Doc, events: list[Event], trigger_of) -> None:
    """Fill, in place, the empty target of a counter-blow with a source (`_countered`) with the source of the
    latest act of force told before it (or in its own sentence) whose target shares an actor or a country with
    the counter-blow's source and whose source shares no actor with it. `trigger_of(doc, event)` gives the event's
    trigger token."""
    actors = doc._.actors or {}
    country = {i: e.country for i, e in actors.items()}
    for event in events:
        if event.target or not event.source or not event.evidence or not _countered(doc, event, trigger_of):
            continue
        own = set(event.source)
        own_countries = {country.get(i) for i in own} - {None}
        end = event.evidence[0].end
        struck = [e for e in events if e is not event and e.type in _FORCE and e.source and e.evidence
                  and e.evidence[0].start < end and not set(e.source) & own and not _countered(doc, e, trigger_of)
                  and (set(e.target) & own or {country.get(i) for i in e.target} & own_countries)]
        if struck:
            latest = max(struck, key=lambda e: e.evidence[0].start)
            event.target = list(latest.source)
