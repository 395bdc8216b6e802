"""Three kinds of sentence that look like a request and ask nothing of a party (round 79, requests79): a question of
fact put to nobody named ("asked why", "demanded how", "demanded to know who": events/no_event.py `_wh_question`,
data/lexicon.yaml question_words, knowing_verbs); a passive "was encouraged by" a thing or "that" a clause, a feeling
(data/non_events.yaml "heartened by a thing", "heartened"); and a duty laid with "must" or "should" on the speaker's
own side together with another, a shared course (events/own_state.py `joint_duty`); an act a speaker says another
"has yet to" do, still undone and owed by nobody (events/status.py `_pending`). A request made of a party stays in
each case, and so does a firm's or an official's; an academic's "should" is a view (events/views.py `private_view`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


def _requests(events):
    return [e for e in events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "The Senator demanded to know why the Pentagon had kept the audit secret.",
    "Opposition leader Mia Holt asked why the government had not consulted Parliament on the treaty.",
    "Anchor Lise Borg demanded how the prince could be so certain of the dates.",
])
def test_a_question_of_fact_is_no_request(code, text):
    events, _ = code(text)
    assert not _requests(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "Senator Ann Cole said she was encouraged by the choice of Democrat Tom Reed to fill the vacant seat.",
    "Finance Minister Ola Dahl said he was encouraged that the Storting would take a broad look at the tax code.",
    "Mayor Tim Vold said the Oslo city council was very encouraged.",
])
def test_a_feeling_of_encouragement_is_no_request(code, text):
    events, _ = code(text)
    assert not _requests(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "Foreign Minister Aki Tanaka said both Japan and Canada should handle the fishing dispute in a calm manner.",
    "Seoul offered talks of defence ministers with Pyongyang, but said the two states must first rebuild trust.",
    "The Japanese foreign ministry said Japan and South Korea must both cut their tariffs.",
])
def test_a_duty_shared_with_the_speakers_side_is_no_demand(code, text):
    events, _ = code(text)
    assert not [e for e in _requests(events) if e.trigger == "said"], found_acts(events)


@pytest.mark.parametrize("text, source, target", [
    ("Kenya was encouraged by Britain to open its market to imported tea.", "GBR", "KEN"),
    ("Chile encouraged Peru to lower its tariffs on copper wire.", "CHL", "PER"),
    ("The Danish prosecutor asked the Swedish consul to hand over the rifle.", "DNK", "SWE"),
    ("The Japanese foreign ministry said South Korea must cut its tariffs on rice.", "JPN", "KOR"),
])
def test_a_party_asked_stays_a_request(code, text, source, target):
    events, actors = code(text)
    sides = {(actors[s].country, actors[t].country) for e in _requests(events) for s in e.source for t in e.target}
    assert (source, target) in sides, found_acts(events)


@pytest.mark.parametrize("text", [
    "A Kenyan official said Uganda has yet to release the two detained traders.",
    "Venezuela has still to settle the final terms of its plan to ship crude to Ecuador, a senior oil ministry "
    "official said.",
])
def test_an_act_still_undone_is_no_demand(code, text):
    # "has yet to", "has still to": the act is not done yet, no duty the speaker lays on the subject (status._pending)
    events, _ = code(text)
    assert not [e for e in _requests(events) if e.trigger == "said"], found_acts(events)
    assert all(e.status != "occurred" for e in events if e.trigger in ("release", "settle")), \
        found_acts(events, status=True)


def test_an_act_owed_stays_a_demand(code):
    events, actors = code("A Kenyan official said Uganda has to release the two detained traders.")
    assert [e for e in _requests(events) if {actors[t].country for t in e.target} == {"UGA"}], found_acts(events)


def test_an_academics_view_is_no_demand(code):
    # a private person of an academic's sector saying what a state should do gives a view (views.private_view)
    events, _ = code("Professor Omar Said of Cairo University said Egypt should float its currency.")
    assert not [e for e in _requests(events) if e.trigger == "said"], found_acts(events)


@pytest.mark.parametrize("text", [
    "General Motors Corp said the Commerce Department should drop its plan to curb imports of car parts.",
    "Kenyan Foreign Minister Ali Omar said Uganda must withdraw its troops.",
])
def test_a_firms_or_an_officials_demand_stays(code, text):
    events, _ = code(text)
    assert [e for e in _requests(events) if e.trigger == "said"], found_acts(events)
