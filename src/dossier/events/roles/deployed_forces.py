"""The target of an act that moves forces ("sent troops to X"): where the forces go or whom the move is for, not
the mover's own forces."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.actors import Resolver
from dossier.events.roles.doers import prep_objects

_WORDS = Path(__file__).parent / "data" / "deployed_forces.yaml"


@cache
def _lists() -> dict[str, frozenset[str]]:
    """data/deployed_forces.yaml: `deploying` (verbs and nouns of moving forces) and `force_words` (words of armed
    forces no sector tells)."""
    return load_word_lists(_WORDS)


_FORCE_SECTORS = ("MIL", "COP", "SPY")
_DESTINATION_PREPS = ("to", "into", "in", "from", "toward", "towards", "inside")


def _own_forces(tok: Token, source: list[str], resolver: Resolver, of_a_state: bool = False) -> bool:
    """The noun names armed or security forces of the source's own (its possessive pronoun, no state named in its
    phrase, or a source's country): "its troops", "the army", "troops" sent by Turkey in an American story,
    "Israeli jets" moved by Israel. With `of_a_state` (no mover told),
    forces of any one state ("Egyptian troops", "Turkey's troops"), which that state moves."""
    ids = resolver.many(tok)
    if not ids:
        return False
    # a state named in the noun's own phrase ("Egyptian troops"), not a bare "troops" the story's context places
    named = any(w.dep_ in ("amod", "poss", "compound", "nmod") and w.text[:1].isupper()
                for w in tok.doc[tok.left_edge.i: tok.i])
    if of_a_state:
        source = [i for i in ids if getattr(resolver.doc._.actors.get(i), "country", None)] \
            if named and len(ids) == 1 else []
        if not source:
            return False
    actors = resolver.doc._.actors or {}
    words = {t.lower_ for t in tok.doc[tok.left_edge.i: tok.i + 1]}  # the noun and what stands before it
    countries = {c for i in source if (c := getattr(actors.get(i), "country", None))}
    for ident in ids:
        entity = actors.get(ident)
        code = (entity.cameo or "") if entity else ""
        if not (code[3:6] in _FORCE_SECTORS or words & _lists()["force_words"]):
            return False
        if named and entity is not None and entity.country and entity.country not in countries \
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            return False
    return True


def _purpose_objects(verb: Token) -> list[Token]:
    """The object of the purpose clause of a verb ("sent troops to help X", "in order to retake X")."""
    return [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)
            for o in c.children if o.dep_ in ("dobj", "dative")]


def mover(tok: Token, source: list[str], resolver: Resolver, of_a_state: bool = False) -> Token | None:
    """The verb or noun of moving forces whose forces a noun names, when they are the source's own ("sent its
    troops", "the deployment of troops", "provided Uganda with troops", "the troops it sent"; with `of_a_state`,
    a state's forces moved by no mover told: `_own_forces`); None otherwise."""
    moving = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _lists()["deploying"]]
    if moving and not any(c.dep_ == "agent" for c in moving[0].children):  # "Turkish troops sent to Tripoli"
        return moving[0] if _own_forces(tok, source, resolver, of_a_state) else None
    if tok.dep_ in ("dobj", "nsubjpass", "conj"):
        head = tok.head
        while head.dep_ == "conj" and tok.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "sent police and soldiers": the verb above the first
        if tok.dep_ == "conj":
            if head.dep_ not in ("dobj", "nsubjpass"):
                return None
            head = head.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("of", "with"):  # "the deployment of troops", "provided X with"
        head = tok.head.head
    else:
        return None
    if head.lemma_.lower() not in _lists()["deploying"] or not _own_forces(tok, source, resolver, of_a_state):
        return None
    return head


def moved_forces(trigger: Token, target_toks: list[Token], resolver: Resolver) -> list[str]:
    """Where the act names no mover, the forces of one state it moves ("Egyptian troops were sent to Sudan",
    "sending Turkey's troops to help Libya", "the Turkish troops sent to Tripoli"): that state moves them, so they
    are the act's source, not its target."""
    return [i for t in target_toks if mover(t, [], resolver, of_a_state=True) == trigger for i in resolver.many(t)]


def moved_by(trigger: Token) -> list[Token]:
    """The words that may name the forces a trigger moves: its object or passive subject, the noun a participle
    qualifies ("the troops sent"), the object of "of" or "with" on it."""
    return [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] \
        + ([trigger.head] if trigger.dep_ == "acl" else []) \
        + [o for p in trigger.children if p.lower_ in ("of", "with") for o in p.children if o.dep_ == "pobj"]


def deployed(target_toks: list[Token], source: list[str], resolver: Resolver) -> list[Token]:
    """The target of an act that moves forces: not the forces the source moves (its own), but where they go or
    come from, else whom the move is for ("sent troops to help X"); none when the sentence names neither. Targets
    that are no such forces are kept as they are."""
    out: list[Token] = []
    for t in target_toks:
        verb = mover(t, source, resolver)
        if verb is None:
            out.append(t)
            continue
        heads = [verb, t] + ([verb.head] if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj") else [])
        places = [p for h in heads for p in prep_objects(h, _DESTINATION_PREPS) if resolver.many(p)]
        out += places or [o for o in _purpose_objects(verb) if resolver.many(o)]
    return out
