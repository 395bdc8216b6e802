"""An act done to make way for talks is done towards the other party of those talks: "the nurses suspended their
strike to make room for talks with the health ministry" (the ministry), "the rebels were halting attacks to make
way for negotiations with the government" (the government). Talks proposed to mend relations are proposed to the
other party of those relations: "proposed a summit to improve ties with X" (X)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.roles.doers import prep_objects
from dossier.events.roles.earlier_acts import talks_nouns
from dossier.events.roles.no_party import no_party_words

_PURPOSE_DEPS = frozenset({"advcl", "acl", "relcl"})  # the infinitive of purpose, on the verb or on the verb's object


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


def proposed_talks_partners(verb: Token) -> list[Token]:
    """The other party of the relations a proposed meeting is to mend: the "with" phrase of a noun of relations or
    of strain (data/no_party.yaml `relation_nouns`, `relation_strains`), object of an infinitive of purpose on a
    verb whose object is a noun of talks ("proposed a meeting of ministers to improve relations with X", "a summit
    to ease tension with X"), where that infinitive mends them (`mending_verbs`). Not a verb with no talks as its
    object ("cut tariffs to improve ties with X"), nor a meeting to discuss relations (one's own cabinet's)."""
    if not any(o.dep_ in ("dobj", "obj") and (o.lower_ in talks_nouns() or o.lemma_.lower() in talks_nouns())
               for o in verb.children):
        return []
    words = no_party_words()
    nouns = words["relation_nouns"] | words["relation_strains"]
    return [w for p in _purposes(verb) if p.lemma_.lower() in words["mending_verbs"]
            for o in p.children if o.dep_ in ("dobj", "obj") and (o.lower_ in nouns or o.lemma_.lower() in nouns)
            for w in prep_objects(o, ("with",))]
