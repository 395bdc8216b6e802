"""Whom a denial answers: "X denied that the platforms held arms" names nobody, but the story told before who claimed
it ("Washington said Iran used the platforms as bases"): the subject of the nearest earlier verb of saying or
charging whose clause shares a noun with the denied clause, of another state than the one who denies
(data/claims.yaml). The one a denial clears is no target: "the minister denied Kuwait was over-producing" answers a
charge against the denier's own state (`own_side`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import Resolver

_CLAIMS = Path(__file__).parent / "data" / "claims.yaml"
_CONTENT = frozenset({"NOUN", "PROPN"})


@cache
def _claims() -> dict:
    return load_yaml(_CLAIMS)


def _nouns(clause: Token) -> set[str]:
    """The lemmas of the nouns of a clause."""
    return {t.lemma_.lower() for t in clause.subtree if t.pos_ in _CONTENT and not t.is_stop}


def _denied(verb: Token) -> set[str]:
    """The nouns of what a verb of denying denies: its clause ("denied that X…"), or the clause on its object
    ("denied reports that X…")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [c for o in verb.children if o.dep_ in ("dobj", "obj") for c in o.children if c.dep_ in ("acl", "ccomp")]
    return set().union(*(_nouns(c) for c in clauses)) if clauses else set()


def _countries(ids: list[str], resolver: Resolver) -> set[str]:
    actors = resolver.doc._.actors or {}
    return {c for i in ids if (c := getattr(actors.get(i), "country", None))}


def own_side(doers: list[Token], deniers: list[str], resolver: Resolver) -> list[Token]:
    """The doers of a denied clause who are the deniers' own state, its government or its forces (actors of the
    government kind of the one country of the deniers: "the minister denied Kuwait was over-producing": Kuwait, his
    state, is cleared, not accused; roles/model.py's `own_side` keeps the learned model from taking it back); none
    where the deniers' country is unknown or not one."""
    own = _countries(deniers, resolver)
    actors = resolver.doc._.actors or {}
    out = []
    for doer in doers:
        named = [actors.get(i) for i in resolver.many(doer)]
        if len(own) == 1 and named and all(e is not None and e.kind == "government" and e.country in own
                                           for e in named):
            out.append(doer)
    return out


def claimants(verb: Token, deniers: list[str], resolver: Resolver) -> list[Token]:
    """The subject of the nearest earlier verb of saying or charging, in an earlier sentence, whose clause shares a
    noun with the clause `verb` denies, and which names a state, body, group or person of another country than
    the `deniers` (of known country) ([] where none)."""
    denied = _denied(verb)
    own = _countries(deniers, resolver)
    if not denied or not own:
        return []
    claiming = resolver.reporting_verbs | frozenset(_claims()["charging_verbs"])
    kinds = frozenset(_claims()["claimant_kinds"])
    actors = resolver.doc._.actors or {}
    for i in range(verb.sent.start - 1, -1, -1):
        word = verb.doc[i]
        if word.pos_ not in ("VERB", "AUX") or word.lemma_.lower() not in claiming:
            continue
        said = set().union(*(_nouns(c) for c in word.children if c.dep_ in ("ccomp", "prep", "dobj", "xcomp")))
        if not said & denied:
            continue
        subjects = [s for s in word.children if s.dep_ == "nsubj" and resolver.many(s)]
        ids = [a for s in subjects for a in resolver.many(s)]
        if subjects and all(getattr(actors.get(a), "kind", None) in kinds for a in ids) \
                and (theirs := _countries(ids, resolver)) and not theirs & own:
            return subjects
    return []
