"""Parties and armed groups the converted (Phoenix) lists lack or spell otherwise (data/parties.yaml,
data/organisations.yaml) are actors of their state; and "Congress", India's and Nepal's party as well as the
legislature of the US and some other states, is the party only in a story whose other names give the party's state
most (party_names.py `_bodies_named_as_parties`). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _actors(result, written: str) -> list:
    ents = {e.id: e for e in result.entities}
    return [ents[m.entity] for m in result.mentions if m.text == written and m.entity in ents]


@pytest.mark.parametrize("text, written, country, cameo", [
    ("Houthi fighters fired two drones at an airport in southern Saudi Arabia, the coalition said.",
     "Houthi", "YEM", "YEMREB"),
    ("The Houthis said on Sunday they had shot down a surveillance aircraft.", "Houthis", "YEM", "YEMREB"),
    ("The YPG denied that its units had shelled villages across the border.", "YPG", "SYR", "SYRREB"),
    ("The Tigray People's Liberation Front rejected the federal government's offer of talks.",
     "Tigray People's Liberation Front", "ETH", "ETHREB"),
    ("M23 rebels took control of two more towns north of Goma, residents said.", "M23 rebels", "COD", "CODREB"),
    ("Police blamed the Haqqani network for the bombing near the ministry.", "Haqqani network", "AFG", "AFGREB"),
    ("Jaish-e-Mohammed said it carried out the raid on the convoy.", "Jaish-e-Mohammed", "PAK", "PAKREB"),
    ("The Muslim Brotherhood called for protests after Friday prayers.", "Muslim Brotherhood", "EGY", "EGYOPP"),
])
def test_an_armed_or_opposition_group_is_of_its_state(story, text, written, country, cameo):
    found = _actors(story(text, published="2020-11-20"), written)
    assert found and {(e.country, e.cameo, e.kind) for e in found} == {(country, cameo, "group")}


@pytest.mark.parametrize("text, written", [
    ("The RJD accused the state government of hiding the number of tests in Bihar.", "RJD"),
    ("Leaders of the Janata Dal (United) met in Patna on Monday.", "Janata Dal (United)"),
    ("The Trinamool Congress walked out of the assembly in Kolkata.", "Trinamool Congress"),
    ("The Shiv Sena broke with its ally over the choice of chief minister in Mumbai.", "Shiv Sena"),
])
def test_an_indian_party_is_india_s(story, text, written):
    found = _actors(story(text, published="2020-11-20"), written)
    assert found and {(e.country, e.kind) for e in found} == {("IND", "party")}


@pytest.mark.parametrize("text, dateline, country", [
    ("The Congress accused the prime minister of failing farmers, and its leaders marched in the capital.",
     "NEW DELHI", "IND"),
    ("India's opposition Congress said the new farm laws would hurt growers in Punjab and Haryana.", None, "IND"),
    ("The Congress and two smaller parties agreed to form a coalition government in Nepal on Sunday.", None, "NPL"),
])
def test_congress_in_a_story_of_india_or_nepal_is_its_party(story, text, dateline, country):
    found = _actors(story(text, dateline=dateline, published="2020-11-20"), "Congress")
    assert found and {(e.country, e.kind) for e in found} == {(country, "party")}


@pytest.mark.parametrize("text, dateline, country", [
    ("Congress passed the spending bill on Tuesday and sent it to the White House.", "WASHINGTON", "USA"),
    # another state's story: the US legislature, as before
    ("Japan's trade minister said Congress should drop the tariff bill that would hurt Japanese exporters.",
     "TOKYO", "USA"),
    # India named, but the United States more often
    ("India and the United States agreed on a trade deal, which Congress must approve, U.S. officials said in "
     "Washington.", None, "USA"),
    ("The Congress voted to remove the president, and Peru's courts upheld the vote.", "LIMA", "PER"),
])
def test_congress_elsewhere_is_the_legislature(story, text, dateline, country):
    found = _actors(story(text, dateline=dateline, published="2020-11-20"), "Congress")
    assert found and all(e.kind != "party" for e in found)
    assert {e.country for e in found} == {country}
