"""An international body's title written alone for its holder ("the farm commissioner said") is that body, where the
story names the body that gives the title (`international_titles`, actors/body_titles.py). Not a title with another
office's word or a state before it ("the county commissioner", "Canada's trade commissioner"), nor in a story that
names no such body. Sentences written for these tests."""

from __future__ import annotations

EC = "org:european-community"


def _title_entities(result, title: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text.lower().endswith(title)}


def test_the_title_alone_is_the_body_the_story_names(story):
    result = story("EC farm ministers met in Brussels on Monday to discuss milk quotas. The farm commissioner urged "
                   "Italy to cut its output by a tenth.", dateline="BRUSSELS")
    assert _title_entities(result, "commissioner") == {EC}
    assert any(ev.type == "REQUEST" and EC in ev.source for ev in result.events), result.events


def test_another_office_s_commissioner_is_not_the_body(story):
    result = story("EC officials said on Monday the plan would stand. Canada's trade commissioner in Brussels "
                   "protested against it, and the county commissioner wrote to Ottawa.", dateline="BRUSSELS")
    assert EC not in _title_entities(result, "commissioner")


def test_a_story_that_names_no_body_has_no_body_s_commissioner(story):
    result = story("The commissioner told the city council on Monday that the police would hire more officers.")
    assert EC not in {e.id for e in result.entities}
