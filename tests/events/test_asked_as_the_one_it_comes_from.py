"""A verb of asking that names the one asked only as the one what is asked for would come from ("sought loans from
X", "appealed for aid and advice from X") asks X: X is the target, never the asker (events/roles/receiving.py
`asked_givers`, read by reading.read_roles for REQUEST verbs with no target). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, asker, asked", [
    ("Malawi sought emergency help from South Africa after the drought.", "MWI", "ZAF"),
    ("Ghana's foreign minister demanded an apology from Togo over the border shooting.", "GHA", "TGO"),
    ("Peruvian miners appealed for aid and advice from Chile's government.", "PER", "CHL"),
])
def test_the_one_what_is_asked_for_comes_from_is_asked(rules_only, code, text, asker, asked):
    events, actors = code(text)
    event = only(events, "REQUEST")
    assert asked in _countries(event.target, actors) and asked not in _countries(event.source, actors), \
        (event.source, event.target)
    assert asker in _countries(event.source, actors)


def test_with_no_asker_named_the_one_it_comes_from_is_still_the_one_asked(code):
    events, actors = code("Since the floods, they are begging for food and shelter from the Bangladeshi government.")
    event = only(events, "REQUEST")
    assert _countries(event.target, actors) == {"BGD"} and "BGD" not in _countries(event.source, actors)


def test_must_not_where_the_askers_come_from_be_asked(rules_only, code):
    events, actors = code("Nurses from Ghana appealed for higher wages on Tuesday.")
    assert "GHA" not in _countries(only(events, "REQUEST").target, actors)


def test_must_not_the_one_asked_by_name_give_way_to_a_from_phrase(rules_only, code):
    events, actors = code("Kenya asked Uganda for troops from its northern bases.")
    event = only(events, "REQUEST")
    assert _countries(event.target, actors) == {"UGA"}
