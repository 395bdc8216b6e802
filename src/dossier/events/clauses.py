"""How a trigger stands to the other triggers of its sentence: which act another one subsumes as its content,
complement, goal or new name, and which is told as background (`by_index`: the sentence's triggers' entries by
token position).

"urged X to withdraw" (the withdrawal is the request's content), "vowed to fight" (the fight is vowed), "a plan to
attack" (the attack is the plan's goal), "a deal under which X will train Y" (what the deal provides for), "on a
state visit, her first trip abroad" (one act named twice), "..., where 24 people were killed" (background).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.noun_acts import lemma
from dossier.events.patterns import Entry
from dossier.events.roles.doers import stranded_report_conj
from dossier.events.status import stranded_content, waiting_marks

# Speech acts whose clause is their content: the act alleged, denied or asked for is not coded apart ("X complained
# that Y was blocking exports": X's complaint; "asked whether help could be sent": the request).
_CONTENT_TYPES = frozenset({"ACCUSE", "REQUEST"})
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "ROOT"})
# Acts whose object is another act: a request or demand for it, an offer or promise of it, a refusal of it, a threat
# of it (the PLOVER manual's REQUEST, AGREE, REJECT, THREATEN). Where such a trigger governs the other act as its
# complement ("urged X to withdraw its troops", "pledged that it would send aid"), the sentence reports the governing
# act, and the complement is its content, not an act of its own (`is_content`).
ACTS_ON_ACTS = frozenset({"REQUEST", "AGREE", "REJECT", "THREATEN"})


def infinitive_complement(tok: Token) -> bool:
    """The infinitive a verb governs: "vowed to fight", and the same read as an adverbial clause ("have sworn to
    fight", which the parser may attach as advcl)."""
    return tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and tok.pos_ == "VERB"
                                   and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
                                   and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children))


def joined_infinitive(verb: Token) -> bool:
    """A bare infinitive joined by a conjunction to an infinitive complement, without a subject of its own ("to
    inject X and (to) fund Y"); not a clause of its own ("agreed to buy X and Y announced Z")."""
    return (verb.dep_ == "conj" and verb.head.dep_ == "xcomp" and verb.pos_ in ("VERB", "AUX")
            and (verb.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))


def committed_by(tok: Token) -> Token | None:
    """The word whose infinitive complement a verb is, directly ("vowed to fight") or as a second infinitive joined
    to that complement by a conjunction, which stands where the first one does ("vowed to attack X and to kill Y")."""
    node = tok
    while joined_infinitive(node):
        node = node.head
    return node.head if infinitive_complement(node) and node.head.i != node.i else None


def governs_act(tok: Token) -> bool:
    """A verb trigger whose complement is a verb of its own: an infinitive ("urged X to withdraw", "offered to send")
    or a clause ("demanded that X withdraw", "proposed that they meet")."""
    return tok.pos_ == "VERB" and (any(
        (c.dep_ in ("xcomp", "ccomp") or infinitive_complement(c)) and c.pos_ in ("VERB", "AUX")
        for c in tok.children) or _strands_clause(tok))


def asks_for_act_noun(tok: Token, act_nouns: set[int]) -> bool:
    """A verb trigger whose object, or the noun of its "for", is an act's noun (`act_nouns`: the positions of noun
    triggers): "called for the resignation of the minister", "demanded the withdrawal of the troops"."""
    if tok.pos_ != "VERB":
        return False
    nouns = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    nouns += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    return any(n.i in act_nouns for n in nouns)


def governs_clause(tok: Token) -> bool:
    """A verb trigger whose complement is a clause with a subject of its own: another's act it asks for, refuses or
    threatens ("proposed that the two sides meet", "demanded that the envoy leave"), its own clause or one the
    parser hung on a noun between them ("proposed in a letter to X that they meet": `status.stranded_content`)."""
    return tok.pos_ == "VERB" and (any(
        c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in tok.children) or _strands_clause(tok))


def _strands_clause(tok: Token) -> bool:
    """Whether a "that" clause the parser hung on a noun after the verb is the verb's (`status.stranded_content`)."""
    return any(t.dep_ in ("acl", "relcl") and (v := stranded_content(t)) is not None and v.i == tok.i
               for t in tok.subtree)


