"""An act put forward for someone to do is not done: what a verb of proposing, asking or calling governs (its
infinitive, gerund, "that" clause in the base form, "for" phrase, or a proposing verb's object) and what a noun of
proposing names is hypothetical, while the proposal itself occurred. Not an act the sentence tells as done (its
own clause, a relative clause with a light verb in the past), a claim ("suggested that the army attacked"), a
proposal accepted, a call made, nor an act an object of the act put forward names."""

from __future__ import annotations

import pytest

from dossier.events.patterns import load_lexicon
from dossier.events.status import put_forward, read_status


def _status_of(nlp, text: str, word: str) -> str:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return read_status(tok, load_lexicon())


@pytest.mark.parametrize("text, word", [
    ("France demanded that Iran release the prisoners.", "release"),
    ("Kenya demanded that the hostages be freed.", "freed"),
    ("Ghana asked Togo to reopen the border.", "reopen"),
    ("Norway urged Sudan to free the detained journalists.", "free"),
    ("Germany called on Russia to withdraw its forces from the border.", "withdraw"),
    ("Germany called for Russia to withdraw its forces from the border.", "withdraw"),
    ("The Pope appealed to both sides to end the fighting.", "end"),
    ("Kenya rejected calls for talks with the rebels.", "talks"),
    ("The Swiss suggested a meeting between the two presidents.", "meeting"),
    ("The envoy recommended sending aid to Haiti.", "sending"),
    ("Mexico will urge Cuba to release the dissidents.", "release"),
    ("Kenya said it would urge Uganda to withdraw its troops.", "withdraw"),
    ("Chile backed a proposal to hold talks in Lima.", "hold"),
    ("Egypt's ceasefire proposal was welcomed by Hamas.", "ceasefire"),
    ("The Security Council demanded an end to the fighting in Darfur.", "end"),
])
def test_act_put_forward_is_hypothetical(nlp, text, word):
    assert _status_of(nlp, text, word) == "hypothetical"


@pytest.mark.parametrize("text, word, status", [
    ("The two presidents met in Geneva, as the Swiss had proposed.", "met", "occurred"),
    ("Reports suggested that the army attacked the town on Monday.", "attacked", "occurred"),
    ("The figures suggest that the army attacks villages at night.", "attacks", "occurred"),
    ("Kenya urged Uganda to condemn the attack on the convoy.", "attack", "occurred"),
    ("The Security Council demanded an end to the fighting in Darfur.", "fighting", "occurred"),
    ("The president called the Turkish leader to discuss the war in Syria.", "discuss", "occurred"),
    ("Turkey said it had proposed the talks, which were held in Ankara on Monday.", "talks", "occurred"),
    ("The minister urged Iran to keep cooperating with the inspectors.", "cooperating", "occurred"),
    ("Israel did not urge Egypt to close the border.", "close", "negated"),
])
def test_act_not_put_forward_keeps_its_status(nlp, text, word, status):
    assert _status_of(nlp, text, word) == status


@pytest.mark.parametrize("text, word", [
    ("The Chinese premier accepted an invitation to visit Canberra.", "visit"),
    ("Peru agreed to the proposal to open the border.", "open"),
    ("Reporters asked about the talks in Geneva.", "talks"),
])
def test_accepted_or_only_mentioned_is_not_put_forward(nlp, text, word):
    doc = nlp(text)
    assert not put_forward(next(t for t in doc if t.text == word), load_lexicon())


def _by_trigger(events) -> dict[str, str]:
    return {e.trigger: e.status for e in events}


@pytest.mark.parametrize("text, act", [
    ("On Tuesday, Turkey suggested holding talks with Greece on the islands.", "holding … talks"),
    ("Japan urged China to resume talks with South Korea.", "resume … talks"),
    ("Germany called for Russia to withdraw its forces from Ukraine.", "withdraw"),
])
def test_coded_act_put_forward_is_hypothetical(code, text, act):
    statuses = _by_trigger(code(text, "2024-06-01")[0])
    assert statuses.get(act) == "hypothetical", statuses


def test_the_proposal_itself_occurred(code):
    statuses = _by_trigger(code("Japan urged China to resume talks with South Korea.", "2024-06-01")[0])
    assert statuses.get("urged") == "occurred" and statuses.get("resume … talks") == "hypothetical", statuses


@pytest.mark.parametrize("text, act", [
    ("Chile accepted a Bolivian proposal for talks with Peru.", "talks"),
    ("Ghana agreed to a proposal to hold talks with Togo on the border.", "hold … talks"),
])
def test_act_of_an_accepted_proposal_is_planned(code, text, act):
    statuses = _by_trigger(code(text, "2024-06-01")[0])
    assert statuses.get(act) == "planned", statuses


def test_accepted_act_told_as_held_stays_occurred(code):
    statuses = _by_trigger(code("Ghana accepted a proposal for talks, which were held in Accra on Monday.",
                                "2024-06-01")[0])
    assert statuses.get("talks", "occurred") == "occurred", statuses
