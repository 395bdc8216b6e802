""""That country" stands for the last state named before it (events/actors.py `Resolver.that_state`), not for a
state word that only qualifies another noun ("U.S. exporters"), nor for the state whose ties the phrase is about."""

from tests.events.conftest import countries


def test_a_trip_to_that_country_visits_the_state_named_last(code):
    events, actors = code("The Swedish trade minister said he would press Brazil to cut its tariffs on Swedish "
                          "machines when he goes to that country in May.", published="1987-03-02")
    trips = [e for e in events if e.type == "CONSULT"]
    assert trips, [(e.type, e.trigger) for e in events]
    assert countries(trips[0].source, actors) == {"SWE"}
    assert countries(trips[0].target, actors) == {"BRA"}


def test_a_state_word_on_another_noun_is_passed_over(code):
    events, actors = code("The Swedish trade minister said he would ask Brazil to buy more Swedish steel when he "
                          "goes to that country in May.", published="1987-03-02")
    trips = [e for e in events if e.type == "CONSULT"]
    assert trips, [(e.type, e.trigger) for e in events]
    assert countries(trips[0].target, actors) == {"BRA"}
