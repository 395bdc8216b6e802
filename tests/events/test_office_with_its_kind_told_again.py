"""A title told again with the lower-case words of its office ("the trade minister", "the foreign secretary") stands
for the person the story last named with that whole title ("Trade Minister X"), not for one of another office
(events/actors.py `Resolver._titled`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names, only


@pytest.mark.parametrize("text, person, type_", [
    ("Kenyan Trade Minister Peter Otieno arrived in London on Monday for two days of talks. In a speech on Tuesday, "
     "the trade minister urged Britain to open its markets to Kenyan tea.", "Peter Otieno", "REQUEST"),
    ("Chilean Foreign Minister Ana Rojas flew to Lima on Sunday. On Monday the foreign minister accused Peru of "
     "stalling the border talks.", "Ana Rojas", "ACCUSE"),
])
def test_a_title_with_its_office_told_again_is_its_holder(code, text, person, type_):
    events, actors = code(text)
    assert person in names(only(events, type_).source, actors)


def test_must_not_another_office_take_the_holder(code):
    events, actors = code("Kenyan Finance Minister Peter Otieno arrived in London on Monday. In a speech on Tuesday, "
                          "the trade minister urged Britain to open its markets to Kenyan tea.")
    assert "Peter Otieno" not in names(only(events, "REQUEST").source, actors)


def test_must_not_a_new_holder_be_the_one_named_before(code):
    events, actors = code("Kenyan Trade Minister Peter Otieno arrived in London on Monday. On Tuesday, the new "
                          "minister urged Britain to open its markets.")
    assert "Peter Otieno" not in names(only(events, "REQUEST").source, actors)
