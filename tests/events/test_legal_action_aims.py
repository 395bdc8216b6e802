"""Taking legal action to stop something: where a verb of suing ("sued", "filed a lawsuit", "took legal action",
"went to court") governs an infinitive of its aim ("to block the order", "to halt the sale"), the suit is the event
(ACCUSE 115, "bring lawsuit against") and the infinitive says what it is for, not a refusal or a block of its own.
Going to court is a suit, not a visit. An infinitive under any other verb keeps its own reading ("agreed to block
the sale" is the agreement's content; "moved to block the bill" is no suit)."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


def _types(events):
    return {(e.type, e.cameo) for e in events}


@pytest.mark.parametrize("text", [
    "Arizona sued to block the decree signed by President Biden.",
    "Arizona sued on Tuesday to block and overturn the decree signed by President Biden.",
    "Vietnam filed a lawsuit to block the Chinese seizure of the fishing boats.",
    "Vietnam took legal action to block the Chinese seizure of the fishing boats.",
    "Norway went to court to overturn the fine imposed by Russia.",
    "Norway went to the court in The Hague to overturn the fine imposed by Russia.",
])
def test_the_suit_is_the_event_and_its_aim_no_act_of_its_own(code, text):
    events, _ = code(text, "2024-03-01")
    assert ("ACCUSE", "115") in _types(events)
    assert not {t for t, _ in _types(events)} & {"REJECT", "CONSULT"}


@pytest.mark.parametrize("with_model", [False, True])
def test_the_suer_is_the_source_and_the_stopped_acts_doer_the_target(code, nlp, with_model):
    from dossier.events.component import coding_with
    text = "Arizona sued to block the decree signed by President Biden."
    if with_model:
        events, actors = code(text, "2024-03-01")
    else:
        with coding_with(nlp, types=None, roles=None):
            events, actors = code(text, "2024-03-01")
    (suit,) = [e for e in events if e.type == "ACCUSE"]
    assert names(suit.source, actors) == {"Arizona"}
    assert names(suit.target, actors) == {"Joe Biden"}


def test_going_to_court_is_a_suit_not_a_visit(code, rules_only):
    events, actors = code("Norway went to court against Russia over the fishing fine.", "2024-03-01")
    assert _types(events) == {("ACCUSE", "115")}


@pytest.mark.parametrize("text, kept", [
    ("Chile agreed to block the sale of the mine to Peru.", "AGREE"),
    ("The Saudi envoy went to the royal court in Amman.", "CONSULT"),
    ("The Dutch premier travelled to The Hague for talks with the Indian president.", "CONSULT"),
])
def test_an_infinitive_or_a_trip_under_no_legal_action_keeps_its_reading(code, text, kept):
    events, _ = code(text, "2024-03-01")
    assert kept in {t for t, _ in _types(events)}
    assert ("ACCUSE", "115") not in _types(events)


def test_a_legislature_moving_to_block_a_bill_brings_no_suit(code):
    events, _ = code("Lawmakers in Brazil moved to block the bill proposed by Argentina.", "2024-03-01")
    assert ("ACCUSE", "115") not in _types(events)
