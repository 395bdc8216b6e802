"""Where a trip goes: read from a state's or a region's adjective on a trip noun ("his Asian tour", "Shultz's Soviet
visit": the adjective names the places toured, not the one who tours, where the trip is told with its traveller and
without another destination); the ones its infinitive of purpose meets (`met_on_trip`); and not to a place of the
traveller's own state (`home_trips`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from dossier.actors.dictionary import from_loaded, lexicon_words
from dossier.data_files import load_word_lists
from dossier.events.actors import Resolver
from dossier.events.figures_of_speech import figures
from dossier.events.roles.context import _one_country
from dossier.events.roles.doers import prep_objects, subject_tokens
from dossier.events.roles.no_party import is_state_itself
from dossier.model import Event

# Labels of an adjective that names a state or a region ("Soviet", "American", "Asian", "European").
_PLACE_ADJECTIVE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Prepositions after which a trip noun names where it goes ("a visit to X", "a tour of X", "a trip in X").
_DESTINATION_PREPS = ("to", "of", "in", "for")
# Prepositions by which a clause tells a trip its subject makes ("X returned from a European trip", "X said during
# his Asian tour", "X is on an Asian tour").
_FRAME_PREPS = frozenset({"from", "on", "during", "after", "before", "at", "since"})


_MEETINGS = Path(__file__).parent / "data" / "meetings.yaml"


@cache
def _meeting_verbs() -> frozenset[str]:
    """Verbs of meeting whose infinitive gives a trip's purpose (data/meetings.yaml `trip_purpose_verbs`)."""
    return load_word_lists(_MEETINGS)["trip_purpose_verbs"]


def met_on_trip(verb: Token) -> list[Token]:
    """The ones a trip's infinitive of purpose meets: "flew to Paris to meet X" (X), "travelled to Texas to confer
    with X" (X). The trip is the act (events/clauses.is_goal), and they are whom it visits."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.lemma_.lower() in _meeting_verbs() \
                and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) \
                and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children):
            out += [o for o in c.children if o.dep_ in ("dobj", "obj")] + prep_objects(c, ("with",))
    return out


@from_loaded
def _seats(dictionaries) -> frozenset[str]:
    """Cities where international bodies sit and meet (the actors lexicon's `meeting_seats`: Brussels, Geneva)."""
    return lexicon_words(dictionaries, "meeting_seats")


def _meeting_parties(meeting: Token, resolver: Resolver, seat: bool) -> list[Token]:
    """The words naming who meets at a meeting: its own modifiers ("the IMF meeting", "Gulf ministers' talks") and
    its "of" and "between" phrases ("a meeting of GATT members"); in a city where international bodies sit (`seat`),
    its "with" phrase too ("talks in Brussels with EC officials"; elsewhere they may be the visitors)."""
    named = [c for c in meeting.children if c.dep_ in ("compound", "poss", "amod")]
    named += prep_objects(meeting, ("of", "between") + (("with",) if seat else ()))
    named += [c for t in list(named) for c in t.conjuncts]
    return [t for t in named if resolver.many(t)]


def meeting_on_trip(verb: Token, targets: list[Token], resolver: Resolver) -> list[Token] | None:
    """The targets of a trip to a city "for" a meeting: those who meet there, in place of the city, which is only
    where they meet. They are a body or another state's people the meeting's own words name (`seat_meetings`: "flew
    to Geneva for a meeting of GATT members", "visits Washington for the IMF meeting", "flies to Brussels for talks
    with EC officials"), or, in any city, the ones it is "with" where one of them is of the city's own state
    (`hosts_met`: "goes to Ottawa for talks with Canadian ministers", "flew to Canberra for talks with
    Australia": the state is visited in them). None where the trip is for no such meeting, or for talks "with" others
    alone in a city where no international body sits ("visit Nairobi for talks with World Bank officials": Kenya is
    visited)."""
    actors = resolver.doc._.actors or {}
    meetings = [o for o in trip_purposes(verb) if o.lemma_.lower() in _seat_meetings()]
    cities = [t for t in targets if (ids := resolver.many(t))
              and all((e := actors.get(i)) is not None and e.kind == "place" for i in ids)]
    if not meetings or not cities:
        return None
    hosts = {actors[i].country for t in cities for i in resolver.many(t)}
    seat = any(t.lower_ in _seats() for t in cities)
    parties = [t for m in meetings for t in _meeting_parties(m, resolver, seat)]
    met = hosts_met(verb, meetings, hosts, resolver)
    if met:
        return [t for t in targets if t not in cities] + list(dict.fromkeys(parties + met))
    if not parties or any((e := actors.get(i)) is None or e.country in hosts
                          for t in parties for i in resolver.many(t)):
        return None
    return [t for t in targets if t not in cities] + parties


def trip_purposes(verb: Token) -> list[Token]:
    """The nouns a trip is "for" ("flew to Lima for talks"), also where the parser made the "for" a conjunct of the
    trip's infinitive of purpose ("left for Lima to attend the summit and for talks with X")."""
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
                and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]
    fors = [c for p in purposes for c in p.children if c.dep_ == "conj" and c.lower_ == "for"]
    return prep_objects(verb, ("for",)) + [g for f in fors for g in f.children if g.dep_ == "pobj"]


