"""Those gathered at a gathering one goes to: "came to the farmers' lunch", "flew to a meeting of dairy farmers"
(the farmers are whom the one who comes meets; data/gatherings.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.roles.doers import governor, prep_objects
from dossier.model import Entity

_GATHERINGS = Path(__file__).parent / "data" / "gatherings.yaml"


@cache
def gathering_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The nouns of a gathering and the prepositions by which one names those gathered (data/gatherings.yaml)."""
    data = load_yaml(_GATHERINGS)
    return frozenset(w.lower() for w in data["nouns"]), tuple(str(p).lower() for p in data["preps"])


def gathered_people(noun: Token) -> list[Token]:
    """The words that name those gathered at a gathering noun: its possessor ("the farmers' lunch"), a common noun
    before it ("a union meeting") and the objects of its "of", "for" and "with" phrases ("a meeting of dairy
    farmers"). [] for any other noun, and for a gathering that names nobody ("Tuesday's networking gathering":
    a date and a kind are no one)."""
    nouns, preps = gathering_words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "NOUN")]
    return owners + prep_objects(noun, preps)


@cache
def taking_part_verbs() -> frozenset[str]:
    """The verbs by which people take part in a gathering together (data/gatherings.yaml `taking_part`)."""
    return frozenset(w.lower() for w in load_yaml(_GATHERINGS)["taking_part"])


def taking_part(tok: Token, gov: Token | None) -> bool:
    """The trigger, or the verb a noun trigger hangs on, is a verb of taking part in a gathering ("X and Y attended
    the meeting", "X and Y joined the talks"): those named together as its subject are one side."""
    verbs = taking_part_verbs()
    heads = [tok] + ([gov] if gov is not None else []) + ([tok.head] if tok.pos_ == "NOUN" else [])
    return any(h.pos_ == "VERB" and h.lemma_.lower() in verbs for h in heads)


@cache
def party_group_words() -> frozenset[str]:
    """The plural nouns of a meeting's parties named as a group (data/gatherings.yaml `party_groups`)."""
    return frozenset(w.lower() for w in load_yaml(_GATHERINGS)["party_groups"])


def _counted(noun: Token) -> bool:
    """A plural noun counted by a number ("five nations", "22 countries")."""
    return noun.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in noun.children)


def counted_group(tok: Token, gov: Token | None) -> Token | None:
    """The subject of a meeting that names its parties only as a counted group: a plural noun of parties
    (`party_group_words`) counted itself ("four exporting states will gather") or by the "from" or "of" phrase it
    hangs ("envoys from 14 nations are meeting", "delegates of 30 countries attended the talks"), or a "they" of a
    clause of time that stands for such a group above it ("the six nations will review it when they meet"). The
    subject is the trigger verb's, or that of the verb a trigger noun is the object of; None for any other."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else gov if gov is not None else governor(tok)
    if verb is None:
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ == "they" and verb.dep_ == "advcl":
            subject = _outer_subject(verb) or subject  # "… will review the pact when they meet next"
        if subject.tag_ not in ("NNS", "NNPS") or subject.lemma_.lower() not in party_group_words():
            return None
        if _counted(subject) or any(_counted(o) for o in prep_objects(subject, ("from", "of"))):
            return subject
    return None


def _outer_subject(clause: Token) -> Token | None:
    """The subject of the nearest verb above an adverbial clause that has one ("the six nations are expected to
    review it when they meet": the nations)."""
    for verb in clause.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return None


def group_actor(subject: Token, actors: dict) -> str:
    """The actor of a counted group of a meeting's parties: named by its words, of no country (the parties are of
    several states, or of states the sentence does not name)."""
    phrases = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i > subject.i]
    end = phrases[0].right_edge.i if phrases else subject.i
    name = subject.doc[subject.left_edge.i:end + 1].text
    ident = "unk:NORP:" + "-".join(name.lower().split())
    if ident not in actors:
        actors[ident] = Entity(id=ident, name=name, type="NORP", kind="group")
    return ident


def among_the_group(candidate: Token, trigger: Token, event_type: str) -> bool:
    """A mention that is no other party to a meeting of a counted group (`counted_group`: "envoys of 14
    states sat down in Bergen to weigh the quotas set in Iceland", "envoys from 14 nations met in Oslo"): the
    group meets among itself; only one met "with" ("… met with Japan's minister") is a party besides it."""
    if event_type != "CONSULT" or counted_group(trigger, None) is None:
        return False
    return not (candidate.dep_ == "pobj" and candidate.head.lower_ == "with")


def names_its_gathering(verb: Token, resolver) -> bool:
    """The verb of a group's meeting sets it at a gathering whose own words name who meets ("delegates of 31 nations
    gather in Manila for the X bank's yearly session"): the gathering's noun tells that meeting, the
    body's, and the group is its members, no meeting of its own."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("for", "at", "to"))
    return any(resolver.many(p) for n in nouns for p in gathered_people(n))
