"""Aid sent in a vehicle or a column: what a convoy, a flotilla or ships carry is what is sent ("sent a convoy of
trucks with food", "a flotilla carrying medical supplies": AID 070; matching.carried, lexicon `carriers`). A
column of tanks or ships with marines is no aid."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, target", [
    ("Jordan said it would send a convoy of trucks with food to the besieged town of Daraa.", None),
    ("Malaysia sent a flotilla carrying medical supplies to Myanmar.", "Myanmar"),
    ("Egypt dispatched ships loaded with medicine to Lebanon.", "Lebanon"),
    ("Japan shipped food and blankets to the Philippines after the typhoon.", "Philippines"),
])
def test_aid_carried_by_a_vehicle_is_aid(code, text, target):
    events, actors = code(text)
    found = [e for e in events if e.type == "AID" and e.cameo == "070"]
    assert found, text
    if target:
        assert target in names(found[0].target, actors), text


@pytest.mark.parametrize("text", [
    "Russia sent a convoy of tanks to the border with Ukraine.",
    "Germany sent troops with heavy weapons to Lithuania.",
])
def test_a_column_of_forces_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], text


def test_carried_reads_only_a_carriers_load(nlp):
    from dossier.events.matching import carried, object_words
    doc = nlp("Chile sent a convoy with water and tents to Bolivia.")
    convoy = next(t for t in doc if t.lower_ == "convoy")
    assert "water" in carried(convoy)
    doc = nlp("Chile sent a delegation with a message to Bolivia.")
    delegation = next(t for t in doc if t.lower_ == "delegation")
    assert "message" not in object_words(delegation)
