"""A work or a site taken for a side: "the X oil platforms", "the X railroad", "the X pipeline", "the Gulf" are
where an act happens or what it is done to, never who acts or is acted on (data/no_party.yaml `facilities`,
`waters`). The side is the thing's owner where the text names one ("Iran's X terminal", "the Iranian X field", or the
same noun with a state's word elsewhere in the story: "two Iranian platforms"), else none."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.roles.no_party import is_state_itself, no_party_words

_MODIFIERS = frozenset({"compound", "nmod", "amod"})
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in no_party_words()[key])


def _facility(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _words("facilities")


def _unknown(actor: str | None, resolver: Resolver):
    """The entity of a name no dictionary knows and that gives no country, or None."""
    entity = (resolver.doc._.actors or {}).get(actor or "")
    if entity is None or entity.known or entity.country or not entity.id.startswith("unk:"):
        return None
    return entity


def site_of(tok: Token, resolver: Resolver) -> Token | None:
    """The noun of the work or site whose name the mention only is, or None: the mention's actor is a name no
    dictionary knows that qualifies a noun of `facilities` outside it ("the X oil platforms": platforms, asked of X
    or of the noun), or that ends in one ("the X Railway"); or a place so named of `waters` ("the Gulf east of…": the
    word itself). A name that ends in another noun ("the Port Authority") is a body and stays a side."""
    actor = resolver.one(tok)
    entity = _unknown(actor, resolver)
    if entity is None:
        return None
    if entity.type == "LOC" and any(w in _words("waters") for w in entity.name.lower().split()):
        return tok
    if entity.type == "NAME" and entity.name.lower().split()[-1] in _words("waters"):  # "in the Gulf" tagged no
        return tok  # place: a name that ends in a word of the sea is one ("Gulf Oil" is not)
    node = tok
    while True:
        if _facility(node) and (resolver.map.get(node.i) != actor or _name_end(node, resolver, actor)):
            return node
        if node.dep_ not in _MODIFIERS or node.head.i == node.i or node.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if resolver.map.get(node.i) == actor and resolver.map.get(node.head.i) == actor \
                and not _facility(node.head) and _name_end(node.head, resolver, actor):
            return None  # "the Port Authority": a body's name
        node = node.head


def _name_end(tok: Token, resolver: Resolver, actor: str) -> bool:
    nxt = tok.i + 1
    return resolver.map.get(tok.i) == actor and (nxt >= len(tok.doc) or resolver.map.get(nxt) != actor)


def _owners(noun: Token, resolver: Resolver) -> set[str]:
    """The states a possessive or a state's word on the noun names ("Iran's platforms", "the Iranian field")."""
    actors = resolver.doc._.actors or {}
    return {a for c in noun.children if c.dep_ in _OWNER_DEPS
            for a in [resolver.one(c)] if is_state_itself(actors.get(a or ""))}


def site_owner(site: Token, resolver: Resolver) -> str | None:
    """The state that owns the work: named on its own noun, else on the same noun elsewhere in the story, where one
    state alone is so named; None where the story names none (a place at sea has no owner)."""
    if site.lemma_.lower() in _words("waters") or not _facility(site):
        return None
    own = _owners(site, resolver)
    if not own:
        lemma = site.lemma_.lower()
        own = {a for t in site.doc if t.i != site.i and t.lemma_.lower() == lemma for a in _owners(t, resolver)}
    return next(iter(own)) if len(own) == 1 else None
