"""A deal signed "between" two parties names them both, the first the source, where no subject or agent names the
signer: "will be signed late this week between A and B" (the parser hangs the phrase on the verb past the time
words, and the signing found no party and was dropped). A signer named keeps the signing; a "between" phrase of
another word names no party of it."""

from __future__ import annotations

from tests.events.conftest import names


def _signed(events, actors):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == "signed"]


def test_signed_later_this_week_between_two_governments(code):
    events, actors = code("A memorandum on the credit will be signed late this week between the Zambian and "
                          "Malawian governments, officials said.")
    signed = _signed(events, actors)
    assert signed and {n for s, t in signed for n in s | t} >= {"Zambia", "Malawi"}, signed
    assert all(s and t for s, t in signed), signed


def test_signed_later_between_two_states(code):
    events, actors = code("The border accord will be signed later between Zambia and Malawi.")
    signed = _signed(events, actors)
    assert signed == [({"Zambia"}, {"Malawi"})], signed


def test_a_named_signer_keeps_the_signing(code):
    events, actors = code("Zambia signed the trade accord with Malawi on Friday.")
    signed = _signed(events, actors)
    assert signed == [({"Zambia"}, {"Malawi"})], signed


def test_a_between_phrase_of_another_word_is_no_party(code):
    events, actors = code("Zambia signed a transit accord with Malawi, dividing the costs between the two ports.")
    signed = _signed(events, actors)
    assert signed == [({"Zambia"}, {"Malawi"})], signed
