"""A border closed to another's goods is an embargo on them (SANCTION 163), no break of relations (161):
"closed its border to imports of beef", "will shut its borders to grain shipments" (patterns/sanction.yaml). A
border closed with a neighbour, or to people, stays 161. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Argentina shut its border to imports of potatoes from Bolivia last week.", "shut"),
    ("Poland shut its borders to cattle from Belarus on Monday.", "shut"),
    ("Kenya will close its frontier to grain exports from Tanzania.", "close"),
])
def test_a_border_closed_to_goods_is_an_embargo(typed, text, word):
    assert typed(text)[word] == ("SANCTION", "163"), typed(text)


@pytest.mark.parametrize("text, word", [
    ("Poland shut its border with Belarus on Monday.", "shut"),
    ("Kenya closed its embassy in Mogadishu.", "closed"),
])
def test_a_border_closed_outright_stays_a_break(typed, text, word):
    assert typed(text)[word] == ("SANCTION", "161"), typed(text)
