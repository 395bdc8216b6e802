"""A participle that tells which side a group or a person stands on ("rebels fighting the army", "groups backed by
a donor") says who is meant, not an act of the story (events/data/non_events.yaml, "who someone is by the side it
takes"); the act the sentence reports, a thing's own content and a participle with its own time stay coded."""

import pytest

from tests.events.conftest import trigger_words


def _listed(events) -> list:
    return [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Ankara, which has long armed militias fighting the Syrian army, moved more tanks to Idlib on Sunday.",
     "fighting"),
    ("Critics of the lockdown include advocacy groups backed by the billionaire Jones.", "backed"),
    ("The diplomats said Mr. Okafor, supported by the ruling party, would likely chair the commission.", "supported"),
    ("Kurdish factions opposing Damascus walked out of the talks on Tuesday.", "opposing"),
])
def test_the_side_a_group_stands_on_is_no_act(code, text, word):
    events, _ = code(text, "2021-05-04")
    assert word not in trigger_words(events), _listed(events)


def test_the_act_of_the_sentence_stays_beside_the_description(code):
    events, _ = code("Uganda, backed by Egypt, expelled the Kenyan envoy.", "2021-05-04")
    assert "expelled" in trigger_words(events) and "backed" not in trigger_words(events), _listed(events)


@pytest.mark.parametrize("text, word", [
    # a thing's own content: the statement is the support
    ("Islamabad issued a statement supporting Baku on Monday.", "supporting"),
    # a thing done by someone, not a side taken by a group
    ("Punitive tariffs imposed by Beijing have hurt soybean growers.", "imposed"),
    # the participle has its own time: an act of the story
    ("Kenya, backed last week by the African Union, closed its border with Somalia.", "backed"),
    # a relative clause tells an act, not who someone is
    ("Rebels who attacked the garrison on Monday withdrew into the hills.", "attacked"),
])
def test_acts_told_beside_a_noun_that_are_not_a_side_taken_stay_coded(code, text, word):
    events, _ = code(text, "2021-05-04")
    assert word in trigger_words(events), _listed(events)
