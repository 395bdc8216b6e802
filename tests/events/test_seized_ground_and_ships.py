"""What is seized decides the act (assault.yaml): ground named by its name, ports, islands and oil fields taken are
territory occupied (ASSAULT, CAMEO 192); a ship seized by armed men is hijacked (ASSAULT abduct, 181). Goods,
assets, a firm's property, a ship taken by customs or the police, and drug crops cleared stay property confiscated
(COERCE, 171). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ruritania seized Crimea from Fredonia in a night.", "seized"),
    ("The rebels captured Kirkuk after a week of fighting.", "captured"),
    ("Fredonian troops seized three oil fields near the border.", "seized"),
    ("The militia says it has seized the gas fields south of the capital.", "seized"),
    ("Rebels seized the port of Hodeidah on Sunday.", "seized"),
    ("Ruritanian marines captured two islands in the strait.", "captured"),
])
def test_ground_seized_is_occupied(typed, text, word):
    assert typed(text)[word] == ("ASSAULT", "192"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritanian marines seized a Fredonian tanker off the coast.", "seized"),
    ("Pirates captured a cargo ship with twenty sailors aboard.", "captured"),
    ("Commandos of the navy seized two fishing vessels near the island.", "seized"),
])
def test_a_ship_seized_by_armed_men_is_hijacked(typed, text, word):
    assert typed(text)[word] == ("ASSAULT", "181"), text


@pytest.mark.parametrize("text, word", [
    ("Customs officers seized a ship carrying cocaine.", "seized"),  # not armed men
    ("The government seized the assets of a Fredonian bank.", "seized"),  # property
    ("Ruritania seized 40 tonnes of oil smuggled across the border.", "seized"),  # goods, not a field
    ("Police seized two fields of coca near the river.", "seized"),  # drug crops
    ("The court seized the tanker owned by the shipping firm.", "seized"),  # a court's order
])
def test_goods_and_property_seized_stay_confiscated(typed, text, word):
    assert typed(text)[word] == ("COERCE", "171"), text
