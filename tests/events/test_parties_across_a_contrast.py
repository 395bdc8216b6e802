"""A party of one of two clauses set against each other by "while" or "whereas" is no target of the other clause's
act ("Kenya rejected the plan, while Uganda shared another view": not Kenya -> Uganda; roles.no_party.across_contrast,
data/no_party.yaml `contrasts`). A party of the act's own clause stays. Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, type_, other", [
    ("Members of the Kenyan dockers' union struck for two weeks, whereas members of the Ugandan rail union struck "
     "for a day.", "PROTEST", "Uganda"),
    ("Kenya rejected the tariff plan, while Uganda shared the view of the other member states.", "REJECT", "Uganda"),
])
def test_the_other_clause_s_party_is_no_target(code, text, type_, other):
    events, actors = code(text)
    assert all(other not in names(e.target, actors) for e in events if e.type == type_)


def test_the_act_s_own_object_stays(code):
    events, actors = code("Police detained the Ugandan envoy while he was touring Nairobi.")
    detention = next(e for e in events if e.type == "COERCE")
    assert names(detention.target, actors) == {"Ugandan officials"}
