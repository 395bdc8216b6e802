"""A protest's doers named by a noun that is itself a protest word ("protesters", "demonstrators") and the verb
they do it by ("marched", "rallied") tell one demonstration, not two: the verb's event is kept, with the crowd
for its source, and no second one whose source is the people word before the noun ("Portuguese", "Catholic").
Sentences written for these tests."""

from tests.events.conftest import countries, found_acts


def _protests(code, text):
    events, actors = code(text)
    return [e for e in events if e.type == "PROTEST"], actors


def test_a_counted_crowd_that_marches_is_one_protest(code):
    acts, actors = _protests(code, "Several thousand Portuguese demonstrators marched through Lisbon on Friday "
                                   "against the new housing tax.")
    assert len(acts) == 1, found_acts(acts)
    assert acts[0].trigger == "marched"
    assert countries(acts[0].source, actors) == {"PRT"}


def test_a_crowd_of_a_faith_that_rallies_is_one_protest(code):
    acts, actors = _protests(code, "About 800 Anglican protesters rallied outside the cathedral in Dublin on "
                                   "Sunday.")
    assert len(acts) == 1, found_acts(acts)
    assert acts[0].trigger == "rallied"


def test_a_crowd_acted_on_by_another_type_keeps_its_protest(code):
    events, _ = code("Police detained forty Slovak protesters outside the ministry in Bratislava on Monday.")
    assert ("PROTEST", "protesters") in found_acts(events)
    assert "COERCE" in {e.type for e in events}