def hosts_met(verb: Token, meetings: list[Token], hosts: set[str | None], resolver: Resolver) -> list[Token]:
    """The ones a trip's meetings are "with" (the parser may hang "with X" on the verb of travel), where one of them
    is of a state among `hosts`, the countries of the cities the trip goes to; else none."""
    actors = resolver.doc._.actors or {}
    met = [t for m in meetings for t in prep_objects(m, ("with",))] + prep_objects(verb, ("with",))
    met = [t for t in met if resolver.many(t)]
    host_state = any((e := actors.get(i)) is not None and e.country and e.country in hosts
                     for t in met for i in resolver.many(t))
    return met if host_state else []


@cache
def _seat_meetings() -> frozenset[str]:
    """Nouns of a meeting a trip to its city is for (data/meetings.yaml `seat_meetings`)."""
    return load_word_lists(_MEETINGS)["seat_meetings"]


def _framing_subjects(noun: Token) -> list[Token]:
    """The subject of the verb a trip noun is the object of a framing preposition of ("X returned from a trip")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _FRAME_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return subject_tokens(prep.head)


def travellers(noun: Token, agents: list[Token], gov: Token | None, resolver: Resolver) -> list[Token]:
    """The words that name who makes the trip other than an adjective on it: a possessor ("his", "Shultz's"), the
    agent ("by X"), the subject of the light verb that has the trip ("X began a tour") or of the verb the trip frames
    ("X returned from a trip")."""
    named = [c for c in noun.children if c.dep_ == "poss" and resolver.many(c)] + agents
    named += subject_tokens(gov) if gov is not None else []
    named += _framing_subjects(noun)
    return [t for t in named if resolver.many(t)]


def destination_adjectives(noun: Token, modifiers: list[Token], agents: list[Token], gov: Token | None,
                           resolver: Resolver) -> list[Token]:
    """The adjectives among a trip noun's `modifiers` that tell where it goes: a state's or a region's adjective
    ("his Asian tour", "Shultz's Soviet visit", "X returned from a European trip": Asia, the Soviet Union, Europe)
    where the trip names no destination of its own and its traveller is named otherwise (`travellers`). Without a
    traveller ("the Soviet visit was a success") or with a destination ("the Soviet visit to Washington") the
    adjective is the one who goes, and stays the doer."""
    adjectives = [c for c in modifiers if c.dep_ == "amod"
                  and all(resolver.label(i) in _PLACE_ADJECTIVE_LABELS for i in resolver.many(c))]
    if not adjectives or any(resolver.many(t) for t in prep_objects(noun, _DESTINATION_PREPS)):
        return []
    return adjectives if travellers(noun, agents, gov, resolver) else []


@cache
def _places_of_care() -> frozenset[str]:
    """The last words of a place of care's name (data/meetings.yaml `places_of_care`)."""
    return load_word_lists(_MEETINGS)["places_of_care"]


# CAMEO codes of a meeting or a visit, done or meant ("043 host a visit", "036 express intent to meet").
_MEETING_CODES = ("04", "036")


