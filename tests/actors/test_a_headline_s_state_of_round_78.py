"""The one state a story's headline names is a state the article names (story_countries.py `_headline_state`,
persons.py `_story_states`): a person the dictionaries know only out of office on the story's date is meant by their
name under it, and of several people a lone family name may mean, the only one of that state is. Counted as one
more mention, it makes the story that state's where the body names it once more and no other state as often
(`_headlined_story_country`): its troops and crowds are that state's. A contact group is a body of many states.
Sentences and headlines written for these tests."""

from __future__ import annotations

from tests.actors.conftest import mention_countries


def test_a_former_head_named_alone_under_his_state_s_headline(story):
    text = "Mubarak's lawyers lodged an appeal against the verdict on Tuesday."
    assert mention_countries(story(text, published="2012-06-05", title="Egypt diary, June 2012"), "mubarak") == {"EGY"}
    assert "EGY" not in mention_countries(story(text, published="2012-06-05"), "mubarak")


def test_a_family_name_many_share_is_the_headline_state_s_holder(story):
    text = "Saleh offered fresh talks to the tribal chiefs on Monday."
    assert mention_countries(story(text, published="2011-04-11", title="Yemen diary, April 2011"), "saleh") == {"YEM"}
    assert "YEM" not in mention_countries(story(text, published="2011-04-11"), "saleh")


def test_troops_under_a_headline_state_named_again_by_its_capital(story):
    text = "Troops fired on a crowd of students in Manama on Wednesday, witnesses said."
    titled = story(text, published="2011-03-16", title="Bahrain timeline, March 2011")
    assert mention_countries(titled, "troops") == {"BHR"}
    events = [e for e in titled.events if e.type == "ASSAULT"]
    ents = {e.id: e for e in titled.entities}
    assert events and {ents[i].country for i in events[0].source} == {"BHR"}
    assert "BHR" not in mention_countries(story(text, published="2011-03-16"), "troops")


def test_a_headline_state_named_nowhere_else_gives_its_troops_nothing(story):
    text = "Troops fired on a crowd of students on Wednesday, witnesses said."
    titled = story(text, published="2011-03-16", title="Bahrain timeline, March 2011")
    assert "BHR" not in mention_countries(titled, "troops")


def test_a_contact_group_on_a_state_is_none_of_its_states(story):
    text = ("The International Contact Group on Somalia met in Nairobi and pledged funds to the Somali army. "
            "Somali officials welcomed the pledge.")
    found = story(text, published="2012-03-02", title="Somalia diary, March 2012")
    groups = [e for e in found.entities if "Contact Group" in e.name]
    assert groups and all(e.country is None for e in groups)
