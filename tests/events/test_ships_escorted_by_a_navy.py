"""Another party's ships escorted by warships or a navy are military protection given (aid.yaml "escort", CAMEO
074): the navy's state the source, the ships' owner the target. Police or guards escorting people give none."""

import pytest


@pytest.mark.parametrize("text, status", [
    ("US warships escorted two Kuwaiti tankers through the Strait of Hormuz.", "occurred"),
    ("Indian warships have begun escorting Iraqi tankers through the Gulf.", "occurred"),
    ("The French navy will escort Italian cargo ships in the Red Sea, the defence ministry said.", "planned"),
])
def test_ships_escorted_are_protection(code, text, status):
    events, actors = code(text)
    aid = [e for e in events if e.type == "AID" and e.cameo == "074"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert aid[0].status == status and aid[0].source and aid[0].target
    assert {actors[i].country for i in aid[0].source} != {actors[i].country for i in aid[0].target}


@pytest.mark.parametrize("text", [
    "Police escorted the protesters out of the building.",
    "Two guards escorted the prisoner to the courtroom.",
])
def test_people_escorted_are_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]
