"""A later sentence that names an undated act again and says what it was, by a noun after "be" ("The raid was a
reply to a rebel ambush last Friday"), tells the time of that noun's content, not of the act; one that tells when
the act happened still dates it ("The raid was on Friday") (events/story_dates._own_date)."""

import pytest


def _dates(code, text, trigger):
    events, _ = code(text, "1990-05-09")
    return [e.date.start if e.date else None for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text", [
    "Kenyan jets bombed a Ugandan rebel camp near the border. Nairobi said the raid was a reply to a rebel ambush on "
    "a Kenyan convoy near Busia last Friday.",
    "Kenyan jets bombed a Ugandan rebel camp near the border. Officials said the bombing was a response to a mortar "
    "attack on the town of Lokichar on Sunday.",
])
def test_a_time_told_in_what_the_act_was_does_not_date_it(code, text):
    assert _dates(code, text, "bombed") == [None]


def test_a_time_told_of_when_the_act_was_still_dates_it(code):
    text = "Kenyan jets bombed a Ugandan rebel camp near the border. The raid was on Sunday, officials said."
    assert _dates(code, text, "bombed") == ["1990-05-06"]
