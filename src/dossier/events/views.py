"""A "must" or "should" in a told clause that tells a view, asking nothing of anyone.

The "say … must" entry of patterns/request.yaml reads "told the minister (that) X must/should …" as a demand, of the
one told where the clause's subject is no party. Two forms tell what the speaker infers or expects instead (round
75): the perfect ("the shooting must have been a mistake", "Lima should have known"), what is inferred or what ought
to have been, never a course still to take; and an effect told of a thing no party is ("the incident should not
affect relations", "the dispute must not harm trade"), a hope, not a demand (data/lexicon.yaml `effect_verbs`).
"The army should not hamper the convoys" (a party's act) and "the fighting must stop" (no effect verb) stay demands.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.matching import quoted, reported_clauses
from dossier.events.patterns import load_lexicon

_MODALS = frozenset({"must", "should"})


def inferred(clause: Token) -> bool:
    """A "must" or "should" in the perfect: "must have been a mistake", "should have consulted Lima"."""
    auxes = [a for a in clause.children if a.dep_ == "aux"]
    return clause.tag_ == "VBN" and any(a.lower_ in _MODALS for a in auxes) and any(a.lemma_ == "have" for a in auxes)


def effect_of_a_thing(clause: Token, resolver) -> bool:
    """A "must" or "should" on a verb of effect whose subject is a common noun no actor is: "the incident should
    not affect relations"."""
    if clause.lemma_.lower() not in load_lexicon().effect_verbs or any(c.dep_ == "auxpass" for c in clause.children):
        return False
    if not any(a.dep_ == "aux" and a.lower_ in _MODALS for a in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and not s.ent_type_ and not resolver.many(s) for s in subjects)


def view_told(verb: Token, resolver) -> bool:
    """Every clause with a "must" or "should" the verb reports tells a view (`inferred`, `effect_of_a_thing`)."""
    clauses = [c for c in reported_clauses(verb) if not quoted(c)
               and any(a.dep_ == "aux" and a.lower_ in _MODALS for a in c.children)]
    return bool(clauses) and all(inferred(c) or effect_of_a_thing(c, resolver) for c in clauses)
