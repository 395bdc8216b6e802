"""How an act named by a noun is told: the verb that governs it, the state its subject is in, its negation, a
reaction it is the object of, and whether it is told as taking place (lexicon words: `Lexicon`).

"X held talks" (a light verb's object), "X flew to Lima for talks" (a verb of travel's purpose), "dockers have been
on strike" (a state held), "the talks did not take place" (denied by a verb of occurrence), "the move drew
condemnation from Egypt" (a reaction), "Beijing's decision to expel" (a decision's infinitive).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import RELATIVE, Resolver
from dossier.events.matching import is_sum
from dossier.events.patterns import Lexicon
from dossier.events.roles.doers import (days_hung_past, governor, is_passive, of_phrase_nouns, subject_tokens,
                                        voicing_participles)
from dossier.events.status import clause_chain


def lemma(tok: Token) -> str:
    """The token's lemma in lower case."""
    return tok.lemma_.lower()


def phrases(verb: Token) -> set[str]:
    """The verb's lemma alone and with its object, particle or prepositional object: "take", "take effect",
    "come into force"."""
    head = lemma(verb)
    out = {head}
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "prt", "advmod"):
            out.add(f"{head} {lemma(c)}")
        elif c.dep_ == "prep":
            out |= {f"{head} {c.lower_} {lemma(g)}" for g in c.children if g.dep_ == "pobj"}
    return out


def light(verb: Token, lex: Lexicon) -> bool:
    """A light verb, by lemma or, where the lemmatizer misreads it ("staged" as "stag"), by its written form, or with
    its particle ("kick off": "kicked off trade talks")."""
    return verb.lemma_.lower() in lex.light_verbs or verb.lower_ in lex.light_verbs \
        or any(c.dep_ in ("prt", "prep") and c.i == verb.i + 1
               and f"{verb.lemma_.lower()} {c.lower_}" in lex.light_verbs for c in verb.children)


def summed_in(noun: Token, lex: Lexicon) -> Token | None:
    """The light verb whose object is a sum the noun act is given in (round 73): "will put 200 mln dlrs in tariffs on
    Korean steel", "announced 90 mln stg in duties on Dutch cheese" are the tariffs put, as "put tariffs on Korean
    steel" is. (A plan's "for" phrase is left alone: "announced plans for tariffs" would date and tell the
    tariffs by the announcing.)"""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and is_sum(tok.head.head):
        tok = tok.head.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB" and any(
            o.dep_ in ("dobj", "obj") and is_sum(o) and o.right_edge.i + 1 == tok.head.i
            for o in tok.head.head.children):  # the parser's "in" hung on the verb right past the sum
        return tok.head.head if light(tok.head.head, lex) else None
    verb = governor(tok) if tok.i != noun.i else None
    return verb if verb is not None and light(verb, lex) else None


def plan_made_known(plan: Token, lex: Lexicon) -> Token | None:
    """The verb that makes known a plan (lexicon `plan_nouns`, `plan_verbs`) whose object the token is:
    "announced plans", "unveiled a proposal", "made plans"; None for a plan one has, studies or shelves."""
    if lemma(plan) in lex.plan_nouns and plan.dep_ in ("dobj", "obj") and plan.head.pos_ == "VERB" \
            and lemma(plan.head) in lex.plan_verbs:
        return plan.head
    return None


