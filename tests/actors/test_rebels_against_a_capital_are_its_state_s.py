"""Rebels or guerrillas written "anti-" a state's capital ("anti-Baghdad rebels", "anti-Khartoum guerrillas") are
that state's rebels: the capital stands for the government they fight at home, as CAMEO codes rebels by the state
they rise in. A state's name or demonym there ("anti-Soviet guerrillas") gives none: such rebels may fight that
state's troops in another country. Before, rebels named so in a story about their backers had no state."""


def _rebels(found):
    return [e for e in found.entities if (e.cameo or "").endswith("REB")]


def test_rebels_against_a_capital(story):
    found = story("Syria gave arms to anti-Baghdad rebels in the north, Jordan said on Monday.")
    assert {e.country for e in _rebels(found)} == {"IRQ"}
    event = next(e for e in found.events if e.type == "AID")
    assert [a.country for a in found.entities if a.id in event.target] == ["IRQ"]


def test_guerrillas_against_a_capital(story):
    found = story("Ethiopia supplied weapons to anti-Khartoum guerrillas in the south, Egypt charged on Friday.")
    assert {e.country for e in _rebels(found)} == {"SDN"}


def test_a_state_s_demonym_gives_no_state(story):
    found = story("The United States said it backed anti-Soviet guerrillas fighting in Afghanistan's mountains.")
    assert "SUN" not in {e.country for e in _rebels(found)}
