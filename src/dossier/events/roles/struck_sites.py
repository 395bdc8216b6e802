"""What an attack noun struck is no doer of what the attack did: "the bombing of the X embassy killed 40", "a
blast at the X consulate wounded 12", "the X embassy bombing, which killed 40", "were killed in the X embassy
bombing". The place or building the noun's "of", "at", "on", "outside", "near" or "against" phrase names, and a
building compounded onto the noun, are what was hit; their owner is hit, not hitting. The attack's doer is only a
possessor, name or demonym on the noun itself ("an Iraqi raid", "Iran's attack"; not a city: "the Lima bombing") or
its "by" phrase. The rules read the doers so (reading.py, receiving.cause_doers); the role model takes no building's
owner for the doer of a harm told from its victims (`in_struck_phrase`, model.excluded). A condemnation of such an
attack ("condemned the bombing of the X embassy") targets its doer, where its own words name one, never X or the
places it hit (`condemned_attack`, `not_the_attack_s_doer`). Data: acts_done.yaml `doers_named_before`,
no_party.yaml `blasts`, `buildings`, `attack_owning`, `condemned_attacks`."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import RELATIVE, Resolver, coordinated, relative_head
from dossier.events.roles.doers import doers_named_before, modifier_doers, participle_agents, prep_objects, \
    subject_tokens
from dossier.events.matching import direct_object
from dossier.events.roles.no_party import no_party_words

_STRUCK_PREPS = ("of", "at", "on", "outside", "near", "against", "in")


def attack_noun(tok: Token) -> Token | None:
    """The noun of an attack or a blast the word is, or a relative pronoun stands for ("the blasts, which killed"),
    or None."""
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        tok = relative_head(tok.head)
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and (lemma in doers_named_before() or lemma in no_party_words()["blasts"]):
        return tok
    return None


def struck_words(noun: Token) -> list[Token]:
    """The words that name what the attack noun hit: its place phrases' objects (also those the parser hangs on a
    date set after the noun: "the attacks Aug. 7 at the X embassies") and a building noun before it."""
    buildings = no_party_words()["buildings"]
    dates = [c for c in noun.children if c.dep_ in ("appos", "npadvmod", "nmod") and c.ent_type_ == "DATE"]
    return [o for h in [noun, *dates] for o in prep_objects(h, _STRUCK_PREPS)] + [
        c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"
        and c.lemma_.lower() in buildings]


def attack_doers(noun: Token, resolver: Resolver) -> list[Token]:
    """Who did the attack the noun names: the words before it that name an actor, less a building it hit and a city
    or region where it happened ("the Lima bombing"), and its "by" phrase or a participle's agent; none where it
    names only what it hit."""
    struck = {t.i for t in struck_words(noun)}
    return [c for c in modifier_doers(noun, resolver) if c.i not in struck and not _place_only(c, resolver)] \
        + prep_objects(noun, ("by",)) + participle_agents(noun)


def _place_only(tok: Token, resolver: Resolver) -> bool:
    """Every actor the word names is a city or region (kind place), not a state."""
    actors = resolver.doc._.actors or {}
    found = resolver.many(tok)
    return bool(found) and all((e := actors.get(a)) is not None and e.kind == "place" for a in found)


def struck_subject_doers(subjects: list[Token], resolver: Resolver) -> list[Token] | None:
    """The doers of the attacks a verb's subjects all are ("the bombing of the X embassy killed 40": none), or
    None where a subject is no attack noun (the subjects stand as they are)."""
    nouns = [attack_noun(s) for s in subjects]
    if not nouns or any(n is None for n in nouns):
        return None
    return [d for n in nouns for d in attack_doers(n, resolver)]


def condemned_attack(verb: Token, event_type: str) -> Token | None:
    """The attack or blast noun an accusing verb's object is ("condemned the bombing of the X embassy", "deplored the
    blasts near Y's consulates", "the raid, which Z denounced"; data/no_party.yaml `condemned_attacks`, `blasts`),
    or None."""
    if event_type != "ACCUSE" or verb.pos_ != "VERB" or (obj := direct_object(verb)) is None:
        return None
    if obj.lower_ in RELATIVE and obj.head.dep_ == "relcl":
        obj = relative_head(obj.head)
    words = no_party_words()
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in words["condemned_attacks"] | words["blasts"]:
        return None
    return obj


def condemned_doers(noun: Token, verb: Token, resolver: Resolver) -> list[Token]:
    """Who did the attack a condemnation names (`attack_doers`), or the "by" phrase the parser hung on the noun's
    "of" phrase or, after the noun, on the active verb ("condemned the shelling of X's villages by Y": Y), or the
    agent of a participle of carrying it out hung on what it hit ("the raid on a convoy carried out by Y": Y; data/
    no_party.yaml `attack_owning`)."""
    heads = [*prep_objects(noun, ("of",))] + ([] if any(c.dep_ == "nsubjpass" for c in verb.children) else [verb])
    owning = no_party_words()["attack_owning"]
    carried = [g for h in prep_objects(noun, _STRUCK_PREPS) for c in h.children if c.dep_ == "acl"
               and c.lemma_.lower() in owning for a in c.children if a.dep_ == "agent" for g in a.children
               if g.dep_ == "pobj"]
    return attack_doers(noun, resolver) or [a for h in heads for a in prep_objects(h, ("by",))
                                            if a.i > noun.i and resolver.many(a)] + carried


def not_the_attack_s_doer(tok: Token, trigger: Token, resolver: Resolver) -> bool:
    """For the role model: as the target of a condemnation of an attack (`condemned_attack`), a word in the
    trigger's own phrase that is not the attack's doer (`attack_doers`): what it hit, where, and the one a condolence
    is sent to ("in a message to X, Y condemned the bombing of X's embassy": neither X)."""
    noun = condemned_attack(trigger, "ACCUSE")
    if noun is None or tok.i not in {t.i for t in trigger.subtree}:
        return False
    return tok.i not in {c.i for d in condemned_doers(noun, trigger, resolver) for c in coordinated(d)}


def in_struck_phrase(tok: Token, trigger: Token, harm: bool = False) -> bool:
    """For the role model: the word is no doer of an act of force (`harm`) told from those who suffer it
    (`undergone`) where it qualifies a building ("were killed in the blasts next to the X embassy": X's embassy was
    hit, X kills no one). What an attack noun hit and a bare attack noun's other words are left to the rules
    (`struck_subject_doers`, `attack_doers`) and to harming_things.not_the_things_doer. Round 77 measured broader
    vetoes (every word of what the noun hit, of those who suffered, or outside a bare noun's phrase) each costing an
    attacker or a side on the unseen pages."""
    return harm and undergone(trigger) and _owns_a_building(tok)


def does_or_owns_up_to(tok: Token, noun: Token) -> bool:
    """The word is the subject of the verb that has the attack noun for its object or "for" phrase and tells who
    did it or owns up to it ("X carried out the raid", "X apologised for the raid"; data/no_party.yaml
    `attack_owning`)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "obj"):
        return False
    return tok.head.i == verb.i and tok.dep_ in ("nsubj", "nsubjpass") \
        and verb.lemma_.lower() in no_party_words()["attack_owning"]


def undergone(verb: Token) -> bool:
    """A harm told from those who suffer it: a passive with no "by" agent ("were killed in the blasts") or a verb
    whose subject undergoes it ("died in the blast"; data/receiving.yaml `undergoing`)."""
    from dossier.events.roles.receiving import undergoing_verbs  # noqa: PLC0415 (receiving reads this module)

    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in undergoing_verbs():
        return True
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _owns_a_building(tok: Token) -> bool:
    """The word qualifies a building ("the U.S. embassy", "Kenya's embassy"): whose building was hit, no doer."""
    return tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.i != tok.i \
        and tok.head.lemma_.lower() in no_party_words()["buildings"]
