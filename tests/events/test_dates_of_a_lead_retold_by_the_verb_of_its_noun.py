"""A lead's act told undated in the present perfect by a light verb and the act's noun ("has launched air strikes
on", "has issued a warning to") and told again further on by the noun's own verb in the simple past with a time
("struck the depots on Sunday", "warned the group on Tuesday") takes that time; not where the later verb's subject
is another state, the later mention says it is another act ("again"), its time is far from the article's, or the
lead has a time of its own ("in recent weeks")."""

import pytest

from tests.events.conftest import first_sentence_dates


@pytest.mark.parametrize("text, ptype, day", [
    ("Azerbaijan has launched air strikes on separatist depots in the hills. Azerbaijani jets struck the depots on "
     "Sunday.", "ASSAULT", "2024-06-23"),
    ("Greece has issued a warning to Turkey over drilling. Athens warned Ankara on Tuesday.", "THREATEN",
     "2024-06-25"),
])
def test_the_lead_takes_the_time_of_the_verb_of_its_noun(code, text, ptype, day):
    assert first_sentence_dates(code, text, ptype) == [day]


@pytest.mark.parametrize("text, ptype", [
    # another state's jets
    ("Azerbaijan has launched air strikes on separatist depots in the hills. Armenian jets struck the depots on "
     "Sunday.", "ASSAULT"),
    # told as another act
    ("Azerbaijan has launched air strikes on separatist depots in the hills. Azerbaijani jets struck again on "
     "Sunday.", "ASSAULT"),
    # the lead has a vague time of its own
    ("Azerbaijan has launched air strikes on separatist depots in recent weeks. Azerbaijani jets struck the depots "
     "on Sunday.", "ASSAULT"),
    # long before the article
    ("Azerbaijan has launched air strikes on separatist depots in the hills. Azerbaijani jets struck the region in "
     "2016.", "ASSAULT"),
])
def test_no_time_from_another_doer_another_act_or_another_year(code, text, ptype):
    assert first_sentence_dates(code, text, ptype) == [None]
