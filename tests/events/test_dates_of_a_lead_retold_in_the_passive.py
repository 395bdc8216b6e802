"""A lead's act told in the present perfect without a time ("Senegal has recalled its ambassador to Gambia") and
told again further on by the same verb in the simple past passive with a time, whose subject names again the lead's
object in other words (a definite noun, a pronoun or a name: "The envoy was recalled on Tuesday", "He was detained
on Monday"), takes that time; a "by" phrase, where there is one, names one of the doers or their country. Not an
indefinite subject (another act: "Two more sailors were detained"), nor a "by" phrase naming another country's
body, nor a passive in another tense ("had been detained")."""

import pytest

from tests.events.conftest import first_sentence_dates


@pytest.mark.parametrize("text, ptype, day", [
    ("Senegal has recalled its ambassador to Gambia. The envoy was recalled on Tuesday after the border incident.",
     "SANCTION", "2024-06-25"),
    ("Morocco has detained a Spanish trawler captain. He was detained on Monday off the Canary Islands.",
     "COERCE", "2024-06-24"),
    ("Morocco has detained a Spanish trawler captain. The captain was detained on Monday by the Moroccan navy.",
     "COERCE", "2024-06-24"),
])
def test_the_lead_takes_the_time_of_its_retelling_in_the_passive(code, text, ptype, day):
    assert first_sentence_dates(code, text, ptype) == [day]


@pytest.mark.parametrize("text, ptype", [
    # an indefinite subject: another act
    ("Morocco has detained a Spanish trawler captain. Two more sailors were detained on Monday near Tarfaya.",
     "COERCE"),
    # the "by" phrase names a body of another country
    ("Morocco has detained a Spanish trawler captain. The captain was detained on Monday by Spanish police.",
     "COERCE"),
    # a passive told as done before
    ("Morocco has detained a Spanish trawler captain. The captain had been detained on Monday in Agadir.",
     "COERCE"),
])
def test_another_retelling_lends_no_time(code, text, ptype):
    assert first_sentence_dates(code, text, ptype) == [None]
