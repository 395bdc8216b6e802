"""Who takes a stance told by a predicate adjective, and towards whom (pattern entries under `adjectives`).

"X was critical of Y", "X remains opposed to Y's plan": the copula's subject holds the stance, and the actor of the
entry's `target_preps` phrase (or the one whose thing it names) is its target. A `judged` entry is what one who
tells says of a thing: "X said the decision by Y was unacceptable", "X told reporters it was illegal that Y…": X
judges, Y (the thing's author or doer) is judged.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.matching import predicative
from dossier.events.patterns import Entry
from dossier.events.roles.doers import subject_tokens
from dossier.events.roles.reading import Roles

_PLACEHOLDERS = frozenset({"it", "this", "that"})  # "it was unacceptable that…": the clause is the thing judged


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
        target_toks = [o for t in judged for o in owners(t, resolver)]
    else:
        source_toks = subject_tokens(copula)
        target_toks = [o for p in adjective.children if p.dep_ == "prep" and p.lower_ in entry.target_preps
                       for g in p.children if g.dep_ == "pobj" for o in owners(g, resolver)]
    roles.source = list(dict.fromkeys(i for t in source_toks for i in resolver.many(t)))
    roles.target = [i for i in dict.fromkeys(i for t in target_toks for i in resolver.many(t))
                    if i not in roles.source]
    return roles


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
    by Y"), or the agent of a participle on it ("tariffs imposed by Y")."""
    if resolver.many(noun):
        return [noun]
    found = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and resolver.many(c)]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found += [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "acl" and child.tag_ == "VBN":
            found += [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return found
