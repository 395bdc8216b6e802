""""The two sides", "both countries", "the two": the parties of the act told just before."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from dossier.data_files import load_word_lists
from dossier.events.actors import DEFINITE, Resolver
from dossier.events.roles.doers import governor, subject_tokens
from dossier.model import Event
from dossier.nlp.extensions import sentences_of

_PAIR_WORDS = frozenset({"two", "both"})
_PAIR_TEXT = re.compile(r"\b(?:two|both)\b", re.IGNORECASE)
# Types of act two parties do with each other: "the two sides agreed", "both countries met" (one the source, the
# other the target); two parties doing any other act together ("both sides condemned the attack") are its source.
MUTUAL = frozenset({"AGREE", "CONSULT"})
# Modes of entries whose verb tells a feeling of the one it is done to, which that one holds against the act's doer:
# "X was disappointed by Y's ruling" (the converted dictionary's 110 "dismay"; events/sides.py `felt`).
FELT = frozenset({"dismay"})


def pair_phrase(tok: Token, pairs: dict[str, str]) -> bool:
    """"the two sides", "both countries", "officials of both sides": a plural pair noun with "two" or "both"."""
    for t in [tok] + [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                      for o in p.children if o.dep_ == "pobj"]:
        if t.lemma_.lower() in pairs and t.tag_ in ("NNS", "NNPS") \
                and any(c.lower_ in _PAIR_WORDS and c.dep_ in ("nummod", "det", "predet") for c in t.children) \
                and (any(c.lower_ == "both" for c in t.children)
                     or any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in t.children)):
            return True  # "two men" without "the" are two new people
    return False


def pair_back(doc: Doc, events: list[Event], trigger_of, pairs: dict[str, str]) -> None:
    """An event whose doers are "the two sides", "both countries" or "officials of both sides" and whose source has
    no actor of a known country (the actors stage found no two such actors named before: "the two ministers" after
    one named minister and "his Chilean counterpart") takes as its parties those of the last act told before it, in
    its own sentence or the one before, with both sides filled and of two different countries: an agreement or a
    meeting left without a target ("the two sides agreed to…") takes that act's source and target, any other act
    takes both as its source. Nothing older than the sentence before, and nothing guessed from the story's topic;
    in place."""
    if not any(_PAIR_TEXT.search(e.evidence[0].text) for e in events if e.evidence):
        return  # no "two" or "both" in any event's sentence: nothing to look up
    countries = {i: e.country for i, e in (doc._.actors or {}).items()}
    sentences = {s.start_char: k for k, s in enumerate(sentences_of(doc))}
    placed = []  # (sentence number, trigger index, event)
    for event in events:
        trigger = trigger_of(doc, event)
        if trigger is not None:
            placed.append((sentences.get(trigger.sent.start_char, -1), trigger, event))
    for number, trigger, event in placed:
        if any(countries.get(i) for i in event.source):
            continue
        verb = governor(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
        doers = subject_tokens(verb) if verb is not None else []
        if not any(pair_phrase(t, pairs) for t in doers):
            continue
        before = [(n, t.i, e) for n, t, e in placed if e is not event and e.source and e.target
                  and (n == number - 1 or (n == number and t.i < trigger.i))]
        if not before:
            continue
        _, _, earlier = max(before, key=lambda x: (x[0], x[1]))
        one = {countries.get(i) for i in earlier.source}
        other = {countries.get(i) for i in earlier.target}
        if None in one or None in other or len(one) != 1 or len(other) != 1 or one == other:
            continue  # not two states, one on each side
        if event.type in MUTUAL and not event.target:
            event.source, event.target = list(earlier.source), list(earlier.target)
        else:
            event.source = list(dict.fromkeys(earlier.source + earlier.target))


def bare_pair(tok: Token, resolver: Resolver) -> list[str]:
    """"The two met", "the two discussed": "two" with only "the" before it and no noun, as a subject, names the two
    parties told just before: the two people named in its own sentence before it and the sentence before, or, where
    those name no two people, the two states and state bodies named there, in the order first named. Nothing where
    they name another number of them (more than two: which two is not told), nor where a counted noun phrase with
    "two" or "both" comes before it there ("seized two engineers… The two were freed": the two engineers), nor where
    the two are one actor's people or bodies of one country's state alone (a state body and its state). []
    otherwise."""
    if tok.lower_ != "two" or tok.tag_ != "CD" or tok.dep_ not in ("nsubj", "nsubjpass") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ not in ("det", "prep", "punct") for c in tok.children):
        return []
    sents = list(sentences_of(tok.doc))
    here = next((k for k, s in enumerate(sents) if s.start <= tok.i < s.end), 0)
    start = sents[max(here - 1, 0)].start
    window = tok.doc[start:tok.i]
    if any(t.lower_ in _PAIR_WORDS and t.dep_ in ("nummod", "det", "predet") and t.head.pos_ in ("NOUN", "PROPN")
           for t in window):
        return []  # "two engineers", "both sides" named before: the pair is that noun's
    actors = tok.doc._.actors or {}
    order: dict[str, int] = {}
    for t in window:
        ident = resolver.map.get(t.i)
        if ident is not None and ident in actors:
            order.setdefault(ident, t.i)
    for kinds in (("person",), ("government",)):
        found = [i for i in order if (actors[i].kind or "").lower() in kinds]
        if len(found) == 2:
            countries = {actors[i].country for i in found}
            if kinds == ("government",) and (None in countries or len(countries) != 2):
                return []  # a state and a body of it, or of no known country: not two parties
            return sorted(found, key=order.get)
        if found:
            return []
    return []


_MEETINGS = Path(__file__).parent / "data" / "meetings.yaml"


@cache
def _joint_words() -> dict[str, frozenset[str]]:
    """data/meetings.yaml's words of an undertaking done with each other: `with_each_other`, `reciprocal_verbs`."""
    return load_word_lists(_MEETINGS)


