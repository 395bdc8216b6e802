"""An acronym of a few letters that only the converted lists know ("CA", "LT", "FPS", each an armed group's there)
names its group only where the text writes it in capitals and the tagger takes it for an organisation: not a postal
state code after a town, an abbreviated rank or a unit of measure. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "The band will play a concert at a park in Fresno, CA on Friday, its manager said.",
    "Lt. Ramos led the patrol that stopped the van near the bridge on Tuesday.",
    "The new card renders the game at a steady 120 FPS, the reviewer said on Monday.",
])
def test_a_short_acronym_in_ordinary_text_is_no_group(story, text):
    result = story(text, published="2024-06-03")
    assert not [e.name for e in result.entities if e.kind == "group"]


def test_a_longer_converted_acronym_is_still_matched(story):
    result = story("ANA rebels attacked a police post near the border on Monday.", published="2024-06-03")
    assert "Albanian National Army" in {e.name for e in result.entities}
