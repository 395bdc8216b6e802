"""On a crime story (events/relevance.py `crime_page`), the case's own course between the police or the courts and
private people is no act between parties (`case_procedure`, data/relevance.yaml crime_page.procedure_types): a plea
offer turned down by prosecutors, the police asking people to keep away from the scene. The case's arrest and
verdict stay, and so do an official's appeal to the town and a plea to a governor. Texts written here."""

from __future__ import annotations

from tests.events.conftest import found_acts

# a crime story: every sentence tells of the police, the court or the crime, none of politics
STORY = ("Tom Reyes, 24, was convicted of murder last week. Police arrested him in May after a shooting at a bar. "
         "Prosecutors said he fired six shots. The jury deliberated for two days. His lawyer said he would appeal "
         "the verdict. {}")


def test_a_plea_offer_turned_down_is_no_refusal(code):
    events, _ = code(STORY.format("Prosecutors turned down an offer from his attorneys to plead guilty in exchange "
                                  "for a lighter sentence."))
    assert not [e for e in events if e.type == "REJECT"], found_acts(events)
    assert {"ACCUSE", "COERCE"} <= {e.type for e in events}, found_acts(events)  # the verdict and the arrest stay


def test_people_asked_to_keep_away_from_the_scene_is_no_request(code):
    events, _ = code(STORY.format("Police urged people to keep away from the scene on Friday."))
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


def test_an_officials_appeal_or_a_plea_to_a_governor_stays(code):
    for text in ("Ohio Governor Ana Lopes urged residents to stay indoors on Friday night.",
                 "The judge asked the Ohio governor to pardon him."):
        events, _ = code(STORY.format(text))
        assert [e for e in events if e.type == "REQUEST"], (text, found_acts(events))
