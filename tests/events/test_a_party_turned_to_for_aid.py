"""A party a state turns to for credits or help is asked for them (request.yaml, CAMEO 0231 and 023); a firm turning
to its banks, or investors turning to gold, ask no party."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, asker, asked, cameo, status", [
    ("Ecuador may soon turn to the International Monetary Fund for fresh credits.", "Ecuador", "International Monetary Fund",
     "0231", "hypothetical"),
    ("Zambia turned to the World Bank for new loans last year.", "Zambia", "World Bank", "0231", "occurred"),
    ("Zaire has turned to Belgium for assistance.", "Democratic Republic of the Congo", "Belgium", "023", "occurred"),
])
def test_a_party_turned_to_for_aid_is_asked(code, text, asker, asked, cameo, status):
    events, actors = code(text)
    appeals = [e for e in events if e.type == "REQUEST" and e.cameo == cameo]
    assert len(appeals) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert asker in names(appeals[0].source, actors) and asked in names(appeals[0].target, actors)
    assert appeals[0].status == status


@pytest.mark.parametrize("text", [
    "The firm turned to its banks for loans.",
    "Investors turned to gold for safety.",
    "The company turned to Citibank for financing.",
    "Bolivia turned to tin for export earnings.",
])
def test_no_party_asked(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.cameo, e.trigger) for e in events]
