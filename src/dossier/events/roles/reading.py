"""Source, target, location and issue of a trigger, read from the dependency parse (the grammar of who does an act:
events/roles/doers.py; the parts that decide one kind of side in a module each, imported here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dossier.events.actors import PLACE_LABELS, RELATIVE, Resolver, coordinated, counterpart_of, relative_head
from dossier.events.roles.deployed_forces import deployed, moved_forces
from dossier.events.roles.embedded import one_state
from dossier.events.roles.facilities import site_of, site_owner
from dossier.events.roles.struck_sites import condemned_attack, condemned_doers, struck_subject_doers
from dossier.events.roles.doers import (PLACE_PREPS, act_authors, act_nouns, agentless_verb, clause_doers,
                                  debtors_of, gerund_patients, is_passive, modifier_doers, owner_of_patient,
                                  participle_agents, passive_patients, prep_objects, shared_object, shared_patient,
                                  restated_acts, restated_demands, demanded_of, message_addressee,
                                  struck_by, subject_tokens, whole_of_relative, measure_imposer, measure_targets,
                                  lifted_measure_targets, stance_holder,
                                  doers_named_before, holders_in, phrase_agents)
from dossier.events.roles.denials import claimants, own_side
from dossier.events.roles.changes import changed_owners
from dossier.events.roles.concerns import concern_sides
from dossier.events.roles.co_doers import co_doer, co_doers, leaders, leads_the_doers, misread_after_leader
from dossier.events.roles.earlier_acts import names_an_act, talks_nouns
from dossier.events.roles.gatherings import gathered_people, taking_part
from dossier.events.roles.going_on import between_where_going_on
from dossier.events.roles.hyphen_pairs import TWO_SIDED, hyphen_pair
from dossier.events.matching import direct_object, occasioned, reported_clauses
from dossier.events.noun_acts import held_state, light
from dossier.events.roles.no_party import addressee_object, audience, is_topic, names_no_party, no_party_words
from dossier.events.roles.refused_requests import refused_request
from dossier.events.roles.pairs import MUTUAL, bare_pair, joint_undertaking, their_quarrel
from dossier.events.roles.protesters import addressed_by_protesters, follower_sides, stance_sides
from dossier.events.roles.purpose_talks import (accepted_offer_owners, proposed_talks_partners,
                                                 purpose_talks_partners)
from dossier.events.patterns import Entry, load_lexicon
from dossier.events.roles.risings import earlier_doers, purpose_doers
from dossier.events.roles.reported_holdings import reporter_s_holdings
from dossier.events.roles.receiving import (asked_givers, cause_doers, for_clause_parties, forceful_causes, givers,
                                            helped, lender_purpose, received_act, noun_read_as_verb, own_from_objects,
                                            receiving_verbs, undergoing_verbs)
from dossier.events.roles.speakers import first_person, own_act_possessors
from dossier.events.roles.tellers import known_body
from dossier.events.roles.texts import text_authors, text_noun, told_again_authors
from dossier.events.roles.trips import destination_adjectives, meeting_on_trip, met_on_trip
from dossier.events.roles.passages import passage_destination
from dossier.events.roles.visit_deals import VISIT_TYPES, visit_parties
from dossier.events.status import clause_modals
from dossier.events.status import SPEECH_ACTS  # types of act done by saying: on a reporting verb, the speaker's
from dossier.events.roles.warned_conditions import condition_doers, warned_condition
from dossier.ingest.outlets import load_outlets
from dossier.time.lexicon import calendar_words

_SOURCE_PREPS = frozenset({"by", "from"})
_NOT_TARGET_PREPS = frozenset({"of"})  # a passive's "by" is its agent (dep "agent"), never a "prep"
# Prepositions after which an attack's aim stands ("fired rockets at X", "opened fire on X").
_AIM_PREPS = ("at", "on")
# Prepositions after which the one a warning or a complaint is about stands ("warned about X", "complained of X").
_ABOUT_PREPS = ("about", "of")
_COMPLAINED_OF = ("over", "about", "at", "against")  # the phrase of an accusation that names the act complained of


@dataclass
class Roles:
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    location: str | None = None
    issue: str | None = None


def _each_other(tok: Token) -> bool:
    """The act is done to "each other" or "one another" (its object, or after its preposition), or by "each" of
    its doers to "the other" ("Iran and Iraq each accused the other", "each laid the blame on the other")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")] + prep_objects(tok, ("with", "to", "against",
                                                                                          "at", "on", "of"))
    if any(o.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in o.children)
           for o in objects):
        return True
    if any(o.lower_ == "one" and any(c.lower_ == "another" for c in o.children) for o in objects):
        return True  # "blamed one another": the parser's "one" with "another" as its determiner
    each = any(t.lower_ == "each" and t.i < tok.i and t.dep_ in ("nsubj", "appos", "advmod", "det", "dep")
               and (t.head.i == tok.i or t.head.dep_ == "nsubj" and t.head.head.i == tok.i) for t in tok.sent)
    return each and any(o.lower_ == "other" and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
                        for o in objects)


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


def _involved(noun: Token) -> list[Token]:
    """The parties a participle "involving" names after a noun of talks, as a "between" phrase does: "talks in Geneva
    involving A and B", "negotiations involving A and B will resume" (the participle's object and its conjuncts)."""
    return [o for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "involve"
            for o in c.children if o.dep_ == "dobj"]


def _amounts(noun: Token) -> list[Token]:
    """The sum a noun's "of" phrase gives ("a loan of 45 mln dlrs", "a credit of 120 mln marks"): the parser hangs the
    loan's "for X" or "to X" on the sum, where it names the one the loan is for."""
    return [a for a in prep_objects(noun, ("of",))
            if a.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in a.children)]


def _sum_in(obj: Token, entry: Entry, preps: tuple[str, ...]) -> list[Token]:
    """The names in the target phrases of what a sum of aid is given in: "will provide 300 mln dlrs in loans to
    Kenya" (the parser hangs "to Kenya" on "loans", under the sum's "in"): Kenya. A sum is a money entity or a noun
    with a number; only proper names ("in loans to its Mexican unit" names a firm's part, no party)."""
    if entry.type != "AID" or not (obj.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in obj.children)):
        return []
    return [t for a in prep_objects(obj, ("in",)) for t in prep_objects(a, preps) if t.pos_ == "PROPN"]


