"""An act put forward for someone to do (proposed, urged, asked or called for) takes no day of the asking: a time
outside the act's own words that is not after the article's date is the proposal's. A time still to come, or one
inside the act's own words, stays the act's; the proposal itself keeps its day."""

from __future__ import annotations

import pytest


def _dates(events) -> dict[str, str | None]:
    return {e.trigger: (e.date.start if e.date else None) for e in events}


@pytest.mark.parametrize("text, act", [
    ("On Tuesday, Turkey suggested holding talks with Greece.", "holding … talks"),
    ("Last week Japan asked China to resume talks with South Korea.", "resume … talks"),
    ("Turkey on Tuesday urged Greece to hold talks on the islands.", "hold … talks"),
])
def test_past_day_of_the_asking_does_not_date_the_act(code, text, act):
    dates = _dates(code(text, "2024-06-01")[0])
    assert act in dates and dates[act] is None, dates


def test_the_asking_keeps_its_day(code):
    dates = _dates(code("Turkey on Tuesday urged Greece to hold talks on the islands.", "2024-06-01")[0])
    assert dates.get("urged") == "2024-05-28", dates


@pytest.mark.parametrize("text, act, day", [
    ("Turkey urged Greece to hold talks with Cyprus next Friday.", "hold … talks", "2024-06-07"),
    ("On Monday, Kenya planned to visit Uganda next Thursday.", "visit", "2024-06-06"),
    ("On Monday, Kenya met Ugandan officials in Kampala.", "met", "2024-05-27"),
])
def test_other_times_still_date_the_act(code, text, act, day):
    dates = _dates(code(text, "2024-06-01")[0])
    assert dates.get(act) == day, dates
