"""Money a firm or a buyer puts up to close its own deal, and a state's own imports financed, are no aid (patterns/
none.yaml); a market's demand read as a verb ("ill-adapted to demand") or what a situation demands asks
nothing of anyone (data/non_events.yaml). Money provided to a state and demands
with their content stay. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "The Ruritanian broker will provide 279 mln dlrs of its own funds to complete the acquisition.",
    "A Fredonian bank will put up 40 million dollars to finance the buyout, the firm said.",
    "Ruritania needs foreign currency to finance imports, economists said.",
])
def test_money_for_one_s_own_deal_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], [(e.type, e.trigger) for e in events]


def test_money_provided_to_a_state_stays_aid(code):
    events, actors = code("Japan will provide 300 million dollars to Ruritania to finance its imports of grain.")
    aid = [e for e in events if e.type == "AID"]
    assert aid and any(actors[t].name == "Ruritania" for e in aid for t in e.target if t in actors), \
        [(e.type, e.trigger, e.target) for e in events]


@pytest.mark.parametrize("text, word", [
    ("The report said the Ruritanian economy was increasingly ill-adapted to demand and too costly.", "demand"),
    ("Ruritania will act as the situation demands, the minister said.", "demands"),
])
def test_a_demand_of_nothing_is_no_request(typed, text, word):
    assert typed(text)[word][0] == "NONE", text


@pytest.mark.parametrize("text", [
    "The Fredonian unions demanded a ceasefire in the border war with Ruritania.",
    "Fredonia demanded that Ruritanian troops leave the border town.",
    "The nurses demanded of the Ruritanian health ministry to punish the clinic's managers.",
])
def test_a_demand_with_its_content_stays(typed, text):
    assert typed(text)["demanded"] == ("REQUEST", "100"), text
