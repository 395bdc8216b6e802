"""Source, target, location and issue of a trigger, read from the dependency parse."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Token

from dossier.actors.codes import STATE_SECTORS
from dossier.events.actors import DEFINITE, PLACE_LABELS, Resolver, coordinated, relative_head
from dossier.events.matching import CONSEQUENCE_MODALS, direct_object, occasioned, reported_clauses
from dossier.events.named_again import named_again  # nouns that name an earlier act again (one list, with dates)
from dossier.events.patterns import Entry, load_lexicon
from dossier.events.status import clause_modals
from dossier.events.status import SPEECH_ACTS  # types of act done by saying: on a reporting verb, the speaker's
from dossier.ingest.outlets import load_outlets
from dossier.model import Event

_SUBJ = ("nsubj", "csubj")
_INHERIT = ("xcomp", "conj", "advcl", "pcomp")
_PLACE_PREPS = frozenset({"in", "at"})
_SOURCE_PREPS = frozenset({"by", "from"})
_NOT_TARGET_PREPS = frozenset({"of"})  # a passive's "by" is its agent (dep "agent"), never a "prep"
# Prepositions after which an attack's aim stands ("fired rockets at X", "opened fire on X").
_AIM_PREPS = ("at", "on")
# Prepositions after which the one a warning or a complaint is about stands ("warned about X", "complained of X").
_ABOUT_PREPS = ("about", "of")


@dataclass
class Roles:
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    location: str | None = None
    issue: str | None = None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def done_to_noun(verb: Token) -> bool:
    """A past participle on a noun that is what it is done to ("reported 81 brigades destroyed in the offensive");
    not a main verb the parser hung on its subject ("Khan, called Erdogan on Friday", "A report called for X",
    "doctors from two groups donated and delivered X", "politicians, led by X, charged that…"), which has an
    object or a clause of its own or shares an object with the verb coordinated with it, or hangs on the
    sentence's root."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ != "ROOT" \
        and not any(c.dep_ in ("dobj", "obj", "dative", "oprd", "ccomp") for c in verb.children) \
        and shared_object(verb) is None


def agentless_verb(verb: Token) -> bool:
    """A passive verb without a "by" agent ("were killed", "the port, which will be opened")."""
    return is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children)


# Nouns that carry the act named by a noun compounded onto them ("a mediation effort", "a peace mission").
CARRIER_NOUNS = frozenset({"effort", "efforts", "bid", "mission", "initiative", "attempt", "campaign", "drive"})
# Nouns that measure or count the act named by their "of" phrase ("several hours of talks", "a round of
# negotiations", "months of talks"): the verb they are the object of governs the act.
MEASURE_NOUNS = frozenset({"hour", "day", "week", "month", "year", "minute", "round", "series", "number", "couple",
                           "string", "spate", "wave", "flurry", "host", "lot", "set", "cycle", "session"})
# Nouns of a part of a journey ("the first leg of a tour", "the last stage of a visit").
PART_NOUNS = frozenset({"leg", "stage", "part", "day", "week"})


def governor(noun: Token) -> Token | None:
    """The verb a noun trigger is the object of: "held talks", "presided over the signing"."""
    tok = noun
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIER_NOUNS:  # "launched a mediation effort"
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.lemma_.lower() in MEASURE_NOUNS:  # "was holding several hours of talks"
        tok = tok.head.head
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "obj") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "on") and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    return None


def misread_main_subject(verb: Token) -> Token | None:
    """The subject of a sentence's main verb the parser hung as a clausal complement on the verb of a relative
    clause before it ("The decision that has angered the Ugandan government attracted criticism from Kenya": the
    parser reads "the government attracted criticism" as what "has angered" governs, and leaves the sentence with a
    noun, "decision", for its root): the root noun, when the sentence has no verb for its root, the relative verb
    is no verb of saying or thinking (which does take a clause: "the report that officials believe Kenya sent") and
    has no object of its own, and the verb's subject stands right after the relative verb with no "that" or "if"
    before the clause (it is the relative verb's object), and the verb is finite with no modal (an infinitive is
    no main verb: "a system that allows users to link disks"; a modal marks a clause a verb of fearing or hoping
    governs: "the envoy who feared Kenya would attack"). None otherwise."""
    rel = verb.head
    lex = load_lexicon()
    if verb.dep_ != "ccomp" or rel.dep_ != "relcl" or rel.lemma_.lower() in lex.reporting_verbs:
        return None
    root = verb.sent.root
    modals = lex.future_aux | lex.hypothetical_aux
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"
                                                         for c in verb.children)
    if root.pos_ not in ("NOUN", "PROPN") or not finite or any(c.dep_ in ("dobj", "obj") for c in rel.children) \
            or any(c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ in modals) for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].left_edge.i != rel.i + 1:
        return None
    return root


def subject_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """Who does the verb: its subject, the agent of a passive, or the subject it inherits (the sentence's noun
    where the parser misread the main verb as a relative clause's complement, `misread_main_subject`)."""
    if (misread := misread_main_subject(verb)) is not None:
        return [misread]
    kids = list(verb.children)
    # "tariffs imposed by Canada", "Urged by Japan to reopen the port, Kenya…": the agent. A past participle with a
    # subject of its own is a perfect tense, not a participle ("after Uganda had seized…", "reports that it had
    # attacked…"): its subject does it
    participle = verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in kids)
    if is_passive(verb) or participle:
        agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # "the port, which will be opened", "brigades destroyed in the offensive": the noun is what is done to
        if agents or verb.dep_ == "relcl" or done_to_noun(verb):
            return agents
        # "X killed three fighters, while two soldiers were wounded": an adverbial clause with a subject of its own
        # and no agent tells no doer; the main clause's subject is not it
        if verb.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in kids):
            return []
    else:
        subj = [whole_of_relative(c) or c for c in kids if c.dep_ in _SUBJ]
        if subj:
            return subj
    if depth < 3:
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            return _gerund_doer(verb.head, depth)
        if (outer := _set_off_purpose(verb)) is not None:  # "X picked the day, before a visit by Y, to accuse Z": X
            return subject_tokens(outer, depth + 1)
        if (outer := series_verb(verb)) is not None:  # "X seized two towns, killed or wounded 40 soldiers": X
            return subject_tokens(outer, depth + 1)
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            head = relative_head(verb)
            if head.dep_ == "attr" and head.head.lemma_ == "be":  # "X was the only one to vote against Y": X
                return [c for c in head.head.children if c.dep_ == "nsubj"] or [head]
            return [head]
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":  # "X is due to meet", "X is about to sign"
            return subject_tokens(verb.head.head, depth + 1)
        if verb.dep_ in _INHERIT and verb.head.pos_ in ("VERB", "AUX"):
            head = verb.head
            if verb.dep_ == "xcomp" and is_passive(head):  # "X is expected to visit"
                return [c for c in head.children if c.dep_ == "nsubjpass"] or subject_tokens(head, depth + 1)
            return subject_tokens(head, depth + 1)
    return []


# Relative pronouns a part of a relative clause's antecedent is counted out of ("many of whom", "some of which").
_PART_PRONOUNS = frozenset({"whom", "which"})


def whole_of_relative(tok: Token) -> Token | None:
    """The antecedent of a relative clause whose subject counts a part of it out with "of whom" or "of which"
    ("lawmakers, many of whom urged X", "a number of whom", "the rebels, some of whom were trained by Y", "two of
    which"): the part acts as, or undergoes the act as, one of those the antecedent names, so that the antecedent is
    the side. None for any other word."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "relcl" or tok.lower_ in _PART_PRONOUNS:
        return None
    if not any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in _PART_PRONOUNS
                                                             for o in p.children) for p in tok.children):
        return None
    return relative_head(tok.head)


def _set_off_purpose(verb: Token) -> Token | None:
    """The verb whose purpose an infinitive set off by a comma gives, where the parser hung the infinitive on the
    noun before the comma ("X waited for a quiet week, just before a visit by Y, to make accusations": X makes them,
    not Y): the verb above that noun. None for an infinitive that follows its noun ("a plan to build a port")."""
    if verb.dep_ != "acl" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    before = verb.left_edge.i - 1
    if before < 0 or verb.doc[before].text != ",":
        return None
    node = verb.head
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") and node.i != verb.i else None


def series_verb(verb: Token) -> Token | None:
    """The verb of a series of acts ("X seized two towns, killed or wounded 40 soldiers and burned a depot") that a
    later one follows, where the parser hung the later one on the object before its comma as a participle
    describing it: a participle that describes a noun has no object of its own (the noun is what is done to), so
    one that has an object, or shares one with the verb coordinated with it, set off from the object of a verb by a
    comma, is that verb's next act and has its subject. None otherwise ("the towns, captured in May, ...")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.dep_ not in ("dobj", "obj") \
            or verb.head.head.pos_ != "VERB":
        return None
    before = verb.left_edge.i - 1
    if before < 0 or verb.doc[before].text != ",":
        return None
    if not any(c.dep_ in ("dobj", "obj") for c in verb.children) and shared_object(verb) is None:
        return None
    return verb.head.head


