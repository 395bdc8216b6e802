"""An act told undated, named again in a later sentence as the object of an active verb of doing with a time of its
own ("Beijing issued the warning on Tuesday", "Turkish forces launched the offensive on Sunday"), takes that time, as
it does from the passive ("the warning was issued on Tuesday"); not where the later verb's subject is another doer
nor where the noun is indefinite (another act of its kind)."""

import pytest

from tests.events.conftest import first_sentence_dates


@pytest.mark.parametrize("text, ptype", [
    ("Chile has warned Bolivia over its gas exports. Santiago issued the warning on Tuesday after a border "
     "incident.", "THREATEN"),
    ("Armenia has launched an offensive against rebels in the hills. Armenian troops launched the offensive on "
     "Tuesday at dawn.", "ASSAULT"),
])
def test_the_earlier_act_takes_the_time_of_the_verb_that_does_its_noun(code, text, ptype):
    assert first_sentence_dates(code, text, ptype) == ["2024-06-25"]


@pytest.mark.parametrize("text, ptype", [
    # an indefinite noun: a new warning, not the one told before
    ("Chile has warned Bolivia over its gas exports. Santiago issued a warning on Tuesday after a border incident.",
     "THREATEN"),
    # another state launched it
    ("Armenia has launched an offensive against rebels in the hills. Georgia launched the offensive on Tuesday at "
     "dawn.", "ASSAULT"),
    # a verb that is no doing of the act: its own time is the criticism's
    ("Chile and Bolivia have signed a gas pact. Peru criticised the pact on Tuesday.", "AGREE"),
])
def test_no_time_is_lent_by_another_doer_another_act_or_a_verb_about_it(code, text, ptype):
    assert first_sentence_dates(code, text, ptype) == [None]
