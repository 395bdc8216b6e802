"""Acts typed as the codebook and the hand coders of real news type them: a denial answers an accusation (ACCUSE
deny), denying someone a thing refuses it (REJECT); talks that collapse end a negotiation (REJECT meet, CAMEO 164),
and a failed agreement is a refusal, not an agreement; a challenge to act is a request; property destroyed is an
assault; a force leaving its stronghold withdraws; an order to one's own forces mobilises them. Sentences of our own."""

import pytest

from tests.events.conftest import names


def _coded(events) -> list[tuple]:
    return [(e.type, e.mode, e.cameo, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", ["Zambia denied the charges made by South Africa on Monday.",
                                  "Iran denied that its gunboats had fired on the Liberian tanker."])
def test_a_denial_of_a_charge_is_an_accusation_answered(code, text):
    events, _ = code(text)
    assert [e.mode for e in events if e.type == "ACCUSE"] == ["deny"], _coded(events)
    assert "REJECT" not in {e.type for e in events}, _coded(events)


def test_denying_someone_entry_is_a_refusal(code):
    events, _ = code("Ghana denied entry to the Togolese delegation on Friday.")
    assert [e.type for e in events] == ["REJECT"], _coded(events)


@pytest.mark.parametrize("text", ["Talks between Chile and Bolivia collapsed on Monday.",
                                  "Negotiations between Kenya and Somalia broke down over the maritime border."])
def test_talks_that_collapse_are_a_halted_negotiation(code, text):
    events, actors = code(text)
    assert [(e.type, e.cameo) for e in events] == [("REJECT", "164")], _coded(events)
    assert len(names(events[0].source + events[0].target, actors)) == 2


def test_a_failed_agreement_is_no_agreement(code):
    events, _ = code("Ecuador and Peru failed to reach agreement on the border after two days of talks.")
    assert "AGREE" not in {e.type for e in events} and "REJECT" in {e.type for e in events}, _coded(events)
    events, _ = code("Chile and Bolivia could not agree on a ceasefire.")
    assert [(e.type, e.status) for e in events] == [("REJECT", "occurred")], _coded(events)


def test_a_challenge_to_act_is_a_request(code):
    events, _ = code("Raila Odinga challenged President William Ruto of Kenya to publish the audit.")
    assert "REQUEST" in {e.type for e in events} and "ACCUSE" not in {e.type for e in events}, _coded(events)


def test_property_destroyed_is_an_assault_and_a_stronghold_left_a_withdrawal(code):
    events, _ = code("Two Dutch frigates destroyed three Somali pirate boats on Sunday.")
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "destroy")], _coded(events)
    events, _ = code("Libyan troops are evacuating their last stronghold in northern Chad.")
    assert [e.type for e in events] == ["RETREAT"], _coded(events)


def test_an_order_to_ones_own_forces_is_a_mobilisation(code):
    events, _ = code("Kenya today ordered its armed forces to guard the border with Somalia.")
    assert [e.type for e in events] == ["MOBILIZE"], _coded(events)
    events, _ = code("The judge ordered the company to pay damages.")
    assert "MOBILIZE" not in {e.type for e in events}, _coded(events)
