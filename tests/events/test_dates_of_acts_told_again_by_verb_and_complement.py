"""An act told undated by a verb with no object, and in another sentence by the same verb and the same word that makes
the act with it (an adjective complement, "pleaded guilty"; an adverb particle, "pulled out") with a time of its own,
takes that time (events/story_dates.told_in_its_words), also where the other mention codes no event of its own. Not
another doer's act, not another particle, not a time far from the article, not a mention told as another act.
Sentences written for these tests (article of Wednesday 2024-06-26)."""

import pytest

PUBLISHED = "2024-06-26"


def _dates(code, text, trigger):
    events, _ = code(text, PUBLISHED)
    return [(e.date.start if e.date else None) for e in events if e.trigger == trigger and e.evidence
            and e.evidence[0].text.split(",")[0] in text.split(". ")[-1]]


@pytest.mark.parametrize("text, trigger", [
    # the parser hangs "guilty" on "Monday" in the first sentence: the word right after the verb is read too
    ("A Kenyan man pleaded guilty Monday to plotting an attack on the Ugandan embassy, prosecutors said. John Doe, "
     "40, of Nakuru, pleaded guilty to plotting to bomb the embassy.", "pleaded"),
    ("Kenya said its troops pulled out of the disputed island on Monday. Kenya pulled out after talks with Uganda.",
     "pulled"),
])
def test_an_undated_act_takes_the_day_of_its_verb_and_complement_told_again(code, text, trigger):
    assert _dates(code, text, trigger) == ["2024-06-24"]


@pytest.mark.parametrize("text, trigger", [
    # another doer: a Ugandan man is not the man of Nakuru
    ("A Ugandan man pleaded guilty Monday to plotting an attack on the Kenyan embassy, prosecutors said. John Doe, "
     "40, of Nakuru, pleaded guilty to plotting to bomb the embassy.", "pleaded"),
    # another particle: pulling back is not pulling out
    ("Kenya said its troops pulled back from the disputed island on Monday. Kenya pulled out after talks with "
     "Uganda.", "pulled"),
    # told as another act
    ("A Kenyan man pleaded guilty Monday to plotting an attack on the Ugandan embassy, prosecutors said. John Doe, "
     "40, of Nakuru, had pleaded guilty again to a charge of spying.", "pleaded"),
    # a time far from the article
    ("A Kenyan man pleaded guilty in March 2019 to plotting an attack on the Ugandan embassy, prosecutors said. John "
     "Doe, 40, of Nakuru, pleaded guilty to plotting to bomb the embassy.", "pleaded"),
])
def test_no_day_from_another_doer_particle_act_or_a_far_time(code, text, trigger):
    assert _dates(code, text, trigger) == [None]
