"""Sides a sentence leaves to its story: the country of the story's dateline and the countries its first sentence names.

A wire story says where it was written (its dateline, "CARACAS") and opens with who did what to whom (its lede); a
later sentence often leaves one side of an act to them: "the loan, agreed during a visit here by Ecuador's minister"
(with Venezuela), "the two countries signed two treaties" (the lede's two), "West Germany would provide 300 mln marks"
(to the lede's other country). `from_story` fills such an empty side, only where the sentence names nobody of a third
country, and lists the side in the event's `inferred`: the sentence does not state it. The words and types it reads are
in data/story_context.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from spacy.tokens import Doc, Span, Token

from dossier.data_files import load_yaml
from dossier.events.roles.doers import act_nouns, governor, subject_tokens
from dossier.events.roles.meeting_sides import MEETING_MODES
from dossier.events.actors import Resolver
from dossier.events.named_again import named_again
from dossier.events.roles.pairs import MUTUAL, pair_phrase
from dossier.events.roles.tellers import asked_teller, asker, known_body, teller_party
from dossier.model import Entity, Event
from dossier.nlp.extensions import doc_text, sentences_of
from dossier.nlp.heads import reaches

DATA = Path(__file__).parent / "data" / "story_context.yaml"
_NAMED_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # spaCy names that may stand for an actor
_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "nsubjpass"})
_PARTY_PREPS = frozenset({"to", "with"})  # "appealed to the public", "agreed with the banks": a party named
_WHEN_LABELS = frozenset({"DATE", "TIME"})  # "on Monday" names no party
_DETAIL_DEPS = frozenset({"acl", "relcl"})  # a participle or relative clause describing a noun
_STATE_KINDS = frozenset({"government", "person"})  # a state, its bodies and officials: not a firm, nor a market
_STOPS = frozenset({".", "!", "?", "…", ":", ";"})  # the marks that end a sentence of prose
_CLOSING = frozenset({'"', "”", "’", "'", ")", "]"})  # marks that may follow the stop
_HEADINGS_SKIPPED = 3  # a page opens with at most so many heading lines before its first paragraph


@dataclass(frozen=True)
class Words:
    host_types: frozenset[str]
    here: frozenset[str]
    lede_types: frozenset[str]
    lede_not: frozenset[str]
    many: frozenset[str]
    counted: frozenset[str]
    domestic_types: frozenset[str]
    domestic_kinds: frozenset[str]
    imposer_types: frozenset[str]
    again_types: frozenset[str]
    teller_types: frozenset[str]
    teller_preps: frozenset[str]
    asker_types: frozenset[str]
    asker_verbs: frozenset[str]
    asked_verbs: frozenset[str]
    lede_state_types: frozenset[str]


@cache
def words() -> Words:
    """The words and types of data/story_context.yaml."""
    data = load_yaml(DATA)
    host, lede, domestic, again = data["host"], data["lede"], data["domestic"], data["again"]
    return Words(frozenset(host["types"]), frozenset(w.lower() for w in host["here"]), frozenset(lede["types"]),
                 frozenset(w.lower() for w in lede.get("not_triggers", [])),
                 frozenset(w.lower() for w in lede.get("many", [])),
                 frozenset(w.lower() for w in lede.get("counted", [])), frozenset(domestic["types"]),
                 frozenset(domestic["kinds"]), frozenset(data["imposer"]["types"]), frozenset(again["types"]),
                 frozenset(data["teller"]["types"]), frozenset(w.lower() for w in data["teller"]["preps"]),
                 frozenset(data["asker"]["types"]), frozenset(w.lower() for w in data["asker"]["verbs"]),
                 frozenset(w.lower() for w in data.get("asked_teller", {}).get("verbs", ())),
                 frozenset(data["lede_state"]["types"]))


def lede_countries(doc: Doc) -> list[str]:
    """The countries of the actors the story's first sentence names (people, bodies, states and places alike), each
    once, in the order it names them."""
    first = lede_sentence(doc)
    if first is None:
        return []
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}
    found: dict[str, None] = {}
    for tok in first:
        entity = actors.get(token_actor.get(tok.i, ""))
        if entity is not None and entity.country:
            found.setdefault(entity.country)
    return list(found)


def lede_sentence(doc: Doc) -> Span | None:
    """The story's first sentence: the first one that is no heading. A page's text may open with its headline or a
    section title, a line with no final stop ("A guide to tariffs and trade"), which tells no act and names no side."""
    first = None
    for n, sent in enumerate(sentences_of(doc)):
        first = first or sent
        if n >= _HEADINGS_SKIPPED or not _heading(sent):
            return sent
    return first


def after_lede(trigger: Token) -> bool:
    """The trigger stands in a sentence after the story's first (`lede_sentence`)."""
    lede = lede_sentence(trigger.doc)
    return lede is not None and trigger.sent.start > lede.start


