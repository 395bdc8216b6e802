"""A quick look that says when a DependencyMatcher pattern cannot match a doc, so that the matcher is not run there.

spaCy's DependencyMatcher walks every token of the doc whatever the pattern (its token Matcher, then each matched
token's ancestors), so a pattern tried on a doc costs about as much where it cannot match as where it does. A
pattern's match lies in one dependency tree (the DependencyMatcher groups its tokens by their root) and every node of
it is a token with the node's attributes: where no tree holds a token for each node, the pattern cannot match. This
is a necessary condition only (the relations between the nodes are not looked at), so running the matcher where it
holds gives the same matches as running it everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

# the token attributes looked at, as a column of Doc.to_array; a node's other attributes and operators are left out
# (which only makes the condition looser)
_COLUMNS = {"DEP": 0, "POS": 1, "TAG": 2, "LEMMA": 3, "LOWER": 4}
_ARRAY = [DEP, POS, TAG, LEMMA, LOWER]


def _node(attrs: dict) -> list[tuple[int, frozenset[int]]]:
    """(column, the values a token may have there) for each attribute of a node the gate can check."""
    out = []
    for name, value in attrs.items():
        column = _COLUMNS.get(name)
        if column is None:
            continue
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            out.append((column, frozenset({get_string_id(value)})))
        elif isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
            out.append((column, frozenset(get_string_id(v) for v in value["IN"] if isinstance(v, (str, int)))))
    return out


class DependencyGate:
    """Built from DependencyMatcher patterns (lists of nodes with RIGHT_ATTRS), in their order; `possible(doc,
    numbers)` keeps the numbers of the patterns that may match in the doc."""

    def __init__(self, patterns: list[list[dict]]):
        self.nodes = [[checks for node in pattern if (checks := _node(node.get("RIGHT_ATTRS") or {}))]
                      for pattern in patterns]
        # whether a pattern's first node (the match's first token) is the first of its checked nodes
        self.first_checked = [bool(pattern) and bool(_node(pattern[0].get("RIGHT_ATTRS") or {}))
                              for pattern in patterns]

    def possible(self, doc: Doc, numbers: list[int]) -> list[int]:
        return [n for n, _ in self.places(doc, numbers)]

    def places(self, doc: Doc, numbers: list[int], first_at: Iterable[int] | None = None
               ) -> list[tuple[int, list[tuple[int, int]] | None]]:
        """(number, where) of the patterns that may match in the doc, in their order: where is the (start, end) of
        each dependency tree that may hold the match, when each such tree is a run of tokens holding no other
        tree's token (a Doc of those tokens has the same parse there), else None (the whole doc). `first_at`: the
        only tokens wanted as a match's first one (None: any); the trees with none of them that meets the first
        node's conditions are left out (the matches found there begin elsewhere)."""
        if not numbers or not len(doc):
            return [(n, None) for n in numbers]
        at = None
        if first_at is not None:
            at = np.zeros(len(doc), dtype=bool)
            at[sorted(first_at)] = True
            if not at.any():
                return []
        table = doc.to_array(_ARRAY)
        present: dict[int, set[int]] = {}  # {column: the values the doc's tokens have there}, made when first needed
        present_at: dict[int, set[int]] = {}  # the same of the `first_at` tokens
        table_at = table[at] if at is not None else None
        roots = None
        positions: dict[int, dict[int, list[int]]] = {}  # {column: {value: the tokens with it}}, made when needed
        memo: dict = {}  # {(node's checks, whether the first node's at `first_at`): the roots of its trees}
        out = []
        for n in numbers:
            nodes = self.nodes[n]
            at_first = at is not None and self.first_checked[n]
            # first, each condition's values anywhere in the doc (most patterns stop here), the first node's among
            # the `first_at` tokens
            for k, checks in enumerate(nodes):
                seen, rows = (present_at, table_at) if k == 0 and at_first else (present, table)
                for column, values in checks:
                    if column not in seen:
                        seen[column] = set(rows[:, column].tolist())
                    if values.isdisjoint(seen[column]):
                        break
                else:
                    continue
                break
            else:
                where = None
                if nodes or at is not None:  # then in one tree: some token meeting every condition of each node
                    if roots is None:
                        roots = _roots(doc)
                        root_of, at_tokens = roots.tolist(), None if at is None else set(np.flatnonzero(at).tolist())
                        members = _positions(root_of)  # {root: the tokens of its tree}
                    trees = self._trees(table, root_of, nodes, present, at_tokens, at_first, present_at, memo,
                                        positions)
                    if not trees:
                        continue
                    where = _runs(members, sorted(trees))
                out.append((n, where))
        return out

    @staticmethod
    def _trees(table, root_of, nodes, present, at=None, at_first=False, present_at=None, memo=None,
               positions=None) -> set[int]:
        """The roots of the trees that hold, for each node, a token meeting every condition of it; with the token
        indices `at`, only those holding one of them, the first node's where that node has conditions (`at_first`;
        `present_at`: the values of those tokens). `root_of`: each token's root. `memo`: each node's trees, kept by
        its checks for the other patterns of the same doc (many share a node: a negation, a word list), not made
        again for each. `positions`: {column: {value: the tokens with it}}, filled from `table` as columns are
        first read (a node's few values looked up, not a comparison of the whole column for each)."""
        positions = {} if positions is None else positions
        trees: set[int] | None = None  # the roots of the trees that may hold every node looked at so far
        if at is not None and not at_first:
            trees = {root_of[i] for i in at}
        for k, checks in enumerate(nodes):
            first = k == 0 and at_first
            key = (first, tuple(checks))
            found = memo.get(key) if memo is not None else None
            if found is None:
                tokens: set[int] | None = None
                for column, values in checks:
                    where = positions.get(column)
                    if where is None:
                        where = positions[column] = _positions(table[:, column].tolist())
                    hit: set[int] = set()
                    for value in values & (present_at if first else present)[column]:
                        hit.update(where[value])
                    tokens = hit if tokens is None else tokens & hit
                if first:
                    tokens &= at
                found = {root_of[i] for i in tokens}
                if memo is not None:
                    memo[key] = found
            trees = found if trees is None else trees & found
            if not trees:
                return set()
        return trees


def _positions(column: list[int]) -> dict[int, list[int]]:
    """{value: the indices where the column has it}."""
    out: dict[int, list[int]] = {}
    for i, value in enumerate(column):
        out.setdefault(value, []).append(i)
    return out


def _runs(members: dict[int, list[int]], trees: list[int]) -> list[tuple[int, int]] | None:
    """(start, end) of the tokens of each tree (`members`: {root: its tokens, in order}), or None when one of them
    is not a run of its own."""
    out = []
    for root in trees:
        inside = members[root]
        start, end = inside[0], inside[-1] + 1
        if end - start != len(inside):
            return None
        out.append((start, end))
    return out


def _roots(doc: Doc) -> np.ndarray:
    """Each token's root (the last of its ancestors, itself for a root), as the DependencyMatcher groups them."""
    index = np.arange(len(doc), dtype=np.int64)
    roots = index + doc.to_array([HEAD]).astype(np.int64).ravel()
    for _ in range(64):  # each round doubles the distance looked up: 2**64 is past any doc
        higher = roots[roots]
        if np.array_equal(higher, roots):
            return roots
        roots = higher
    return np.zeros(len(doc), dtype=np.int64)  # not a tree (never seen): one group, so that every pattern is tried
