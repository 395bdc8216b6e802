"""Sanctions or an embargo voted, passed or approved by a chamber or a body are imposed by it (SANCTION, CAMEO 163),
aimed at the party of their "against" or "on" phrase, told by the verb or by a participle on the noun ("sanctions
passed by the Senate against X"). A cut in a tariff approved, sanctions rejected and a sanctions law passed (told
long after as a rule in force) are no sanction imposed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


def _sanctions(events, actors):
    return [(e.status, names(e.source, actors), names(e.target, actors)) for e in events if e.type == "SANCTION"]


@pytest.mark.parametrize("text, voter", [
    ("The Swedish parliament approved sanctions against Burma on Thursday.", "Swedish legislature"),
    ("The Norwegian parliament voted an oil embargo on Burma after a long debate.", "Norwegian legislature"),
])
def test_sanctions_voted_are_imposed_by_the_chamber(code, text, voter):
    events, actors = code(text)
    found = _sanctions(events, actors)
    assert found and found[0][0] == "occurred" and voter in found[0][1] and found[0][2] & {"Burma", "Myanmar"}, found


def test_sanctions_passed_told_by_a_participle(code):
    events, actors = code("The cabinet had failed to stop the sanctions passed by the Swedish parliament against "
                          "Burma.")
    found = _sanctions(events, actors)
    assert found and found[0][2] & {"Burma", "Myanmar"}, found


@pytest.mark.parametrize("text", [
    "The Swedish parliament approved a cut in tariffs on Burmese rice.",
    "The Swedish parliament rejected sanctions against Burma.",
    "The ministry cited sanctions laws passed by the parliament last year against Burma.",
])
def test_no_sanction_imposed(code, text):
    events, actors = code(text)
    assert not [s for s in _sanctions(events, actors) if s[0] == "occurred"], _sanctions(events, actors)
