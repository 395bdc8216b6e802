"""A time in an infinitive of a gathering the parser hangs on the verb of an agreement ("agreed on a conference to
take place in September") dates the gathering, not the agreement, which takes the sentence's other time or none;
an infinitive of another act after the same verb keeps today's reading. A time in a clause that tells
such a gathering as still to come ("called for a summit to take place next week", "pressed for talks which will be
held next month") is the gathering's too, not the call's; a time hung on the call itself still dates it. Sentences
written for these tests; the article is of Monday 6 July 1987."""

import pytest

from tests.events.conftest import only

_DAY = "1987-07-06"


@pytest.mark.parametrize("text", [
    "Kenya and Uganda agreed on a conference to take place in September.",
    "Ghana and Togo agreed on a meeting to convene in Accra in August.",
])
def test_the_gathering_time_does_not_date_the_agreement(code, text):
    events, _ = code(text, _DAY)
    assert only(events, "AGREE").date is None


def test_the_agreement_takes_its_own_time(code):
    events, _ = code("Kenya and Uganda agreed on Friday on a conference to take place in September.", _DAY)
    assert only(events, "AGREE").date.start == "1987-07-03"


def test_an_infinitive_of_another_act_keeps_dating_the_agreement(code):
    events, _ = code("Kenya and Uganda agreed on a conference to discuss the border in September.", _DAY)
    assert only(events, "AGREE").date.start == "1986-09"


@pytest.mark.parametrize("text", [
    "Ghana called for a summit to take place next week.",
    "Kenya pressed for talks which will be held next month.",
])
def test_the_time_of_a_gathering_to_come_does_not_date_the_call(code, text):
    events, _ = code(text, _DAY)
    assert only(events, "REQUEST").date is None


def test_a_time_of_the_call_itself_still_dates_it(code):
    events, _ = code("Ghana called last week for a summit to take place in Accra.", _DAY)
    assert only(events, "REQUEST").date.start == "1987-06-29"
