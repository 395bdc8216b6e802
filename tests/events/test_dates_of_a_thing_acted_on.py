"""A time told before the noun of a thing a verb acts on (extends, ratifies, lifts) is the thing's, not the act's,
even where the noun is part of the trigger; sentences written for these tests."""

from tests.events.test_dates import _dates


def test_last_years_protocol_does_not_date_its_extension(code):
    found = _dates(code, "Slovenia and Croatia agreed to extend last year's fisheries protocol.", "2024-06-24")
    assert not any(start == "2023" for _, start, _ in found), found


def test_a_year_before_the_accord_does_not_date_its_renewal(code):
    found = _dates(code, "Ghana and Togo renewed the 2019 border accord.", "2024-06-24")
    assert not any(start == "2019" for _, start, _ in found), found


def test_the_acts_own_time_after_the_noun_still_dates_it(code):
    found = _dates(code, "Last year's fisheries protocol between Slovenia and Croatia was extended on Monday.",
                   "2024-06-26")
    assert any(start == "2024-06-24" for _, start, _ in found), found


def test_must_not_a_gathering_attended_keeps_its_day(code):
    found = _dates(code, "The Slovenian foreign minister will attend next week's summit in Zagreb.", "2024-06-26")
    assert any(start == "2024-07-01" for _, start, _ in found), found
