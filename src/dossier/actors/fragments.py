"""Pieces of names that are never an actor: one or two letters ("D", "Co"), only the legal forms that end a
company's name ("Inc and Co": `legal_forms` in lexicon.yaml), a word written without a capital ("cts"). Read by the
actors stage and by the events coder's fallback names alike."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import yaml

from dossier.actors.dictionary import DATA, slug


@cache
def legal_forms() -> frozenset[str]:
    """The shipped lexicon's legal forms, lower case."""
    lexicon = yaml.safe_load((DATA / "lexicon.yaml").read_text(encoding="utf-8")) or {}
    return frozenset(str(f).lower() for f in lexicon.get("legal_forms", []))


def is_fragment(name: str, forms: Iterable[str] | None = None) -> bool:
    """Whether a name is only a piece of one: one or two letters, legal forms alone, or no capital letter."""
    forms = legal_forms() if forms is None else forms
    words = [w for w in slug(name).split("-") if w and w != "the"]
    return (sum(len(w) for w in words) <= 2 or all(w in forms or w == "and" for w in words)
            or not any(c.isupper() for c in name))
