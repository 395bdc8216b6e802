"""What a step is for, told as help to an economy's figure or trouble ("to aid the bloc's growth", "to help redress
its trade imbalance", "to help curb its surplus"), is no aid given to any party (data/non_events.yaml "a problem or
a figure helped": round 66 kept noise66's form of this context over types66's). Help given to a party, with its
figures or troubles named after "with", stays AID. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Seoul will take steps to help redress its trade imbalance with Washington.", "help"),
    ("Brussels wants Bonn to adopt measures to aid European growth.", "aid"),
    ("Tokyo plans new steps to help curb its trade surplus with the United States.", "help"),
])
def test_a_figure_helped_along_is_no_aid(typed, text, word):
    assert typed(text).get(word, ("NONE",))[0] == "NONE", typed(text)


@pytest.mark.parametrize("text", [
    "The United States will help Egypt with food aid.",
    "Japan agreed to help Peru with its debt problems.",
])
def test_a_party_helped_stays_aid(typed, text):
    assert typed(text)["help"][0] == "AID", typed(text)
