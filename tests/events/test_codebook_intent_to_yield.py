"""The codebook reads a concession or retreat its actor is willing, ready or offers to make, and a release of
captives told for the future, as an intention (AGREE: "offer, promise, or otherwise indicate willingness"; CAMEO 035,
express intent to yield, is under 03, AGREE), while an announced withdrawal stays a concession (the manual's own
example) and a decision or an act done keeps its category (events/data/plover_codebook.yaml). Sentences written for
these tests."""

from dossier.events import codebook
from dossier.model import Event, Evidence


def _event(ptype, status, mode, cameo, trigger, sentence):
    return Event(id="e", type=ptype, status=status, mode=mode, cameo=cameo, trigger=trigger,
                 evidence=[Evidence(doc="d", text=sentence, start=0, end=len(sentence))])


def _category(event):
    return codebook.view(event).type  # what the codebook view shows (the rules are not read back: `act`)


def test_a_retreat_its_actor_is_willing_or_offers_to_make_is_an_intention():
    for sentence in ("Peru is willing to withdraw its troops from the disputed valley.",
                     "The junta offered to pull back its tanks from the capital.",
                     "Chile says it is ready to withdraw its ships from the strait."):
        trigger = next(w for w in ("withdraw", "pull") if w in sentence)
        event = _event("RETREAT", "planned", "withdraw", "0874", trigger, sentence)
        assert _category(event) == "AGREE", sentence


def test_a_future_release_of_captives_is_an_intention():
    event = _event("RETREAT", "planned", "release", "0841", "release",
                   "The rebels said they will release the two Danish engineers.")
    assert _category(event) == "AGREE"


def test_the_label_is_not_read_back_through_them():
    from dossier.events.training import act_label

    willing = _event("RETREAT", "planned", "withdraw", "0874", "withdraw",
                     "Peru is willing to withdraw its troops from the disputed valley.")
    assert codebook.category(willing) == "CONCEDE"  # the modality folds alone: the manual's future retreat
    assert act_label("AGREE", [willing]) == "AGREE"  # PLV's AGREE is learned as it is, not as the withdrawal


def test_an_announced_withdrawal_a_decision_or_an_act_done_keeps_its_category():
    announced = _event("RETREAT", "planned", "withdraw", "0874", "withdraw",
                       "Peru announced that it would withdraw its troops from the valley next month.")
    assert _category(announced) == "CONCEDE"  # the manual: "announced ... would withdraw troops"
    eased = _event("CONCEDE", "planned", "yield", "081", "ease",
                   "Egypt has decided to ease the curfew in the northern towns.")
    assert _category(eased) == "CONCEDE"
    released = _event("RETREAT", "occurred", "release", "0841", "released",
                      "The rebels released the two Danish engineers on Monday.")
    assert _category(released) == "RETREAT"
    refused = _event("RETREAT", "negated", "withdraw", "0874", "withdraw",
                     "Peru is not willing to withdraw its troops from the valley.")
    assert _category(refused) != "AGREE"


def test_willingness_coded_from_text_reads_as_agree_in_the_codebook(code):
    events, _ = code("Honduras is willing to withdraw its soldiers from the border strip with Nicaragua.")
    offers = [e for e in events if e.type == "AGREE"]  # the offer to yield, coded so (clauses.willingness_told)
    assert offers and offers[0].cameo == "035" and not [e for e in events if e.type == "RETREAT"]
    assert codebook.view(offers[0]).type == "AGREE"
    events, _ = code("Honduras withdrew its soldiers from the border strip with Nicaragua on Monday.")
    assert [codebook.view(e).type for e in events if e.type == "RETREAT"] == ["RETREAT"]
