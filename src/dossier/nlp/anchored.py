"""A spaCy Matcher run only around the words its patterns cannot match without: the same matches, less work.

spaCy's Matcher tests every token against every pattern, and each `IN` or `REGEX` condition costs a Python call
per token. Most patterns need one literal word ("since", a month, a weekday): a match always holds one of them.
`AnchoredMatcher` finds, per document, where each pattern's rarest such word occurs (one pass over the token
hashes, each distinct string tested once per process), and runs the Matcher only on the stretches a match
holding it could cover; a one-token pattern of one such condition needs no Matcher at all. A pattern without such
a word, or of unbounded length ("+", "*"), runs over the whole document. The matches are those of a plain Matcher
with the same patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER}
_BOUNDED_OPS = (None, "1", "?", "!")
_MEMO_LIMIT = 1_000_000  # distinct words remembered before the memo starts again


class AnchoredMatcher:
    """Drop-in for `Matcher(vocab)` with `add(key, patterns)` and `__call__(doc)` giving (match_id, start, end),
    ordered by start then end. No callbacks, greedy filters or Span input."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.anchored = Matcher(vocab)
        self.everywhere = Matcher(vocab)
        self._everywhere_used = False
        # conditions: (attr id, set of string hashes or None, compiled regex or None)
        self._conditions: list[tuple[int, frozenset[int] | None, re.Pattern | None]] = []
        self._condition_ids: dict[tuple, int] = {}
        # patterns: (length, [(condition id, tokens before the anchor), ...]) for each anchored pattern
        self._patterns: list[tuple[int, list[tuple[int, int]]]] = []
        self._words: list[tuple[int, int]] = []  # (match id, condition id): one-token patterns of one condition
        self._memo: dict[int, tuple[int, ...]] = {}  # a word's hash: the conditions it meets

    def add(self, key: str, patterns: Iterable[list[dict]]) -> None:
        self._memo.clear()  # words seen before are tested again against the new conditions
        for pattern in patterns:
            anchors = self._anchors(pattern)
            if anchors is not None and len(pattern) == 1 and len(pattern[0]) == 1 and len(anchors) == 1:
                self._words.append((self.vocab.strings.add(key), anchors[0][0]))
            elif anchors is None:
                self.everywhere.add(key, [pattern])
                self._everywhere_used = True
            else:
                self.anchored.add(key, [pattern])
                self._patterns.append((len(pattern), anchors))

    def _anchors(self, pattern: list[dict]) -> list[tuple[int, int]] | None:
        """The literal conditions a match of the pattern must meet, with their place in it; None when a match may
        have any length or no token needs a literal word."""
        if any(spec.get("OP") not in _BOUNDED_OPS for spec in pattern):
            return None
        found = []
        for place, spec in enumerate(pattern):
            if spec.get("OP") in ("?", "!"):
                continue
            for name, attr in _ATTRS.items():
                condition = self._condition(attr, spec.get(name))
                if condition is not None:
                    found.append((condition, place))
        return found or None

    def _condition(self, attr: int, value) -> int | None:
        if isinstance(value, str):
            key = (attr, frozenset([self.vocab.strings.add(value)]), None)
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            key = (attr, frozenset(self.vocab.strings.add(v) for v in value["IN"]), None)
        elif isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
            key = (attr, None, value["REGEX"])
        else:
            return None
        if key not in self._condition_ids:
            self._condition_ids[key] = len(self._conditions)
            self._conditions.append((attr, key[1], re.compile(key[2]) if key[2] is not None else None))
        return self._condition_ids[key]

    def _met(self, orth: int) -> tuple[int, ...]:
        """The conditions a word (by the hash of its text) meets, worked out once per word."""
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        lexeme = self.vocab[orth]
        values = {ORTH: (orth, lexeme.orth_), LOWER: (lexeme.lower, lexeme.lower_)}
        met = self._memo[orth] = tuple(n for n, (attr, words, regex) in enumerate(self._conditions) if (
            values[attr][0] in words if words is not None else regex.search(values[attr][1]) is not None))
        return met

    def _where(self, doc: Doc) -> list[list[int]]:
        """The tokens that meet each condition."""
        where: list[list[int]] = [[] for _ in self._conditions]
        memo = self._memo
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            met = memo.get(orth)
            for n in self._met(orth) if met is None else met:
                where[n].append(i)
        return where

    def _stretches(self, doc: Doc, where: list[list[int]]) -> list[tuple[int, int]]:
        """The disjoint stretches of the doc that hold every match of an anchored pattern."""
        windows = []
        for length, anchors in self._patterns:
            condition, place = min(anchors, key=lambda a: len(where[a[0]]))
            windows += [(max(0, i - place), min(len(doc), i + length - place)) for i in where[condition]]
        merged: list[list[int]] = []
        for start, end in sorted(windows):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [(start, end) for start, end in merged]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = []
        if (self._patterns or self._words) and len(doc):
            where = self._where(doc)
            for start, end in self._stretches(doc, where):
                found += [(key, start + s, start + e) for key, s, e in self.anchored(doc[start:end])]
            for key, condition in self._words:
                found += [(key, i, i + 1) for i in where[condition]]
        if self._everywhere_used:
            found += self.everywhere(doc)
        # a Matcher gives a stretch once per match id, whichever of the id's patterns match it
        return sorted(set(found), key=lambda m: (m[1], m[2], m[0]))
