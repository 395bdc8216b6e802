"""An act told a count of days or weeks after another act ("a week after the shelling") or within one of it
("within two weeks of the shelling"), where the other act is dated to one day in an earlier sentence, is counted
from that day (events/story_dates.counted_after_another). The other act undated, or of a month, or no count told:
the act stays undated. Sentences written for these tests (article of Thursday 2024-11-28)."""

import pytest

from tests.events.conftest import only

_SHELLED = "Ugandan artillery shelled a Kenyan village on November 15.\n\n"


@pytest.mark.parametrize("text, start, end", [
    (_SHELLED + "A week after the shelling, Kenya recalled its ambassador from Kampala.", "2024-11-22", "2024-11-22"),
    (_SHELLED + "Kenya closed the border with Uganda two days after the shelling, officials said.",
     "2024-11-17", "2024-11-17"),
    (_SHELLED + "Kenya recalled its ambassador from Kampala within six days of the shelling.",
     "2024-11-15", "2024-11-21"),
    (_SHELLED + "Kenya recalled its ambassador from Kampala within two weeks of the shelling.",  # not past the article
     "2024-11-15", "2024-11-28"),
])
def test_an_act_a_count_after_an_act_dated_before_is_counted_from_its_day(code, text, start, end):
    events, _ = code(text, "2024-11-28")
    value = only(events, "SANCTION").date
    assert value is not None and (value.start, value.end) == (start, end)


@pytest.mark.parametrize("text", [
    "Ugandan artillery shelled a Kenyan village.\n\nA week after the shelling, Kenya recalled its ambassador.",
    "Ugandan artillery shelled a Kenyan village last month.\n\nA week after the shelling, Kenya recalled its "
    "ambassador.",
    _SHELLED + "Days after the shelling, Kenya recalled its ambassador from Kampala.",
])
def test_no_day_to_count_from_or_no_count_leaves_the_act_undated(code, text):
    events, _ = code(text, "2024-11-28")
    assert only(events, "SANCTION").date is None


@pytest.mark.parametrize("text, agreed, talks", [
    ("Ghana and Togo began talks in Accra on November 4.\n\nAfter ten days of talks, Ghana and Togo agreed to "
     "reopen the border.", ("2024-11-13", "2024-11-14"), ("2024-11-04", "2024-11-13")),
    ("Ghana and Togo opened talks in Accra on November 4.\n\nGhana and Togo signed a border accord after two weeks "
     "of talks.", ("2024-11-17", "2024-11-18"), ("2024-11-04", "2024-11-17")),
])
def test_an_act_after_a_count_of_days_of_an_act_begun_on_a_day_is_counted_from_it(code, text, agreed, talks):
    events, _ = code(text, "2024-11-28")
    dates = {e.trigger: (e.date.start, e.date.end) for e in events if e.date is not None}
    assert dates.get("agreed", dates.get("signed")) == agreed and dates.get("talks") == talks, dates


def test_a_count_of_days_of_an_act_held_on_one_day_dates_nothing(code):
    events, _ = code("Ghana and Togo held talks in Accra on November 4.\n\nAfter ten days of talks, Ghana and Togo "
                     "agreed to reopen the border.", "2024-11-28")
    assert only(events, "AGREE").date is None


@pytest.mark.parametrize("text, start, end", [
    ("Kenya closed the border with Somalia within three days of the November 15 raid.", "2024-11-15", "2024-11-18"),
    ("Kenya recalled its envoy within a week of Uganda's November 18 vote.", "2024-11-18", "2024-11-25"),
])
def test_an_act_within_a_count_of_an_act_dated_in_the_sentence(code, text, start, end):
    value = only(code(text, "2024-11-28")[0], "SANCTION").date
    assert value is not None and (value.start, value.end) == (start, end)


def test_within_a_count_with_no_act_to_count_from_dates_nothing(code):
    assert only(code("Kenya closed the border with Somalia within three days.", "2024-11-28")[0],
                "SANCTION").date is None
