"""Two states joined by a hyphen or a slash before a noun act (`roles/hyphen_pairs.py`): talks, summits and
negotiations between them take the first as the source and the second as the target, also where a verb tells what
the talks did ("…talks resumed"); an act the two make together ("a French-Italian appeal") is done by both. A pair
after a dotted abbreviation ("U.S.-Japanese") is split by the tokenizer (`nlp/joined_names.py`)."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, first, second", [
    ("Officials in Ottawa said Canadian-Mexican talks on trucking rules had gone well.", "talks", "Canada", "Mexico"),
    ("The U.K.-Irish negotiations over fishing rights ended on Friday without a deal.", "negotiations",
     "United Kingdom", "Ireland"),
    ("Diplomats said a U.S./Cuban summit was being prepared for the spring.", "summit", "United States", "Cuba"),
    ("The next round of Sino-Indian border talks will be held in Delhi, the ministry said.", "held … talks", "China",
     "India"),
])
def test_talks_of_two_joined_states_are_between_them(code, text, trigger, first, second):
    events, actors = code(text)
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.type, e.trigger, e.source, e.target) for e in events]
    assert names(found[0].source, actors) == {first}, [(e.type, e.trigger, e.source, e.target) for e in events]
    assert names(found[0].target, actors) == {second}, [(e.type, e.trigger, e.source, e.target) for e in events]


def test_a_verb_told_of_such_talks_is_between_them_too(code):
    events, actors = code("Peruvian-Chilean talks on the sea border resumed in Lima on Monday.")
    resumed = [e for e in events if e.trigger == "resumed"]
    assert resumed, [(e.type, e.trigger) for e in events]
    assert names(resumed[0].source, actors) == {"Peru"} and names(resumed[0].target, actors) == {"Chile"}


def test_a_joint_act_of_the_two_is_done_by_both(code):
    events, actors = code("A French-Italian appeal for a ceasefire in Libya was issued on Sunday.")
    found = [e for e in events if e.type == "REQUEST"]
    assert found, [(e.type, e.trigger) for e in events]
    assert {"France", "Italy"} <= names(found[0].source, actors), [(e.type, e.source, e.target) for e in events]
    assert "Italy" not in names(found[0].target, actors)


def test_a_pair_after_an_abbreviation_is_three_tokens(nlp):
    doc = nlp.make_doc("U.S.-Japanese talks and the U.S./Soviet summit, but not 5-4 or well-known.")
    words = [t.text for t in doc]
    assert words[:3] == ["U.S.", "-", "Japanese"] and ["U.S.", "/", "Soviet"] == words[6:9], words
    assert "5-4" in words or words.count("-") == 3, words
