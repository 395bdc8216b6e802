"""A time on the noun of a "since" phrase, or right after it wherever the parser hangs it, is that noun's, not the
act's: "a first appearance since the dismissal in January" (the dismissal was in January, the appearance later).
A "since" phrase whose noun is a time ("since the end of January") keeps its reading. Sentences written for these
tests (article dates given)."""

from tests.events.conftest import only


def _date(event):
    return (event.date.start, event.date.end) if event.date else None


def test_a_time_after_the_noun_of_a_since_phrase_does_not_date_the_act(code):
    events, _ = code("Ex-chief Ruiz attended a party session in his first public appearance since the dismissal "
                     "in January.", "1987-03-24")
    assert _date(only(events, "CONSULT")) is None


def test_the_act_keeps_a_time_of_its_own_beside_a_since_phrase(code):
    events, _ = code("Kenya accused Uganda in January of arming rebels, the first such charge since the war.",
                     "1987-03-24")
    assert _date(only(events, "ACCUSE")) == ("1987-01", "1987-01")
