"""A party of a clause of time hung on the trigger is no target of the act where the clause only times it
(roles.no_party.only_times): a later act ("before Y announces"), or an earlier one while the trigger names a thing of
its own as what it acts on ("demanded new talks after Y won"). A reaction, or a bare verb, keeps the clause's party
as its target. Sentences written for these tests."""

import pytest

from tests.events.conftest import names


def _event(code, text, trigger):
    events, actors = code(text)
    event = next(e for e in events if e.trigger.split()[-1] == trigger or e.trigger.split()[0] == trigger)
    return names(event.source, actors), names(event.target, actors)


@pytest.mark.parametrize("text, trigger, source, clause_party", [
    ("Peru had demanded new talks after Chile won a larger share of the quota, but it later dropped the demand.",
     "demanded", "Peru", "Chile"),
    ("Brazil requested a delay in payments after Mexico secured better terms.", "requested", "Brazil", "Mexico"),
    ("Quito issued a formal request for credit shortly before Lima announces its budget.", "issued", "Ecuador",
     "Peru"),
    ("Oslo proposed a new fishing quota a day before Stockholm publishes its figures.", "proposed", "Norway",
     "Sweden"),
])
def test_a_clause_that_only_times_the_act_gives_no_target(code, text, trigger, source, clause_party):
    sources, targets = _event(code, text, trigger)
    assert sources == {source}
    assert clause_party not in targets


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Egypt protested after Israel won the vote.", "protested", "Egypt", "Israel"),
    ("Quito lodged a protest after Lima won the vote.", "lodged", "Ecuador", "Peru"),
    ("Quito asked for talks after Lima won the vote.", "asked", "Ecuador", "Peru"),
])
def test_a_reaction_or_a_bare_verb_keeps_the_clause_party(code, text, trigger, source, target):
    assert _event(code, text, trigger) == ({source}, {target})
