"""A state's measure taken against a disease's cases is an act: the non-event context of disease cases
(data/non_events.yaml) silences only a verb whose own clause holds the cases ("reported four cases of the flu", "the
number of cases rose"), not a verb above them, nor one the cases are only the circumstance of ("amid a rise in
cases"). Sentences written for these tests."""

import pytest


def _types(events):
    return {e.type for e in events}


def test_a_curfew_imposed_amid_a_rise_in_cases_is_coerce(code):
    events, actors = code("Ghana imposed a curfew on Kumasi amid a sharp rise in cholera cases.")
    kept = [e for e in events if e.type == "COERCE"]
    assert kept, [(e.type, e.trigger) for e in events]
    assert {actors[i].country for i in kept[0].source} == {"GHA"}


def test_a_letter_warning_of_cases_to_come_stays_a_request(code):
    events, _ = code("Three governors sent a letter to the Health Ministry warning against early school reopenings "
                     "that could bring more flu cases.")
    assert "REQUEST" in _types(events), [(e.type, e.trigger) for e in events]


def test_an_emergency_declared_to_fight_the_cases_is_coded(code):
    events, _ = code("The mayor of Tema said she would declare a state of emergency on Friday to try and curb the "
                     "growing number of measles cases in the port.")
    assert events, "the declaration was silenced by the cases below it"


@pytest.mark.parametrize("text", ["Zambia has reported four cases of the flu in the capital.",
                                  "The number of cholera cases in the province rose from ten to 31."])
def test_cases_in_the_verb_s_own_clause_stay_no_act(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ["The government of Ecuador has announced a three-week lockdown of Guayaquil.",
                                  "Mongolia ordered a curfew in Ulaanbaatar on Sunday."])
def test_a_lockdown_or_curfew_announced_or_ordered_is_coerce(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "COERCE" and e.cameo == "172"], [(e.type, e.cameo, e.trigger)
                                                                              for e in events]


def test_the_end_of_a_curfew_announced_is_no_curfew_imposed(code):
    events, _ = code("The Mongolian president announced the lifting of the curfew in Ulaanbaatar.")
    assert not [e for e in events if e.cameo == "172"], [(e.type, e.cameo, e.trigger) for e in events]
