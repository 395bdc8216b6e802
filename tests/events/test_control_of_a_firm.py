"""Control taken of a firm, a body or an agenda is ownership, office or sway, not territory occupied (ASSAULT 192);
control taken of a town or a building keeps its act, and a firm seized keeps the seizure's own type."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Kenyan government said last month it was taking control of a Ugandan-led mining consortium.",
    "Kenya's president struggled to retake control of the policy agenda from parliament after the vote.",
    "The Ugandan opposition took control of the parliament in Kampala after the election.",
    "The Ugandan opposition took control of the Senate after the election.",
])
def test_control_of_a_firm_or_body_is_no_occupation(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Ugandan rebels took control of the Kenyan border town on Monday.",
    "The Ugandan army took control of the state broadcaster's building in Nairobi.",
])
def test_control_of_a_place_stays_an_occupation(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ASSAULT" and e.trigger == "took"], [(e.type, e.trigger) for e in events]


def test_a_firm_seized_keeps_its_seizure(code):
    events, _ = code("Kenya seized control of the oil company owned by Ugandan investors.")
    assert [e for e in events if e.type == "COERCE" and e.trigger == "seized"], [(e.type, e.trigger) for e in events]
