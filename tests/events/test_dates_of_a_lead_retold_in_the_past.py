"""A lead's act told in the present perfect without a time ("Brazil has recalled its ambassador to Argentina") and
told again further on by the same verb in the simple past with a time, by a subject that names the doer and an
object that names again the lead's object in other words (a definite noun, a pronoun or a name: "Brazil recalled
the envoy on Tuesday", "Nigerian marines arrested him on Monday"), takes that time. Not an indefinite object (a
new act: "arrested a smuggler on Monday"), nor an object that names a party of another country ("expelled the
ambassador of Rwanda" after Uganda's diplomats), nor a lead with a vague time of its own ("in recent weeks")."""

import pytest

from tests.events.conftest import first_sentence_dates


@pytest.mark.parametrize("text, ptype, day", [
    ("Brazil has recalled its ambassador to Argentina. Brazil recalled the envoy on Tuesday after the remarks.",
     "SANCTION", "2024-06-25"),
    ("Nigeria has arrested a Cameroonian fisherman off the coast. Nigerian marines arrested him on Monday.",
     "COERCE", "2024-06-24"),
])
def test_the_lead_takes_the_time_of_its_retelling_in_the_past(code, text, ptype, day):
    assert first_sentence_dates(code, text, ptype) == [day]


@pytest.mark.parametrize("text, ptype", [
    # an indefinite object: another arrest
    ("Nigeria has arrested a Cameroonian fisherman off the coast. Nigerian marines arrested a smuggler on Monday.",
     "COERCE"),
    # the object names a party of a third country
    ("Kenya has expelled two Ugandan diplomats over a border row. On Tuesday Kenya expelled the ambassador of "
     "Rwanda.", "SANCTION"),
    # the lead has a vague time of its own: many acts over weeks
    ("Turkey has detained dozens of Syrian migrants in recent weeks. Turkish police detained the men on Monday in "
     "Izmir.", "COERCE"),
])
def test_another_object_lends_no_time(code, text, ptype):
    assert first_sentence_dates(code, text, ptype) == [None]
