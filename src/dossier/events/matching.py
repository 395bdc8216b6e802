"""Find trigger words with spaCy's Matcher, built once from the pattern entries, and check each entry's constraints."""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from dossier.events.patterns import Entry

_POS = {"verb": ["VERB"], "noun": ["NOUN", "PROPN"]}
_OBJ_DEPS = ("dobj", "nsubjpass", "obj")


class TriggerMatcher:
    """Matches entry lemmas in a span; returns one best entry per trigger token."""

    def __init__(self, vocab: Vocab, entries: list[Entry]):
        self.entries = {e.key: e for e in entries}
        self.matcher = Matcher(vocab)
        for e in entries:
            single = [w for w in e.lemmas if " " not in w]
            patterns = []
            if single:
                for attr in ("LEMMA", "LOWER"):
                    patterns.append([{attr: {"IN": single}, "POS": {"IN": _POS[e.pos]}}])
            for phrase in (w for w in e.lemmas if " " in w):
                *head, last = phrase.split()
                patterns.append([{"LOWER": w} for w in head] + [{"LEMMA": last, "POS": {"IN": _POS[e.pos]}}])
            self.matcher.add(e.key, patterns)

    def __call__(self, span: Span) -> list[tuple[Token, Entry]]:
        best: dict[int, Entry] = {}
        for match_id, start, end in self.matcher(span):
            entry = self.entries[span.doc.vocab.strings[match_id]]
            tok = span[end - 1]
            if not satisfies(tok, entry):
                continue
            held = best.get(tok.i)
            if held is None or entry.specificity > held.specificity:
                best[tok.i] = entry
        return [(span.doc[i], best[i]) for i in sorted(best)]


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
