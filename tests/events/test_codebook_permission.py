"""The codebook's view of a permission not given: a refusal (PLOVER REJECT), where other concessions not made keep
their type."""

from dossier.events import codebook
from dossier.model import Event


def _act(ptype, trigger, issue=None, status="negated", mode="grant", cameo="080"):
    return Event(id="e", type=ptype, status=status, mode=mode, cameo=cameo, trigger=trigger, issue=issue)


def test_a_permission_not_given_is_a_refusal_in_the_codebook():
    refused = [
        _act("CONCEDE", "give", "permission for the farmers' march"),
        _act("CONCEDE", "grant", "a permit for the rally in the capital"),
        _act("CONCEDE", "issued", "landing clearance to the cargo plane"),
        _act("CONCEDE", "authorised", None, mode="yield"),
        _act("CONCEDE", "permitted", "the convoy", mode="yield"),
    ]
    for event in refused:
        assert codebook.view(event).type == "REJECT", (event.trigger, event.issue)


def test_a_permission_given_or_another_concession_not_made_stays_itself():
    # given: a concession
    assert codebook.view(_act("CONCEDE", "gave", "permission for the march", status="occurred")).type == "CONCEDE"
    # not given, but no permission: a concession simply not made
    assert codebook.view(_act("CONCEDE", "lift", "the curfew", mode="ease", cameo="081")).type == "CONCEDE"
    assert codebook.view(_act("CONCEDE", "free", "the two reporters", mode="yield")).type == "CONCEDE"
    # a permission named in another type's act is that act's business
    assert codebook.view(_act("REQUEST", "sought", "permission to land", mode="request", cameo="020")).type \
        == "REQUEST"
    # "permissive" or "permitted levels" are not the words of a permission
    assert codebook.view(_act("CONCEDE", "ease", "the permissive rules", mode="ease")).type == "CONCEDE"


def test_a_permission_not_given_is_a_view_and_no_label_is_read_back_through_it():
    from dossier.events.training import act_label

    refused = _act("CONCEDE", "give", "permission for the rally")
    assert codebook.category(refused) == "CONCEDE" and act_label("REJECT", [refused]) == "REJECT"


def test_a_permission_refused_coded_from_text_reads_as_reject_in_the_codebook(code):
    events, _ = code("The provincial government did not give permission for the opposition party's rally in "
                     "Lahore, officials said.", published="2024-06-24")
    assert any(codebook.view(e).type == "REJECT" for e in events)
    events, _ = code("The provincial government gave permission for the opposition party's rally in Lahore, "
                     "officials said.", published="2024-06-24")
    assert events and all(codebook.view(e).type != "REJECT" for e in events)
