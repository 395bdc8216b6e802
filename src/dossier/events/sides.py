"""The sides of an act where the kind of act, not the roles stage's reading of its clause, says who they are: a trial
undergone, a meeting called off, a decision's infinitive, a reaction to another act, a text's author, the state or
body one is expelled from, and the implicit court or police of a state's act told in the passive (each function
changes the `Roles` it is given).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import RELATIVE, Resolver, done_by_things, relative_head
from dossier.events.matching import direct_object, object_acts
from dossier.events.noun_acts import author, decision_of, lemma, plan_of, reacted_to, reaction
from dossier.events.patterns import Entry, Lexicon
from dossier.events.roles.doers import act_nouns, is_passive, prep_objects, subject_tokens
from dossier.events.roles.earlier_acts import talks_nouns
from dossier.events.roles.pairs import FELT
from dossier.events.roles.reading import Roles, read_roles

JUDICIARY = ("JUD", "judiciary")  # (sector, name) of the implicit doer of a court's act told without one
POLICE = ("COP", "police")  # and of the police's (`implicit_agent`)
# The sides of a meeting a verb calls off or puts off (`called_off` entries), read as a meeting noun's are.
_MEETING = Entry(key="called-off meeting", type="CONSULT", pos="noun", lemmas=(), mode="meet", cameo="040",
                 target_preps=("with", "to", "between"), reciprocal=True)


def undergone(tok: Token, entry: Entry, gov: Token | None, roles: Roles, resolver: Resolver) -> bool:
    """"X stood trial (before Y)": X the accused (the target), Y, else the judiciary, the court (the source); a
    court named on the copula of a trial one is in ("X is on trial before Y", the parser's attachment), and the one
    told to undergo it as the object of the verb that orders it ("the court ordered X to stand trial"). Scrutiny
    undergone ("faces scrutiny from the regulator", "is facing an investigation by the commission") has no implicit
    doer: the one named on the verb or on its object, else nobody. False where nobody undergoes it or nobody does it."""
    if entry.pos == "noun":
        held = [g for c in gov.children if c.dep_ == "prep" and c.lower_ in entry.target_preps
                for g in c.children if g.dep_ == "pobj"] if gov is not None else []
    else:  # "faces scrutiny from the regulator", "came under fire from X": the phrase hangs on the object
        objs = [o for o in [direct_object(tok)] if o is not None] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.prep for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in entry.prep_object]
        held = [g for o in objs for c in o.children if c.dep_ == "prep"
                and c.lower_ in entry.target_preps for g in c.children if g.dep_ == "pobj"]
        # the act undergone is no party: "met opposition from France" is France's, not the opposition's
        own = {resolver.one(o) for o in objs if o.lemma_.lower() in entry.object + entry.prep_object}
        roles.target = [t for t in roles.target if t not in own]
    court = roles.target or [i for g in held for i in resolver.many(g)] \
        or ([resolver.implicit(*JUDICIARY, roles.source)] if entry.mode == "allege" else [])
    roles.source, roles.target = court, roles.source
    objects = [c for c in tok.head.children if c.dep_ in ("dobj", "obj")] if tok.dep_ == "xcomp" else []
    if objects:
        roles.target = [i for o in objects for i in resolver.many(o)]
    roles.target = [t for t in roles.target if t not in roles.source]
    return bool(roles.target and roles.source)


def felt(verb: Token, entry: Entry, roles: Roles) -> None:
    """"X was disappointed by Y's ruling", "X is dismayed at Y's threats", "X, disheartened by Y's offer, …": the one
    who feels it is the one who disapproves (the source), what it is felt at is the one disapproved of (the target),
    where the roles stage read the passive's agent as the doer. Told in the passive or as a participle only: an
    active verb ("the ruling disappointed X") keeps its reading, and so does one dissuaded "from" doing a thing
    ("X was discouraged from raising tariffs by Y": Y acts on X)."""
    if entry.mode not in FELT or verb.pos_ not in ("VERB", "ADJ", "AUX"):
        return
    participle = verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "amod")
    if not (is_passive(verb) or participle or verb.tag_ == "JJ"):
        return
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return
    roles.source, roles.target = roles.target, [t for t in roles.source if t not in roles.target]


# the hostile act a threat or a plan given up names, read for its target only (`given_up`)
_HOSTILE = Entry(key="hostile act given up", type="SANCTION", pos="verb", lemmas=(), mode="", cameo="",
                 target_preps=("on", "against", "to", "from", "with", "of"))


def given_up(verb: Token, entry: Entry, roles: Roles, resolver: Resolver) -> None:
    """The target of a threat or a plan given up ("withdrew its threat to expel the Ghanaian envoy", "shelved its
    plan to impose duties on Chilean wine"): where the verb's words name none, the one the hostile act aimed at (its
    object or its party's phrase), other than the one who gives it up."""
    if roles.target:
        return
    for act in object_acts(verb, entry.prep):
        aimed = read_roles(act, _HOSTILE, resolver, None).target if act.pos_ in ("VERB", "AUX") else [
            i for p in act.children if p.dep_ == "prep" and p.lower_ in _HOSTILE.target_preps
            for g in p.children if g.dep_ == "pobj" for i in resolver.many(g)]
        others = [i for i in aimed if i not in roles.source]
        if others:
            roles.target = others
            return


def called_off(verb: Token, roles: Roles, resolver: Resolver) -> None:
    """The sides of a meeting called off or put off (by a verb, or a noun: "the postponement of the talks"): with
    nobody named doing it ("the talks between X and Y were postponed", "X's visit to Y was put off"), the meeting's own
    parties; else the one who calls it off is the source and the meeting's other party (its target, else its doer: "Y
    called off X's visit") the target."""
    if verb.pos_ in ("NOUN", "PROPN"):  # "the cancellation of the visit": the meeting is its "of" phrase
        meeting = next((g for o in verb.children if o.dep_ == "prep" and o.lower_ == "of"
                        for g in o.children if g.dep_ == "pobj"), None)
    else:
        meeting = direct_object(verb)
    if meeting is None:
        return
    if meeting.lower_ in RELATIVE and verb.dep_ == "relcl":
        meeting = relative_head(verb)
    if meeting.lemma_.lower() in act_nouns()["measures"]:  # "the next round of talks between X and Y": the talks
        meeting = next((g for o in meeting.children if o.dep_ == "prep" and o.lower_ == "of"
                        for g in o.children if g.dep_ == "pobj"), meeting)
    parties = read_roles(meeting, _MEETING, resolver, None)
    if not parties.target:  # "the visit of X to Y", the parser hanging "to Y" on X
        parties.target = [i for o in meeting.children if o.dep_ == "prep" and o.lower_ == "of"
                          for g in o.children if g.dep_ == "pobj"
                          for p in g.children if p.dep_ == "prep" and p.lower_ in _MEETING.target_preps
                          for t in p.children if t.dep_ == "pobj" for i in resolver.many(t) if i not in parties.source]
    if not roles.source:
        roles.source, roles.target = parties.source, parties.target
        return
    others = [p for p in parties.target if p not in roles.source] \
        or [p for p in parties.source if p not in roles.source]
    if others:
        roles.target = others
    elif len(roles.source) > 1 and set(parties.source + parties.target) <= set(roles.source):
        roles.source, roles.target = roles.source[:1], roles.source[1:]  # "X and Y delayed their meeting"


def decided(verb: Token, roles: Roles, resolver: Resolver, lex: Lexicon) -> None:
    """"Beijing's decision to expel the diplomats": the one who decides (the decision noun's owner or modifier)
    does the act decided, where the verb's own subject names no actor. So does the one whose plan made known the act
    is for, else the subject of the verb that makes it known ("Washington announced plans to put tariffs on Japanese
    goods": Washington; noun_acts.plan_of)."""
    plan = plan_of(verb, lex)
    decision = decision_of(verb, lex) or plan
    if decision is None or (roles.source and any(resolver.many(s) for s in subject_tokens(verb))):
        return
    owners = [i for m in decision.children if m.dep_ in ("poss", "compound", "amod") for i in resolver.many(m)]
    if not owners and plan is not None:
        owners = [i for s in subject_tokens(plan.head) for i in resolver.many(s)]
    roles.source = owners or roles.source
    roles.target = [t for t in roles.target if t not in roles.source]


def reacting(noun: Token, gov: Token, roles: Roles, resolver: Resolver, lex: Lexicon) -> list[str]:
    """A noun act that reacts to another ("the invasion prompted condemnation from Egypt": Egypt reacts to the
    invasion's doer; "the sale of the jets drew protests from Beijing": Beijing reacts, to a doer the sentence does
    not name): its source is who it comes "from", its target the doer of the act it answers. Returns the actors it
    comes from ([] where the noun is no reaction)."""
    reacted = reacted_to(noun, gov, resolver, lex)
    if not reacted and not reaction(noun, gov, lex):
        return []
    answered = [i for p in (noun, gov) for c in p.children if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children if g.dep_ == "pobj" for i in resolver.many(g)]
    roles.source = answered or roles.source
    roles.target = [i for i in (roles.target or reacted) if i not in roles.source]
    return answered


def authored(tok: Token, roles: Roles, resolver: Resolver, lex: Lexicon) -> None:
    """"issued a statement supporting X": the statement's author (the subject of the verb that issued it) is the
    source of the act its participle tells, where none was read."""
    if not roles.source and (writer := author(tok, lex)) is not None:
        roles.source = [i for s in subject_tokens(writer) for i in resolver.many(s)]


def _put_out_of(place: Token, resolver: Resolver) -> list[str]:
    """The states and bodies a "from" object names, that one is put out of: its own actors, less towns and regions
    ("from Russia", "from the African Union"); for a meeting, those its "of" or "from" phrases name, a phrase
    further down ("a session of envoys from the Group of Seven")."""
    actors = resolver.doc._.actors or {}
    if place.lemma_.lower() in talks_nouns() or place.lower_ in talks_nouns():
        phrases = prep_objects(place, ("of", "from"))
        phrases += [g for p in phrases for g in prep_objects(p, ("of", "from"))]
        return list(dict.fromkeys(i for p in phrases for i in _put_out_of(p, resolver)))
    return [i for i in resolver.many(place) if (e := actors.get(i)) is None or e.kind != "place"]


def excluded_by(verb: Token, roles: Roles, resolver: Resolver, lex: Lexicon) -> None:
    """"Two diplomats were expelled from Russia", "Mali was suspended from the African Union", "was excluded from the
    energy talks of the Group of Seven": an act of `exclusion_acts` told in the passive is done by the state or body it
    puts one out of (`_put_out_of`) where it names no agent and no doer was read; that state or body is never its
    target ("was excluded by X from the meeting of Y": Y is no target)."""
    if lemma(verb) not in lex.exclusion_acts or not is_passive(verb):
        return
    bodies = list(dict.fromkeys(i for o in prep_objects(verb, ("from",)) for i in _put_out_of(o, resolver)))
    if not bodies:
        return
    if not roles.source and not any(c.dep_ == "agent" for c in verb.children):
        roles.source = bodies
    roles.target = [t for t in roles.target if t not in bodies]


def implicit_agent(verb: Token, entry: Entry, lex: Lexicon) -> tuple[str, str] | None:
    """(sector, name) of who does a state's act told in the passive with no agent: by its verb ("was
    arrested", "was convicted"), or a court's finding told by a general verb ("was found guilty": its mode)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    if lemma(verb) in lex.police_acts:
        return POLICE
    if lemma(verb) in lex.judicial_acts or entry.mode == "convict":
        return JUDICIARY
    return None


def between_parties(verb: Token, roles: Roles, resolver: Resolver) -> bool:
    """Whether an act of a `parties` entry is between parties: its subject, where it has one of its own, no thing
    ("a factor that convinced him", "currency risk might induce investors": a common noun naming no actor), and a
    party it is done to that is neither an agent of no known country ("businessmen", "corporations": nobody in
    particular, "agent:---:…") nor a firm of the doer's own country (a state getting its own firms to act is its
    economic policy). The targets that are not parties are dropped from `roles`. (A doer not named on the verb,
    "his delegation hoped to convince X", is read later in the story: no subject of its own is no thing.)"""
    if done_by_things(verb, resolver):
        return False
    actors = resolver.doc._.actors or {}
    countries = {actors[s].country for s in roles.source if s in actors and actors[s].country}
    roles.target = [t for t in roles.target if not t.startswith("agent:---:") and not (
        t in actors and actors[t].kind == "company" and actors[t].country in countries)]
    return bool(roles.target)
