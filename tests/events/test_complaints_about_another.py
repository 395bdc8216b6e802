"""A complaint about or over another's act or policy is a complaint of its doer (patterns/accuse.yaml, CAMEO 114),
its doer a possessor or a demonym before it; complaints about food or noise name no party."""

import pytest


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, complainer, about", [
    ("The Indian government's complaints about China's dam project have grown.", "IND", "CHN"),
    ("Thai complaints over Cambodian border posts delayed the meeting.", "THA", "KHM"),
    ("The tariff triggered fresh Brazilian complaints about Argentina's import rules.", "BRA", "ARG"),
])
def test_a_complaint_about_anothers_act(code, text, complainer, about):
    events, actors = code(text)
    complaints = [e for e in events if e.type == "ACCUSE" and e.cameo == "114"]
    assert len(complaints) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert _countries(complaints[0].source, actors) == {complainer}
    assert _countries(complaints[0].target, actors) == {about}


@pytest.mark.parametrize("text", [
    "The hotel received complaints about the food.",
    "Complaints about the noise from the new runway have doubled.",
])
def test_complaints_about_things_name_no_party(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.cameo, e.trigger) for e in events]
