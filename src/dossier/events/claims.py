"""A state's claim that another state did it harm: the teller's accusation (issue 10).

The real-news gold codes a political actor of one state telling a hostile deed of another state's actor ("a Chadian
statement said Libyan aircraft bombed Faya", "Baghdad said Iranian gunboats kept up their raids") as the teller's
speech act: ACCUSE (CAMEO 112) of the doer, dated when said. The deed itself stays coded beside it with its
attribution (`KEEP_CLAIMED_DEED`). No accusation where the teller is a news agency, a firm, an unnamed source or no
state's at all, nor where the doer's own state tells its deed ("Chad said its planes struck a Libyan depot").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.events import cameo
from dossier.events.actors import Resolver, holds_state_office
from dossier.events.dates import event_date
from dossier.events.patterns import Lexicon
from dossier.events.roles.model import is_outlet, trigger_token
from dossier.events.status import teller_of
from dossier.model import Event

# Material conflict (an attack, coercion, a sanction, a show of force) and a threat: what a claim accuses its doer of.
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
# The deed told stays an event of its own beside the accusation (round 81: the hand labels code the deed).
KEEP_CLAIMED_DEED = True
# How a deed's clause hangs on another deed's told in the same claim ("were killed when jets raided", "attacked and
# burned", "went on to shell").
_DEED_LINKS = frozenset({"advcl", "conj", "xcomp"})
# Kinds of actor that may do a state's hostile deed (a firm's or a place's may not).
_DOERS = frozenset({"government", "person", "group", "party"})


def claims_told(doc: Doc, events: list[Event], resolver: Resolver, lex: Lexicon) -> list[Event]:
    """`events` with the accusation of each hostile deed another state's teller tells, one per sentence, teller and
    doer (the deed dropped unless `KEEP_CLAIMED_DEED`)."""
    actors = doc._.actors or {}
    made: dict[tuple, Event] = {}
    claimed: set[str] = set()
    for event in events:
        accusation = _accusation(doc, event, resolver, lex, actors, len(made) + 1)
        if accusation is None:
            continue
        claimed.add(event.id)
        key = (accusation.evidence[0].start, tuple(accusation.source), tuple(accusation.target))
        if key not in made and not any(e.type == "ACCUSE" and e.evidence[0].start == key[0]
                                       and set(e.source) & set(accusation.source)
                                       and set(e.target) & set(accusation.target) for e in events):
            made[key] = accusation
    kept = events if KEEP_CLAIMED_DEED else [e for e in events if e.id not in claimed]
    return kept + list(made.values())


def _accusation(doc: Doc, event: Event, resolver: Resolver, lex: Lexicon, actors: dict, n: int) -> Event | None:
    """The teller's ACCUSE of the doer of `event`, a hostile deed told as done, or None."""
    if event.type not in HOSTILE or event.status != "occurred" or not event.source or not event.attribution:
        return None
    tok = trigger_token(doc, event)
    if tok is None:
        return None
    speaker, telling = teller_of(tok, lex)
    if speaker is None or telling.pos_ != "VERB" or not told_as_done(tok, telling, lex):
        return None
    tellers = [a for a in resolver.many(speaker) if state_teller(a, speaker, actors, lex)
               and not is_outlet(a, resolver, speaker)]
    told_by = {actors[a].country for a in tellers}
    doers = [a for a in event.source if _state_doer(a, actors)]
    if not tellers or not doers or any(actors[a].country in told_by for a in doers):
        return None
    sent = tok.sent
    return Event(
        id=f"{event.id}a{n}", type="ACCUSE", mode="allege", cameo="112", goldstein=cameo.goldstein("112"),
        quad_class=cameo.quad_class("112"), source=tellers, target=doers, status="occurred",
        date=event_date([telling], sent, doc._.timexes or [], ptype="ACCUSE"),
        trigger=telling.text, confidence=event.confidence, evidence=list(event.evidence))


def told_as_done(tok: Token, telling: Token, lex: Lexicon) -> bool:
    """The deed `tok` is what the clause of `telling` says was done: a verb, or the object of one ("kept up their
    raids"), reached from the saying through verbs only, none of them a modal's ("the ministry said Ugandan troops
    shelled two villages"). Not a deed in a noun's clause (a complaint's content, a place "where ships could be
    hit", a teller's own past "who fled when the army invaded"), nor one another verb's clause tells ("is dropping
    its complaint that X blocks imports"), nor a noun the claim judges ("the push was small")."""
    if tok.pos_ == "NOUN" and tok.dep_ not in ("dobj", "obj"):
        return False
    verb = tok.head if tok.pos_ == "NOUN" else tok
    while verb.i != telling.i:
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "aux" and c.lower_ in lex.hypothetical_aux
                                                    for c in verb.children):
            return False
        if verb.head.i != telling.i and verb.head.i != verb.i and (verb.dep_ not in _DEED_LINKS or any(
                c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in verb.children)):
            return False  # told by another verb's clause ("dropped its complaint that X was blocking imports")
        if verb.head.i == verb.i:  # the saying hangs on the deed's clause ("…, officials said")
            return telling.head.i == verb.i or any(telling.i == c.i for c in verb.children)
        verb = verb.head
    return True


def state_teller(ident: str, speaker: Token, actors: dict, lex: Lexicon) -> bool:
    """The actor telling is a state's: a government or one of its bodies, a person holding a state office, or a
    state's text named by its place ("a Baghdad war communique"); never a firm, a news agency or an unnamed source."""
    actor = actors.get(ident)
    if actor is None or not actor.country:
        return False
    if actor.kind == "government":
        return speaker.lemma_.lower() != "source"
    if actor.kind == "person":
        return holds_state_office(actor)
    return actor.kind == "place" and speaker.lemma_.lower() in lex.statement_nouns


def _state_doer(ident: str, actors: dict) -> bool:
    """The deed's doer is a party of a known state (not a firm or a place)."""
    actor = actors.get(ident)
    return actor is not None and bool(actor.country) and actor.kind in _DOERS
