"""Trade barriers and curbs dismantled, cut or lowered are eased as restrictions are (patterns/concede.yaml,
CONCEDE 081), the goods' state the target; barriers a storm removes are nobody's concession. Sentences written
for these tests."""

import pytest


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, giver, given, status", [
    ("Thailand said it would dismantle its barriers to Australian beef.", "THA", "AUS", "planned"),
    ("Seoul has cut curbs on imported Japanese machinery.", "KOR", "JPN", "occurred"),
])
def test_barriers_and_curbs_taken_down_are_a_concession(code, text, giver, given, status):
    events, actors = code(text)
    eased = [e for e in events if e.type == "CONCEDE"]
    assert len(eased) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert eased[0].cameo == "081" and eased[0].status == status
    assert _countries(eased[0].source, actors) == {giver}
    assert _countries(eased[0].target, actors) == {given}


def test_barriers_a_storm_removed_are_no_concession(code):
    events, _ = code("The storm removed barriers along the coast road.")
    assert not [e for e in events if e.type == "CONCEDE"], [(e.type, e.cameo, e.trigger) for e in events]
