"""Mentions a clause below the trigger's own phrase holds, which the role model may not take for a side: a name
inside a clause that qualifies the trigger's object (what the object does or leads to: "protested the law
that led to an inquiry into the Y affair" — the law is protested, not Y), and the subject phrase of a verb of taking
part in a gathering where they are of one state ("Deputy Secretary X and Under Secretary Y also attended the
meeting": both attend, neither meets the other; two states' delegates who attend together do meet)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.roles.gatherings import taking_part

_QUALIFYING = frozenset({"relcl", "acl"})  # a relative clause, a participle on a noun
_DOERS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})  # who does the clause's act: may be the object's author


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
