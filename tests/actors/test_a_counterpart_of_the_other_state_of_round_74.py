"""Round 74 (dyads74): a person named as another's counterpart with no state of his own words ("his southern
counterpart X") is of the one state the story names other than those of the known people of his sentence; before,
he had no state. A counterpart's demonym still says it, and a story of three states names none."""


def _person(found, name):
    return next(e for e in found.entities if e.name == name)


def test_the_southern_counterpart_of_a_northern_premier(story):
    found = story("North Korea accepted a South Korean offer of talks. Pyongyang replied in a letter sent by North "
                  "Korean premier Kim Dok-Su to his southern counterpart Pak Sang-Ho.", dateline="TOKYO")
    assert _person(found, "Pak Sang-Ho").country == "KOR"


def test_a_counterpart_s_own_demonym_wins(story):
    found = story("South Korea and Japan held talks. North Korean premier Kim Dok-Su wrote to his Chinese "
                  "counterpart Li Wen-Tao.", dateline="TOKYO")
    assert _person(found, "Li Wen-Tao").country == "CHN"


def test_a_counterpart_in_a_story_of_three_states_has_none(story):
    found = story("France, Chad and Libya sent envoys. French minister Jean Roux met his counterpart Ali Mahamat.",
                  dateline="GENEVA")
    assert _person(found, "Ali Mahamat").country is None
