"""Those gathered at a gathering one goes to: "came to the farmers' lunch", "flew to a meeting of dairy farmers"
(the farmers are whom the one who comes meets; data/gatherings.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.roles.doers import prep_objects

_GATHERINGS = Path(__file__).parent / "data" / "gatherings.yaml"


@cache
def gathering_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The nouns of a gathering and the prepositions by which one names those gathered (data/gatherings.yaml)."""
    data = load_yaml(_GATHERINGS)
    return frozenset(w.lower() for w in data["nouns"]), tuple(str(p).lower() for p in data["preps"])


def gathered_people(noun: Token) -> list[Token]:
    """The words that name those gathered at a gathering noun: its possessor ("the farmers' lunch"), a common noun
    before it ("a union meeting") and the objects of its "of", "for" and "with" phrases ("a meeting of dairy
    farmers"). [] for any other noun, and for a gathering that names nobody ("Tuesday's networking gathering":
    a date and a kind are no one)."""
    nouns, preps = gathering_words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "NOUN")]
    return owners + prep_objects(noun, preps)
