"""A request whose object, or the noun of its "for", names the act asked for ("called for the resignation of the
minister", "demanded the withdrawal of the troops") stays a request whatever type the model reads in the sentence's
words (a reason of blame, "for allowing ..."), as one told by an infinitive does. A call for a thing that is no act
is still the model's to retype."""

from __future__ import annotations

import pytest

from dossier.events.classifier import NONE
from dossier.events.component import coding_with


class _SureOfAccusation:
    """A type model that takes every sentence for an accusation, well above the margins that let it retype."""

    def scores_many(self, batch):
        return [{"ACCUSE": 0.8, "REQUEST": -0.6, "YIELD": -0.9, "ASSAULT": -0.9, NONE: -1.0} for _ in batch]


@pytest.fixture
def sure_of_accusation(nlp):
    with coding_with(nlp, types=_SureOfAccusation(), roles=None):
        yield


@pytest.mark.parametrize("text", [
    "Union chief Tom Berg called for the resignation of Pedro Lima, the minister in charge of the railways, for "
    "allowing the hiring of replacement crews.",
    "Opposition leader Sam Kerr demanded the resignation of Health Minister Ed Vance for hiding the hospital figures.",
    "Opposition leader Sam Kerr called for the withdrawal of troops from the border town.",
])
def test_an_act_asked_for_by_its_noun_stays_a_request(code, sure_of_accusation, text):
    events, _ = code(text)
    asked = [e for e in events if e.trigger in ("called", "demanded")]
    assert asked and all(e.type == "REQUEST" for e in asked), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Opposition leader Sam Kerr called for calm in the capital.",
])
def test_a_call_for_no_act_is_still_retyped(code, sure_of_accusation, text):
    events, _ = code(text)
    assert [(e.type, e.trigger) for e in events] == [("ACCUSE", "called")]
