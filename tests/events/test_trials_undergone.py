"""A trial undergone ("went on trial", "stood trial", "faced trial"): the subject is the accused, so it is the
target of the case brought (ACCUSE 115), and the source is the court named "before" whom, else the judiciary (as
for a judicial act told in the passive). Criticism faced, a strike gone on and a stand held firm are no trial."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


def _trials(events):
    return [e for e in events if (e.type, e.cameo) == ("ACCUSE", "115")]


@pytest.mark.parametrize("text, accused", [
    ("The former Peruvian defence minister went on trial in Lima on Monday over bribes.", "PER"),
    ("Three Iranian fishermen stood trial in a Kuwaiti court for smuggling.", "IRN"),
    ("A Belarusian journalist faced trial last week on charges of treason.", "BLR"),
])
def test_the_one_on_trial_is_the_target_and_the_judiciary_the_source(code, rules_only, text, accused):
    events, actors = code(text, "2024-03-01")
    (event,) = _trials(events)
    assert {actors[t].country for t in event.target} == {accused}
    assert event.source and all("judiciary" in n for n in names(event.source, actors))


def test_a_court_named_before_whom_the_trial_is_held_is_the_source(code, rules_only):
    events, actors = code("The Croatian colonel stood trial before the International Criminal Court in The Hague.",
                          "2024-03-01")
    (event,) = _trials(events)
    assert names(event.source, actors) == {"International Criminal Court"}
    assert names(event.target, actors) == {"Croatian military"}  # the colonel


@pytest.mark.parametrize("text", [
    "The Russian foreign minister faced criticism over the decision.",
    "Greek dockworkers went on strike in Piraeus on Monday.",
    "The Turkish president stood firm on the question of the straits.",
    "The Chilean team went on tour to Argentina in May.",
])
def test_criticism_faced_a_strike_or_a_firm_stand_is_no_trial(code, rules_only, text):
    events, _ = code(text, "2024-03-01")
    assert not _trials(events)


def test_the_one_told_to_stand_trial_is_the_accused(code, rules_only):
    events, actors = code("A Ghanaian court ordered the former Togolese minister to stand trial for fraud.",
                          "2024-03-01")
    (event,) = _trials(events)
    assert names(event.source, actors) == {"Ghanaian judiciary"}
    assert {actors[t].country for t in event.target} == {"TGO"}


@pytest.mark.parametrize("text, accused", [
    ("The former Peruvian defence minister is on trial in Lima for taking bribes.", "PER"),
    ("The Russian opposition leader was on trial in Moscow on charges of extremism.", "RUS"),
    ("The Ukrainian soldier remains on trial in a Russian court.", "UKR"),
])
def test_the_one_on_trial_is_the_accused(code, rules_only, text, accused):
    events, actors = code(text, "2024-03-01")
    (event,) = _trials(events)
    assert {actors[t].country for t in event.target} == {accused}
    assert event.source and all("judiciary" in n for n in names(event.source, actors))


def test_a_court_named_before_whom_one_is_on_trial_is_the_source(code, rules_only):
    events, actors = code("The Croatian colonel is on trial before the International Criminal Court in The Hague.",
                          "2024-03-01")
    (event,) = _trials(events)
    assert names(event.source, actors) == {"International Criminal Court"}
    assert names(event.target, actors) == {"Croatian military"}


@pytest.mark.parametrize("text", [
    "Democracy is on trial in Hungary, the Polish president said.",  # a figure of speech: nobody is accused
    "A Kenyan court held the trial of the Ugandan general in Nairobi.",  # the court's act, no trial undergone
    "The trial of the Ugandan general opened in Nairobi on Monday.",
])
def test_a_trial_named_otherwise_than_as_a_state_one_is_in_is_not_read_so(code, rules_only, text):
    events, actors = code(text, "2024-03-01")
    assert not any(e.type == "ACCUSE" and {actors[t].country for t in e.target if t in actors} & {"UGA", "HUN"}
                   and any("judiciary" in n for n in names(e.source, actors)) for e in events)
