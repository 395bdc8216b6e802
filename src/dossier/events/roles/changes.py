"""An act done to a change ("criticised a rise in West German interest rates", "protested the increase in Chinese
tariffs on Australian wine") is done to the owner of the thing changed: the state, group or person a demonym,
possessor or name before the "in" phrase's noun stands for (data/acts_done.yaml `changes`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import Resolver
from dossier.events.roles.doers import modifier_doers, prep_objects

_ACTS_DONE = Path(__file__).parent / "data" / "acts_done.yaml"


@cache
def change_nouns() -> frozenset[str]:
    return frozenset(load_yaml(_ACTS_DONE)["changes"])


def changed_owners(noun: Token, resolver: Resolver) -> list[Token]:
    """The words before the noun of the thing a noun of change changes that name an actor ("a rise in West German
    rates": "West German"; "the cut in Saudi Arabia's output": "Saudi Arabia"); [] for another noun, or where they
    name none ("a rise in exports to China" names no owner before "exports")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in change_nouns():
        return []
    changed = prep_objects(noun, ("in",))
    changed += [c for t in changed for c in t.conjuncts]
    return [d for t in changed for d in modifier_doers(t, resolver, pronouns=False)]
