"""When two values of one field are a disagreement between sources, not one source telling two things."""

from __future__ import annotations

from collections.abc import Iterable


def sources_disagree(giving_a: Iterable[str], giving_b: Iterable[str]) -> bool:
    """Whether two values, each with the documents that give it, set sources against each other: each value is given
    by a document that does not give the other. One document that gives both (a tariff raised from 10 to 25
    percent, a growth rate for two quarters, two dates of one act) tells two things, it does not disagree with
    itself; a second document that repeats one of its values agrees with it."""
    a, b = set(giving_a), set(giving_b)
    return bool(a - b) and bool(b - a)
