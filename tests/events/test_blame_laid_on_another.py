"""The blame laid, put, placed or pinned on someone is an accusation of them (patterns/accuse.yaml, CAMEO 112), and
"each" of two doers doing it to "the other" is done between them (`roles.reading._each_other`); blame laid on the
weather, or wreaths laid on a tomb, accuse nobody."""

import pytest


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, accuser, accused", [
    ("The Kenyan president placed the blame on Somalia for the raid.", "KEN", "SOM"),
    ("Ecuador laid the blame squarely on Peru.", "ECU", "PER"),
    ("Morocco and Algeria each laid the blame on the other after the summit collapsed.", "MAR", "DZA"),
    ("Iran and Iraq each accused the other of attacking civilian ships.", "IRN", "IRQ"),
])
def test_blame_laid_on_another_accuses_them(code, text, accuser, accused):
    events, actors = code(text)
    charges = [e for e in events if e.type == "ACCUSE" and e.cameo == "112"]
    assert len(charges) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert _countries(charges[0].source, actors) == {accuser}
    assert _countries(charges[0].target, actors) == {accused}


@pytest.mark.parametrize("text", [
    "The Kenyan coach laid the blame on the weather.",
    "The mourners laid wreaths on the tomb of the late president.",
    "Kenya laid the foundation stone of the new embassy.",
])
def test_blame_on_no_party_accuses_nobody(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.cameo, e.trigger) for e in events]
