"""A day told of a gathering an actor goes to, comes into or walks out of is the day of that going or leaving
(events/dates._gone_to, words in time/data/lexicon.yaml: gathering_nouns, going_verbs, gathering_preps): "came to
Tuesday's summit" took place on Tuesday. Not a verb that is no going ("invited Peru to Friday's summit": the invitation
came first; "objected to Tuesday's session"), not a noun that is no gathering ("agreed to Monday's proposal"), not a
gathering come back from (over before the going) and not where the going has a time of its own ("flew home on
Wednesday from Monday's talks")."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-12"  # a Wednesday


def _dates(events) -> dict[str, str | None]:
    return {e.trigger: (e.date.start if e.date else None) for e in events}


@pytest.mark.parametrize("text, trigger, day", [
    ("Kenya's president came to Tuesday's summit in Addis Ababa.", "came", "2024-06-11"),
    ("The Ugandan envoy walked out of Monday's session of the council.", "walked", "2024-06-10"),
    ("Nigeria's foreign minister flew to Friday's meeting of West African leaders.", "flew", "2024-06-07"),
])
def test_the_day_of_a_gathering_gone_to_is_the_goings(code, text, trigger, day):
    dates = _dates(code(text, PUBLISHED)[0])
    assert dates.get(trigger) == day, dates


@pytest.mark.parametrize("text, trigger", [
    ("Kenya invited Uganda to Friday's summit in Nairobi.", "invited"),
    ("Peru objected to Tuesday's session of the regional assembly.", "objected"),
    ("Bolivia agreed to Monday's proposal from Chile.", "agreed"),
])
def test_no_going_or_no_gathering_keeps_no_day(code, text, trigger):
    dates = _dates(code(text, PUBLISHED)[0])
    assert trigger in dates and dates[trigger] is None, dates


@pytest.mark.parametrize("text, trigger, day", [
    ("The Ugandan president returned from Monday's summit in Nairobi on Wednesday.", "returned", "2024-06-12"),
    ("Kenya's foreign minister went on Sunday to Monday's session of the regional assembly.", "went", "2024-06-09"),
])
def test_the_goings_own_time_comes_before_its_gatherings(code, text, trigger, day):
    found = {e.trigger: e.date for e in code(text, PUBLISHED)[0]}
    assert found.get(trigger) is not None and (found[trigger].start, found[trigger].end) == (day, day), found


@pytest.mark.parametrize("text, trigger", [
    ("Ghana's envoy came back from Tuesday's talks in Lome.", "came"),
    ("The French minister returned to Brussels from Monday's meeting with German officials.", "returned"),
])
def test_a_gathering_come_back_from_gives_no_day(code, text, trigger):
    dates = _dates(code(text, PUBLISHED)[0])
    assert trigger in dates and dates[trigger] is None, dates
