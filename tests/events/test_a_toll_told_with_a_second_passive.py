"""A toll told as two passives joined by "and" that share one auxiliary ("were killed and nine wounded in…"): the
parser may hang the phrases of the occasion and its day on the second participle, or on a clause it makes of the
second subject; the day is the killing's all the same. Sentences written for these tests; the article is of
Thursday 27 June 2024."""

import pytest


@pytest.mark.parametrize("text, day", [
    ("Three police officers were killed and two others injured in a rocket strike on Monday in the northern "
     "province.", "2024-06-24"),
    ("Twelve villagers were shot dead and dozens hurt during a raid on Sunday by gunmen in the east.", "2024-06-23"),
    ("Four soldiers were killed and nine wounded when rebels ambushed a convoy near the border on Tuesday.",
     "2024-06-25"),
])
def test_the_day_of_a_toll_told_with_a_second_passive(code, text, day):
    events, _ = code(text, "2024-06-27")
    killings = [e for e in events if e.type == "ASSAULT" and e.trigger in ("killed", "shot")]
    assert killings and all(e.date is not None and e.date.start == day for e in killings)


def test_a_second_clause_with_its_own_auxiliary_keeps_its_own_time(code):
    events, _ = code("Two guards were killed last year and the prison was attacked again on Monday.", "2024-06-27")
    killings = [e for e in events if e.type == "ASSAULT" and e.trigger == "killed"]
    assert killings and all(e.date is None or e.date.start != "2024-06-24" for e in killings)
