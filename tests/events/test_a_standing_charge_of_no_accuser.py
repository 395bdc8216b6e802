"""On a page, an accusation of no day and no doer read, told by a passive with no agent or by critics at large, is
a charge that stands, told as background, no act of a party (events/relevance.py `accused_by_nobody`,
data/relevance.yaml standing_charge_*, round 79). An accuser named or a day keeps the act. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts

PAGE = ("{} The news came on a quiet morning. The figures were published in a short note. Readers can find the note "
        "online. The note runs to two pages.")


@pytest.mark.parametrize("text", [
    "The junta in Myanmar has been accused of burning villages in the north.",
    "Prime Minister Ana Brel has been sharply criticised over her handling of the floods in Chile.",
    "Critics called the Hungarian premier a danger to the free press.",
    "Detractors have accused the Mexican army of shielding the cartels.",
])
def test_a_standing_charge_of_no_accuser_is_no_act(code, text):
    events, _ = code(PAGE.format(text))
    assert not [e for e in events if e.type == "ACCUSE"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Chile's ruling party was accused on Tuesday of hiding the report.",
    "The Kenyan government was accused by Amnesty International of killing protesters.",
    "The opposition accused Kenya's president of rigging the vote.",
])
def test_an_accuser_named_or_a_day_keeps_the_accusation(code, text):
    events, _ = code(PAGE.format(text))
    assert [e for e in events if e.type == "ACCUSE"], found_acts(events)
