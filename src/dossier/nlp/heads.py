"""Climbing a parse from a word to the words it hangs on."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token


def reaches(tok: Token, links: Container[str], targets: Container[int], steps: int) -> bool:
    """`tok` hangs on a word whose index is in `targets` within `steps` heads, each step by a dependency label in
    `links` (the climb stops at the root or at any other label)."""
    for _ in range(steps):
        if tok.dep_ not in links or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in targets:
            return True
    return False
