"""A conflict act named by a noun on a light verb that is vowed or pledged ("vowed to step up its raids") is
threatened, as a vowed verb's act is ("vowed to fight"): one THREATEN on the vow, no AGREE and no planned attack
(coder `_vowed`). Without the vow it stays the act planned; a vowed meeting stays a pledge. Sentences written for
these tests."""

import pytest


@pytest.mark.parametrize("text, vow", [
    ("Syria vowed to step up its raids on the rebel camps near the border.", "vowed"),
    ("The guerrillas pledged to keep up their attacks on the railway.", "pledged"),
])
def test_a_vowed_attack_named_by_its_noun_is_a_threat(code, text, vow):
    events, _ = code(text)
    assert [(e.type, e.status) for e in events] == [("THREATEN", "occurred")], \
        [(e.type, e.cameo, e.trigger) for e in events]
    assert events[0].trigger.startswith(vow)


def test_an_attack_stepped_up_with_no_vow_stays_planned(code):
    events, _ = code("Syria will step up its raids on the rebel camps.")
    assert [(e.type, e.status) for e in events] == [("ASSAULT", "planned")], \
        [(e.type, e.cameo, e.trigger) for e in events]


def test_a_vowed_meeting_is_no_threat(code):
    events, _ = code("The minister vowed to continue the talks with the rebels.")
    assert "AGREE" in {e.type for e in events} and "THREATEN" not in {e.type for e in events}
