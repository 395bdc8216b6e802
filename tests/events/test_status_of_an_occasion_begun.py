"""A gathering that is the occasion of an act still to come or only possible ("would be discussed at a council
meeting which opened here today") took place when its relative clause tells it begun or held in the past; it is
planned while that clause tells its start to come ("a summit that opens on Sunday"): events/status._occasion_begun."""

from tests.events.conftest import only


def test_a_meeting_opened_today_at_which_a_matter_would_be_raised_took_place(code):
    events, _ = code("Output quotas would be discussed at an OPEC meeting which opened in Vienna today, a delegate "
                     "said.", "1987-10-19")
    assert only(events, "CONSULT").status == "occurred"


def test_a_meeting_opened_on_monday_where_a_dispute_would_be_raised_took_place(code):
    events, _ = code("Nigeria said it would raise the border dispute at an OAU meeting which opened in Addis Ababa on "
                     "Monday.", "1987-10-19")
    assert only(events, "CONSULT").status == "occurred"


def test_a_summit_begun_on_sunday_at_which_an_accord_will_be_reviewed_took_place(code):
    events, _ = code("The ministers will review the accord at a summit that began in Lagos on Sunday.", "1987-10-19")
    assert only(events, "CONSULT").status == "occurred"


def test_a_summit_that_opens_on_sunday_is_still_planned(code):
    events, _ = code("The ministers will review the accord at a summit that opens in Lagos on Sunday.", "1987-10-19")
    assert only(events, "CONSULT").status == "planned"
