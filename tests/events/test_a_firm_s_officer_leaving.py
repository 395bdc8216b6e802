"""A firm's officer who leaves, told as an office "of the company", a seat on "its board", or in the firm's own
statement ("Norcom Inc said its president resigned"), is no official's resignation; nor is the same officer's
consent to stay on as an adviser (events/data/non_events.yaml "a firm's office left", "a firm's officer who stays
on"). A minister or a party leader who resigns stays coded. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Gerald Smith has resigned as chairman, treasurer and a director of the company.",
    "Halvorsen Group said Anne Clarke had resigned from its board for personal reasons.",
    "Norcom Inc said its president John Weller resigned but agreed to stay on as an adviser.",
    "Dunmore Corp said chief financial officer Ray Ostrow has resigned, effective at the end of the month.",
])
def test_a_firm_s_officer_leaving_is_no_event(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("CONCEDE", "RETREAT", "AGREE")], found_acts(events)


@pytest.mark.parametrize("text", [
    "The foreign minister resigned as head of the ruling party.",
    "Italy's prime minister resigned from the cabinet after the vote.",
])
def test_an_official_s_resignation_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "RETREAT"], found_acts(events)
