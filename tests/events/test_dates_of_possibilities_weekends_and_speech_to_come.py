"""Dates of acts (sentences written for these tests; the article is of Monday 6 July 1987):
- an act told with a modal of a possibility under a past "said" ("could be signed in August", "could host a
  meeting in September") takes the nearest such month, not last year's;
- an act on a noun with "weekend" ("a brief weekend visit", "weekend talks"), or told done "this weekend", is
  dated to the weekend just gone; told still to come, to the coming one;
- an asking a dated statement tells as still to come ("told the banks on July 2 the government will urge the
  court…", "said on Monday it will call on Uganda…") is not dated by the statement; one told as under way is."""

import pytest

from tests.events.conftest import only

_DAY = "1987-07-06"


@pytest.mark.parametrize("text, type_, month", [
    ("A senior envoy said on Friday he thought the border accord with Togo could be signed in August.", "AGREE",
     "1987-08"),
    ("Diplomats said Kenya could host a meeting with Uganda in September on the border.", "CONSULT", "1987-09"),
])
def test_a_possible_act_takes_the_nearest_month(code, text, type_, month):
    events, _ = code(text, _DAY)
    value = only(events, type_).date
    assert value is not None and value.start == month


@pytest.mark.parametrize("text, type_", [
    ("The Zambian finance minister paid a brief weekend visit to Malawi, the state radio said.", "CONSULT"),
    ("The two leaders held weekend talks in Harare on the border dispute.", "CONSULT"),
    ("Ghana and Togo agreed this weekend in Lome to reopen their common border.", "AGREE"),
])
def test_an_act_of_the_weekend_gone(code, text, type_):
    events, _ = code(text, _DAY)
    value = only(events, type_).date
    assert value is not None and (value.start, value.end) == ("1987-07-04", "1987-07-05")


def test_a_weekend_visit_to_come_is_the_coming_weekend(code):
    events, _ = code("The foreign minister will pay a weekend visit to Malawi, officials said.", _DAY)
    value = only(events, "CONSULT").date
    assert value is not None and value.start == "1987-07-11"


@pytest.mark.parametrize("text", [
    "In a letter dated July 2, the ministry told the banks the government will urge the court to freeze the assets.",
    "Kenya said on Monday it will call on Uganda to withdraw its troops from the border.",
])
def test_an_asking_still_to_come_is_not_dated_by_the_statement(code, text):
    events, _ = code(text, _DAY)
    event = only(events, "REQUEST")
    assert event.date is None and event.status == "planned"


def test_an_asking_under_way_keeps_the_statements_day(code):
    events, _ = code("Kenya said on Monday it was asking Uganda to withdraw its troops from the border.", _DAY)
    value = only(events, "REQUEST").date
    assert value is not None and value.start == "1987-07-06"


@pytest.mark.parametrize("text, type_", [
    ("Two Kenyan soldiers were shot dead while patrolling the border on Sunday, the army said.", "ASSAULT"),
    ("Rebels kidnapped two aid workers while they were driving to the airport on Sunday.", "ASSAULT"),
])
def test_an_act_takes_the_time_of_what_was_under_way_while_it_happened(code, text, type_):
    events, _ = code(text, "1987-06-29")
    value = only(events, type_).date
    assert value is not None and value.start == "1987-06-28"


def test_a_while_of_contrast_dates_no_other_act(code):
    events, _ = code("Kenya recalled its ambassador, while Uganda expelled two Kenyan diplomats on Sunday.",
                     "1987-06-29")
    dates = {e.trigger: e.date.start if e.date else None for e in events}
    assert dates == {"recalled": None, "expelled": "1987-06-28"}, dates