def their_quarrel(verb: Token) -> bool:
    """The verb's object is a quarrel its doers own together ("the United States and Japan will settle their trade
    dispute", "resolved their differences": data/meetings.yaml `quarrels`, owned by "their"): the doers are each
    other's party, as with "each other"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(o.lemma_.lower() in _joint_words()["quarrels"]
               and any(c.dep_ == "poss" and c.lower_ == "their" for c in o.children) for o in objects)


def joint_undertaking(tok: Token, doers: list[str], resolver: Resolver) -> bool:
    """Bodies of one state's government ("Senate and House investigators"), or private people of no known state (two
    people who join a firm), who agree or offer to do a thing ("agreed to grant immunity", "have agreed to join the
    unit": an infinitive after the trigger) undertake it together: one side, not one the other's party. Not two
    states, nor a state and an international body, nor doers of different kinds (a government and rebels, a state
    and a firm), nor people of a known state ("Kenya and Tanzania agreed to reopen the border", "India and MERCOSUR
    agreed to give concessions": each the other's, as PLV_train codes them), nor an undertaking with each other
    ("agreed to merge", "to set up a joint venture", "to meet"), nor an accord without an infinitive ("A and B signed
    an accord")."""
    from dossier.events.roles.embedded import one_state  # embedded imports this package's gatherings
    words = _joint_words()
    infinitive = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                       and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None)
    if infinitive is None or infinitive.lemma_.lower() in words["reciprocal_verbs"] or not one_state(doers, resolver):
        return False
    known = resolver.doc._.actors or {}
    entities = [known.get(a) for a in doers]
    if any(e is None or (e.known and (e.kind == "igo" or (e.cameo or "").startswith("IGO"))) for e in entities):
        return False
    kinds = {(e.kind or "").lower() for e in entities}
    if kinds != {"government"} and not (kinds == {"person"} and not any(e.country for e in entities)) \
            and not _one_government_s_people(entities) and not _one_state_s_bodies_people(tok, entities):
        return False
    return not any(t.lower_ in words["with_each_other"] for t in infinitive.subtree)


# Sectors of a CAMEO code (the part after the country's) of a state's executive: its government and its leading
# people ("AUSELI", "AUSGOV": the prime minister and his treasurer). Not its legislature, courts or forces.
_EXECUTIVE_SECTORS = frozenset({"GOV", "ELI"})


def _one_government_s_people(entities) -> bool:
    """People of one state's executive ("the treasurer and the prime minister", coded AUSGOV and AUSELI): they
    undertake a thing together, as the government they belong to would. Not people of two states, nor a state's
    leader and one of its legislators or a firm's head (coded apart: LEG, BUS), whom PLV would have each the
    other's party."""
    countries = {e.country for e in entities}
    if len(countries) != 1 or None in countries or {e.kind for e in entities} != {"person"}:
        return False
    country = next(iter(countries))
    return all((code := e.cameo or "").startswith(country) and code[len(country):] in _EXECUTIVE_SECTORS
               for e in entities)


def _one_state_s_bodies_people(tok: Token, entities) -> bool:
    """Names of one state's bodies that only tell whose people the doers are ("U.S. House and Senate budget
    negotiators", "Senate and House aides"): the names modify one plural common noun, the trigger's subject, and
    none of them is a firm, a group or an international body. Two states' names there ("U.S. and Japanese
    negotiators") are not of one state and are split as before."""
    subjects = [s for s in tok.children if s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.tag_ == "NNS"]
    if len(subjects) != 1:
        return False
    modifiers = [m for c in subjects[0].children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                 for m in [c, *c.conjuncts]]
    if len(modifiers) < 2 or len({e.country for e in entities}) != 1 or None in {e.country for e in entities}:
        return False
    return all((e.kind or "organisation") in ("government", "organisation") and (e.kind == "government"
               or not e.known) for e in entities)
