"""A curb voted down (round 75; data/blocked_acts.yaml): "the Senate defeated an attempt to cut aid to X", "the House
voted down an amendment that would have halted aid to X". The act blocked is the event, told as not done, by the
chamber that blocked it; the vote is no refusal of its own."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.noun_acts import lemma


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return load_word_lists(Path(__file__).parent / "data" / "blocked_acts.yaml")


def blocked_types() -> frozenset[str]:
    """The PLOVER types of the acts read as blocked, in lower case."""
    return _lists()["types"]


def blocked_by(act: Token) -> tuple[Token, list[Token]] | None:
    """The verb that voted down the proposal an act is the infinitive or the relative clause of, with that verb's
    voters, or None: "defeated an attempt to cut aid", "an amendment that would have cut aid was defeated by the
    House", "the Senate rejected a move to halt aid" (a bare refusal, kill or block only with a chamber for doer)."""
    lists = _lists()
    if act.dep_ not in ("acl", "relcl") or act.pos_ not in ("VERB", "AUX"):
        return None
    noun = act.head
    if lemma(noun) not in lists["nouns"] and noun.lower_ not in lists["nouns"]:
        return None
    if act.dep_ == "acl" and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in act.children):
        return None  # "the bill cutting aid": no infinitive of a proposal
    verb = noun.head
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if noun.dep_ == "pobj" and verb.lower_ == "down" and verb.dep_ in ("prep", "prt", "advmod"):
        verb, particles = verb.head, {"down"}  # "voted down a move" read as a preposition with its object
        noun_dep = "dobj"
    else:
        noun_dep = noun.dep_
    word = lemma(verb)
    if noun_dep not in ("dobj", "obj", "nsubjpass") or word not in lists["verbs"]:
        return None
    if word in ("vote", "turn") and "down" not in particles:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not defeat the move": the vote failed, the act may go on
    if noun_dep == "nsubjpass":
        voters = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    else:
        voters = [c for c in verb.children if c.dep_ in ("nsubj",)]
    if word not in lists["votes_only"] and not any(
            lemma(v) in lists["chambers"] or v.lower_ in lists["chambers"]
            or any(lemma(c) in lists["chambers"] for c in v.children if c.dep_ == "compound") for v in voters):
        return None
    return verb, voters
