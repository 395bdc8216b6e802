"""A time told inside the gerund that a verb of charging puts "with" ("charged a clerk with embezzling funds in May"),
or inside an "of" gerund the parser hangs on the one accused ("accused the driver of stealing a van in August"), is
the time of the act charged, not of the charging: the charge stays undated. A time told of the charging verb itself
still dates it (events/dates._charged_with; time lexicon charged_with_verbs)."""

from tests.events.conftest import only


def _start(events):
    value = only(events, "ACCUSE").date
    return value.start if value is not None else None


def test_a_month_inside_the_with_gerund_does_not_date_the_charge(code):
    events, _ = code("Prosecutors charged a former customs clerk with embezzling 40,000 dollars in May, the court "
                     "registry said.", "2021-11-10")
    assert _start(events) is None


def test_a_year_inside_the_with_gerund_does_not_date_the_charge(code):
    events, _ = code("Prosecutors charged the former harbour master with taking bribes in 2019.", "2021-11-10")
    assert _start(events) is None


def test_a_month_inside_an_of_gerund_hung_on_the_accused_does_not_date_the_accusation(code):
    events, _ = code("Police accused the lorry driver of smuggling cigarettes across the border in August.",
                     "2021-11-10")
    assert _start(events) is None


def test_a_day_of_the_charging_itself_still_dates_it(code):
    events, _ = code("Prosecutors on Tuesday charged a former customs clerk with embezzling 40,000 dollars.",
                     "2021-11-10")
    assert _start(events) == "2021-11-09"


def test_a_day_after_the_noun_of_the_charge_still_dates_it(code):
    events, _ = code("Police charged the lorry driver with smuggling on Monday.", "2021-11-10")
    assert _start(events) == "2021-11-08"
