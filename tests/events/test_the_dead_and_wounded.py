"""The dead and wounded of an act of force are its target, never its source: the subject of a verb of undergoing
("died in an ambush by X", data/receiving.yaml `undergoing`) is the target and the doer the one its cause names
(receiving.cause_doers); a passive adverbial clause with a subject of its own and no agent ("while two soldiers were
wounded") takes no doer from the main clause (doers.subject_tokens)."""

from tests.events.conftest import names


def _event(events, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def _countries(ids, actors):
    return {actors[i].country for i in ids}


def test_the_dead_of_an_ambush_are_its_target_and_the_ambushers_its_source(code, rules_only):
    events, actors = code("Three Peruvian soldiers died in an ambush by Shining Path rebels on Sunday.")
    died = _event(events, "died")
    assert _countries(died.target, actors) == {"PER"}
    assert "Shining Path" in " ".join(names(died.source, actors))


def test_the_state_before_a_strike_is_its_doer(code, rules_only):
    events, actors = code("Four Lebanese fishermen died in an Israeli airstrike off Tyre on Tuesday.")
    died = _event(events, "died")
    assert _countries(died.source, actors) == {"ISR"} and _countries(died.target, actors) == {"LBN"}


def test_a_death_whose_cause_names_nobody_has_no_source(code, rules_only):
    events, actors = code("Six Sudanese civilians died on Tuesday in the fighting near Omdurman.")
    died = _event(events, "died")
    assert died.source == [] and _countries(died.target, actors) == {"SDN"}


def test_the_dead_are_no_source_with_the_model_either(code):
    events, actors = code("Two Nigerian policemen died in a raid by Boko Haram fighters near Maiduguri.")
    died = _event(events, "died")
    assert "NGA" not in {c for i in died.source if (c := actors[i].country) and actors[i].kind == "government"}
    assert _countries(died.target, actors) == {"NGA"}


def test_wounded_in_a_while_clause_are_not_wounded_by_the_main_subject(code, rules_only):
    events, actors = code("Turkish troops killed four Kurdish fighters, while two Turkish soldiers were wounded.")
    wounded = _event(events, "wounded")
    assert wounded.source == [] and _countries(wounded.target, actors) == {"TUR"}


def test_a_passive_clause_with_its_agent_keeps_it(code, rules_only):
    events, actors = code("Turkish troops entered the village, while two Turkish soldiers were wounded by "
                          "Syrian border guards.")
    wounded = _event(events, "wounded")
    assert _countries(wounded.source, actors) == {"SYR"} and _countries(wounded.target, actors) == {"TUR"}


def test_the_killer_of_a_plain_active_killing_stays_the_source(code, rules_only):
    events, actors = code("Turkish troops killed four Syrian fighters near the border.")
    killed = _event(events, "killed")
    assert _countries(killed.source, actors) == {"TUR"} and _countries(killed.target, actors) == {"SYR"}


def test_the_hospital_the_wounded_died_in_names_no_doer(code, rules_only):
    events, actors = code("Two Somali soldiers died in a Kenyan hospital of gunshot wounds on Friday.")
    died = _event(events, "died")
    assert died.source == [] and _countries(died.target, actors) == {"SOM"}


def test_an_unresolved_pronoun_of_a_passive_clause_is_the_main_subject_it_stands_for(code, rules_only):
    # "they" names what the main clause's subject names: the one barred, not the one who bars
    events, actors = code("Seoul banks will seek equal treatment, since they are barred from selling bonds in London.")
    barred = _event(events, "barred")
    assert barred.source == [] and barred.target
