"""An act of harm whose subject is a thing that harms ("the market blast that killed ten", "where a car bomb killed
40 people", "a ferry wreck that killed a family of five"; data/no_party.yaml `harming_things`) is done by nobody the
sentence names outside that thing's own phrase: not by the one who lays a wreath where it struck, visits the town or
tells of it. Its doer may be named by the thing's own words ("Hezbollah's bomb", "an Israeli air strike", "the
attack by X") or by the verb that set the thing off ("X fired a missile that killed three")."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import RELATIVE, relative_head
from dossier.events.roles.doers import is_passive
from dossier.events.roles.no_party import no_party_words
from dossier.events.roles.struck_sites import does_or_owns_up_to

_OWN_DEPS = frozenset({"poss", "compound", "amod", "nmod"})  # "Hezbollah's", "an Israeli", "a Hamas car bomb"


def harming_thing(trigger: Token) -> Token | None:
    """The thing an active verb's subject names where it is a noun of `harming_things`: the verb's own subject, or
    the noun a "which"/"that" clause hangs on. None for any other subject."""
    if trigger.pos_ != "VERB" or is_passive(trigger):
        return None
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "a blast wrecked the hall and injured six": the first verb's subject
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in RELATIVE and verb.dep_ == "relcl":
        subject = relative_head(verb)
    return subject if subject.lemma_.lower() in no_party_words()["harming_things"] else None


def _own_words(thing: Token) -> set[int]:
    """The words that may name who set the thing off: its possessor and modifiers, its "by" or "from" phrase ("shells
    from an exchange of fire between X and Y"), a participle's agent ("a missile fired by X"), and the subject of the
    verb whose object it is ("X fired a missile that…")."""
    own = {t.i for c in thing.children if c.dep_ == "poss" for t in c.subtree}
    own |= {c.i for c in thing.children if c.dep_ in _OWN_DEPS}  # not "U.S." of "the U.S. embassy bombing"
    for c in thing.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            own |= {t.i for t in c.subtree}
        if c.dep_ == "acl":
            own |= {t.i for a in c.children if a.dep_ == "agent" for t in a.subtree}
    if thing.dep_ in ("dobj", "obj") and thing.head.pos_ == "VERB":
        own |= {t.i for s in thing.head.children if s.dep_ == "nsubj" for t in s.subtree}
    return own


def not_the_things_doer(anchor: Token, trigger: Token) -> bool:
    """The mention is no doer of an act whose subject is a harming thing (`harming_thing`): it lies outside the
    words that may name who set the thing off, and is no subject of a verb that does or owns up to it ("X
    apologised for the raid that killed six": struck_sites.does_or_owns_up_to)."""
    thing = harming_thing(trigger)
    return thing is not None and anchor.i not in _own_words(thing) and not does_or_owns_up_to(anchor, thing)
