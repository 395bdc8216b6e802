"""An act told in a relative clause opened by "at which", "during which", "in which" on a noun of an occasion takes the
time told with that noun: the clause says what was done there ("a May 20 meeting at which the envoy asked…")
(events/dates._occasion_which; time lexicon occasion_relative_preps). A time told of another verb, and an occasion
after which the act came, do not date it."""

from tests.events.conftest import only

PUBLISHED = "2021-11-10"  # a Wednesday


def _start(events, kind):
    value = only(events, kind).date
    return value.start if value is not None else None


def test_a_meeting_at_which_an_envoy_asked(code):
    events, _ = code("Officials described a May 20 meeting at which the envoy asked Kenya for help.", PUBLISHED)
    assert _start(events, "REQUEST") == "2021-05-20"


def test_a_summit_during_which_a_threat_was_made(code):
    events, _ = code("The envoy recalled the May 20 summit, during which Iran threatened to leave the talks.",
                     PUBLISHED)
    assert _start(events, "THREATEN") == "2021-05-20"


def test_a_letter_in_which_a_demand_was_made(code):
    events, _ = code("Reporters were shown the March 3 letter, in which Pyongyang demanded food aid from Seoul.",
                     PUBLISHED)
    assert _start(events, "REQUEST") == "2021-03-03"


def test_the_day_of_the_telling_is_not_the_meeting_s(code):
    events, _ = code("Officials on Monday described a meeting at which the envoy asked Kenya for help.", PUBLISHED)
    assert _start(events, "REQUEST") is None


def test_an_act_after_a_dated_occasion_is_not_dated_by_it(code):
    events, _ = code("Kenya described the May 20 talks, after which Uganda closed the border.", PUBLISHED)
    assert _start(events, "SANCTION") is None
