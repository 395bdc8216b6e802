"""Money for a party asked of one's own legislature (round 75; data/funds_asked.yaml): "will ask the legislature to
vote 40 mln dlrs a year for Fredonia". The money's grant is an act toward the party still to come (AID, planned), the
asker its giver, besides the request to the legislature."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.matching import is_sum
from dossier.events.noun_acts import lemma


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return load_word_lists(Path(__file__).parent / "data" / "funds_asked.yaml")


def funds_asked(act: Token) -> Token | None:
    """The verb that asks a legislature to grant the sum `act` grants ("ask the legislature to vote 40 mln dlrs"), or
    None."""
    lists = _lists()
    if lemma(act) not in lists["grants"] or act.dep_ not in ("xcomp", "ccomp"):
        return None
    ask = act.head
    if lemma(ask) not in lists["asks"]:
        return None
    if not any(lemma(c) in lists["legislatures"] or c.lower_ in lists["legislatures"]
               for c in ask.children if c.dep_ in ("dobj", "obj")):
        return None
    if not any(is_sum(c) for c in act.children if c.dep_ in ("dobj", "obj")):
        return None
    return ask


def recipients(act: Token) -> list[Token]:
    """The nouns the money is "for" or given "to", anywhere in the granting clause ("40 mln dlrs in each of three
    years for Fredonia", where the parser may hang "for" on "years")."""
    return [g for p in act.subtree if p.dep_ == "prep" and p.lower_ in ("for", "to") and p.i > act.i
            for g in p.children if g.dep_ == "pobj"]
