"""What a demonstration demands is its topic, told as the demonstration (PLOVER PROTEST; the codebook codes no
request of its own): a participle, an infinitive or a relative clause of asking hung on the protest's noun or verb,
or on the verb whose object or "in" phrase the noun is, makes no REQUEST beside (or instead of) the PROTEST. A
state's protest that demands something stays its complaint, and a demand made of protesters stays a request.
A crowd named as protesters (demonstrators, marchers) who "protest" an act demonstrate (PROTEST 141), though the
actors stage reads them as an opposition's side; a party's own protest stays a complaint (ACCUSE 114)."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries, found_acts


@pytest.mark.parametrize("text", [
    "Thousands of Moldovan teachers took part in a rally in Chisinau on Thursday demanding back pay.",
    "Several thousand Peruvian miners spent the holiday in a rally Monday demanding the reopening of the pits.",
    "In a huge march demanding the minister's resignation, thousands of Bolivian teachers walked through La Paz "
    "on Tuesday.",
    "Hundreds of Kenyan nurses held a protest outside the health ministry on Monday calling for higher wages.",
])
def test_a_protests_demand_is_the_protest(code, text):
    events, actors = code(text, "2024-06-01")
    types = [e.type for e in events]
    assert "REQUEST" not in types and types.count("PROTEST") == 1, found_acts(events)
    protest = next(e for e in events if e.type == "PROTEST")
    assert countries(protest.source, actors) - {None}, found_acts(events)


def test_a_states_protest_demanding_stays_a_complaint(code):
    events, _ = code("Fredonia lodged a protest with Ruritania on Friday, demanding an apology.", "2024-06-01")
    assert [e.type for e in events] == ["ACCUSE"], found_acts(events)


def test_a_demand_made_of_protesters_stays_a_request(code):
    events, _ = code("The president urged the protesters in the square to go home.", "2024-06-01")
    assert [e.type for e in events] == ["REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Riot police fought in the capital with demonstrators who were protesting the delay of the vote.",
    "Marchers protesting the new toll blocked a bridge in Lima on Sunday.",
])
def test_protesters_who_protest_demonstrate(code, text):
    events, _ = code(text, "2024-06-01")
    protests = [(e.type, e.cameo) for e in events if e.trigger == "protesting"]
    assert protests == [("PROTEST", "141")], found_acts(events)


def test_a_partys_protest_stays_a_complaint(code):
    events, _ = code("The opposition protested the decision to postpone the vote.", "2024-06-01")
    assert [(e.type, e.cameo) for e in events] == [("ACCUSE", "114")], found_acts(events)