def plan_of(verb: Token, lex: Lexicon) -> Token | None:
    """The plan made known (`plan_made_known`) whose "to" infinitive the verb is: "Washington announced plans to
    put tariffs on Japanese goods" (the act planned, done by the plan's owner or the verb's subject: sides.decided);
    None otherwise ("has a plan to attack", "shelved plans to hold talks": the infinitive stays the plan's goal)."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.pos_ == "VERB" and noun.pos_ == "NOUN" \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
            and plan_made_known(noun, lex) is not None:
        return noun
    return None


def travelled_for(noun: Token, lex: Lexicon) -> Token | None:
    """The verb of travel a noun is the purpose of ("arrived in Lima for a state visit"; not "criticised X for
    the attack", where the attack is X's)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and lemma(noun.head.head) in lex.travel_verbs:
        return noun.head.head
    return None


def joined_in(noun: Token, lex: Lexicon) -> Token | None:
    """The verb by which its subject joins the act a noun names after "in" ("took part in the meeting",
    "participated in the talks"; lexicon: participation_verbs), else None. Only acts one joins as a party
    (lexicon: joined_acts): a bank that takes part in a syndicated loan joins no act between parties."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.dep_ != "prep" \
            or noun.lower_ not in lex.joined_acts and lemma(noun) not in lex.joined_acts:
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and phrases(verb) & lex.participation_verbs else None


# entity labels of a name that may do an act: a state, a people, a body or a person
_DOER_NAMES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# prepositions after which a noun act is one still awaited or the matter of another noun ("ahead of a visit by X",
# "fears of an attack by Y", "plans for the talks by Z", "until the ruling by the court"), not one told
_NOT_TOLD_AFTER = frozenset({"of", "for", "before", "until", "pending", "about"})


def _names_a_doer(tok: Token) -> bool:
    return any(t.ent_type_ in _DOER_NAMES for t in tok.subtree)


def voiced(noun: Token) -> bool:
    """A noun act a participle of voicing with a named agent tells, on the noun or, where the parser hangs it there,
    on its "of" object ("criticism of the new tariffs voiced by the Canadian prime minister", "concern expressed by
    Tokyo"; roles/data/acts_done.yaml `voicing_participles`): told as done, as by a light verb. Only with "the", as
    `told_with_its_doer` asks: "a reaction to criticism of the rises voiced by X" is talk of criticism in general (on
    the wire slice such a line, coded, joined two stories' criticisms in one event)."""
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children):
        return False
    voicing = voicing_participles()
    return any(c.dep_ == "acl" and c.lemma_.lower() in voicing
               and any(a.dep_ == "agent" and any(g.dep_ == "pobj" and _names_a_doer(g) for g in a.children)
                       for a in c.children)
               for h in [noun, *of_phrase_nouns(noun)] for c in h.children)


def told_with_its_doer(noun: Token) -> bool:
    """A noun act with "the" whose "by" phrase names its doer as a name ("the visit by the Japanese prime minister
    to Beijing", "the criticism by Tokyo of the coast guard", "the expulsion of two diplomats by Poland", where the
    parser hangs the phrase on the "of" object) tells that act, not only talks of it. Not a noun after a preposition
    of what is awaited or of another noun's matter ("ahead of a visit by X", "fears of an attack by Y"), nor a bare
    plural ("attacks on shipping by Iran": a habit of a war), nor a possessive's act ("Hezbollah's attack on Haifa
    dominated the newspapers": talked of, as tests/events/test_acts_in_sequence.py keeps it)."""
    if noun.dep_ == "pobj" and noun.head.lower_ in _NOT_TOLD_AFTER:
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):  # "the attack by X on Y dominated the papers": what a clause says of the
        return False                          # act is talk of it, as of a possessive's act
    verb = noun.head.head if noun.dep_ == "pobj" else None
    if verb is not None and verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in verb.children) \
            and not any(c.dep_ == "agent" for c in verb.children):
        return False  # "was endorsed at the hearing by the commissioner": the passive verb's agent, misplaced
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children):
        return False
    preps = [c for c in noun.children if c.dep_ == "prep"]
    by = preps + [c for p in preps if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                  for c in o.children if c.dep_ == "prep"]
    return any(p.lower_ == "by" and any(g.dep_ == "pobj" and _names_a_doer(g) for g in p.children) for p in by)


# verbs of a relative clause or participle that tell when a noun act ran ("the evacuation, which began yesterday",
# "his visit starting on April 29")
_SPAN_VERBS = frozenset({"begin", "start", "end", "open", "close", "finish", "conclude", "run", "last",
                         "take", "happen", "occur", "come"})
