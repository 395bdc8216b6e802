"""The parties of an act told as going on, held or begun, named in a "between" phrase the parser hangs on the verb
whose subject the act's noun is: "talks are under way between A and B", "talks were held between A and B"
(data/meetings.yaml `going_on_verbs`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.roles.doers import prep_objects

_MEETINGS = Path(__file__).parent / "data" / "meetings.yaml"


@cache
def _going_on_verbs() -> frozenset[str]:
    return load_word_lists(_MEETINGS)["going_on_verbs"]


def between_where_going_on(noun: Token) -> list[Token]:
    """The objects of the "between" phrase on the verb (or the copula) the noun is the subject of, where the verb
    tells the act going on, held or begun; [] elsewhere ("the cost of the talks was split between A and B": the
    noun is no subject; "the talks alternate between two capitals": no such verb)."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.i == noun.i or verb.lemma_.lower() not in _going_on_verbs():
        return []
    # (or on the word that tells it going on: "are underway between A and B", "are in progress between A and B")
    heads = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "advmod")] \
        + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "under") for g in c.children
           if g.dep_ == "pobj"]
    return [t for h in heads for t in prep_objects(h, ("between",)) if t.i > noun.i]
