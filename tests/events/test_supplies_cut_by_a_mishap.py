"""A producer's supplies cut by a mishap (a fire, an explosion, repairs, a flood) are a loss of output, no cut in
ties or aid to the buyers (data/non_events.yaml "supplies cut by a mishap"); a cut told after a dispute, or after a
failure of talks, stays SANCTION 162. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Kuwait cut naphtha shipments to Japan by 15 pct in May after an explosion shut a refinery.", "cut"),
    ("Ruritania halted gas deliveries to Fredonia for a week following a fire at the export terminal.", "halted"),
    ("Ruritania halted grain deliveries to Fredonia because of a flood on the railway.", "halted"),
    ("Ruritania cut gas supplies to Fredonia due to repairs at the plant.", "cut"),
])
def test_a_mishap_s_cut_is_no_sanction(typed, code, text, word):
    assert typed(text).get(word, ("NONE", "---"))[0] == "NONE", text
    events, _ = code(text)
    assert not [e for e in events if e.type == "SANCTION"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Kuwait cut oil shipments to Ruritania after the dispute over the border.", "cut"),
    ("Fredonia cut fuel shipments to Ruritania after the failure of the talks on the border.", "cut"),
    ("Ruritania halted gas deliveries to Fredonia after the two governments quarrelled over prices.", "halted"),
])
def test_a_cut_after_a_quarrel_stays_a_sanction(typed, text, word):
    assert typed(text)[word] == ("SANCTION", "162"), text
