"""A time whose own words set it against the tense of the act's verb does not date the act, wherever the parser
hangs it: a time told as before the writing ("last week", "two days ago", "yesterday") on a verb in the simple
present, active or passive, is the time of the thing charged ("blame the rebels for an ambush two days ago"); a time
told as after it ("next month", "later this week") on a verb in the simple past is likewise another thing's ("condemned
Turkey over its naval exercises next month"). The act's own time, told in agreement with its tense, still dates it
(events/dates._against_tense; time lexicon told_before_words, told_after_words)."""

from tests.events.conftest import only

PUBLISHED = "2021-11-10"  # a Wednesday


def _start(events, type_):
    value = only(events, type_).date
    return value.start if value is not None else None


def test_a_past_time_on_a_present_blame_is_the_ambush_s(code):
    events, _ = code("Officials in Kabul blame the rebels for an ambush on an army convoy two days ago.", PUBLISHED)
    assert _start(events, "ACCUSE") is None


def test_a_past_time_on_a_present_passive_blame_is_the_bombing_s(code):
    events, _ = code("The militia is blamed by Lebanon for the bombing of a market in Tyre yesterday.", PUBLISHED)
    assert _start(events, "ACCUSE") is None


def test_a_time_to_come_on_a_past_condemnation_is_the_exercises(code):
    events, _ = code("Greek senators condemned Turkey over its naval exercises next month.", PUBLISHED)
    assert _start(events, "ACCUSE") is None


def test_a_time_told_as_after_the_writing_on_a_past_blame_is_the_closure_s(code):
    events, _ = code("Egyptian officials blamed Libya for the border closure later this week.", PUBLISHED)
    assert _start(events, "ACCUSE") is None


def test_a_past_time_on_a_past_blame_still_dates_it(code):
    events, _ = code("Washington blamed Tehran last week for the rocket attacks on two tankers.", PUBLISHED)
    assert _start(events, "ACCUSE") == "2021-11-01"


def test_a_day_on_a_past_condemnation_still_dates_it(code):
    events, _ = code("Turkey condemned the Greek military exercises on Monday.", PUBLISHED)
    assert _start(events, "ACCUSE") == "2021-11-08"


def test_a_time_to_come_on_a_present_timetable_still_dates_it(code):
    events, _ = code("Chile hosts a regional summit with Peru next week.", PUBLISHED)
    assert _start(events, "CONSULT") == "2021-11-15"


def test_a_narrative_present_after_a_past_time_keeps_it(code):
    events, _ = code("Just last week, a Turkish soldier is killed when a mine explodes near the Syrian border.",
                     PUBLISHED)
    assert _start(events, "ASSAULT") == "2021-11-01"
