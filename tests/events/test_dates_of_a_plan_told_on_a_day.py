"""A plan told in what a dated saying says ("said on Tuesday it plans to send frigates", "announced Wednesday that
it is preparing to expel diplomats") is not dated by the day of its telling, as "said on Tuesday it would send
frigates" is not: the day hangs on the saying (or stands right after it, before the subject of the clause said).
The same holds of a plan the saying makes known ("announced plans Sunday to deploy troops"). A plan keeps a
time of its own ("next month"), and an act its own side announces as done keeps the day of the announcement."""

import pytest


def _events(code, text):
    events, _ = code(text, "2024-06-27")
    return [e for e in events if e.evidence[0].text.strip() == text]


@pytest.mark.parametrize("text", [
    "Chile said on Tuesday it plans to send two frigates to the Falklands.",
    "Peru announced on Wednesday that it is preparing to expel three Bolivian diplomats.",
    "Canada on Monday said it plans to impose duties on Chinese steel.",
    # a plan made known as the saying's object, the infinitive hung on the verb past it
    "Mexico announced plans Sunday to deploy troops along its border with Guatemala.",
])
def test_a_plan_is_not_dated_by_its_telling(code, text):
    planned = [e for e in _events(code, text) if e.status == "planned"]
    assert planned and all(e.date is None for e in planned), [(e.type, e.date) for e in planned]


def test_a_plan_keeps_a_time_of_its_own(code):
    text = "Chile said on Tuesday it plans to send two frigates to the Falklands next month."
    planned = [e for e in _events(code, text) if e.status == "planned"]
    assert planned and all(e.date is not None and e.date.start == "2024-07" for e in planned)


def test_an_act_announced_as_done_keeps_the_day_of_the_announcement(code):
    text = "Peru announced on Wednesday it has expelled three Bolivian diplomats."
    done = [e for e in _events(code, text) if e.type == "SANCTION"]
    assert [e.date.start if e.date else None for e in done] == ["2024-06-26"]
