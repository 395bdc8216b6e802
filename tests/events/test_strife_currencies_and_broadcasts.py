"""Non-events (events/data/non_events.yaml): a currency or a market backed, strife or a
state of things as the doer and what it brought about, a broadcast monitored by another outlet, a share of goods
that goes somewhere, an act one has the power or the time to do, a worry over a figure's move, what a measure
obliges; and the acts beside them that stay coded."""

import pytest

from tests.events.conftest import trigger_words


@pytest.mark.parametrize("text, word", [
    # a currency held up by a central bank is a market operation
    ("The Bank of France was firmly supporting the franc on Monday, dealers said.", "supporting"),
    ("Traders noted that the Swiss and Dutch central banks had been quietly supporting the dollar all morning.",
     "supporting"),
    ("Brokers say the growing mood in Congress limits how far Treasury officials can endorse a firmer dollar.",
     "endorse"),
    # strife, a calamity or a level does nothing to anyone
    ("A quarrel between Liberals and Conservatives dragged on at the Senate Finance Committee, stalling the drafting "
     "of a 1988 Canadian tax plan.", "stalling"),
    ("Lima's reservoir level is 40 centimetres below last year, reducing daily supplies by 20,000 tonnes.",
     "reducing"),
    ('"Disaster struck the Peruvian fishing fleet today," the agency said.', "struck"),
    ("Liberals skipped a drafting meeting called by committee chairman John Baird to end squabbling that has stalled "
     "tax work for days and threatens the capacity of the House to adopt a budget.", "threatens"),
    # one outlet listening to another's broadcast
    ("Radio Havana, monitored in Miami by a private listening post, carried the minister's remarks on the talks.",
     "monitored"),
    # goods shipped, told as a share going somewhere
    ("Peru sold 5 mln tonnes of fishmeal last year, with nearly half going to China.", "going"),
    # an act one only has the power to do
    ("Lima chose to keep its powers to withdraw fishing licences from foreign trawlers, officials said.", "withdraw"),
    # a worry over a currency's move
    ("Greenspan has often voiced concern about the dollar falling too fast in currency markets.", "voiced"),
    # what a bill or a law obliges, and the act it obliges
    ("The Senate panel's farm bill forces the president to retaliate against unfair subsidies abroad.", "forces"),
    ("The Senate panel's farm bill forces the president to retaliate against unfair subsidies abroad.", "retaliate"),
    ("The new law requires the government to consult the provinces before signing trade accords.", "requires"),
])
def test_no_act_is_coded_on_the_word(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word, type_", [
    ("Japan and West Germany agreed on Sunday to support the dollar.", "agreed", "AGREE"),
    ("Washington backed Manila's bid for a seat on the council.", "backed", "SUPPORT"),
    ("Government troops shelled the town on Monday, killing 20 civilians.", "shelled", "ASSAULT"),
    ("United Nations observers monitored the ceasefire between Peru and Ecuador.", "monitored", None),
    ("Ottawa decided to defy pressure from Washington and keep the power to withdraw tax credits from American parent "
     "firms.", "defy", "REJECT"),
    ("Peru voiced concern about Chilean troops massing on the border.", "voiced", "ACCUSE"),
    ("Iran reserves the right to retaliate against Iraq, the minister said.", "reserves", "THREATEN"),
    ("The army forced the villagers to leave their homes.", "forced", "COERCE"),
])
def test_the_acts_beside_them_stay(code, text, word, type_):
    events, _ = code(text)
    found = {e.trigger: e.type for e in events}
    assert word in trigger_words(events), [(e.type, e.trigger) for e in events]
    if type_:
        assert type_ in {t for w, t in found.items() if word in w.split(" … ")}, found


def test_a_sum_in_a_currency_given_stays_aid(code):
    events, _ = code("Officials said Bonn would provide 200 mln marks to help Bolivia fight the drug trade.")
    assert "provide" in trigger_words(events), [(e.type, e.trigger) for e in events]
