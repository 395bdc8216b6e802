"""The doers of a rising or a stoppage named again ("put down the rebellion", "broke up the strike"): an act done to a
definite noun of one, whose phrase names no doer, is done to those the story named doing it before ("a rebellion by
army officers", "the dockers' strike", "farmers staged a protest"); the nouns are in data/acts_done.yaml `risings`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import Resolver
from dossier.events.roles.doers import governor, modifier_doers, prep_objects

_ACTS_DONE = Path(__file__).parent / "data" / "acts_done.yaml"
_DEFINITE = frozenset({"the", "this", "that"})
_NAMING_DEPS = frozenset({"poss", "compound", "amod", "nmod"})  # words before a noun that may name its doer


@cache
def _risings() -> dict:
    return load_yaml(_ACTS_DONE)["risings"]


@cache
def _groups() -> dict[str, str]:
    """Lemma -> its group: nouns of one group name the same act again ("a rebellion" … "the uprising")."""
    return {noun: group for group, nouns in _risings()["nouns"].items() for noun in nouns}


def _group(tok: Token) -> str | None:
    return _groups().get(tok.lemma_.lower()) or _groups().get(tok.lower_)


def _by_phrase(noun: Token, resolver: Resolver) -> list[Token]:
    """Who the noun's own phrase names doing it: its "by" phrase, or a possessor, name or demonym before it."""
    named = [a for a in prep_objects(noun, ("by",)) if resolver.many(a)]
    return named or modifier_doers(noun, resolver, tuple(_NAMING_DEPS))


def _doers(noun: Token, resolver: Resolver) -> list[Token]:
    """Who an earlier mention names doing the rising: its own phrase (`_by_phrase`), or the subject of a verb of
    doing one it is the object of ("officers staged a revolt", "hundreds of students held a protest"; not "police broke
    up a strike")."""
    if named := _by_phrase(noun, resolver):
        return named
    verb = governor(noun) if noun.dep_ in ("dobj", "obj") else None
    if verb is None or not {verb.lemma_.lower(), verb.lower_} & set(_risings()["doing"]):
        return []
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    subjects += [o for s in subjects if not resolver.many(s) for o in prep_objects(s, ("of",))]  # "hundreds of X"
    return [s for s in subjects if resolver.many(s)]


def _named_again(noun: Token) -> bool:
    """A definite noun of a rising ("the rebellion", "this strike", "the three-day old revolt") with no word before it
    that could name its own doer (a possessor, a name: "the army's revolt" is read from the phrase itself)."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return False
    return not any(c.dep_ == "poss" or c.pos_ == "PROPN" or (c.ent_type_ and c.ent_type_ not in ("DATE", "TIME"))
                   for c in noun.children)


def earlier_doers(noun: Token, resolver: Resolver) -> list[Token]:
    """The doers the story named with the nearest earlier noun of the same rising, for a definite noun of a rising
    that names none ([] otherwise)."""
    group = _group(noun) if noun.pos_ == "NOUN" else None
    if group is None or not _named_again(noun) or _by_phrase(noun, resolver):
        return []
    for i in range(noun.i - 1, -1, -1):
        tok = noun.doc[i]
        if tok.pos_ == "NOUN" and _group(tok) == group and (doers := _doers(tok, resolver)):
            return doers
    return []


_PURPOSE_DEPS = frozenset({"dobj", "obj", "prep", "pobj", "acl", "relcl", "xcomp", "advcl"})  # never a clause reported


def purpose_doers(verb: Token, resolver: Resolver, depth: int = 0) -> list[Token]:
    """The doers of a rising an infinitive of purpose below a verb acts on ("moving troops for an operation to put down
    the rebellion", "sent marines to quell a mutiny by cadets"): its own phrase's, or those the story named before."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ not in _PURPOSE_DEPS:
            continue
        if child.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            for obj in (o for o in child.children if o.dep_ in ("dobj", "obj") and _group(o) is not None):
                out += _by_phrase(obj, resolver) or earlier_doers(obj, resolver)
        if not out and depth < 3:
            out += purpose_doers(child, resolver, depth + 1)
    return out
