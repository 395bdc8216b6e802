"""The legal acts of a prosecution as the CAMEO codebook codes them: charges filed or brought and a trial one is put
on are a case brought (115, PLOVER ACCUSE allege: "sue, indict, or charge; bring to trial"); a court finding a side
guilty or liable is 116 (under 11, ACCUSE); a prison sentence passed is the coercion (COERCE 173); a plea of guilty
concedes the charge (CONCEDE), a plea of not guilty denies it (ACCUSE deny). A price charged is no accusation."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


def _coded(events, stem):
    return [(e.type, e.cameo) for e in events if e.trigger and e.trigger.lower().startswith(stem)]


@pytest.mark.parametrize("text, stem, coded", [
    ("Dutch prosecutors filed charges against two Moroccan smugglers on Friday.", "filed", ("ACCUSE", "115")),
    ("The Kenyan attorney general brought charges against a Ugandan colonel.", "brought", ("ACCUSE", "115")),
    ("Egypt put the former Libyan envoy on trial on Sunday.", "put", ("ACCUSE", "115")),
    ("Chile will bring the Peruvian officers to trial next year.", "bring", ("ACCUSE", "115")),
    ("A court in Lyon convicted the Algerian banker of fraud on Tuesday.", "convicted", ("ACCUSE", "116")),
    ("The Algerian banker was convicted of fraud by a court in Lyon.", "convicted", ("ACCUSE", "116")),
    ("A court in Quito found the Colombian general guilty of smuggling arms.", "found", ("ACCUSE", "116")),
    ("The Colombian general was found guilty of smuggling arms by a court in Quito.", "found", ("ACCUSE", "116")),
    ("A tribunal in Paris declared the Malian company liable for the spill.", "declared", ("ACCUSE", "116")),
    ("A court in Vilnius sentenced the Belarusian pilot to nine years in prison.", "sentenced", ("COERCE", "173")),
    ("The Greek captain pleaded guilty in a court in Izmir to smuggling migrants.", "pleaded", ("CONCEDE", "080")),
    ("The Greek captain pleaded not guilty in a court in Izmir to smuggling migrants.", "pleaded", ("ACCUSE", "110")),
])
def test_legal_acts_have_the_codebooks_type_and_code(code, rules_only, text, stem, coded):
    events, _ = code(text, "2024-03-01")
    assert _coded(events, stem) == [coded]


def test_the_court_is_the_source_and_the_accused_the_target_of_a_finding(code, rules_only):
    events, actors = code("A court in Quito found the Colombian general guilty of smuggling arms.", "2024-03-01")
    (event,) = [e for e in events if e.trigger == "found"]
    assert names(event.source, actors) == {"Ecuadorian judiciary"}
    assert names(event.target, actors) == {"Colombia"}  # the general, of Colombia


def test_a_conviction_and_a_prison_sentence_are_a_finding_and_a_coercion(code, rules_only):
    events, _ = code("A court in Izmir convicted a Syrian smuggler of people trafficking and sentenced him to six "
                     "years in prison.", "2024-03-01")
    assert sorted((e.type, e.cameo) for e in events) == [("ACCUSE", "116"), ("COERCE", "173")]


@pytest.mark.parametrize("text, stem", [
    ("The Polish airline charged Ukrainian passengers 50 euros for each bag.", "charged"),
    ("The Greek bank charged the Cypriot government a fee for the loan.", "charged"),
    ("The Egyptian ministry charges higher fees to foreign tourists.", "charges"),
    ("Kenyan riot police charged into the crowd outside parliament.", "charged"),
    ("The inspectors found the Iranian site free of weapons.", "found"),
    ("The Peruvian minister found the talks with Chile useful.", "found"),
    ("The Brazilian senate put the treaty with Paraguay to a vote.", "put"),
])
def test_a_price_charged_a_rush_or_a_verdict_of_no_guilt_is_no_legal_act(code, rules_only, text, stem):
    events, _ = code(text, "2024-03-01")
    assert not [e for e in events if e.type in ("ACCUSE", "COERCE") and e.trigger
                and e.trigger.lower().startswith(stem)]


@pytest.mark.parametrize("text", [
    "A Chinese court charged the Canadian businessman with espionage.",
    "Mexican senators charged at a news conference on Monday that Texas officials had ignored the treaty.",
])
def test_a_charge_laid_on_someone_is_still_an_accusation(code, rules_only, text):
    events, _ = code(text, "2024-03-01")
    assert _coded(events, "charged") == [("ACCUSE", "112")]


@pytest.mark.parametrize("text, stem", [
    ("The Algerian banker was convicted of fraud on Tuesday.", "convicted"),
    ("The Algerian banker was found guilty of fraud on Tuesday.", "found"),
    ("The Malian company was declared liable for the spill.", "declared"),
])
def test_a_finding_told_in_the_passive_without_a_court_has_the_judiciary_as_source(code, rules_only, text, stem):
    events, actors = code(text, "2024-03-01")
    (event,) = [e for e in events if e.trigger and e.trigger.lower().startswith(stem)]
    assert event.source and all(s.startswith("agent:") and s.endswith(":JUD") for s in event.source)


def test_someone_found_dead_is_no_finding_of_a_court(code, rules_only):
    events, _ = code("The Algerian banker was found dead in his flat on Tuesday.", "2024-03-01")
    assert not [e for e in events if e.trigger == "found"]
