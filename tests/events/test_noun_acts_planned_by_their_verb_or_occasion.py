"""Status of a noun act still to come (sentences written for these tests; the article is of Monday 6 July 1987):
- a noun act under a verb with a plain "would", dated to a later day or month ("said Kenya would take part in
  talks on August 20"), is planned, as the same act told by a verb is; with "might" it stays hypothetical;
- a noun act that is the occasion of another act ("raised at the next meeting") and whose own words tell it is to
  come ("the next", "to be held in November") is planned whatever the modality of the act done at it."""

import pytest

from tests.events.conftest import only

_DAY = "1987-07-06"


@pytest.mark.parametrize("text", [
    "Officials said Kenya would participate in talks with Uganda on August 20 in Nairobi.",
    "Diplomats said Ghana would take part in a summit with Togo in Lome on September 3.",
])
def test_a_noun_act_under_a_plain_would_with_a_later_day_is_planned(code, text):
    events, _ = code(text, _DAY)
    assert only(events, "CONSULT").status == "planned"


def test_a_noun_act_under_might_stays_hypothetical(code):
    events, _ = code("Diplomats said Ghana might take part in a summit with Togo in Lome on September 3.", _DAY)
    assert only(events, "CONSULT").status == "hypothetical"


@pytest.mark.parametrize("text", [
    "Asked if the border would be discussed at the next OAU summit to be held in Lusaka on October 4, Moi said no.",
    "Aides said the plan could be put forward at an OAU summit to be held in Addis Ababa in November.",
])
def test_an_occasion_told_as_to_come_is_planned(code, text):
    events, _ = code(text, _DAY)
    assert only(events, "CONSULT").status == "planned"


@pytest.mark.parametrize("text", [
    "Aides said the plan could be put forward at an OAU summit in Addis Ababa.",
    "Kenya said it could raise the matter at a meeting with Uganda.",
])
def test_an_occasion_with_no_words_of_its_own_keeps_the_modality(code, text):
    events, _ = code(text, _DAY)
    assert only(events, "CONSULT").status == "hypothetical"
