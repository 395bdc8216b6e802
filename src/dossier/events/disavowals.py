"""A denial of one's own intent (round 75; data/disavowals.yaml): "denied as groundless reports that it meant to raid
the port", "denied that it would send troops". The denier disowns a course of action, a refusal of it (REJECT),
where a denial of a deed or a charge answers an accusation (ACCUSE 110)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.noun_acts import lemma


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return load_word_lists(Path(__file__).parent / "data" / "disavowals.yaml")


def _denied_clauses(deny: Token) -> list[Token]:
    """The clauses a denial denies: its own ("denied that it would"), or a report's ("denied reports that it
    intended", "denied as baseless reports that", which the parser hangs on "as")."""
    nouns = [c for c in deny.children if c.dep_ in ("dobj", "obj")]
    nouns += [g for c in deny.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
              if g.dep_ == "pobj"]
    reports = [n for n in nouns if lemma(n) in _lists()["report_nouns"] or n.lower_ in _lists()["report_nouns"]]
    return [c for c in deny.children if c.dep_ == "ccomp"] + \
        [c for n in reports for c in n.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
         and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _own(clause: Token, deny: Token) -> bool:
    """The clause's subject is the denier: a pronoun, or the denier's own word ("Iran denied Iran planned to")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    denier = {lemma(c) for c in deny.children if c.dep_ == "nsubj"}
    return any(s.lower_ in _lists()["own_pronouns"] or lemma(s) in denier for s in subjects)


def disavows_intent(deny: Token) -> bool:
    """A denial that the denier means to act: the denied clause (`_denied_clauses`) has the denier for subject and is
    a verb of intent ("intended to attack") or a course told with "will" or "would" ("would attack"), not one told
    as done ("would have attacked")."""
    lists = _lists()
    for clause in _denied_clauses(deny):
        if not _own(clause, deny):
            continue
        auxes = {a.lower_ for a in clause.children if a.dep_ == "aux"}
        if "have" in auxes or "has" in auxes or "had" in auxes:
            continue  # "denied that it would have attacked": a deed, no intent
        if lemma(clause) in lists["intent_verbs"] or auxes & lists["future_aux"]:
            return True
        if lemma(clause) == "be" and any(c.dep_ == "xcomp" and lemma(c) in lists["intent_verbs"]
                                         for c in clause.children):
            return True
    return False
