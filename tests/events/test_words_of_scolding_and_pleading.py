"""Words of scolding and pleading the lists lacked (patterns/accuse.yaml, request.yaml): "lambasted" (which the
lemmatizer reads as "lambast", not the listed "lambaste"), "flayed", "excoriated", "upbraided" and "rapped … for/over"
are criticism (CAMEO 111) of their object; "pleaded with X" asks X (CAMEO 020). Rapping with no reason named, or
with no object, and a plea in court are none of these."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, target", [
    ("The Kenyan foreign minister lambasted Uganda over the border closure.", "Uganda"),
    ("Lithuania's president flayed Belarus for the migrant crossings.", "Belarus"),
    ("The Polish premier excoriated Moscow over the grain embargo.", "Moscow"),
    ("Canada upbraided India for the expulsion of its diplomats.", "India"),
    ("Ghana rapped Nigeria over the new trade levy.", "Nigeria"),
    ("The minister lambasts Ankara over its airstrikes in a speech.", "Ankara"),
])
def test_a_scolding_is_criticism_of_its_object(code, text, target):
    events, actors = code(text)
    found = [e for e in events if (e.type, e.cameo) == ("ACCUSE", "111")]
    assert found and target in names(found[0].target, actors), [(e.type, e.cameo, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The singer rapped about poverty at the festival in Lagos.",
    "A man rapped on the door of the embassy in Accra for an hour.",
])
def test_rapping_with_no_reason_or_object_is_no_criticism(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, asked", [
    ("Haiti pleaded with the United States for emergency fuel.", "United States"),
    ("Sudan's envoy pleaded with Egypt to reopen the crossing.", "Egypt"),
])
def test_pleading_with_someone_asks_them(code, text, asked):
    events, actors = code(text)
    found = [e for e in events if (e.type, e.cameo, e.trigger) == ("REQUEST", "020", "pleaded")]
    assert found and asked in names(found[0].target, actors), [(e.type, e.cameo, e.target) for e in events]


def test_a_plea_in_court_asks_nobody(code):
    events, _ = code("The former general pleaded guilty to bribery in a court in Lima.")
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]
