"""A body named after the person who heads it, written with a lower-case noun ("the Hollis commission", "the Okada
committee": `eponymous_body_nouns` in the lexicon): one organisation, not the person, of the story's country as any
body named by its common noun; a person's name before another noun, or not compounded on the noun, stays a person."""

import pytest


def test_the_commission_named_after_a_person_is_a_body_of_the_story_s_country(by_name, story):
    found = by_name(story("The United States will review its arms sales, U.S. officials said. "
                        "The Hollis commission criticised the White House in its report on the sales.",
                        dateline="WASHINGTON"))
    assert found["Hollis commission"].kind == "organisation"
    assert found["Hollis commission"].country == "USA"
    assert "Hollis" not in found


def test_a_committee_named_after_a_person_acts_as_the_body(by_name, story):
    result = story("The Okada committee urged Japan to open its markets to foreign rice.")
    assert "Okada" not in by_name(result)
    assert any("unk:ORG:okada-committee" in e.source for e in result.events)


@pytest.mark.parametrize("text, person", [
    ("Senator Hollis told the committee he would vote against the bill.", "Hollis"),  # the noun is not right after
    ("Tom Hollis and his family said they would sell their shares.", "Tom Hollis"),  # no body's noun after
])
def test_a_person_before_another_noun_stays_a_person(by_name, story, text, person):
    found = by_name(story(text))
    assert person in found and found[person].kind == "person"


@pytest.mark.parametrize("text, name", [
    # a known state's or demonym before the noun: that state's body, read by its own rules
    ("The Philippine panel urged Japan to open its markets to foreign rice.", "Philippine panel"),
    ("The Senate committee urged Japan to open its markets to foreign rice.", "Senate committee"),
])
def test_a_known_state_before_the_noun_is_not_joined(by_name, story, text, name):
    assert name not in by_name(story(text))
