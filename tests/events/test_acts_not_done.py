"""Modal, idle and business words read as acts (events/data/non_events.yaml contexts, and the
`withheld` mark on "a question on a noun"): someone approached by nobody named, a sum one would have to
pay, a need the writer reckons, a decision put off, a thing that offers, a contest that pits; the model making the
questioned act on the sentence's verb. The meetings, payments, appeals, refusals, offers and attacks beside them
stay."""

import pytest

from dossier.events.component import coding_with
from tests.events.conftest import SureOf, found_acts


@pytest.mark.parametrize("text, kind", [
    ("When the Kenyan envoy was approached, he told reporters he backed the plan.", "CONSULT"),
    ("The Kenyan businessman could face up to five years in jail and have to pay $100,000 after admitting he "
     "threatened the Ugandan consul.", "COOPERATE"),
    ("To win the state, the Kenyan leader would need the support of Ugandan voters.", "REQUEST"),
    ("To pass the budget, the Kenyan government would need a base of support from Ugandan lenders.", "REQUEST"),
    ("The Kenyan president said he had put off his decision on whether to accept the resignation of the cabinet.",
     "SANCTION"),
    ("The Kenyan president had held back his decision on whether to accept the resignation, as is usual when a "
     "cabinet steps down.", "CONSULT"),
    ("Nairobi's heavy turnover offers good liquidity to foreign investors, the Kenyan minister said.", "AGREE"),
    ("A Kenyan news service, offering information on Ugandan bond markets, is now available in Kampala.", "AGREE"),
    ("A bidding war for the Kenyan firm pitted a Ugandan group against a British bank.", "ASSAULT"),
])
def test_no_act_of_that_kind(code, text, kind):
    events, _ = code(text)
    assert kind not in {e.type for e in events}, found_acts(events)


def test_a_cost_one_would_have_to_pay_is_no_payment(code, rules_only):
    events, _ = code("Kenya would have to pay 40 mln dlrs more for its oil imports this year.")
    assert "COOPERATE" not in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text, kinds", [
    ("The Ugandan minister was approached by Kenya about new talks.", {"CONSULT"}),
    ("Kenya will have to pay $2 million to Uganda under the ruling.", {"AID", "COOPERATE"}),
    ("Kenya put off talks with Uganda until next month.", {"REJECT", "SANCTION"}),
    ("Kenya offered Uganda a loan of 10 mln dlrs.", {"AGREE"}),
    ("The Kenyan army pitted its troops against the Ugandan rebels.", {"ASSAULT"}),
])
def test_meetings_payments_refusals_offers_and_attacks_stay(code, text, kinds):
    events, _ = code(text)
    assert kinds & {e.type for e in events}, found_acts(events)


def test_a_need_told_by_the_needing_side_stays_an_appeal(code, rules_only):
    events, _ = code("Kenya said it would need aid from donors to rebuild the roads.")
    assert "REQUEST" in {e.type for e in events}, found_acts(events)



def test_the_model_makes_no_act_of_a_question_on_a_noun(code, nlp):
    with coding_with(nlp, types=SureOf("YIELD")):
        events, _ = code("The palace said the Kenyan president would announce his decision on whether to accept the "
                         "resignation next week.")
    assert not {"CONCEDE", "RETREAT"} & {e.type for e in events}, found_acts(events)


def test_the_model_still_reads_a_yielding_told_as_done(code, nlp):
    with coding_with(nlp, types=SureOf("YIELD")):
        events, _ = code("The palace said the Kenyan president would announce on Monday that he accepts the "
                         "resignation of the cabinet.")
    assert {"CONCEDE", "RETREAT"} & {e.type for e in events}, found_acts(events)



def test_the_subject_a_duty_binds_makes_no_request(code):
    events, _ = code("Kenyan clinics must cut back to a skeleton service from today.")
    assert "REQUEST" not in {e.type for e in events}, found_acts(events)


def test_the_model_still_adds_a_request_told_without_a_duty(code, nlp):
    with coding_with(nlp, types=SureOf("REQUEST")):
        events, _ = code("The Kenyan minister turned to the Ugandan envoy for fuel.")
    assert "REQUEST" in {e.type for e in events}, found_acts(events)


def test_a_duty_reported_as_anothers_demand_stays(code):
    events, _ = code("Kenya must withdraw its troops from the border, the Ugandan minister said.")
    assert "REQUEST" in {e.type for e in events}, found_acts(events)
