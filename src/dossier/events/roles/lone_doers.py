"""An act whose own subject is an unnamed private person ("police said a gunman shot two traders", "the army said
two men attacked a checkpoint", "police sealed off the area after a man killed a guard") is that person's: no other
actor of the sentence, neither the one who tells of it nor the doer of another verb above it, is its source. The
nouns read are data/lexicon.yaml `private_people` and data/no_party.yaml `lone_doers`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.patterns import load_lexicon
from dossier.events.roles.doers import is_passive
from dossier.events.roles.no_party import no_party_words


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return load_lexicon().private_people | no_party_words()["lone_doers"]


def lone_doer(noun: Token, resolver: Resolver) -> bool:
    """A noun of an unnamed private person ("a gunman", "two men", "the woman") that no actor stands for and no
    possessive ties to a body ("its supporters", "their men")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _words() \
        and not any(c.dep_ == "poss" for c in noun.children) and resolver.one(noun) is None


def lone_subjects(trigger: Token, resolver: Resolver) -> list[Token]:
    """The subjects of an active verb trigger (of the first verb where it shares it: "a man shot a guard and wounded
    two"), where each is a `lone_doer`; else none."""
    if trigger.pos_ != "VERB" or is_passive(trigger):
        return []
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects if subjects and all(lone_doer(s, resolver) for s in subjects) else []


def not_the_lone_doer(anchor: Token, trigger: Token, resolver: Resolver) -> bool:
    """The mention is outside the act's own subject, which names an unnamed private person: not its source ("a gunman
    from the rebel group", inside the subject, may be)."""
    subjects = lone_subjects(trigger, resolver)
    return bool(subjects) and not any(s.left_edge.i <= anchor.i <= s.right_edge.i for s in subjects)
