"""Round 72 (noise72). A warning whose matter is a market's course or a forecast threatens and asks no party; a thing
endangered by a war threatens no one; "as it is called" calls on no one; research conducted is no inquiry into a
party; an act one is criticised for failing to do is not done; a currency's fall "which" damaged exports attacks no
one. Warnings to a party, a town threatened by rebels, a person called to testify, an investigation into a bank, a
loan obtained and rebels who damaged rail lines stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text, ptype", [
    ("Haruo Mori of Fuji Bank in Tokyo warned, \"I don't believe the yen has peaked yet.\"", "THREATEN"),
    ("Tim Olds of Barclays de Zoete Wedd cautioned against over-optimistic forecasts, but said a rate cut looked "
     "likely.", "REQUEST"),
    ("Cargo routes to Kenya, increasingly threatened by the Ugandan civil war, were closed last week.", "THREATEN"),
    ("Rail reform, as it is called, needs a vote of the transport ministers first.", "CONSULT"),
    ("The Kenyan institute conducts agricultural research and was set up in 1980 with state funds.", "ACCUSE"),
])
def test_no_act_of_that_type(code, text, ptype):
    events, _ = code(text, "1987-06-02")
    assert not [e for e in events if e.type == ptype], found_acts(events)


@pytest.mark.parametrize("text, ptype", [
    ("Kenya warned Uganda against sending troops to the border.", "REQUEST"),
    ("Japan warned that U.S. firms would face new tariffs.", "THREATEN"),
    ("The town of Gulu, threatened by the rebels, was evacuated.", "THREATEN"),
    ("Ito was called to testify before the Diet.", "CONSULT"),
    ("Kenya conducted an investigation into the Ugandan bank.", "ACCUSE"),
])
def test_acts_told_in_the_same_words_stay(code, text, ptype):
    events, _ = code(text, "1987-06-02")
    assert [e for e in events if e.type == ptype], found_acts(events)


def test_an_act_one_is_criticised_for_failing_to_do_is_not_done(code):
    events, _ = code("Kenya's government was criticised by opposition leaders for failing to obtain fresh loans from "
                     "Japan.", "1987-06-02")
    assert [e.status for e in events if e.type == "AID"] == ["negated"], found_acts(events, status=True)


def test_a_loan_obtained_stays_done(code):
    events, _ = code("The Kenyan government obtained new loans from Japan.", "1987-06-02")
    assert [e.status for e in events if e.type == "AID"] == ["occurred"], found_acts(events, status=True)


def test_a_fall_of_a_currency_that_damaged_exports_is_no_attack(code):
    events, _ = code("The ministry often cites the fall of the shilling, which has badly damaged Kenyan exports.")
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


def test_rebels_who_damaged_rail_lines_stay(code):
    events, _ = code("The rebels, who have damaged Kenyan rail lines, fled to Uganda.")
    assert [e for e in events if e.type == "ASSAULT"], found_acts(events)
