"""A concession or retreat its doer says it cannot make, or is unwilling to make, is a refusal held (REJECT
occurred, events/status.refuses_to_yield, `_refusing_stance`), as "will not lift the ban" is: "cannot give in to
the pressure", "is unwilling to countenance their demands". A past inability ("could not back down"), a guess
("probably cannot") and a concession simply not made ("did not back down") stay negated. Texts written here."""

from __future__ import annotations

import pytest

from .conftest import countries


def _found(code, text):
    events, actors = code(text)
    return [(e.type, e.status, countries(e.source, actors), countries(e.target, actors)) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("Ministers in Lima said repeatedly that Peru cannot yield to Chilean pressure over the fishing zone.",
     "PER", "CHL"),
    ("Bolivia is unwilling to countenance Chilean demands for a corridor to the sea.", "BOL", "CHL"),
    ("The Ecuadorean foreign minister said Ecuador cannot back down over the river dispute with Peru.", "ECU", None),
])
def test_a_concession_said_impossible_or_unwanted_is_a_refusal(code, text, source, target):
    found = _found(code, text)
    refusals = [f for f in found if f[:2] == ("REJECT", "occurred")]
    assert refusals and source in refusals[0][2], found
    assert target is None or target in refusals[0][3], found
    assert not [f for f in found if f[0] == "CONCEDE"], found


@pytest.mark.parametrize("text", [
    "Ecuador did not back down over the river dispute with Peru.",
    "Ecuador probably cannot back down over the river dispute with Peru.",
    "Ecuador could not back down last year because its loans were at stake.",
])
def test_a_concession_not_made_or_guessed_at_stays_negated(code, text):
    found = _found(code, text)
    assert not [f for f in found if f[0] == "REJECT"], found
