"""A past time hung right on the infinitive that a verb of asking in the simple past governs is the asking's, not
the asked act's (events/dates._time_of_the_asking with _past_on_complement): "urged Japan to resume talks last
week" tells when the urging was; the talks were only asked for. A time still to come stays the asked act's, and
an act that is not asked for keeps its time."""

from __future__ import annotations

import pytest


def _dates(events) -> dict[str, str | None]:
    return {e.trigger: (e.date.start if e.date else None) for e in events}


@pytest.mark.parametrize("text, act, asking, day", [
    ("Japan urged China to resume talks with South Korea last week.", "resume … talks", "urged", "2024-06-03"),
    ("Norway urged Sudan to hold peace talks in Oslo two weeks ago.", "hold … talks", "urged", "2024-05-27"),
    ("Japan urged China last week to resume talks with South Korea.", "resume … talks", "urged", "2024-06-03"),
])
def test_a_past_time_on_the_asked_act_is_the_askings(code, text, act, asking, day):
    dates = _dates(code(text, "2024-06-12")[0])
    assert act in dates and dates[act] is None, dates
    assert dates.get(asking) == day, dates


def test_a_time_to_come_stays_the_asked_acts(code):
    dates = _dates(code("Japan urged China to resume talks with South Korea next week.", "2024-06-12")[0])
    assert dates.get("resume … talks") == "2024-06-17", dates


def test_an_act_agreed_to_is_no_act_asked_for(code):
    dates = _dates(code("Japan agreed to resume talks with South Korea last week.", "2024-06-12")[0])
    assert dates.get("resume … talks") == "2024-06-03", dates
    assert dates.get("agreed") == "2024-06-03", dates


@pytest.mark.parametrize("text", [
    "Brazil ordered Chile to hand over the seized ships in early July.",
    "Peru instructed Bolivia to send its envoys in early July.",
])
def test_a_time_in_a_directed_infinitive_is_still_to_come(code, text):
    """A verb of directing (time lexicon `directing_verbs`) tells a later act in its infinitive: July in a June story
    is the coming July, and the directing is not dated to the July before."""
    dates = _dates(code(text, "2024-06-12")[0])
    assert dates and all(day is None or day >= "2024-07-01" for day in dates.values()), dates
