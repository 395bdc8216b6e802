"""Allowing is a concession (CONCEDE 080) where a party is let act; a thing or a process let happen is none
(data/non_events.yaml "a thing let happen"). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "Aides said the Ruritanian premier plans to quit within days, allowing negotiations over a fresh coalition chief.",
    "Ruritania lowered its interest rates, allowing more credit for exporters.",
    "The Ruritanian ministry published the figures early, allowing rumours to spread through the market.",
])
def test_a_thing_let_happen_is_no_concession(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONCEDE" and e.cameo == "080"], \
        [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Ruritania allowed Fredonian inspectors into its nuclear plants.",
    "The Ruritanian government allowed Fredonian aid workers into the border camps on Monday.",
])
def test_a_party_let_in_is_a_concession(code, text):
    events, actors = code(text)
    found = [e for e in events if e.type == "CONCEDE" and e.cameo == "080"]
    assert found, [(e.type, e.cameo, e.trigger) for e in events]
    assert any("Fredonia" in actors[t].name for e in found for t in e.target if t in actors), \
        [[actors[t].name for t in e.target if t in actors] for e in found]


@pytest.mark.parametrize("text", [
    "Officials said Ruritania may yield to Fredonian pressure and allow some Fredonian imports soon.",
    "Bowing to the pressure, Ruritania allowed Fredonian investment in its ports.",
])
def test_a_market_opened_to_another_party_stays_a_concession(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONCEDE"], [(e.type, e.cameo, e.trigger) for e in events]
