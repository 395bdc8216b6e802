"""A converted Phoenix noun that needs a country ("human rights activists", "separatist militants", "striking
nurses") and finds none in its own words gives way to the project's shorter noun it ends in ("activists",
"militants", "nurses"), read over all its words: the group is still an agent, of the place it is in or of the story's
state, not dropped with its events' side (agents.py `_candidates`). Texts written for these tests."""

from __future__ import annotations

from tests.actors.conftest import mention_countries


def test_activists_of_a_longer_noun_take_the_place_they_are_in(story):
    found = story("Human rights activists in Lyon protested against the curfew on Saturday.", published="2021-03-02")
    assert mention_countries(found, "human rights activists") == {"FRA"}


def test_militants_of_a_longer_noun_take_the_story_s_state(story):
    text = ("Mali's army said on Monday that separatist militants had raided a post near Gao. "
            "The Malian government sent more troops to the north of Mali.")
    found = story(text, published="2021-03-02")
    assert mention_countries(found, "separatist militants") == {"MLI"}
    assault = [e for e in found.events if e.type == "ASSAULT"]
    assert assault and all(s.startswith("agent:MLI:REB") for e in assault for s in e.source)


def test_a_described_longer_noun_keeps_its_own_country(story):
    found = story("Kenyan human rights activists visited Kampala on Monday.", published="2021-03-02")
    assert mention_countries(found, "kenyan human rights activists") | mention_countries(
        found, "human rights activists") == {"KEN"}


def test_striking_workers_of_a_story_s_state_protest(story):
    text = ("Nurses in New Zealand walked off the job on Tuesday. Striking nurses rallied outside parliament in "
            "Wellington to demand higher pay from the government.")
    found = story(text, published="2021-03-02")
    assert mention_countries(found, "striking nurses") == {"NZL"}
    protest = [e for e in found.events if e.type == "PROTEST"]
    assert protest and protest[0].source and all(s.startswith("agent:NZL:") for s in protest[0].source)


def test_a_portfolio_s_ministers_in_the_plural_stay_several_states(story):
    text = ("Five farm ministers closed their talks in Ottawa on Sunday without a deal. "
            "Canada's cabinet ministers will review the text, Canadian officials said.")
    found = story(text, dateline="OTTAWA", published="1988-05-08")
    assert "CAN" not in mention_countries(found, "farm ministers")
    assert mention_countries(found, "cabinet ministers") == {"CAN"}


def test_heads_of_government_in_the_plural_stay_several_states(story):
    text = ("Seoul offered on Friday a meeting of prime ministers to ease tension with Pyongyang. "
            "South Korea's cabinet will name its delegates next week.")
    found = story(text, dateline="SEOUL", published="1988-05-08")
    assert "KOR" not in mention_countries(found, "prime ministers")


def test_a_state_s_officials_in_the_plural_are_not_the_story_s_state_s(story):
    text = ("Health officials around the world warned on Monday of a new strain. "
            "Britain's health ministry said it was watching the outbreak.")
    found = story(text, published="2021-03-02")
    assert "GBR" not in mention_countries(found, "health officials")
