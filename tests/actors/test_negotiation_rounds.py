"""A series of trade negotiations called after the place where it began ("the Uruguay Round", "the Doha round") is the
talks' name: the state in it is no actor and no party to those talks; the states named on their own are. Sentences
written for these tests."""


def _countries(found):
    return {e.country for e in found.entities}


def test_a_round_named_after_a_state_names_no_actor(story):
    found = story("Ministers of forty states gathered in Lisbon to save the Uruguay Round of farm talks.",
                  published="1988-12-05")
    assert "URY" not in _countries(found)


def test_the_state_of_a_round_is_no_party_to_the_talks(story):
    found = story("New Zealand pressed Korea to cut rice duties before the Doha round talks resume in March.",
                  published="2006-02-10")
    assert "QAT" not in _countries(found)
    assert any(e.type == "REQUEST" and e.target for e in found.events)
    assert not any("QAT" in s for e in found.events for s in e.source + e.target)


def test_a_lower_case_round_after_the_name_names_no_actor_either(story):
    found = story("Farm ministers met in Brussels to push the Uruguay round forward.", published="1989-04-05")
    assert "URY" not in _countries(found)


def test_the_state_itself_and_a_body_s_round_stay_actors(story):
    found = story("Uruguay will host a round of tariff talks in September, while Chile blocked a new GATT round.",
                  published="1986-05-02")
    assert "URY" in _countries(found)
    assert any("gatt" in e.name.lower() or "tariffs and trade" in e.name.lower() for e in found.entities)