def _heading(sent: Span) -> bool:
    """A line of its own with no final stop: "A guide to tariffs and trade" on the line before the first paragraph."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    doc = sent.doc
    text = doc_text(doc)  # joined once per Doc (`doc.text` joins every token anew)
    after = text[words[-1].idx + len(words[-1]): doc[sent.end].idx if sent.end < len(doc) else len(text)]
    if "\n" not in after:
        return False
    last = next((t for t in reversed(words) if t.text not in _CLOSING), words[-1])
    return last.text not in _STOPS


def state_of(doc: Doc, country: str) -> str | None:
    """The id of the state itself among the story's actors: of kind government, its CAMEO code the country's own."""
    return next((i for i, e in (doc._.actors or {}).items()
                 if e.country == country and e.kind == "government" and e.cameo == country), None)


def _with_verb(trigger: Token) -> list[Token]:
    """The trigger, and the verb a noun trigger is the object of ("held talks": talks, held)."""
    verb = governor(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None
    return [trigger] + ([verb] if verb is not None else [])


def modified_by(trigger: Token, vocabulary: frozenset[str]) -> bool:
    """Whether a word of `vocabulary` modifies the trigger, its object, the object of one of its prepositions or the
    verb a noun trigger is the object of ("met here", "agreed during a visit here", "held talks here")."""
    tops = _with_verb(trigger)
    heads = tops + [c for t in tops for c in t.children if c.dep_ in _OBJECT_DEPS]
    heads += [o for t in tops for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(c.lower_ in vocabulary for h in heads for c in h.children)


def others_named(doc: Doc, sent: Span, allowed: set[str], own: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence names an actor of no country or of one not `allowed`, a place of another country ("pledged
    in Paris": a meeting of more than the two), or a name the actors stage did not resolve: someone who may be the
    side the sentence leaves implicit. The actors `own` (the event's filled side) are not others."""
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}
    for tok in sent:
        ident = token_actor.get(tok.i)
        if ident is None or ident in own:
            continue
        entity = actors.get(ident)
        if entity is not None and entity.country not in allowed and (entity.kind != "place" or entity.country):
            return True
    return any(ent.label_ in _NAMED_LABELS and not any(t.i in token_actor for t in ent)
               and not _in_a_title(ent.root, token_actor) for ent in sent.ents)


_TITLE_DEPS = frozenset({"compound", "amod", "flat"})


def _in_a_title(tok: Token, token_actor: dict) -> bool:
    """A word of the title of an actor the sentence names ("Energy" in "Deputy Energy Minister X", a name the
    parser took for an organisation): the words it qualifies, up to the name, are that actor's, not another party."""
    return reaches(tok, _TITLE_DEPS, token_actor, 6)


def _country(doc: Doc, ident: str) -> str | None:
    entity = (doc._.actors or {}).get(ident)
    return entity.country if entity is not None else None


def _one_country(doc: Doc, ids: list[str]) -> str | None:
    """The country of a side whose actors are all of one."""
    countries = {_country(doc, i) for i in ids}
    return countries.pop() if len(countries) == 1 else None


def _placeless_visit(doc: Doc, event: Event, trigger: Token) -> bool:
    """A visit (not the hosting of one) named by a noun ("a visit", "his trip") with no place and nothing visited in
    its sentence ("arrived on Sunday for a three-day visit"): no location, and no place named in the sentence. Not a
    verb of travel alone ("will go", "left on Sunday"): it tells no visit, it may be the way home."""
    if event.mode != "visit" or event.cameo == "043" or event.location is not None or trigger.pos_ != "NOUN":
        return False
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}
    return not any(getattr(actors.get(token_actor.get(t.i, "")), "kind", None) == "place" for t in trigger.sent)


