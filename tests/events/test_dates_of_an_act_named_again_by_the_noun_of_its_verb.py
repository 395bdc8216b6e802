"""An act told undated by a verb and named again in a later sentence by the verb's own noun with a time ("The
expulsion took place on Tuesday" after "has expelled"), where the noun does not begin with the verb's stem
("expulsion" of "expel", "detention" of "detain"; the time lexicon's `nouns_of_verbs`), takes that time; not where
the later noun is indefinite (another act of its kind)."""

import pytest

from tests.events.conftest import first_sentence_dates


@pytest.mark.parametrize("text, ptype, day", [
    ("Ghana has expelled three Togolese diplomats. The expulsion took place on Tuesday.", "SANCTION", "2024-06-25"),
    ("Poland has detained four Belarusian soldiers near the border. The detention came on Monday, officials said.",
     "COERCE", "2024-06-24"),
])
def test_the_noun_of_the_verb_dates_the_act_told_before(code, text, ptype, day):
    assert first_sentence_dates(code, text, ptype) == [day]


def test_an_indefinite_noun_of_the_verb_is_another_act(code):
    text = "Ghana has expelled three Togolese diplomats. An expulsion of traders took place on Tuesday."
    assert first_sentence_dates(code, text, "SANCTION") == [None]
