"""The teller of talks or an agreement "with X" that name no doer is the other party: "an accord was reached with
Japan on fishing rights, Norway said" (Norway), "'the decision came after consultations with Washington,' the
minister said" (the minister); with no teller, the one who holds an accord a participle tells ("Norway has begun to
carry out a pact signed with Japan": Norway, `holders`); the teller of a request or a warning told in the passive
with no agent is the one who made it: "Togo was invited to join, Ghana's minister said" (`asker`). The words and
types read are in data/story_context.yaml `teller` and `asker`."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.roles.doers import governor, is_passive, prep_objects, subject_tokens
from dossier.events.roles.no_party import is_state_itself
from dossier.events.patterns import load_lexicon
from dossier.events.roles.speakers import previous_saying, quote_speaker
from dossier.model import Event

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})  # "reached an accord with X", "an accord was reached with X"
_STATE_KINDS = frozenset({"government", "person"})  # a state, its bodies and officials: not a firm nor a market
_GROUP_KINDS = frozenset({"group", "party"})  # rebels, an opposition, a party: a state's talks at home


def _with_phrase(trigger: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of a party preposition ("with") on the trigger, on the noun a verb trigger acts on ("reached an
    accord with X") or on the verb a noun trigger is the object of ("held talks with X")."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = governor(trigger)
        heads += [verb] if verb is not None else []
    else:
        heads += [c for c in trigger.children if c.dep_ in _OBJECT_DEPS and c.pos_ == "NOUN"]
    return [o for h in heads for o in prep_objects(h, tuple(preps))]


def _doer_named(trigger: Token) -> bool:
    """The sentence names the act's doer: a verb's subject (a passive's "by" agent), a noun's owner, its "by"
    phrase, or the subject of the verb a noun trigger is the object of ("held talks with X")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "between", "among")) for c in
               trigger.children):
            return True
        verb = governor(trigger)
        return verb is not None and trigger.dep_ == "dobj" and bool(subject_tokens(verb))
    if is_passive(trigger):
        return any(c.dep_ == "agent" for c in trigger.children)
    return bool(subject_tokens(trigger))


def tellers(trigger: Token, resolver: Resolver) -> list[str]:
    """Who tells of the act: the subject of the verb of saying above the trigger ("…, Norway said"), or, inside
    quotation marks, the quotation's speaker."""
    if speakers := quote_speaker(trigger, resolver):
        return speakers
    for verb in trigger.ancestors:
        if verb.lemma_.lower() in resolver.reporting_verbs and verb.pos_ in ("VERB", "AUX"):
            return [a for s in verb.children if s.dep_ == "nsubj" for a in resolver.many(s)]
    return []


def teller_party(event: Event, trigger: Token, resolver: Resolver, types: frozenset[str],
                 preps: frozenset[str]) -> str | None:
    """The teller, as the source, of talks or an agreement (`types`) whose sentence names the other party in a
    "with" phrase (`preps`), which is the event's whole target, and names no doer: where the teller is one actor of
    a state, its bodies or officials, of another country than the target's."""
    if event.source or not event.target or event.type not in types or _doer_named(trigger):
        return None
    partners = {a for o in _with_phrase(trigger, preps) for a in resolver.many(o)}
    if not partners or not set(event.target) <= partners:
        return None
    told, kinds = tellers(trigger, resolver) or speaker_s_state(trigger, resolver), _STATE_KINDS
    if not told:  # "X has begun to carry out a contract signed with Y": X, who holds it
        told, kinds = holders(trigger, resolver), _STATE_KINDS | {"company"}
    if len(told) != 1:
        return None
    actors = resolver.doc._.actors or {}
    teller = actors.get(told[0])
    if teller is None or not teller.country or teller.kind not in kinds:
        return None
    for ident in event.target:  # another state's, an international body ("talks with the IMF, Brazil said"), or
        entity = actors.get(ident)  # a group of the teller's own state ("talks with the rebels, the government said")
        if entity is None or not (entity.country or known_body(entity)) \
                or (entity.country == teller.country and entity.kind not in _GROUP_KINDS):
            return None
    return told[0]


