"""Round 83 (titles83): a title told again as the possessor of an act ("the prime minister's visit", "the president's
trip") stands for the person the story last named with that title, as the title alone does (events/actors.py
`Resolver._titled`: the possessive's marker is no word of the title); before, such a visit had no side. Another
office's title still names nobody. Sentences written here."""

from __future__ import annotations

from tests.events.conftest import names, only


def test_a_head_s_title_as_the_possessor_of_a_visit_is_the_head(code):
    events, actors = code("Prime Minister Kenji Arakawa met business leaders in Osaka on Monday. The talks prepared "
                          "the prime minister's visit to Canada next month.")
    visits = [e for e in events if e.type == "CONSULT" and "Canada" in names(e.target, actors)]
    assert len(visits) == 1 and "Kenji Arakawa" in names(visits[0].source, actors)


def test_a_president_s_trip_told_by_officials_is_the_president_s(code):
    events, actors = code("President Ana Lindqvist opened the new bridge on Monday. Officials said the president's "
                          "trip to Berlin would start on Friday.")
    assert "Ana Lindqvist" in names(only(events, "CONSULT").source, actors)


def test_must_not_another_office_s_possessor_take_the_holder(code):
    events, actors = code("Prime Minister Kenji Arakawa met business leaders in Osaka on Monday. The talks prepared "
                          "the trade minister's visit to Canada next month.")
    consults = [e for e in events if e.type == "CONSULT" and "Canada" in names(e.target, actors)]
    assert all("Kenji Arakawa" not in names(e.source, actors) for e in consults)