# verbs whose object is an act still to come or only wished for ("awaiting today's talks", "expect Sunday's vote")
_AWAITING = frozenset({"await", "expect", "anticipate", "hope", "want", "wish", "fear", "predict", "forecast",
                       "prefer", "need", "like", "watch"})
# verbs whose object is an act called off or put off, not run ("put off next week's talks", "cancelled Sunday's
# visit"); "call off" and "put off" by their particle
_CALLED_OFF = frozenset({"cancel", "postpone", "delay", "defer", "scrap", "suspend", "reschedule", "abandon"})
_CALLED_OFF_WITH_OFF = frozenset({"call", "put", "break"})
# verbs whose object is an act answered by another ("vowed to avenge Monday's raids"), and nouns of talk whose "on"
# phrase is the act talked of ("could not be reached for comment on Monday's attack"): the act is the matter of
# another act, told where it is coded, not a report of it run
_ANSWERING = frozenset({"avenge", "revenge", "answer", "punish", "retaliate", "counter"})
_TALK_NOUNS = frozenset({"comment", "comments", "remark", "remarks", "question", "questions", "statement", "briefing",
                         "report", "reports", "speculation", "rumour", "rumor", "details", "news", "talk"})
# prepositions of a noun act's own day ("the capture on Sunday", "the talks in March")
_DAY_PREPS = frozenset({"on", "in", "at"})


def _a_day(tok: Token) -> bool:
    """A day word, or a time of a day ("yesterday morning", "Sunday night", "at dawn"; round 75)."""
    return tok.ent_type_ in ("DATE", "TIME") and tok.lower_ not in ("annual", "daily", "weekly", "monthly", "yearly")


def own_day(noun: Token) -> Token | None:
    """The time word a noun act carries of its own, which tells it as an act that ran then (round 74): a possessive
    day ("today's agreement", "last Friday's accord"), a day in its own "on"/"in"/"at" phrase or as its adverb ("the
    capture on Sunday of the airfield", "the talks last week"), or a day of a clause on it that tells when it ran
    ("the evacuation, which began yesterday", "his visit starting on April 29"). None for a noun with no such word,
    or whose day is another word's ("a signing ceremony is planned for next week": the planning's)."""
    for c in noun.children:
        if c.dep_ == "poss" and (_a_day(c) or any(_a_day(g) for g in c.children if g.dep_ in ("amod", "compound"))
                                 and c.lower_ in ("week", "month", "year", "weekend")):
            return c
        if c.dep_ == "npadvmod" and _a_day(c):
            return c
        if c.dep_ == "prep" and c.lower_ in _DAY_PREPS:
            day = next((g for g in c.children if g.dep_ == "pobj" and _a_day(g)), None)
            if day is not None:
                return day
    hung = [d for d in days_hung_past(noun) if _a_day(d)]  # "followed the capture on Sunday of the base" (round 75)
    if hung:
        return hung[0]
    # a clause of when it ran, on the noun or, where the parser hangs it on the nearest noun, on the object of one of
    # its phrases ("the evacuation of Libyan troops from the oasis, which began yesterday": no oasis begins)
    clauses = [c for h in [noun, *(o for p in noun.children if p.dep_ == "prep" for o in p.children
                                   if o.dep_ == "pobj")] for c in h.children if c.dep_ in ("relcl", "acl")]
    for c in clauses:
        if c.pos_ != "VERB" or lemma(c) not in _SPAN_VERBS or any(g.dep_ in ("dobj", "obj") for g in c.children):
            continue  # ("the union, which began a strike yesterday": the union's act)
        for g in c.children:
            if g.dep_ == "npadvmod" and _a_day(g):
                return g
            if g.dep_ == "prep" and g.lower_ in _DAY_PREPS | {"from"}:
                day = next((d for d in g.children if d.dep_ == "pobj" and _a_day(d)), None)
                if day is not None:
                    return day
    return None


