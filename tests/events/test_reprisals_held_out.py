"""Reprisals or countermeasures its doer says it will take if a condition holds are a threat by that doer (patterns:
assault.yaml's reprisals taken, a blow, 190; sanction.yaml's reprisals in trade, 163, and countermeasures, 160;
threatened.py makes the act announced or held out a threat: THREATEN 138 or 131). Reprisals told as done are the
act itself."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts, names


@pytest.mark.parametrize("text, code_", [
    ("Ruritania has said it will take reprisals if Fredonia shells its border posts again.", "138"),
    ("The rebels said they would carry out reprisals if the army entered their villages.", "138"),
    ("Fredonia said it would take countermeasures if Ruritania expelled its diplomats.", "131"),
    ("Ruritania said it would take reprisals if Fredonia raised tariffs on its grain exports.", "131"),
])
def test_reprisals_held_out_are_a_threat(code, text, code_):
    events, _ = code(text, "2021-05-04")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].cameo == code_, found_acts(events, status=True)


def test_the_threat_is_its_speaker_s(code):
    events, actors = code("Ruritania has said it will take reprisals if Fredonia shells its border posts again.",
                          "2021-05-04")
    threat = next(e for e in events if e.type == "THREATEN")
    assert "Ruritania" in names(threat.source, actors)


def test_reprisals_taken_are_the_act(code):
    events, _ = code("Ruritanian troops took reprisals against the border villages on Monday.", "2021-05-04")
    assert [e.type for e in events] == ["ASSAULT"], found_acts(events, status=True)


def test_steps_taken_are_no_reprisal(typed):
    assert typed("Ruritania said it would take steps to protect its grain farmers.").get("take", ("NONE",))[0] \
        not in ("ASSAULT", "SANCTION")
