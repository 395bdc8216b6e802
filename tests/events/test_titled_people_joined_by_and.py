"""Two people, each with a title, joined by "and" ("Finance Minister A and Treasury Secretary B signed…") where the
parser read the whole as one phrase on the second name (`actors.stranded_first` and its `_titled_first`): both do the
act, and the one read as the phrase's modifier is no longer left out. A firm's name with "and" before one person's
title ("Procter and Gamble chief X") stays one person."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, first, second", [
    ("Brazilian Finance Minister Jorge Prado and U.S. Treasury Secretary Mark Hollis signed a debt accord in "
     "Washington.", "Jorge Prado", "Mark Hollis"),
    ("Dutch Trade Minister Eva Smit and U.S. Treasury Secretary Bill Carter reaffirmed their commitment to open "
     "markets at a meeting in The Hague.", "Eva Smit", "Bill Carter"),
])
def test_both_titled_people_are_parties(code, rules_only, text, first, second):
    events, actors = code(text)
    assert events, text
    sides = names(events[0].source, actors) | names(events[0].target, actors)
    assert {first, second} <= sides, [(e.type, e.trigger, e.source, e.target) for e in events]


def test_a_firm_named_with_and_before_a_title_is_no_second_person(code, rules_only):
    events, actors = code("Procter and Gamble Chief Executive John Smith criticised the Mexican tariffs.")
    found = [e for e in events if e.type == "ACCUSE"]
    assert found and names(found[0].source, actors) == {"John Smith"}, [(e.type, e.source) for e in events]
