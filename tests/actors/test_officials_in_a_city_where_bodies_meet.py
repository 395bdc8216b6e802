"""State officials "in" a city where international bodies meet ("delegates in Geneva", "ministers in Brussels") take
no country from that city (lexicon's `meeting_seats`): they are mostly other states' delegates there. A state's own
body there, and officials in another city, keep the city's country. Sentences written for these tests."""

from __future__ import annotations


def _agents(result) -> dict[str, str]:
    return {m.text.lower(): m.entity for m in result.mentions if m.entity.startswith("agent:")}


def test_ministers_meeting_in_geneva_are_not_swiss(story):
    result = story("Visiting ministers in Geneva pressed Chile on Tuesday to lower its tariffs on beef.")
    assert _agents(result).get("ministers") == "agent:---:GOV", result.mentions


def test_officials_and_diplomats_in_brussels_or_vienna_are_not_the_host_s(story):
    brussels = story("Senior officials in Brussels warned Canada that the fishing dispute could end the talks.")
    assert _agents(brussels).get("officials") == "agent:---:GOV", brussels.mentions
    vienna = story("Diplomats in Vienna said on Friday that Libya had let the inspectors into two more sites.")
    assert _agents(vienna).get("diplomats") == "agent:---:GOV", vienna.mentions


def test_the_host_state_s_own_bodies_and_other_cities_keep_the_country(story):
    police = story("Police in Geneva detained eleven protesters outside the hotel on Sunday.")
    assert _agents(police).get("police") == "agent:CHE:COP", police.mentions
    government = story("The government in Vienna accused Slovakia of polluting the river.")
    assert "agent:---:GOV" not in {m.entity for m in government.mentions}
    assert any(ev.type == "ACCUSE" and ev.source == ["Q40"] for ev in government.events), government.events
    bonn = story("Officials in Bonn accused Poland of delaying the shipments.")
    assert _agents(bonn).get("officials") == "agent:DEU:GOV", bonn.mentions
