"""An act told a measure of days or weeks before or after another dated act is counted from that act's day, whether
it is a noun in the phrase ("two days after talks"), a clause "after" opens ("two days after troops attacked a
patrol") or a phrase hung on its measure ("a day after talks"): events/dates._bounding, _shifted. Not a measure
that counts no day ("weeks after"), not an act with a time of its own, not an act after another with no measure
(left to the other rules). Sentences written for these tests (article of Wednesday 2024-06-12)."""

import pytest

from tests.events.conftest import only


@pytest.mark.parametrize("text, kind, day", [
    ("Bolivia closed its border with Peru on Tuesday, two days after Peruvian troops attacked a Bolivian patrol.",
     "ASSAULT", "2024-06-09"),
    ("Kenya signed the deal with Uganda on Sunday, a day after talks with Uganda in Nairobi.", "CONSULT",
     "2024-06-08"),
])
def test_an_act_a_measure_before_another_is_counted_from_its_day(code, text, kind, day):
    events, _ = code(text, "2024-06-12")
    value = only(events, kind).date
    assert value is not None and (value.start, value.end) == (day, day)


def test_a_clause_weeks_after_another_act_is_not_dated_by_its_day(code):
    events, _ = code("Ghana condemned Togo on Friday, weeks after Togolese police arrested three Ghanaian traders.",
                     "2024-06-12")
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests and all(e.date is None for e in arrests)


def test_a_clause_with_a_time_of_its_own_keeps_it(code):
    events, _ = code("Bolivia closed its border with Peru on Tuesday, two days after Peruvian troops attacked a "
                     "Bolivian patrol on Saturday.", "2024-06-12")
    value = only(events, "ASSAULT").date
    assert value is not None and value.start == "2024-06-08"


def test_a_clause_after_another_act_with_no_measure_is_not_counted(code):
    events, _ = code("Peru recalled its ambassador to Chile on Monday after Chile expelled two Peruvian diplomats.",
                     "2024-06-12")
    expulsions = [e for e in events if e.date is not None and e.date.text and "after" in e.date.text]
    assert not expulsions
