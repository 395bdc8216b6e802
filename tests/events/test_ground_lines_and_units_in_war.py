"""War reports: territory "liberated" by forces is ground taken (ASSAULT 192), people liberated a release;
fortifications seized are ground occupied (192), goods seized stay confiscated (COERCE 171); defence lines
breached are fighting (190), an accord breached a defiance (REJECT 128); brigades, guns or warplanes destroyed are
an armed attack (190), not property razed (COERCE 170). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word, expected", [
    ("The army said its forces liberated 90 square kilometres of territory near the river.", "liberated",
     ("ASSAULT", "192")),
    ("Government troops liberated three villages held by the rebels.", "liberated", ("ASSAULT", "192")),
    ("Fredonian troops seized two enemy fortifications on the ridge.", "seized", ("ASSAULT", "192")),
    ("The infantry breached the enemy's defence lines south of the lake.", "breached", ("ASSAULT", "190")),
    ("Ruritanian artillery destroyed four enemy brigades and dozens of guns.", "destroyed", ("ASSAULT", "190")),
])
def test_acts_of_war_on_ground_lines_and_units(typed, text, word, expected):
    assert typed(text)[word] == expected, text


@pytest.mark.parametrize("text, word, expected_type", [
    ("The guerrillas liberated twenty hostages on Sunday.", "liberated", "RETREAT"),
    ("Customs officers seized two tonnes of smuggled cigarettes.", "seized", "COERCE"),
    ("Fredonia breached the terms of the fishing accord, Ruritania said.", "breached", "REJECT"),
])
def test_people_freed_goods_seized_and_accords_breached_keep_their_type(typed, text, word, expected_type):
    assert typed(text)[word][0] == expected_type, text
