"""A call "to" someone with the infinitive of what is asked is a request of that one, as a call "on" someone is
(patterns/request.yaml nouns): "Tokyo's call to its refiners to cut runs". A call to someone with no infinitive asks
nothing of them."""

from __future__ import annotations

from tests.events.conftest import countries, found_acts


def test_a_call_to_firms_to_act_asks_them(code):
    events, actors = code("The ministry's call to Japanese refiners last month to cut crude runs has lifted prices in "
                          "the spot market, traders said.")
    asked = [e for e in events if e.type == "REQUEST" and e.trigger == "call"]
    assert asked and countries(asked[0].target, actors) == {"JPN"}, found_acts(events)


def test_a_call_to_someone_without_an_infinitive_asks_nothing(code):
    events, _ = code("The minister's call to the Kenyan envoy lasted an hour, officials said.")
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)