def told_on_its_day(noun: Token) -> bool:
    """A noun act with a day of its own (`own_day`) is told as an act that ran that day, as one with its doer's "by"
    phrase is (`told_with_its_doer`): "welcomed today's agreement with Chile", "the capture on Sunday of the airfield
    by Iraqi troops was confirmed". Not after a preposition of what is awaited or of another noun's matter ("fears
    of Sunday's attack": `_NOT_TOLD_AFTER`; "the response to Friday's attack"), not a noun with "no" ("no talks on
    Sunday"), not the object of a verb of awaiting ("awaited today's release of the data"), of calling off ("put
    off next week's talks") or of answering ("avenge Monday's raids"), not the matter of talk ("comment on Monday's
    attack"), and, but for a
    possessive day, only a noun with "the" ("feared an attack on Sunday" is one awaited)."""
    if noun.dep_ == "pobj" and noun.head.lower_ in _NOT_TOLD_AFTER | {"to"}:
        return False  # ("a response to Friday's attack": the matter of another act, told where it is coded)
    if noun.dep_ in ("dobj", "obj") and lemma(noun.head) in _AWAITING:
        return False  # ("investors awaited today's release of the figures": still to come)
    if noun.dep_ in ("dobj", "obj") and lemma(noun.head) in _ANSWERING:
        return False  # ("vowed to avenge Monday's raids": the raids are what the vow answers)
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "over") and noun.head.head.lower_ in _TALK_NOUNS:
        return False  # ("declined comment on Monday's attack": the matter talked of)
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and _called_off(noun.head):
        return False  # ("Bolivia put off next week's talks with Chile": not held, told where the calling off is coded)
    if any(d.dep_ in ("det", "neg") and d.lower_ in ("no", "any") for d in noun.children):
        return False
    day = own_day(noun)
    if day is None:
        return False
    # a day in a phrase or a clause tells the act only with "the" or its doer's possessive ("Iraq's attack on Monday";
    # round 75); "feared an attack on Sunday" is one awaited
    return day.dep_ == "poss" or day.head.dep_ == "poss" \
        or any(d.dep_ == "det" and d.lower_ == "the" or d.dep_ == "poss" and d.pos_ != "PRON" for d in noun.children)


