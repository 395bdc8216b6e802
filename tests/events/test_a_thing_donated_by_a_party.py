"""A thing donated by one party to another is aid (aid.yaml: "donate" with any object, CAMEO 070), told with its
verb or as a participle on the thing ("cranes donated by X arrived"); the entry naming money no longer keeps every
other gift off the word. A donor that is no named party (residents giving blood) gives none."""

import pytest


@pytest.mark.parametrize("text, donor", [
    ("The Japanese government donated two patrol boats to the Philippines.", "Japan"),
    ("Two patrol boats donated by Japan to the Philippine navy arrived in Manila on Friday.", "Japan"),
    ("Six trucks donated by Sweden arrived in Kampala last month.", "Sweden"),
])
def test_a_thing_donated_is_aid(code, text, donor):
    events, actors = code(text)
    aid = [e for e in events if e.type == "AID" and e.trigger.lower().startswith("donated")]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert aid[0].cameo == "070"
    assert donor in {actors[i].name for i in aid[0].source}


@pytest.mark.parametrize("text", [
    "Local residents donated blood at the hospital.",
    "The old teacher donated her books to the village school.",
])
def test_a_gift_of_no_party_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]
