"""A weekend told in the past before it comes round is the one just gone: "agreed this weekend" in a Monday story,
and "weekend" on the noun of an act ("a weekend visit", "the group's weekend decision"), which the recogniser leaves
out, is read as "the weekend" is. Told of what is still to come, "this weekend" stays the coming one. Sentences
written for these tests; the article is of Monday 6 July 1987."""

import pytest

from dossier.time import normalise


def _spans(nlp, text, published="1987-07-06"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: (t.value.start, t.value.end) for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, phrase", [
    ("The cocoa producers agreed this weekend in Accra on a lower export quota.", "this weekend"),
    ("The envoy paid a short weekend visit to Lusaka, where he met the president.", "weekend"),
    ("The cartel's weekend decision to trim output has lifted prices, dealers said.", "weekend"),
])
def test_a_weekend_told_as_gone_is_the_last_one(nlp, text, phrase):
    assert _spans(nlp, text)[phrase] == ("1987-07-04", "1987-07-05")


def test_this_weekend_to_come_stays_the_coming_one(nlp):
    assert _spans(nlp, "The cocoa producers will meet this weekend in Accra.")["this weekend"] == (
        "1987-07-11", "1987-07-12")


def test_this_weekend_told_on_the_weekend_is_that_weekend():
    # on a Sunday, a "this weekend" told in the past is the one under way, not the one a week back
    assert (normalise("this weekend", "1987-07-05", "past").start, normalise("this weekend", "1987-07-06", None).start
            ) == ("1987-07-04", "1987-07-11")
