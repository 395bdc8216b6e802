"""Concern at a deed, told by one who reports it ("the actions launched on Monday by X against Y trigger concern, the
diplomat said"; "X's offensive raises serious concern, a spokesman said"): the teller is the one concerned, who
accuses; the deed's doer is the one accused, and the one the deed was done to is no party of the concern. The nouns
read are in data/acts_done.yaml `worrying_acts` and `doers_named_before`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import Resolver
from dossier.events.roles.doers import modifier_doers, participle_agents, prep_objects

_ACTS_DONE = Path(__file__).parent / "data" / "acts_done.yaml"


@cache
def _deeds() -> frozenset[str]:
    data = load_yaml(_ACTS_DONE)
    return frozenset(w.lower() for w in data["worrying_acts"] + data["doers_named_before"])


@cache
def _concern_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml(_ACTS_DONE)["concern_words"])


def _deed(trigger: Token) -> Token | None:
    """The noun of a deed the concern is at: the subject of the trigger verb ("the offensive raises concern"), or the
    noun a participle trigger describes where that noun is its clause's subject ("the actions launched by X trigger
    concern": the parser or the type model may take the participle for the act)."""
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.dep_ == "nsubj":
        noun = trigger.head
    else:
        noun = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _deeds():
        return None
    return noun


def _tellers(verb: Token, deed: Token, resolver: Resolver) -> list[Token]:
    """The subject of the verb of saying that reports the clause ("…, the diplomat said"); where the parser hung the
    deed itself on the verb of saying, that verb's other subject."""
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in resolver.reporting_verbs:
        return [s for s in verb.children if s.dep_ == "nsubj" and s.i != deed.i and resolver.many(s)]
    for head in verb.ancestors:
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in resolver.reporting_verbs:
            return [s for s in head.children if s.dep_ == "nsubj" and resolver.many(s)]
    return []


def concern_sides(trigger: Token, resolver: Resolver) -> tuple[list[Token], list[Token]] | None:
    """(accusers, accused) of a concern at a deed that a teller reports: the teller, and the deed's doer (its "by"
    phrase, the agent of a participle on it, its owner or the name before it). None where the concern's own object
    names a party (one who is worried or angered: "the move angered Japan"), where no teller or no doer is named, or
    where the teller is the doer."""
    deed = _deed(trigger)
    if deed is None:
        return None
    clause = deed.head
    if any(c.dep_ in ("dobj", "obj", "dative") and resolver.many(c) for c in clause.children):
        return None
    told = [t for t in clause.subtree if not (t.dep_ == "nsubj" and t.head.i == clause.i and t.i != deed.i)]
    if not any(t.lemma_.lower() in _concern_words() or t.lower_ in _concern_words() for t in told):
        return None
    doers = [t for t in prep_objects(deed, ("by",)) + participle_agents(deed) if resolver.many(t)] \
        or modifier_doers(deed, resolver, ("poss", "compound", "amod"), pronouns=False)
    tellers = _tellers(clause, deed, resolver)
    if not doers or not tellers:
        return None
    if {a for t in tellers for a in resolver.many(t)} & {a for t in doers for a in resolver.many(t)}:
        return None
    return tellers, doers
