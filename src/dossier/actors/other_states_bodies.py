"""A known state body's plain name that another state's word qualifies ("the Philippine Senate", "Poland's Senate",
"the Senate of Mexico"): that other state's body, not the known one. The converted dictionaries file plain names of
chambers under one state ("Senate" is an alias of the US Congress); a demonym, a possessive or an "of" phrase naming
a state written beside the name says whose chamber it is. Where that state is the known body's own ("the U.S.
Senate") the known body stays; the tagger's name, or the chamber's agent, is left to read the other state's."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from dossier.actors.matcher import DEMONYM, NAME, Match

_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def another_state_s_body(doc: Doc, m: Match, matches: list[Match], body_country: str | None,
                         state_country: Callable[[Match], str | None]) -> bool:
    """Whether the name match `m`, a state body's of `body_country`, is qualified by a state other than it: a demonym
    or a state's name right before it (its possessive between: "Italy's Senate"), or "of" and a state's name right
    after it ("the Senate of the Philippines"). `state_country` gives a match's state (None for no state's name)."""
    if m.kind != NAME or not body_country:
        return False
    before = m.start
    if before > 0 and doc[before - 1].lower_ in _POSSESSIVES:
        before -= 1
    after = m.end + 1 if m.end < len(doc) and doc[m.end].lower_ == "of" else None
    if after is not None and after < len(doc) and doc[after].lower_ == "the":
        after += 1
    for o in matches:
        if o is m or o.kind not in (NAME, DEMONYM):
            continue
        if o.end == before or (after is not None and o.start == after):
            state = state_country(o)
            if state and state != body_country:
                return True
    return False
