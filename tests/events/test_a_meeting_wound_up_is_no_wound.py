""""Wound up" is "wind up" (events/patterns/none.yaml, round 76): talks, a round of consultations or a firm brought to
an end, no wound dealt; the talks themselves and a wounding stay. Texts written here."""

from __future__ import annotations

from tests.events.conftest import found_acts


def test_a_round_wound_up_is_no_assault(code):
    events, _ = code("The Uruguayan premier today wound up a week of consultations with party leaders.")
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


def test_talks_wound_up_stay_talks(code):
    events, _ = code("The ministers wound up their talks in Lima on Friday.")
    assert [e.type for e in events] == ["CONSULT"], found_acts(events)


def test_a_wounding_stays(code):
    events, _ = code("The rebels wounded three Peruvian soldiers near the border.")
    assert [e.type for e in events] == ["ASSAULT"], found_acts(events)
