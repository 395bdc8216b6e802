"""A noun of an act with an "of" phrase and a "by" phrase ("the expulsion of two diplomats by X", "the arrest of Y
by the police"): the "by" phrase names who does it and the "of" phrase whom it is done to (doers.act_authors). A
verb done to such an act ("condemned", "welcomed") is done to its doer; a noun trigger takes the one it is done to
as its target."""

from tests.events.conftest import names


def _sides(events, actors, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return names(found[0].source, actors), found[0].target


def test_condemning_an_expulsion_is_done_to_the_expeller(code, rules_only):
    events, actors = code("Quito condemned the expulsion of three Ecuadorean diplomats by Colombia.")
    _, target = _sides(events, actors, "condemned")
    assert names(target, actors) == {"Colombia"}


def test_denouncing_a_detention_is_done_to_the_detaining_authorities(code, rules_only):
    events, actors = code("Ottawa denounced the detention of its citizens by Chinese authorities on Tuesday.")
    _, target = _sides(events, actors, "denounced")
    assert {actors[i].country for i in target} == {"CHN"}


def test_welcoming_a_release_is_done_to_those_who_released(code, rules_only):
    events, actors = code("Nairobi welcomed the release of two Kenyan nurses by Somali militants.")
    _, target = _sides(events, actors, "welcomed")
    assert {actors[i].country for i in target} == {"SOM"}


def test_the_expelled_are_the_target_of_an_announced_expulsion(code, rules_only):
    events, actors = code("Chilean officials announced the expulsion of two Bolivian diplomats by Santiago.")
    expulsion = [e for e in events if "expulsion" in e.trigger]
    assert len(expulsion) == 1
    assert {actors[i].country for i in expulsion[0].source} == {"CHL"}
    assert {actors[i].country for i in expulsion[0].target} == {"BOL"}


def test_without_a_by_phrase_the_of_phrase_is_read_as_before(code, rules_only):
    events, actors = code("Quito condemned the expulsion of three Ecuadorean diplomats.")
    _, target = _sides(events, actors, "condemned")
    assert {actors[i].country for i in target} == {"ECU"}


def test_a_demand_by_a_lender_without_an_of_phrase_is_read_as_before(code, rules_only):
    events, actors = code("Lima rejected a demand by the IMF for deep spending cuts.")
    _, target = _sides(events, actors, "rejected")
    assert names(target, actors) == {"International Monetary Fund"}


def test_a_by_phrase_on_a_verb_is_no_doer_of_its_object(code, rules_only):
    # "by" on the verb is a passive's agent, who condemns: the object's own "of" phrase stays the target
    events, actors = code("The killing of two Peruvian fishermen was condemned by Chile on Monday.")
    source, target = _sides(events, actors, "condemned")
    assert source == {"Chile"} and "Chile" not in names(target, actors)


# Round 38: a noun of an act done to someone (data/acts_done.yaml) names its doer before it, or after a "by" the
# parser hung on the verb; a verb done to it (criticism, a protest) is done to that doer, not to the victim or place.

def test_condemning_a_state_s_invasion_is_done_to_the_invader(code, rules_only):
    events, actors = code("Oslo condemned the Libyan invasion of Chad.")
    _, target = _sides(events, actors, "condemned")
    assert {actors[i].country for i in target} == {"LBY"}


def test_criticising_a_state_s_seizure_named_by_its_possessor(code, rules_only):
    events, actors = code("Denmark criticised Iceland's seizure of two Danish trawlers.")
    _, target = _sides(events, actors, "criticised")
    assert {actors[i].country for i in target} == {"ISL"}


def test_a_by_phrase_the_parser_hangs_on_the_verb_names_the_doer(code, rules_only):
    events, actors = code("Zambia condemned the invasion of Lesotho by South Africa.")
    _, target = _sides(events, actors, "condemned")
    assert {actors[i].country for i in target} == {"ZAF"}


def test_protesting_against_an_occupation_is_done_to_the_occupier(code, rules_only):
    events, actors = code("Syria protested against the Turkish occupation of northern Cyprus.")
    found = [e for e in events if e.trigger == "protested"]
    assert found and {actors[i].country for i in found[0].target} == {"TUR"}


def test_a_noun_of_criticism_of_an_invasion_is_done_to_the_invader(code, rules_only):
    events, actors = code("Peru issued a strong condemnation of the Libyan invasion of Chad.")
    found = [e for e in events if "condemnation" in e.trigger]
    assert found and {actors[i].country for i in found[0].target} == {"LBY"}


def test_an_invasion_whose_doer_is_not_named_keeps_its_of_phrase(code, rules_only):
    # must-not: no doer named, the "of" phrase is read as before
    events, actors = code("Oslo condemned the invasion of Chad.")
    _, target = _sides(events, actors, "condemned")
    assert {actors[i].country for i in target} == {"TCD"}


def test_a_noun_of_a_thing_keeps_its_owner(code, rules_only):
    # must-not: a subsidiary is no act done to its "of" phrase; its owner stays the side
    events, actors = code("Oslo criticised the Swedish subsidiary of Norsk Hydro.")
    _, target = _sides(events, actors, "criticised")
    assert "Sweden" not in names(target, actors)


def test_a_by_phrase_on_a_passive_verb_stays_its_agent(code, rules_only):
    # must-not: the verb's own agent condemns; the invader is the target
    events, actors = code("The Libyan invasion of Chad was condemned by Norway.")
    source, target = _sides(events, actors, "condemned")
    assert source == {"Norway"} and {actors[i].country for i in target} == {"LBY"}
