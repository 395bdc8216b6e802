"""Goods, interests, nature or one's own people and customers ("our children", "its farmers") kept from harm are no
military protection given to a party (CAMEO 074; events/data/non_events.yaml "goods, interests or one's own people
protected"); the attacker named in a "from" phrase is no one helped. Peacekeepers, warships or an army protecting
people no pronoun owns, or a convoy, stay."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Qatar is building the new pipeline to protect part of its gas exports from Saudi pressure.",
    "The Brazilian government will protect its farmers from Argentine imports.",
    '"These measures will safeguard our children and our families," the mayor of Nashua said.',
])
def test_goods_or_ones_own_protected_are_no_aid(code, text):
    events, _ = code(text)
    assert "AID" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "UN peacekeepers protect civilians in the Sudanese town of Abyei.",
    "French warships will protect the Greek convoy from Turkish attacks.",
    "The Peruvian president said his army will protect coca farmers in the Andes.",
])
def test_protection_of_people_or_a_convoy_stays(code, text):
    events, _ = code(text)
    assert ("AID", "074") in {(e.type, e.cameo) for e in events}, _found(events)
