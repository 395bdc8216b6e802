"""A gerund a warning or a plea is about or against ("warned families about travelling for Christmas") tells an act
of its own: its time is not the warning's (events/dates._charged_with)."""

from tests.events.conftest import only


def test_a_warning_about_meeting_on_a_holiday_is_not_dated_to_the_holiday(code):
    # (a party warned: the public warned about a danger is no threat at all, non_events.yaml)
    events, _ = code("Doctors are warning the Kenyan government about meeting with opposition leaders at Christmas.",
                     "2020-11-23")
    assert only(events, "THREATEN").date is None


def test_a_warning_against_travelling_in_a_month_is_not_dated_to_that_month(code):
    events, _ = code("Kenya's health minister warned citizens against travelling to their home villages in December.",
                     "2020-11-25")
    assert only(events).date is None


def test_a_warning_told_with_its_own_day_keeps_it(code):
    events, _ = code("Kenya's health minister warned citizens on Monday against travelling to their home villages.",
                     "2020-11-25")
    value = only(events).date
    assert value is not None and value.start == "2020-11-23"