def _light_verb_phrases(noun: Token, gov: Token | None, preps: tuple[str, ...], resolver: Resolver) -> list[Token]:
    """The objects of a light verb's phrases of the entry's target prepositions, where the noun act is that verb's
    direct object: the parser hangs "to Chile" in "has extended two loans to Chile" on "extended", as it hangs
    "to Kuwait" in "issued a warning to Kuwait" on "issued"; they name whom the noun's act is done to. Not where the
    verb's subject names no actor: "argued the bill made too many concessions to the president" tells of a thing."""
    if gov is None or noun.dep_ not in ("dobj", "obj") or noun.head.i != gov.i or not light(gov, load_lexicon()):
        return []
    if (subjects := subject_tokens(gov)) and not any(resolver.many(s) for s in subjects):
        return []
    return prep_objects(gov, tuple(p for p in preps if p != "between"))


def _misread_dative(word: Token, verb: Token, obj: Token | None) -> bool:
    """A state's name the parser hung as a noun phrase of manner between a verb and its direct object, where it is
    the indirect object: "has loaned Nepal 140 mln dlrs" (Nepal `npadvmod`, like "Monday" in "said Monday")."""
    return word.dep_ == "npadvmod" and word.pos_ == "PROPN" and word.ent_type_ in ("GPE", "NORP") \
        and obj is not None and verb.i < word.i < obj.i


def claimed_between(verb: Token) -> set[int]:
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
    """What the act is done to or about: its named object; else the infinitive it commits to or asks for, or the
    object of a preposition of its matter ("for", "on", "over", "about", "against"), on the trigger, its object or
    the verb above it; else its object. A time phrase dates the act and is no matter ("agreed on Friday to widen
    cooperation": the infinitive; "signed the accord on Thursday": the accord); a relative pronoun stands for the
    noun its clause hangs on ("the treaty that X and Y concluded": the treaty). A that-clause is no matter: a
    proposition two reports of one act word apart, which the merge would read as two objects."""
    if named and obj is not None:
        return _object_text(obj, tok)
    heads = [tok] + [h for h in (obj, gov) if h is not None]
    for head in heads:
        for child in head.children:
            if child.dep_ in ("xcomp", "acl", "advcl") and any(a.lower_ == "to" for a in child.children):
                return _subtree_text(child)
            if child.dep_ == "prep" and child.lower_ in ("for", "on", "over", "about", "against") \
                    and child.i not in target_toks:
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs and time_phrase(objs[0]):
                    continue  # "on Friday", "for two years": when, not what
                return _subtree_text(objs[0]) if objs else None
    if obj is not None and obj.i not in target_toks and not time_phrase(obj):
        return _object_text(obj, tok)
    return None


def time_phrase(tok: Token) -> bool:
    """Whether a phrase only tells a time: each of its content words is in a date or time expression the parser
    found, or a calendar word of the time stage's lexicon ("Friday", "last week", "two years", "the weekend")."""
    calendar = calendar_words()
    content = [t for t in tok.subtree if not (t.is_punct or t.is_stop or t.pos_ == "DET")]
    return bool(content) and all(t.ent_type_ in _TIME_ENTS or t.lower_ in calendar for t in content)


def _object_text(obj: Token, tok: Token) -> str:
    """The words of an object; for a relative pronoun, those of the noun its clause hangs on, up to the clause
    ("the treaty that X and Y concluded": the treaty)."""
    clause = next((a for a in [tok, *tok.ancestors] if a.dep_ == "relcl"), None)
    if obj.lower_ not in RELATIVE or obj.tag_ not in ("WDT", "WP") or clause is None or obj.i not in \
            {t.i for t in clause.subtree}:
        return _subtree_text(obj)
    head = relative_head(clause)
    end = clause.left_edge.i if head.i < clause.left_edge.i <= head.right_edge.i else head.right_edge.i + 1
    return _clean(tok.doc[head.left_edge.i: end].text)


_PARTY_PREPS = ("with", "to", "from")


def _complement_parties(verb: Token) -> list[Token]:
    """The other party of what a verb commits to or refuses: the object of its infinitive ("offered to help X"),
    or who the infinitive or its object is with, to or from ("agreed to buy tankers from X"), also past the object's
    "of" phrase ("agreed to make payments of interest to X"); and who the infinitive on the verb's object is with, to
    or from ("signed an accord to sell cars to X"). A thing handed to someone named ("promised to pass X's draft to
    the committee") is no party, nor is its owner through it: the receiver is."""
    out = []
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        objs = [o for o in comp.children if o.dep_ in ("dobj", "dative")]
        handed = any(o.dep_ == "dative" for o in objs) or prep_objects(comp, ("to",)) \
            or any(prep_objects(o, ("to",)) for o in objs)
        out += [o for o in objs if not handed or o.dep_ == "dative" or o.pos_ != "NOUN"] \
            + prep_objects(comp, _PARTY_PREPS)
        out += [t for o in objs + [f for o in objs for f in prep_objects(o, ("of",))]
                for t in prep_objects(o, _PARTY_PREPS)]
        out += lifted_measure_targets(comp)  # "refused to lift the embargo imposed on X": X
    for obj in (o for o in verb.children if o.dep_ in ("dobj", "obj")):
        out += [t for c in obj.children if c.dep_ == "acl" and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for t in prep_objects(c, _PARTY_PREPS)]
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
            out += prep_objects(child, ("with",))
        if depth < 6:
            out += talks_partners(child, depth + 1)
    return out


# Types of act done to the other party of talks the doer holds: what one asks, grants, agrees to, refuses or threatens
# there ("resumed talks with X and asked for…"); not a blow nor a sanction, which name their own target.
_ACTS_IN_TALKS = frozenset({"AGREE", "REJECT", "REQUEST", "CONCEDE", "COOPERATE", "THREATEN"})
# and of acts done to make way for talks with the other party ("halted attacks to allow talks with X": purpose_talks)
_ACTS_FOR_TALKS = _ACTS_IN_TALKS | {"RETREAT"}


def earlier_talks_partners(verb: Token) -> list[Token]:
    """Who the doer holds talks with, as the sentence tells before the verb: the talks beside the doer's name ("X's
    minister, in talks with Y, asked for…"), or those of the clause before, where the verb is joined to that
    clause's verb by "and" or "but" and has no subject of its own ("resumed talks with Y and asked for lower
    margins", "held talks with Y but refused to cut tariffs"): the "with" party of a noun of talks there, or of the
    verb itself where a noun of talks is its object (the parser hangs "with Y" on "held")."""
    out = [w for s in subject_tokens(verb) for p in s.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
           for n in p.children if n.dep_ == "pobj" and (n.lower_ in talks_nouns() or n.lemma_.lower() in talks_nouns())
           for w in prep_objects(n, ("with",))]
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return out
    out += talks_partners(head)
    if any(c.dep_ in ("dobj", "obj") and (c.lower_ in talks_nouns() or c.lemma_.lower() in talks_nouns())
           for c in head.children):
        out += prep_objects(head, ("with",))
    return out


