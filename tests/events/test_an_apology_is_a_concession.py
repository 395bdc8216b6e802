"""An apology to a party for a wrong done is CONCEDE (the PLOVER manual files remorse or regret voiced over a deed
there), not SUPPORT, the 2-digit root of its CAMEO code 055 (patterns/concede.yaml;
the converted dictionary's 055 patterns, petrarch_verbs APOLOGY). Sentences written for these tests."""

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, source, target", [
    ("The Ruritanian premier apologised to Fredonia on Thursday for the shelling of a border post.", "RUR", "FRE"),
    ("Chile's foreign minister apologized to Bolivia for the detention of two of its truck drivers.", "CHL", "BOL"),
    ("Japan issued a formal apology to South Korea for the remarks of a junior minister.", "JPN", "KOR"),
])
def test_an_apology_to_a_party_is_a_concession(code, text, source, target):
    events, actors = code(text)
    found = [(e.type, e.cameo, countries(e.source, actors), countries(e.target, actors)) for e in events]
    apologies = [f for f in found if f[1] == "055"]
    assert apologies and all(f[0] == "CONCEDE" for f in apologies), found
    assert not [f for f in found if f[0] == "SUPPORT"], found
    if source != "RUR":  # Ruritania and Fredonia name no state the dictionaries know
        assert any(source in f[2] and target in f[3] for f in apologies), found
