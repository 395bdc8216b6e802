"""An act one is unable to do ("were not able to end the violence", "was unable to end the blockade", "proved
incapable of ending the war") is not done, and the incapacity is no act between parties (events/data/
non_events.yaml "an act one is unable to do"); nor is the telling of it an act (Coder._tells_a_silenced_clause).
An act one was able to do, or agreed to do, stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Police said they alone were not able to end the violence in the capital.",
    "Bolivia's government was unable to end the blockade of the capital.",
    "The junta has proved incapable of ending the blockade of the capital.",
])
def test_an_act_one_cannot_do_is_no_event(code, text):
    events, _ = code(text)
    assert not events, found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "Bolivia's government was able to end the blockade of the capital.",
    "Bolivia's government agreed to end the blockade of the capital.",
])
def test_an_act_one_could_do_or_agreed_to_stays(code, text):
    events, _ = code(text)
    assert events, found_acts(events, status=True)
