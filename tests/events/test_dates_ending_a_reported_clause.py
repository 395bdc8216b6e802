"""A day told right at the end of a reported clause that comes before its verb of saying, before the comma that
parts them ("Soldiers detained him at his home Friday, a party spokeswoman said"), is the reported act's, wherever
the parser hangs it: on the verb of saying, or on a noun of a place or thing at the clause's end. A day after the
verb of saying is the saying's, and dates no reported act; a day of a participle on a thing is that participle's
(events/dates._ending_reported_clause)."""

from tests.events.conftest import only


def _start(events):
    value = only(events, "COERCE").date
    return value.start if value is not None else None


def test_a_day_hung_on_the_saying_after_the_clause_dates_the_detention(code):
    events, _ = code("Soldiers detained an opposition leader at his Kampala home Friday, party spokeswoman Grace "
                     "Achieng said.", "2020-09-30")
    assert _start(events) == "2020-09-25"


def test_a_day_hung_on_a_place_at_the_clause_end_dates_the_seizure(code):
    events, _ = code("Police seized a truck carrying weapons at a checkpoint outside Garissa Tuesday, regional police "
                     "chief Commander Mohamed Ali told the Daily Nation.", "2020-09-30")
    assert _start(events) == "2020-09-29"


def test_a_day_after_the_verb_of_saying_does_not_date_the_detention(code):
    events, _ = code("Soldiers detained an opposition leader at his Kampala home, party spokeswoman Grace Achieng said "
                     "Friday.", "2020-09-30")
    assert _start(events) is None


def test_a_day_of_a_participle_on_a_thing_does_not_date_the_seizure(code):
    events, _ = code("Police seized a truck stolen from a depot Tuesday, regional police chief Commander Mohamed Ali "
                     "told the Daily Nation.", "2020-09-30")
    assert _start(events) is None
