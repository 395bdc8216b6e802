"""Words whose other sense was read as an act (round 77): evidence or papers gathered or amassed are no meeting and no
forces massed; a crowd that begins to gather holds no meeting; a poster hung up is no hanging; the victims a gerund
is misread to take as its object are the harm they suffered, no act of the sentence's doer
(data/non_events.yaml); remarks assailed are criticism (ACCUSE 111, patterns/accuse.yaml), no blow."""

import pytest


@pytest.mark.parametrize("text", [
    "A Kenyan prosecutor believes she has now gathered sufficient evidence to charge the former minister.",
    "Ugandan detectives had amassed a thick file of reports on the suspect.",
    "Demonstrators began to gather near the Ugandan embassy on Monday.",
    "The Kenyan envoy helped hang a poster offering a reward for the bombers.",
    "The Ugandan president paid tribute to bombing victims in Kampala.",
])
def test_no_act_in_the_other_sense(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("CONSULT", "MOBILIZE", "ASSAULT")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, ptype", [
    ("Uganda amassed troops on the Kenyan border.", "MOBILIZE"),
    ("Kenyan and Ugandan ministers gathered in Kampala for talks on the border.", "CONSULT"),
    ("Sudan hanged two Ugandan rebels on Monday.", "ASSAULT"),
    ("Rebels were shooting civilians in the market, Ugandan officials said.", "ASSAULT"),
])
def test_the_act_s_own_sense_stays(code, text, ptype):  # must-not
    events, _ = code(text)
    assert ptype in [e.type for e in events], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Ugandan opposition leader Kizza Besigye assailed the remarks of the Kenyan president.",
    "Besigye assailed the Kenyan president over his handling of the border dispute.",
])
def test_remarks_assailed_are_criticism(code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events] == [("ACCUSE", "111")]
