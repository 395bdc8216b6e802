"""A ban's kind by whom it is aimed at (events/bans.py): aimed at nobody abroad it is a restriction at home (COERCE
172), aimed at another country's party or at cross-border trade an embargo (SANCTION 163)."""

import pytest


def _kinds(nlp, text):
    return [(e.type, e.cameo) for e in nlp(text)._.events if e.trigger.split()[-1] in ("banned", "outlawed", "barred")]


@pytest.mark.parametrize("text", [
    "Indian officials banned firecrackers ahead of the festival.",
    "The Sudanese government outlawed the practice last year.",
    "The Indian government banned the sale of alcohol in the state.",
])
def test_a_ban_aimed_at_nobody_abroad_is_a_restriction_at_home(nlp, rules_only, text):
    assert _kinds(nlp, text) == [("COERCE", "172")], text


@pytest.mark.parametrize("text", [
    "France banned imports of British beef.",
    "Japan banned imports of newsprint.",
    "India banned Pakistani ships from its ports.",
    "The United States banned Chinese airlines from flying to American cities.",
])
def test_a_ban_aimed_abroad_or_at_trade_is_an_embargo(nlp, rules_only, text):
    assert _kinds(nlp, text) == [("SANCTION", "163")], text
