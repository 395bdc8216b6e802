"""A party named at the doer's side ("France, along with Germany, condemned the coup", "the minister, together with
his Ugandan counterpart, visited Juba", "troops fought alongside Kurdish forces") does the act with the doer: it is
a source, never the target (data/no_party.yaml `co_doers_before_with`, `co_doers_alone`)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.roles.no_party import no_party_words


def _co_prep(prep: Token) -> bool:
    """"with" after "along"/"together" (or with "together" below it), or a preposition of company on its own."""
    words = no_party_words()
    if prep.lower_ in words["co_doers_alone"]:
        return True
    return prep.lower_ == "with" and (prep.head.lower_ in words["co_doers_before_with"]
                                      or any(c.lower_ in words["co_doers_before_with"] for c in prep.children))


def co_doer(tok: Token) -> bool:
    """The word (or a word coordinated with it) is the object of a preposition of company: "along with Germany",
    "together with his counterpart", "alongside Kurdish forces"."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and _co_prep(node.head)


def co_doers(heads: list[Token]) -> list[Token]:
    """The objects of a preposition of company on any of the heads (the trigger, its verb, the doer's words): "along"
    or "together" may hang on the head with "with" below it, or "with" on the head with "together" below it."""
    found: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ != "prep":
                continue
            preps = [child] + [g for g in child.children if g.dep_ == "prep"]
            found += [o for p in preps if _co_prep(p) for o in p.children if o.dep_ == "pobj"]
    return list(dict.fromkeys(found))
