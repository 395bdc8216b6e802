"""Trigger words and the constraints on them, in sentences written for these tests (CAMEO/PLOVER vocabulary)."""

import pytest

from tests.events.conftest import names, only


def types(events):
    return {e.type for e in events}


def test_unquoted_on_and_off_in_pattern_files_are_words():
    from dossier.events.patterns import load_entries
    entries = load_entries()
    for e in entries:
        for words in (e.lemmas, e.prep, e.target_preps, e.object, e.clause_aux):
            assert all(isinstance(w, str) for w in words), e
    assert any("on" in e.prep for e in entries) and any("off" in e.prep for e in entries)


def test_prep_on_constraint_matches(code):
    events, actors = code("Zambia reneged on its promise to Malawi.")
    event = only(events, "REJECT")
    assert names(event.source, actors) == {"Zambia"}


def test_intransitive_protest_verb_is_a_protest(code):
    events, actors = code("Hundreds of farmers demonstrated in Madrid on Monday.")
    event = only(events, "PROTEST")
    assert (event.mode, event.cameo) == ("demo", "141") and event.trigger == "demonstrated"


def test_transitive_demonstrate_is_no_protest(code):
    events, _ = code("Japan demonstrated its new radar to Australia on Monday.")
    assert "PROTEST" not in types(events)


def test_workers_struck_but_a_storm_striking_a_coast_is_no_strike(code):
    events, _ = code("Dock workers in Chile struck for a second day.")
    assert only(events, "PROTEST").cameo == "143"
    events, _ = code("A storm struck the coast of Chile on Monday.")
    assert "PROTEST" not in types(events)


def test_a_phrase_entry_needs_its_leading_words(code):
    events, _ = code("Jailed activists in Bahrain began a hunger strike on Sunday.")
    assert only(events, "PROTEST").mode == "hunger"
    events, _ = code("Nurses in Kenya began a strike on Sunday.")
    assert only(events, "PROTEST").mode == "boycott"


def test_object_word_may_describe_the_object(code):
    # "air links": the compound names what is suspended
    events, actors = code("Norway suspended air links with Belarus on Friday.")
    event = only(events, "SANCTION")
    assert event.cameo == "162" and names(event.source, actors) == {"Norway"}
    # "dollars of aid": what the amount is of
    events, actors = code("Sweden gave Malawi ten million dollars of aid last week.")
    event = only(events, "AID")
    assert names(event.source, actors) == {"Sweden"}


def test_demand_that_someone_act_targets_the_clause_subject(code):
    events, actors = code("Farmers in Kenya are demanding that President Ruto abandon the new tax.")
    event = only(events, "REQUEST")
    assert event.mode == "demand" and any("Ruto" in n for n in names(event.target, actors))


def test_saying_another_party_must_act_is_a_demand(code):
    events, actors = code("Brazil said Argentina must repay the loan by March.")
    event = only(events, "REQUEST")
    assert (event.mode, event.cameo) == ("demand", "100")
    assert names(event.source, actors) == {"Brazil"} and names(event.target, actors) == {"Argentina"}


def test_saying_without_must_is_no_demand(code):
    events, _ = code("Brazil said Argentina repaid the loan in March.")
    assert "REQUEST" not in types(events)


def test_welcoming_a_person_is_hosting_and_welcoming_a_decision_is_praise(code):
    events, actors = code("Egypt welcomed Emmanuel Macron in Cairo on Sunday.")
    assert only(events, "CONSULT").cameo == "043"
    events, actors = code("Egypt welcomed the decision of Sudan to hold elections.")
    event = only(events, "SUPPORT")
    assert event.cameo == "051" and names(event.source, actors) == {"Egypt"}


def test_background_clause_is_less_confident_than_the_main_report(code):
    events, _ = code("Thousands of Kurds rallied in Erbil, where police arrested two journalists last year.")
    rally = only(events, "PROTEST")
    arrest = only(events, "COERCE")
    assert rally.confidence > arrest.confidence


@pytest.mark.parametrize("text, type_, cameo", [
    ("The government of Nepal accepted the demands of the striking teachers.", "CONCEDE", "083"),
    ("Chad eased the curfew in its capital on Thursday.", "CONCEDE", "081"),
    ("The Bolivian president resigned on Sunday.", "RETREAT", "0831"),
    ("Armenia returned the disputed territory to Azerbaijan.", "RETREAT", "0842"),
    ("Canada lifted its sanctions on Cuba.", "RETREAT", "085"),
    ("Algeria ended its mediation between Mali and the rebels.", "SANCTION", "165"),
    ("Hungary cut off gas deliveries to Serbia.", "SANCTION", "162"),
    ("Authorities in Niger imposed a curfew in Niamey on Friday.", "COERCE", "172"),
    ("Rebels in Colombia blew up an oil pipeline on Tuesday.", "COERCE", "171"),
    ("A Korean firm is suing Vietnam over a tax ruling.", "ACCUSE", "115"),
    ("Ghana violated the ban on fishing in the bay.", "REJECT", "128"),
    ("Qatar mediated between Hamas and Israel in May.", "CONSULT", "045"),
    ("The Kenyan foreign minister left for Addis Ababa on Monday.", "CONSULT", "042"),
    ("Turkish officials shared evidence with Greece about the smugglers.", "COOPERATE", "064"),
    ("Japan will contribute five million dollars to Tonga.", "AID", "071"),
    ("Protesters in Peru blocked the main highway for two days.", "PROTEST", "144"),
    ("Sudan forgave Egypt for the border incident.", "SUPPORT", "056"),
])
def test_vocabulary_of_the_types(code, text, type_, cameo):
    events, _ = code(text)
    assert any(e.type == type_ and e.cameo == cameo for e in events), [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, type_, cameo", [
    ("Ghana deployed 400 peacekeepers to South Sudan in March.", "AID", "074"),
    ("The African Union sent election observers to Malawi.", "AID", "074"),
    ("The African Union withdrew its observers from Burundi.", "SANCTION", "166"),
    ("Fiji pulled its peacekeepers out of the Golan Heights.", "SANCTION", "166"),
    ("Ethiopia deployed troops along its border with Eritrea.", "MOBILIZE", "154"),
    ("Kenya withdrew its troops from the border town.", "RETREAT", "087"),
])
def test_peacekeepers_sent_are_aid_and_withdrawn_a_reduced_relation(code, text, type_, cameo):
    """Military protection given (CAMEO 074) and taken back (166), not a mobilisation or a retreat."""
    events, _ = code(text)
    assert any(e.type == type_ and e.cameo == cameo for e in events), [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, status", [
    ("Kenya said it will enter new talks with Uganda.", "planned"),
    ("Mali and Niger entered negotiations over the border last week.", "occurred"),
])
def test_talks_entered_are_a_meeting(code, text, status):
    """"enter talks/negotiations" is a light verb with its meeting noun, like "hold talks"."""
    events, _ = code(text)
    assert any(e.type == "CONSULT" and e.status == status for e in events), \
        [(e.type, e.status, e.trigger) for e in events]
