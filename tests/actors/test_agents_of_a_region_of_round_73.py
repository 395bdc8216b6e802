"""Round 73 (dyads73): a generic agent a region's or a bloc's word describes ("Western envoys", "Arab ministers",
"Gulf Arab officials", "officials of Latin America") is coded by that region (WSTGOV, ARBGOV, PGSGOV, LAMGOV) and
still of no state: its id begins "agent:---:" as every rule of no state reads it (before: `agent:---:GOV`, coded
"---GOV", one id for all a story's officials of no state). A state's word keeps the state; "western" farmers of a
state's own West are no bloc.
"""

from dossier.evaluate.dyads import coded_regions, dyads


def _agents(found):
    return {e.id: e for e in found.entities if e.id.startswith("agent:")}


def test_envoys_a_bloc_s_word_describes_are_of_that_bloc_and_no_state(story):
    found = story("Western envoys accused Syria of shielding the gunmen.", dateline="BEIRUT")
    agent = _agents(found)["agent:---:WST:GOV"]
    assert (agent.country, agent.cameo) == (None, "WSTGOV")
    accuse = next(e for e in found.events if e.type == "ACCUSE")
    assert accuse.source == ["agent:---:WST:GOV"]
    assert coded_regions(found) >= {"agent:---:WST:GOV"}
    assert dyads([found])["sides without a country: an actor without one"] >= 1


def test_ministers_of_a_people_s_region_and_of_the_gulf_take_its_code(story):
    found = story("Arab ministers urged Chile to close its embassy. Gulf Arab officials accused Peru of dumping "
                  "fish.", dateline="CAIRO")
    agents = _agents(found)
    assert agents["agent:---:ARB:GOV"].cameo == "ARBGOV"
    assert agents["agent:---:PGS:GOV"].cameo == "PGSGOV"
    assert all(a.country is None for i, a in agents.items() if i.startswith("agent:---:"))


def test_officials_of_a_region_named_after_them_take_its_code(story):
    found = story("Officials of Latin America met Korean bankers on Friday.", dateline="QUITO")
    assert _agents(found)["agent:---:LAM:GOV"].cameo == "LAMGOV"


def test_a_state_s_word_or_a_body_s_name_is_no_region(story):
    found = story("West German officials said the levy would hurt trade. European Community officials criticised "
                  "Korea.", dateline="BONN")
    ids = set(_agents(found))
    assert not any(i.startswith("agent:---:") for i in ids)
    assert "agent:DEU:GOV" in ids


def test_the_west_of_a_state_is_no_bloc_for_people_who_live_there(story):
    found = story("Western ranchers urged the Interior Department to cut grazing fees.", dateline="DENVER")
    assert not any(":WST:" in i for i in _agents(found))


def test_officials_no_region_describes_stay_of_no_state_and_no_code(story):
    found = story("Officials accused Chile of dumping copper on the market.", dateline="LONDON")
    agents = _agents(found)
    assert not any(":---:" in i and i.count(":") > 2 for i in agents)
