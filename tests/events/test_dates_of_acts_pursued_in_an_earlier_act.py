"""A verb that pursues an act done before (a charge, a conviction, an arrest) names that act in its "in" phrase: a
day or a year told of the act's noun there is the earlier act's, not the pursuit's ("charged with murder in the
June 2 stabbing"). The occasion of an act done at it keeps its day ("killed in Monday's ambush"), and so does a
police verb's gathering or operation ("detained 30 marchers in Saturday's protest"): events/dates._pursued_in."""

from tests.events.conftest import only


def _date(events, type_):
    value = only(events, type_).date
    return value.start if value is not None else None


def test_a_charge_in_a_stabbing_told_with_its_day_is_not_dated_by_that_day(code):
    events, _ = code("Prosecutors in Lima charged a former army captain in the June 2 stabbing of a union leader.",
                     "1987-06-29")
    assert _date(events, "ACCUSE") is None


def test_a_conviction_in_a_bombing_told_with_its_day_is_not_dated_by_that_day(code):
    events, _ = code("A court in Ankara convicted four men in the March 3 bombing of a Turkish consulate.", "1987-06-29")
    assert _date(events, "ACCUSE") is None


def test_an_arrest_in_a_killing_told_with_its_day_is_not_dated_by_that_day(code):
    events, _ = code("Kenyan police arrested a customs officer in Friday's killing of a Somali trader.", "1987-06-29")
    assert _date(events, "COERCE") is None


def test_a_killing_in_an_ambush_keeps_the_ambush_day(code):
    events, _ = code("Two Ugandan soldiers were killed in Sunday's ambush near the Sudanese border.", "1987-06-29")
    assert _date(events, "ASSAULT") == "1987-06-28"


def test_an_arrest_in_a_protest_keeps_the_protest_day(code):
    events, _ = code("Chilean police detained thirty students in Saturday's protest in central Santiago.",
                     "1987-06-29")
    assert _date(events, "COERCE") == "1987-06-27"


def test_an_arrest_in_the_early_hours_of_a_day_keeps_that_day(code):
    events, _ = code("Police in Nairobi arrested two students in the early hours of Sunday.", "1987-06-29")
    assert _date(events, "COERCE") == "1987-06-28"
