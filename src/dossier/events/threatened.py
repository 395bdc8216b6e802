"""A conflict act threatened, not done: vowed ("swore to fight"), held out under a condition ("will withdraw
unless..."), or announced by its own actor for the future ("X said it would boycott the talks"). The threat, not the
act, is what happened (`threat_of`).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.clauses import committed_by
from dossier.events.matching import answers_any
from dossier.events.noun_acts import lemma
from dossier.events.patterns import Entry, Lexicon, Threats
from dossier.events.status import adverse_condition, counterfactual, condition_clause, condition_subjects, served

_FIRST_PERSON = frozenset({"i", "we"})  # the speaker as the actor of what is said
# "would" is the "will" of a report in the past ("said it would retaliate if…") or a supposition ("if X closed the
# strait, the navy would attack"): only a speaker's makes a threat
_WOULD = frozenset({"would", "'d"})
_ANSWERED = ("against", "to", "for", "on")  # the prepositions of the act a response answers


def threat_of(tok: Token, entry: Entry, status: str, source: list[str], resolver: Resolver, lex: Lexicon,
              threats: Threats) -> tuple[Token, str] | None:
    """(the word that announces it, the CAMEO threat code) when a conflict act is threatened, not done: vowed
    ("swore to fight", "is ready to strike"), held out under a condition ("will withdraw unless..."), or
    announced by its own actor for the future ("X said it would boycott the talks", "said he would use all his
    forces to crush the revolt": a purpose told on the verb it serves; not "X announced it would ban Y", which makes
    a decision known)."""
    held_out = threats.code(entry.type, True, entry.cameo)  # the code of the act held out under a condition
    if status == "negated" or not held_out:
        return None
    vowed = threats.code(entry.type, False, entry.cameo)
    vow = committed_by(tok)  # "vowed to attack X and (to) kill Y": both acts are vowed
    if vow is not None and lemma(vow) in lex.commissive_words and vowed:
        return vow, vowed
    if entry.proposed and condition_clause(tok, lex):
        return tok, held_out  # "proposed tariffs on X unless X opens its market"
    tok = _means_used(tok)  # "said he would use force to crush the revolt": the crushing is announced on "use"
    carrier = _carried_on(tok, lex)  # "would continue to attack ships unless Iraq…": held out on "continue"
    if carrier is not None and condition_clause(carrier, lex):
        tok = carrier
    auxes = {a.lower_ for a in tok.children if a.dep_ == "aux"}
    if not auxes & (lex.future_aux | _WOULD) or counterfactual(tok):
        return None  # (not "said he would have protested": what would have been, no threat)
    reporter = tok.head if tok.dep_ == "ccomp" and lemma(tok.head) in lex.reporting_verbs else None
    first_person = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST_PERSON for c in tok.children)
    # a condition told by "any" on the act answered is one too: "would retaliate against any attack by X"
    conditional = condition_clause(tok, lex) or answers_any(tok, _ANSWERED)
    if conditional and entry.type in threats.offered and not adverse_condition(tok, lex):
        return None  # "will release the prisoners if Hamas frees the soldier": an offer, held on its condition
    if reporter is not None and not first_person:  # only the actor's own announcement is a threat ("we will
        # retaliate", quoted, is the speaker's own, whoever the report names); others' forecasts are not
        speakers = [ident for s in reporter.children if s.dep_ == "nsubj" for ident in resolver.many(s)]
        # a veto is its own state's to cast: one told by that state's speaker is held out ("the budget director said
        # the president would veto the bill"), not a forecast
        own = conditional or entry.cameo in threats.by_cameo
        if not set(speakers) & set(source) and not (own and _own_side(speakers, source, resolver)):
            return None
    if conditional and not auxes & lex.future_aux and reporter is None and not first_person \
            and not _told_beside(tok, lex):
        return None  # "if Iran closed the strait, the navy would attack": the writer's supposition, nobody's threat
    code = held_out if conditional else vowed
    if code is None or (not conditional and (reporter is None or lemma(reporter) in lex.decision_verbs)):
        return None  # "X announced it would ban Y" makes the ban known: it is the ban
    return (reporter or tok), code


def _means_used(tok: Token) -> Token:
    """The verb an act is the purpose of, where the act has no subject of its own: an infinitive of purpose
    (`status.served`) or one after the verb's object, the means ("would use whatever force it takes to end the
    mutiny", "would send troops to crush the mutiny"); else the act itself ("would stop attacking ships"
    has no means: the stopping is what is announced)."""
    carrier = served(tok)
    if carrier.i != tok.i:
        return carrier
    head = tok.head
    if tok.dep_ == "xcomp" and head.i != tok.i and head.pos_ == "VERB" \
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            and any(c.dep_ in ("dobj", "obj") and c.i < tok.i for c in head.children):
        return head
    return tok


def _carried_on(tok: Token, lex: Lexicon) -> Token | None:
    """The verb of going on whose complement the act is ("would continue to attack", "will keep attacking": lexicon
    `carrying_on_verbs`), which carries the modal and the condition; None elsewhere."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.i != tok.i and lemma(head) in lex.carrying_on_verbs:
        return head
    return None


