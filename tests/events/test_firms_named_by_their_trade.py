"""A name that ends with a firm's or a market's word ("… Stock Exchange", "… Metal Trading") names a firm though it has
no legal form (data/relevance.yaml: firm_name_words), so its own trade is left out like any firm's; a bank, an
association or a body of political kind with such a word inside its name is no firm."""

from __future__ import annotations

import pytest

from dossier.events.relevance import firms_own_trade, is_firm
from dossier.model import Entity, Event


def _org(name: str, kind: str = "organisation", **kw) -> Entity:
    return Entity(id=name, name=name, type="ORG", kind=kind, **kw)


@pytest.mark.parametrize("name", ["Kestrel Stock Exchange", "Amberly Metal Trading", "Norvale Securities",
                                  "Tarrow Airways", "Oldmere Holdings"])
def test_a_name_that_ends_with_a_firms_word_is_a_firm(name):
    assert is_firm(_org(name))


@pytest.mark.parametrize("actor", [
    _org("Export-Import Bank"),                                   # a state's bank: "bank" is no firm's word
    _org("Securities Dealers Association"),                       # a trade body that lobbies
    _org("Ministry of Trade and Industry", kind="government"),
    _org("Board of the Grain Exchange", kind="government"),       # a body of political kind is never a firm
    _org("Exchange"),                                             # one word alone names nothing
])
def test_a_bank_an_association_or_a_political_body_is_no_firm(actor):
    assert not is_firm(actor)


def test_an_exchanges_own_business_is_trade_and_its_dealings_with_a_state_are_not():
    exchange = _org("Kestrel Stock Exchange", country="JPN")
    state = Entity(id="jpn", name="Japan", type="GPE", kind="government", country="JPN", known=True)
    actors = {a.id: a for a in (exchange, state)}
    assert firms_own_trade(Event(id="t:e1", type="REJECT", source=[exchange.id], target=[]), actors)
    assert not firms_own_trade(Event(id="t:e2", type="REQUEST", source=[exchange.id], target=["jpn"]), actors)
