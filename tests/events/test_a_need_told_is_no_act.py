"""A told clause the rules read as no act ("India and Japan need better cooperation", a need told in the present:
events/data/non_events.yaml "a want told in the present") is not made an act of its teller by the type model either
(Coder._tells_a_silenced_clause: the model adds no event on the verb of saying). A clause that tells an act
stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Indian foreign minister said India and Japan need better cooperation on trade.",
    "Police said they alone were not able to end the violence in the capital.",
])
def test_the_telling_of_no_act_is_no_act(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == "said"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Argentina said it was ready for talks with Britain.",
    "The Indian foreign minister said India would sign a trade pact with Japan.",
])
def test_a_told_act_stays(code, text):
    events, _ = code(text)
    assert events, found_acts(events)
