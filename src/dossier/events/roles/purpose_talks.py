"""An act done to make way for talks is done towards the other party of those talks: "the nurses suspended their
strike to make room for talks with the health ministry" (the ministry), "the rebels were halting attacks to make
way for negotiations with the government" (the government). Talks proposed to mend relations are proposed to the
other party of those relations: "proposed a summit to improve ties with X" (X). A meeting proposed right after
accepting the other party's offer of talks is proposed to that party: "accepted X's offer of talks and proposed a
first round in May" (X)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.roles.doers import prep_objects
from dossier.events.roles.earlier_acts import talks_nouns
from dossier.events.roles.no_party import no_party_words
from dossier.time.lexicon import lexicon as time_lexicon

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


def _is_talks(noun: Token) -> bool:
    return noun.lower_ in talks_nouns() or noun.lemma_.lower() in talks_nouns()


def _accepted_offers(verb: Token) -> list[Token]:
    """The nouns of proposing (time lexicon `proposal_nouns`) of talks that a verb of accepting (`accepting_verbs`)
    takes as its object or "to" phrase ("accepted X's offer of talks", "agreed to an X proposal for talks")."""
    table = time_lexicon()
    if verb.lemma_.lower() not in table["accepting_verbs"] or any(c.dep_ == "neg" for c in verb.children):
        return []
    nouns = [o for o in verb.children if o.dep_ in ("dobj", "obj")] \
        + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return [n for n in nouns if n.lemma_.lower() in table["proposal_nouns"] or n.lower_ in table["proposal_nouns"]
            if any(_is_talks(t) for p in n.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                   for t in p.children if t.dep_ == "pobj")]


def accepted_offer_owners(verb: Token) -> list[Token]:
    """Who offered the talks a meeting is proposed right after accepting: where the verb, whose object is a noun of
    talks, is joined by "and" to a verb of accepting an offer of talks (or to a verb of saying whose clause accepts
    it: the parser's "said it accepted…, and proposed…") and has no subject of its own, the words before that offer
    naming its owner ("X's offer", "an X proposal"). Not an offer with no owner named ("the proposal")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or not any(o.dep_ in ("dobj", "obj") and _is_talks(o) for o in verb.children):
        return []
    head = verb.head
    accepting = [head] + [c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i]
    return [m for a in accepting for n in _accepted_offers(a) for m in n.children
            if m.dep_ in ("poss", "compound", "amod") and m.pos_ != "PRON"]
