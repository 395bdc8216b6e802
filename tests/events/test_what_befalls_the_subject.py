"""A verb of undergoing ("suffered", "underwent", "incurred") tells what befell its subject: no act of it. An act
named beside it keeps its own event."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Bolivia suffered the heaviest flood damage in the region, with some 40,000 homes lost.",
    "Peru underwent a painful adjustment under the IMF programme.",
    "The Kenyan state airline incurred heavy losses in Uganda last year.",
])
def test_undergoing_is_no_act(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


def test_an_act_beside_it_keeps_its_event(code):
    events, _ = code("Uganda suffered heavy losses when Kenyan jets bombed its border posts on Monday.")
    assert [e for e in events if e.type == "ASSAULT" and e.trigger == "bombed"]
