"""Find trigger words with spaCy's Matcher, built once from the pattern entries, and check each entry's constraints.

The Matcher holds one pattern per part of speech over all trigger lemmas (fast: a few set lookups per token);
the entries a matched word may stand for are then looked up by lemma and checked against the parse.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from dossier.events.patterns import Entry

_POS = {"verb": ["VERB"], "noun": ["NOUN", "PROPN"]}
_OBJ_DEPS = ("dobj", "nsubjpass", "obj")


class TriggerMatcher:
    """Matches entry lemmas in a doc; returns one best entry per trigger token."""

    def __init__(self, vocab: Vocab, entries: list[Entry]):
        self.by_word: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        self.matcher = Matcher(vocab)
        for pos in ("verb", "noun"):
            words = sorted({w for e in entries if e.pos == pos for w in e.lemmas})
            for w in words:
                self.by_word[(pos, w.split()[-1])] += [e for e in entries if e.pos == pos and w in e.lemmas]
            single = [w for w in words if " " not in w]
            patterns = [[{attr: {"IN": single}, "POS": {"IN": _POS[pos]}}] for attr in ("LEMMA", "LOWER")]
            for phrase in (w for w in words if " " in w):
                *head, last = phrase.split()
                patterns.append([{"LOWER": w} for w in head] + [{"LEMMA": last, "POS": {"IN": _POS[pos]}}])
            self.matcher.add(pos, patterns)
        self.pos_of = {vocab.strings["verb"]: "verb", vocab.strings["noun"]: "noun"}

    def __call__(self, span: Doc | Span) -> list[tuple[Token, Entry]]:
        best: dict[int, Entry] = {}
        for match_id, _start, end in self.matcher(span):
            tok = span[end - 1]
            pos = self.pos_of[match_id]
            candidates = self.by_word.get((pos, tok.lemma_.lower()), []) + self.by_word.get((pos, tok.lower_), [])
            for entry in candidates:
                held = best.get(tok.i)
                if (held is None or entry.specificity > held.specificity) and satisfies(tok, entry):
                    best[tok.i] = entry
        doc = span if isinstance(span, Doc) else span.doc
        return [(doc[i], best[i]) for i in sorted(best)]


def direct_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in _OBJ_DEPS:
            return child
    return None


def satisfies(tok: Token, entry: Entry) -> bool:
    """Does the token meet the entry's particle and object constraints?"""
    if entry.prep and not any(c.dep_ in ("prep", "prt", "agent") and c.lower_ in entry.prep for c in tok.children):
        return False
    if entry.object or entry.object_required:
        obj = direct_object(tok)
        if obj is None:
            return False
        if entry.object and obj.lemma_.lower() not in entry.object and obj.lower_ not in entry.object:
            return False
    return True