def complement_of(tok: Token, by_index: dict) -> int | None:
    """The trigger whose infinitive complement the trigger is, directly, through verbs that name no act of their
    own ("urged X to accept", "urged X to try to persuade Y") or as a second infinitive joined to the first ("agreed
    to inject X and to fund Y"): the position of the act the sentence reports."""
    node = tok
    while True:
        while joined_infinitive(node):  # "agreed to inject X and to fund Y": the second stands where the first does
            node = node.head
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return None
        node = node.head
        if node.i in by_index:
            return node.i


def is_content(tok: Token, by_index: dict) -> bool:
    """Is the trigger inside the clausal complement of an accusing or requesting trigger (or the clause a
    parenthetical one reports)? Not a verb the parser joined to that clause that is the teller's own second verb
    ("denied it intended to X and warned Y": `doers.stranded_report_conj`)."""
    if stranded_report_conj(tok) is not None:
        return False
    node = tok
    while node.dep_ not in _CLAUSE_EDGES and node.head.i != node.i:
        node = node.head
    stranded = stranded_content(node)  # "proposed in a letter to X that they meet": the parser's "letter that"
    head = by_index.get(node.head.i) if node.dep_ == "ccomp" else by_index.get(stranded.i) if stranded else None
    # "Peru, he added, should offer…": the reporting verb hangs on the clause it reports
    heads = [head] + [by_index.get(c.i) for c in node.children if c.dep_ == "parataxis"]
    return any(h is not None and h.type in _CONTENT_TYPES | ACTS_ON_ACTS and h.pos == "verb" for h in heads)


def is_goal(tok: Token, by_index: dict, decision_nouns: frozenset[str],
            instrument_verbs: frozenset[str] = frozenset(), attempt_verbs: frozenset[str] = frozenset()) -> bool:
    """An infinitive that says what an act or a noun is for is no act of its own: "pressure on X to cut ties",
    "a plan to attack"; "staged a sit-in to demand reforms" (the demand is the sit-in's issue). A purpose clause
    on a verb that is no event ("used tear gas to disperse the crowd") is the act; so is a decision's infinitive
    (lexicon: decision_nouns, "Beijing's decision to expel": the act decided), and what a meeting or a trip is used
    to do (lexicon: instrument_verbs, "will use the summit to press for X": the pressing, not the summit's aim).
    An aim told through a verb of attempting is the aim (lexicon: attempt_verbs, "will meet on Monday to try to
    settle the quarrel": the meeting's, no settlement)."""
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in tok.children):
        return is_goal(tok.head, by_index, decision_nouns, instrument_verbs, attempt_verbs)  # "to win X and demand Y"
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if tok.dep_ == "xcomp" and tok.head.i not in by_index and lemma(tok.head) in attempt_verbs:
        return is_goal(tok.head, by_index, decision_nouns, instrument_verbs, attempt_verbs)  # "to try to settle"
    if tok.dep_ == "acl":
        return tok.head.pos_ in ("NOUN", "PROPN") and lemma(tok.head) not in decision_nouns
    if tok.dep_ == "advcl" or (tok.dep_ == "xcomp" and tok.head.i not in by_index):
        head = tok.head
        return head.i in by_index or (lemma(head) not in instrument_verbs
                                      and any(c.i in by_index for c in head.children if c.dep_ in ("dobj", "obj")))
    return False


@lru_cache(maxsize=1)
def legal_actions() -> dict[str, frozenset[str]]:
    """The words of taking legal action (data/legal_actions.yaml)."""
    return load_word_lists(Path(__file__).parent / "data" / "legal_actions.yaml")


def _names_suit(noun: Token, nouns: frozenset[str]) -> bool:
    """"lawsuit", or "legal action" where the list holds the noun only with that modifier."""
    word = lemma(noun)
    return word in nouns or any(f"{c.lower_} {word}" in nouns for c in noun.children if c.dep_ in ("amod", "compound"))


def legal_aim(tok: Token) -> bool:
    """A verb trigger that is the infinitive of a legal action's aim: "sued to block the order", "filed a lawsuit
    to stop the tariffs", "went to court to overturn the ruling" (data/legal_actions.yaml). The suit is the
    event; not "agreed to block the sale", "moved to block the bill", "took action to stop the flow"."""
    node = tok
    while joined_infinitive(node):
        node = node.head
    if tok.pos_ != "VERB" or not infinitive_complement(node) or node.head.i == node.i:
        return False
    head, words = node.head, legal_actions()
    if lemma(head) in words["verbs"]:
        return True
    for c in head.children:
        if c.dep_ in ("dobj", "obj") and _names_suit(c, words["nouns"]):
            return True
        if c.dep_ == "prep" and c.lower_ in ("to", "in", "before") and any(
                w.dep_ == "pobj" and w.lower_ in words["courts"] for w in c.children):
            return True
    return False


