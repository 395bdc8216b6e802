"""A measure told again without its doer ("tariffs on goods from China rose again", "tariffs were later laid on
goods from X") is the doer's the story last named imposing that measure ("the tariffs the administration has put in
place"): the empty source takes it, marked in the event's `inferred`. The types it applies to are in
data/story_context.yaml (`again`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.events.roles.context import _country, _one_country, others_named, words
from dossier.model import Event

_NOUNS = frozenset({"NOUN", "PROPN"})
_MEASURE_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj"})


def measure_nouns(trigger: Token) -> set[str]:
    """The lemmas of the nouns that name the measure: the trigger itself when a noun ("the tariffs took effect"),
    else the object or subject of the trigger verb ("imposed tariffs", "tariffs were raised") or the noun a
    participle describes ("the tariffs imposed by X")."""
    if trigger.pos_ in _NOUNS:
        return {trigger.lemma_.lower()}
    found = {c.lemma_.lower() for c in trigger.children if c.dep_ in _MEASURE_DEPS and c.pos_ in _NOUNS}
    if trigger.dep_ == "acl" and trigger.head.pos_ in _NOUNS:
        found.add(trigger.head.lemma_.lower())
    return found


def imposed_again(doc: Doc, events: list[Event], trigger_of) -> None:
    """Fill, in place, the empty source of an act of a type of `again` that has a target: the source of the latest
    act before it in the story of that type, whose measure is named by the same noun (`measure_nouns`) and whose
    source the sentence itself names, all of one country other than the target's (a target of no country, an
    international body, is no state of the source's); not where the sentence names
    anyone of a third country, nor an earlier source of the target's own country ("China imposed tariffs on U.S.
    goods … tariffs on goods from China rose": not China)."""
    types = words().again_types
    told: list[tuple[int, set[str], Event]] = []  # (position, measure nouns, event) of the acts with a stated source
    for event in sorted(events, key=lambda e: e.evidence[0].start if e.evidence else -1):
        trigger = trigger_of(doc, event) if event.type in types and event.evidence else None
        if trigger is None:
            continue
        nouns = measure_nouns(trigger)
        if event.source and "source" not in event.inferred:
            told.append((trigger.i, nouns, event))
            continue
        if event.source or not event.target or not nouns:
            continue
        targets = {_country(doc, i) for i in event.target}  # a body of no country ("the European Union") too
        earlier = next((e for i, n, e in reversed(told) if i < trigger.i and n & nouns and e.type == event.type),
                       None)
        if earlier is None or len(targets - {None}) > 1:
            continue
        own = _one_country(doc, earlier.source)
        if own is None or own in targets or others_named(doc, trigger.sent, {own, *targets}):
            continue
        event.source = list(earlier.source)
        event.inferred = sorted({*event.inferred, "source"})