def _called_off(verb: Token) -> bool:
    """A verb of calling off or putting off an act ("cancelled", "postponed", "put off", "called off")."""
    return lemma(verb) in _CALLED_OFF or lemma(verb) in _CALLED_OFF_WITH_OFF and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def done_by_another(noun: Token, verb: Token | None) -> bool:
    """A noun act whose own "by" phrase names a doer other than the verb's ("a rebellion by army officers was put
    down by the government", "welcomed the visit by the Chilean minister"): an act of its own, not the verb's (round
    74). Not after a preposition of what is awaited or of another noun's matter (`_NOT_TOLD_AFTER`)."""
    if verb is None or noun.dep_ == "pobj" and noun.head.lower_ in _NOT_TOLD_AFTER:
        return False
    own = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
           if g.dep_ == "pobj" and _names_a_doer_or_force(g)]
    theirs = {t.i for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
    return bool(own) and not any(g.i in theirs for g in own)


def _names_a_doer_or_force(tok: Token) -> bool:
    return _names_a_doer(tok) or lemma(tok) in _FORCES


# the plain nouns of armed men or officials that do an act named by a noun ("a mutiny by sailors")
_FORCES = frozenset({"officer", "soldier", "troop", "sailor", "army", "police", "guerrilla", "rebel", "militant",
                     "force", "marine", "cadet", "guard", "official", "diplomat", "minister"})


def part_denied(verb: Token) -> bool:
    """A verb of joining whose object says no part was taken: "took no part in the talks"."""
    return any(c.dep_ in ("dobj", "obj") and lemma(c) == "part"
               and any(d.lower_ in ("no", "never") for d in c.children if d.dep_ in ("det", "neg"))
               for c in verb.children)


def held_state(noun: Token, lex: Lexicon) -> Token | None:
    """The copula of an act its subject is in as a state: "troops remained on high alert", "dockers have been on
    strike since May", "the army is in a state of alert", "has been in contact with X" (lexicon: copulas;
    held_in_nouns, after "in"). Not "on" with a determiner, which is what a thing is about ("the debate was on the
    blockade")."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("state", "condition") \
            and tok.head.head.dep_ == "pobj":
        tok, prep = tok.head.head, ("in",)  # "in a state of alert"
    elif any(c.dep_ == "det" for c in noun.children):
        return None
    else:
        prep = ("on", "in") if noun.lower_ in lex.held_in_nouns else ("on",)
    if tok.dep_ != "pobj" or tok.head.lower_ not in prep:
        return None
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in lex.copulas \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def noun_governor(noun: Token, lex: Lexicon) -> Token | None:
    """The verb a noun trigger is the object of, else the light verb whose object is a sum given in it (`summed_in`),
    else the verb of travel it is the purpose of, else the verb by which its subject joins it (`joined_in`), else the
    copula of a state its subject is in (`held_state`)."""
    direct = governor(noun)
    if direct is None:
        direct = summed_in(noun, lex)
    if direct is None:
        direct = travelled_for(noun, lex)
    if direct is None:
        direct = joined_in(noun, lex)
    return direct if direct is not None else held_state(noun, lex)


def lends_subject(noun: Token, gov: Token | None, lex: Lexicon) -> bool:
    """Whether the verb governing a noun trigger lends its subject to the noun's act: only a light verb, "be", a
    verb of travel or the copula of a state held does ("X held talks", "X is on a visit", "X flew to Lima for
    talks", "X remained on alert"; "X took part in the meeting": "take" and "participate" are light verbs)."""
    return gov is not None and (light(gov, lex) or gov.lemma_ == "be" or lemma(gov) in lex.travel_verbs
                                or lemma(gov) in lex.copulas and held_state(noun, lex) is not None)


def noun_negation(noun: Token, status: str, lex: Lexicon) -> str:
    """The status of a noun act as its own words and the verb it comes about by tell it: denied by a negated verb
    of occurrence whose subject it is ("the talks did not take place"); not denied by a negated verb that only
    speaks, thinks or judges of it (lexicon: reporting_verbs, mention_verbs: "would not comment on the talks", "did
    not criticise the visit"), which leaves the act planned when a modifier says so ("the upcoming visit"), else
    told as done. A noun with "no" ("no talks were held") stays denied."""
    head = noun.head
    if status != "negated" and noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "neg" for c in head.children) and phrases(head) & lex.occurrence_predicates:
        return "negated"
    if status != "negated" or any(d.lower_ in ("no", "never") for d in noun.children if d.dep_ in ("det", "neg")):
        return status
    denier = next((t for t in clause_chain(noun)[1:] if any(c.dep_ == "neg" for c in t.children)), None)
    if denier is None or denier.pos_ not in ("VERB", "AUX") \
            or lemma(denier) not in lex.reporting_verbs | lex.mention_verbs:
        return status
    planned = any(m.lower_ in lex.planning_modifiers for m in noun.children if m.dep_ in ("amod", "compound"))
    return "planned" if planned else "occurred"


def reaction(noun: Token, verb: Token | None, lex: Lexicon) -> bool:
    """A noun act that is the object of a verb of causing a reaction, with the one who reacts named after "from"
    (on the noun or the verb): "drew condemnation from Egypt", "prompted sanctions from the Union"."""
    return verb is not None and noun.dep_ in ("dobj", "obj") and lemma(verb) in lex.reaction_verbs \
        and any(c.dep_ == "prep" and c.lower_ == "from" for p in (noun, verb) for c in p.children)


def reacted_to(noun: Token, verb: Token, resolver: Resolver, lex: Lexicon) -> list[str]:
    """Who did the act a reaction answers: the doers (owner, "by" agent, modifier naming an actor) of the act
    that is the subject of a verb of causing a reaction whose object the noun is ("the invasion of Ukraine by
    Russia drew condemnation": Russia), or the doers of the clause such a verb's participle follows; [] where the
    verb is no such verb or its subject names no doer."""
    if noun.dep_ not in ("dobj", "obj") or lemma(verb) not in lex.reaction_verbs:
        return []
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                               for c in verb.children):
        # a participle after a clause: its subject's act drew the reaction ("the government raised fuel prices,
        # sparking protests", "he said the mine would go ahead, prompting street protests")
        return list(dict.fromkeys(i for s in subject_tokens(verb.head) for i in resolver.many(s)))
    # the verb's subject as the roles stage reads it (the sentence's noun where the parser hung the main verb on a
    # relative clause: "his role in the sale, which angered the administration, drew criticism")
    act = next((c for c in subject_tokens(verb) if c.pos_ == "NOUN"), None)
    if act is None:
        return []
    doers = [m for m in act.children if m.dep_ in ("poss", "compound", "amod")]
    doers += [g for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
              if g.dep_ == "pobj"]
    doers += [g for o in act.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children
              if p.dep_ == "pobj" for c in p.children if c.dep_ == "prep" and c.lower_ == "by"
              for g in c.children if g.dep_ == "pobj"]  # "the arrest of the envoy by the police"
    return list(dict.fromkeys(i for d in doers for i in resolver.many(d)))


