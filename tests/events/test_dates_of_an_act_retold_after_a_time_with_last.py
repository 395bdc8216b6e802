"""An act told with a time whose words tell when ("last week", "last Thursday", "earlier today") and told again
undated in a later sentence is one act told twice: the retelling takes its time (events/story_dates.told_again).
A word of a time is not a word that tells another act (`_another_word`: "last", "earlier" of the time lexicon's
another_words), while "again" still is. Sentences written for this test."""

import pytest

PUBLISHED = "2024-03-14"  # a Thursday


def _arrest_dates(code, text):
    events, _ = code(text, PUBLISHED)
    arrests = sorted((e for e in events if e.type == "COERCE" and "arrest" in (e.trigger or "")),
                     key=lambda e: e.evidence[0].start)
    return [e.date.start if e.date else None for e in arrests]


@pytest.mark.parametrize("text, day", [
    ("Last week, police in Mombasa arrested Juma Otieno, 34, over a bank robbery in the port. Otieno, who was "
     "arrested at a bus station two days after the robbery, was charged with armed robbery.", "2024-03-04"),
    ("Police in Mombasa arrested Juma Otieno, 34, last Thursday over a bank robbery in the port. Otieno, who was "
     "arrested at a bus station, appeared in court.", "2024-03-07"),
])
def test_the_retelling_takes_the_time_told_with_last(code, text, day):
    assert _arrest_dates(code, text) == [day, day]


def test_an_act_told_as_done_again_lends_no_time(code):
    text = ("Police in Mombasa arrested Juma Otieno again last week over a bank robbery. Otieno, who was arrested at a "
            "bus station, appeared in court.")
    assert _arrest_dates(code, text) == ["2024-03-04", None]
