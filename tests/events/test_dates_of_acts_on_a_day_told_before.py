"""An act told "later that day", "the following day" or "the day before" a day an earlier sentence told takes the
day counted from that one, not the article's, and stays undated where no day was told before it."""

import pytest


def _dates(code, text, ptype):
    """The dates of the acts of that type the last sentence tells."""
    last = text.split(". ")[-1]
    events, _ = code(text, "2024-06-27")
    return [e.date.start if e.date else None for e in events
            if e.type == ptype and e.evidence[0].text.strip() == last.strip()]


@pytest.mark.parametrize("text, ptype, day", [
    ("Kenya expelled two Ugandan diplomats on Monday. Uganda recalled its ambassador from Nairobi later that day.",
     "SANCTION", "2024-06-24"),
    ("The senate in Ankara approved the troop deployment on Tuesday. Erdogan called Putin later that day to "
     "discuss the mission.", "CONSULT", "2024-06-25"),
    ("Parliament in Ankara voted on Tuesday to send troops to Libya. The following day, Erdogan telephoned Putin.",
     "CONSULT", "2024-06-26"),
])
def test_the_act_takes_the_day_counted_from_the_day_told_before(code, text, ptype, day):
    assert _dates(code, text, ptype) == [day]


def test_with_no_day_told_before_the_act_stays_undated(code):
    text = "Kenya expelled two Ugandan diplomats. Uganda recalled its ambassador from Nairobi later that day."
    assert _dates(code, text, "SANCTION") == [None]
