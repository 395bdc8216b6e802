"""A prison term passed with a conviction is the main act: COERCE (CAMEO 173) above the finding of guilt (ACCUSE 116),
with the conviction's sides where its own are not named, and made from the conviction where the sentence verb is a
passive joined verb with no subject of its own (events/court_sentences.py). Sentences written for these tests."""

import pytest

from tests.events.conftest import names


def _top(events):
    return max(events, key=lambda e: e.confidence or 0)


@pytest.mark.parametrize("text", [
    "A court in Nairobi convicted the banker of fraud and sentenced him to six years in prison.",
    "Three Danish sailors were convicted of smuggling by a Ghanaian court and sentenced to four years.",
    "A Peruvian tribunal found the army colonel guilty of torture and jailed him for life.",
])
def test_the_prison_term_is_on_top_with_the_convictions_sides(code, text):
    events, actors = code(text)
    types = {e.type: e for e in events}
    assert {"ACCUSE", "COERCE"} <= set(types), text
    top = _top(events)
    assert (top.type, top.cameo) == ("COERCE", "173"), text
    conviction = types["ACCUSE"]
    assert top.source == conviction.source and top.target == conviction.target, text


def test_the_passive_sentence_is_made_from_the_conviction(code):
    events, actors = code("Two Dutch journalists were convicted of spying by an Iranian court and sentenced to "
                          "eight years.")
    passed = [e for e in events if e.type == "COERCE"]
    conviction = [e for e in events if e.type == "ACCUSE"]
    assert len(passed) == 1 and len(conviction) == 1
    assert passed[0].target == conviction[0].target and passed[0].source == conviction[0].source
    assert names(passed[0].target, actors) == {"Dutch media"}
    assert passed[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "A court in Nairobi convicted the banker of fraud on Tuesday.",  # no prison term
    "A court in Nairobi convicted the banker of fraud, and the judge will sentence him next month.",  # another clause
])
def test_no_prison_term_is_made_without_one_joined_to_the_conviction(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "COERCE" and e.status == "occurred"], text
