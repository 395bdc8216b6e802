"""A time an active verb of setting takes as its object or in its "for" phrase ("scheduled sentencing for May 27",
"has set a hearing for July 28") is the time set, after the setting: the nearest such day, as a plan told in the
past takes it, not the last one before the article (a year back for a month and day). The verb's own time, a
passive, a particle verb and a time that only names a noun keep the past. Sentences written for these tests."""

import pytest


def _starts(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, word, published, start", [
    ("The judge scheduled sentencing for May 27.", "May 27", "1987-03-19", "1987-05-27"),
    ("The judge set May 27 for sentencing.", "May 27", "1987-03-19", "1987-05-27"),
    ("U.S. District Judge Ann Cole scheduled May 27 for sentencing.", "May 27", "1987-03-19", "1987-05-27"),
    ("The tribunal has set a hearing on the claim for July 28.", "July 28", "1987-03-19", "1987-07-28"),
    ("The council had rescheduled the vote for June 4.", "June 4", "1987-03-19", "1987-06-04"),
])
def test_a_time_set_takes_the_nearest_day(nlp, text, word, published, start):
    assert _starts(nlp, text, published)[word] == start


@pytest.mark.parametrize("text, word, published, start", [
    ("The runner set a record on May 27.", "May 27", "1987-03-19", "1986-05-27"),  # the verb's own time
    ("The ministry scheduled the talks on May 27.", "May 27", "1987-03-19", "1986-05-27"),  # "on": its own time
    ("The firm set up a fund for July 28.", "July 28", "1987-03-19", "1986-07-28"),  # a particle verb
    ("The board approved the budget for July 28.", "July 28", "1987-03-19", "1986-07-28"),  # no verb of setting
    ("Judge Ann Cole scheduled May 27 the talks.", "May 27", "1987-03-19", "1986-05-27"),  # no "for": its own time
    ("The firm set a sales target for the fourth quarter.", "the fourth quarter", "1987-03-19", "1986-10"),
])
def test_the_setting_s_own_time_and_other_verbs_keep_the_past(nlp, text, word, published, start):
    assert _starts(nlp, text, published)[word] == start
