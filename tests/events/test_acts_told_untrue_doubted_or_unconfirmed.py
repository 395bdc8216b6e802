"""An act its teller says is untrue names no event (events/data/non_events.yaml "the act told untrue", as a denied
act); one told only in a report nobody will confirm, or with slim prospects, is hypothetical (events/status.py
`_unconfirmed`, `_prospect_doubted`); an act after "without" in a denied "there is" is a general truth, no act ("an
act in a rule of no exceptions"). The same acts told as done keep their event and status. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text, ptype", [
    ("The minister told the radio it was not true that the donors had threatened to cut off aid to Malawi.",
     "THREATEN"),
    ("The ministry said it was untrue that Kenyan troops had attacked the village.", "ASSAULT"),
])
def test_an_act_told_untrue_is_no_event(code, text, ptype):
    events, _ = code(text)
    assert not [e for e in events if e.type == ptype], found_acts(events, status=True)


@pytest.mark.parametrize("text, ptype", [
    ("The spokesman said it was true that Kenyan troops had crossed the border.", "MOBILIZE"),
    ("The ministry said Kenyan troops had attacked the village.", "ASSAULT"),
])
def test_an_act_told_true_stays(code, text, ptype):
    events, _ = code(text)
    assert [e for e in events if e.type == ptype and e.status == "occurred"], found_acts(events, status=True)


@pytest.mark.parametrize("text, ptype", [
    ("A naval spokesman said he could not confirm on his own the reports that Tehran had offered to end its raids "
     "on tankers.", "AGREE"),
    ("The spokesman declined to confirm reports that Iraq had shelled the town.", "ASSAULT"),
    ("Officials could not confirm that the two envoys had met in Geneva.", "CONSULT"),
    ("There were unconfirmed reports that troops had crossed the border.", "MOBILIZE"),
])
def test_an_act_only_reported_unconfirmed_is_hypothetical(code, text, ptype):
    events, _ = code(text)
    found = [e for e in events if e.type == ptype]
    assert found and all(e.status == "hypothetical" for e in found), found_acts(events, status=True)


@pytest.mark.parametrize("text, ptype", [
    ("The ministry confirmed reports that Tehran had offered to end its raids on tankers.", "AGREE"),
    ("The spokesman said that Iraq had shelled the town.", "ASSAULT"),
])
def test_an_act_confirmed_or_told_stays_done(code, text, ptype):
    events, _ = code(text)
    assert [e for e in events if e.type == ptype and e.status == "occurred"], found_acts(events, status=True)


def test_a_meeting_with_slim_prospects_is_hypothetical(code):
    events, _ = code("Prospects look slim for an autumn meeting between Chilean and Peruvian ministers before their "
                     "fishing accord runs out, officials in Lima said.")
    found = [e for e in events if e.type == "CONSULT"]
    assert found and all(e.status == "hypothetical" for e in found), found_acts(events, status=True)


def test_a_meeting_told_as_held_stays(code):
    events, _ = code("Chilean and Peruvian ministers held a meeting in Lima on Monday.")
    assert [e for e in events if e.type == "CONSULT" and e.status == "occurred"], found_acts(events, status=True)


def test_a_meeting_with_good_prospects_is_not_doubted(code):
    events, _ = code("Prospects are good for a meeting between the Chilean and Peruvian ministers next month.")
    found = [e for e in events if e.type == "CONSULT"]
    assert found and all(e.status != "hypothetical" for e in found), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "There has not been one agrarian reform plan on earth without the people occupying farms.",
    "There is no land reform anywhere without peasants occupying land.",
])
def test_an_act_in_a_rule_of_no_exceptions_is_no_event(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == "occupying"], found_acts(events)


def test_an_act_done_without_another_stays(code):
    events, _ = code("Kenya signed the accord without consulting Uganda.")
    assert [e.type for e in events if e.type == "AGREE"], found_acts(events)
