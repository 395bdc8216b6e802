"""Who takes a stance told by a predicate adjective, and towards whom (pattern entries under `adjectives`).

"X was critical of Y", "X remains opposed to Y's plan": the copula's subject holds the stance, and the actor of the
entry's `target_preps` phrase (or the one whose thing it names) is its target. A `judged` entry is what one who
tells says of a thing: "X said the decision by Y was unacceptable", "X told reporters it was illegal that Y…": X
judges, Y (the thing's author or doer) is judged.

A fault done is judged the same way by the one who tells it (`fault_roles`, data/faults.yaml): "X said Y had committed
a grave mistake": X blames Y; so is a breach ("X said Y had violated the truce": `breach_roles`) and a word of blame
on another's thing or act ("X said Y unfairly subsidises its mills": `blame_roles`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists, load_yaml

from dossier.events.actors import Resolver
from dossier.events.matching import predicative
from dossier.events.patterns import Entry, load_lexicon
from dossier.events.roles.doers import phrase_agents, subject_tokens
from dossier.events.roles.reading import Roles
from dossier.events.roles.speakers import previous_saying

_PLACEHOLDERS = frozenset({"it", "this", "that"})  # "it was unacceptable that…": the clause is the thing judged
_OWN = frozenset({"i", "we", "my", "our", "his", "her", "its", "their"})  # "his government had made a mistake"


def adjective_roles(adjective: Token, entry: Entry, resolver: Resolver, reporting_verbs: frozenset[str]) -> Roles:
    """Source and target of a predicate adjective's stance; empty sides where the parse does not name them."""
    roles = Roles()
    copula = predicative(adjective)
    if copula is None:
        return roles
    if entry.judged:
        teller = _teller(copula, reporting_verbs)
        if teller is None:
            return roles  # the writer's own judgment is no one's act
        source_toks = [w for s in subject_tokens(teller) for w in _speaker(s, resolver)]
        judged = [t for s in subject_tokens(copula) for t in (_clause_subjects(copula) if s.lower_ in _PLACEHOLDERS
                                                              else [s])]
        target_toks = [o for t in judged for o in _phrase_doers(t, resolver) or owners(t, resolver)] \
            + _named_doers(adjective)
        if not any(resolver.many(t) for t in target_toks):  # no author named: the one its reason names, or the
            # proposer of the sentence before, where the thing judged stands for a proposal told there
            target_toks = _reason_authors(copula, adjective, resolver) or (
                _proposers_before(copula.sent, resolver) if not _clause_subjects(copula)
                and (said := subject_tokens(copula)) and all(_anaphoric(j) for j in said) else [])
    else:
        source_toks = subject_tokens(copula)
        target_toks = [o for p in adjective.children if p.dep_ == "prep" and p.lower_ in entry.target_preps
                       for g in p.children if g.dep_ == "pobj" for o in owners(g, resolver)]
    roles.source = list(dict.fromkeys(i for t in source_toks for i in resolver.many(t)))
    roles.target = [i for i in dict.fromkeys(i for t in target_toks for i in resolver.many(t))
                    if i not in roles.source]
    return roles


_REASON_PREPS = frozenset({"because", "due", "over"})  # "because of", "due to", "over": a reason's phrase
_REASON_MARKS = frozenset({"because", "since"})


def _reason_authors(copula: Token, adjective: Token, resolver: Resolver) -> list[Token]:
    """The authors of what a judgment gives as its reason (round 75, stance75): the owners of a "because of",
    "due to" or "over" phrase's thing ("this was unacceptable because of the preconditions Y had set", "because of
    Y's conditions"), or the subject of a "because" clause ("…unacceptable because Y had set preconditions")."""
    out = []
    for head in (copula, adjective):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in _REASON_PREPS:
                things = [g for g in c.children if g.dep_ == "pobj"]
                things += [g for p in c.children if p.dep_ in ("pcomp", "prep") for g in p.children if g.dep_ == "pobj"]
                out += [o for g in things for o in owners(g, resolver)]
            elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _REASON_MARKS for m in c.children):
                out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and resolver.many(s)]
    return out


