"""The giver of a thing received may be named on its amount: in "will receive credits worth 200 mln dlrs from X" or
"a grant equal to 30 mln dlrs from X" the parser hangs "from X" on the sum, and X still gives the thing the sum
measures (receiving._amount_givers). A "from" inside a clause of its own, or after another preposition ("for refugees
from X"), names no giver. The rules alone decide here. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


def _aid(events):
    (aid,) = [e for e in events if e.type == "AID"]
    return aid


@pytest.mark.parametrize("text, giver, taker", [
    ("Kenya will receive credits worth 200 mln dlrs from Sweden for new roads.", "Sweden", "Kenya"),
    ("Ghana will get a grant equal to 30 mln dlrs from Norway in 1988, officials said.", "Norway", "Ghana"),
    ("Bolivia received aid totalling 12 mln dlrs from Brazil last year.", "Brazil", "Bolivia"),
    # the currency set in apposition to its number ("25 mln U.S. dlrs"), "from X" hung on the currency
    ("Tanzania will receive a grant equivalent to 48 mln U.S. Dlrs from Sweden during 1988.", "Sweden", "Tanzania"),
    ("Uganda will obtain a loan equivalent to 25 mln U.S. Dlrs from Italy next year, officials said.", "Italy",
     "Uganda"),
])
def test_the_from_phrase_on_the_amount_names_the_giver(code, rules_only, text, giver, taker):
    events, actors = code(text, "1987-03-02")
    aid = _aid(events)
    assert names(aid.source, actors) == {giver} and names(aid.target, actors) == {taker}


@pytest.mark.parametrize("text, other", [
    ("Chile received aid worth 12 mln dlrs for refugees from Peru.", "Peru"),
    ("Chile received credits worth 12 mln dlrs that Uruguay had once borrowed from Japan.", "Japan"),
    ("Chile will obtain a loan equivalent to 20 mln U.S. Dlrs for farmers from Japan next year.", "Japan"),
])
def test_a_from_phrase_beyond_the_amount_names_no_giver(code, rules_only, text, other):
    events, actors = code(text, "1987-03-02")
    aid = _aid(events)
    assert other not in names(aid.source, actors)
    assert names(aid.target, actors) == {"Chile"}
