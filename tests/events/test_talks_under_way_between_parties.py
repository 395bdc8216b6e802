"""Talks told as under way or in progress are going on, not judged (noun_acts.comes_about on "be" with a word of going
on), and their "between" phrase, where the parser hangs it on the verb or on that word, names their sides
(roles.going_on): CONSULT between the two. Talks judged unlikely, and a "between" phrase of venues or of a noun that
is no subject of such a verb, give no talks between parties; a pact said to open markets is judged, not told as
done."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, first, second", [
    ("Talks are underway between Kenya and the World Bank on a new loan.", "Kenya", "World Bank"),
    ("Talks between Ghana and the IMF are under way, officials said.", "Ghana", "International Monetary Fund"),
    ("Talks are in progress between Ghana and the IMF.", "Ghana", "International Monetary Fund"),
    ("Negotiations are under way between Chile and Argentina aimed at settling the border dispute.", "Chile",
     "Argentina"),
])
def test_talks_under_way_between_parties(code, text, first, second):
    events, actors = code(text, "1987-03-20")
    talks = [e for e in events if e.type == "CONSULT"]
    assert len(talks) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert names(talks[0].source, actors) == {first} and names(talks[0].target, actors) == {second}
    assert talks[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "Talks between Ghana and the IMF are unlikely.",
    "The talks alternated between Geneva and Vienna.",
    "The cost of the talks was split between Kenya and Uganda.",
    "The talks are a sign of warmer ties between Kenya and Uganda.",
])
def test_no_talks_between_parties(code, text):
    events, _ = code(text, "1987-03-20")
    assert not [e for e in events if e.type == "CONSULT" and e.source and e.target], \
        [(e.type, e.cameo, e.trigger) for e in events]


def test_a_pact_that_would_open_markets_is_no_accord(code):
    events, _ = code("A trade pact, backed by President Sarney and President Alfonsin, would open new markets for "
                     "both states, he said.", "1987-03-20")
    assert not [e for e in events if e.type == "AGREE"], [(e.type, e.cameo, e.trigger) for e in events]
