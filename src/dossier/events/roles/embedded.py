"""Mentions a clause below the trigger's own phrase holds, which the role model may not take for a side: the
phrase of a passive's subject (the one it is done to: "X, a friend of Y, was charged by Z" — Y does not charge), and
a name inside a clause that qualifies the trigger's object (what the object does or leads to: "protested the law
that led to an inquiry into the Y affair" — the law is protested, not Y), and the subject phrase of a verb of taking
part in a gathering where they are of one state ("Deputy Secretary X and Under Secretary Y also attended the
meeting": both attend, neither meets the other; two states' delegates who attend together do meet)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.roles.doers import is_passive
from dossier.events.roles.gatherings import taking_part

_QUALIFYING = frozenset({"relcl", "acl"})  # a relative clause, a participle on a noun
_DOERS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})  # who does the clause's act: may be the object's author


_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp"})
_PARTIES_PREPS = frozenset({"between", "with", "among", "by"})  # the parties of an act a noun names


def in_passive_subject(anchor: Token, trigger: Token) -> bool:
    """The mention lies in the noun phrase of a passive trigger's subject ("X, a friend of Y, was charged": X and Y):
    that phrase names the one the act is done to, never its doer, which the "by" phrase names. Not inside a clause
    of that phrase ("farmers who failed to tell the government … will be allowed to…": the government may be anyone
    of the clause's act), nor in the parties' phrase of an act the subject names ("an agreement between A and B was
    signed", "talks with X were held": A, B and X take part in it)."""
    if trigger.pos_ != "VERB" or not is_passive(trigger):
        return False
    tok = anchor
    while tok.i != tok.head.i and tok.head.i != trigger.i:
        if tok.dep_ in _CLAUSES or (tok.dep_ == "prep" and tok.lower_ in _PARTIES_PREPS):
            return False
        tok = tok.head
    return tok.head.i == trigger.i and tok.dep_ == "nsubjpass"


def in_object_clause(anchor: Token, trigger: Token) -> bool:
    """The mention lies in a relative clause or a participle that qualifies a verb trigger's object (its direct
    object or a preposition's, and the nouns below them), and is not that clause's doer or in its doer's phrase:
    "disagreed with provisions which would require Y to act" (Y), "would block any takeover found harmful to Y's
    interests" (Y). A clause's own doer may be whose the object is ("rejected the plan that Y proposed": Y; "measures
    taken by Y": Y), so it is left to the model; so is one in a "for" phrase (`_for_phrase`)."""
    if trigger.pos_ != "VERB":
        return False
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    heads += [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    above = {a.i for a in anchor.ancestors}
    for head in heads:
        if head.i not in above:
            continue
        for clause in head.subtree:
            if clause.dep_ not in _QUALIFYING or clause.pos_ not in ("VERB", "AUX") or clause.i not in above:
                continue
            doers = [t.i for d in clause.children if d.dep_ in _DOERS for t in d.subtree]
            if anchor.i not in doers and not _for_phrase(anchor, clause):
                return True
    return False


def _for_phrase(anchor: Token, clause: Token) -> bool:
    """The mention is in a "for" phrase inside the clause ("send supplies that Y does not want for the Tamils"), or
    in a "to" phrase inside a participle on the object ("sent a flotilla carrying supplies to Y", "ships loaded with
    medicine to Y"): whom the act is for, or where what is sent goes, which the parser often hangs on the nearest word
    rather than on the trigger; left to the model. Not a "to" phrase of a relative clause ("a law that led to an
    inquiry into Y") or on an adjective ("found harmful to Y's interests")."""
    tok = anchor
    while tok.i != clause.i and tok.i != tok.head.i:
        if tok.dep_ == "prep" and (tok.lower_ == "for" or (
                tok.lower_ == "to" and clause.dep_ == "acl" and tok.head.pos_ != "ADJ")):
            return True
        tok = tok.head
    return False


def one_state(actors: list[str], resolver: Resolver) -> bool:
    """The actors are of one state, as far as is known: at most one country among them ("Deputy Secretary X and
    Under Secretary Y", both American, or of no known country), not two states' delegates."""
    known = resolver.doc._.actors or {}
    return len({c for a in actors if (e := known.get(a)) is not None and (c := e.country)}) <= 1


def in_attending_subject(anchor: Token, trigger: Token) -> bool:
    """The mention lies in the subject phrase of a verb of taking part in a gathering, the trigger or the verb whose
    object the trigger is (gatherings.taking_part: "X
    and Y also attended the meeting", however the parser splits a title such as "Under Secretary Y"): one of those
    who attend, not the one they meet."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") else trigger
    if verb.pos_ != "VERB" or not taking_part(verb, None):
        return False
    return any(anchor.i in {t.i for t in s.subtree} for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))
