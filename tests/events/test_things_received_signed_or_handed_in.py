"""Verbs of visits, deals and yielding whose object is a thing, not a guest or a treaty: a sum or a message
received is no visit hosted (non_events.yaml "a thing received is no guest"), a letter or a brief signed no
agreement, a bill or a report handed in no yielding, a seat filled no yielding, a term of office given no prison
term (none.yaml). A proposal handed in stays a request (the converted dictionary); guests, treaties, resignations
and prison terms stay what they were."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The embassy said a request for his extradition was received from Rome last week.", "received"),
    ("The treasury hopes to receive 900 million Norwegian crowns from the sale of its bonds.", "receive"),
    ("Chile received assurances from Peru that the border would stay open.", "received"),
])
def test_a_thing_received_is_no_visit_hosted(typed, text, word):
    assert typed(text)[word][0] != "CONSULT"


@pytest.mark.parametrize("text", [
    "President Ortega received the visiting Honduran foreign minister on Tuesday.",
    "The Kenyan envoy was received by King Harald in Oslo.",
])
def test_must_not_a_guest_received_stays_hosted(typed, text):
    assert typed(text)["received"][:2] == ("CONSULT", "043")


@pytest.mark.parametrize("text, word", [
    ("Forty members of parliament signed a letter urging the premier to reopen the mines.", "signed"),
    ("Some 3,000 teachers have signed the petition so far.", "signed"),
    ("Twelve governors signed on to a brief that backs the appeal.", "signed"),
    ("The mayor signed an executive order that shuts every bar at ten.", "signed"),
])
def test_a_letter_or_an_order_signed_is_no_agreement(typed, text, word):
    assert typed(text)[word][0] == "NONE"


def test_must_not_a_treaty_signed_stays_an_agreement(typed):
    assert typed("Chad and Niger signed a border treaty in Niamey on Friday.")["signed"][:2] == ("AGREE", "057")


@pytest.mark.parametrize("text", [
    "A group of MPs submitted a bill on rent controls last week.",
    "The inquiry panel submitted its final report to the cabinet on Monday.",
])
def test_a_bill_or_a_report_handed_in_is_no_yielding(typed, text):
    assert typed(text)["submitted"][0] == "NONE"


@pytest.mark.parametrize("text", [
    "Ruritania submitted a peace proposal to the United Nations on Thursday.",
    "The farmers' unions submitted a petition to parliament demanding cheaper diesel.",
])
def test_a_proposal_handed_in_is_a_request(typed, text):
    assert typed(text)["submitted"][:2] == ("REQUEST", "020")


def test_must_not_a_resignation_handed_in_stays_one(typed):
    assert typed("The defence minister submitted his resignation to the president.")["submitted"][:2] == \
        ("RETREAT", "0831")


@pytest.mark.parametrize("text, word", [
    ("Nobody expects the party to agree soon on who should fill the seat.", "fill"),
    ("The board filled the vacancy within a week.", "filled"),
])
def test_a_seat_filled_is_no_yielding(typed, text, word):
    assert typed(text)[word][0] == "NONE"


@pytest.mark.parametrize("text", [
    "The ruling party gave the central bank governor a fresh five-year term.",
    "Parliament granted the ombudsman a second term in March.",
])
def test_a_term_of_office_given_is_no_arrest(typed, text):
    word = "gave" if "gave" in text else "granted"
    assert typed(text)[word][0] == "NONE"


def test_must_not_a_prison_term_given_stays_a_coercion(typed):
    assert typed("The court gave the smuggler a ten-year prison term.")["gave"][0] == "COERCE"
