"""A firm whose unit the story names after the dateline's state ("Zenko International" beside "Zenko Japan" in a Tokyo
story) is the unit's foreign parent: it takes no country from the dateline; the unit keeps its state. Sentences written
for these tests."""


def _country(found, name):
    return {e.country for e in found.entities if e.name == name}


def test_the_parent_of_a_unit_named_after_the_dateline_s_state_is_not_that_state_s(story):
    found = story("Zenko Japan KK said it would open ten stores this year. Its parent, Zenko Holdings Corp, said sales "
                  "rose.", dateline="TOKYO")
    assert _country(found, "Zenko Japan KK") == {"JPN"}
    assert _country(found, "Zenko Holdings Corp") == {None}


def test_a_parent_with_a_legal_form_of_several_states(story):
    found = story("Zenko Japan Inc, a unit of Zenko International Ltd, said it would open ten stores. Zenko "
                  "International said sales rose.", dateline="TOKYO")
    assert _country(found, "Zenko International Ltd") == {None}


def test_two_firms_of_one_tokyo_story_without_a_unit_keep_the_dateline_s_state(story):
    found = story("Sanwa Motors Corp said it would open ten plants. Its rival, Kanto Motors Corp, said sales rose.",
                  dateline="TOKYO")
    assert _country(found, "Sanwa Motors Corp") == {"JPN"}
    assert _country(found, "Kanto Motors Corp") == {"JPN"}


def test_a_unit_named_after_another_state_leaves_the_parent_the_dateline_s(story):
    found = story("Sanwa Motors Corp said its Sanwa Motors Canada unit would build a plant near Toronto.",
                  dateline="TOKYO")
    assert _country(found, "Sanwa Motors Corp") == {"JPN"}
