"""The act a warning holds out as a condition ("warned that any interference by X would meet a firm response"):
its doer is the one warned; the one it would be done to or in is not."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.matching import condition_subject
from dossier.events.patterns import load_lexicon
from dossier.events.roles.doers import modifier_doers, participle_agents, prep_objects

_DOER_PREPS = ("by", "from")  # "interference by X", "aggression from X": the doer of an act noun


def warned_condition(verb: Token) -> Token | None:
    """The act a warning holds out as a condition: the noun subject of a clause the warning verb reports, whose verb
    tells with a modal what would follow ("warned that any interference by X in Y's affairs would meet a firm
    response": interference). Who does that act is the one warned (`condition_doers`); what it would be done to or in
    is not (`condition_undergoer`). The shape is `matching.condition_subject`'s, which the threat rules read too."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
        if (noun := condition_subject(clause)) is not None:
            return noun
    return None


def condition_doers(noun: Token, resolver: Resolver) -> list[Token]:
    """Who does the act of a warned condition: the object of its "by" or "from", the agent of a participle on it, or
    a name, a demonym or a possessor before it ("U.S. interference", "Washington's meddling"); also a "by" the parser
    hangs on the object of the noun's own phrase ("any interference in Y's affairs by X": affairs are done by no one).
    None where the noun itself names a party, not an act ("X's envoy warned that the Peruvian government would
    respond": the warner's own side, who would act; its demonym names no one warned)."""
    if _names_party(noun):
        return []
    phrases = [o for p in noun.children if p.dep_ == "prep" and p.lower_ not in _DOER_PREPS
               for o in p.children if o.dep_ == "pobj"]
    doers = prep_objects(noun, _DOER_PREPS) + [a for o in phrases for a in prep_objects(o, ("by",))]
    doers += participle_agents(noun)
    return [t for t in doers if resolver.many(t)] + modifier_doers(noun, resolver, pronouns=False)


def _names_party(noun: Token) -> bool:
    """The noun names people or a body (data/lexicon.yaml `people_nouns`, `crowd_nouns`, `unnamed_speakers`:
    "government", "army", "troops", "minister"), not an act ("meddling", "attack"), whatever actor a demonym on it
    gives ("Ugandan meddling" is Uganda's act)."""
    lex = load_lexicon()
    return noun.lemma_.lower() in lex.people_nouns | lex.crowd_nouns | lex.unnamed_speakers


def condition_undergoer(tok: Token, trigger: Token, resolver: Resolver) -> bool:
    """The mention stands in a phrase of a warned condition's act noun other than its doer's ("any interference in
    Y's affairs", "any attack on Y would be met…"): the one the act would be done to or in is not the one warned, when
    the act is any act of its kind ("any") or its doer is named."""
    noun = warned_condition(trigger)
    if noun is None or not (any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)
                            or condition_doers(noun, resolver)):
        return False
    node, by = tok, False
    while node.i != noun.i and node.head.i != node.i:
        by = by or (node.dep_ == "prep" and node.lower_ == "by")
        if node.dep_ == "prep" and node.head.i == noun.i:
            return node.lower_ not in _DOER_PREPS and not by
        node = node.head
    return False
