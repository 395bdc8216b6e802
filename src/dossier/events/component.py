"""The `dossier_events` spaCy component: codes each doc's sentences into doc._.events."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from spacy.tokens import Doc

from dossier.events import classifier
from dossier.events.roles import model as role_model
from dossier.events.actors import Resolver
from dossier.events.acts_told_twice import acts_told_twice
from dossier.events.admissions import owned_up
from dossier.events.coder import Coder
from dossier.events.roles.besieged import held_inside
from dossier.events.roles.context import from_story
from dossier.events.roles.counters import struck_back
from dossier.events.story_dates import date_back
from dossier.events.matching import TriggerMatcher
from dossier.events.moved_meetings import moved_meetings
from dossier.events.no_event import feelings_left_out
from dossier.events.patterns import entry_inputs, load_entries, load_lexicon, load_threats
from dossier.events.headings import prose_events
from dossier.events.prominence import rank
from dossier.events.promises import once_each, promises_left_out
from dossier.events.relevance import on_topic_events, placed_events, political_events
from dossier.events.repeats import repeats_left_out
from dossier.events.roles.struck_sites import condemned_attack
from dossier.events.roles.earlier_acts import refer_back
from dossier.events.roles.fights import fought_back
from dossier.events.roles.measures import imposed_again
from dossier.events.roles.meeting_sides import visitor_first
from dossier.events.roles.pairs import pair_back
from dossier.events.roles.trips import care_trips, home_trips
from dossier.events.status import announced_to
from dossier.nlp import extensions  # noqa: F401
from dossier.nlp.extensions import sentences_of


class EventCoder:
    """The component; `coder.model` is the learned event type and `roles` the learned role model (None: the rules
    alone), which evaluation swaps; `keep_unplaced`: keep the events none of whose sides is placed
    (events/relevance.py); `keep_trade`: keep the events that are a firm's own trade (relevance.firms_own_trade);
    `keep_off_topic`: keep the events with no political side on a page not about public affairs
    (relevance.on_topic_events), and a side's act told again with no target (repeats.repeats_left_out)."""

    def __init__(self, coder: Coder, roles: role_model.RoleModel | None = None, keep_unplaced: bool = True,
                 by_place: bool = False, keep_trade: bool = False, keep_off_topic: bool = False):
        self.coder = coder
        self.roles = roles
        self.keep_unplaced = keep_unplaced
        self.by_place = by_place  # not kept: an unplaced event whose sentence names a place is kept all the same
        self.keep_trade = keep_trade
        self.keep_off_topic = keep_off_topic

    def __call__(self, doc: Doc) -> Doc:
        events = self.coder.code(doc)
        refer_back(doc, events, role_model.trigger_token)  # "rejected the deal": the earlier deal's parties
        struck_back(doc, events, role_model.trigger_token)  # "launched a counteroffensive": at the story's earlier attacker
        # "the two sides agreed": the parties of the act told just before
        pair_back(doc, events, role_model.trigger_token, self.coder.lex.pairs)
        date_back(doc, events, role_model.trigger_token)  # "Approval came on Wednesday": the earlier act's date
        lex = self.coder.lex
        resolver = Resolver(doc, pairs=lex.pairs, leader_titles=lex.leader_titles, reporting_verbs=lex.reporting_verbs)
        if self.roles is not None and events:  # after the rules: the learned roles fill the sides they left empty
            role_model.complete(doc, events, self.roles, resolver)
            # a capture told only as done to a state: the side the story has fighting it, once the sentence's own
            # words (the model) have left the doer untold
            fought_back(doc, events, role_model.trigger_token)
            announced_to(doc, events, role_model.trigger_token, resolver, lex)  # a target the model found
            refer_back(doc, events, role_model.trigger_token)  # again: the earlier deal's sides the model filled
            # last, as what the sentence says wins: a side it leaves to the story's dateline or first sentence (not
            # with the rules alone, which the role model learns from: role_training.groups)
            from_story(doc, events, role_model.trigger_token, lex.pairs, lex.reporting_verbs, resolver)
            imposed_again(doc, events, role_model.trigger_token)  # "tariffs were raised": the story's imposer
            # then, both sides known: a meeting's visitor is its source, its host the target (not with the rules
            # alone either: the PLOVER sets the role model learns from name a meeting's sides in the sentence's order)
            visitor_first(doc, events, role_model.trigger_token)
            held_inside(doc, events, role_model.trigger_token, resolver)  # a building besieged: the people in it
        # a state's own deed or wrong owned up to is its concession (events/admissions.py); once the deeds' sides are
        # filled, and after the role model, which would give a wrong admitted the act's target
        events = owned_up(doc, events, resolver, lex)
        # a meeting put off is planned at its new time, one called off not held (events/moved_meetings.py); once the
        # sides are filled, which a put off meeting's refusal keeps as they were read
        events = moved_meetings(doc, events, role_model.trigger_token)
        # a traveller going to a place of the own state goes home, visiting nobody ("returned to Lima")
        events = home_trips(doc, events)
        # a patient taken to a hospital, or a caller on its wards, meets no party there ("rushed to the clinic")
        events = care_trips(doc, events)
        if not self.keep_unplaced:  # last, once every side is filled: no side placed, no political event
            events = placed_events(events, doc._.actors or {}, doc if self.by_place else None)
        if not self.keep_trade:  # a firm's own trade, firms and their people on every side: no political act
            events = political_events(events, doc._.actors or {}, doc)
        if not self.keep_off_topic:  # a page about a product, a game or a life: only acts with a political side
            events = on_topic_events(events, doc._.actors or {}, doc)
        # a subhead, a link to another story or a teaser cut short: no prose of the page
        events = prose_events(events, doc)
        # a regret aimed at no party is a feeling, no disapproval ("lamented that the fair ended in a brawl")
        events = feelings_left_out(doc, events, self.coder.lex)
        # one sentence that repeats a trigger with the same sides tells one act; a speaker's quoted promise of their
        # own programme ("we are going to protect our farmers") is a statement, no act between parties
        events = promises_left_out(once_each(events), doc)
        # a verb's act told again by a noun it is set at ("met at talks"): one act (events/acts_told_twice.py)
        events = acts_told_twice(doc, events, role_model.trigger_token, self.coder.lex.setting_preps)
        if not self.keep_off_topic:  # a side's act told again with no target, the text coding it in full elsewhere
            events = repeats_left_out(events, doc._.actors or {}, len(sentences_of(doc)), frozenset(
                e.id for e in events if not e.target and (t := role_model.trigger_token(doc, e)) is not None
                and condemned_attack(t, e.type) is not None))  # "condemned the bombing": its doer untold
        # last, on the events kept: how much each is one of the story's main acts (events/prominence.py)
        rank(doc, events, role_model.trigger_token)
        doc._.events = events
        return doc