def traveller_verb(noun: Token) -> Token | None:
    """The verb without an object that a noun of a visit is the "on" phrase of, directly or through a part of it
    ("X is on a visit to Y", "X was in Paris on the first leg of a tour", "X arrived on the last stage of a tour"):
    its subject is the one who makes the visit. Not a verb with an object ("Y welcomed X on a visit": X visits)."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN" \
            and node.head.head.lemma_.lower() in act_nouns()["journey_parts"]:
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


def named_parties(tok: Token, resolver: Resolver) -> list[str]:
    """The actors of a head and of the heads coordinated with it (`Resolver.many`), less those only a set of places
    of a region names ("visited European capitals and Washington": Washington's, `through_places`) or the venue
    that names a meeting or an accord ("support the Nairobi accord": Nairobi's, `venue_named`); a first-person
    pronoun in a quotation, or a noun it owns that names no actor, is the quotation's speaker (`first_person`)."""
    found = resolver.many(tok)
    if not found:
        return first_person(tok, resolver)
    conjuncts = coordinated(tok)  # the head and the heads coordinated with it, as Resolver.many reads them
    owners = {}  # "the X oil platforms": the name of a work, whose owner is the side, if the story names one
    for c in conjuncts:
        if (site := site_of(c, resolver)) is not None:
            owners[resolver.one(c)] = site_owner(site, resolver)
    placed = [c for c in conjuncts if names_no_party(c, resolver) or resolver.one(c) in owners]
    if not placed:
        return found
    dropped = {resolver.one(c) for c in placed} - {resolver.one(c) for c in conjuncts if c not in placed}
    kept = [owners.get(i) if i in owners else i for i in found if i not in dropped or owners.get(i)]
    return list(dict.fromkeys(i for i in kept if i))


def with_clause_subjects(head: Token) -> list[Token]:
    """The party of "opened talks with X to settle…" where the parser read "with X to settle" as a clause (an
    infinitive marked by "with" whose subject is X): that subject. A participle after "with" is a clause of its
    own ("with Congress controlled by X", "with prices falling"): not a party."""
    return [s for c in head.children if c.dep_ == "advcl" and c.i > head.i and c.tag_ == "VB"
            and any(m.dep_ == "mark" and m.lower_ == "with" for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for s in c.children if s.dep_ == "nsubj"]


# Prepositions of time that frame a clause with an act its subject took part in ("after talks with X, Y said"); and
# "in" (`_framing_in`).
_FRAMING_PREPS = frozenset({"after", "before", "during", "following", "since", "ahead", "at", "upon", "on", "in"})


def _framing_in(prep: Token, verb: Token) -> bool:
    """An "in" phrase frames its verb's clause with the subject's own meeting where it comes before the subject ("In
    talks with X, Y said…") or the verb has no object of its own ("Y engaged in talks with X", "Y is in talks");
    on a verb with an object, the object may be the one in the meeting ("involved the banks in talks with X") or
    what the subject did there ("offered loans to X in a meeting")."""
    subjects = subject_tokens(verb)
    return (bool(subjects) and prep.i < min(s.i for s in subjects)) \
        or not any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children)


def _framing_verb(noun: Token) -> Token | None:
    """The verb whose clause a noun of a meeting frames: "After an hour-long meeting with X, Y praised…",
    "Y, briefing reporters after a separate meeting with X", "Y said after four days of talks", "In talks with X,
    Y said…" (the meeting is the subject's own; "in" as `_framing_in` allows)."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "of" and prep.head.lower_ in ("ahead", "prior"):  # "ahead of talks with X"
        prep = prep.head
    elif prep.lower_ == "of" and prep.head.lemma_.lower() in act_nouns()["measures"] and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "after four days of talks with X"
    if prep.lower_ not in _FRAMING_PREPS | {"prior"}:
        return None
    head = prep.head
    if prep.lower_ == "in" and head.pos_ in ("VERB", "AUX") and not _framing_in(prep, head):
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _against(noun: Token, depth: int = 0) -> list[Token]:
    """X in "<noun> (into/of/on <noun>) against X", a few prepositions down from an object noun."""
    found = prep_objects(noun, ("against",))
    if found or depth >= 2:
        return found
    return [t for p in prep_objects(noun, ("into", "of", "on", "over")) for t in _against(p, depth + 1)]


def _about(verb: Token) -> list[Token]:
    """Who a warning or a complaint is about: the object of "about" or "of" on the verb, or the subject of the
    clause that follows it ("warned about troops massing on the border": the troops)."""
    clauses = [v for c in verb.children if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS
               for v in c.children if v.dep_ == "pcomp"]
    return prep_objects(verb, _ABOUT_PREPS) + [s for v in clauses for s in v.children
                                                 if s.dep_ in ("nsubj", "nsubjpass")]


def _complained_of(verb: Token, resolver: Resolver) -> list[Token]:
    """Who does the act a complaint or a protest is "over", "about", "at" or "against", named by the act's "by" phrase
    (or its "of" phrase's, `act_authors`) or its participle's agent: "protested to the UN over alleged airspace violations by the Turkish air force" (the
    air force, not the UN, which only hears it)."""
    return [a for n in prep_objects(verb, _COMPLAINED_OF) if n.pos_ == "NOUN"
            for a in (act_authors(n, resolver) or prep_objects(n, ("by",)) + participle_agents(n))
            if resolver.many(a)]


def _thing_given(obj: Token, entry: Entry) -> bool:
    """The object is one of the things the entry's verb gets ("obtained a loan", "received credits": aid.yaml's
    objects), not people received, even where it names an actor by its "from" phrase or a word before it."""
    return obj.lower_ in entry.object or obj.lemma_.lower() in entry.object


def _doers_of(toks: list[Token], resolver: Resolver, verb: Token | None = None) -> list[Token]:
    """Each token, or, for a noun of an act with an "of" phrase, the doer named with it (`act_authors`): an act done
    to "the Soviet invasion of Afghanistan" is done to the Soviet Union."""
    return [a for t in toks for a in (act_authors(t, resolver, verb) or [t])]


def _addressed(tok: Token, trigger: Token, entry: Entry) -> bool:
    """The hearers a visit is paid to by addressing them ("addressing Bolivia's parliament", consult.yaml; round 75):
    the trigger's own object, the one visited, not the audience of what the speaker says."""
    return entry.mode == "visit" and tok.head.i == trigger.i


def done_to_its_object(noun: Token, entry: Entry) -> bool:
    """A noun of an act of force or coercion done to what its "of" phrase names (data/acts_done.yaml
    `doers_named_before`: "the capture of Iraq's air base", "the arrest of two Chadian officers"): the "of" phrase
    names the one it is done to, never its doer (round 75; "the withdrawal of Soviet troops" names its doers)."""
    return entry.type in ("ASSAULT", "COERCE") and noun.lemma_.lower() in doers_named_before()


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


def victim_verb(verb: Token) -> bool:
    """A verb whose object is the one harmed (data/lexicon.yaml `victim_verbs`: "shot a guard at a mall"): with an
    object, an "at" or "on" phrase on the verb or the object places the victim; it names no aim ("shot at X" has
    none)."""
    return verb.lemma_.lower() in load_lexicon().victim_verbs


def _city_only(tok: Token, resolver: Resolver) -> bool:
    """Every actor the word names is a city or region (kind place), not a state nor an owner of a thing."""
    actors = resolver.doc._.actors or {}
    found = resolver.many(tok)
    return bool(found) and all((e := actors.get(a)) is not None and e.kind == "place" for a in found)


def where_victim_was(anchor: Token, trigger: Token, resolver: Resolver) -> bool:
    """The mention, a city or region, is in an "at" or "on" phrase of a victim verb with an object, on the verb or
    on its object ("stabbed a commuter on a Chicago train": Chicago), or below one: where the victim was
    (`victim_verb`). A state or a thing's owner stays ("personnel on Iran's platforms": Iran)."""
    obj = direct_object(trigger) if trigger.pos_ == "VERB" else None
    if obj is None or not victim_verb(trigger) or not _city_only(anchor, resolver):
        return False
    heads = {trigger.i, obj.i}
    node = anchor
    while node.head.i != node.i and node.i not in heads:
        if node.dep_ == "prep" and node.lower_ in _AIM_PREPS and node.head.i in heads:
            return True
        node = node.head
    return False


def _state_or_body(ids: list[str], resolver: Resolver) -> bool:
    """One of the actors has a country or is a known international body."""
    actors = resolver.doc._.actors
    return any((e := actors.get(i)) is not None and (e.country or known_body(e)) for i in ids)


def read_roles(tok: Token, entry: Entry, resolver: Resolver, gov: Token | None) -> Roles:
    """Fill source, target, location and issue for one trigger (verb or noun)."""
    roles = Roles()
    owners: list[str] = []  # who owns the thing a passive is done to, where no word names the target
    between: list[Token] = []  # the objects of the trigger's "between" phrase: its parties, the first its source
    tok = _reported_act(tok, entry, resolver)
    preps = entry.target_preps or ("with", "to")
    if entry.converted and entry.prep and not entry.prep_object:  # "voted against X", "sided with X": the
        preps = tuple(dict.fromkeys((*preps, *(p for p in entry.prep if p not in _NOT_TARGET_PREPS))))  # X
    if entry.pos == "verb":
        source_toks = subject_tokens(tok)
        if (doers := struck_subject_doers(source_toks, resolver)) is not None:  # "the bombing of the X embassy
            source_toks = doers  # killed 40": not X, whose embassy was hit
        if source_toks and not any(resolver.many(t) for t in source_toks):  # "tariffs imposed by X hurt Y",
            source_toks = [a for s in source_toks if s.pos_ == "NOUN"  # "a demand by X forced Y": X acts on Y
                           for a in participle_agents(s) + prep_objects(s, ("by",))] or source_toks
        if source_toks and not any(resolver.many(t) for t in source_toks):  # "its suit, which alleges…": its
            source_toks = [a for s in source_toks if (text := text_noun(s)) is not None  # author (texts.py)
                           for a in text_authors(text, resolver)] or [  # "The report blamed X": the author of
                a for s in source_toks for a in told_again_authors(s, resolver)] or source_toks  # the report before
        if not source_toks and agentless_verb(tok):  # "were injured when X bombarded them": X; "were killed in a
            source_toks = clause_doers(tok) or cause_doers(  # Libyan raid": Libya (a noun of force it happens in)
                tok, resolver, tuple(forceful_causes()), ("in", "during"))
        obj = direct_object(tok) if misread_after_leader(tok) is None else None  # "X, led by Y, charged": no Y
        if obj is not None and obj.dep_ == "nsubjpass":  # "the rebels, some of whom were trained by X": the rebels
            obj = whole_of_relative(obj) or obj
        if obj is not None and obj.dep_ == "nsubjpass" and obj.pos_ == "PRON" and tok.dep_ == "advcl" \
                and not resolver.many(obj) and not subject_tokens(tok):  # "X will ask for rights, since they are
            obj = next((s for s in subject_tokens(tok.head) if resolver.many(s)), obj)  # barred from…": X is barred
        if obj is None:  # "he was arrested and taken into custody": he
            obj = shared_patient(tok)
        if obj is None and agentless_verb(tok):  # "X protested and was rebuffed": X, whom it was done to
            obj = next(iter(passive_patients(tok)), None)
        if obj is None and not prep_objects(tok, preps):  # "killed or wounded 200 soldiers": the soldiers
            obj = shared_object(tok)
        if obj is not None and obj.dep_ == "nsubjpass" and (held := stance_holder(tok)) is not None \
                and held.i == obj.i and not any(resolver.many(t) for t in source_toks):
            source_toks, obj = [held], None  # "Britain is committed to resisting…": Britain pledges, pledged by none
        if entry.origin_object and obj is not None and obj.lemma_.lower() in no_party_words()["own_side"] \
                and not _state_or_body([a for t in source_toks for a in resolver.many(t)], resolver):
            source_toks = source_toks + [obj]  # "X will head the Kenyan delegation to Y": X, of no known state,
            # and his own delegation's state go; neither is visited
        # "lent Ecuador crude", "gave Kenya a loan": the indirect object receives the act
        target_toks = [c for c in tok.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON")
                       or _misread_dative(c, tok, obj)]
        # "condemned the expulsion of two diplomats by X": X, whose act it is, not the diplomats it was done to
        authors = act_authors(obj, resolver, tok) if obj is not None else []
        if (attack := condemned_attack(tok, entry.type)) is not None:  # "condemned the bombing of the X embassy":
            target_toks += condemned_doers(attack, tok, resolver)  # its doer where named; never X, whose embassy was hit
        else:  # "left Bonn for X": no side from where the trip starts
            target_toks += authors or ([] if obj is None or entry.origin_object else [obj])
        target_toks = [t for t in target_toks if not audience(t) or _addressed(t, tok, entry)]  # "told a news
        # conference that X must…": X
        if not any(resolver.many(t) for t in source_toks) and (imposer := measure_imposer(tok, resolver)):
            source_toks = imposer  # "U.S. trade sanctions imposed on electronic goods": the United States lays them,
            target_toks = [t for t in target_toks if t.i != tok.head.i and t.i not in {  # and is not what they
                i.i for i in imposer} and t.head.i != tok.head.i]  # are laid on
        if obj is None or (obj.dep_ != "nsubjpass" and not resolver.many(obj)):  # "After being offered a loan, X
            target_toks += gerund_patients(tok)  # agreed…": X, to whom it is offered
        claimed = claimed_between(tok) if "between" in preps else set()
        if "between" in preps and not any(resolver.many(t) for t in source_toks):  # "will be signed later this
            between = [t for t in prep_objects(tok, ("between",)) if t.i not in claimed]  # week between A and B"
        # "protested against the Israeli occupation of X": Israel, whose act it is (as for the object)
        target_toks += _doers_of([t for t in prep_objects(tok, preps) if t.i not in claimed], resolver, tok)
        if obj is not None and attack is None:
            own = tuple(p for p in preps if p != "between")  # "an accord between A and B was signed": its parties
            target_toks += prep_objects(obj, own) + [t for a in _amounts(obj) for t in prep_objects(a, own)] \
                + _sum_in(obj, entry, own)
            if "between" in preps and not any(resolver.many(t) for t in source_toks):
                between += prep_objects(obj, ("between",))
            elif "between" in preps:  # "mediated the dispute between A and B": both are its targets
                target_toks += prep_objects(obj, ("between",))
        if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and (
                (entry.mode == "meet" and any(resolver.many(t) for t in target_toks if t is not obj))
                or (entry.type == "CONSULT" and is_topic(obj, tok))):
            target_toks = [t for t in target_toks if t is not obj]  # "discussed the IMF's plan with X": talks
            obj = None  # with X, the one met; the topic and its author are no party ("discussed Kenya's debt")
        if obj is not None and attack is None and not resolver.many(obj) \
                and not entry.origin_object:  # "rejected a demand by the IMF": the demand's author
            # "its inquiry into claims against X": X (the parser may hang "into" on the verb)
            # "praised the efforts made by X", "condemned measures taken by Y": the participle's agent
            # (not for a refusal: "rejected a plea against a bank's decision" is not done to the bank)
            # "lifted the sanctions imposed on X": X, on whom the measure eased lay, not who laid it
            author = (measure_targets(obj) if entry.mode == "ease" else []) \
                or prep_objects(obj, _SOURCE_PREPS) or participle_agents(obj) \
                or (_against(obj) if entry.type != "REJECT" else []) or [
                t for p in prep_objects(tok, ("into", "over")) for t in _against(p, 1)]
            # "urged Uganda's trading partners to act": the partners, not Uganda (actors.counterpart_of)
            target_toks += author or [c for c in modifier_doers(obj, resolver, ("poss",), pronouns=False)
                                      if not counterpart_of(c)] \
                or changed_owners(obj, resolver) \
                or (own_act_possessors(obj, resolver) if names_an_act(obj) else []) \
                or earlier_doers(obj, resolver) \
                or (holders_in(obj, resolver) if any(resolver.many(t) for t in source_toks) else [])
            # "put down the rebellion": those the story named rising; "rejected the tax in Chile's plan", "opposed
            # moves in Chile": who holds what the thing is part of, where a doer is named (with none, the holder
            # may be the doer: "the tax called for in Chile's plan")
            # "'X rejected our offer,' Y said": Y (or Y's state); not "'X will not endanger our security,' Y said"
            if any(resolver.many(t) for t in source_toks):  # "X said its ships were seized by Y": X; with no
                owners = owner_of_patient(obj, resolver)  # doer named, the owner alone makes no act ("after their
                # homes were attacked", "his analysis was based on…")
        if not owners and attack is None \
                and any(resolver.many(t) for t in source_toks):  # "X said Y had violated its airspace": X
            owners = reporter_s_holdings(tok, obj, [a for t in source_toks for a in resolver.many(t)], resolver)
        if obj is not None and tok.lemma_.lower() in restated_acts()[0] and obj.lemma_.lower() in restated_acts()[1] \
                and not any(resolver.many(t) for t in source_toks) \
                and (own := modifier_doers(obj, resolver, ("poss",), pronouns=False)):  # "the summit reaffirmed
            source_toks = own  # X's commitment to Y": X commits, the verb restating X's act; X is not the target
            target_toks = [t for t in target_toks if t not in own]
        if obj is not None and tok.lemma_.lower() in restated_acts()[0] and obj.lemma_.lower() in restated_demands() \
                and (own := modifier_doers(obj, resolver, ("poss", "compound", "amod"), pronouns=False)):
            # "restated the Chinese demand that Tokyo drop the levy": China demands it of Japan (the one who
            # repeats it, where named, speaks for it), and is no target
            if not any(resolver.many(t) for t in source_toks):
                source_toks = own
            target_toks = [t for t in target_toks if t not in own and t is not obj] + demanded_of(obj)
        if entry.mode == "visit":  # "flew to Paris to meet X": X is visited too
            target_toks += [t for t in met_on_trip(tok) if resolver.many(t)]
            target_toks = meeting_on_trip(tok, target_toks, resolver) or target_toks  # "flew to Geneva for a
            # meeting of GATT members": GATT's, not Geneva's
        if not target_toks and tok.dep_ == "advcl" and tok.tag_ == "VBN" \
                and any(c.dep_ == "agent" for c in tok.children):
            target_toks += subject_tokens(tok.head)  # "Urged by Japan to act, Kenya…": Kenya is the one urged
        if entry.target_clause and not target_toks:  # "demanded that the minister resign": the minister
            # (with a modal: the subject of the clause that has it, who must do it, not of another clause reported)
            target_toks += [s for c in reported_clauses(tok) for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                            and (not entry.clause_aux or clause_modals(c) & set(entry.clause_aux))]
        if not any(resolver.many(t) for t in target_toks) and (addressed := message_addressee(tok)) is not None:
            target_toks.append(addressed)  # "wrote letters to X urging an offer": X, whom the writer urges
        if not any(resolver.many(t) for t in target_toks) and not (  # "agreed to charter tankers from X",
                entry.type in no_party_words()["addressed_types"] and obj is not None  # "offered to help X"; not
                and addressee_object(obj)):  # "urged the states to buy from X"
            target_toks += _complement_parties(tok)
        gone = passage_destination(tok)  # "opened its frontier to let the refugees reach Austria": Austria, not the
        if any(resolver.many(t) for t in gone):  # migrants let through
            target_toks = gone
        if entry.type in VISIT_TYPES and not any(resolver.many(t) for t in target_toks):  # "a credit, agreed
            doers, hosts = visit_parties(tok, source_toks, resolver)  # during a visit here by X's minister": X
            if doers:
                source_toks, target_toks = doers, target_toks + hosts
        if not any(resolver.many(t) for t in target_toks):  # "turned down proposals for talks with X"
            target_toks += _parties_of(talks_partners(tok), resolver) + with_clause_subjects(tok)
        if entry.type in _ACTS_IN_TALKS and not any(resolver.many(t) for t in target_toks) \
                and any(resolver.many(t) for t in source_toks):  # "Y held talks with X and agreed to…": X (the doer
            target_toks += _parties_of(earlier_talks_partners(tok), resolver)  # named: a party's act in talks)
        if entry.type in _ACTS_FOR_TALKS and not any(resolver.many(t) for t in target_toks) \
                and any(resolver.many(t) for t in source_toks):  # "suspended the strike to allow talks with X": X
            target_toks += _parties_of(purpose_talks_partners(tok), resolver)
        if entry.type == "REQUEST" and not any(resolver.many(t) for t in target_toks) \
                and any(resolver.many(t) for t in source_toks):  # "proposed a meeting to improve relations with X": X
            target_toks += _parties_of(proposed_talks_partners(tok) or accepted_offer_owners(tok), resolver)  # or
            # "accepted X's offer of talks and proposed a first round": X
        if entry.type == "PROTEST" and not any(resolver.many(t) for t in target_toks):  # "protested to the UN
            target_toks += _complained_of(tok, resolver)  # over airspace violations by the Turkish air force": Turkey
        if entry.type == "PROTEST" and not any(resolver.many(t) for t in target_toks):  # "farmers seeking
            target_toks += addressed_by_protesters(source_toks, resolver)  # subsidies from X blocked motorways": X
        if entry.type == "AID" and not any(resolver.many(t) for t in target_toks):
            recipients = [t for t in prep_objects(obj, ("to",)) if resolver.many(t)] \
                if obj is not None and not is_passive(tok) else []  # "a loan will be made to X": who lends untold
            # "extended loans to Warsaw to help a Japanese firm build a plant": Warsaw, who gets the loans
            target_toks += recipients or helped(tok, obj) \
                or for_clause_parties(tok, obj)  # "granted $50 million to help Kenya rebuild its ports"; "approved a
            # loan for Bolivia to rebuild its mines": Bolivia (the parser's subject of "rebuild")
        if entry.type == "AID" and (lent := lender_purpose(tok)) is not None \
                and any(resolver.many(t) for t in lent[0]):  # "approved a loan to help X finance a railway in Y":
            source_toks = lent[0]  # the lender aids X (X, the parser's subject of "finance", is the one helped)
            if any(resolver.many(t) for t in lent[2]):  # "extended loans to Warsaw to help a Japanese firm set up a
                target_toks = lent[2]  # plant there": the loan's recipient, the firm only its purpose's beneficiary
            elif any(resolver.many(t) for t in lent[1]):
                target_toks = lent[1]
            elif not any(resolver.many(t) for t in target_toks if t not in lent[0]):  # "loans to X to provide
                target_toks = lent[2]  # assistance": X, where the act names no recipient of its own
        if entry.type == "ACCUSE":  # "complained to the UN that X was blocking…": X is the one accused, and the
            accused = [t for t in _clause_doers(tok) if resolver.many(t)]  # UN only hears the complaint
            accused = accused or _complained_of(tok, resolver)  # "complained to the UN over raids by X": X
            if entry.mode == "deny":  # "denied Kuwait was over-producing", said by Kuwait's minister: Kuwait is
                cleared = {t.i for t in own_side(accused, [a for s in source_toks for a in resolver.many(s)],
                                                 resolver)}  # cleared by the denial, not accused
                accused = [t for t in accused if t.i not in cleared]
            addressees = {t.i for t in prep_objects(tok, ("to",))} | {c.i for c in tok.children if c.dep_ == "dative"}
            target_toks = accused + [t for t in target_toks if not (accused and t.i in addressees)]
        elif entry.type == "REQUEST" and noun_read_as_verb(tok) \
                and (askers := [t for t in prep_objects(tok, ("from",)) if resolver.many(t)]):
            source_toks = askers  # "pleads for aid, calls from X for reform": X's calls, the parser's verb no verb
        elif entry.type == "REQUEST" and not any(resolver.many(t) for t in target_toks) \
                and (asked := [t for t in asked_givers(tok, obj) if resolver.many(t)]):  # "appealed for aid from
            target_toks += asked  # X", "sought help from X": X is asked
        elif entry.type == "REQUEST" and not target_toks:  # "asked whether help could be given by X": X
            target_toks = _clause_doers(tok, entry.clause_aux)
        if entry.type in ("ACCUSE", "THREATEN") and not any(resolver.many(t) for t in target_toks):
            target_toks += _about(tok)  # "warned about Ugandan troops (massing)", "complained of X"
        if entry.mode == "deny" and not any(resolver.many(t) for t in target_toks):  # "denied that the platforms
            target_toks += claimants(tok, [a for s in source_toks for a in resolver.many(s)], resolver)  # held
            # arms": whoever the story told claiming it ("Washington said Iran used the platforms")
        if entry.type == "THREATEN" and not any(resolver.many(t) for t in target_toks) \
                and (noun := warned_condition(tok)) is not None:  # "warned that any interference by X would…": X
            target_toks += condition_doers(noun, resolver)
        if entry.type == "ASSAULT" and not _state_or_body([a for t in target_toks for a in resolver.many(t)],
                                                          resolver):  # "an attack on a Greek frigate, which killed
            target_toks = [t for t in struck_by(tok) if resolver.many(t)] or target_toks  # 37 seamen": the
            # frigate's state, whose crew the seamen are (the victims name no state of their own)
        if entry.type == "ASSAULT" and not any(resolver.many(t) for t in target_toks):  # "fired shells at X"
            aims = prep_objects(tok, _AIM_PREPS) + ([] if obj is None else prep_objects(obj, _AIM_PREPS))
            if obj is not None and victim_verb(tok):  # "shot a guard at a Denver mall": where, not the aim (but
                aims = [t for t in aims if not _city_only(t, resolver)]  # "personnel on Iran's platforms": Iran)
            target_toks += aims
        if entry.type == "REJECT" and (turned := refused_request(tok, resolver)) is not None:  # "U.S. overtures
            source_toks, target_toks = turned  # to Japan were rebuffed": Japan refuses the United States
        if tok.lemma_.lower() in undergoing_verbs() and not is_passive(tok):  # "two soldiers died in an ambush by
            source_toks, target_toks = cause_doers(tok, resolver, entry.prep_object), source_toks + target_toks  # X": X, the soldiers
        if tok.lemma_.lower() in receiving_verbs() and entry.mode != "visit" and not is_passive(tok) \
                and not (obj is not None and resolver.many(obj) and not _thing_given(obj, entry)) \
                and not entry.undergone:  # a host receives people: the host acts; "obtained a loan from Y" (the
            # loan names Y by its "from"): Y gives; an act undergone ("received an inquiry from Y") is turned by
            # sides.undergone, not here
            source_toks, target_toks = givers(tok, obj, resolver), source_toks  # "X received aid from Y": Y gives to X
        if entry.type == "ACCUSE" and (concern := concern_sides(tok, resolver)) is not None:
            source_toks, target_toks = concern  # "the actions launched by X against Y trigger concern, the diplomat
            # said": the diplomat is concerned at X; Y, whom the deed was done to, is no party of the concern
        place_heads = [tok]
    else:
        of_objs = prep_objects(tok, ("of",))
        # "the signing of an agreement between A and B": the thing signed carries the parties
        obj = of_objs[0] if of_objs and entry.mode in ("sign", "inaugurate") else None
        heads = [tok] + ([obj] if obj is not None else [])
        # "'X has my endorsement,' Y said": the speaker's "my" or "our" (read by `named_parties`)
        modifiers = modifier_doers(tok, resolver, ("poss", "compound", "amod")) + own_act_possessors(tok, resolver)
        # "tariffs imposed by China", "a demand made by the IMF": the agent of a participle on the noun
        agents = prep_objects(tok, ("by",)) + participle_agents(tok)
        if obj is None:  # "the expulsion of two diplomats by X", the parser hanging "by X" on the diplomats
            agents += [a for o in of_objs for a in prep_objects(o, ("by",)) if resolver.many(a)]
        done_to = obj is None and done_to_its_object(tok, entry)
        if done_to and not any(resolver.many(a) for a in agents):  # "the capture of X's base at Faw by Y's
            agents += [a for a in phrase_agents(tok) if resolver.many(a)]  # troops": the parser hangs "by" on
            # the place
        # "a Moscow visit", "a Moscow visit by X": a place named before a visit, or before any act whose doer is
        # named after "by", is where the act goes
        visited = [c for c in modifiers if c.dep_ == "compound"
                   and (agents or (entry.mode == "visit" and c.pos_ == "PROPN"))
                   and all(resolver.label(i) in PLACE_LABELS for i in resolver.many(c))]
        if entry.mode == "visit":  # "his Asian tour", "X returned from a European trip": where the trip goes
            visited += destination_adjectives(tok, modifiers, agents, gov, resolver)
        source_toks = [c for c in modifiers if c not in visited]
        # "X has been in contact with the ministers from Y": X, the one in the state, acts; the "from" phrase
        # names whose ministers they are
        held = gov is not None and getattr(held_state(tok, load_lexicon()), "i", None) == gov.i
        source_toks += ([] if held else own_from_objects(tok)) + agents  # "demands from X": X (not "appeals … and
        # demands from Y")
        own = [o for o in of_objs if resolver.many(o)] if obj is None else []
        if entry.mode == "visit":  # "a tour of Asia", "his visit of three Gulf states": the places toured, where
            toured = [o for o in own if all(resolver.label(i) in PLACE_LABELS for i in resolver.many(o))]
            visited += toured  # "the visit of the Chinese premier" names the visitor
            own = [o for o in own if o not in toured]
        lent = [s for s in subject_tokens(gov) if resolver.many(s)] if gov is not None else []
        undergone: list[Token] = []
        if (given := received_act(gov, source_toks + own, lent, resolver,
                                  lambda t: named_parties(t, resolver))) is not None:
            source_toks, undergone = given, lent  # "X has the endorsement of Y": Y endorses X
        elif own and any(resolver.many(a) for a in agents):  # "the arrest of X by Y": Y arrests, X is arrested
            undergone = _doers_of(own, resolver)
        elif not source_toks and lent and own:  # "X delivered an endorsement of Y": X's act, and Y its target
            source_toks, undergone = lent, _doers_of(own, resolver)  # ("a condemnation of the Soviet invasion of
            # X": the Soviet Union)
        elif not source_toks and done_to and own:  # "after the capture on Sunday of Iraq's air base": the base
            undergone = _doers_of(own, resolver)  # (Iraq's) is taken; who took it the words around tell, not its owner
        elif not source_toks:
            source_toks = own
        if gov is not None and not source_toks:
            source_toks = subject_tokens(gov)
        if not any(named_parties(t, resolver) for t in source_toks) and entry.mode == "visit" \
                and (travel := traveller_verb(tok)) is not None:
            source_toks = subject_tokens(travel)  # "X was in Paris on the first leg of a tour": X
        between = [t for h in heads for t in prep_objects(h, ("between",))] or _stray_between(tok) or (
            _involved(tok) + between_where_going_on(tok) if "between" in preps else [])  # "talks are under way
        # between A and B": the parser hangs "between" on the verb
        # "after a meeting with X, Y said": Y met X; not where the meeting names its parties ("Officials gathered
        # before a meeting between A and B")
        if not source_toks and entry.reciprocal and not any(named_parties(b, resolver) for b in between) \
                and (host := _framing_verb(tok)) is not None:
            source_toks = subject_tokens(host)
        target_toks = _doers_of([t for h in heads for a in [h, *_amounts(h)]
                                 for t in prep_objects(a, tuple(p for p in preps if p != "between"))],
                                resolver)  # "its condemnation of the Soviet invasion of X": the Soviet Union
        target_toks += visited + undergone
        if not any(resolver.many(t) for t in target_toks):  # "extended two loans to Chile totalling …",
            target_toks += _doers_of(_light_verb_phrases(tok, gov, preps, resolver), resolver)  # "issued a
            # warning to X"
        if entry.occasion and (verb := occasioned(tok)) is not None:  # X invited the one who will visit
            target_toks += subject_tokens(verb)
        if entry.reciprocal and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" \
                and not any(resolver.many(t) for t in target_toks):  # "gave views at talks yesterday with X":
            target_toks += [t for t in prep_objects(tok.head.head, ("with",)) if t.i > tok.i]  # the parser hangs
            # "with X" on the verb; X is the talks' party
        if not any(resolver.many(t) for t in target_toks):  # "a demand for more pay in talks with X", "opened
            target_toks += _parties_of(talks_partners(tok), resolver) + (  # "opened talks with X to…"
                [] if gov is None else with_clause_subjects(gov))
        if entry.type == "AID" and not any(resolver.many(t) for t in target_toks):  # "announced a loan to help X
            recipients = [] if gov is None or is_passive(gov) else [t for t in prep_objects(gov, ("to",)) + [
                c for c in gov.children if c.dep_ == "dative"] if resolver.many(t)]  # "extended loans to Warsaw to
            # help a Japanese firm build a plant": Warsaw gets the loans; the firm is only what they are for
            target_toks += recipients or helped(tok, None) + ([] if gov is None else helped(gov, None)) \
                or for_clause_parties(tok, None)  # rebuild its ports": X; "a loan for X to rebuild": X
        if entry.type == "PROTEST" and not any(resolver.many(t) for t in target_toks):  # "farmers seeking
            target_toks += addressed_by_protesters(source_toks, resolver)  # aid from X held rallies": X
        place_heads = [tok] + ([gov] if gov is not None else [])
    for t in source_toks:
        for ident in named_parties(t, resolver):
            if ident not in roles.source:
                roles.source.append(ident)
    if entry.type not in MUTUAL and not entry.reciprocal:  # "A and B said they would expel X": both expel
        roles.source += [a for t in source_toks for a in resolver.they_all(t) if a not in roles.source]
    paired = False
    if not roles.source and (pair := next((p for t in source_toks if (p := bare_pair(t, resolver))), None)):
        roles.source, paired = pair, True  # "The two met": the two actors named just before
    target_toks = [t for t in target_toks if not audience(t) or _addressed(t, tok, entry)]  # "told
    # reporters/parliament that X should…"
    if not roles.source:  # "Egyptian troops were sent to Sudan": Egypt's forces, which it moves, are no target
        roles.source = moved_forces(tok, target_toks, resolver)
    target_toks = deployed(target_toks, roles.source, resolver)
    if entry.type == "MOBILIZE" and entry.pos == "verb" and not any(resolver.many(t) for t in target_toks):
        target_toks += purpose_doers(tok, resolver)  # "moved troops to put down the rebellion": the rising's doers
    if entry.mode == "visit" and not any(named_parties(t, resolver) for t in target_toks):
        # "came to the farmers' lunch": the one who comes meets those gathered, where the gathering names them
        target_toks += [p for t in target_toks for p in gathered_people(t)]
    if entry.pos == "noun" and gov is not None and gov.lemma_.lower() in load_lexicon().onlooker_verbs \
            and any(named_parties(b, resolver) for b in between):
        roles.source = []  # "witnessed a conversation between A and B": A and B are its sides, not the witness
    for b in between:
        parties = named_parties(b, resolver)
        if parties and not roles.source:
            roles.source, roles.target = parties[:1], parties[1:]
        else:
            roles.target += [p for p in parties if p not in roles.source]
    # "Soviet-American talks", "Soviet-American talks resumed": both parties
    pair_noun = tok if entry.pos == "noun" else source_toks[0] if len(source_toks) == 1 \
        and source_toks[0].pos_ == "NOUN" and source_toks[0].lower_ in talks_nouns() else None
    if pair_noun is not None and (pair := hyphen_pair(pair_noun)) is not None:
        first, second = (named_parties(t, resolver) for t in pair)
        if first and second and not set(first) & set(second) and set(roles.source) <= set(first + second):
            two_sided = entry.type in TWO_SIDED or entry.reciprocal
            roles.source = first if two_sided else first + second
            roles.target = [t for t in (second if two_sided else []) + roles.target if t not in roles.source]
    target_toks = [t for t in target_toks if not co_doer(t)  # "met the envoy together with his deputy"
                   and not leads_the_doers(t, source_toks)]  # "States, led by France, condemned…": not France
    for t in target_toks:
        for ident in named_parties(t, resolver):
            if ident not in roles.target and ident not in roles.source:
                roles.target.append(ident)
    if not roles.target:  # the owner of a thing done to; the debtor a lender acts towards (not in a meeting of the
        debtors = [] if entry.type == "CONSULT" else debtors_of(source_toks, resolver)  # lenders: "X's creditors met")
        roles.target += [o for o in dict.fromkeys(owners + debtors) if o not in roles.source]
    if not roles.source:  # the debtor that deals with its own lenders: "an accord with its creditor banks was
        # reached", "Peru's creditors were contacted" (a possessive on the lenders done to, never a nearby name)
        roles.source += [d for d in dict.fromkeys(debtors_of(target_toks, resolver)) if d not in roles.target]
    if paired and entry.type in MUTUAL:  # "the two discussed Washington's scandal": one of the pair each side (the
        roles.source, roles.target = roles.source[:1], roles.source[1:]  # object tells what they discussed)
    if (entry.reciprocal or _each_other(tok) or their_quarrel(tok)) and not roles.target and len(roles.source) > 1 \
            and not (entry.reciprocal and taking_part(tok, gov) and one_state(roles.source, resolver)) \
            and not (entry.reciprocal and not paired and joint_undertaking(tok, roles.source, resolver)):  # "X and
        # Y, both of one state, attended the talks", "Senate and House investigators agreed to grant immunity":
        # one side (two states' delegates attending together do meet; two states agreeing to act do so together)
        roles.source, roles.target = roles.source[:1], roles.source[1:]  # "X and Y accused each other": X, Y
    # "France, along with Germany, condemned…": Germany does it with France (after the split: on one side)
    roles.source += [a for t in co_doers([tok] + ([gov] if gov is not None else []) + source_toks)
                     for a in named_parties(t, resolver) if a not in roles.source and a not in roles.target]
    if not _state_or_body(roles.source, resolver):  # "States, led by France, condemned…", "a group of politicians,
        roles.source += [a for t in leaders(source_toks)  # led by X, charged…": the leader of doers who name no
                         for a in named_parties(t, resolver)  # state or body does it with them ("a World Bank team
                         if a not in roles.source and a not in roles.target]  # led by X": the Bank's act)
    if entry.type == "PROTEST":  # "anti-Putin protesters marched": Putin is the one protested against, no doer
        roles.source, roles.target = stance_sides(tok, source_toks, roles.source, roles.target, resolver)
        roles.source, roles.target = follower_sides(source_toks, roles.source, roles.target, resolver)  # "X's
        # opponents rallied": against X, not by X
    if _reporting(entry, roles, resolver):
        roles.source, roles.target = [], []  # no event: see _reporting
    for head in place_heads + source_toks + target_toks:
        for place in prep_objects(head, PLACE_PREPS):
            ident = resolver.one(place, PLACE_LABELS)
            if ident:
                roles.location = ident
                break
        if roles.location:
            break
    if roles.location is None and entry.mode == "visit":
        roles.location = next((t for t in roles.target if resolver.label(t) in PLACE_LABELS), None)
    if roles.location is None:  # "Iran mined the Gulf": the stretch of sea, no side, is where it was done
        roles.location = next((p for t in target_toks if site_of(t, resolver) is not None
                               and (p := resolver.one(t, PLACE_LABELS))), None)
    target_idx = {t.i for t in target_toks} | {t.head.i for t in target_toks}
    if entry.type not in ("CONSULT",):
        roles.issue = _issue(tok, obj, target_idx, bool(entry.object), gov)
    return roles