def _own_side(speakers: list[str], source: list[str], resolver: Resolver) -> bool:
    """The speakers are of the one state the doers belong to: "Iran said that if…, its navy would attack" holds out
    its own forces' act under a condition (not "Kenya said that if…, Uganda's army would attack"; an act announced
    with no condition, "the president said the U.S. would impose tariffs", may be the decision made known: only the
    doers' own words make it a threat)."""
    actors = resolver.doc._.actors or {}
    told = {getattr(actors.get(i), "country", None) for i in speakers}
    doers = {getattr(actors.get(i), "country", None) for i in source}
    return len(doers) == 1 and None not in doers and doers <= told


def _told_beside(verb: Token, lex: Lexicon) -> bool:
    """A verb of saying told beside the clause, after it ("the navy would attack if…, the minister said")."""
    return any(c.dep_ in ("parataxis", "ccomp") and c.i > verb.i and lemma(c) in lex.reporting_verbs
               for c in verb.children)


def left_open(tok: Token, roles, resolver: Resolver, lex: Lexicon) -> bool:
    """The sides of a hostile act left open (threaten.yaml's entries marked `refused`: "would not rule out Kenyan
    retaliation if Uganda raised its duties"; round 75, stance75): the act's own doer, named on its noun
    ("Kenyan", "Kenya's", "by Kenya"), threatens it, not undergoes it; the one threatened is the one it would be
    done to (the roles' target, its "against" phrase) or, where it names none, the one whose act its condition tells
    (the condition told on "rule out" or on the verb of refusing above it). A teller of no known country gives way to
    the state named as the doer. False where the act is another's than
    the teller's, of a country other than his ("Chile did not rule out Peruvian retaliation"): a forecast, no
    threat."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return True
    named = [c for c in obj.children if c.dep_ in ("poss", "amod", "compound")]
    named += [g for p in obj.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" for g in p.children
              if g.dep_ == "pobj"]
    doers = list(dict.fromkeys(i for t in named for i in resolver.many(t)))
    if doers:
        actors = resolver.doc._.actors or {}
        tellers = {getattr(actors.get(i), "country", None) for i in roles.source} - {None}
        if tellers and not set(doers) & set(roles.source) and not _own_side(roles.source, doers, resolver):
            return False
        roles.target = [i for i in roles.target if i not in doers]
        if not tellers:  # a teller of no known country ("the Foreign Ministry official"): the state that would act
            roles.source = doers
    if not roles.target:
        verbs = [tok] + ([tok.head] if tok.dep_ == "xcomp" and tok.head.i != tok.i else [])
        roles.target = list(dict.fromkeys(i for v in verbs for s in condition_subjects(v, lex)
                                          for i in resolver.many(s) if i not in roles.source))
    return True


def ultimatum(tok: Token, lex: Lexicon) -> bool:
    """A demand put with what the one asked will face if it does not comply: the act asked joined by "or" to "face"
    a penalty (lexicon `ultimatum_penalties`): "told Seoul to cut its surplus or face tariffs", "said Lima must pay
    by June or face sanctions", "has until May to reply or face retaliation". An ultimatum, a threat (CAMEO 13), not
    the bare request; "or see the currency climb again" names no penalty."""
    for face in tok.subtree:
        if lemma(face) != "face" or face.dep_ != "conj" or face.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in (*face.head.children, *face.children)):
            continue
        for obj in face.children:
            if obj.dep_ in ("dobj", "obj") and {lemma(obj), obj.lower_, *(lemma(m) for m in obj.children
                                                                          if m.dep_ == "compound")} \
                    & lex.ultimatum_penalties:
                return True
    return False
