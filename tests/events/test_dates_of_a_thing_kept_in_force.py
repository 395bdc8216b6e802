"""A verb that keeps in force a thing set before ("continued", "maintained": time lexicon acting_on_verbs) acts on
it at its own time: a day told of the thing before its noun ("Thursday's embargo was continued on Tuesday") is the
thing's, and the verb keeps its own day (events/dates._acted_on)."""

from tests.events.conftest import only


def _start(events, type_):
    value = only(events, type_).date
    return value.start if value is not None else None


def test_an_embargo_of_a_day_continued_on_a_later_day_takes_the_later_day(code):
    events, _ = code("Thursday's embargo on Iranian oil was continued on Tuesday, officials said.", "1987-10-21")
    assert _start(events, "SANCTION") == "1987-10-20"


def test_raids_of_a_day_continued_on_a_later_day_take_the_later_day(code):
    events, _ = code("Iraq continued Sunday's raids on Iranian oil terminals on Monday.", "1987-10-21")
    assert _start(events, "ASSAULT") == "1987-10-19"


def test_a_continuing_with_no_earlier_day_keeps_its_own(code):
    events, _ = code("The army continued its shelling of the town on Monday.", "1987-10-21")
    assert _start(events, "ASSAULT") == "1987-10-19"
