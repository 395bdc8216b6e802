"""A month told of the occasion an act was done at or during ("detained the editor during a rally in October",
"shot two herders during a raid in March", or bare after the occasion's noun: "at a hearing last month") is the
act's month, as a day of the occasion is its day; a year told alone of a document or plan ("in its 2019 budget")
still dates nothing (events/dates._occasion_kind)."""

from tests.events.conftest import only


def _start(events, type_):
    value = only(events, type_).date
    return value.start if value is not None else None


def test_a_month_of_a_rally_dates_a_detention_during_it(code):
    events, _ = code("Soldiers detained the Malian opposition editor during a rally in October.", "2021-12-20")
    assert _start(events, "COERCE") == "2021-10"


def test_a_month_of_a_raid_dates_a_killing_during_it(code):
    events, _ = code("Chadian soldiers shot dead two herders during a raid in March.", "2021-12-20")
    assert _start(events, "ASSAULT") == "2021-03"


def test_a_month_of_a_live_broadcast_dates_an_arrest_during_it(code):
    events, _ = code("Police arrested a Nigerian reporter during a live broadcast in Lagos in May.", "2021-12-20")
    assert _start(events, "COERCE") == "2021-05"


def test_a_day_of_the_act_itself_comes_before_the_occasion_month(code):
    events, _ = code("Soldiers on Friday detained the Malian opposition editor during a rally.", "2021-12-20")
    assert _start(events, "COERCE") == "2021-12-17"


def test_a_year_of_a_document_still_dates_nothing(code):
    events, _ = code("Chad criticised Niger in its 2019 defence review.", "2021-12-20")
    assert _start(events, "ACCUSE") is None


def test_a_month_read_as_still_to_come_does_not_date_a_tenseless_arrest(code):
    events, _ = code("Remember the Nigerian reporter being arrested by police during a live broadcast in May.",
                     "2021-12-20")
    assert _start(events, "COERCE") is None


def test_a_month_told_bare_after_the_occasion_s_noun_dates_the_act_at_it(code):
    events, _ = code("During a hearing last month, a Kenyan senator urged Uganda to extradite the two bankers.",
                     "2021-12-20")
    assert _start(events, "REQUEST") == "2021-11"


def test_a_month_told_bare_after_a_visit_dates_the_criticism_made_during_it(code):
    events, _ = code("During a visit last month to Accra, the Togolese minister criticised Ghana.", "2021-12-20")
    assert _start(events, "ACCUSE") == "2021-11"
