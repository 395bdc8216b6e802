"""An agreement signed (CAMEO 057) and a side's stated intent (CAMEO 03x: a pledge, a promise, support, an offer) are
two acts, whatever their sides and dates; the agreement reached ('agreed', 'concluded': mode agree) may be the
signing told otherwise."""

from dossier.merge import coref
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Report, stems

from tests.conftest import make_event

TEXT = "Norland and Sudmark signed a fisheries protocol on Monday and pledged to widen their cooperation into shipping."


def _agree(doc, n, mode, cameo, trigger, start="2025-04-07"):
    event = make_event(doc, n, "AGREE", mode, ["nor"], ["sud"], start, trigger=trigger)
    return event.model_copy(update={"cameo": cameo})


def _report(event, published="2025-04-08"):
    return Report(event, day(published), stems(TEXT))


def test_a_signing_and_a_pledge_are_two_acts():
    signed = _agree("d1", 0, "sign", "057", "signed")
    pledged = _agree("d2", 0, "pledge", "030", "pledged")
    assert coref.incompatible(_report(signed), _report(pledged)) == "mode"
    assert len(cluster_events([_report(signed), _report(pledged)])) == 2


def test_a_signing_and_an_offer_of_support_or_a_promise_are_two_acts():
    signed = _agree("d1", 0, "sign", "057", "signed")
    for mode, cameo in (("support", "031"), ("promise", "030"), ("aid", "036")):
        stated = _agree("d2", 0, mode, cameo, "promised")
        assert coref.incompatible(_report(signed), _report(stated)) == "mode", mode


def test_a_signing_and_the_agreement_reached_may_be_one_act():
    # 'signed a free trade agreement in 2009' and 'the agreement they concluded in 2009'
    signed = _agree("d1", 0, "sign", "057", "signed", start="2009-04-28")
    concluded = _agree("d2", 0, "agree", "030", "concluded", start="2009-04-28")
    assert coref.incompatible(_report(signed), _report(concluded)) is None


def test_two_signings_and_two_pledges_stay_comparable():
    assert coref.incompatible(_report(_agree("d1", 0, "sign", "057", "signed")),
                              _report(_agree("d2", 0, "sign", "057", "put their names to"))) is None
    assert coref.incompatible(_report(_agree("d1", 1, "pledge", "030", "pledged")),
                              _report(_agree("d2", 1, "pledge", "030", "vowed"))) is None


def test_other_types_are_not_concerned():
    # a code of the 03 family on another type says nothing here
    talks = make_event("d1", 0, "CONSULT", "meet", ["nor"], ["sud"], "2025-04-07", trigger="met")
    offer = make_event("d2", 0, "CONSULT", "meet", ["nor"], ["sud"], "2025-04-07", trigger="meeting")
    offer = offer.model_copy(update={"cameo": "036"})
    assert coref.incompatible(_report(talks.model_copy(update={"cameo": "057"})), _report(offer)) is None
