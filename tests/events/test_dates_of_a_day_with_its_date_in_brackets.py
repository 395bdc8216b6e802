"""An act told on a day word with its calendar date in brackets ("Today (Nov. 14), …", "… tomorrow (Nov. 15)"), as
some news sites write it, takes that day, which the recogniser's one date run across the bracket ("Today (Nov. 14")
had hidden (time/component.TimeTagger._read). Sentences written for these tests; the article is of Thursday 14
November 2024."""

from tests.events.conftest import only

PUBLISHED = "2024-11-14"


def test_an_act_opened_by_today_and_its_date(code):
    events, _ = code("Today (Nov. 14), Chile accused Argentina of harbouring the smugglers.", PUBLISHED)
    event = only(events, "ACCUSE")
    assert (event.date.start, event.date.end, event.status) == (PUBLISHED, PUBLISHED, "occurred")


def test_a_meeting_set_for_tomorrow_and_its_date(code):
    events, _ = code("Chile will host talks with Argentina tomorrow (Nov. 15) in Santiago.", PUBLISHED)
    event = only(events, "CONSULT")
    assert (event.date.start, event.date.end, event.status) == ("2024-11-15", "2024-11-15", "planned")


def test_an_act_with_no_time_in_its_brackets_stays_undated(code):
    events, _ = code("Chile accused Argentina of harbouring the smugglers (the port's own guards among them).",
                     PUBLISHED)
    assert only(events, "ACCUSE").date is None
