"""A place that ends a tagged organisation's name right after a capitalised word of that name ("Sterling Pacific",
"Radio Moscow") is part of the name: the organisation is the actor, with at most the country the place gives on the
article's date, never the ocean or the capital's government. A state after "of" ("the Government of India") stays
the state, and a longer place ("New Mexico") the place. Sentences written for these tests."""

import pytest


def kinds(result):
    return {e.name: (e.kind, e.country) for e in result.entities}


@pytest.mark.parametrize("text, firm", [
    ("Harbor Pacific said it completed its purchase of a savings bank in Oregon.", "Harbor Pacific"),
    ("Sterling Pacific agreed to sell its stake in the refinery, the company said.", "Sterling Pacific"),
])
def test_an_ocean_ending_a_firm_s_name_is_the_firm(story, text, firm):
    found = kinds(story(text, published="1987-10-20"))
    assert firm in found and found[firm][0] != "place", found
    assert not any(kind == "place" and name.startswith("Pacific") for name, (kind, _) in found.items()), found


def test_a_capital_ending_a_broadcaster_s_name_is_the_broadcaster_of_the_date_s_state(story):
    found = story("Radio Moscow said the troops had crossed the river at dawn.", published="1987-10-20")
    radio = [e for e in found.entities if e.name == "Radio Moscow"]
    assert radio and radio[0].kind != "government" and radio[0].country == "SUN"
    assert not any(e.name in ("Moscow", "Soviet Union") for e in found.entities), kinds(found)


def test_a_state_after_of_stays_the_state(story):
    found = story("The Government of Chile said it would lower duties on imported wheat.", published="1987-10-20")
    assert any(e.kind == "government" and e.country == "CHL" for e in found.entities), kinds(found)