def decision_of(verb: Token, lex: Lexicon) -> Token | None:
    """The noun of a decision whose infinitive the verb is ("Beijing's decision to expel", lexicon:
    decision_nouns), else None."""
    noun = verb.head
    if verb.dep_ == "acl" and noun.pos_ == "NOUN" and lemma(noun) in lex.decision_nouns \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return noun
    return None


def in_sequence(noun: Token, lex: Lexicon) -> bool:
    """The subject or by-phrase of a verb of sequence (lexicon: sequence_verbs)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif noun.dep_ not in ("nsubj", "nsubjpass"):  # not the object: "analysts followed the talks" (watched)
        return False
    return verb.pos_ == "VERB" and lemma(verb) in lex.sequence_verbs


def going_on(noun: Token, lex: Lexicon) -> bool:
    """A noun told as going on by "be" with a word of going on (lexicon: occurrence_predicates, "be under way"):
    "talks are under way", "negotiations are in progress between A and B"."""
    return noun.dep_ == "nsubj" and lemma(noun.head) == "be" and bool((phrases(noun.head) | {
        f"be {lemma(c)}" for c in noun.head.children if c.dep_ == "acomp"}) & lex.occurrence_predicates)


def comes_about(noun: Token, lex: Lexicon) -> bool:
    """A noun told as taking place: the subject of a verb by which an act comes about ("the sanctions took effect
    on Friday", "the tariffs, which come into force next month", "talks resumed", "talks are under way": `going_on`),
    or the noun a passive light verb describes ("the talks, to be held next week"), or an act a verb of sequence
    orders in time ("the strikes were followed by a rocket attack", "the attack followed a week of clashes")."""
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and phrases(noun.head) & lex.occurrence_predicates:
        return True
    if going_on(noun, lex):
        return True
    if in_sequence(noun, lex):
        return True
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and lemma(noun.head) in lex.reaction_verbs:
        return True  # "the arrest of the envoy drew protests": the act that drew them took place
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(c.dep_ == "expl" for c in noun.head.children):
        return True  # "there were attacks on X", "there was no coordination with Y": told as being (or not)
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"):
        if light(clause, lex) and (is_passive(clause) or (clause.tag_ == "VBN" and clause.dep_ == "acl")):
            return True
        if any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in clause.children) \
                and phrases(clause) & lex.occurrence_predicates:
            return True
    return False


def author(tok: Token, lex: Lexicon) -> Token | None:
    """The verb whose subject wrote the text a participle describes: "issued a statement supporting X",
    "passed a resolution condemning Y" (the statement's author supports X)."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or noun.dep_ not in ("dobj", "obj") or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    return verb if light(verb, lex) or lemma(verb) in lex.authoring_verbs else None
