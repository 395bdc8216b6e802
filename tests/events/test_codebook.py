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


def _said(ptype, sentence, trigger, status="negated"):
    from dossier.model import Evidence

    return Event(id="e", type=ptype, status=status, trigger=trigger,
                 evidence=[Evidence(doc="d", text=sentence, start=0, end=len(sentence))])


def test_a_concession_its_actor_says_it_will_not_make_is_a_refusal_in_the_codebook():
    refusals = [
        _said("CONCEDE", "The dockers' union said it will not end the stoppage at Rotterdam.", "end"),
        _said("CONCEDE", "Ankara won't lift the embargo on Armenian goods, a spokesman said.", "lift"),
        _said("CONCEDE", "The junta would not immediately free the detained reporters.", "free"),
        _said("RETREAT", "Colonel Ruiz refused to pull his battalion out of the border villages.", "pull"),
    ]
    for event in refusals:
        assert codebook.view(event).type == "REJECT", event.evidence[0].text


def _seen(event):
    return codebook.view(event).type


def test_a_concession_simply_not_made_or_not_needed_stays_itself():
    # a plain past negation: no refusal told
    assert _seen(_said("CONCEDE", "The cabinet did not lift the curfew on Tuesday.", "lift")) == "CONCEDE"
    assert _seen(_said("RETREAT", "Its troops have not left the airport yet.", "left")) == "RETREAT"
    # an obligation lifted, not a refusal
    assert _seen(_said("RETREAT", "Under the deal Serbia will not have to withdraw its police.", "withdraw")) == "RETREAT"
    # the phrase too far from the act, or the act not negated
    assert _seen(_said("CONCEDE", "He will not say whether the army would in the end release them.", "release")) == "CONCEDE"
    assert _seen(_said("CONCEDE", "Officials said they will not wait: the ban ends on Monday.", "ends",
                       status="occurred")) == "CONCEDE"
    # no sentence: nothing to read the refusal from
    assert _seen(_event("CONCEDE", "negated", "ease", "081", "lift")) == "CONCEDE"


def test_a_refusal_to_yield_coded_from_text_reads_as_reject_in_the_codebook(code):
    events, _ = code("The port workers' union said on Monday it will not end its strike until wages rise.",
                     published="2024-06-24")
    # the coder makes it the refusal itself (events/status.py `refuses_to_yield`, round 38); the view agrees
    refused = [e for e in events if e.type == "REJECT"]
    assert refused and refused[0].status == "occurred" and codebook.view(refused[0]).type == "REJECT"
    events, _ = code("The port workers' union did not end its strike on Monday.", published="2024-06-24")
    assert all(codebook.view(e).type != "REJECT" for e in events)


def test_a_refusal_is_a_view_and_no_label_is_read_back_through_it():
    from dossier.events.training import act_label

    refused = _said("CONCEDE", "The dockers' union said it will not end the stoppage at Rotterdam.", "end")
    assert codebook.view(refused).type == "REJECT"
    # the codebook's REJECT stays the label the model learns: a refusal is an act of dossier's own convention
    assert codebook.category(refused) == "CONCEDE" and act_label("REJECT", [refused]) == "REJECT"
