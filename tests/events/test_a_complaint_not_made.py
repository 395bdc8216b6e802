"""A complaint not made ("raised no objection") is no act, and an objection negated ("did not object") is no refusal
made (events/data/non_events.yaml "a complaint not made"; data/lexicon.yaml refusing_verbs). Objections raised and
made stay. Texts written here."""

from __future__ import annotations

from tests.events.conftest import found_acts


def test_no_objection_raised_is_no_accusation(code):
    events, _ = code("The Canadian government has raised no objection to the sale.")
    assert not [e for e in events if e.status == "occurred"], found_acts(events, status=True)


def test_a_negated_objection_stays_negated(code):
    events, _ = code("Canada did not object to the sale.")
    assert not [e for e in events if e.type == "REJECT" and e.status == "occurred"], found_acts(events, status=True)


def test_objections_raised_and_made_stay(code):
    raised, _ = code("France raised objections to the plan.")
    assert [e for e in raised if e.type == "ACCUSE" and e.status == "occurred"], found_acts(raised, status=True)
    made, _ = code("Canada objected to the sale.")
    assert [e for e in made if e.type == "REJECT" and e.status == "occurred"], found_acts(made, status=True)
