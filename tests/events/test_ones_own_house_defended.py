"""One's own house's conduct defended — the state's, the government's, the city's — is no support given to a party
(data/non_events.yaml "one's own house's conduct defended"), nor does the type model read the defence on another
verb of the sentence. Another state's decision defended stays support. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Governor Mike DeWine of Ohio has defended the state's decision to close schools early.",
    "The Ghanaian mayor defended the city's response to the floods on Tuesday.",
    "The Kenyan minister defended the government's handling of the floods.",
])
def test_ones_own_houses_conduct_defended_is_no_support(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "SUPPORT"], found_acts(events)


def test_another_states_decision_defended_stays(code):
    events, _ = code("The Kenyan minister defended Uganda's decision to close the border.")
    assert [e for e in events if e.type == "SUPPORT"], found_acts(events)
