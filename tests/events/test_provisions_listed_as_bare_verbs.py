"""Items of a list that begin with a bare verb and no subject (events/no_event.listed_provision) are what a bill, a
plan or a wish holds, no acts; items that tell a doer or a past act stay coded."""

import pytest

from tests.events.conftest import trigger_words


@pytest.mark.parametrize("text, word", [
    ("The senator said the measure would:\n- Enable the World Bank to help Sudan.\n- Offer aid to Chad.", "help"),
    ("He said any settlement should -\n- permit Peru to delay its payments.\n- cut off credit to Libya.", "permit"),
    ("He said any settlement should -\n- permit Peru to delay its payments.\n- cut off credit to Libya.", "cut"),
    ("The plan's provisions include:\n - Suspend aid to Chile for a year.\n - Recall the ambassador from Managua.",
     "Recall"),
])
def test_listed_provisions_are_no_acts(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word, kind", [
    ("Britain imposed sanctions on Libya.\n- Canada recalled its envoy from Tripoli.", "recalled", "SANCTION"),
    ("Kenya closed its border with Uganda - the third closure this year.", "closed", "SANCTION"),
])
def test_listed_acts_with_a_doer_stay_coded(code, text, word, kind):
    events, _ = code(text)
    assert (kind, word) in {(e.type, w) for e in events for w in e.trigger.split(" … ")}, \
        [(e.type, e.trigger) for e in events]
