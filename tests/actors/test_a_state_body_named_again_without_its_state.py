"""A state body named by its function alone, after the article named it with its state ("the Kenyan Trade Ministry
… Trade Ministry officials said"), is that body, of that state, whatever state the story names most
(state_bodies.join_bodies_named_with_their_state); so are the officials its word names ("Ministry officials" after
"the Thai Commerce Ministry": agents.AgentFinder._body_word_named_before). Not where two such bodies were named
before, nor where a possessor names its own state. Sentences written here."""

from tests.actors.conftest import mention_countries


def test_the_body_named_again_after_its_state_s_name(story):
    found = story("The Kenyan Trade Ministry protested against the Ugandan tariffs on Tuesday. Trade Ministry "
                  "officials said Uganda had broken the customs treaty and that Ugandan goods would face checks.")
    assert mention_countries(found, "trade ministry") == {"KEN"}


def test_the_body_named_again_in_a_story_naming_another_state_most(story):
    found = story("The Norwegian Fisheries Ministry asked Soviet trawlers to leave the zone. The Fisheries Ministry "
                  "said Moscow had ignored the request, and Soviet officials told Soviet reporters the Soviet fleet "
                  "would stay.")
    assert mention_countries(found, "fisheries ministry") == {"NOR"}


def test_must_not_with_two_such_bodies_before(story):
    found = story("The Kenyan Trade Ministry and the Tanzanian Trade Ministry met in Arusha. The Trade Ministry "
                  "said exports would rise.")
    named = {m.entity for m in found.mentions if m.text == "Trade Ministry"}
    assert {e.name for e in found.entities if e.id in named} == {"Trade Ministry"}


def test_must_not_where_a_possessor_names_the_state(story):
    found = story("The Kenyan Trade Ministry protested on Tuesday. Uganda's Trade Ministry said the tariffs would "
                  "stay.")
    assert mention_countries(found, "trade ministry") == {"UGA"}


def test_officials_named_by_the_body_s_word(story):
    found = story("The Thai Commerce Ministry asked Japanese importers to buy more maize. Ministry officials said "
                  "Japan had cut its orders and that Japanese traders preferred Chinese and American maize.")
    assert mention_countries(found, "ministry officials") == {"THA"}


def test_must_not_with_ministries_of_two_states_before(story):
    found = story("The Thai Commerce Ministry and the Malaysian Trade Ministry met in Penang. Ministry officials "
                  "said Malaysia would buy more Thai rice.")
    assert "THA" not in mention_countries(found, "ministry officials")


def test_must_not_across_a_roundup_page_s_stories(story):
    found = story("The Palestinian Health Ministry said 12 more people had tested positive in Gaza.\n\nJAKARTA — "
                  "Indonesia reported 900 new cases on Monday. The Health Ministry said clinics were full, and "
                  "Ministry officials said schools would stay shut.")
    assert mention_countries(found, "health ministry") == {"IDN"}
    assert "PSE" not in mention_countries(found, "ministry officials")
