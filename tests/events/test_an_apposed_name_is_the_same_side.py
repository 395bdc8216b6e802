"""A name in apposition to a mention of one side ("Saxony's CDU premier, Hans Berger") is the same person told
twice: the role model does not fill the other side with it (roles/no_party.apposed_to)."""

from tests.events.conftest import names


def _resignation(events):
    found = [e for e in events if e.type in ("RETREAT", "COERCE")]
    assert found, [(e.type, e.trigger) for e in events]
    return found


def test_the_premier_named_again_is_no_target_of_his_own_resignation(code):
    events, actors = code("Saxony's CDU premier, Hans Berger, had to step down after claims of a smear campaign.")
    for event in _resignation(events):
        assert "Hans Berger" not in names(event.target, actors)


def test_the_regional_leader_named_again_is_no_target(code):
    events, actors = code("The province's PAN governor, Luis Ortega, had to resign after reports of vote buying.")
    for event in _resignation(events):
        assert "Luis Ortega" not in names(event.target, actors)


def test_a_guest_named_again_stays_the_target(code):
    events, actors = code("The Kenyan president hosted Uganda's leader, Yoweri Museveni, in Nairobi.")
    meeting = [e for e in events if e.type == "CONSULT"]
    assert meeting and any("Uganda" in n or "Museveni" in n for n in names(meeting[0].target, actors))
