"""The public warned about a danger (people, residents, travellers…) is given advice, no threat
(events/data/non_events.yaml "the public warned about a danger"); a party warned about what may befall it stays a
threat."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Greek officials warned residents about the storm on Monday.",
    "A curfew began on Saturday and Spanish officials are warning people about large family gatherings.",
    "The Thai tourism authority cautioned travellers against swimming off Phuket.",
])
def test_the_public_warned_is_no_threat(code, text):
    events, _ = code(text)
    assert "THREATEN" not in {e.type for e in events}, _found(events)


def test_a_party_warned_stays_threatened(code):
    events, _ = code("The Iranian foreign minister warned the United States about the consequences of an attack.")
    assert "THREATEN" in {e.type for e in events}, _found(events)
