"""Forces or a military presence built up are armed forces increased (mobilize.yaml, CAMEO 154): "beefed up its
troop presence", "strengthened its forces", "stepped up its military presence". A presence in a market, aid or
investment increased is no military move. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ruritania beefed up its troop presence in the hills facing Fredonia.", "beefed"),
    ("The army has strengthened its forces in the northern province.", "strengthened"),
    ("Fredonia stepped up its military presence in the strait, officials said.", "stepped"),
    ("The alliance will double its troops on the eastern flank.", "double"),
    ("Ruritania has intensified its forces around the port city.", "intensified"),
    ("Fredonia was getting ready to extend its military presence around the refugee camps.", "extend"),  # round 76
    ("Ruritania widened its naval presence off the disputed islands.", "widened"),
])
def test_forces_built_up_are_a_mobilisation(typed, text, word):
    assert typed(text)[word] == ("MOBILIZE", "154"), text


@pytest.mark.parametrize("text, word", [
    ("The carmaker boosted its presence in the Fredonian market.", "boosted"),
    ("Ruritania increased its aid to the refugees.", "increased"),
    ("The bank strengthened its capital base.", "strengthened"),
    ("Ruritania wants to strengthen the forces of recovery at home.", "strengthen"),
    ("The new rules will bolster market forces in the grain trade.", "bolster"),
    ("The insurer plans to extend its presence in Fredonian cities.", "extend"),
])
def test_other_things_built_up_are_no_mobilisation(typed, text, word):
    assert typed(text).get(word, ("NONE", None)) != ("MOBILIZE", "154"), text
