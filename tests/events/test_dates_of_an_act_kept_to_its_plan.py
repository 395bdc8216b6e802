"""A bare participle after "as" that tells an act kept to its plan ("as scheduled", "as planned") carries the act's
own time: "will levy the duties as scheduled on Friday" is Friday's levy. A participle of telling ("as announced on
Monday") keeps its time, which may be the announcement's."""


def _dates(code, text):
    events, _ = code(text, "2024-06-25")  # a Tuesday
    return {(e.type, e.status): e.date.start if e.date else None for e in events}


def test_a_levy_to_come_as_scheduled_on_a_weekday(code):
    found = _dates(code, "Ghana will levy duties on Togolese cement as scheduled on Friday.")
    assert found.get(("SANCTION", "planned")) == "2024-06-28", found


def test_talks_going_ahead_as_planned_on_a_weekday(code):
    found = _dates(code, "The border talks between Benin and Niger will go ahead as planned on Thursday.")
    assert found.get(("CONSULT", "planned")) == "2024-06-27", found


def test_a_meeting_held_as_arranged_yesterday(code):
    found = _dates(code, "The Beninese and Nigerien envoys met as arranged yesterday in Cotonou.")
    assert found.get(("CONSULT", "occurred")) == "2024-06-24", found


def test_as_announced_keeps_its_own_time(code):
    found = _dates(code, "Ghana levied duties on Togolese cement as announced on Friday.")
    assert found.get(("SANCTION", "occurred"), "missing") is None, found