# Prepositions whose gerund is done by the object of the verb they hang on ("quoted the envoy as praising X",
# "accused X of arming Y", "kept X from attacking"); after the others the verb's subject does it ("before meeting X").
_OBJECT_PREPS = frozenset({"as", "of", "for", "from"})


def _gerund_doer(prep: Token, depth: int) -> list[Token]:
    """Who does a gerund governed by a preposition on a verb."""
    outer = prep.head
    if prep.lower_ in _OBJECT_PREPS:
        objects = [c for c in outer.children if c.dep_ in ("dobj", "nsubjpass")]
        if objects:
            return objects
    return subject_tokens(outer, depth + 1)


_BETWEEN_CONJUNCTS = frozenset({"CCONJ", "PUNCT", "ADV"})
# Words that tie the clause of a passive act to its subject: "… were injured when X shelled them / their camp".
_BACK_PRONOUNS = frozenset({"them", "him", "her", "it", "their", "his", "its"})
_WHEN_MARKS = frozenset({"when", "as"})


def shared_object(verb: Token) -> Token | None:
    """The object a verb shares with the verb coordinated right after it ("killed or wounded 200 soldiers",
    "arrested and jailed X"): that verb's object, when only a conjunction, a comma or an adverb stands between them."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i):
        if all(t.pos_ in _BETWEEN_CONJUNCTS for t in verb.doc[verb.i + 1: conj.i]):
            return next((c for c in conj.children if c.dep_ in ("dobj", "obj")), None)
    return None


def shared_patient(verb: Token) -> Token | None:
    """The one a passive verb coordinated after another passive verb is done to, when it names nobody of its own:
    the first verb's subject ("he was arrested by the police and taken into custody", "the reporters were detained
    and deported"). Not a verb with a subject or an object of its own ("was arrested and later denied it")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.pos_ != "VERB" or verb.head.i > verb.i \
            or not is_passive(verb.head):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "dative", "expl") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def clause_doers(verb: Token) -> list[Token]:
    """Who does a passive act without a "by" agent, when a "when" clause on it names one who acts on its subject
    ("200 soldiers were killed when X shelled their camp", "were injured when X bombarded them"): that clause's
    subject, when its object is, or belongs to, a pronoun ("them", "their camp")."""
    out = []
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB" and not is_passive(c)):
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in _WHEN_MARKS for m in clause.children):
            continue
        objects = [o for o in clause.children if o.dep_ in ("dobj", "obj")]
        if any(o.lower_ in _BACK_PRONOUNS or any(p.dep_ == "poss" and p.lower_ in _BACK_PRONOUNS
                                                 for p in o.children) for o in objects):
            out += [s for s in clause.children if s.dep_ == "nsubj" and s.lower_ not in _BACK_PRONOUNS]
    return out


def _each_other(tok: Token) -> bool:
    """The act is done to "each other" or "one another" (its object, or after its preposition)."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")] + _prep_objects(tok, ("with", "to", "against",
                                                                                          "at", "on", "of"))
    return any(o.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in o.children)
               for o in objects)


def _prep_objects(tok: Token, preps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    return [g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


_TIME_ENTS = frozenset({"DATE", "TIME"})


def _stray_between(noun: Token) -> list[Token]:
    """The parties of a "between" phrase the parser hung on a word above a noun act rather than on the noun, where
    only a time expression stands between the noun's phrase and it ("ahead of a meeting later today between A and
    B": "between" on the verb, past "later today"). A "between" phrase further off belongs to its own word ("the
    talks ended and a rift opened between A and B", "split the cost of the meeting equally between A and B")."""
    ancestors = {a.i for a in noun.ancestors}
    end = noun.right_edge.i
    for word in noun.doc[end + 1:]:
        if word.lower_ == "between" and word.dep_ == "prep" and word.head.i in ancestors:
            return [g for g in word.children if g.dep_ == "pobj"]
        if word.ent_type_ not in _TIME_ENTS:  # not "split the cost of the meeting equally between A and B"
            return []
    return []


def _claimed_between(verb: Token) -> set[int]:
    """The words of a "between" phrase on a verb that a noun of talks below it claims (`_stray_between`: "speaking
    ahead of a meeting later today between A and B", the parser hanging "between" on "speaking"): the parties of
    the meeting, not of the verb."""
    return {g.i for n in verb.subtree if n.i != verb.i and n.pos_ == "NOUN" and n.lemma_.lower() in talks_nouns()
            for g in _stray_between(n)}


def _clean(text: str) -> str:
    return text.strip(" ,;:.\"'“”")


def _subtree_text(tok: Token) -> str:
    return _clean(tok.doc[tok.left_edge.i: tok.right_edge.i + 1].text)


def _issue(tok: Token, obj: Token | None, target_toks: set[int], named: bool, gov: Token | None) -> str | None:
    if named and obj is not None:
        return _subtree_text(obj)
    heads = [tok] + [h for h in (obj, gov) if h is not None]
    for head in heads:
        for child in head.children:
            if child.dep_ in ("xcomp", "acl", "advcl") and any(a.lower_ == "to" for a in child.children):
                return _subtree_text(child)
            if child.dep_ == "prep" and child.lower_ in ("for", "on", "over", "about", "against") \
                    and child.i not in target_toks:
                objs = [g for g in child.children if g.dep_ == "pobj"]
                return _subtree_text(objs[0]) if objs else None
    if obj is not None and obj.i not in target_toks:
        return _subtree_text(obj)
    return None


_PARTY_PREPS = ("with", "to", "from")


def _complement_parties(verb: Token) -> list[Token]:
    """The other party of what a verb commits to or refuses: the object of its infinitive ("offered to help X"),
    or who the infinitive or its object is with, to or from ("agreed to buy tankers from X")."""
    out = []
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        objs = [o for o in comp.children if o.dep_ in ("dobj", "dative")]
        out += objs + _prep_objects(comp, _PARTY_PREPS)
        out += [t for o in objs for t in _prep_objects(o, _PARTY_PREPS)]
    return out


