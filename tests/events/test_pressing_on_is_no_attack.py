"""The converted dictionary's verbs of demanding with "on" are a military advance (ASSAULT 190): "will press on with
its reforms", "pushed on with the talks", "will campaign on lower taxes" go on with a course or seek votes, no attack
(data/non_events.yaml "pressing on with a course"). Forces that push on keep their advance, a push into territory
on a given day keeps its reading, and the verbs' other senses ("pushed back on the idea", "pressed Germany to cut
rates", "is pushing for a reduction") keep theirs. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The government will press on with its reforms despite criticism from Washington.", "press"),
    ("Japan will push on with the talks with the United States.", "push"),
    ("Britain will campaign on a platform of lower taxes.", "campaign"),
])
def test_pressing_on_is_no_attack(typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, ptype", [
    ("Iraqi troops pushed on towards the Iranian town.", "pushed", "ASSAULT"),
    ("Iran pushed into Iraqi territory on Monday.", "pushed", "ASSAULT"),
    ("Labour wants more money for schools, while the Tories have pushed back on that idea.", "pushed", "REJECT"),
    ("France pressed Germany to cut interest rates.", "pressed", "REQUEST"),
    ("Washington wants the payments scrapped, whereas Brussels is pushing merely for lower farm support.", "pushing",
     "REQUEST"),
])
def test_other_senses_keep_their_type(typed, text, word, ptype):
    assert typed(text)[word][0] == ptype, typed(text)