def _host(doc: Doc, event: Event, trigger: Token, own: str, vocabulary: Words, lede: list[str]) -> str | None:
    """The dateline's state as the target of a visitor's act told "here", or of a visit told with no place (a wire
    tells the visits to the place it is written in without naming it); in a story with no dateline, the other state
    of a lede that names two, the visitor's and one other, as the host of an act told "here"."""
    if event.type not in vocabulary.host_types or event.target or party_slot(trigger, objects=True):
        return None
    here = modified_by(trigger, vocabulary.here)
    if not here and not _placeless_visit(doc, event, trigger):
        return None
    home = doc._.dateline_state
    if home is None:
        if not here or len(lede) != 2 or own not in lede:
            return None
        other = lede[1 - lede.index(own)]
        return None if others_named(doc, trigger.sent, {own, other}) else state_of(doc, other)
    if home.country == own or others_named(doc, trigger.sent, {own, home.country}):
        return None
    ident = state_of(doc, home.country)
    if ident is None:
        ident = home.id
        doc._.actors[ident] = home
    return ident


def party_slot(trigger: Token, objects: bool = False) -> bool:
    """Whether the sentence gives the act a party other than the doer in words the actors stage took for no actor: a
    pronoun as its object ("will ask them"; with `objects`, any object but a noun of an act or one that measures
    it: "will meet bankers here", not "signed an agreement here", "attended another round of talks"), a noun after
    "to" or "with" ("appealing to the public", "agreed with the banks")."""
    acts = named_again()  # "signed an agreement here", "held talks here": the act, not a party
    for head in _with_verb(trigger):  # nor a noun that measures it ("attend another round of talks")
        if any(c.dep_ in ("dobj", "dative") and c != trigger and (c.pos_ == "PRON" or (
                objects and c.lemma_.lower() not in acts and c.lemma_.lower() not in act_nouns()["measures"]))
               for c in head.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS and any(
                o.dep_ == "pobj" and o.ent_type_ not in _WHEN_LABELS for o in c.children) for c in head.children):
            return True
    return False


_FIRM = Entity(id="", name="", type="ORG", kind="company")  # an actor not in doc._.actors: not a state's


def related(doc: Doc, events: list[Event], pair: set[str]) -> bool:
    """Whether the story tells an act between the two countries, one on one side, the other on the other, with
    both sides its sentence's own."""
    for event in events:
        if event.inferred:
            continue
        sides = [{_country(doc, i) for i in side} for side in (event.source, event.target)]
        if all(len(side) == 1 for side in sides) and sides[0] | sides[1] == pair and sides[0] != sides[1]:
            return True
    return False


def _lede_other(doc: Doc, event: Event, trigger: Token, own: str, lede: list[str], vocabulary: Words,
                events: list[Event], reporting: frozenset[str]) -> str | None:
    """The other country of a lede that names two, as the target of a directed act of a state (its bodies, its
    officials) of the other one told after the lede, in a story that tells an act between them; not where the
    sentence names another party in words or speaks of many ("all foreign markets", "the debtor countries"), nor of
    a denial or a saying ("he added", `reporting`: a saying has no addressee the story implies), nor in a clause
    that describes a noun ("a report calling for…": a detail of something else, not the story's act). Talks (a
    meeting, negotiations; not a visit, nor talks counted as many: "a string of bilateral talks") take it only where
    the sentence names no party in words as their object ("will meet private bankers") and the story tells no
    earlier talks of their country with a party that is no state (`_talks_with_others`)."""
    talks = event.type == "CONSULT"  # talks with a party named in words ("will meet private bankers"): that party
    if talks and (event.mode not in MEETING_MODES or _counted(trigger, vocabulary.counted)):
        return None  # a visit's host is told "here" or by its place (`_host`); "a string of talks" are with many
    if event.target or len(lede) != 2 or own not in lede or not after_lede(trigger) \
            or party_slot(trigger, objects=talks) or trigger.dep_ in _DETAIL_DEPS:
        return None
    lemma = trigger.lemma_.lower()
    if event.type not in vocabulary.lede_types or lemma in vocabulary.lede_not or lemma in reporting \
            or any(((doc._.actors or {}).get(i) or _FIRM).kind not in _STATE_KINDS for i in event.source) \
            or any(t.tag_ == "NNS" and t.lemma_.lower() in vocabulary.many for t in trigger.sent):
        return None
    other = lede[1 - lede.index(own)]
    if not related(doc, events, {own, other}) or others_named(doc, trigger.sent, {own, other}) \
            or (talks and _talks_with_others(doc, event, events, own)):
        return None
    return state_of(doc, other)


