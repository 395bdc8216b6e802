"""A vague phrase whose last word is an adjective on a noun of no time ("the present accord", "the future
relationship") names a thing, not a time; the same words alone, or on a noun of time, stay times. Sentences written
for these tests; the article is of Friday 19 June 1987."""

import pytest


def _texts(nlp, text, published="1987-06-19"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return [t.text for t in nlp(doc)._.timexes]


@pytest.mark.parametrize("text", [
    "The minister called the present tin pact a model for other commodity accords.",
    "Both sides discussed the future relationship between the two central banks.",
])
def test_an_adjective_on_a_thing_is_no_time(nlp, text):
    assert _texts(nlp, text) == []


@pytest.mark.parametrize("text, phrase", [
    ("The minister said the pact works well for the present.", "the present"),
    ("Prices have doubled over the past decade, the minister said.", "the past decade"),
])
def test_the_same_words_as_a_time_stay_a_time(nlp, text, phrase):
    assert phrase in " ".join(_texts(nlp, text))
