"""A time in a clause of time or condition told in the present ("before parliament convenes in July", "if the cold
persists into winter", "once the pact is signed in May") is of an act still to come, though a past verb of saying
governs the sentence: English does not put that present back into the past. A habit told in the simple present
and a clause told in the past keep their readings. Sentences written for these tests; the article is of Tuesday
2 June 1987."""

import pytest


def _starts(nlp, text, published="1987-06-02"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, phrase, start", [
    ("The spokesman said last week that the president was committed to launching the reform by decree before the "
     "new parliament convenes in July.", "July", "1987-07"),
    ("Dealers said the council would cut the quotas if the cold persists into the winter.", "the winter", "1987-12"),
    ("The envoy said his government would ratify the treaty once the assembly approves it in May.", "May", "1988-05"),
    ("The minister said the ban would stay until the commission reports in April.", "April", "1988-04"),
])
def test_a_present_clause_of_time_under_a_past_is_to_come(nlp, text, phrase, start):
    assert _starts(nlp, text)[phrase] == start


@pytest.mark.parametrize("text, phrase, start", [
    ("The minister said Ruvia left the pact when Kessia imposed the tariffs in May.", "May", "1987-05"),
    ("The envoy said the treaty was ratified once the assembly approved it in April.", "April", "1987-04"),
    ("The union called off the strike in May after the ministry agreed to talks.", "May", "1987-05"),
])
def test_a_clause_told_in_the_past_keeps_the_past(nlp, text, phrase, start):
    assert _starts(nlp, text)[phrase] == start


def test_a_habit_in_the_present_keeps_the_nearest(nlp):
    found = _starts(nlp, "Ruvia usually protests when Kessia holds its naval exercises in May.")
    assert found["May"] == "1987-05"
