"""A rising named as the time of another act ("during the uprising", "the worst raid in the country's revolt", "on
the anniversary of the rebellion's outbreak") is the era the news is set in, no protest of its own
(data/non_events.yaml "a rising as the time of another act"). A revolt told as the act stays. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Four students were shot dead in Karvia during the uprising.",
    "The hamlet of Dorvel saw the deadliest raid in Karvia's uprising.",
    "Farmers marched on the ministry on the first anniversary of the outbreak of the revolt.",
])
def test_a_rising_named_as_a_time_is_no_protest(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "PROTEST" and e.trigger and ("uprising" in e.trigger
                                                                              or "revolt" in e.trigger)]


def test_a_revolt_told_as_the_act_stays(code):
    events, _ = code("Soldiers in the eastern barracks staged a revolt against the governor on Monday.")
    assert [e for e in events if e.type == "PROTEST" and "revolt" in (e.trigger or "")]
