"""A time the parser hangs on the verb's object dates the act where the object names an act of the event's own type
("will host talks with Uganda early next week": the hosting is the talks), not where it names another kind of act
(events/dates._on_own_object). Sentences written for these tests (article of Wednesday 2024-06-12)."""

import pytest

from tests.events.conftest import only


@pytest.mark.parametrize("text, days", [
    ("Kenya will host talks with Uganda early next week.", ("2024-06-17", "2024-06-19")),
    ("Peru will host negotiations with Bolivia later in the month.", ("2024-06-12", "2024-06-30")),
])
def test_a_time_on_the_object_that_names_the_same_act_dates_it(code, text, days):
    events, _ = code(text, "2024-06-12")
    value = only(events, "CONSULT").date
    assert (value.start, value.end) == days


def test_a_time_on_the_verb_still_dates_it(code):
    events, _ = code("Brazil will host a meeting with Paraguay next Tuesday.", "2024-06-12")
    value = only(events, "CONSULT").date
    assert (value.start, value.end) == ("2024-06-18", "2024-06-18")



def test_an_object_that_names_another_kind_of_act_lends_no_time(nlp):
    from dossier.events.dates import _on_own_object

    doc = nlp.make_doc("Kenya will host talks with Uganda early next week.")
    doc._.published = "2024-06-12"
    doc = nlp(doc)
    verb = next(t for t in doc if t.lower_ == "host")
    found = _on_own_object([verb], verb.sent, doc._.timexes, "CONSULT")
    assert found is not None and found[0].start == "2024-06-17"
    assert _on_own_object([verb], verb.sent, doc._.timexes, "ACCUSE") is None  # talks name no accusation
