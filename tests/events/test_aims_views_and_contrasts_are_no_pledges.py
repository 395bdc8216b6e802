"""An outcome one works "to ensure" is an aim, no assurance to anyone; a view shared "in an interview" is a remark, no
agreement; a contrast between things is no disapproval (events/data/non_events.yaml "an outcome one acts to ensure",
"a view shared in an interview"; events/patterns/none.yaml "contrast"). Promises and accords told beside stay."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    '"We have worked all night to ensure that every ballot is counted," the Georgian election chief said.',
    "The Peruvian mining firm hired extra guards to ensure the site stays safe.",
])
def test_an_outcome_worked_for_is_no_promise(code, text):
    events, _ = code(text)
    assert "AGREE" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "Bank of Korea officials agreed in interviews that the won was too strong.",
    "Two Swiss economists concurred in an interview that the franc would weaken.",
])
def test_a_view_shared_in_an_interview_is_no_agreement(code, text):
    events, _ = code(text)
    assert "AGREE" not in {e.type for e in events}, _found(events)


def test_a_contrast_is_no_disapproval(code):
    events, _ = code("The Danish figures contrast sharply with the ones Sweden published in May.")
    assert "ACCUSE" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "Russia pledged to ensure the safety of the inspectors at the plant.",
    "Israel and Hamas agreed in a joint statement to extend the truce.",
])
def test_promises_and_accords_stay(code, text):
    events, _ = code(text)
    assert "AGREE" in {e.type for e in events}, _found(events)
