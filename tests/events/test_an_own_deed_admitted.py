"""A state's side owning up to its own deed or wrong concedes it (events/admissions.py; PLOVER CONCEDE, regret or
remorse for an action): "admitted that its agents killed X" is the teller's CONCEDE towards the one harmed, the deed
kept beside it (only "acknowledged" where told as a mistake or harming civilians: a strike confirmed is no
regret); "admitted it was wrong to…" concedes the wrong, the act called wrong no event of its own. Another
state's deed told is a claim (claims.py), a fact granted in argument or an admission refused no concession.
Sentences written for these tests."""

import pytest

from tests.events.conftest import countries


def _found(code, text):
    events, actors = code(text)
    return [(e.type, countries(e.source, actors), countries(e.target, actors), e.status) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("The Pentagon acknowledged that an American air strike had killed six Somali civilians.", "USA", "SOM"),
    ("The Israeli army admitted that its soldiers shot dead two Palestinian fishermen off Gaza.", "ISR", "PSE"),
    ("The Turkish army acknowledged that its jets had mistakenly bombed a Syrian border post.", "TUR", "SYR"),
])
def test_an_own_deed_admitted_is_a_concession(code, text, source, target):
    found = _found(code, text)
    assert any(t == "CONCEDE" and source in s and target in g and st == "occurred" for t, s, g, st in found), found


@pytest.mark.parametrize("text, source", [
    ("The French president admitted he had been wrong to ship helicopters to Libya.", "FRA"),
    ("The Canadian trade minister acknowledged that Ottawa had made a mistake in closing the ferry route.", "CAN"),
])
def test_a_wrong_admitted_is_a_concession_of_no_act_besides(code, text, source):
    found = _found(code, text)
    assert [t for t, *_ in found] == ["CONCEDE"], found
    assert source in found[0][1], found


@pytest.mark.parametrize("text", [
    "Iran said Iraqi jets had bombed two of its border towns.",
    "The Brazilian minister admitted that exports had fallen for a third month.",
    "The Israeli army refused to admit that its soldiers had shot the two fishermen.",
    "The Turkish army acknowledged that its jets had bombed Kurdish rebel camps in northern Iraq.",
])
def test_no_concession_without_an_own_deed_owned_up_to(code, text):
    found = _found(code, text)
    assert not any(t == "CONCEDE" for t, *_ in found), found
