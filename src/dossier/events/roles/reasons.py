"""The party a measure answers: "imposed duties because Uganda broke a pact", "sanctions laid in retaliation for
Uganda's breach of its pact with Tanzania" are done to Uganda, the doer of the act answered, and not to the other
parties the reason names (data/reasons.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import Resolver
from dossier.events.roles.doers import modifier_doers, prep_objects, subject_tokens

_REASONS = Path(__file__).parent / "data" / "reasons.yaml"
_OWN_CLAUSES = frozenset({"ccomp", "conj", "relcl", "parataxis"})  # another act's clause, not the trigger's phrase


@cache
def _words() -> dict[str, frozenset[str]]:
    return {key: frozenset(str(w).lower() for w in words) for key, words in load_yaml(_REASONS).items()}


def answers(event_type: str) -> bool:
    """The type is one of a measure taken against another (data/reasons.yaml `types`)."""
    return event_type.lower() in _words()["types"]


def reason_of(trigger: Token) -> Token | None:
    """The word that tells the reason of the trigger's act, inside the trigger's own phrase: the verb of a "because"
    clause, or what a noun of answering's "for" or "to" names ("in retaliation for Uganda's breach…": breach;
    "in response to curbs by Uganda": curbs). None where the phrase tells none."""
    words = _words()
    todo = [trigger]
    while todo:
        node = todo.pop(0)
        for child in node.children:
            if child.dep_ in _OWN_CLAUSES and child.i != trigger.i:
                continue
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words["marks"] for m in child.children):
                return child
            if child.dep_ == "pobj" and child.lemma_.lower() in words["nouns"] and child.head.lower_ in ("in", "as"):
                answered = [o for p in child.children if p.dep_ == "prep" and p.lower_ in words["preps"]
                            for o in p.children if o.dep_ in ("pobj", "pcomp")]
                if answered:
                    return answered[0]
            todo.append(child)
    return None


def answered_doers(trigger: Token, resolver: Resolver) -> list[Token]:
    """The doers of the act the trigger's reason tells: a "because" clause's subject, a gerund's subject or
    possessor, or a noun's possessor, name or demonym before it or "by" phrase. [] where none names an actor."""
    reason = reason_of(trigger)
    if reason is None:
        return []
    if reason.pos_ in ("VERB", "AUX") and reason.dep_ == "advcl":
        found = subject_tokens(reason)
    else:
        found = [c for c in reason.children if c.dep_ in ("nsubj", "poss")] \
            + modifier_doers(reason, resolver, ("compound", "amod", "nmod")) + prep_objects(reason, ("by",))
    return [t for t in found if resolver.many(t)]


def in_the_reason(tok: Token, trigger: Token, resolver: Resolver) -> bool:
    """The mention lies inside the reason of the trigger's act and is not the doer of the act answered ("in
    retaliation for Uganda's breach of its pact with Tanzania": Tanzania)."""
    reason = reason_of(trigger)
    if reason is None or tok.i not in {t.i for t in reason.subtree}:
        return False
    doers = answered_doers(trigger, resolver)
    return not any(tok.i == d.i or tok.i in {t.i for t in d.subtree} for d in doers)
