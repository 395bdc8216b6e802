"""Names a prefix joined by a hyphen sets apart: "non-OPEC producers" are the producers outside OPEC, "pro-Iranian
militias" are no part of Iran; the name after such a prefix (`negating_prefixes` in the lexicon) is no actor."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from dossier.nlp.arrays import with_lower

_HYPHENS = frozenset({"-", "–"})


def negated_starts(doc: Doc, prefixes: frozenset[str]) -> set[int]:
    """The tokens where a name begins right after "<prefix>-", written as one word ("non-OPEC", "Non-EC")."""
    out = set()
    for tok in (doc[i] for i in with_lower(doc, prefixes, end=max(len(doc) - 2, 0))):  # found on the Doc's array
        if not tok.whitespace_ and doc[tok.i + 1].text in _HYPHENS \
                and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].text[:1].isupper():
            out.add(tok.i + 2)
    return out


def negated_tokens(starts: set[int], spans: Iterable[tuple[int, int]]) -> set[int]:
    """The tokens of the prefixes and of the names after them: the longest of `spans` (matches, entities: (start,
    end)) that holds a name's first word, else that word alone."""
    out = set()
    for start in starts:
        end = max((e for s, e in spans if s <= start < e), default=start + 1)
        out.update(range(start - 2, max(end, start + 1)))
    return out
