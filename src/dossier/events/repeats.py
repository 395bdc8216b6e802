"""A side's act told again with its target left out: on a page that codes the act in full elsewhere, a later or
earlier mention that names only the doer ("before the president began imposing tariffs" beside "the United States
raised tariffs on China", "its forces had destroyed nine tanks" beside "Turkish forces shelled Syrian army
positions") is a mention of that act, not another one.

An event with a source but no target is such a mention when the same text holds an event of the same type and status
with a target that a dictionary knows or a country places (not a word read as a name: "agree by the Autumn"), whose
doer stands for the same side (the same actor, or the state itself for one of its officials or forces that an actor
dictionary knows), and the mention has no date of its own or the same date. A mention with a date of its own
("arrested three more on Tuesday") is another act; another status ("did not commit to cuts" beside "pledged aid") is
another claim; a party or a firm of the state is not the state, nor is a body no dictionary knows (a state bank that
"rejected this request" beside another act of its state). A text shorter than the page-topic bar's `min_sentences`
(a single sentence of PLV) keeps every event.

A dated act whose target the text leaves untold by nature (`whole`: a condemnation of an attack whose doer its
sentence does not name, roles/struck_sites.condemned_attack) is told in full too, for a mention with no date of its
own ("X condemned the bombing on Friday" … "X condemns such acts").
"""

from __future__ import annotations

from dossier.events.relevance import topic_bar
from dossier.model import Entity, Event

# Kinds of actor that do not act for their state: a doer of these kinds is covered only by itself.
_NOT_THE_STATE = frozenset({"company", "party", "organisation", "group", "igo"})


def repeats_left_out(events: list[Event], actors: dict[str, Entity], sentences: int,
                     whole: frozenset[str] = frozenset()) -> list[Event]:
    """The events, less each target-less mention of an act the text codes in full (module docstring); `whole`: the
    ids of the dated acts told in full with no target."""
    if sentences < topic_bar().min_sentences:
        return events
    full = [e for e in events if e.source and any(_placed(t, actors) for t in e.target)]
    untold = [e for e in events if e.id in whole and e.source and not e.target and _dated(e)]
    return [e for e in events if e.target or not e.source
            or not any(_same_act(e, f, actors) for f in full)
            and (_dated(e) or not any(_same_act(e, f, actors) for f in untold if f is not e))]


def _dated(event: Event) -> bool:
    return event.date is not None and bool(event.date.start or event.date.end)


def _placed(actor_id: str, actors: dict[str, Entity]) -> bool:
    """An actor a dictionary knows or a country places: a full act's target, not a word read as a name."""
    actor = actors.get(actor_id)
    return actor is not None and (actor.known or actor.country is not None)


def _same_act(mention: Event, act: Event, actors: dict[str, Entity]) -> bool:
    return (mention.type == act.type and mention.status == act.status and _same_time(mention, act)
            and all(_stands_for(s, act.source, actors) for s in mention.source))


def _same_time(mention: Event, act: Event) -> bool:
    """The mention has no date of its own, or the act's."""
    when = mention.date
    if when is None or not (when.start or when.end):
        return True
    return act.date is not None and (when.start, when.end) == (act.date.start, act.date.end)


def _stands_for(doer: str, sources: list[str], actors: dict[str, Entity]) -> bool:
    """The doer is one of the sources, or a dictionary's actor of the state one of them is (a GPE of its country)."""
    if doer in sources:
        return True
    actor = actors.get(doer)
    if actor is None or not actor.known or not actor.country or actor.kind in _NOT_THE_STATE:
        return False
    return any((s := actors.get(a)) is not None and s.type == "GPE" and s.country == actor.country for a in sources)
