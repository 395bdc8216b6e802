"""A subject "he" or "she" never stands for the one its own verb names as its object ("He asked Governor Lind to…":
not Lind, however often the story named Lind before): the walk back passes over that actor, by id or by surname, to
the one before (`Resolver._own_clause_others`). Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, doer, addressee", [
    ("Many of Mr. Obi's allies grumble about his love of spectacle. In a memo to the premier last month, Tom Ruiz, "
     "who chairs the Kenya Growers Union, wrote that growers faced heavy losses. He pressed Mr. Obi to settle the "
     "dispute quickly.", "Tom Ruiz", "Obi"),
    ("Some of Governor Lind's donors complain about his style. Paul Okafor, head of the state dairy board, said in a "
     "letter that herders were suffering. He asked Governor Lind to cut the fuel tax.", "Paul Okafor",
     "Governor Lind"),
])
def test_the_pronoun_is_not_the_one_it_asks(code, text, doer, addressee):
    events, actors = code(text)
    event = next(e for e in events if e.type == "REQUEST")
    assert names(event.source, actors) == {doer}
    assert names(event.target, actors) == {addressee}


def test_a_pronoun_with_no_named_object_keeps_the_last_subject(code):
    events, actors = code("Paul Okafor chaired the dairy board for ten years. He asked the governor to cut the fuel "
                          "tax.")
    event = next(e for e in events if e.type == "REQUEST")
    assert names(event.source, actors) == {"Paul Okafor"}
