"""A capital in the "from" phrase of a noun of an act ("drew protests from Beijing") stands for its government, even
where the parser hangs "from" on the verb; after other objects, or with no object, it stays the city."""

import pytest

DATE = "2024-06-01"


def kinds(result):
    return {e.name: (e.kind, e.country) for e in result.entities}


@pytest.mark.parametrize("text, government", [
    ("The decision to hold the drills drew protests from Beijing on Tuesday.", "China"),
    ("The plan drew sharp criticism from Moscow.", "Russia"),
    ("The sale won praise from Paris and Berlin.", "France"),
    ("The new tariff prompted a warning from Tokyo.", "Japan"),
])
def test_the_capital_is_the_government(story, text, government):
    found = kinds(story(text, published=DATE))
    assert found[government][0] == "government"
    assert not [n for n, (kind, _) in found.items() if kind == "place"]


@pytest.mark.parametrize("text, city", [
    ("The delegation flew home from Beijing on Friday.", "Beijing"),
    ("The firm moved its headquarters from Beijing to Singapore.", "Beijing"),
    ("The visit drew crowds from Beijing.", "Beijing"),
    ("The ship carried grain from Cairo to Athens.", "Cairo"),
])
def test_a_capital_after_other_objects_stays_the_city(story, text, city):
    assert kinds(story(text, published=DATE))[city][0] == "place"
