"""A problem or a figure of the economy helped ("taxes on oils would help the bloc's budget problems", "measures to
help redress trade imbalances") is no party aided (events/data/non_events.yaml "a problem or a figure helped", its
variant told by the verb after the help, and "what a step or a find does for someone", which reads "taxes" though
the lemmatizer makes it "taxis"). Help given to a named state stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The farm lobby's chairman said taxes on vegetable oils would help the Community's budget problems.",
    "A Tokyo brokerage urged the government to take pump-priming steps to help redress trade imbalances.",
    "The new levy will help ease the shortage of foreign exchange, the minister said.",
])
def test_a_problem_or_a_figure_helped_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("AID", "SUPPORT", "COOPERATE")], found_acts(events)


def test_help_given_to_a_named_state_stays(code):
    events, _ = code("The United States will help Egypt with its budget problems.")
    assert [e for e in events if e.type == "AID"], found_acts(events)
