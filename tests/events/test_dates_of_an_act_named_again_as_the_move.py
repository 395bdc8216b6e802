"""An act the sentence just before told undated, named again as "the move", "the decision" or "this step" (with
"the" or "this", no owner of its own, as the subject of its clause) with a time of its own, takes that time:
"Bolivia has recalled its ambassador to Chile. The step was taken on Friday". Not the object of another act ("Chile
called the move on Friday a mistake": the calling's day), nor another state's move, nor a sentence that does not
follow the act at once. An act done "in a move announced on Tuesday" takes the participle's time, not one done "in a
move criticised on Friday by Belgrade"."""

import pytest

from tests.events.conftest import first_sentence_dates


@pytest.mark.parametrize("text, ptype, day", [
    ("Bolivia has recalled its ambassador to Chile. The step was taken on Friday after a shooting at the border.",
     "SANCTION", "2024-06-21"),
    ("Hungary has expelled two Ukrainian diplomats. The move came on Monday, days after a row over a pipeline.",
     "SANCTION", "2024-06-24"),
    ("Hungary has expelled two Ukrainian diplomats. The decision, announced on Tuesday, followed a row over a "
     "pipeline.", "SANCTION", "2024-06-25"),
])
def test_the_act_takes_the_time_of_the_move_that_names_it_again(code, text, ptype, day):
    assert first_sentence_dates(code, text, ptype) == [day]


@pytest.mark.parametrize("text", [
    # the move is the object of another act: its day is the calling's
    "Hungary has expelled two Ukrainian diplomats. Kyiv called the move on Tuesday a provocation.",
    # another party's move
    "Hungary has expelled two Ukrainian diplomats. Ukraine's move came on Tuesday.",
    # the noun does not follow the act at once
    "Hungary has expelled two Ukrainian diplomats. Kyiv gave no comment. The move came on Tuesday.",
])
def test_no_time_from_a_move_that_is_not_the_act(code, text):
    assert first_sentence_dates(code, text, "SANCTION")[:1] == [None]


@pytest.mark.parametrize("text, day", [
    ("Hungary expelled two Ukrainian diplomats in a move announced on Tuesday.", "2024-06-25"),
    ("Hungary has closed its border with Serbia in a decision taken on Friday.", "2024-06-21"),
])
def test_an_act_done_in_a_move_takes_the_move_s_time(code, text, day):
    events, _ = code(text, "2024-06-27")
    assert [e.date.start if e.date else None for e in events if e.type == "SANCTION"] == [day]


def test_an_act_done_in_a_move_others_criticised_takes_no_time(code):
    events, _ = code("Hungary closed its border with Serbia in a move criticised on Friday by Belgrade.", "2024-06-27")
    assert [e.date for e in events if e.type == "SANCTION"] == [None]
