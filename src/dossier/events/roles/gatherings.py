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


@cache
def taking_part_verbs() -> frozenset[str]:
    """The verbs by which people take part in a gathering together (data/gatherings.yaml `taking_part`)."""
    return frozenset(w.lower() for w in load_yaml(_GATHERINGS)["taking_part"])


def taking_part(tok: Token, gov: Token | None) -> bool:
    """The trigger, or the verb a noun trigger hangs on, is a verb of taking part in a gathering ("X and Y attended
    the meeting", "X and Y joined the talks"): those named together as its subject are one side."""
    verbs = taking_part_verbs()
    heads = [tok] + ([gov] if gov is not None else []) + ([tok.head] if tok.pos_ == "NOUN" else [])
    return any(h.pos_ == "VERB" and h.lemma_.lower() in verbs for h in heads)
