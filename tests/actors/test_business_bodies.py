"""A body that speaks for a nation's business ("the U.S. Chamber of Commerce", "the American Chamber":
`business_body_names` in the lexicon) is an organisation of that nation coded as its business (~BUS), neither a firm
nor the state. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("The U.S. Chamber of Commerce urged the Senate on Tuesday to drop the import quota.", "U.S. Chamber of Commerce"),
    ("The American Chamber in Seoul criticised South Korea's new rules on foreign banks.", "American Chamber"),
])
def test_a_nation_s_chamber_is_its_business(by_name, story, text, name):
    entities = by_name(story(text))
    if name not in entities:
        pytest.skip(f"the tagger did not read {name!r} as one name here")
    assert (entities[name].country, entities[name].kind, entities[name].cameo) == ("USA", "organisation", "USABUS")