def care_trips(doc: Doc, events: list[Event]) -> list[Event]:
    """A meeting's or a visit's target that is a place of care (`_a_place_of_care`: "was rushed to Harmon County
    Hospital", "went to Linden Bay hospital for tests", "was flown to a medical center") is where a patient
    is taken or a caller goes, no party met: it leaves the targets, and an event left with no target leaves the
    events. Other acts on such a place (a hospital shelled, aid sent to a clinic) stay."""
    actors = doc._.actors or {}
    care: dict[str, bool] = {}  # each target read once per document (`_a_place_of_care` walks the doc)
    kept = []
    for event in events:
        if not event.target or not (event.cameo or "").startswith(_MEETING_CODES):
            kept.append(event)
            continue
        for i in event.target:
            if i not in care:
                care[i] = _a_place_of_care(doc, i, actors.get(i))
        target = [i for i in event.target if not care[i]]
        if target:
            kept.append(event if len(target) == len(event.target) else event.model_copy(update={"target": target}))
    return kept


def _a_place_of_care(doc: Doc, ident: str, actor) -> bool:
    """The actor's name ends with a word of `_places_of_care` ("Mayo Clinic"), or a word of the story that names it
    stands before such a noun outside the name ("Linden Bay hospital", then "his visit to Linden Bay")."""
    care = _places_of_care()
    name = " ".join((actor.name if actor is not None else "").lower().split())
    if any(name == w or name.endswith(" " + w) for w in care):
        return True
    token_actor = doc._.token_actor or {}
    for t in doc:
        if token_actor.get(t.i) != ident:
            continue
        head = t
        while head.dep_ == "compound" and token_actor.get(head.head.i) == ident:
            head = head.head
        if head.dep_ == "compound" and head.head.lemma_.lower() in care:
            return True
    return False


def home_trips(doc: Doc, events: list[Event]) -> list[Event]:
    """A trip's place in the traveller's own state is where the traveller lives, not a place visited ("President
    Garcia returned to Lima", "Kohl left Bonn for Washington" read as going to Bonn): such places leave the target,
    and a trip left with no place or party to go to is no act between actors and leaves the events. Only places
    (a city, a region), where every actor of the source is of that one state; a visit to the state's people ("met
    the governor in Texas") or its government is another actor's and stays. A way back (`_going_back`) to the
    own state named whole ("returned to Peru", "flew back to Japan") goes home too, whatever type the event was
    given (the type model reads "returned to Japan" as a thing given back)."""
    actors = doc._.actors or {}
    kept = []
    for event in events:
        home = _one_country(doc, event.source) if event.target else None
        if event.mode == "visit" and event.cameo == "042" and _addressing(doc, event):
            event = event.model_copy(update={"target": [  # "addressing the Bolivian congress": another state's
                i for i in event.target if (e := actors.get(i)) is not None and e.country and e.country != home]})
            if event.target:  # (one's own, or one of no state named, "spoke to parliament", is no visit)
                kept.append(event)
            continue
        back = bool(home) and _going_back(doc, event)
        if not back and (event.mode != "visit" or event.cameo != "042" or not event.target):
            kept.append(event)
            continue
        target = [i for i in event.target if not (home and (e := actors.get(i)) is not None and e.country == home
                                                  and (e.kind == "place" or back and is_state_itself(e)))]
        if not target:
            continue
        if len(target) < len(event.target):
            event = event.model_copy(update={"target": target})
        kept.append(event)
    return kept


# Verbs of speaking to hearers: one who speaks to or addresses a legislature visits it (patterns/consult.yaml).
_ADDRESSING = frozenset({"speak", "talk", "address"})


def _addressing(doc: Doc, event: Event) -> bool:
    """The visit is told by a verb of speaking to those visited ("speaking to Bolivia's congress"; round 75)."""
    from dossier.events.roles.model import trigger_token  # the role model imports this module
    verb = trigger_token(doc, event)
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _ADDRESSING


# Words on a verb of going that make it a way back: "flew back to Tokyo", "came home to Lima".
_BACK = frozenset({"back", "home"})


def _going_back(doc: Doc, event: Event) -> bool:
    """The event is told by a verb of coming back with no object ("returned to Lima", "flew back to Tokyo", not
    "returned the islands to Japan"): "return", or a verb of going (figures_of_speech `going_verbs`) with "back" or
    "home" on it."""
    from dossier.events.roles.model import trigger_token  # the role model imports this module
    verb = trigger_token(doc, event)
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return False
    if verb.lemma_.lower() == "return":
        return True
    return verb.lemma_.lower() in figures()["going_verbs"] \
        and any(c.lower_ in _BACK and c.dep_ in ("advmod", "prt") for c in verb.children)
