"""A verb of attack whose object is a pressure, a rivalry or a whole sector ("fight off pressure to let the baht
rise", "beat back Korean competition", "the reforms have hit every sector") strikes no body, place or force: a figure
of speech, no ASSAULT (data/figures_of_speech.yaml `blow_objects`). Hail kills as the weather does: no one's attack,
on each verb the sentence gives it ("hailstorms killed four and injured 30", `act_of_nature`). A freedom that "could
conflict with pressures at home" is at odds with them (patterns/none_word_senses.yaml). Texts written here."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Thailand will cut more tariffs and fight off pressure to let the baht rise, a government spokesman said.",
    "The Liberal party's reforms have hit every sector, economists said.",
    "The merger helped the Reagan administration beat back Korean competition in steel, analysts said.",
    "Hailstorms and gales in northern Peru killed four people and injured 30 on Tuesday, a local radio station said.",
    "An envoy said Peru's freedom to set its own tariffs could conflict with pressures at home.",
])
def test_a_blow_at_a_pressure_a_rival_or_a_sector_or_by_hail_is_no_assault(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Government troops beat back a rebel attack on the northern garrison, the army said.",
    "Militias killed four villagers and injured 30 on Tuesday, the army said.",
])
def test_a_blow_at_people_or_an_attack_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ASSAULT"], found_acts(events)
