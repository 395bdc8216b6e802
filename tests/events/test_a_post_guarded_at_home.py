"""A building, a street, a gate or a polling station guarded by a state's own police or soldiers is a post kept at
home, no protection given to a party (events/patterns/none.yaml, round 79: GUARD/PROTECT/DEFEND with such an
object name no act); a convoy guarded on its way to another state stays AID 074. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts

PAGE = ("{} The news came on a quiet morning. The figures were published in a short note. Readers can find the note "
        "online. The note runs to two pages.")


@pytest.mark.parametrize("text", [
    "Riot police guarded polling stations across Kenya on Sunday.",
    "Soldiers in armoured cars guarded the gates of the presidential palace in Bamako.",
    "Police in riot gear guarded the block in Brooklyn until dawn.",
    "Nigerian troops guarded the building of the electoral commission in Abuja.",
])
def test_a_post_guarded_at_home_is_no_aid(code, text):
    events, _ = code(PAGE.format(text))
    assert not [e for e in events if e.type == "AID"], found_acts(events)


def test_a_convoy_guarded_on_its_way_abroad_stays_protection(code):
    events, _ = code(PAGE.format("Dutch marines guarded the convoy of food trucks bound for Mali."))
    assert [(e.type, e.cameo) for e in events if e.type == "AID"] == [("AID", "074")], found_acts(events)