def _anaphoric(judged: Token) -> bool:
    """A thing judged that stands for one told before: "this", "that", "it" with no clause of its own, or a
    proposal's noun with "the", "this" or "that" and no owner ("the proposal", "these conditions")."""
    if judged.lower_ in _PLACEHOLDERS:
        return True
    return judged.lemma_.lower() in load_lexicon().put_forward_nouns and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in judged.children) \
        and not any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") for c in judged.children)


def _proposers_before(sent, resolver: Resolver) -> list[Token]:
    """Who the sentence before says put a thing forward: the subject of a verb of putting forward (lexicon
    `putting_forward_verbs`: "Uganda proposed talks", "Uganda had set three conditions"), or the owner of a proposal's noun
    (`put_forward_nouns`: "Uganda's offer of talks was published"); none where no such party is named."""
    if sent.start == 0:
        return []
    lex = load_lexicon()
    before = sent.doc[sent.start - 1].sent
    found = [s for t in before if t.pos_ == "VERB" and t.lemma_.lower() in lex.putting_forward_verbs
             for s in t.children if s.dep_ == "nsubj"]
    found += [o for t in before if t.lemma_.lower() in lex.put_forward_nouns
              for o in owners(t, resolver) if o.i != t.i]
    return [t for t in found if resolver.many(t)]


def _phrase_doers(noun: Token, resolver: Resolver) -> list[Token]:
    """The doer of a judged noun act its "by" phrase names, on the noun or on a noun of its phrases where the parser
    hung it there ("the handover of the prisoners by Chile was in breach of the accord", "the handover of the
    islands to Peru by Chile": Chile, not the prisoners the noun might stand for; round 75)."""
    if noun.pos_ != "NOUN":
        return []
    own = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
    return [a for a in own + phrase_agents(noun) if resolver.many(a)]


