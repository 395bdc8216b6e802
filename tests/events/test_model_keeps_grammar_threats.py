"""An act the grammar makes a threat (told by its own actor for the future, vowed, or held out under a condition)
stays a threat whatever type the model reads in the threatened act's words: "will not leave this move unanswered"
reads like a refusal, but the speaker threatens. An act told as done is still the model's to retype."""

from __future__ import annotations

import pytest

from dossier.events.classifier import NONE
from dossier.events.component import coding_with


class _SureOfRefusal:
    """A type model that takes every sentence for a refusal, well above the margins that let it retype."""

    def scores_many(self, batch):
        return [{"REJECT": 0.3, "THREATEN": -0.9, "ASSAULT": -0.9, "ACCUSE": -0.9, NONE: -1.0} for _ in batch]


@pytest.fixture
def sure_of_refusal(nlp):
    with coding_with(nlp, types=_SureOfRefusal(), roles=None):
        yield


@pytest.mark.parametrize("text", [
    'Iranian radio quoted President Hassan Rouhani as saying, "We will surely retaliate and will not let this '
    'American step go unanswered."',
    'The Syrian minister said, "We will retaliate against any Turkish strike."',
    "The Kenyan army will attack the rebels unless they lay down their arms.",
])
def test_a_threat_the_grammar_tells_stays_a_threat(code, sure_of_refusal, text):
    events, _ = code(text, "2019-11-18")
    assert [e.type for e in events] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "Kenyan troops shelled rebel positions near the border on Monday.",
    "Syrian jets bombed a Turkish convoy last week.",
    "Kenya accused Uganda of arming the rebels.",
])
def test_an_act_told_as_done_is_still_retyped(code, sure_of_refusal, text):
    events, _ = code(text, "2019-11-18")
    assert events and all(e.type == "REJECT" for e in events)
