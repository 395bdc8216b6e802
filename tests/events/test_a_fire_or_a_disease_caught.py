""""Catch" with a fire, a disease, an illness found or fish for its object, or "caught on" a recording, seizes
nobody (events/patterns/none_figures_and_dues.yaml, the none senses of "catch"): no COERCE. A suspect or smugglers
caught stay a seizure. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts

PAGE = ("{} The federal government announced new rules for Canada on Monday. Prime Minister Justin Trudeau said the "
        "rules would last for a month. Ottawa will review them in July. The Conservative Party has said little "
        "about them.")


@pytest.mark.parametrize("text", [
    "Prime Minister Boris Johnson caught Covid-19 in March.",
    "Doctors caught her illness early enough to treat it.",
])
def test_a_disease_caught_or_found_is_no_seizure(code, text):
    events, _ = code(PAGE.format(text))
    assert not [e for e in events if e.type == "COERCE"], found_acts(events)


@pytest.mark.parametrize("text", [
    "The old customs house caught fire late on Sunday.",
    "The mayor's aide was caught on camera mocking the budget.",
    "Fishermen from the village caught shrimp off the cape.",
])
def test_a_fire_a_recording_or_fish_caught_names_no_seizure(typed, text):
    assert typed(text).get("caught", ("NONE",))[0] != "COERCE", typed(text)


@pytest.mark.parametrize("text", ["Police caught the suspect near the Austrian border on Friday.",
                                  "Greek coastguards caught two smugglers near Lesbos on Sunday."])
def test_a_suspect_or_smugglers_caught_stay_a_seizure(code, text):
    events, _ = code(text)
    assert "COERCE" in {e.type for e in events}, found_acts(events)
