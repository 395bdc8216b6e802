"""Two words of force in an office or a market sense: a market forced or prised open is trade pressure, no COERCE 170
(data/non_events.yaml "a market forced open"), and control of an office extended to its staff or its budget is
management, no ground taken (ASSAULT 192; patterns/none.yaml). Control extended to towns stays ground taken.
Sentences written for these tests."""

import pytest


def acts(events):
    return [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The United States will try to force open the Fredonian market for its beef.",
    "Ruritanian negotiators began talks with Fredonian officials to try to force open the Fredonian market to "
    "Ruritanian car parts.",
    "Ruritania has tried for years to prise open the Fredonian rice market.",
])
def test_a_market_forced_open_is_no_coercion(code, text):
    events, _ = code(text)
    assert [t for t, _ in acts(events) if t == "COERCE"] == [], (text, acts(events))


@pytest.mark.parametrize("text", [
    "The report said the Ruritanian chief of staff had sought to extend his control to the president's security "
    "adviser.",
    "The new Fredonian finance minister extended his control over the ministry's budget.",
])
def test_control_of_an_office_extended_is_no_ground_taken(code, text):
    events, _ = code(text)
    assert [t for t, _ in acts(events) if t == "ASSAULT"] == [], (text, acts(events))


def test_control_extended_to_towns_stays_ground_taken(typed):
    assert typed("Ruritanian rebels extended their control to three more towns in Fredonia.")["extended"] == \
        ("ASSAULT", "192")
