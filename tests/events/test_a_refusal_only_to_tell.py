"""A refusal only to tell ("declined to describe the weapons", "declined to give his surname") is a source's silence,
no rejection of a party's demand (data/non_events.yaml "silence before the press", round 82: describe, surname). A
refusal told to a party, or of another act, stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts, names


@pytest.mark.parametrize("text", [
    "Captain Ruiz of the Lima police declined to describe the weapons in any detail but said they were new.",
    "A farmer from Oruro, who declined to give his surname, told reporters the new law was unfair.",
])
def test_a_refusal_only_to_tell_is_no_rejection(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], found_acts(events)


@pytest.mark.parametrize("text, source, target", [
    ("Poland refused to give Germany the files on the pipeline project.", "Poland", "Germany"),
    ("Peru's foreign minister refused to discuss the border dispute with Chile.", None, "Chile"),
    ("Ecuador refused to extradite the banker to Venezuela.", "Ecuador", "Venezuela"),
])
def test_a_refusal_told_to_a_party_stays(code, text, source, target):
    events, actors = code(text)
    found = [e for e in events if e.type == "REJECT" and target in names(e.target, actors)]
    assert found, found_acts(events)
    assert source is None or source in names(found[0].source, actors)
