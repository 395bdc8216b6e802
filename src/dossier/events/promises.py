"""Quoted promises and repeated triggers (data/relevance.yaml: promises).

A speaker's own programme quoted on a page ("we are going to protect our farmers", "we can bring relief to the
people of this state", "we will fight for every family") tells what they mean to do for their own people: a
statement, not an act between parties. Such an event is left out when its trigger stands inside quotation marks, it
is told in the first person (a subject "we"/"I", or an object "our …"/"my …"), it is not done yet (planned or
hypothetical) and every side it is done to is the speaker's own people (civilians of no other country: not rebels,
unions, a court or a state); or when it is fought "for" a cause with nobody it is done to. A first-person plan
towards another party ("we will send troops to Mali") stays, and so do acts of force and threats, whose future
telling the grammar makes a threat.

On a page (the page-topic bar's `min_sentences` or more), an act told in the first person with no doer found
("I called a friend", "we will go to Moscow", "we agree with the judge's decision") is a quote of a speaker no one
names, or an author's own life: its doer is nobody the store can count, and it is left out. A "we" or an "I" the
roles resolve to a named speaker gives the event its doer, and the event stays. So is an act told to the reader
outside quotation marks ("once you have settled in, you can join a group of cyclists") or of anyone at all ("anyone
who visited the shop may have been exposed"), unless of force: advice and notices, no act of a party.

One sentence that repeats a trigger word with the same sides ("we will protect our farms, we will protect our towns")
tells one act: the first is kept, with a date a repeat gives when it has none; repeats dated otherwise stay ("struck
on Monday and struck again on Tuesday").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.data_files import load_yaml
from dossier.events.patterns import load_lexicon
from dossier.events.relevance import DATA, topic_bar, trade_words
from dossier.events.roles.model import trigger_token
from dossier.events.roles.speakers import in_quotation
from dossier.model import Entity, Event
from dossier.nlp.extensions import doc_text, sentences_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CLAUSE_LINKS = ("xcomp", "conj")  # "we are going to protect": the subject of the verb the infinitive completes


@dataclass(frozen=True)
class PromiseWords:
    first_person: frozenset[str]
    possessives: frozenset[str]
    statuses: frozenset[str]
    own_sectors: frozenset[str]
    threats: frozenset[str]
    causes: frozenset[str]
    second_person: frozenset[str] = frozenset()
    indefinite_subjects: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def promise_words() -> PromiseWords:
    values = (load_yaml(DATA) or {}).get("promises") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in values.get(key) or [])
    return PromiseWords(words("first_person"), words("possessives"), words("statuses"), words("own_people_sectors"),
                        words("not_promises"), words("cause_prepositions"), words("second_person"),
                        words("indefinite_subjects"))


def _first_person_subject(tok: Token, words: PromiseWords, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> bool:
    """The act's subject (or that of the verb its infinitive completes, or of the verb it is joined to) is "we"/"I"."""
    node = tok
    while True:
        if any(c.dep_ in deps and c.lower_ in words.first_person for c in node.children):
            return True
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            return False
        node = node.head


def _first_person(tok: Token, words: PromiseWords) -> bool:
    """The act is told in the first person: its subject (or that of the verb its infinitive completes) is "we"/"I",
    or one of its objects is "our …"/"my …"."""
    if _first_person_subject(tok, words):
        return True
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(p.dep_ == "poss" and p.lower_ in words.possessives for o in objects for p in o.children)


def _own_people(event: Event, actors: dict[str, Entity], words: PromiseWords) -> bool:
    """The act is done to someone, and every side it is done to is the people (a CAMEO sector of `own_sectors`:
    civilians, families, children) of no other country than its doers'; not rebels, unions or a court."""
    countries = {actors[a].country for a in event.source if a in actors} | {None}
    sides = [actors.get(a) for a in event.target]
    return bool(sides) and all(s is not None and s.country in countries and _sector(s.cameo, words) for s in sides)


def _sector(cameo: str | None, words: PromiseWords) -> bool:
    """A CAMEO actor code ("USACVL", "CVL") holds one of the own people's sectors."""
    return any((cameo or "")[i:i + 3] in words.own_sectors for i in range(0, len(cameo or ""), 3))


def _for_a_cause(tok: Token, event: Event, words: PromiseWords) -> bool:
    """ "will fight for every family": an act with no object, fought for someone or something, done to nobody."""
    return not event.target and not any(c.dep_ == "dobj" for c in tok.children) \
        and any(c.dep_ == "prep" and c.lower_ in words.causes for c in tok.children)


def quoted_promise(doc: Doc, event: Event, actors: dict[str, Entity]) -> bool:
    """The event is a speaker's quoted promise of their own programme (see the module's docstring)."""
    words = promise_words()
    tok = trigger_token(doc, event)
    if tok is None or not in_quotation(tok) or not _first_person(tok, words):
        return False
    if _for_a_cause(tok, event, words):
        return True
    return event.type not in words.threats and event.status in words.statuses and _own_people(event, actors, words)


