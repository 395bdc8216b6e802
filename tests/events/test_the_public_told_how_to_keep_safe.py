"""The public warned what to do to keep safe ("warned residents to keep away from the river") is given advice, no
threat (events/data/non_events.yaml "the public warned about a danger", its form with a verb of what to do); a party
warned to do something stays a threat. Texts written here."""

import pytest


@pytest.mark.parametrize("text", [
    "Peruvian health officials have warned people to keep away from the flooded areas and to boil their water.",
    "Bolivian officials warned residents to avoid contact with stray dogs.",
])
def test_the_public_told_how_to_keep_safe_is_no_threat(code, text):
    events, _ = code(text)
    assert "THREATEN" not in {e.type for e in events}, [(e.type, e.trigger) for e in events]


def test_a_party_warned_to_act_stays_threatened(code):
    events, _ = code("Chile warned Bolivia to keep its troops away from the border.")
    assert [e for e in events if e.type == "THREATEN" and e.trigger == "warned"]