def _court_phrase(verb: Token) -> bool:
    """A court the verb goes to or acts in: "sued in federal court", "went to court", "sued before a tribunal"."""
    courts = legal_actions()["courts"]
    return any(c.dep_ == "prep" and c.lower_ in ("to", "in", "before") and any(
        w.dep_ == "pobj" and w.lower_ in courts for w in c.children) for c in verb.children)


def suit_aim(verb: Token) -> Token | None:
    """The infinitive of what a legal action aims at: "overturn" in "sued in federal court to overturn the
    sanctions", "went to court to block the order"."""
    return next((c for c in verb.children if c.pos_ == "VERB" and infinitive_complement(c)), None)


def sues_without_object(verb: Token) -> bool:
    """A verb of taking legal action (data/legal_actions.yaml `verbs`) with no object, told with its aim or the court
    it is brought in: "sued in federal court to overturn the sanctions", "sued to block the order", "countersued in
    a state court". The suit is the event though the trigger lists code "sue" only with an object ("sued the
    government"); not "sued for peace" (no court, no aim: a plea), nor a verb with its own object."""
    if verb.pos_ != "VERB" or lemma(verb) not in legal_actions()["verbs"]:
        return False
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children):
        return False
    return suit_aim(verb) is not None or _court_phrase(verb)


def aimed_at(verb: Token) -> list[Token]:
    """Whose act a legal action aims to undo, as the aim's object names it: the doer of the participle or relative
    clause on the object ("to overturn the sanctions imposed by Washington", "the sanctions Washington imposed"), or
    the object itself, whose owner the actors stage reads from its modifiers ("to overturn U.S. sanctions", "to block
    the governor's order", "to stop Texas"). [] where the verb has no aim or the aim no object."""
    aim = suit_aim(verb)
    if aim is None:
        return []
    out: list[Token] = []
    for obj in (c for c in aim.children if c.dep_ in ("dobj", "obj")):
        for clause in (c for c in obj.children if c.dep_ in ("acl", "relcl")):
            out += [g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if clause.dep_ == "relcl":
                out += [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that")]
        out.append(obj)
    return out


def goes_to_court(tok: Token) -> bool:
    """A verb of going whose destination is a court, told as the idiom ("went to court", "turned to the courts":
    no article) or with the suit's aim ("went to the court to overturn the ruling"): taking legal action, no visit
    (data/legal_actions.yaml `courts`; not "went to the royal court" or "travelled to the Hague for talks")."""
    courts = legal_actions()["courts"]
    aim = any(infinitive_complement(c) for c in tok.children)
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        w.dep_ == "pobj" and w.lower_ in courts and (aim or not any(d.dep_ == "det" for d in w.children))
        for w in c.children) for c in tok.children)


