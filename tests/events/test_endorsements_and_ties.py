"""Two SUPPORT entries of support.yaml. A nomination or an appointment approved or confirmed is the nominee endorsed
(CAMEO 051); the entry claims the verbs only with those objects (`objects_only`), so "approved the loan", "approved
the deployment" keep the converted dictionary's codes, and a report confirmed names no endorsement. Diplomatic ties
begun, restored or raised are diplomatic cooperation (PLOVER SUPPORT; the CAMEO verb dictionary's ESTABLISH RELATIONS
054, RESTORE / RESUME / UPGRADE RELATIONS 050), not the sharing of intelligence (COOPERATE 064) they were coded as;
the verbs with other objects name none of these."""

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


@pytest.mark.parametrize("text, word, expected", [
    ("Fiji has established diplomatic relations with Kosovo.", "established", ("SUPPORT", "054")),
    ("Bhutan forged diplomatic ties with Israel last year.", "forged", ("SUPPORT", "054")),
    ("Qatar and Bahrain restored diplomatic ties after a long rift.", "restored", ("SUPPORT", "050")),
    ("Cuba and the United States normalised relations in 2015.", "normalised", ("SUPPORT", "050")),
    ("Ankara upgraded relations with Cairo to the level of ambassadors.", "upgraded", ("SUPPORT", "050")),
])
def test_ties_begun_or_restored_are_support(entries, text, word, expected):
    assert entries(text).get(word) == expected, text


def test_the_other_party_is_the_target(code):
    events, actors = code("Fiji has established diplomatic relations with Kosovo.")
    found = [e for e in events if e.type == "SUPPORT" and e.cameo == "054"]
    assert found and "Fiji" in names(found[0].source, actors) and "Kosovo" in names(found[0].target, actors)


@pytest.mark.parametrize("text, word", [
    ("Tanzania established a new port authority in Dar es Salaam.", "established"),
    ("The ministry restored electricity to the northern districts.", "restored"),
    ("Kenya resumed talks with Somalia on Monday.", "resumed"),
])
def test_other_objects_are_no_ties(entries, text, word):
    assert entries(text).get(word, ("", ""))[1] not in ("050", "054", "064"), text


def test_intelligence_shared_stays_cooperation(entries):
    assert entries("Jordan shared intelligence with Iraq on the smuggling routes.").get("shared") == ("COOPERATE",
                                                                                                    "064")
