"""The Gulf's islands and oil terminals that the tanker-war news names and no gazetteer lists (places.yaml): an act on
"the terminal at Kharg Island" is done to a place of Iran, one near Bubiyan to a place of Kuwait. An island whose
state is disputed (Abu Musa, held by Iran and claimed by the Emirates) takes no state."""

from tests.actors.conftest import mention_countries


def test_an_island_terminal_struck_is_of_its_state(story):
    found = story("Iraqi bombers raided the crude loading terminal on Kharg Island before dawn, Baghdad radio said.")
    assert mention_countries(found, "kharg island") == {"IRN"}
    assert any(set(e.target) & {x.id for x in found.entities if x.country == "IRN"} for e in found.events)


def test_islands_named_in_a_list_and_alone(story):
    found = story("Tehran said its fleet guarded the loading points at Larak Island and Sirri Island. A Kuwaiti "
                  "patrol boat was sighted near Bubiyan on Friday.")
    assert mention_countries(found, "larak island") == {"IRN"}
    assert mention_countries(found, "sirri island") == {"IRN"}
    assert mention_countries(found, "bubiyan") == {"KWT"}


def test_a_disputed_island_takes_no_state(story):
    found = story("Gunboats circled Abu Musa island on Sunday, shipping agents in Dubai said.")
    assert {"IRN", "ARE"}.isdisjoint({e.country for e in found.entities if "Musa" in e.name})
