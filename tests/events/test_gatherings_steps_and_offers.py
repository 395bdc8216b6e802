"""Non-events (events/data/non_events.yaml; patterns/none.yaml): a happening or a state as the doer, what a step or
a find does for someone, a bill, a security or a market offered, an accord held, an act judged "for X to", a body's
head named, a measure attached or a report put off; and the acts beside them that stay coded (a gathering one spoke
at: test_gathering_audiences.py)."""

import pytest

from tests.events.conftest import trigger_words


@pytest.mark.parametrize("text, word", [
    # a happening or a state of things does nothing to anyone
    ("The lender's collapse wiped out the savings of its depositors.", "wiped"),
    ("The ministry's reluctance to reform the rules hampers small exporters and denies them credit.", "denies"),
    # what a step, a measure or a find does for someone
    ("This will help keep cheap foreign sugar out of the market, the minister said.", "help"),
    ("Economists said the new steps could encourage Tokyo to scrap its rice quotas.", "encourage"),
    ("Economists said the new steps could encourage Tokyo to scrap its rice quotas.", "scrap"),
    # a bill, a security or a market offered
    ("The amendment, offered by Senator Ruth Keller, was attached to the shipping bill.", "offered"),
    ("The amendment, offered by Senator Ruth Keller, was attached to the shipping bill.", "attached"),
    ("Several senators plan to offer a string of amendments to the water bill.", "offer"),
    ("The safety board voted to offer the new rule for 90 days of public comment.", "offer"),
    ("The aviation agency will offer draft regulations on drone flights next month.", "offer"),
    ("The bonds, offered in European markets by a Swiss bank, mature in 1992.", "offered"),
    # an accord held now is a state
    ("Peru has an agreement with Bolivia to ship its ore through Ilo.", "agreement"),
    # an act judged "for X to"
    ("A senior aide said it would be unwise for Chile to retaliate against Peru over the duties.", "retaliate"),
    # who leads a body
    ("The mission, headed by Commerce Minister Omar Haddad, arrived in Lima on Friday.", "headed"),
    # a report's publication put off
    ("The ministry's survey of farm incomes has been postponed until next Monday, a spokesman said.", "postponed"),
    # the act inside a condition's clause
    ("Ottawa will end the duties if Washington shows it will respect the lumber accord.", "respect"),
    # a market operation for a currency
    ("Four central banks have stepped in on their own account to steady the franc, a dealer said.", "stepped"),
    ("The central bank intervened heavily in the currency markets on Monday.", "intervened"),
    # an aim, a licence given up, a team put together
    ("The Community wants to target weak sectors in its trade with Korea.", "target"),
    ("Pacific Trust has surrendered the banking licence of its Macau unit.", "surrendered"),
    ("She has worked on the review team assembled by the new budget director since May.", "assembled"),
])
def test_no_act_is_coded_on_the_word(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word, type_", [
    ("The mission, headed by Commerce Minister Omar Haddad, arrived in Lima on Friday.", "arrived", "CONSULT"),
    ("Peru signed an agreement with Bolivia on Monday to ship its ore through Ilo.", "signed", "AGREE"),
    ("Peru postponed talks with Chile until next month.", "postponed", "REJECT"),
    ("Peru offered talks to Chile on the disputed border.", "offered", "AGREE"),
    ("Iraqi jets targeted Iranian oil platforms in the Gulf.", "targeted", "ASSAULT"),
    ("The rebels surrendered their weapons to the army.", "surrendered", "RETREAT"),
])
def test_the_acts_beside_them_stay(code, text, word, type_):
    events, _ = code(text)
    found = {w: e.type for e in events for w in e.trigger.split(" … ")}
    assert found.get(word) == type_, [(e.type, e.trigger) for e in events]


def test_a_pair_after_neither_did_not_do_it(code):
    """"neither A nor B has ratified it": the act is denied, as with a subject that names nobody."""
    events, _ = code("The coffee fund cannot start because neither Kenya nor Peru has ratified it.")
    assert [e.status for e in events if e.trigger == "ratified"] in ([], ["negated"]), [
        (e.type, e.trigger, e.status) for e in events]
    events, _ = code("Kenya and Peru have ratified the coffee fund.")
    assert [e.status for e in events if e.trigger == "ratified"] == ["occurred"]