def _lede_state(doc: Doc, event: Event, trigger: Token, lede: list[str], vocabulary: Words,
                reporting: frozenset[str]) -> str | None:
    """The one country a story's first sentence names, as the target of a directed act (data/story_context.yaml
    `lede_state`) of another state, its bodies or officials, or of a known international body, told after the first
    sentence with no target in words ("the IMF has welcomed the cuts" in a story about Hungary's budget): not where the
    sentence names a party in words, anyone else or many, nor of a saying or a clause describing a noun, nor where the
    story named a third country before it (the act may be towards that one)."""
    if event.target or not event.source or len(lede) != 1 or event.type not in vocabulary.lede_state_types \
            or not after_lede(trigger) or party_slot(trigger) or trigger.dep_ in _DETAIL_DEPS:
        return None
    lemma = trigger.lemma_.lower()
    if lemma in vocabulary.lede_not or lemma in reporting \
            or any(t.tag_ == "NNS" and t.lemma_.lower() in vocabulary.many for t in trigger.sent):
        return None
    actors = doc._.actors or {}
    doers = [actors.get(i) for i in event.source]
    if any(e is None or not (known_body(e) or (e.kind in _STATE_KINDS and e.country)) for e in doers):
        return None  # a firm, a group, a name of no known kind: not an outsider's act towards the state
    countries = {e.country for e in doers if e.country}
    if len(countries) > 1 or lede[0] in countries \
            or others_named(doc, trigger.sent, countries | {lede[0]}, frozenset(event.source)):
        return None
    told = {e.country for t in doc[:trigger.sent.end] if (e := actors.get((doc._.token_actor or {}).get(t.i, "")))}
    if told - countries - {lede[0], None}:
        return None  # the story named a third country before: the act may be towards it ("Syria asked for more
        # sugar" in a story about Cuba's sugar that named Brazil's)
    return state_of(doc, lede[0])


def _lede_imposer(doc: Doc, event: Event, trigger: Token, lede: list[str], vocabulary: Words) -> str | None:
    """The state of the lede that is not the target's, as the source of a measure told after the lede with no doer
    in words ("tariffs on Chinese goods were raised in May", "the tariffs on EU imports took effect"): where the lede
    names one such state, the story is about its measures. Not where the sentence names a doer the actors stage did
    not resolve or another party (`others_named`), nor where the lede names two states besides the target's."""
    if event.source or not event.target or event.type not in vocabulary.imposer_types \
            or not after_lede(trigger):
        return None
    targets = {_country(doc, i) for i in event.target}
    states = [c for c in lede if c not in targets]
    if len(states) != 1 or _doer_told(trigger) or others_named(doc, trigger.sent, targets | {states[0]}):
        return None
    return state_of(doc, states[0])


