"""A county, a city or a firm pulling down buildings does works on its own property: no act of force (ASSAULT 190)
and no repression (COERCE 170/1712) on anyone. Troops who raze a village and the authorities who demolish the homes
of suspects stay coded. patterns/none.yaml. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Before the county can raze the old warehouses and tear down part of the mill, it needs federal permits.",
     "raze"),
    ("Before the county can raze the old warehouses and tear down part of the mill, it needs federal permits.",
     "tear"),
    ("The developer will demolish the disused cinema next spring to make room for flats.", "demolish"),
    ("The city council voted to pull down the crumbling parking garage.", "pull"),
])
def test_an_owner_pulling_down_buildings_is_no_act(typed, text, word):
    assert typed(text).get(word, ("NONE", "---"))[0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, type_", [
    ("Government troops razed the village after the ambush on their convoy.", "razed", "ASSAULT"),
    ("The authorities demolished the homes of the two men accused of the bombing.", "demolished", "COERCE"),
])
def test_force_and_repression_on_property_stay(typed, text, word, type_):
    assert typed(text)[word][0] == type_, typed(text)
