"""A nomination or an appointment approved or confirmed is the nominee endorsed (support.yaml, CAMEO 051); the
entry claims the verbs only with those objects (`objects_only`), so "approved the loan", "approved the deployment"
keep the converted dictionary's codes, and a report confirmed names no endorsement."""

import pytest

from tests.events.conftest import names


@pytest.fixture(scope="module")
def entries(nlp):
    matcher = nlp.get_pipe("dossier_events").coder.matcher

    def run(text: str) -> dict[str, tuple[str, str]]:
        return {tok.text: (e.type, e.cameo) for tok, e in matcher(nlp(text))}
    return run


@pytest.mark.parametrize("text, word", [
    ("The Senate approved the nomination of Maria Lopez as ambassador to Chile.", "approved"),
    ("Parliament confirmed the appointment of Omar Haddad as envoy to Egypt.", "confirmed"),
    ("The assembly ratified the president's nominee for the central bank on Tuesday.", "ratified"),
])
def test_a_nomination_approved_is_an_endorsement(entries, text, word):
    assert entries(text).get(word) == ("SUPPORT", "051"), text


def test_the_nominee_is_the_target(code):
    events, actors = code("The Senate approved the nomination of Maria Lopez as ambassador to Chile.")
    found = [e for e in events if e.type == "SUPPORT"]
    assert found and "Maria Lopez" in names(found[0].target, actors)


@pytest.mark.parametrize("text, word, expected", [
    ("Parliament approved the loan from the World Bank.", "approved", ("AGREE", "0311")),
    ("The Bundestag approved the deployment of troops to Mali.", "approved", ("AGREE", "0332")),
])
def test_other_objects_keep_the_dictionarys_codes(entries, text, word, expected):
    assert entries(text).get(word) == expected, text


def test_a_report_confirmed_is_no_endorsement(entries):
    assert entries("The ministry confirmed the report of a fire at the port.").get("confirmed", ("",))[0] != "SUPPORT"