def _doer_told(trigger: Token) -> bool:
    """The sentence gives the act a doer in words: a verb's subject or agent; a noun's owner or "by" phrase."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in trigger.children)
    return bool(subject_tokens(trigger))


def _counted(noun: Token, counting: frozenset[str]) -> bool:
    """Whether a noun is counted as many by the noun its "of" phrase hangs on ("a string of bilateral talks", "a
    series of meetings"; data/story_context.yaml `counted`)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in counting


def _talks_with_others(doc: Doc, event: Event, events: list[Event], own: str) -> bool:
    """Whether the story tells, before the event, talks of the event's country with a party that is no state, body
    or official of one ("is negotiating with commercial banks", a firm, a city read for its bankers): the talks a
    later sentence speaks of again are those, and the lede's other state is no party to them."""
    start = event.evidence[0].start
    actors = doc._.actors or {}
    for earlier in events:
        if earlier.type != "CONSULT" or earlier.inferred or not earlier.evidence or earlier.evidence[0].start >= start:
            continue
        for side, other in ((earlier.source, earlier.target), (earlier.target, earlier.source)):
            if side and other and {_country(doc, i) for i in side} == {own} \
                    and any((actors.get(i) or _FIRM).kind not in _STATE_KINDS for i in other):
                return True
    return False


def _own_government(doc: Doc, event: Event, trigger: Token, own: str, lede: list[str],
                    vocabulary: Words) -> str | None:
    """The state of a domestic story (its first sentence names its country alone) as the target of a demand, threat
    or protest of that country's own groups or parties (data/story_context.yaml `domestic`) that names no one it is
    addressed to: not where the sentence names a party in words or anyone of another country."""
    if event.type not in vocabulary.domestic_types or lede != [own] or party_slot(trigger):
        return None
    if any(((doc._.actors or {}).get(i) or _FIRM).kind not in vocabulary.domestic_kinds for i in event.source):
        return None
    if others_named(doc, trigger.sent, {own}):
        return None
    return state_of(doc, own)


def _pair(doc: Doc, event: Event, trigger: Token, lede: list[str], pairs: dict[str, str]) -> list[str] | None:
    """The lede's two states, for "the two countries", "both sides" as the doers, where neither the act told just
    before (pairs.pair_back) nor the sentence's own actors gave two countries: a source of one country or none (a
    pair is not one party), and no target of a country outside the pair; in a sentence after the lede."""
    if len(lede) != 2 or not after_lede(trigger):
        return None
    own = {c for i in event.source if (c := _country(doc, i))}
    if len(own) > 1 or not own <= set(lede) or any((c := _country(doc, i)) and c not in lede for i in event.target):
        return None
    if own and {c for i in event.target if (c := _country(doc, i))} == set(lede) - own:
        return None  # the sentence's own actors give the pair
    verb = governor(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
    if verb is None or not any(pair_phrase(t, pairs) for t in subject_tokens(verb)):
        return None
    states = [state_of(doc, c) for c in lede]
    return None if None in states else states


def from_story(doc: Doc, events: list[Event], trigger_of, pairs: dict[str, str],
               reporting: frozenset[str] = frozenset(), resolver: Resolver | None = None) -> None:
    """Fill, in place, the empty side the sentence leaves to the story: the dateline's state for a visitor's act
    told "here" or a visit told with no place (without a dateline, the lede's other state for one told "here"); the lede's two states for "the two countries"; the lede's other state as the
    target of a directed act of one of its two (`reporting`: the verbs of saying, lemmas); a domestic story's state
    as the target of its own groups' demands; the one state of a lede that names one as the target of an outsider's
    backing, aid, request or accusation told with no addressee (`_lede_state`); with a `resolver`, the teller of
    talks or an agreement "with X" that name no doer, and of a request or a warning told in the passive with no
    agent, as their source, and of a request told with an active verb of asking that names no one asked, as its
    target (tellers.py).
    Each filled side is listed in the event's `inferred`."""
    if not events:
        return
    vocabulary = words()
    lede = lede_countries(doc)
    for event in events:
        trigger = trigger_of(doc, event) if event.evidence else None
        if trigger is None:
            continue
        if (states := _pair(doc, event, trigger, lede, pairs)) is not None:
            if event.type in MUTUAL:
                event.source, event.target = states[:1], states[1:]
                event.inferred = ["source", "target"]
            else:
                event.source = states
                event.inferred = ["source"]
            continue
        if (source := _lede_imposer(doc, event, trigger, lede, vocabulary)) is not None:
            event.source = [source]
            event.inferred = ["source"]
            continue
        if resolver is not None and (source := teller_party(event, trigger, resolver, vocabulary.teller_types,
                                                            vocabulary.teller_preps)) is not None:
            event.source = [source]
            event.inferred = ["source"]
            continue
        if resolver is not None and (source := asker(event, trigger, resolver, vocabulary.asker_types,
                                                     vocabulary.asker_verbs)) is not None:
            event.source = [source]
            event.inferred = ["source"]
            continue
        if resolver is not None and (target := asked_teller(event, trigger, resolver,
                                                            vocabulary.asked_verbs)) is not None:
            event.target = [target]
            event.inferred = ["target"]
            continue
        if (target := _lede_state(doc, event, trigger, lede, vocabulary, reporting)) is not None:
            event.target = [target]
            event.inferred = ["target"]
            continue
        if not event.source or event.target:
            continue
        own = _one_country(doc, event.source)
        if own is None:
            continue
        target = _host(doc, event, trigger, own, vocabulary, lede) \
            or _lede_other(doc, event, trigger, own, lede, vocabulary, events, reporting) \
            or _own_government(doc, event, trigger, own, lede, vocabulary)
        if target is not None:
            event.target = [target]
            event.inferred = ["target"]