def _clause_doers(verb: Token, aux: tuple[str, ...] = ()) -> list[Token]:
    """Who does what a verb's clausal complement says: its subject, or the agent of a passive one (with `aux`: only
    of a clause with one of these modals, "said X is slow and Y must go": Y)."""
    out = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and (not aux or clause_modals(c) & set(aux))):
        agents = [g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        out += agents or [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    return out


# Dependencies followed down from a trigger to a phrase it governs: its objects and prepositional phrases, never a
# clause of its own.
_PHRASE_DEPS = frozenset({"dobj", "obj", "prep", "pobj", "pcomp", "attr", "oprd", "dative"})


def talks_partners(head: Token, depth: int = 0) -> list[Token]:
    """Who an act is done in talks with: the "with" party of a noun of talks in the phrases the act governs
    ("rejected proposals for negotiations with X", "will demand more pay in coming talks with X", "accepted the
    plan in weeks of talks with X"); not inside a clause of its own, and not the trigger itself (its own "with"
    is read as a target preposition)."""
    out = []
    for child in head.children:
        if child.dep_ not in _PHRASE_DEPS:
            continue
        if child.pos_ == "NOUN" and (child.lower_ in talks_nouns() or child.lemma_.lower() in talks_nouns()):
            out += _prep_objects(child, ("with",))
        if depth < 6:
            out += talks_partners(child, depth + 1)
    return out


def traveller_verb(noun: Token) -> Token | None:
    """The verb without an object that a noun of a visit is the "on" phrase of, directly or through a part of it
    ("X is on a visit to Y", "X was in Paris on the first leg of a tour", "X arrived on the last stage of a tour"):
    its subject is the one who makes the visit. Not a verb with an object ("Y welcomed X on a visit": X visits)."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN" \
            and node.head.head.lemma_.lower() in PART_NOUNS:
        node = node.head.head
    if node.dep_ != "pobj" or node.head.lower_ != "on" or node.head.dep_ != "prep":
        return None
    verb = node.head.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return None
    return verb


def _parties_of(toks: list[Token], resolver: Resolver) -> list[Token]:
    """The tokens that name an actor other than a region ("talks with the West", "with the Middle East": no party)."""
    return [t for t in toks if any(resolver.label(i) != "LOC" for i in resolver.many(t))]


_NO_PARTY = Path(__file__).parent / "data" / "no_party.yaml"
_PLACE_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_REGION_LABELS = frozenset({"NORP", "LOC"})  # a people or a region; not a body (ORG), whose markets are its own


@cache
def no_party_words() -> dict[str, frozenset[str]]:
    """data/no_party.yaml: {"press": nouns of the press, "quoting": reporting verbs whose passive subject speaks,
    "made": participles of making, "companions": participles of going with, "places": nouns of places}."""
    data = yaml.safe_load(_NO_PARTY.read_text(encoding="utf-8"))
    return {key: frozenset(words) for key, words in data.items()}


@cache
def place_nouns() -> frozenset[str]:
    """data/no_party.yaml `places`: plural nouns of places and markets (lemmas)."""
    return frozenset(w.lower() for w in no_party_words()["places"])


def _place_set(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in place_nouns()


def region_places(tok: Token, resolver: Resolver) -> bool:
    """The mention, or the plural noun of places it qualifies, is a set of places of a region whose only actor is a
    demonym or a name that gives no country ("a tour of European capitals", "Asian markets", "Gulf ports"): places
    somewhere, no party to any act. A state's demonym makes them the state's and a party ("Japanese markets"), and
    a plural noun of states or people is not a place ("Arab states", "European leaders"); data/no_party.yaml
    `places`."""
    head = tok if _place_set(tok) else tok.head if tok.dep_ in _PLACE_MODIFIERS and _place_set(tok.head) else None
    if head is None or any(c.dep_ == "prep" for c in head.children if c.lower_ == "of"):
        return False  # "markets of Kenya and Uganda": the states named
    actor = resolver.one(head)
    entity = (resolver.doc._.actors or {}).get(actor) if actor else None
    return entity is not None and not entity.country and entity.type in _REGION_LABELS


def through_places(tok: Token, resolver: Resolver) -> bool:
    """The mention's actor is only that of a region's places inside its own phrase (`region_places`): "European
    capitals", and a noun that takes its actor from them ("the first leg of a tour of European capitals": leg)."""
    actor = resolver.one(tok)
    return actor is not None and any(
        (_place_set(t) or _place_set(t.head)) and region_places(t, resolver) and resolver.one(t) == actor
        for t in tok.subtree)


_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
_OBJECT_PRONOUNS = {"us": True, "me": False}  # first-person pronouns read here: plural (the speaker's state) or not
_POSSESSIVES = {"our": True, "my": False}


def _quoted(tok: Token) -> bool:
    """The token stands inside quotation marks in its sentence (an odd number of them before it)."""
    return sum(t.text in _QUOTE_MARKS for t in tok.doc[tok.sent.start: tok.i]) % 2 == 1


def quote_speaker(tok: Token, resolver: Resolver) -> list[str]:
    """The actors of the one who speaks the quotation a token stands in: the subject of the reporting verb, itself
    outside the quotation marks, that the quoted clause hangs on ("'…,' X said", "X told reporters: '…'")."""
    if not _quoted(tok):
        return []
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in resolver.reporting_verbs and not _quoted(node):
            return [a for s in node.children if s.dep_ == "nsubj" for a in resolver.many(s)]
    return []


def _speakers_state(speaker: str, resolver: Resolver) -> str | None:
    """The state a speaker speaks for, where the speaker is a known public figure or holds a state's office (a
    CAMEO code of a state's sector: a minister, an envoy, a general; not an unknown resident or a firm's man, whose
    "us" is his own) and the story names the state as an actor."""
    actors = resolver.doc._.actors or {}
    entity = actors.get(speaker)
    if entity is None or not entity.country or entity.kind == "government" \
            or (speaker.startswith("unk:") and (entity.cameo or "")[3:6] not in STATE_SECTORS):
        return None
    return next((i for i, e in actors.items() if e.type == "GPE" and e.kind == "government"
                 and e.country == entity.country and not i.startswith("agent:")), None)


def first_person(tok: Token, resolver: Resolver) -> list[str]:
    """Who a first-person object pronoun in a quotation stands for ("'X has threatened us,' Y said"), or a noun of
    the speaker's own side that "our" or "my" owns and that names no actor of its own ("'Colombia expelled our
    ambassador,' the Venezuelan minister said": Venezuela; "attacked my country"; data/no_party.yaml `own_side`):
    the quotation's speaker (`quote_speaker`), or, for "us", "our" and "my country" (`own_state`), the state of a
    speaker who has one, where the story names it. Subject pronouns ("we", "I") are the resolver's; "our
    development", "my family" name no party."""
    if tok.pos_ == "PRON":
        pron, plural = tok, _OBJECT_PRONOUNS.get(tok.lower_)
    else:
        pron = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
        lemma = tok.lemma_.lower()
        if pron is None or lemma not in own_side_nouns():
            return []
        plural = _POSSESSIVES[pron.lower_] or lemma in own_state_nouns()
    if plural is None or pron.pos_ != "PRON":
        return []
    speakers = quote_speaker(pron, resolver)
    return [(_speakers_state(s, resolver) if plural else None) or s for s in speakers[:1]]


@cache
def own_state_nouns() -> frozenset[str]:
    """data/no_party.yaml `own_state`: nouns by which a speaker names the state he speaks for ("my country")."""
    return frozenset(w.lower() for w in no_party_words().get("own_state", ()))


@cache
def own_side_nouns() -> frozenset[str]:
    """data/no_party.yaml `own_state` and `own_side`: nouns by which "our" or "my" names the speaker's side."""
    return own_state_nouns() | frozenset(w.lower() for w in no_party_words().get("own_side", ()))


def named_parties(tok: Token, resolver: Resolver) -> list[str]:
    """The actors of a head and of the heads coordinated with it (`Resolver.many`), less those only a set of places
    of a region names ("visited European capitals and Washington": Washington's, `through_places`); a first-person
    pronoun in a quotation, or a noun it owns that names no actor, is the quotation's speaker (`first_person`)."""
    found = resolver.many(tok)
    if not found:
        return first_person(tok, resolver)
    conjuncts = coordinated(tok)  # the head and the heads coordinated with it, as Resolver.many reads them
    placed = [c for c in conjuncts if through_places(c, resolver)]
    if not placed:
        return found
    dropped = {resolver.one(c) for c in placed} - {resolver.one(c) for c in conjuncts if c not in placed}
    return [i for i in found if i not in dropped]


def with_clause_subjects(head: Token) -> list[Token]:
    """The party of "opened talks with X to settle…" where the parser read "with X to settle" as a clause (an
    infinitive marked by "with" whose subject is X): that subject. A participle after "with" is a clause of its
    own ("with Congress controlled by X", "with prices falling"): not a party."""
    return [s for c in head.children if c.dep_ == "advcl" and c.i > head.i and c.tag_ == "VB"
            and any(m.dep_ == "mark" and m.lower_ == "with" for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for s in c.children if s.dep_ == "nsubj"]


# Verbs and nouns of moving, placing or offering forces: what they move is the mover's own, and where it goes, or
# whom it is for, is the act's target ("sent troops to X", "withdraw its troops from X", "the deployment of troops
# to X", "offered ships to guard X's convoys").
DEPLOYING = frozenset({"send", "deploy", "dispatch", "withdraw", "mobilize", "mobilise", "move", "place", "pull", "order",
                       "station", "redeploy", "airlift", "deployment", "withdrawal", "redeployment",
                       "mobilization", "mobilisation", "offer", "provide", "supply", "commit", "contribute"})
# Words that name armed or security forces when the actors stage gives them no sector ("Army", "fighter jets").
FORCE_WORDS = frozenset({"army", "troops", "soldiers", "forces", "force", "police", "policemen", "brigade",
                         "battalion", "jets", "warplanes", "warships", "marines", "navy", "units", "personnel",
                         "peacekeepers", "battery", "militia"})
_FORCE_SECTORS = ("MIL", "COP", "SPY")
_DESTINATION_PREPS = ("to", "into", "in", "from", "toward", "towards", "inside")


def _own_forces(tok: Token, source: list[str], resolver: Resolver) -> bool:
    """The noun names armed or security forces of the source's own (its possessive pronoun, no country, or a
    source's country): "its troops", "the army", "Israeli jets" moved by Israel."""
    ids = resolver.many(tok)
    if not ids:
        return False
    actors = resolver.doc._.actors or {}
    words = {t.lower_ for t in tok.doc[tok.left_edge.i: tok.i + 1]}  # the noun and what stands before it
    countries = {c for i in source if (c := getattr(actors.get(i), "country", None))}
    for ident in ids:
        entity = actors.get(ident)
        code = (entity.cameo or "") if entity else ""
        if not (code[3:6] in _FORCE_SECTORS or words & FORCE_WORDS):
            return False
        if entity is not None and entity.country and entity.country not in countries \
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            return False
    return True


def _purpose_objects(verb: Token) -> list[Token]:
    """The object of the purpose clause of a verb ("sent troops to help X", "in order to retake X")."""
    return [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)
            for o in c.children if o.dep_ in ("dobj", "dative")]


def mover(tok: Token, source: list[str], resolver: Resolver) -> Token | None:
    """The verb or noun of moving forces whose forces a noun names, when they are the source's own ("sent its
    troops", "the deployment of troops", "provided Uganda with troops"); None otherwise."""
    if tok.dep_ in ("dobj", "nsubjpass", "conj"):
        head = tok.head
        while head.dep_ == "conj" and tok.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "sent police and soldiers": the verb above the first
        if tok.dep_ == "conj":
            if head.dep_ not in ("dobj", "nsubjpass"):
                return None
            head = head.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("of", "with"):  # "the deployment of troops", "provided X with"
        head = tok.head.head
    else:
        return None
    if head.lemma_.lower() not in DEPLOYING or not _own_forces(tok, source, resolver):
        return None
    return head


def deployed(target_toks: list[Token], source: list[str], resolver: Resolver) -> list[Token]:
    """The target of an act that moves forces: not the forces the source moves (its own), but where they go or
    come from, else whom the move is for ("sent troops to help X"); none when the sentence names neither. Targets
    that are no such forces are kept as they are."""
    out: list[Token] = []
    for t in target_toks:
        verb = mover(t, source, resolver)
        if verb is None:
            out.append(t)
            continue
        heads = [verb, t] + ([verb.head] if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj") else [])
        places = [p for h in heads for p in _prep_objects(h, _DESTINATION_PREPS) if resolver.many(p)]
        out += places or [o for o in _purpose_objects(verb) if resolver.many(o)]
    return out


_RECEIVING = Path(__file__).parent / "data" / "receiving.yaml"


@cache
def _receiving(key: str) -> frozenset[str]:
    return frozenset(yaml.safe_load(_RECEIVING.read_text(encoding="utf-8"))[key])


def receiving_governors() -> frozenset[str]:
    """Verbs whose subject gets the act their object noun names (data/receiving.yaml)."""
    return _receiving("governors")


def receiving_verbs() -> frozenset[str]:
    """Verbs whose subject gets what their own act gives ("X received aid from Y"; data/receiving.yaml)."""
    return _receiving("verbs")


def undergoing_verbs() -> frozenset[str]:
    """Verbs whose subject undergoes the act told with them ("died in an ambush"; data/receiving.yaml)."""
    return _receiving("undergoing")


def cause_doers(verb: Token, resolver: Resolver, causes_named: tuple[str, ...] = ()) -> list[Token]:
    """Who does the act a verb of undergoing names by its cause: the "by" or "with" phrase of the noun after one of
    its prepositions ("died in an ambush by X", "in clashes with Y"), else a state or group before that noun ("in an
    Israeli airstrike"); none when the cause names nobody ("in a missile attack"). With `causes_named` (the nouns
    the trigger's entry requires), only such a noun is a cause ("died in a Kenyan hospital of wounds": not Kenya)."""
    causes = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
              and (not causes_named or o.lemma_.lower() in causes_named or o.lower_ in causes_named)]
    named = [a for c in causes for a in _prep_objects(c, ("by", "with")) if resolver.many(a)]
    return named or [m for c in causes for m in c.children
                     if m.dep_ in ("amod", "compound", "poss", "nmod") and resolver.many(m)]


def received_act(gov: Token | None, doers: list[Token], subjects: list[Token], resolver: Resolver) -> list[Token] | None:
    """The doers of an act named by the object of a verb of getting ("X has the endorsement of Y", "X won Y's
    backing", "X received a visit from Y"), who do it to the verb's subject: the noun's own doers that name actors,
    when there are some and none of them is the subject's actor ("X won its own party's backing" is no such case
    either: "its" is X). None when the verb is no verb of getting, is passive, or has no subject that names one."""
    if gov is None or gov.lemma_.lower() not in receiving_governors() or is_passive(gov) or not subjects:
        return None
    named = [t for t in doers if resolver.many(t)]
    taker = {i for s in subjects for i in resolver.many(s)}
    if not named or any(i in taker for t in named for i in resolver.many(t)):
        return None
    return named


def act_authors(noun: Token, resolver: Resolver) -> list[Token]:
    """Who does the act a common noun with an "of" phrase names, when a "by" phrase tells it: "the expulsion of two
    diplomats by X", "the arrest of Y by the police" (the "of" phrase names whom it is done to); the "by" phrase may
    hang on the noun or, as the parser often hangs it, on the "of" phrase's noun. [] when no "by" phrase there
    names an actor, or the noun has no "of" phrase ("a demand by X" is read as before)."""
    if noun.pos_ != "NOUN":
        return []
    of_objs = _prep_objects(noun, ("of",))
    if not of_objs:
        return []
    return [a for h in [noun, *of_objs] for a in _prep_objects(h, ("by",)) if resolver.many(a)]


def _participle_agents(noun: Token) -> list[Token]:
    """X in "<noun> made/taken/imposed by X": the agent of a participle on the noun."""
    return [g for c in noun.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
            for g in a.children if g.dep_ == "pobj"]


_DOER_PREPS = ("by", "from")  # "interference by X", "aggression from X": the doer of an act noun


def warned_condition(verb: Token) -> Token | None:
    """The act a warning holds out as a condition: the noun subject of a clause the warning verb reports, whose verb
    tells with a modal what would follow ("warned that any interference by X in Y's affairs would meet a firm
    response": interference). Who does that act is the one warned (`condition_doers`); what it would be done to or in
    is not (`condition_undergoer`)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
        if not clause_modals(clause) & CONSEQUENCE_MODALS:
            continue
        noun = next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is not None and noun.pos_ == "NOUN":
            return noun
    return None


def condition_doers(noun: Token, resolver: Resolver) -> list[Token]:
    """Who does the act of a warned condition: the object of its "by" or "from", the agent of a participle on it, or
    a name, a demonym or a possessor before it ("U.S. interference", "Washington's meddling"); also a "by" the parser
    hangs on the object of the noun's own phrase ("any interference in Y's affairs by X": affairs are done by no one)."""
    phrases = [o for p in noun.children if p.dep_ == "prep" and p.lower_ not in _DOER_PREPS
               for o in p.children if o.dep_ == "pobj"]
    doers = _prep_objects(noun, _DOER_PREPS) + [a for o in phrases for a in _prep_objects(o, ("by",))]
    doers += _participle_agents(noun) + [
        c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ != "PRON"]
    return [t for t in doers if resolver.many(t)]


def condition_undergoer(tok: Token, trigger: Token, resolver: Resolver) -> bool:
    """The mention stands in a phrase of a warned condition's act noun other than its doer's ("any interference in
    Y's affairs", "any attack on Y would be met…"): the one the act would be done to or in is not the one warned, when
    the act is any act of its kind ("any") or its doer is named."""
    noun = warned_condition(trigger)
    if noun is None or not (any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)
                            or condition_doers(noun, resolver)):
        return False
    node, by = tok, False
    while node.i != noun.i and node.head.i != node.i:
        by = by or (node.dep_ == "prep" and node.lower_ == "by")
        if node.dep_ == "prep" and node.head.i == noun.i:
            return node.lower_ not in _DOER_PREPS and not by
        node = node.head
    return False


# Prepositions of time that frame a clause with an act its subject took part in ("after talks with X, Y said").
_FRAMING_PREPS = frozenset({"after", "before", "during", "following", "since", "ahead", "at", "upon", "on"})


def _framing_verb(noun: Token) -> Token | None:
    """The verb whose clause a noun of a meeting frames: "After an hour-long meeting with X, Y praised…",
    "Y, briefing reporters after a separate meeting with X", "Y said after four days of talks" (the meeting is the
    subject's own)."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "of" and prep.head.lower_ in ("ahead", "prior"):  # "ahead of talks with X"
        prep = prep.head
    elif prep.lower_ == "of" and prep.head.lemma_.lower() in MEASURE_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "after four days of talks with X"
    if prep.lower_ not in _FRAMING_PREPS | {"prior"}:
        return None
    head = prep.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _against(noun: Token, depth: int = 0) -> list[Token]:
    """X in "<noun> (into/of/on <noun>) against X", a few prepositions down from an object noun."""
    found = _prep_objects(noun, ("against",))
    if found or depth >= 2:
        return found
    return [t for p in _prep_objects(noun, ("into", "of", "on", "over")) for t in _against(p, depth + 1)]


def _about(verb: Token) -> list[Token]:
    """Who a warning or a complaint is about: the object of "about" or "of" on the verb, or the subject of the
    clause that follows it ("warned about troops massing on the border": the troops)."""
    clauses = [v for c in verb.children if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS
               for v in c.children if v.dep_ == "pcomp"]
    return _prep_objects(verb, _ABOUT_PREPS) + [s for v in clauses for s in v.children
                                                 if s.dep_ in ("nsubj", "nsubjpass")]


# Relations by which a noun's amount hangs on it: "credits worth 200 mln dlrs", "a grant equal to 30 mln dlrs",
# "aid totalling 12 mln dlrs", "a loan of 50 mln dlrs" (with the prepositions "of" and "to" only), and the currency
# the parser sets in apposition to its number ("47 mln U.S. dlrs").
_AMOUNT_DEPS = frozenset({"amod", "acl", "npadvmod", "dobj", "prep", "pobj", "appos"})
_AMOUNT_PREPS = frozenset({"of", "to"})


def _amount(node: Token) -> bool:
    """A number's noun ("200 mln dlrs") or a word whose object or measure is one ("totalling 12 mln dlrs", "worth
    200 mln dlrs")."""
    return any(c.dep_ == "nummod" for c in node.children) or any(
        c.dep_ in ("dobj", "npadvmod") and any(g.dep_ == "nummod" for g in c.children) for c in node.children)


def _amount_givers(verb: Token, obj: Token) -> list[Token]:
    """The "from" phrase the parser hung on the amount of the thing received rather than on the thing ("will receive
    credits worth 200 mln dlrs from X", "a grant equal to 30 mln dlrs from X", "aid totalling 12 mln dlrs from X",
    with "totalling" on the noun or on the verb): the giver of the thing the amount measures. Only on an amount
    reached through the amount's own words, never in a clause of its own nor after another preposition ("aid for
    refugees from X")."""
    out: list[Token] = []
    todo = [(obj, 0)] + [(c, 1) for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > obj.i]
    while todo:
        node, depth = todo.pop()
        # "47 mln U.S. dlrs": the parser may set the currency apart from its number, in apposition to it
        if node is not obj and (_amount(node) or (node.dep_ == "appos" and _amount(node.head))):
            out += _prep_objects(node, ("from",))
        if depth < 4:
            todo += [(c, depth + 1) for c in node.children if c.dep_ in _AMOUNT_DEPS
                     and (c.dep_ != "prep" or c.lower_ in _AMOUNT_PREPS)]
    return out


def _givers(verb: Token, obj: Token | None) -> list[Token]:
    """Who gives what a receiving verb's subject gets: "from" X on the verb, on the thing received or on its amount
    ("received aid from X", "obtained a loan from X", "received credits worth 20 mln dlrs from X"); none when the
    sentence does not name them."""
    if obj is None:
        return _prep_objects(verb, ("from",))
    return _prep_objects(verb, ("from",)) + (_prep_objects(obj, ("from",)) or _amount_givers(verb, obj))


def _reporting(entry: Entry, roles: Roles, resolver: Resolver) -> bool:
    """A news outlet on a side of a contact or an inquiry is doing its own work, not taking part in an event: "said
    a spokesperson when contacted by Reuters", "told the BBC", "IRNA, monitored by the BBC, said". (An outlet
    sued, banned or accused is a participant: other types keep it.)"""
    journalism = entry.type == "CONSULT" or entry.cameo.startswith("09")
    return journalism and any(_news_outlet(a, resolver) for a in roles.source + roles.target)


def _news_outlet(actor: str, resolver: Resolver) -> bool:
    """An outlet ingest/outlets.yaml names, or the media of a country ("Danish media"); not a company whose
    business includes media (a code such as MNC…MED)."""
    entity = (resolver.doc._.actors or {}).get(actor)
    if entity is None:
        return False
    media = actor.startswith("agent:") and actor.endswith(":MED")
    return media or any(load_outlets().from_name(n) for n in [entity.name, *entity.aliases])


def _reported_act(tok: Token, entry: Entry, resolver: Resolver) -> Token:
    """The verb whose roles an event put on a sentence's main verb has: when the learned model adds the event to a
    sentence the dictionaries found nothing in (entry key "model:…") and that verb only reports ("X left Y, an
    official said"), the reported clause's verb, whose subject is the one who acts, not the one who tells. A
    reported clause whose subject names no actor ("X said lifting the sanctions was out of the question"), or an
    act done by saying (an accusation, a demand, a refusal, a threat, praise: "X said Y had broken the truce"),
    leaves the act to the one who tells it."""
    if not entry.key.startswith("model:") or entry.type in SPEECH_ACTS \
            or tok.lemma_.lower() not in resolver.reporting_verbs:
        return tok
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or not any(resolver.many(s) for s in subject_tokens(clause)):
        return tok
    return clause


def read_roles(tok: Token, entry: Entry, resolver: Resolver, gov: Token | None) -> Roles:
    """Fill source, target, location and issue for one trigger (verb or noun)."""
    roles = Roles()
    tok = _reported_act(tok, entry, resolver)
    preps = entry.target_preps or ("with", "to")
    if entry.converted and entry.prep and not entry.prep_object:  # "voted against X", "sided with X": the
        preps = tuple(dict.fromkeys((*preps, *(p for p in entry.prep if p not in _NOT_TARGET_PREPS))))  # X
    if entry.pos == "verb":
        source_toks = subject_tokens(tok)
        if source_toks and not any(resolver.many(t) for t in source_toks):  # "tariffs imposed by X hurt Y",
            source_toks = [a for s in source_toks if s.pos_ == "NOUN"  # "a demand by X forced Y": X acts on Y
                           for a in _participle_agents(s) + _prep_objects(s, ("by",))] or source_toks
        if not source_toks and agentless_verb(tok):
            source_toks = clause_doers(tok)  # "were injured when X bombarded them": X
        obj = direct_object(tok)
        if obj is not None and obj.dep_ == "nsubjpass":  # "the rebels, some of whom were trained by X": the rebels
            obj = whole_of_relative(obj) or obj
        if obj is not None and obj.dep_ == "nsubjpass" and obj.pos_ == "PRON" and tok.dep_ == "advcl" \
                and not resolver.many(obj) and not subject_tokens(tok):  # "X will ask for rights, since they are
            obj = next((s for s in subject_tokens(tok.head) if resolver.many(s)), obj)  # barred from…": X is barred
        if obj is None:  # "he was arrested and taken into custody": he
            obj = shared_patient(tok)
        if obj is None and not _prep_objects(tok, preps):  # "killed or wounded 200 soldiers": the soldiers
            obj = shared_object(tok)
        # "lent Ecuador crude", "gave Kenya a loan": the indirect object receives the act
        target_toks = [c for c in tok.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON")]
        # "condemned the expulsion of two diplomats by X": X, whose act it is, not the diplomats it was done to
        authors = act_authors(obj, resolver) if obj is not None else []
        target_toks += authors or ([] if obj is None else [obj])
        claimed = _claimed_between(tok) if "between" in preps else set()
        target_toks += [t for t in _prep_objects(tok, preps) if t.i not in claimed]
        if obj is not None:
            target_toks += _prep_objects(obj, preps)
        if obj is not None and not resolver.many(obj):  # "rejected a demand by the IMF": the demand's author
            # "its inquiry into claims against X": X (the parser may hang "into" on the verb)
            # "praised the efforts made by X", "condemned measures taken by Y": the participle's agent
            author = _prep_objects(obj, _SOURCE_PREPS) or _participle_agents(obj) or _against(obj) or [
                t for p in _prep_objects(tok, ("into", "over")) for t in _against(p, 1)]
            target_toks += author or [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"
                                      and resolver.many(c)]
        if not target_toks and tok.dep_ == "advcl" and tok.tag_ == "VBN" \
                and any(c.dep_ == "agent" for c in tok.children):
            target_toks += subject_tokens(tok.head)  # "Urged by Japan to act, Kenya…": Kenya is the one urged
        if entry.target_clause and not target_toks:  # "demanded that the minister resign": the minister
            # (with a modal: the subject of the clause that has it, who must do it, not of another clause reported)
            target_toks += [s for c in reported_clauses(tok) for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                            and (not entry.clause_aux or clause_modals(c) & set(entry.clause_aux))]
        if not any(resolver.many(t) for t in target_toks):  # "agreed to charter tankers from X", "offered to help X"
            target_toks += _complement_parties(tok)
        if not any(resolver.many(t) for t in target_toks):  # "turned down proposals for talks with X"
            target_toks += _parties_of(talks_partners(tok), resolver) + with_clause_subjects(tok)
        if entry.type == "ACCUSE":  # "complained to the UN that X was blocking…": X is the one accused, and the
            accused = [t for t in _clause_doers(tok) if resolver.many(t)]  # UN only hears the complaint
            addressees = {t.i for t in _prep_objects(tok, ("to",))} | {c.i for c in tok.children if c.dep_ == "dative"}
            target_toks = accused + [t for t in target_toks if not (accused and t.i in addressees)]
        elif entry.type == "REQUEST" and not target_toks:  # "asked whether help could be given by X": X
            target_toks = _clause_doers(tok, entry.clause_aux)
        if entry.type in ("ACCUSE", "THREATEN") and not any(resolver.many(t) for t in target_toks):
            target_toks += _about(tok)  # "warned about Ugandan troops (massing)", "complained of X"
        if entry.type == "THREATEN" and not any(resolver.many(t) for t in target_toks) \
                and (noun := warned_condition(tok)) is not None:  # "warned that any interference by X would…": X
            target_toks += condition_doers(noun, resolver)
        if entry.type == "ASSAULT" and not any(resolver.many(t) for t in target_toks):  # "fired shells at X"
            target_toks += _prep_objects(tok, _AIM_PREPS) + ([] if obj is None else _prep_objects(obj, _AIM_PREPS))
        if tok.lemma_.lower() in undergoing_verbs() and not is_passive(tok):  # "two soldiers died in an ambush by
            source_toks, target_toks = cause_doers(tok, resolver, entry.prep_object), source_toks + target_toks  # X": X, the soldiers
        if tok.lemma_.lower() in receiving_verbs() and entry.mode != "visit" and not is_passive(tok) \
                and not (obj is not None and resolver.many(obj)):  # a host receives people: the host acts
            source_toks, target_toks = _givers(tok, obj), source_toks  # "X received aid from Y": Y gives to X
        place_heads = [tok]
    else:
        of_objs = _prep_objects(tok, ("of",))
        # "the signing of an agreement between A and B": the thing signed carries the parties
        obj = of_objs[0] if of_objs and entry.mode in ("sign", "inaugurate") else None
        heads = [tok] + ([obj] if obj is not None else [])
        modifiers = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod") and resolver.many(c)]
        # "tariffs imposed by China", "a demand made by the IMF": the agent of a participle on the noun
        agents = _prep_objects(tok, ("by",)) + _participle_agents(tok)
        if obj is None:  # "the expulsion of two diplomats by X", the parser hanging "by X" on the diplomats
            agents += [a for o in of_objs for a in _prep_objects(o, ("by",)) if resolver.many(a)]
        # "a Moscow visit", "a Moscow visit by X": a place named before a visit, or before any act whose doer is
        # named after "by", is where the act goes
        visited = [c for c in modifiers if c.dep_ == "compound"
                   and (agents or (entry.mode == "visit" and c.pos_ == "PROPN"))
                   and all(resolver.label(i) in PLACE_LABELS for i in resolver.many(c))]
        source_toks = [c for c in modifiers if c not in visited]
        source_toks += _prep_objects(tok, ("from",)) + agents
        own = [o for o in of_objs if resolver.many(o)] if obj is None else []
        lent = [s for s in subject_tokens(gov) if resolver.many(s)] if gov is not None else []
        undergone: list[Token] = []
        if (given := received_act(gov, source_toks + own, lent, resolver)) is not None:
            source_toks, undergone = given, lent  # "X has the endorsement of Y": Y endorses X
        elif own and any(resolver.many(a) for a in agents):  # "the arrest of X by Y": Y arrests, X is arrested
            undergone = own
        elif not source_toks and lent and own:  # "X delivered an endorsement of Y": X's act, and Y its target
            source_toks, undergone = lent, own
        elif not source_toks:
            source_toks = own
        if gov is not None and not source_toks:
            source_toks = subject_tokens(gov)
        if not any(named_parties(t, resolver) for t in source_toks) and entry.mode == "visit" \
                and (travel := traveller_verb(tok)) is not None:
            source_toks = subject_tokens(travel)  # "X was in Paris on the first leg of a tour": X
        between = [t for h in heads for t in _prep_objects(h, ("between",))] or _stray_between(tok)
        # "after a meeting with X, Y said": Y met X; not where the meeting names its parties ("Officials gathered
        # before a meeting between A and B")
        if not source_toks and entry.reciprocal and not any(named_parties(b, resolver) for b in between) \
                and (host := _framing_verb(tok)) is not None:
            source_toks = subject_tokens(host)
        target_toks = [t for h in heads for t in _prep_objects(h, tuple(p for p in preps if p != "between"))]
        target_toks += visited + undergone
        if entry.occasion and (verb := occasioned(tok)) is not None:  # X invited the one who will visit
            target_toks += subject_tokens(verb)
        if not any(resolver.many(t) for t in target_toks):  # "a demand for more pay in talks with X", "opened
            target_toks += _parties_of(talks_partners(tok), resolver) + (  # "opened talks with X to…"
                [] if gov is None else with_clause_subjects(gov))
        place_heads = [tok] + ([gov] if gov is not None else [])
    for t in source_toks:
        for ident in named_parties(t, resolver):
            if ident not in roles.source:
                roles.source.append(ident)
    paired = False
    if not roles.source and (pair := next((p for t in source_toks if (p := bare_pair(t, resolver))), None)):
        roles.source, paired = pair, True  # "The two met": the two actors named just before
    target_toks = deployed(target_toks, roles.source, resolver)
    if entry.pos == "noun":
        for b in between:
            parties = named_parties(b, resolver)
            if parties and not roles.source:
                roles.source, roles.target = parties[:1], parties[1:]
            else:
                roles.target += [p for p in parties if p not in roles.source]
    for t in target_toks:
        for ident in named_parties(t, resolver):
            if ident not in roles.target and ident not in roles.source:
                roles.target.append(ident)
    if paired and entry.type in MUTUAL:  # "the two discussed Washington's scandal": one of the pair each side (the
        roles.source, roles.target = roles.source[:1], roles.source[1:]  # object tells what they discussed)
    if (entry.reciprocal or _each_other(tok)) and not roles.target and len(roles.source) > 1:
        roles.source, roles.target = roles.source[:1], roles.source[1:]  # "X and Y accused each other": X, Y
    if _reporting(entry, roles, resolver):
        roles.source, roles.target = [], []  # no event: see _reporting
    for head in place_heads + source_toks + target_toks:
        for place in _prep_objects(head, _PLACE_PREPS):
            ident = resolver.one(place, PLACE_LABELS)
            if ident:
                roles.location = ident
                break
        if roles.location:
            break
    if roles.location is None and entry.mode == "visit":
        roles.location = next((t for t in roles.target if resolver.label(t) in PLACE_LABELS), None)
    target_idx = {t.i for t in target_toks} | {t.head.i for t in target_toks}
    if entry.type not in ("CONSULT",):
        roles.issue = _issue(tok, obj, target_idx, bool(entry.object), gov)
    return roles


# --- an act on a noun that names an earlier act again ------------------------------------------------------------

_ANSWERED = Path(__file__).parent / "data" / "acts_answered.yaml"
_DEFINITE = frozenset({"the", "this", "that"})
_WHEN_LABELS = frozenset({"DATE", "TIME"})
_ON_DEPS = ("dobj", "nsubjpass", "attr")


def _types_by_noun(path: Path) -> dict[str, frozenset[str]]:
    """Noun -> PLOVER types, from a data file of types each listing nouns."""
    out: dict[str, set[str]] = {}
    for ptype, nouns in yaml.safe_load(path.read_text(encoding="utf-8")).items():
        for noun in nouns:
            out.setdefault(noun.lower(), set()).add(ptype)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def answered() -> dict[str, frozenset[str]]:
    """Noun -> the PLOVER types of the earlier act whose author an answer to it is done to ("denied the
    allegations": the accuser; data/acts_answered.yaml)."""
    return _types_by_noun(_ANSWERED)


@cache
def talks_nouns() -> frozenset[str]:
    """Nouns of talks: those that name again a CONSULT act (data/acts_named_again.yaml), less visits and
    conferences (a visit to X, a conference with X as a speaker, is not held with X as a party of talks)."""
    return frozenset(n for n, types in named_again().items() if "CONSULT" in types) - {"visit", "conference"}


def _under(noun: Token) -> list[Token]:
    """The noun and, after "of", the noun it is part of: "the terms of the loan", "the framework of the accord"."""
    return [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]


def _acted_on(trigger: Token) -> list[Token]:
    """What the act is done to: its object, or the object of its preposition ("rejected the deal", "the
    refusal of the deal", "pulled out of the deal"), or the noun a participle trigger describes ("the loan, agreed
    during a visit")."""
    out = [c for c in trigger.children if c.dep_ in _ON_DEPS]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ == "NOUN":
        out.append(trigger.head)
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        out += [o for o in prep.children if o.dep_ == "pobj"]
        out += [o for p in prep.children if p.dep_ in ("prep", "pcomp") for o in p.children if o.dep_ == "pobj"]
    return out + _done_under(trigger)


def _done_under(trigger: Token) -> list[Token]:
    """The earlier act under which an act is done: "Under the accord, X will buy…", "under the terms of the
    loan"."""
    return [n for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "under"
            for o in prep.children if o.dep_ == "pobj" for n in _under(o)]


def _framing_act(trigger: Token) -> list[Token]:
    """The act a noun trigger is the object of: "the agreement followed months of talks with X" (the agreement's
    parties held the talks), "the deal came after talks with X"."""
    if trigger.pos_ != "NOUN":
        return []
    verb = governor(trigger)
    tok = trigger
    for _ in range(3):  # "came after weeks of talks": up through prepositions and a measure's "of"
        if verb is not None or tok.dep_ != "pobj":
            break
        tok = tok.head.head
        verb = tok if tok.pos_ in ("VERB", "AUX") else governor(tok) if tok.pos_ == "NOUN" else None
    return [] if verb is None else [s for s in verb.children if s.dep_ == "nsubj"]


def _named_again_types(noun: Token, table: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    """The types of earlier act a definite noun ("the deal", "this trade agreement", "today's accord") names again
    (`table`: named_again(), or answered()); none when a name or a possessor tells which one it is ("the Minsk
    deal", "Rohan's deal": the sentence's own). A day's possessive ("Friday's accord", "today's agreement") dates
    the act and names no other one."""
    table = named_again() if table is None else table
    types = table.get(noun.lemma_.lower()) or table.get(noun.lower_)
    dated = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ in _WHEN_LABELS]
    if not types or not (dated or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)):
        return frozenset()
    if any((c.dep_ == "poss" or c.pos_ == "PROPN" or c.ent_type_) and c not in dated for c in noun.children):
        return frozenset()
    return types


def _parties(event: Event, countries: dict[str, str | None]) -> frozenset[str]:
    """Who took part in an act, by country where the actors have one ("the U.S." and "Shultz" are one party)."""
    ids = list(dict.fromkeys(event.source + event.target))
    known = frozenset(c for i in ids if (c := countries.get(i)))
    return known or frozenset(ids)


def refer_back(doc: Doc, events: list[Event], trigger_of) -> None:
    """An event with one side filled, done to a noun that names again an earlier act ("Rohan rejected the deal",
    "the loan, agreed during a visit") or done under it ("Under the accord, Japan will buy…"), takes as its
    empty side the parties of that act other than its own side, when exactly one earlier sentence's event of the
    noun's types (one set of parties, compared by country) exists; in place. An empty source is filled only for
    an act done under the earlier one ("Under the accord, Japan will receive aid": from the accord's other party)
    or one the earlier act framed ("the agreement followed talks with X": the agreement's other party met X).
    `trigger_of(doc, event)` gives the event's trigger token."""
    actors = doc._.actors or {}
    countries = {i: e.country for i, e in actors.items()}
    for event in events:
        if bool(event.source) == bool(event.target) or not event.evidence:
            continue
        trigger = trigger_of(doc, event)
        if trigger is None:
            continue
        nouns = _acted_on(trigger) if event.source else _done_under(trigger) + _framing_act(trigger)
        types = frozenset().union(*(_named_again_types(n) for n in nouns))
        if not types:
            if event.source:  # "X denied the allegations": the accuser
                _answer(event, events, nouns, countries)
            continue
        start = event.evidence[0].start
        earlier = [e for e in events if e.type in types and e.evidence and e.evidence[0].start < start
                   and e.source and e.target]
        if len({_parties(e, countries) for e in earlier}) != 1:
            continue  # none, or several acts the noun could name
        filled = event.source or event.target
        own = {countries.get(i) for i in filled} - {None}
        parties = [p for p in dict.fromkeys(earlier[0].source + earlier[0].target)
                   if p not in filled and not (countries.get(p) and countries.get(p) in own)]
        if any(countries.get(p) for p in parties):
            parties = [p for p in parties if countries.get(p)]  # the states, not a name for the deal beside them
        if parties:
            if event.source:
                event.target = parties
            else:
                event.source = parties


def _answer(event: Event, events: list[Event], nouns: list[Token], countries: dict[str, str | None]) -> None:
    """An act with a source and no target done to a noun that names what someone said or asked before ("X denied
    the allegations", "Y turned down the demand", data/acts_answered.yaml) takes as its target the author of the
    earlier acts of the noun's types, told in earlier sentences, when they have one author (by country) and it is
    not the one who answers; in place."""
    types = frozenset().union(*(_named_again_types(n, answered()) for n in nouns))
    if not types:
        return
    start = event.evidence[0].start
    own = set(event.source) | {c for i in event.source if (c := countries.get(i))}
    earlier = [e for e in events if e.type in types and e.source and e.evidence and e.evidence[0].start < start]
    authors = {frozenset(countries.get(i) or i for i in e.source) for e in earlier}
    if len(authors) != 1 or authors.pop() & own:
        return  # none, several acts the noun could name, or the answer's own side's
    event.target = list(earlier[-1].source)


# --- "the two sides", "both countries": the parties of the act told just before ------------------------------------

_PAIR_WORDS = frozenset({"two", "both"})
_PAIR_TEXT = re.compile(r"\b(?:two|both)\b", re.IGNORECASE)
# Types of act two parties do with each other: "the two sides agreed", "both countries met" (one the source, the
# other the target); two parties doing any other act together ("both sides condemned the attack") are its source.
MUTUAL = frozenset({"AGREE", "CONSULT"})


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
    sentences = {s.start_char: k for k, s in enumerate(doc.sents)}
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
    sents = list(tok.doc.sents)
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


# --- a meeting's visitor and host -------------------------------------------------------------------------------

# Modes of a meeting of parties (CONSULT): talks and negotiations. Not a visit (its traveller is already its source,
# its host or place its target), nor a call, which takes place nowhere.
MEETING_MODES = frozenset({"meet", "negotiate"})


def _side_countries(ids: list[str], actors: dict) -> set[str] | None:
    """The countries of one side's actors; None when a side has an actor of no known country or names a place (a
    meeting "in Moscow" read as held with Moscow is no party to orient)."""
    out = set()
    for ident in ids:
        entity = actors.get(ident)
        if entity is None or not entity.country or entity.kind == "place":
            return None
        out.add(entity.country)
    return out


def _host_country(trigger: Token | None, actors: dict, token_actor: dict) -> str | None:
    """The country of the place the meeting is told to take place in: "in"/"at" a place on its trigger, or on the
    verb a noun trigger is the object of, or on the party after them ("met X in Moscow", "held talks in Beijing",
    "In Moscow, X met Y"); not on the subject, where the place tells who it is ("lawmakers in Fornost met…").
    None where it names no place, or places of several countries."""
    if trigger is None:
        return None
    heads = [trigger] + ([gov] if trigger.pos_ in ("NOUN", "PROPN") and (gov := governor(trigger)) is not None else [])
    # the parser often hangs the place on the object after the verb: "met X in Moscow", "talks with X in Moscow"
    heads += [o for h in heads for o in h.children if o.dep_ in ("dobj", "obj")] + [
        o for h in heads for o in _prep_objects(h, ("with",))]
    countries = {actors[a].country for h in heads for p in _prep_objects(h, _PLACE_PREPS)
                 if (a := token_actor.get(p.i)) in actors and actors[a].country}
    return countries.pop() if len(countries) == 1 else None


def _visited_country(visit: Event, actors: dict) -> str | None:
    """The one country a visit goes to (its target: a place, a state or the host)."""
    countries = {c for i in visit.target if (c := getattr(actors.get(i), "country", None))}
    return countries.pop() if len(countries) == 1 else None


_MEETINGS = Path(__file__).parent / "data" / "meetings.yaml"


@cache
def meeting_words() -> tuple[frozenset[str], frozenset[str]]:
    """The participles that tell a noun's actor is on a visit, and the verbs whose object may be a gerund clause
    (data/meetings.yaml)."""
    data = yaml.safe_load(_MEETINGS.read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in data["visiting"]), frozenset(w.lower() for w in data["gerund_verbs"])


def described_visitor(tok: Token) -> Token | None:
    """The noun a "visiting" put before it describes ("the visiting minister", "met visiting Chinese Foreign Minister
    X"): its head where the parser made it an adjective, or its object where the parser made it a clause on the verb
    right before it ("told visiting X", "met visiting X": the verb has no object of its own nor is one that takes a
    gerund clause, "visiting" has no subject, aux or adverb of its own, and its object's phrase follows it at once).
    None for a verb of visiting ("X is visiting Y", "started visiting Y")."""
    visiting, gerund_verbs = meeting_words()
    if tok.lower_ not in visiting or tok.tag_ != "VBG":
        return None
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ not in ("xcomp", "advcl") or tok.i != tok.head.i + 1 or tok.head.pos_ != "VERB" \
            or tok.head.lemma_.lower() in gerund_verbs \
            or any(c.dep_ in ("dobj", "obj", "dative") for c in tok.head.children) \
            or any(c.dep_ in ("nsubj", "aux", "mark", "prep", "advmod") and c.i < tok.i for c in tok.children):
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if len(objects) != 1 or objects[0].left_edge.i != tok.i + 1 or objects[0].pos_ != "PROPN":
        return None
    return objects[0]


def _visitors(sent, token_actor: dict) -> set[str]:
    """The actors a sentence calls visiting ("the visiting minister"): those named in the noun phrase (up to its
    head) a prenominal "visiting" describes."""
    out = set()
    for tok in sent:
        noun = described_visitor(tok)
        if noun is not None:
            out |= {token_actor[i] for i in range(noun.left_edge.i, noun.i + 1) if i in token_actor}
    return out


def _visitor_side(event: Event, sides: tuple[set[str], set[str]], visits: list[Event], visiting: set[str],
                  host: str | None, actors: dict) -> int | None:
    """Which side of a meeting (0: its source, 1: its target) came from abroad, the other being the host: the side
    the sentence calls visiting ("met the visiting minister"); else the side of the other country than `host`, that
    of the place the meeting is told in; else than that of the one country visits told in the same sentence go to
    ("X, visiting Moscow, met Y", "Y met X, who arrived in Moscow on Monday"). None where nothing in the
    sentence tells, or where the place is of both sides' countries or of neither (a meeting at a third place: "met
    in Geneva", at the UN). The story's dateline is not read: a wire dated in one capital tells of meetings
    elsewhere."""
    called = [k for k, side in enumerate((event.source, event.target)) if set(side) & visiting]
    if len(called) == 1:
        return called[0]
    if host is None:
        visited = {_visited_country(v, actors) for v in visits}
        host = visited.pop() if len(visited) == 1 else None
    if host is None:
        return None
    at_home = [k for k in (0, 1) if host in sides[k]]
    return 1 - at_home[0] if len(at_home) == 1 else None


def visitor_first(doc: Doc, events: list[Event], trigger_of) -> None:
    """A meeting or talks between parties of two countries (CONSULT of MEETING_MODES) take as source the visitor and
    as target the host, as a visit does, whatever order the sentence names them in ("Putin met Wang in Moscow",
    "talks in Beijing between X and Y", "Putin met the visiting Wang"): the sides are swapped where the source is the
    host (`_visitor_side`); a visit named by a prenominal "visiting" ("told the visiting minister") is made by the
    noun's actor. In place. `trigger_of(doc, event)` gives the event's trigger token."""
    actors = doc._.actors or {}
    token_actor = doc._.token_actor or {}
    visits = [e for e in events if e.type == "CONSULT" and e.mode == "visit" and e.cameo != "043" and e.source
              and e.evidence]
    for event in events:
        if event.type != "CONSULT" or not event.source or not event.target or not event.evidence:
            continue
        if event.mode == "visit":
            trigger = trigger_of(doc, event)
            if trigger is not None and described_visitor(trigger) is not None:
                visiting = _visitors(trigger.sent, token_actor)
                if set(event.target) & visiting and not set(event.source) & visiting:
                    _swap(event)
            continue
        if event.mode not in MEETING_MODES:
            continue
        source, target = _side_countries(event.source, actors), _side_countries(event.target, actors)
        if not source or not target or source == target:
            continue
        here = [v for v in visits if v is not event and v.evidence[0].start == event.evidence[0].start]
        trigger = trigger_of(doc, event)
        visiting = _visitors(trigger.sent, token_actor) if trigger is not None else set()
        host = _host_country(trigger, actors, token_actor)
        if _visitor_side(event, (source, target), here, visiting, host, actors) == 1:
            _swap(event)


def _swap(event: Event) -> None:
    event.source, event.target = event.target, event.source
    if event.inferred:
        event.inferred = [{"source": "target", "target": "source"}[s] for s in event.inferred]
