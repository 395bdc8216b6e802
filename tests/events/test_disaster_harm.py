"""Deaths and damage told beside a disaster's own clause (events/no_event.py `disaster_clause_doers`,
`disaster_harm`): a participle after the quake's verb ("the tremor shook the town, injuring seven"), a passive with
no agent and a "when" clause whose subject is the storm ("twenty were killed when a typhoon capsized their boats"),
a quake's other names ("tremor", "temblor"). Nobody acts, and the verb that reports the deaths is no act either;
the same clauses told of rebels, guerrillas or warplanes stay attacks by them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Eleven villagers were killed and 30 hurt when a strong earthquake flattened houses in the hills of Kerman "
    "province, officials said.",
    "A powerful tremor shook the coastal town of Bushehr, injuring seven people and cracking walls.",
    "The temblor killed at least eight people, injured 40 more and damaged hundreds of homes.",
    "Twenty fishermen were killed when a typhoon capsized their boats off Luzon, the Philippine coast guard said.",
])
def test_a_disaster_harms_nobody_acts(code, text):
    events, _ = code(text, "2024-05-02")
    assert not events, [(e.type, e.cameo, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, doer", [
    ("Twelve policemen were killed and 20 wounded when Maoist guerrillas ambushed their convoy, officials said.",
     "ambushed"),
    ("Turkish jets bombed the village of Zakho, killing eleven civilians and wounding thirty.", "wounding"),
    ("Nine soldiers were killed when rebels stormed the town of Gulu on Monday.", "killed"),
])
def test_the_same_clauses_told_of_fighters_stay_attacks(code, text, doer):
    events, actors = code(text, "2024-05-02")
    attacks = [e for e in events if e.type == "ASSAULT" and e.trigger == doer and e.source]
    assert attacks, [(e.type, e.trigger, e.source) for e in events]


@pytest.mark.parametrize("text, harm", [
    ("Nine traders were killed when a fire set by militants swept the market in Maiduguri on Friday.", "killed"),
    ("A fire started by rioters gutted the police station in Kano, killing three officers.", "killing"),
])
def test_a_fire_someone_set_keeps_its_harm(code, text, harm):
    events, _ = code(text, "2024-05-02")
    assert [e for e in events if e.type == "ASSAULT" and e.trigger == harm], [(e.type, e.trigger) for e in events]
