"""A state's executive telling what its own state must do: its programme, not a request of itself.

"The premier said the country must cut spending" and "the minister said Ruritania should hold more grain" meet the
"say … must" entry of patterns/request.yaml, which reads the clause's subject as the one asked. Where every source
speaks for one state's executive and every target is that state or its executive, nobody is asked anything: the
sentence tells a government's plan or opinion. A demand made of the government by a union, an association, rebels
or a legislature stays a request (data/own_state.yaml names the sectors and the words for bodies outside the state).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.roles.doers import subject_tokens


@cache
def _words() -> dict[str, frozenset[str]]:
    return load_word_lists(Path(__file__).parent / "data" / "own_state.yaml")


def _sector(entity) -> str:
    return (entity.cameo or "")[3:6].lower() if entity.country and (entity.cameo or "").startswith(entity.country) \
        else ""


def _executive(entity, person: bool) -> bool:
    """The actor speaks for (or is) a state's executive: a body or a person of an executive sector, or the state
    itself (a country's name, coded by its bare country); never a legislature, whatever its code."""
    if entity is None or not entity.country or set(entity.name.lower().split()) & _words()["legislatures"]:
        return False
    sector = _sector(entity)
    if entity.kind == "government":
        return sector in _words()["executive_sectors"] or (entity.type == "GPE" and entity.cameo == entity.country)
    return person and entity.kind == "person" and sector in _words()["executive_sectors"]


def own_programme(verb: Token, source: list[str], target: list[str], actors: dict) -> bool:
    """A reporting verb whose clause tells what the speaker's own state must do: every source an executive voice
    of one state, every target that state or its executive, and no word of the speaker's phrase naming a body
    outside the state."""
    if not source or not target:
        return False
    speakers, asked = [actors.get(i) for i in source], [actors.get(i) for i in target]
    if not all(_executive(e, person=True) for e in speakers) or not all(_executive(e, person=False) for e in asked):
        return False
    if len({e.country for e in speakers + asked}) != 1:
        return False
    outside = _words()["outside_bodies"]
    return not any(t.lower_ in outside for s in subject_tokens(verb) for t in s.subtree)
