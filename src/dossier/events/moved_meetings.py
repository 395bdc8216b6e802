"""A meeting put off, moved or called off (data/moved_meetings.yaml). A meeting moved to another time is still to be
held, at its new time, never at its old one: "talks due today have been rescheduled for Thursday" is a meeting
planned for Thursday, and "the session set for this evening was put off until tomorrow" one planned for tomorrow,
whose setting ("set for this evening") is no act of its own. Moved with nobody named moving it, to a day told, the
move is no refusal of anyone (CAMEO codes no act for it): the REJECT a bare "postponed" gives becomes the meeting,
planned at the new time; one party putting off its meeting with another stays that party's REJECT
(patterns/reject.yaml). A meeting called off ("the talks were cancelled") is not held at all: no meeting is coded,
only the calling off."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dossier.data_files import load_word_lists
from dossier.events import cameo
from dossier.events.classifier import GENERAL
from dossier.events.dates import sentence_timexes
from dossier.events.patterns import load_lexicon
from dossier.model import DateValue, Event

# the arcs inside a noun phrase that lead from the meeting's word up to the phrase's head ("Resumption of an ICO
# meeting", "a round of talks", and the parser's gluing of a long subject: "Talks due today … plant have been …")
_IN_PHRASE = ("compound", "nmod", "appos", "nsubj", "pobj", "amod")
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "csubj", "csubjpass")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return load_word_lists(Path(__file__).parent / "data" / "moved_meetings.yaml")


def _governing_verb(noun: Token) -> tuple[Token, list[Token]] | None:
    """The verb whose subject or object phrase the meeting's word heads or stands in (through an "of" phrase only),
    with the words on the way up; None where the word hangs on anything else (a clause, a time, another preposition:
    "the vote after the meeting was postponed" moves the vote)."""
    tok, path = noun, [noun]
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _words()["setting_participles"] \
                and head.dep_ in ("csubj", "csubjpass") and tok.dep_ in _ARGUMENTS:
            tok = head  # "the summit … planned for March 7 has been postponed", the parser making "planned" a clause
            path.append(tok)
            continue
        if head.pos_ in ("VERB", "AUX"):
            # a verb the parser gives two subjects ("the vote after the talks was postponed") moves only one of them
            subjects = [c for c in head.children if c.dep_ in _ARGUMENTS and c.dep_ != "dobj"]
            return (head, path) if tok.dep_ in _ARGUMENTS and len(subjects) <= 1 else None
        if tok.dep_ not in _IN_PHRASE + ("prep",) or (tok.dep_ in ("pobj", "prep") and "of" not in (
                head.lower_, tok.lower_) and not _plan_for(tok)):
            return None
        tok = head
        if tok.pos_ not in ("NOUN", "PROPN", "ADP"):
            return None
        path.append(tok)
    return None


def _plan_for(tok: Token) -> bool:
    """A "for" phrase (or its object) on a noun of a plan (lexicon `plan_nouns`): "plans for a visit … were shelved"
    call the visit off with the plans."""
    prep = tok if tok.dep_ == "prep" else tok.head
    return prep.lower_ == "for" and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in load_lexicon().plan_nouns


def _particle(verb: Token) -> Token | None:
    """The verb's particle ("put off"), or the adverb the parser makes of it ("pushed back")."""
    return next((c for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.lower_ in _words()["moving_particles"])), None)


def _kind(verb: Token) -> str | None:
    """"cancel" for a verb that calls the act off, "move" for one that moves it, else None; a verb denied moves
    nothing ("has not cancelled the visit")."""
    words = _words()
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma, prt = verb.lemma_.lower(), _particle(verb)
    if lemma in words["cancelling_verbs"] or (lemma in words["cancelling_with_off"] and prt is not None
                                              and prt.lower_ == "off"):
        return "cancel"
    if lemma in words["moving_verbs"] and (lemma not in words["particle_verbs"] or (
            prt is not None and prt.lower_ in words["moving_particles"])):
        return "move"
    return None


