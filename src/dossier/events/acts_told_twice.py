"""One act told twice in one sentence: a verb and a noun at whose occasion the verb's act takes place ("Peru and
Chile met at talks in Lima", "during the second session of talks, Kenya and Uganda discussed the border") name one
meeting, not two; coding both gives the pair twice, once each way.

A noun event is the verb event's act told again when both stand in one sentence with the same type and status, the
same set of parties (sources and targets together, whichever side each is on), the noun's CAMEO code the verb's
or its type's unspecified one ("talks", 040, at which the sides "negotiated", 046; not "a visit", 042, during which
one "met" another, 040: the visit is an act of its own), no date of the noun's own that
differs from the verb's, and the noun hangs on the verb by a preposition of setting (lexicon: setting_preps), or on
a noun such a preposition sets, through "of" ("the second round of talks"). So too the talks a trip is for, where the
trip visits the ones talked with ("flew to Lima for talks with Peru's president": the city is only where; one
visit, roles/trips.meeting_on_trip), while a trip to a state and talks with its people stay two ("visited Peru for
talks with its president": other parties). The verb's event is kept, with the noun's date where it has none and the
noun's sides where it has no target. A noun that names the doers of a verb's act of its type ("protesters" of
"hundreds of Catholic protesters rallied") is that act too: the verb's event is kept, whose doers are the noun's own
actor. Two acts stay two: other parties ("met Chile at talks with Bolivia"), another act ("met at talks and signed
an accord", a noun the verb does not set), another type or status.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dossier.events.roles.trips import trip_purposes
from dossier.model import Event


def acts_told_twice(doc: Doc, events: list[Event], trigger_token: Callable[[Doc, Event], Token | None],
                    setting_preps: frozenset[str]) -> list[Event]:
    """The events, less each noun event that is a verb event's act told again in its sentence (module docstring)."""
    tokens = {id(e): trigger_token(doc, e) for e in events}
    dropped: set[int] = set()
    for noun_event in events:
        noun = tokens[id(noun_event)]
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(v is not noun_event and id(v) not in dropped and _its_doers(noun_event, v, tokens[id(v)], noun)
               for v in events):
            dropped.add(id(noun_event))  # "thousands of Greek protesters marched": one march, the verb's
            continue
        verb_event = next((v for v in events if v is not noun_event and id(v) not in dropped
                           and _same_act(noun_event, v)
                           and (_sets(tokens[id(v)], noun, setting_preps) or _trip_for(v, tokens[id(v)], noun))),
                          None)
        if verb_event is None:
            continue
        dropped.add(id(noun_event))
        if not verb_event.target and noun_event.target:  # "A and B will gather for a meeting": the noun's two sides
            verb_event.source, verb_event.target = list(noun_event.source), list(noun_event.target)
        if _undated(verb_event) and not _undated(noun_event):
            verb_event.date = noun_event.date
    return [e for e in events if id(e) not in dropped]


def _sets(verb: Token | None, noun: Token, setting_preps: frozenset[str]) -> bool:
    """The noun is the verb's setting: the object of a setting preposition on the verb, or of one the verb's lemma
    takes there ("gather for"), directly or through "of" ("at talks", "during the second round of talks")."""
    if verb is None or verb.pos_ != "VERB" or verb.sent != noun.sent:
        return False
    tok = noun
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        prep = tok.head
        if prep.head == verb:
            return prep.lower_ in setting_preps or f"{verb.lemma_.lower()} {prep.lower_}" in setting_preps
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return False
        tok = prep.head
    return False


def _its_doers(noun_event: Event, verb_event: Event, verb: Token | None, noun: Token) -> bool:
    """The noun names the doers of the verb's act of its type ("protesters" of "thousands of Greek protesters
    marched", "Catholic demonstrators rallied"): it stands in the verb's subject, itself or through "of" ("hundreds
    of protesters"), in the same sentence."""
    if verb is None or verb.pos_ != "VERB" or noun_event.type != verb_event.type \
            or _sentence(noun_event) != _sentence(verb_event) or _sentence(noun_event) is None:
        return False
    tok = noun
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "NUM"):
        tok = tok.head.head
    return tok.head == verb and tok.dep_ in ("nsubj", "nsubjpass")


def _trip_for(verb_event: Event, verb: Token | None, noun: Token) -> bool:
    """The verb event is a trip (mode visit) that is "for" the noun, directly or through "of" ("flew to Lima for
    talks", "for a round of talks")."""
    if verb is None or verb_event.mode != "visit" or verb.pos_ != "VERB" or verb.sent != noun.sent:
        return False
    purposes = trip_purposes(verb)
    tok = noun
    while tok not in purposes and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    return tok in purposes


def _same_act(noun_event: Event, verb_event: Event) -> bool:
    parties = set(noun_event.source) | set(noun_event.target)
    return (noun_event.type == verb_event.type and _names_its_act(noun_event.cameo, verb_event.cameo)
            and noun_event.status == verb_event.status and bool(parties)
            and parties == set(verb_event.source) | set(verb_event.target)
            and _sentence(noun_event) == _sentence(verb_event) and _sentence(noun_event) is not None
            and (_undated(noun_event) or _undated(verb_event)
                 or (noun_event.date.start, noun_event.date.end) == (verb_event.date.start, verb_event.date.end)))


def _names_its_act(noun_code: str, verb_code: str) -> bool:
    """The noun's CAMEO code is the verb's, or its type's code of an act not specified further ("040" talks beside
    "046" negotiated); a noun of another specific act ("042" a visit beside "040" met) names that act."""
    return noun_code == verb_code or (len(noun_code) == 3 and noun_code.endswith("0")
                                      and verb_code.startswith(noun_code[:2]))


def _sentence(event: Event) -> tuple[int, int] | None:
    if not event.evidence or event.evidence[0].start is None:
        return None
    return event.evidence[0].start, event.evidence[0].end


def _undated(event: Event) -> bool:
    return event.date is None or not (event.date.start or event.date.end)
