"""Support declared or conveyed, and solidarity or sympathy shown, are support expressed (patterns/support.yaml,
CAMEO 051); the support a poll or a vote shows is nobody's act."""

import pytest


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, backer, backed", [
    ("Uruguay has shown solidarity with Paraguay's decision to close the border.", "URY", "PRY"),
    ("Ghana declared its support for Togo in the dispute.", "GHA", "TGO"),
    ("The Finnish president conveyed his condolences to Estonia after the ferry disaster.", "FIN", "EST"),
])
def test_support_declared_or_solidarity_shown(code, text, backer, backed):
    events, actors = code(text)
    backing = [e for e in events if e.type == "SUPPORT" and e.cameo == "051"]
    assert len(backing) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert _countries(backing[0].source, actors) == {backer}
    assert _countries(backing[0].target, actors) == {backed}


@pytest.mark.parametrize("text", [
    "A poll showed strong support for the ruling party in Accra.",
    "The figures showed sympathy for the strikers was waning.",
])
def test_support_a_poll_shows_is_no_act(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "SUPPORT"], [(e.type, e.cameo, e.trigger) for e in events]
