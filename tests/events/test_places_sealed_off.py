"""A place sealed or cordoned off is closed to movement (coerce.yaml: PLOVER COERCE restrict, CAMEO 172), no deal
sealed; a border sealed is ties cut (sanction.yaml, 161). A deal sealed stays an agreement (agree.yaml, 057)."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Riot police sealed off the old quarter after the clashes.", "sealed"),
    ("Soldiers cordoned off the central market on Tuesday.", "cordoned"),
    ("The refugee camp was sealed off by the gendarmerie.", "sealed"),
])
def test_a_place_sealed_off_is_a_restriction(typed, text, word):
    assert typed(text)[word][:2] == ("COERCE", "172")


def test_a_border_sealed_is_ties_cut(typed):
    assert typed("Borduria sealed its border with Ruritania on Friday.")["sealed"][:2] == ("SANCTION", "161")


def test_must_not_a_deal_sealed_stays_an_agreement(typed):
    assert typed("Kenya and Uganda sealed a power deal in Kampala.")["sealed"][:2] == ("AGREE", "057")