def done_by_means(tok: Token, by_index: dict, means_verbs: frozenset[str]) -> bool:
    """A response told by the act it is done by, when that act is a trigger of its own: "retaliated by expelling two
    diplomats", "responded by imposing tariffs on steel" (lexicon `means_verbs`). The gerund's act is the event; the
    response is no second one. A response by no act of the lists ("retaliated by raising duties") keeps its own."""
    if tok.pos_ not in ("VERB", "AUX") or lemma(tok) not in means_verbs:
        return False
    return any(g.i in by_index for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"
               for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG")


def agreed(tok: Token, by_index: dict) -> bool:
    """What an agreement provides for is its content, not an act of its own: "a deal under which X will train
    Y", "an agreement with X on training" (the agreement is the event)."""
    if tok.dep_ == "relcl" and any(c.dep_ == "prep" and any(w.lower_ in ("which", "whom") for w in c.children)
                                   or c.lower_ == "whereby" for c in tok.children):
        noun = tok.head  # not "the agreement that X and Y concluded", which is the agreement
    elif tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep" and tok.head.lower_ in ("on", "for"):
        noun = tok.head.head
    else:
        return False
    held = by_index.get(noun.i)
    return held is not None and held.type == "AGREE" and noun.i != tok.i


def renames(tok: Token, entry: Entry, by_index: dict) -> bool:
    """A noun in apposition to a trigger of the same type names the same act again: "on a state visit, her first
    trip abroad" (also where the parser hangs the apposition on an earlier noun: the trigger just before its comma)."""
    if entry.pos != "noun" or tok.dep_ != "appos":
        return False
    held = by_index.get(tok.head.i)
    before = tok.left_edge.i - 1
    if held is None and before > 0 and tok.doc[before].text == ",":
        held = by_index.get(before - 1)
    return held is not None and held.type == entry.type


def is_background(tok: Token) -> bool:
    """A trigger inside a relative or adverbial clause, or a clause modifying a noun: background to the sentence's
    own report ("..., where 24 people were killed", "after a jet shot down a helicopter", "rebels fighting X")."""
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ in ("relcl", "acl", "advcl"):
            return True
        if anc.dep_ == "ccomp":  # what a speaker reports is the sentence's news
            return False
    return False


def restated(noun: Token) -> bool:
    """A noun that says what "it" or "this" was ("It will be her second visit", "This was their first meeting"),
    or a bare "the signing" that dates another act ("held talks before the signing")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("before", "after", "since"):
        return [c.lower_ for c in noun.children] == ["the"]
    return noun.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in verb.children)


def names_planned(targets: list[str], announced: list[set[str]] | tuple) -> bool:
    """Can a later mention with these targets be one of the acts announced (each given by its targets)? One
    with no target, or an announced act with none, can; otherwise they must share a target."""
    return any(not targets or not told or told.intersection(targets) for told in announced)


def not_yet_done(verb: Token, status: str) -> str:
    """The status of an act told in a "without" or "before" phrase or clause of another verb: "held talks without
    reaching an agreement", "settled without admitting or denying the charges" (not reached, not denied: negated);
    "wants guarantees before committing to the deal", "will not sign before Uganda withdraws" (the act waits on the
    other's, not done: hypothetical, or planned where the other is itself a plan: "will visit Lima before flying to
    Santiago"). An act before another told in the past was done too ("before meeting Bush, the prince called on
    Reagan"). Other acts keep `status`."""
    if status != "occurred" or verb.pos_ not in ("VERB", "AUX"):
        return status
    if verb.dep_ == "conj" and verb.head.dep_ == "pcomp":
        verb = verb.head  # the second gerund of the phrase: "without admitting or denying the charges"
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        word, other = verb.head.lower_, verb.head.head
    elif verb.dep_ == "advcl":
        word, other = _opening(verb)
    else:
        return status
    if word == "without":
        return "negated"
    if word in waiting_marks():
        return _waits(verb, other, status)
    if word != "before" or other.pos_ not in ("VERB", "AUX") or _told_in_the_past(other):
        return status
    auxes = {a.lower_ for a in other.children if a.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in other.children)
    return "planned" if auxes & _FUTURE and not negated else "hypothetical"


_FUTURE = frozenset({"will", "shall", "'ll"})


def _opening(clause: Token) -> tuple[str, Token]:
    """The word that opens an adverbial clause and the word the clause tells the time of: its mark ("once Uganda
    withdraws"), a "when" ("when the talks resume"), or "as soon as" (the parser hangs the clause on "soon")."""
    head = clause.head
    mark = next((m.lower_ for m in clause.children if m.dep_ == "mark"), "")
    if mark == "as" and head.lower_ == "soon" and any(c.lower_ == "as" for c in head.children) \
            and head.head.i != head.i:
        return "as soon as", head.head
    if not mark:
        mark = next((a.lower_ for a in clause.children if a.dep_ == "advmod" and a.tag_ == "WRB" and a.i < clause.i), "")
    return mark, head


def _waits(verb: Token, other: Token, status: str) -> str:
    """A clause of time told in the present (or present perfect, or a bare gerund: "after visiting Accra") on a verb
    with "will" or another modal: its act is still to come ("will resign as soon as the assembly passes the
    tax": planned; "would retaliate once Uganda attacks": hypothetical). Told in the past, or on a verb without a
    modal ("signed after Uganda withdrew", "meets them when they come"), it keeps `status`."""
    tags = {verb.tag_, *(a.tag_ for a in verb.children if a.dep_ in ("aux", "auxpass"))}
    if "VBD" in tags or "MD" in tags or other.pos_ not in ("VERB", "AUX"):
        return status
    carrier = other
    for _ in range(3):  # "will have to resign after …": the "will" is on "have"
        if any(a.dep_ == "aux" and a.tag_ == "MD" for a in carrier.children) or carrier.dep_ != "xcomp":
            break
        carrier = carrier.head
    auxes = {a.lower_ for a in carrier.children if a.dep_ == "aux" and a.tag_ == "MD"}
    if not auxes:
        return status
    negated = any(c.dep_ == "neg" for c in (other, carrier) for c in c.children)
    return "planned" if auxes & _FUTURE and not negated else "hypothetical"


def _told_in_the_past(verb: Token) -> bool:
    """A verb in the simple past or a perfect ("met", "has met", "had been signed"), or a past participle or
    gerund that hangs on one ("signed in May before…")."""
    tags = {verb.tag_, *(a.tag_ for a in verb.children if a.dep_ in ("aux", "auxpass"))}
    if tags & {"VBD"} or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in verb.children if a.dep_ == "aux")):
        return True
    return verb.tag_ in ("VBN", "VBG") and verb.dep_ not in ("ROOT",) and verb.head.i != verb.i \
        and verb.head.pos_ in ("VERB", "AUX") and _told_in_the_past(verb.head)


