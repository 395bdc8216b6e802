"""An act whose own subject is an unnamed private person ("police said a gunman shot two traders", "the army said
two men attacked a checkpoint", "police sealed off the area after a man killed a guard", "a clerk was charged after
stabbing a guard, police said") is that person's: no other actor of the sentence, neither the one who tells of it
nor the doer of another verb above it, is its source. The nouns read are data/lexicon.yaml `private_people` and
data/no_party.yaml `lone_doers`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.patterns import load_lexicon
from dossier.events.roles.doers import is_passive, misread_clause_subject
from dossier.events.roles.no_party import no_party_words


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return load_lexicon().private_people | no_party_words()["lone_doers"]


def lone_doer(noun: Token, resolver: Resolver) -> bool:
    """A noun of an unnamed private person ("a gunman", "two men", "the woman") that no actor stands for and no
    possessive ties to a body ("its supporters", "their men")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _words() \
        and not any(c.dep_ == "poss" for c in noun.children) and resolver.one(noun) is None


_GERUND_PREPS = frozenset({"after", "before", "while", "for"})  # "was charged after/for shooting a guard"


def _passive_controller(verb: Token) -> Token | None:
    """The passive verb whose subject does a subjectless gerund hung on it by "after", "before", "while" or "for"
    ("a man was arrested after stabbing a guard": the man stabbed); None for any other verb (an active one's subject
    may be the one who acts on the doer: "police arrested a man after a chase")."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    prep = verb.head
    if prep.dep_ != "prep" or prep.lower_ not in _GERUND_PREPS or prep.head.pos_ != "VERB":
        return None
    return prep.head if is_passive(prep.head) else None


def lone_subjects(trigger: Token, resolver: Resolver) -> list[Token]:
    """The subjects of an active verb trigger (of the first verb where it shares it: "a man shot a guard and wounded
    two"; the noun after "after" where the parser split the clause: doers.misread_clause_subject; the subject of the
    passive verb a subjectless gerund hangs on: `_passive_controller`), where each is a `lone_doer`; else none."""
    if trigger.pos_ != "VERB" or is_passive(trigger):
        return []
    if (controller := _passive_controller(trigger)) is not None:
        subjects = [c for c in controller.children if c.dep_ == "nsubjpass"]
        return subjects if subjects and all(lone_doer(s, resolver) for s in subjects) else []
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in verb.children):
        if (misread := misread_clause_subject(verb)) is not None:  # "…after the gunman, carrying a pistol, shot…"
            return [misread] if lone_doer(misread, resolver) else []
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects if subjects and all(lone_doer(s, resolver) for s in subjects) else []


def not_the_lone_doer(anchor: Token, trigger: Token, resolver: Resolver) -> bool:
    """The mention is outside the act's own subject, which names an unnamed private person: not its source ("a gunman
    from the rebel group", inside the subject, may be)."""
    subjects = lone_subjects(trigger, resolver)
    return bool(subjects) and not any(s.left_edge.i <= anchor.i <= s.right_edge.i for s in subjects)


def lone_objects(trigger: Token, resolver: Resolver) -> list[Token]:
    """The direct objects of an active verb trigger, where each names an unnamed private person ("fought off the
    child's mother", "threatened the girl", "shot two passengers"): a noun of `_words` that no actor stands for,
    whose possessor, if any, names no actor either ("the child's mother"; not "its supporters")."""
    if trigger.pos_ != "VERB" or is_passive(trigger):
        return []
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return objects if objects and all(_lone_object(o, resolver) for o in objects) else []


def _lone_object(noun: Token, resolver: Resolver) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _words() and resolver.one(noun) is None \
        and not any(c.dep_ == "poss" and (c.pos_ == "PRON" or resolver.one(c) is not None) for c in noun.children)


def not_the_lone_undergoer(anchor: Token, trigger: Token, resolver: Resolver) -> bool:
    """The mention is outside the phrase of an act done to an unnamed private person (`lone_objects`): that person
    undergoes it, and no actor named elsewhere in the sentence is its target ("In an interview with the FBI, X
    admitted fighting off the child's mother": not the FBI; "police said a man threatened a woman": not the
    police). A name inside the act's own phrase ("shot a woman in Kabul") is left to the model."""
    return bool(lone_objects(trigger, resolver)) and not trigger.left_edge.i <= anchor.i <= trigger.right_edge.i
