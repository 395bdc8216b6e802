"""The one told ("X told Y that Z had promised…") hears of a third party's act and is no party to it: the role model
does not take Y for the target of Z's act (events/roles/no_party.py `told_of_another`). Where the teller's own side
acts ("told the envoy that Kenya would send troops to help him") or the one told is asked to act, the one told
stays a possible party. Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, kind, doer, hearer", [
    ("The Kenyan minister told the Ugandan envoy that Tanzania had promised to send troops.", "AGREE", "TZA", "UGA"),
    ("The French ambassador told the Malian president that Germany had agreed to send aid.", "AGREE", "DEU", "MLI"),
])
def test_the_one_told_is_no_party_to_a_third_party_s_act(code, text, kind, doer, hearer):
    events, actors = code(text)
    event = only(events, kind)
    assert _countries(event.source, actors) == {doer}, (event.source, event.target)
    assert hearer not in _countries(event.target, actors), (event.source, event.target)


def test_the_teller_s_own_state_acts_towards_the_one_told(code):
    events, actors = code("The Kenyan minister told the Ugandan envoy that Kenya would send troops to help him.")
    event = only(events, "MOBILIZE")
    assert _countries(event.source, actors) == {"KEN"} and "UGA" in _countries(event.target, actors), \
        (event.source, event.target)
