"""The sides of a request or an offer told as refused in the passive with no one named refusing it: "U.S. overtures
to Japan and West Germany to cut rates have been rebuffed" is Japan's and West Germany's refusal of the United States
(the ones it was made to refuse it; the one who made it is refused), not a refusal of Japan by someone untold."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.roles.doers import is_passive, modifier_doers, prep_objects
from dossier.events.roles.earlier_acts import answered

_MADE = ("REQUEST", "AGREE")  # the types of the acts a noun of a request or an offer names (data/acts_answered.yaml)


def refused_request(verb: Token, resolver: Resolver) -> tuple[list[Token], list[Token]] | None:
    """(who refuses, who is refused) of a passive verb of refusal with no agent whose subject is a noun of a request
    or an offer with a "to" phrase naming an actor: its "to" party, and its maker (the name or owner before it, or its
    "by" or "from" phrase). None otherwise ("the plan was rejected", "X's request was rejected by Y")."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    if noun is None or not set(answered().get(noun.lemma_.lower(), ())) & set(_MADE):
        return None
    refusers = [t for t in prep_objects(noun, ("to",)) if resolver.many(t)]
    if not refusers:
        return None
    makers = modifier_doers(noun, resolver, pronouns=False) + [
        t for t in prep_objects(noun, ("by", "from")) if resolver.many(t)]
    return refusers, makers
