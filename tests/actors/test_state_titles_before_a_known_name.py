"""A person the converted dictionaries know only by a role of another time or body (Subroto: OPEC's
secretary-general from 1988) whom the story names with a state's title ("Indonesian Energy Minister Subroto"): the
title's state, for the later family-name-only mentions too. Round 38 checked this already holds (actors/persons.py,
officials.py); these tests keep it."""


def test_the_state_title_gives_its_state_to_the_later_family_name(story):
    result = story("Indonesian Mines and Energy Minister Subroto opened the meeting of tin producers. Later Subroto "
                   "urged Bolivia to cut its exports.", dateline="JAKARTA", published="1987-04-02")
    subroto = [e for e in result.entities if e.name == "Subroto"]
    assert len(subroto) == 1 and subroto[0].country == "IDN"
    assert {m.entity for m in result.mentions if m.text == "Subroto"} == {subroto[0].id}


def test_must_not_give_a_state_to_a_body_s_title(story):
    result = story("OPEC Secretary General Subroto urged members to hold prices. Subroto criticised Ecuador.",
                   published="1989-04-02")
    assert all(e.country is None for e in result.entities if e.name == "Subroto")
