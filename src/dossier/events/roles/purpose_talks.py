"""An act done to make way for talks is done towards the other party of those talks: "the nurses suspended their
strike to make room for talks with the health ministry" (the ministry), "the rebels were halting attacks to make
way for negotiations with the government" (the government)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.roles.doers import prep_objects
from dossier.events.roles.earlier_acts import talks_nouns

_PURPOSE_DEPS = frozenset({"advcl", "acl"})  # the infinitive of purpose, on the verb or on the verb's object


def _purposes(verb: Token) -> list[Token]:
    """The infinitives of purpose on a verb ("suspended the strike to allow…") or on its object ("halting attacks to
    make way…", the parser's attachment); not the verb's complement ("agreed to meet"), which is what it does."""
    heads = [verb] + [o for o in verb.children if o.dep_ in ("dobj", "obj")]
    return [c for h in heads for c in h.children if c.dep_ in _PURPOSE_DEPS and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def purpose_talks_partners(verb: Token) -> list[Token]:
    """The "with" party of a noun of talks inside an infinitive of purpose on the verb: who the act makes way for
    talks with ("to make room for talks with X", "to make way for negotiations with X", "to allow negotiations with
    X to resume")."""
    return [w for p in _purposes(verb) for n in p.subtree
            if n.pos_ == "NOUN" and (n.lower_ in talks_nouns() or n.lemma_.lower() in talks_nouns())
            for w in prep_objects(n, ("with",))]
