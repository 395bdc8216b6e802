"""A time in the infinitive of an adjective "be" takes ("was due to start in January", "is likely to sign in May")
is that infinitive's act, not that of another act of the clause ("but was delayed by calls for cuts"), as a time in a
verb's infinitive complement is. Sentences written for these tests (article dates given)."""

from tests.events.conftest import only


def test_a_time_of_what_was_due_does_not_date_the_delay(code):
    events, _ = code("The aid programme was due to start in January, but was delayed by calls from Britain and "
                     "France for cuts.", "1987-03-24")
    assert [e.date for e in events if e.trigger in ("delayed", "calls")] == [None, None], \
        [(e.type, e.trigger, e.date) for e in events]


def test_the_act_due_keeps_its_time(code):
    events, _ = code("Kenya was due to sign the accord on Monday.", "1987-03-24")
    assert only(events, "AGREE").date.start == "1987-03-23"
