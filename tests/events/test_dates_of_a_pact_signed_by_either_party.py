"""An act two parties do with each other (an agreement, a meeting), told undated and named again by a definite noun
that a later verb of doing takes as its object with a time ("Their ministers signed the pact on Tuesday"), takes
that time when the later verb's subject is either party's people, not only the first-named side's; not when the
subject is a third party's."""

from tests.events.conftest import first_sentence_dates


def test_the_pact_signed_by_their_ministers_is_the_pact_agreed(code):
    text = "Chile and Peru have agreed a new fishing pact. Their ministers signed the pact on Tuesday in Lima."
    assert first_sentence_dates(code, text, "AGREE") == ["2024-06-25"]


def test_the_deal_signed_by_their_ministers_is_the_deal_reached(code):
    text = ("Ecuador and Colombia have reached a deal on border crossings. Their foreign ministers signed the deal "
            "on Monday in Quito.")
    assert first_sentence_dates(code, text, "AGREE") == ["2024-06-24"]


def test_a_third_party_signing_the_pact_lends_no_time(code):
    text = "Chile and Peru have agreed a new fishing pact. Bolivia's ministers signed the pact on Tuesday in Lima."
    assert first_sentence_dates(code, text, "AGREE") == [None]