def holders(trigger: Token, resolver: Resolver) -> list[str]:
    """Who holds an accord a participle tells with no agent ("X has begun to carry out a contract signed last year
    with Y", "X will buy oil under a deal reached with Y"): the subject of the verb the accord's noun is the object
    of, or hangs on through a preposition. [] for any other trigger."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or trigger.head.pos_ != "NOUN":
        return []
    node = trigger.head
    while node.dep_ in ("pobj", "prep") and node.head.pos_ in ("ADP", "VERB", "AUX"):
        node = node.head
    verb = node.head if node.dep_ in ("dobj", "obj", "prep") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [a for s in subject_tokens(verb) for a in resolver.many(s)]


_UNNAMED_PRONOUNS = frozenset({"he", "she"})


def _saying(trigger: Token, resolver: Resolver) -> Token | None:
    """The verb of saying that tells the trigger: above it, or, for a quotation that opens a sentence with none of
    its own, the one of the sentence before (speakers.previous_saying)."""
    for verb in trigger.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in resolver.reporting_verbs:
            return verb
    return previous_saying(trigger.sent, resolver.reporting_verbs)


def _unnamed(subject: Token, resolver: Resolver) -> bool:
    """A teller the actors stage names no actor for: "he", "she", or an office told alone ("the trade minister")."""
    lex = load_lexicon()
    return not resolver.many(subject) and (
        subject.lower_ in _UNNAMED_PRONOUNS or subject.lemma_.lower() in lex.unnamed_speakers)


def speaker_s_state(trigger: Token, resolver: Resolver) -> list[str]:
    """The state of a teller who names no actor ("'the decision came after talks with X,' he said"), as the sentence
    before tells it: that sentence's words told by a teller who names none either ("Kenya will lift its ban, the
    trade minister said"), whose clause has one state as its subject. [] where the sentence before tells no such
    words, or its clause's subject is not a state (a person, a firm) or names several."""
    verb = _saying(trigger, resolver)
    if verb is None or not any(s.dep_ == "nsubj" and _unnamed(s, resolver) for s in verb.children) \
            or trigger.sent.start == 0:
        return []
    before = trigger.doc[trigger.sent.start - 1].sent
    actors = resolver.doc._.actors or {}
    for said in (t for t in before if t.pos_ == "VERB" and t.lemma_.lower() in resolver.reporting_verbs):
        if not any(s.dep_ == "nsubj" and _unnamed(s, resolver) for s in said.children):
            continue
        for clause in (c for c in said.children if c.dep_ == "ccomp"):
            states = [a for s in clause.children if s.dep_ == "nsubj" for a in resolver.many(s)]
            if len(states) == 1 and is_state_itself(actors.get(states[0])):
                return states
    return []


def _unsaid_agent(trigger: Token, verbs: frozenset[str]) -> bool:
    """The trigger is told in the passive with no agent and with one of `verbs` (lemmas): a verb ("X was asked to
    report", "X has been invited to join"), or a noun that is the object of such a verb ("X was given a warning to
    leave", "X was sent a request")."""
    verb = governor(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
    if verb is None or verb.lemma_.lower() not in verbs or not is_passive(verb):
        return False
    return not any(c.dep_ == "agent" for c in verb.children)


def asker(event: Event, trigger: Token, resolver: Resolver, types: frozenset[str],
          verbs: frozenset[str]) -> str | None:
    """The teller, as the source, of a request or a warning (`types`) told in the passive with no agent
    (`_unsaid_agent`: "the commission has been asked to report…, the minister said"), where the teller is one actor
    of a state, its bodies or officials, or a known international body, and is not the one asked nor of the country
    of a state asked ("Kenya said it had been invited", "Kenyan officials said Kenya was invited": no asker told)."""
    if event.source or not event.target or event.type not in types or not _unsaid_agent(trigger, verbs):
        return None
    told = tellers(trigger, resolver)
    if len(told) != 1 or told[0] in event.target:
        return None
    actors = resolver.doc._.actors or {}
    teller = actors.get(told[0])
    if teller is None or not (teller.kind in _STATE_KINDS and teller.country or known_body(teller)):
        return None
    for ident in event.target:
        entity = actors.get(ident)
        if entity is not None and teller.country and entity.country == teller.country \
                and (entity.kind == "place" or is_state_itself(entity)):
            return None  # the teller's own state asked: it tells what was asked of it
    return told[0]


def known_body(entity) -> bool:
    """A known international body (OPEC, the IMF), as evaluate/dyads.py counts one."""
    return entity.known and (entity.kind == "igo" or (entity.cameo or "").startswith("IGO"))


def asked_teller(event: Event, trigger: Token, resolver: Resolver, verbs: frozenset[str]) -> str | None:
    """The teller, as the target, of a request told with an active verb of asking (`verbs`: "asked for", "requested")
    that names no one asked (no object, no "of" or "from" phrase), where the teller is another actor than the asker
    and speaks for a body or a state: a state, a firm, a body or a known official, not a person the dictionaries
    lack nor a news outlet ("a Brackwell spokesman said the regulator had asked for its files": Brackwell; "a Kenyan
    spokesman said Uganda had asked for talks": Kenya)."""
    if not event.source or event.target or event.type != "REQUEST" or trigger.pos_ != "VERB" \
            or trigger.lemma_.lower() not in verbs or is_passive(trigger) or quote_speaker(trigger, resolver):
        return None
    # "asked Kenya for talks" names the one asked; "requested talks" only what is asked
    objects = ("dative", "ccomp", "xcomp") + (("dobj", "obj") if trigger.lemma_.lower() == "ask" else ())
    if any(c.dep_ in objects for c in trigger.children) or prep_objects(trigger, ("of", "from", "to")):
        return None
    from dossier.events.roles.model import is_outlet  # (the role model reads this module's neighbours: on use)
    told = tellers(trigger, resolver)
    if len(told) != 1 or told[0] in event.source:
        return None
    actors = resolver.doc._.actors or {}
    teller = actors.get(told[0])
    if teller is None or told[0].startswith("unk:PERSON") or teller.kind == "place" or is_outlet(told[0], resolver) \
            or (teller.kind == "person" and not teller.country):
        return None
    return told[0]
