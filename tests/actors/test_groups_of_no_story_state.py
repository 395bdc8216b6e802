"""Groups that wire news cites without a word of whose they are keep no state of the story's or of its dateline's:
diplomats posted in a capital are mostly other states' envoys, and traders speak for a market, not a state. A word
describing them still gives theirs. Sentences written for these tests."""


def _agents(found, text):
    """The countries of the generic agents mentioned by that text."""
    named = {m.entity for m in found.mentions if m.text.lower() == text}
    return {e.country for e in found.entities if e.id in named}


def test_diplomats_in_a_capital_are_not_its_state_s(story):
    found = story("Senior diplomats said the talks with Japan on car exports had stalled. Japan has refused to cut "
                  "its quotas.", dateline="BRUSSELS")
    assert _agents(found, "diplomats") == {None}


def test_diplomats_described_by_their_state_keep_it(story):
    found = story("French diplomats said the talks with Japan on car exports had stalled.", dateline="BRUSSELS")
    assert _agents(found, "diplomats") == {"FRA"}


def test_traders_of_a_market_are_of_no_state(story):
    found = story("Traders said Moscow had bought a great deal of corn this week. The Soviet Union pays in cash.",
                  dateline="NEW YORK")
    assert _agents(found, "traders") == {None}