def _new_time(verb: Token, sent: Span, timexes) -> tuple[DateValue, Token] | None:
    """The time the act is moved to: a time expression after "until", "to", "for" on the verb or its particle
    ("postponed until tomorrow", "rescheduled for Thursday", "pushed back to Friday")."""
    preps = {c.i for h in (verb, _particle(verb)) if h is not None for c in h.children
             if c.dep_ == "prep" and c.lower_ in _words()["new_time_preps"]}
    for tx, root in sentence_timexes(sent, timexes):
        if root.dep_ == "pobj" and root.head.i in preps and tx.value is not None:
            return tx.value, root
    return None


def _undone_by(verb: Token) -> bool:
    """Nobody named moving it: a passive verb with no "by" phrase."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def _retype(event: Event, ptype: str) -> None:
    code, mode = GENERAL[ptype]
    event.type, event.mode, event.cameo = ptype, mode, code
    event.goldstein, event.quad_class = cameo.goldstein(code), cameo.quad_class(code)


def moved_meetings(doc: Doc, events: list[Event], trigger_token: Callable[[Doc, Event], Token | None]) -> list[Event]:
    """The events with each meeting moved planned at its new time (undated where none is told), each meeting
    called off left out, the setting of a moved meeting's old time left out, and a bare move to a new day by nobody
    named told as the meeting itself (see the module's docstring)."""
    words = _words()
    timexes = doc._.timexes or []
    dropped: set[str] = set()
    turned: set[str] = set()  # refusals turned into the meeting
    moved_paths: list[tuple[Token, set[int]]] = []  # each moving verb with the words of its meeting's phrase
    for event in events:
        tok = trigger_token(doc, event)
        if tok is None:
            continue
        if tok.dep_ == "prt":  # "put off": the verb
            tok = tok.head
        if event.type == "CONSULT" and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in words["meetings"]:
            found = _governing_verb(tok)
            if found is None or (kind := _kind(found[0])) is None:
                continue
            verb, path = found
            if kind == "cancel":
                dropped.add(event.id)
                continue
            moved_paths.append((verb, {t.i for t in path}))
            new = _new_time(verb, tok.sent, timexes)
            if new is None and verb.lemma_.lower() in ("move", "bring"):
                continue  # "moved the talks to Geneva": a place, not a time
            event.status = "planned"
            event.date = new[0] if new else None
        elif (event.type, event.cameo) == ("REJECT", "125") and tok.pos_ == "VERB" and _kind(tok) == "move" \
                and _undone_by(tok) and (new := _new_time(tok, tok.sent, timexes)) is not None:
            meeting = next((s for s in tok.children if s.dep_ == "nsubjpass"), None)
            if meeting is None:
                continue
            # "the talks between X and Y were postponed until May": the meeting, planned then
            _retype(event, "CONSULT")
            event.trigger, event.status, event.date = meeting.text, "planned", new[0]
            moved_paths.append((tok, {meeting.i}))
            turned.add(event.id)
    for event in events:  # "scheduled for this evening" on a meeting moved since: its old time, no act
        tok = trigger_token(doc, event)
        if tok is None or tok.lemma_.lower() not in words["setting_participles"] or tok.dep_ not in ("acl", "amod"):
            continue
        if any(tok.head.i in path for _, path in moved_paths):
            dropped.add(event.id)
    kept = [e for e in events if e.id not in dropped]
    return _once(kept, turned)


def _once(events: list[Event], turned: set[str]) -> list[Event]:
    """A refusal `turned` into the meeting is left out where a meeting of the same sentence, sides, status and time
    is already coded ("Resumption of the meeting … has been postponed until tomorrow": the meeting's own word)."""
    def key(e: Event) -> tuple:
        return (e.type, tuple(e.source), tuple(e.target), e.status, e.evidence[0].start if e.evidence else None,
                e.date.start if e.date else None)
    held = {key(e) for e in events if e.type == "CONSULT" and e.id not in turned}
    return [e for e in events if e.id not in turned or key(e) not in held]