def told_by_no_one(doc: Doc, event: Event) -> bool:
    """An act with no doer whose subject is "we"/"I" (not the subject of its passive: "we were attacked" names who
    it was done to): a speaker no one names, or the author. A quotation whose speaker a later sentence of its
    paragraph names ("'We admire … We look forward to …,' said X") is that speaker's, though the roles missed it."""
    if event.source:
        return False
    tok = trigger_token(doc, event)
    if tok is None or tok.pos_ not in ("VERB", "AUX") or not _first_person_subject(tok, promise_words(), ("nsubj",)):
        return False
    return not (in_quotation(tok) and _spoken_later(tok))


_READER_LINKS = ("xcomp", "conj", "advcl")  # "once you agree to go hike …": the verbs whose subject is the reader's


def told_to_the_reader(doc: Doc, event: Event) -> bool:
    """An act the page tells its reader to do or that the reader may do, outside quotation marks: its verb's subject,
    or that of the verb it completes, is joined to or hangs on with no subject of its own, is "you" (promises:
    second_person): "once you have booked, share your plans with a friend", "you can meet local guides" (travel
    and health advice, whatever sides the roles read from its objects). Inside quotation marks "you" is someone the
    speaker addresses, who may be a party, and the act stays."""
    tok = trigger_token(doc, event)
    words = promise_words().second_person
    if tok is None or tok.pos_ not in ("VERB", "AUX") or not words or in_quotation(tok):
        return False
    return any(c.lower_ in words and not in_quotation(c) for c in _clause_subjects(tok))


def told_of_anyone(doc: Doc, event: Event) -> bool:
    """An act whose subject (as `told_to_the_reader` finds it) is a pronoun of anyone at all (promises:
    indefinite_subjects: "anyone who visited the shop was exposed", "everyone can apply"), of no type of force or
    pressure (relevance.yaml: acts_of_force: "someone fired at the convoy" stays): told of no party."""
    tok = trigger_token(doc, event)
    words = promise_words().indefinite_subjects
    if tok is None or tok.pos_ not in ("VERB", "AUX") or not words or event.type.lower() in trade_words().acts_of_force:
        return False
    return any(c.lower_ in words for c in _clause_subjects(tok))


def _clause_subjects(tok: Token) -> list[Token]:
    """The subjects of the verb or of the nearest verb above it through `_READER_LINKS` (the verb it completes, is
    joined to or hangs on with no subject of its own)."""
    node = tok
    while True:
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or node.dep_ not in _READER_LINKS or node.head.i == node.i:
            return subjects
        node = node.head


_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
_LATER_SENTENCES = 4  # how far on a quotation's speaker may be named: "'A. B. C,' said X"


def _spoken_later(tok: Token) -> bool:
    """A verb of saying outside quotation marks, with a subject, in the token's sentence or one of the next few of its
    paragraph (no line break between): the quotation is a named one's."""
    reporting, doc = load_lexicon().reporting_verbs, tok.doc
    sent = tok.sent
    for _ in range(_LATER_SENTENCES):
        if any(t.pos_ == "VERB" and t.lemma_.lower() in reporting and any(c.dep_ == "nsubj" for c in t.children)
               and sum(m.text in _QUOTE_MARKS for m in doc[tok.sent.start:t.i]) % 2 == 0 for t in sent):
            return True  # outside the marks counted from the quotation's first sentence on
        if sent.end >= len(tok.doc):
            return False
        after = tok.doc[sent.end].sent
        first = next((t for t in after if not t.is_space), None)
        if first is None or "\n" in doc_text(tok.doc)[sent.end_char - 1:first.idx]:
            return False
        sent = after
    return False


def promises_left_out(events: list[Event], doc: Doc | None) -> list[Event]:
    """The events, in their order, less the quoted promises of a speaker's own programme and, on a page (the
    page-topic bar's `min_sentences` or more), the acts told in the first person with no doer (`told_by_no_one`),
    those told to the reader (`told_to_the_reader`) and those told of anyone at all (`told_of_anyone`)."""
    if not events or doc is None:
        return events
    actors = doc._.actors or {}
    page = len(sentences_of(doc)) >= topic_bar().min_sentences
    return [e for e in events if not quoted_promise(doc, e, actors)
            and not (page and (told_by_no_one(doc, e) or told_to_the_reader(doc, e) or told_of_anyone(doc, e)))]


def _sentence(event: Event) -> tuple[int | None, int | None]:
    return (event.evidence[0].start, event.evidence[0].end) if event.evidence else (None, None)


def once_each(events: list[Event]) -> list[Event]:
    """The events, in their order, less the repeats in one sentence of a trigger word with the same sides and status
    (the first takes a repeat's date when it has none; a repeat dated otherwise stays)."""
    kept: list[Event] = []
    first: dict[tuple, list[Event]] = {}
    for event in events:
        start, end = _sentence(event)
        if start is None or not event.trigger:
            kept.append(event)
            continue
        key = (start, end, event.trigger.lower(), tuple(sorted(event.source)), tuple(sorted(event.target)),
               event.status)
        same = next((e for e in first.get(key, []) if e.date is None or event.date is None
                     or (e.date.start, e.date.end) == (event.date.start, event.date.end)), None)
        if same is None:
            first.setdefault(key, []).append(event)
            kept.append(event)
        elif same.date is None and event.date is not None:
            same.date = event.date
    return kept
