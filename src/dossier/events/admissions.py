"""A party owning up to its own wrong: the admission is its concession (issue 10; the PLOVER manual files a party's
stated sorrow over what was done under CONCEDE).

A state's side that tells with a verb of owning up (lexicon `admitting_verbs`) a hostile deed of its own state's
actor ("the army admitted that its soldiers shot two farmers", "the ministry acknowledged a drone of its own struck
the village") concedes it: CONCEDE 080 (mode admit) of the teller towards the deed's target, dated when said; the
deed stays beside it, as claims.py keeps a deed another state tells. One that tells it was wrong ("admitted he had
been wrong to ship rifles to X", "acknowledged that it had made a mistake in closing the ports") concedes the wrong
(lexicon `wrong_words`), and the act it calls wrong, history told as the wrong, is no event of its own. Not an
admission denied or supposed ("refused to admit", "would admit"), nor another state's deed admitted, a claim
(claims.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.events import cameo
from dossier.events.actors import Resolver
from dossier.events.claims import HOSTILE, state_teller, told_as_done
from dossier.events.dates import event_date
from dossier.events.patterns import Lexicon
from dossier.events.roles.model import trigger_token
from dossier.model import Event, Evidence
from dossier.nlp.extensions import doc_text

# Possessives that make the deed's doer the teller's own ("its soldiers", "our jets").
_OWN = frozenset({"its", "their", "our", "his", "her", "my"})


def owned_up(doc: Doc, events: list[Event], resolver: Resolver, lex: Lexicon) -> list[Event]:
    """`events` with a concession for each own deed or wrong a state's side admits (one per admitting verb), less the
    acts told as the wrong admitted."""
    actors = doc._.actors or {}
    made: dict[int, Event] = {}
    told_wrong: set[str] = set()
    for event in events:
        tok = trigger_token(doc, event)
        if tok is None:
            continue
        admitting = _admitting_verb(tok, lex)
        if admitting is None:
            continue
        wrong = _wrong_told(admitting, lex)
        if wrong is not None and tok.i in {t.i for t in wrong.subtree}:
            told_wrong.add(event.id)
            continue
        if admitting.i in made or event.type not in HOSTILE or event.status != "occurred" \
                or not told_as_done(tok, admitting, lex):
            continue
        tellers = _tellers(admitting, resolver, actors, lex)
        if tellers and _own_deed(event, tok, tellers, actors) and _owned_as_a_wrong(admitting, event, actors, lex):
            made[admitting.i] = _concession(doc, event, admitting, tellers, list(event.target), len(made) + 1)
    kept = [e for e in events if e.id not in told_wrong]
    for sent in doc.sents:  # "admitted he was wrong to…" with no event of its own in the clause
        for admitting in (t for t in sent if _is_admitting(t, lex) and t.i not in made):
            if _wrong_told(admitting, lex) is not None and (tellers := _tellers(admitting, resolver, actors, lex)):
                made[admitting.i] = _concession(doc, None, admitting, tellers, [], len(made) + 1)
    return kept + list(made.values())


def _is_admitting(tok: Token, lex: Lexicon) -> bool:
    """A verb of owning up, told as done: not negated, under no modal, not the complement of a refusal."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.admitting_verbs:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in lex.hypothetical_aux) for c in tok.children):
        return False
    return not (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex.declining_verbs | {"deny"})


def _admitting_verb(tok: Token, lex: Lexicon) -> Token | None:
    """The verb of owning up whose clause holds `tok`, or None."""
    return next((a for a in tok.ancestors if _is_admitting(a, lex)), None)


def _wrong_told(admitting: Token, lex: Lexicon) -> Token | None:
    """The clause `admitting` reports, where it says its subject was wrong, erred or made a mistake, else None."""
    for clause in (c for c in admitting.children if c.dep_ in ("ccomp", "xcomp")):
        if clause.lemma_.lower() in lex.wrong_words:
            return clause  # "admitted it had erred"
        named = [c for c in clause.children if c.dep_ in ("acomp", "attr", "dobj")]
        if any(c.lemma_.lower() in lex.wrong_words for c in named) and (
                clause.lemma_.lower() in lex.copulas | {"be", "make"}):
            return clause  # "was wrong to…", "was a mistake", "had made a mistake in…"
    return None


def _tellers(admitting: Token, resolver: Resolver, actors: dict, lex: Lexicon) -> list[str]:
    """The state's side that owns up: the subject of the admitting verb."""
    speaker = next((c for c in admitting.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return []
    return [a for a in resolver.many(speaker) if state_teller(a, speaker, actors, lex)]


def _own_deed(event: Event, tok: Token, tellers: list[str], actors: dict) -> bool:
    """The deed is the tellers' own: done by one of them, by an actor of their state, or by a doer its clause calls
    theirs ("its soldiers")."""
    countries = {actors[a].country for a in tellers}
    if any(a in tellers or (a in actors and actors[a].country in countries) for a in event.source):
        return True
    verb = tok.head if tok.pos_ == "NOUN" else tok
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "poss")), None)
    return doer is not None and any(c.dep_ == "poss" and c.lower_ in _OWN for c in doer.children)


def _owned_as_a_wrong(admitting: Token, event: Event, actors: dict, lex: Lexicon) -> bool:
    """An own deed admitted or confessed is owned up to; one only acknowledged or conceded (lexicon
    `confirming_verbs`) is where the sentence tells it as a wrong (lexicon `mistake_words`: "acknowledged that its
    jets had struck the convoy by mistake") or it harmed civilians ("acknowledged a drone strike killed six
    herders"); else it is a strike confirmed ("acknowledged that its jets struck the depots")."""
    if admitting.lemma_.lower() not in lex.confirming_verbs:
        return True
    if any(t.lower_ in lex.mistake_words or t.lemma_.lower() in lex.mistake_words for t in admitting.sent):
        return True
    return any((actors[a].cameo or "").endswith("CVL") for a in event.target if a in actors)


def _concession(doc: Doc, event: Event | None, admitting: Token, tellers: list[str], target: list[str],
                n: int) -> Event:
    """The tellers' CONCEDE 080 told by `admitting`, dated when said, on `event`'s evidence or the sentence's."""
    sent = admitting.sent
    evidence = list(event.evidence) if event is not None else [
        Evidence(doc=doc._.doc_id or "", text=doc_text(doc)[sent.start_char:sent.end_char], start=sent.start_char,
                 end=sent.end_char)]
    return Event(
        id=f"{doc._.doc_id}:adm{n}", type="CONCEDE", mode="admit", cameo="080", goldstein=cameo.goldstein("080"),
        quad_class=cameo.quad_class("080"), source=tellers, target=[t for t in target if t not in tellers],
        status="occurred", date=event_date([admitting], sent, doc._.timexes or [], ptype="CONCEDE"),
        trigger=admitting.text, confidence=event.confidence if event is not None else None, evidence=evidence)
