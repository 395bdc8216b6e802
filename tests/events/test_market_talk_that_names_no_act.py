"""Wire talk that names no act between parties (events/data/non_events.yaml): a bare "asked" beside a quoted
question, counsel of calm to investors, a meeting adjourned to a day, a course set aside by "barring", the purpose
of a loan or a project, an asking price in a market, a loan a lender gives as a habit. The acts told in the same
words stay: a request of a state, a state's call on another, talks adjourned after a walkout, a ban on ships, a state
that aims to support another's bid, a state's demand, a loan given this week. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text, ptype", [
    ('"What will the brokers do if the market resumes its slide next month?" Wong asked.', "REQUEST"),
    ('"Who will pay for the damage?" asked the minister.', "REQUEST"),
    ('Senator Wong Kam shared this fear. "How will the banks cope if prices slide again next month ?" he asked.',
     "REQUEST"),
    ("Investors should not be unduly swayed by rumours from foreign markets, he added.", "REQUEST"),
    ('"We expect prices to settle soon," he said, adding that small investors should remain calm.', "REQUEST"),
    ("A session of the International Tin Council has been adjourned until Friday because Monday is a public holiday "
     "in Britain.", "REJECT"),
    ('The palace took a cautious view of the market slump, barring "hasty action" to deal with it.', "SANCTION"),
    ("The farm project, costing 200 mln dlrs, aims to support small farmers hurt by drought.", "SUPPORT"),
    ("The Bank gave loans to Peru to back its reforms.", "SUPPORT"),
    ("The adjustment program, backed by a bank loan, hopes to aid spending controls and support price reforms, the "
     "bank said.", "AID"),
    ("Many Brazilian brokers are demanding up to three times book value, putting off buyers, analysts said.",
     "REQUEST"),
    ("The loan, which the Fund provides countries in hard times, is equal to 20 pct of Peru's quota.", "AID"),
])
def test_market_talk_names_no_act(code, text, ptype):
    events, _ = code(text)
    assert not [e for e in events if e.type == ptype], found_acts(events)


@pytest.mark.parametrize("text, ptype", [
    ("Peru asked Chile to withdraw its troops.", "REQUEST"),
    ("The talks were put off, as Peru had asked.", "REQUEST"),
    ("Peru said Chile should withdraw its troops from the border.", "REQUEST"),
    ("The talks between Iran and Iraq were adjourned after Iraq walked out.", "REJECT"),
    ("Peru barred Chilean ships from its ports.", "SANCTION"),
    ("Peru aims to support Chile's bid for a seat on the Security Council.", "SUPPORT"),
    ("Peru demanded compensation from Chile.", "REQUEST"),
    ("The Fund is giving Peru a loan of 300 mln dlrs this week.", "AID"),
    ("The Bank gave loans to Peru to back its reforms.", "AID"),
])
def test_the_acts_told_in_the_same_words_stay(code, text, ptype):
    events, _ = code(text)
    assert [e for e in events if e.type == ptype], found_acts(events)