def _named_doers(noun: Token) -> list[Token]:
    """The doer a noun in a predicate's place names after "by" ("the strike was an act of aggression by X"; on the
    noun, or on the "act" whose "of" object it is)."""
    if noun.pos_ != "NOUN":
        return []
    heads = [noun, noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [noun]
    return [g for h in heads for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
            for g in p.children if g.dep_ == "pobj"]


def _teller(copula: Token, reporting_verbs: frozenset[str]) -> Token | None:
    """The verb of saying the copula's clause is reported by ("X said the plan was…", "the plan was…, X said")."""
    if copula.dep_ == "ccomp" and copula.head.lemma_.lower() in reporting_verbs:
        return copula.head
    return next((c for c in copula.children if c.dep_ in ("parataxis", "ccomp")
                 and c.lemma_.lower() in reporting_verbs and c.i > copula.i), None)


def _speaker(subject: Token, resolver: Resolver) -> list[Token]:
    """Who speaks by a subject: itself, or the actor it speaks for ("a spokesman for the Indian government")."""
    if resolver.many(subject):
        return [subject]
    return [g for p in subject.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
            for g in p.children if g.dep_ == "pobj"] or [subject]


def _clause_subjects(copula: Token) -> list[Token]:
    """The subjects of the clause an expletive "it" stands for ("it was unacceptable that Y blocked…": Y)."""
    clauses = [c for c in copula.children if c.dep_ in ("ccomp", "csubj")]
    clauses += [c for a in copula.children if a.dep_ == "acomp" for c in a.children if c.dep_ == "ccomp"]
    return [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def owners(noun: Token, resolver: Resolver) -> list[Token]:
    """The noun, when it names an actor; else who the thing it names is of: its possessor or an actor compounded or
    described on it ("Y's plan", "the Y proposal", "Russian drilling"), the actor after "by" or "from" ("the decision
    by Y"), the agent of a participle on it ("tariffs imposed by Y"), or the subject of a relative clause of putting
    it forward ("the preconditions Y had set", lexicon `putting_forward_verbs`)."""
    if resolver.many(noun):
        return [noun]
    return thing_owners(noun, resolver)


def thing_owners(noun: Token, resolver: Resolver) -> list[Token]:
    """Who the thing a noun names is of (`owners`), whether or not the noun itself names an actor."""
    found = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and resolver.many(c)]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found += [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "acl" and child.tag_ == "VBN":
            found += [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if child.dep_ == "relcl" and child.lemma_.lower() in load_lexicon().putting_forward_verbs:
            found += [s for s in child.children if s.dep_ == "nsubj"]  # "the preconditions Y had set"
    return found


@lru_cache(maxsize=1)
def _stance_participles() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """data/stance_participles.yaml: ({participle: prepositions of its target}, lemmas of joining verbs)."""
    data = load_yaml(Path(__file__).parent / "data" / "stance_participles.yaml")
    return ({w.lower(): tuple(p) for w, p in data["participles"].items()},
            frozenset(w.lower() for w in data["joining"]))


_STANCE_DEPS = frozenset({"acl", "advcl", "amod"})


def participle_stance(verb: Token, resolver: Resolver) -> Roles | None:
    """The sides of a stance a participle sets on the noun that holds it ("the states opposed to the tax proposed by
    Y": the states against Y; "X, opposed to Y's plan, voted…": X against Y; "Z has joined the states opposed to
    it": Z, who joins them), data/stance_participles.yaml; None for any other use of the verb ("X was opposed by Y",
    "X opposed the plan")."""
    participles, joining = _stance_participles()
    preps = participles.get(verb.lower_)
    if preps is None or verb.tag_ != "VBN" or verb.dep_ not in _STANCE_DEPS \
            or any(c.dep_ in ("agent", "auxpass", "aux", "nsubj", "nsubjpass") for c in verb.children):
        return None
    against = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
               for g in p.children if g.dep_ == "pobj"]
    if not against:
        return None
    holder = verb.head
    if verb.dep_ == "advcl":
        holders = subject_tokens(holder)
    elif holder.dep_ in ("dobj", "obj") and holder.head.lemma_.lower() in joining:
        holders = subject_tokens(holder.head)  # "Spain has joined the states opposed to…": Spain
    else:
        holders = [holder]
    roles = Roles()
    roles.source = list(dict.fromkeys(i for t in holders for i in resolver.many(t)))
    roles.target = [i for i in dict.fromkeys(i for t in against for o in owners(t, resolver) for i in resolver.many(o))
                    if i not in roles.source]
    return roles


@lru_cache(maxsize=1)
def faults() -> dict[str, frozenset[str]]:
    """The verbs and nouns of a fault done (data/faults.yaml)."""
    return load_word_lists(Path(__file__).parent / "data" / "faults.yaml")


def fault_done(verb: Token) -> bool:
    """"committed a grave mistake", "made an error": a verb of doing (faults.yaml `verbs`) whose object is a fault
    (`nouns`), not denied ("did not make a mistake", "never committed an error")."""
    words = faults()
    return _done(verb, lambda o: o.lemma_.lower() in words["nouns"] or o.lower_ in words["nouns"])


def wrong_done(verb: Token) -> bool:
    """"had committed an act of aggression", "perpetrated war crimes", "undertook an act of armed aggression": a verb
    of doing (faults.yaml `verbs`) whose object names a wrong done to others (`wrongs`: read by `wrong_names`), not
    denied."""
    wrongs = faults()["wrongs"]
    return _done(verb, lambda o: bool(wrong_names(o) & wrongs))


def wrong_names(noun: Token) -> set[str]:
    """The names a noun gives a thing with the words that make it one: its lemma, and its lemma with a compound or
    an adjective before it ("war crime", "terrorist act", "ethnic cleansing") or with the object of an "of" or
    "against" phrase after it ("act of aggression", "act of armed aggression", "crime against humanity")."""
    own = noun.lemma_.lower()
    names = {own, noun.lower_}
    names |= {f"{c.lemma_.lower()} {own}" for c in noun.children if c.dep_ in ("compound", "amod")}
    names |= {f"{own} {p.lower_} {g.lemma_.lower()}" for p in noun.children if p.dep_ == "prep"
              and p.lower_ in ("of", "against") for g in p.children if g.dep_ == "pobj"}
    return names


def _done(verb: Token, named: Callable[[Token], bool]) -> bool:
    """A verb of doing (faults.yaml `verbs`) with an object `named` accepts, not denied."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in faults()["verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]  # "committed aggression and war crimes"
    if not any(named(o) for o in objects):
        return False
    return not any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in verb.children) \
        and not any(d.dep_ == "det" and d.lower_ == "no" for o in objects for d in o.children)


def fault_roles(verb: Token, resolver: Resolver, reporting_verbs: frozenset[str],
                things: bool = False) -> tuple[Roles, Token | None]:
    """Who blames whom for a fault done (`fault_done`): the one who tells it (the subject of the verb of saying that
    reports the clause, in the sentence or, for a quotation that goes on from the sentence before, there: "X said…
    \"With this move Y has committed a big mistake…\"") blames the one who erred (the verb's subject; with `things`,
    the owner of a thing that does it, "Y's quota breaches the accord": `owners`). Empty sides where nobody tells it
    (the writer's own narration) or the teller owns the fault ("we made a mistake, the minister said"). Also returns
    the verb of saying in the sentence (None: none there)."""
    roles = Roles()
    teller = _fault_teller(verb, reporting_verbs)
    tellers = [t for s in subject_tokens(teller) for t in _speaker(s, resolver)] if teller is not None \
        else _previous_speaker(verb, resolver, reporting_verbs)
    doers = subject_tokens(verb)
    if things:
        doers = [o for d in doers for o in (owners(d, resolver) or [d])]
    if any(_own(d) for d in doers):
        return roles, teller
    source = list(dict.fromkeys(i for t in tellers for i in resolver.many(t)))
    target = list(dict.fromkeys(i for s in doers for i in resolver.many(s)))
    if not source or not target or set(source) & set(target):
        return roles, teller
    roles.source, roles.target = source, target
    return roles, teller


def breach_roles(verb: Token, resolver: Resolver, reporting_verbs: frozenset[str]) -> tuple[Roles, Token | None]:
    """Who charges whom with a breach (faults.yaml `breaches`: "the envoy said Y had violated the truce"): read as a
    fault is (`fault_roles`, a thing's owner its doer); empty sides for another verb, a breach denied ("said Y had
    not violated the truce") and a space intruded on ("said Y's jets had violated its airspace": `breached_spaces`)."""
    words = faults()
    if verb.lemma_.lower() not in words["breaches"] \
            or any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) \
            or any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in words["breached_spaces"] for c in verb.children):
        return Roles(), None
    return fault_roles(verb, resolver, reporting_verbs, things=True)


def blame_roles(word: Token, resolver: Resolver, reporting_verbs: frozenset[str]) -> tuple[Roles, Token | None]:
    """Who criticises whom by a word of blame (faults.yaml `blame_words`) on another's thing or act in what one
    tells: the teller (`telling_of`) blames the one judged (`_judged`). Also returns the verb of saying, or the noun
    of a complaint, that tells it (None: nobody does, and the sides are empty); empty sides too where a side is not
    an actor, the judged is the teller's own or the word is denied."""
    roles = Roles()
    telling = telling_of(word, reporting_verbs)
    if telling is None or any(c.dep_ == "neg" for h in (word, word.head) for c in h.children):
        return roles, None
    if telling.pos_ == "NOUN":
        tellers = thing_owners(telling, resolver) or subject_tokens(telling.head)
    else:
        tellers = [t for s in subject_tokens(telling) for t in _speaker(s, resolver)]
    judged = _judged(word, resolver)
    if any(_own(j) for j in judged):
        return roles, telling
    roles.source = list(dict.fromkeys(i for t in tellers for i in resolver.many(t)))
    roles.target = [i for i in dict.fromkeys(i for t in judged for i in resolver.many(t)) if i not in roles.source]
    if not roles.source or not roles.target:
        roles.source, roles.target = [], []
    return roles, telling


# clauses on another verb or noun whose content is not the telling's: an adverbial or relative clause, a
# participle (and an infinitive on the verb of saying itself, "told X to calm anger over Y's unfair…": an order)
_OTHER_CLAUSES = frozenset({"advcl", "relcl", "acl", "parataxis", "csubj"})


def telling_of(word: Token, reporting_verbs: frozenset[str]) -> Token | None:
    """The verb of saying whose told clause (ccomp) holds the word ("X said Y unfairly…", "X told the Senate the
    bill aims at Y's unfair…"), the noun of a complaint or charge whose clause does ("X's complaint that Y
    unfairly…"), or the verb of saying told beside the word's clause ("Y uses unfair quotas, X said"); None for any
    other, and where the way up crosses a clause of another kind (`_OTHER_CLAUSES`: "told X to calm anger over Y's
    unfair…", an order)."""
    nouns = faults()["telling_nouns"]
    node = word
    while node.head.i != node.i:
        head = node.head
        if node.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in reporting_verbs:
            return head
        if node.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in nouns:
            return head
        if node.dep_ in _OTHER_CLAUSES or (node.dep_ == "xcomp" and head.lemma_.lower() in reporting_verbs):
            return None
        node = head
    return next((c for c in node.children if c.dep_ in ("parataxis", "ccomp") and c.i > word.i
                 and c.pos_ == "VERB" and c.lemma_.lower() in reporting_verbs), None)


def _judged(word: Token, resolver: Resolver) -> list[Token]:
    """Whose thing or act a word of blame judges: a thing's owner (`owners`: "Y's unfair practices") or the
    subject of a verb of doing (faults.yaml `doing`) that has it for object ("Y uses illegal quotas", "Y engages in
    unfair practices"); an act's doer ("Y unfairly subsidises", "is unfairly subsidised by Y")."""
    head = word.head
    if word.dep_ == "advmod" and head.pos_ == "VERB":
        return subject_tokens(head)
    if word.dep_ != "amod" or head.pos_ not in ("NOUN", "PROPN"):
        return []
    found = thing_owners(head, resolver)
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    if not found and head.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" \
            and verb.lemma_.lower() in faults()["doing"]:
        found = subject_tokens(verb)
    return found


def _own(doer: Token) -> bool:
    """A doer the teller speaks of as his own: "we", "I", "his government", "our side"."""
    return doer.lower_ in _OWN or any(c.dep_ == "poss" and c.lower_ in _OWN for c in doer.children)


def _fault_teller(verb: Token, reporting_verbs: frozenset[str]) -> Token | None:
    """The verb of saying that reports the fault's clause: above it ("X said Y had made a mistake", "X said Y had
    erred and made a mistake") or told beside it ("Y made a mistake, X said")."""
    node = verb
    while node.dep_ in ("conj", "ccomp", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in reporting_verbs and node.pos_ == "VERB":
            return node
    return next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.i > verb.i
                 and c.lemma_.lower() in reporting_verbs), None)


def _previous_speaker(verb: Token, resolver: Resolver, reporting_verbs: frozenset[str]) -> list[Token]:
    """Who speaks a quotation that opens the sentence and is told by no verb of saying in it: the one who spoke last
    in the sentence before (the subject of its last verb of saying, "Khan denied the charge and said…": Khan;
    `speakers.previous_saying`)."""
    said = previous_saying(verb.sent, reporting_verbs)
    return [w for s in subject_tokens(said) for w in _speaker(s, resolver)] if said is not None else []

_TOWARDS = frozenset({"towards", "toward", "to", "on"})


def stopped_short(tok: Token, roles: Roles, resolver: Resolver) -> None:
    """The other side of a step towards it denied (pattern entries marked `stopped_short`: "could not go further",
    "could not narrow the gap"; round 75, stance75), where the words of the step name none: the owner of the demand
    or offer its purpose clause or its "towards" phrase names ("could not go any further to meet American demands",
    "towards Japan's position"), else the party the sentence before says put a thing forward ("Japan has demanded
    lower tariffs. Korean officials said they could not go further.")."""
    if roles.target:
        return
    things = [o for c in tok.children if c.dep_ in ("xcomp", "advcl") for o in c.children if o.dep_ in ("dobj", "obj")]
    things += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in _TOWARDS for g in p.children
               if g.dep_ == "pobj"]
    found = [o for t in things for o in owners(t, resolver)] or _proposers_before(tok.sent, resolver)
    roles.target = [i for i in dict.fromkeys(i for t in found for i in resolver.many(t)) if i not in roles.source]
