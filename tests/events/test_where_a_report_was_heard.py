"""The place and the listener named in the phrase by which a report was picked up ("Radio X, heard in Y, said…",
"the agency, monitored by a broadcaster in Y, said…") and the outlet a speaker was quoted by ("was quoted by the
weekly Y as saying…") are no party to the act the report tells (events/roles/no_party.py `listening_post`,
data/no_party.yaml `hearing`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, place", [
    ("Insurgent radio, monitored by a British broadcaster in London, said the insurgents had taken two towns.",
     "taken", "London"),
    ("The state news agency, heard in Ankara, said government troops had seized three villages.", "seized", "Ankara"),
    ("The rebels' radio, picked up in Cairo, said guerrillas had captured a garrison town.", "captured", "Cairo"),
])
def test_where_a_broadcast_was_heard_is_no_target(code, text, trigger, place):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert place not in names(event.target, actors), (event.source, event.target)


def test_the_outlet_a_speaker_was_quoted_by_is_no_target(code):
    events, actors = code('Prince Faisal bin Salman al-Saud was quoted by the weekly al-Majalla as saying: "No member '
                          'of OPEC has requested an emergency session."')
    event = next(e for e in events if e.trigger == "requested")
    assert not {"al-Majalla", "Faisal bin Salman al-Saud"} & names(event.target, actors), event.target


def test_the_act_s_own_target_stays(code):
    events, actors = code("Radio Kabul said government troops had captured Khost.")
    event = next(e for e in events if e.trigger == "captured")
    assert "Khost" in names(event.target, actors), event.target


def test_the_quoted_act_keeps_its_target(code):
    events, actors = code("Prince Faisal bin Salman al-Saud was quoted by the weekly al-Majalla as saying that Iran "
                          "had attacked two Saudi tankers.")
    event = next(e for e in events if e.trigger == "attacked")
    assert {actors[i].country for i in event.target} == {"SAU"}, event.target
