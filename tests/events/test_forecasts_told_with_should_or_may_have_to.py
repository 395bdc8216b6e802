"""A reported clause that says how a figure should move ("national income should rise"), or that a thing may have
to be done ("koalas may have to be listed as endangered"), forecasts, and one that says how a thing should be seen is
a view: nobody is asked to act (events/data/non_events.yaml "a forecast with should", "a view told with should";
status.clause_modals reads "may have to" as a chance, not as "must"). "X said Y should (must, has to) do Z" stays a
demand of Y."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The IMF said Egypt's national income should rise by 3 pct next year.",
    "The World Bank said Kenya's national income should climb by 5 pct this year.",
    "The Chilean finance minister said copper exports should recover in the second half.",
    "The Australian environment minister warned that some forests may have to be listed as endangered.",
    "The Nigerian oil minister said output might have to be cut further.",
])
def test_a_forecast_asks_nobody(code, text):
    events, _ = code(text)
    assert "REQUEST" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "The Indian foreign minister said Pakistan should withdraw its troops from the border.",
    "The British foreign secretary said Iran has to release the tanker.",
])
def test_a_demand_of_a_party_stays(code, text):
    events, _ = code(text)
    assert ("REQUEST", "100") in {(e.type, e.cameo) for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "A senior Japanese trade official spoke to reporters in Tokyo on Monday about fishing talks with Seoul.\n"
    "The Japanese-Korean quarrel over Seoul's fishing policy should be regarded as healthy bargaining and not as a "
    "sign of a rift, the official said.",
    "A senior Japanese trade official spoke to reporters in Tokyo on Monday about fishing talks with Seoul.\n"
    "The row over Korea's fishing quotas must be seen as normal bargaining, the official said.",
])
def test_how_a_thing_should_be_seen_asks_nobody(code, text):
    events, _ = code(text)
    assert "REQUEST" not in {e.type for e in events}, _found(events)
