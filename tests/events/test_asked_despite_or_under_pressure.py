"""What one does despite, under, after or in response to another's pressure, pleas or call was asked of it by that
other, named (request.yaml's occasion nouns, matching.occasioned): REQUEST (020, as the verb "press") from the one
who presses or pleads to the doer of the act, told as done, with no date of the act's own. Pressure from a thing,
from people no name gives, and a call with nothing asked (a telephone call) ask nothing; pressure one came under is
the undergone entry's one request."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, asker, asked, cameo", [
    ("Denmark and Austria repeated that neither would lower its rates again, despite pressure from Washington to "
     "do so.", "United States", "Denmark", "020"),
    ("Kenya has been under pressure from the IMF to devalue its currency.", "International Monetary Fund", "Kenya",
     "020"),
    ("Japan raised its rates last week despite U.S. pressure.", "United States", "Japan", "020"),
    ("Chile cut its output in May in answer to a call by OPEC to lift prices.",
     "Organization of the Petroleum Exporting Countries", "Chile", "020"),
    ("Peru lifted the ban following an appeal from Ecuador to ease trade.", "Ecuador", "Peru", "020"),
    ("Greece signed the accord after repeated pleas from Italy.", "Italy", "Greece", "020"),
])
def test_an_act_done_despite_or_under_pressure_was_asked(code, text, asker, asked, cameo):
    events, actors = code(text, "1987-06-18")
    asks = [e for e in events if e.type == "REQUEST" and e.cameo == cameo]
    assert len(asks) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert asker in names(asks[0].source, actors) and asked in names(asks[0].target, actors)
    assert asks[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "Prices came under pressure from rising stocks.",
    "The yen rose despite heavy pressure from dealers.",
    "Copper fell under selling pressure from funds in London.",
    "The minister resigned after a call from Lisbon.",
    "Exports rose despite weak demand from Japan.",
])
def test_pressure_from_a_thing_or_a_call_asks_nothing(code, text):
    events, _ = code(text, "1987-06-18")
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.cameo, e.trigger) for e in events]


def test_pressure_come_under_is_one_request(code):
    # request.yaml's undergone "come under pressure" gives it; the noun adds no second one
    events, actors = code("Austria came under pressure from Italy to cut its tolls.", "1987-06-18")
    asks = [e for e in events if e.type == "REQUEST"]
    assert len(asks) == 1, [(e.type, e.cameo, e.trigger) for e in events]


def test_a_comment_on_a_thing_despite_pressure_is_no_request(code):
    """The writer's comment that a trip shows a state's independence "despite pressure from" another asks nothing:
    no act is done under the asking (an opinion predicate with a thing for subject)."""
    events, _ = code("The tour also shows Chile's independence despite pressure from Washington on Santiago to cut "
                     "its trade with Moscow.", "1987-06-18")
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.cameo, e.trigger) for e in events]
