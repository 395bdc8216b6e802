"""Which actor a token names: the actors stage's ids, else a fallback id from the spaCy entity.

Fallback ids read "unk:<LABEL>:<slug>" and are added to doc._.actors so that events never point nowhere.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dossier.model import Entity

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_RELATIVE = frozenset({"which", "who", "that", "whom"})
_PERSONAL = frozenset({"he", "she", "him", "her", "his"})
# Dependents of a common noun that can carry its actor: "Chinese experts", "Peru's ministry", "Ma, a minister".
_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "appos")
_OF_PREPS = frozenset({"of", "from"})


def slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-")


class Resolver:
    """Resolves tokens of one doc to actor ids; records which ids are fallbacks."""

    def __init__(self, doc: Doc, labels: frozenset[str] = ACTOR_LABELS):
        self.doc = doc
        self.map = doc._.token_actor or {}
        if doc._.actors is None:
            doc._.actors = {}
        self.labels = labels
        self.fallback: set[str] = set()

    def _entity(self, tok: Token, labels: frozenset[str]) -> str | None:
        if tok.i in self.map:
            return self.map[tok.i]
        if tok.ent_iob_ == "O" or tok.ent_type_ not in labels:
            return None
        ent = _ent_of(tok)
        for t in ent:
            if t.i in self.map:
                return self.map[t.i]
        return self._register(ent)

    def _register(self, ent: Span, label: str | None = None) -> str:
        label = label or ent.label_
        text = re.sub(r"^(the|The)\s+", "", ent.text).removesuffix("'s").removesuffix("’s")
        ident = f"unk:{label}:{slug(text)}"
        self.fallback.add(ident)
        if ident not in self.doc._.actors:
            self.doc._.actors[ident] = Entity(id=ident, name=text, type=label)
        return ident

    def one(self, tok: Token, labels: frozenset[str] | None = None, depth: int = 0) -> str | None:
        """The actor a noun-phrase head names, looking into its modifiers when it is a common noun."""
        labels = labels or self.labels
        found = self._entity(tok, labels)
        if found or depth > 2:
            return found
        if tok.pos_ == "PROPN" and tok.ent_iob_ == "O" and labels is self.labels:
            return self._register(_name_of(tok), "NAME")
        if tok.lower_ in _PERSONAL and depth == 0:
            return self._antecedent(tok)
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            return self.one(tok.head.head, labels, depth + 1)
        for dep in _MODIFIER_DEPS:
            for child in tok.children:
                if child.dep_ == dep and (hit := self.one(child, labels, depth + 1)):
                    return hit
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in _OF_PREPS and tok.pos_ == "NOUN":
                for obj in child.children:
                    if obj.dep_ == "pobj" and (hit := self.one(obj, labels, depth + 1)):
                        return hit
        return None

    def _antecedent(self, pron: Token) -> str | None:
        """The last person named before a personal pronoun (until the actors stage resolves pronouns)."""
        people = [e for e in self.doc.ents if e.end <= pron.i and e.label_ == "PERSON" and pron.i - e.end < 150]
        # prefer the last person who was a subject: "Boluarte met X. She also met Y."
        subjects = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass", "poss")]
        for ent in reversed(subjects or people):
            return self._entity(ent.root, frozenset({"PERSON"}))
        return None

    def many(self, tok: Token, labels: frozenset[str] | None = None) -> list[str]:
        """Actors of a head and of the heads coordinated with it ("X and Y")."""
        out: list[str] = []
        for t in _conjuncts(tok):
            ident = self.one(t, labels)
            if ident and ident not in out:
                out.append(ident)
        return out

    def label(self, ident: str) -> str | None:
        entity = (self.doc._.actors or {}).get(ident)
        return entity.type if entity else None


def _conjuncts(tok: Token) -> list[Token]:
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _ent_of(tok: Token) -> Span:
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return Span(tok.doc, start, end, label=tok.ent_type_)


def _name_of(tok: Token) -> Span:
    """A proper noun with the proper nouns compounded onto it: "Hobbit Council"."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ == "compound":
        start -= 1
    return tok.doc[start: tok.i + 1]