KEEP = object()  # `coding_with`: leave that model as it is


@contextmanager
def coding_with(nlp: Language, types=KEEP, roles=KEEP, keep_unplaced=KEEP, by_place=KEEP,
                keep_trade=KEEP, keep_off_topic=KEEP) -> Iterator[EventCoder]:
    """Inside the block the pipeline's event component codes with these models instead of its own: `types` the
    event-type model, `roles` the role model (None: the rules alone decide roles; KEEP: unchanged), and keeps the
    events with no placed side or not (`keep_unplaced`; training reads every event the rules find), those whose
    sentence names a place among them or not (`by_place`), a firm's own trade or not (`keep_trade`), the events
    with no political side on a page not about public affairs or not (`keep_off_topic`). Yields the component."""
    component = nlp.get_pipe("dossier_events")
    held = (component.coder.model, component.roles, component.keep_unplaced, component.by_place,
            component.keep_trade, component.keep_off_topic)
    if types is not KEEP:
        component.coder.model = types
    if roles is not KEEP:
        component.roles = roles
    if keep_unplaced is not KEEP:
        component.keep_unplaced = keep_unplaced
    if by_place is not KEEP:
        component.by_place = by_place
    if keep_trade is not KEEP:
        component.keep_trade = keep_trade
    if keep_off_topic is not KEEP:
        component.keep_off_topic = keep_off_topic
    try:
        yield component
    finally:
        (component.coder.model, component.roles, component.keep_unplaced, component.by_place,
         component.keep_trade, component.keep_off_topic) = held


@Language.factory("dossier_events", default_config={"extra_patterns": [], "type_model": "shipped",
                                                    "roles_model": "shipped", "unplaced": "keep",
                                                    "firm_trade": "drop", "off_topic": "drop"})
def make_events(nlp: Language, name: str, extra_patterns: list[str], type_model: str, roles_model: str,
                unplaced: str, firm_trade: str = "drop", off_topic: str = "drop"):
    """Build the matcher once; `extra_patterns` are folders of more pattern files (one YAML per type);
    `type_model` and `roles_model`: "shipped" (events/model/event_types.npz, roles.npz), a path to another
    model, or "none"; `unplaced`: "drop" or "keep" the events with no placed side, or "place": drop those whose
    sentence names no place either (events/relevance.py); `firm_trade`: "drop" or "keep" a firm's own trade;
    `off_topic`: "drop" or "keep" the events with no political side on a page not about public affairs."""
    model = None if type_model == "none" else classifier.load(None if type_model == "shipped" else type_model)
    roles = None if roles_model == "none" else role_model.load(None if roles_model == "shipped" else roles_model)
    extra = tuple(extra_patterns)
    matcher = TriggerMatcher(nlp.vocab, load_entries(extra), cached_from=entry_inputs(extra))
    coder = Coder(matcher, load_lexicon(), load_threats(extra), model)
    return EventCoder(coder, roles, keep_unplaced=unplaced == "keep", by_place=unplaced == "place",
                      keep_trade=firm_trade == "keep", keep_off_topic=off_topic == "keep")
