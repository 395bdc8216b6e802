"""What describes a person's name reaches the state body they serve where the description names more than the body:
a relative clause saying the person heads, leads, chairs, runs or directs a body ("X, who heads Mexico's tax
agency,"), and a body named before the state a subject title studies ("the White House Ukraine expert": the White
House's, not Ukraine's) (descriptions.py `_neighbours`). Sentences written for these tests."""

from __future__ import annotations

import pytest

DATE = "2019-11-20"


@pytest.mark.parametrize("text, person, country", [
    ("Lucia Ferrandez, who heads Mexico's tax agency, said the new rule would stay in force.", "Lucia Ferrandez",
     "MEX"),
    ("Lucia Ferrandez, who runs the Mexican central bank, told lawmakers that rates would hold.", "Lucia Ferrandez",
     "MEX"),
    ("Tomas Ekberg, who chairs the Swedish parliament's defence committee, rejected the plan.", "Tomas Ekberg", "SWE"),
    ("Lawmakers questioned Daniel Kerrigan, the White House Ukraine expert, for six hours.", "Daniel Kerrigan", "USA"),
    ("Lawmakers questioned Daniel Kerrigan, the National Security Council Russia expert, on Friday.",
     "Daniel Kerrigan", "USA"),
])
def test_the_body_a_person_leads_or_studies_for_gives_their_state(by_name, story, text, person, country):
    assert by_name(story(text, published=DATE))[person].country == country


@pytest.mark.parametrize("text, person", [
    # a firm run in a state says nothing of whose the person is
    ("Lucia Ferrandez, who runs a bakery in Mexico City, said the new rule would hurt her trade.", "Lucia Ferrandez"),
    # the state studied alone is not the person's
    ("Lawmakers questioned Daniel Kerrigan, a Ukraine expert, for six hours on Tuesday.", "Daniel Kerrigan"),
    # a relative clause of another verb names no body of theirs
    ("Lucia Ferrandez, who visited Mexico's tax agency last week, said the new rule would stay.", "Lucia Ferrandez"),
])
def test_no_state_from_a_place_or_a_studied_state(by_name, story, text, person):
    assert by_name(story(text, published=DATE))[person].country is None
