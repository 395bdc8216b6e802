"""One shielded from the consequences of a choice or from a market's swings is given no protection by arms
(patterns/none.yaml); people protected from attacks are (AID 074). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ruritania's cabinet made no effort to protect its premier from the fallout of his own choice.", "protect"),
    ("The central bank of Ruritania acted to shield exporters from swings in the currency.", "shield"),
])
def test_shielding_from_consequences_is_no_protection(typed, text, word):
    assert typed(text)[word][0] == "NONE", text


def test_people_protected_from_attacks_stay_protected(typed):
    text = "Fredonian troops will protect the Ruritanian refugees from attacks by the militia."
    assert typed(text)["protect"] == ("AID", "074")
