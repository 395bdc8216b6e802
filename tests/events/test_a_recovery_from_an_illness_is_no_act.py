"""A recovery from an illness or a wound ("have recovered from the virus", "recuperating from surgery") is no yield
or any other act, and the type model makes none on it either (data/non_events.yaml "a recovery from an illness");
a town recovered from rebels is still read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.model import Document
from dossier.pipeline import process


def _triggers(text: str, dateline: str) -> set[str]:
    result = next(process([Document(id="t", source="t", text=text, published="2020-11-20", dateline=dateline)]))
    return {e.trigger for e in result.events}


@pytest.mark.parametrize("text", [
    "Officials said President Donald Trump's brother had tested positive for the coronavirus. The president, his "
    "wife and young Barron have recovered from the virus.",
    "Aides say President Donald Trump's daughter caught the coronavirus last week. The president, the first lady and "
    "young Barron have recovered from the illness.",
])
def test_a_recovery_from_an_illness_is_no_event(text):
    assert "recovered" not in _triggers(text, "CHICAGO")


def test_a_town_recovered_from_rebels_is_still_read():
    assert "recovered" in _triggers("Iraqi troops recovered the town from the rebels on Monday.", "BAGHDAD")
