"""The people against a leader ("the premier's opponents", "the minister's critics"; data/lexicon.yaml
`counterpart_nouns`) are not that leader: where they march, rally or protest, the leader is never the doer of it
(events/actors.py `Resolver`); nor are the leader's opponents and backers marching together. A leader's supporters
alone stand on the leader's side (events/roles/protesters.py `follower_sides`; round 78's integration: "supporters
of the opposition marched" keep the opposition's side). Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, leader", [
    ("Ortega's opponents marched through Managua on Sunday.", "Ortega"),
    ("Ortega's critics staged a noisy rally near the assembly building.", "Ortega"),
    ("Ortega's opponents and backers held rival marches across Managua.", "Ortega"),
])
def test_the_leader_is_not_the_one_who_marches(code, text, leader):
    events, actors = code(text)
    assert all(leader not in names(e.source, actors) for e in events)
