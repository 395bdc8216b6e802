"""The PLOVER codebook's view of events: modality folded into the category, as the manual codes it."""

from dossier.events import codebook
from dossier.model import Event


def _event(ptype, status="occurred", mode=None, cameo=None, trigger=None):
    return Event(id="e", type=ptype, status=status, mode=mode, cameo=cameo, trigger=trigger)


def test_every_rule_cites_the_manual_and_names_a_plover_type():
    from dossier.model import PLOVER_TYPES

    assert codebook.rules()
    for rule in codebook.rules():
        assert rule.section and rule.to in PLOVER_TYPES and rule.types <= set(PLOVER_TYPES)


def test_future_cooperation_is_an_intention_in_the_codebook():
    assert codebook.category(_event("CONSULT", "planned", "visit", "042", "visit")) == "AGREE"
    assert codebook.category(_event("AID", "planned", "aid", "070", "send")) == "AGREE"
    # done, it stays what it was
    assert codebook.category(_event("CONSULT", "occurred", "meet", "040", "met")) == "CONSULT"


def test_a_signed_or_reached_deal_is_support_but_a_promise_to_sign_stays_agree():
    assert codebook.category(_event("AGREE", mode="sign", cameo="057", trigger="signed")) == "SUPPORT"
    assert codebook.category(_event("AGREE", mode="agree", cameo="030", trigger="reached")) == "SUPPORT"
    assert codebook.category(_event("AGREE", "planned", mode="sign", cameo="057", trigger="sign")) == "AGREE"
    assert codebook.category(_event("AGREE", mode="agree", cameo="030", trigger="agreed")) == "AGREE"


def test_an_announced_withdrawal_is_a_concession():
    assert codebook.category(_event("RETREAT", "planned", "withdraw", "0874", "withdraw")) == "CONCEDE"
    assert codebook.category(_event("RETREAT", "occurred", "withdraw", "0874", "withdrew")) == "RETREAT"


def test_the_view_is_a_copy_and_the_act_convention_is_the_event_itself():
    event = _event("CONSULT", "planned", "meet", "040", "meet")
    seen = codebook.view(event)
    assert seen.type == "AGREE" and seen.status == "planned" and seen.cameo == "040"
    assert event.type == "CONSULT" and codebook.view(event, "act") is event


def test_a_planned_meeting_coded_from_text_reads_as_agree_in_the_codebook(code):
    events, _ = code("The foreign ministers of Chile and Ecuador will meet in Quito next week to discuss fishing.",
                     published="2024-06-24")
    meetings = [e for e in events if e.type == "CONSULT"]
    assert meetings and meetings[0].status == "planned"
    assert codebook.view(meetings[0]).type == "AGREE"


def test_a_codebook_label_is_read_as_the_act_the_rules_found():
    from dossier.events.training import act_label

    visit = _event("CONSULT", "planned", "visit", "042", "visit")
    signing = _event("AGREE", "occurred", "sign", "057", "signed")
    assert act_label("AGREE", [visit]) == "CONSULT"  # the codebook's AGREE for a planned visit: the visit
    assert act_label("SUPPORT", [signing]) == "AGREE"  # its SUPPORT for a signed treaty: the signing
    # a label the rules' act already has, or one no act of the sentence maps to, stays
    assert act_label("AGREE", [visit, _event("AGREE", "occurred", "agree", "030", "agreed")]) == "AGREE"
    assert act_label("ACCUSE", [visit]) == "ACCUSE"
