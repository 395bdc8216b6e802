"""Round 74 (dyads74): a court that charges or sentences a person, told in the passive with no doer, is of the
dateline's state where those it charges are all of that state, though the story names another state ("a former U.S.
envoy to Austria was jailed" in a story from an American city); troops or rebels no word describes, in a sentence
whose only places are of the dateline's state and told as places ("north of the capital", "in the province of X"),
are that state's. Before: "judiciary (country unknown)", "rebels (country unknown)"."""


def _sides(found, kind):
    entities = {e.id: e for e in found.entities}
    return [([entities[i].country for i in ev.source], [entities[i].country for i in ev.target])
            for ev in found.events if ev.type == kind]


def test_a_passive_sentence_of_a_state_s_own_citizen_is_its_court_s(story):
    found = story("Lyle Prentiss, a former U.S. envoy to Austria, was sentenced to four years in prison for his part "
                  "in the failure of a savings bank.", dateline="DAYTON")
    assert ("USA" in [s for sources, _ in _sides(found, "COERCE") for s in sources])
    assert not any(e.id == "agent:---:JUD" for e in found.entities)


def test_a_foreigner_charged_leaves_the_court_of_no_state(story):
    found = story("An American tourist, Lyle Prentiss, was charged with smuggling icons, officials said. Prentiss "
                  "denied the charge.", dateline="MOSCOW")
    judges = [e for e in found.entities if e.id.endswith(":JUD")]
    assert all(e.country != "USA" for e in judges)


def test_rebels_and_government_troops_fighting_near_the_capital_are_the_dateline_state_s(story):
    found = story("Six rebels and four government soldiers died when about 300 leftist guerrillas attacked an army "
                  "post in the province of Morazan, 60 miles east of San Salvador, military sources said.",
                  dateline="SAN SALVADOR")
    forces = {e.id for e in found.entities if e.id.endswith((":REB", ":MIL"))}
    assert "agent:SLV:REB" in forces
    assert "agent:---:REB" not in forces


def test_troops_in_a_sentence_naming_another_state_keep_no_state(story):
    found = story("Soldiers fired on a crowd near a mission run by Belgian priests north of San Salvador, a church "
                  "source said.", dateline="SAN SALVADOR")
    assert not any(e.id == "agent:SLV:MIL" for e in found.entities)


def test_troops_with_no_place_told_keep_the_old_reading(story):
    found = story("Honduras closed a border post on Friday. Rebels clashed with troops again today, the army said.",
                  dateline="SAN SALVADOR")
    assert not any(e.id == "agent:SLV:REB" for e in found.entities)
