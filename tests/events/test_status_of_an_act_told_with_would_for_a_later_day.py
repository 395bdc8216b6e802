"""An act told with a plain "would" and dated to a later day, week or month the text names is a schedule, so planned,
whoever tells it (events/status.set_for_then): not a forecast. Hedged, conditional or undated, it stays
hypothetical. Sentences written for these tests (article of Wednesday 2024-06-12)."""

import pytest

from tests.events.conftest import only

PUBLISHED = "2024-06-12"


@pytest.mark.parametrize("text", [
    "Officials said Peru would sign the accord with Chile next Tuesday.",
    "Peru would sign the accord with Chile next Tuesday, officials said.",
])
def test_an_act_set_for_a_later_day_is_planned(code, text):
    events, _ = code(text, PUBLISHED)
    event = only(events, "AGREE")
    assert (event.status, event.date.start) == ("planned", "2024-06-18")


@pytest.mark.parametrize("text", [
    "Officials said Peru would sign the accord with Chile.",
    "Analysts said Peru would probably sign the accord with Chile next Tuesday.",
    "Officials said Peru would sign the accord with Chile next Tuesday if Chile agreed.",
])
def test_an_undated_hedged_or_conditional_act_stays_hypothetical(code, text):
    events, _ = code(text, PUBLISHED)
    assert only(events, "AGREE").status == "hypothetical"
