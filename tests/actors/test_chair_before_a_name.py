""""Chair" written before a person's name, as "Chairman" is ("Finance Committee Chair X", "Board Chair X"), is a
title, not part of the name; a family name "Chair" after a given name stays the name's. Names written for these
tests."""

import pytest


def people(result):
    return {e.name for e in result.entities if e.type == "PERSON"}


@pytest.mark.parametrize("text", [
    "Finance Committee Chair Rosa Delgado told reporters the budget was balanced.",
    "Board Chair Rosa Delgado said the merger talks had ended.",
])
def test_chair_is_a_title_before_the_name(story, text):
    found = people(story(text, published="2020-11-23"))
    assert "Rosa Delgado" in found and not any(name.startswith("Chair") for name in found), found


def test_a_family_name_chair_stays_in_the_name(story):
    found = people(story("Lionel Chair, a farmer from Ohio, told reporters the talks had ended.",
                         published="2020-11-23"))
    assert "Lionel Chair" in found, found
