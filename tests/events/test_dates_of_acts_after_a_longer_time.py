"""An act told in a "before"/"after"/"following" phrase takes the time of the act it bounds only where that time is
one day and no measure parts them ("said today after a meeting"); a week, month or year tells no day of it, and an
act inside a measured phrase other than the one counted from gets none (events/dates._bounded_apart). Sentences
written for these tests (article of Wednesday 2024-06-12)."""

import pytest

from tests.events.conftest import only


@pytest.mark.parametrize("text, kind, main", [
    ("This month, Ghana angrily protested to Togo after being left out of a meeting of trade ministers from Benin "
     "and Nigeria.", "ACCUSE", "2024-06"),
    ("Last year Ghana expelled three Togolese diplomats following a meeting with Benin's president.", "SANCTION",
     "2023"),
    ("Ghana recalled its envoy to Togo last month, before talks with Benin.", "SANCTION", "2024-05"),
])
def test_an_act_before_or_after_one_of_a_longer_time_is_not_dated_by_it(code, text, kind, main):
    events, _ = code(text, "2024-06-12")
    assert only(events, kind).date.start == main  # the main act keeps its own time
    assert only(events, "CONSULT").date is None


def test_an_act_inside_a_measured_phrase_is_not_the_one_counted_from(code):
    events, _ = code("Kenya signed the pact with Uganda on Sunday, two days after the collapse of talks with "
                     "Tanzania.", "2024-06-12")
    assert only(events, "AGREE").date.start == "2024-06-09"
    assert only(events, "CONSULT").date is None


@pytest.mark.parametrize("text, day", [
    # one day: the reporter's convention stays
    ("Ghana protested to Togo on Friday after being left out of a meeting with Benin.", "2024-06-07"),
    # the phrase's own time, in it or right after it
    ("Ghana protested to Togo last month after talks with Benin on May 3.", "2024-05-03"),
    ("Ghana began a new trade policy with Togo after the talks with Benin last March.", "2024-03"),
    # the act counted from keeps its counted day
    ("Kenya signed the pact with Uganda on Sunday, two days after talks with Tanzania.", "2024-06-07"),
])
def test_an_act_after_another_keeps_a_day_of_one_day_or_its_own(code, text, day):
    events, _ = code(text, "2024-06-12")
    value = only(events, "CONSULT").date
    assert value is not None and value.start == day