# The code of the intent to act (CAMEO 03, PLOVER AGREE) that a stated willingness to do an act of each of these types
# is: to meet (036), to cooperate materially (031), to give aid (033), to yield (035), to cooperate at all (030).
_INTENT_CODES = {"CONSULT": "036", "COOPERATE": "031", "AID": "033", "SUPPORT": "030", "CONCEDE": "035",
                 "RETREAT": "035"}


def willingness_told(ptype: str, status: str, trigger: Token | None, lex) -> str | None:
    """The CAMEO code of the intent an act is where it is told only as its doer's stated willingness ("is willing to
    withdraw its troops", "stands ready to send aid", "would be prepared to hold talks": lexicon
    `willingness_words`): the readiness said is an offer, CAMEO's express intent (03), PLOVER AGREE, made when said,
    as "offered to withdraw" is (agree.yaml's pledge). None for an act of another type (a conflict act one is ready
    for is a threat: threaten.yaml), one not told ahead, a readiness denied ("is not willing to"), asked of the doer
    ("must be ready to hold talks", "urged X to be ready to"), told as a thing to come ("will be ready to"), asked
    about or supposed ("whether Peru is ready to", "it appears Peru is prepared to", "seems willing to":
    lexicon `supposing_verbs`)."""
    if ptype not in _INTENT_CODES or status not in ("planned", "hypothetical") or trigger is None:
        return None
    verb = trigger.head if trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ in ("dobj", "obj") else trigger
    node = verb
    while joined_infinitive(node):  # "willing to withdraw its troops and (to) release the prisoners"
        node = node.head
    ready = node.head
    if node.dep_ != "xcomp" or ready.i == node.i or ready.pos_ != "ADJ" \
            or ready.lemma_.lower() not in lex.willingness_words or ready.dep_ not in ("acomp", "oprd", "ROOT"):
        return None
    holder = ready if ready.dep_ == "ROOT" else ready.head  # the copula ("is", "stands")
    if any(c.dep_ == "neg" for t in (ready, holder) for c in t.children) \
            or holder.dep_ in ("xcomp", "advcl", "relcl", "acl") \
            or any(c.dep_ == "mark" and c.lower_ in lex.hypothetical_marks for c in holder.children) \
            or holder.lemma_.lower() in lex.supposing_verbs \
            or (holder.dep_ == "ccomp" and holder.head.lemma_.lower() in lex.supposing_verbs) \
            or any(a.dep_ == "aux" and (a.lower_ in lex.obligation_aux or a.lower_ in ("will", "shall"))
                   for a in holder.children) \
            or _asked_how_far(holder):
        return None
    return _INTENT_CODES[ptype]


def _asked_how_far(holder: Token) -> bool:
    """Whether the readiness is told inside an indirect question or a free relative: a wh-word of the clause before
    its copula ("depends on what Peru is willing to invest", "how much aid Chile is prepared to send", "which
    concessions Brazil is ready to make") asks how far the doer would go and offers nothing. A wh-word of a relative
    or adverbial clause inside the doer's phrase or before it ("Peru, whose envoy met them, is ready to …", "when the
    talks resume, Peru is ready to …") does not count."""
    for word in holder.subtree:  # not in the text's order where the wh-word is moved ahead of its verb
        if word.i >= holder.i or word.tag_ not in ("WP", "WDT", "WRB", "WP$"):
            continue
        path = [word, *(a for a in word.ancestors if a.i != holder.i and holder in a.ancestors)]
        if not any(w.dep_ in ("relcl", "advcl", "acl") for w in path):
            return True
    return False
