"""An act told hours or minutes after another act of one day took place that day, in one sentence ("Hours after
the bombing of its consulate on Thursday, Turkey shelled…": events/dates._after_value) or after an act told before
("Hours after the attack, the air force bombed…": events/story_dates.counted_after_another). Not a count of a day's
hours or more, nor a vague count of days."""

from tests.events.conftest import only

PUBLISHED = "2023-03-15"  # a Wednesday


def _start(events, kind):
    value = only(events, kind).date
    return value.start if value is not None else None


def test_hours_after_a_dated_bombing_in_the_sentence(code):
    events, _ = code("Hours after the bombing of its consulate on Thursday, Turkey shelled Kurdish positions in "
                     "northern Iraq.", PUBLISHED)
    assert _start(events, "ASSAULT") == "2023-03-09"


def test_two_hours_after_a_dated_shelling_in_the_sentence(code):
    events, _ = code("Two hours after the shelling of Kharkiv on Friday, Ukrainian drones struck a Russian air "
                     "base.", PUBLISHED)
    dates = {e.date.start if e.date else None for e in events if e.type == "ASSAULT"}
    assert dates == {"2023-03-10"}


def test_hours_after_an_attack_told_before(code):
    events, _ = code("Rebels attacked an army base near Goma on Sunday. Hours after the attack, Congolese jets "
                     "bombed rebel positions in the hills.", PUBLISHED)
    starts = sorted(e.date.start if e.date else "" for e in events if e.type == "ASSAULT")
    assert starts == ["2023-03-12", "2023-03-12"]


def test_forty_hours_after_is_not_that_day(code):
    events, _ = code("Forty hours after the bombing of its consulate on Thursday, Turkey shelled Kurdish positions "
                     "in northern Iraq.", PUBLISHED)
    assert _start(events, "ASSAULT") != "2023-03-09"


def test_days_after_an_attack_told_before_stays_undated(code):
    events, _ = code("Rebels attacked an army base near Goma on Sunday. Days after the attack, Congolese jets "
                     "bombed rebel positions in the hills.", PUBLISHED)
    starts = sorted(e.date.start if e.date else "" for e in events if e.type == "ASSAULT")
    assert starts == ["", "2023-03-12"]
