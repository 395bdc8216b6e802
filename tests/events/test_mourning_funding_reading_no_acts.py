"""Three kinds of sentence that name an act's word but tell no act between parties (non_events.yaml): a vigil held
for the dead (a rite of mourning, no protest), money put into a work (a study, a film, a show: no aid to anyone),
and an act named as what something could be taken for ("could be misconstrued as threatening": a reading, no act).
Sentences written for these tests."""

import pytest


def _types(events):
    return {e.type for e in events}


@pytest.mark.parametrize("text", [
    "Thousands of Chileans held a candlelight vigil for the victims of the mine collapse.",
    "Students in Manila held a candlelight vigil in memory of those killed in the typhoon.",
    "Villagers gathered for a vigil to mourn the fishermen lost off the coast of Senegal.",
])
def test_a_vigil_for_the_dead_is_no_protest(code, text):
    events, _ = code(text)
    assert "PROTEST" not in _types(events), text


@pytest.mark.parametrize("text", [
    "Activists held a vigil outside the Saudi embassy in Paris against the jailing of the blogger.",
    "Students marched to the parliament in Nairobi to protest against the tax rise.",
])
def test_a_vigil_or_march_against_someone_stays_a_protest(code, text):
    events, _ = code(text)
    assert "PROTEST" in _types(events), text


@pytest.mark.parametrize("text", [
    "The Danish government helped fund a survey of whales off Greenland.",
    "The Canadian government funded a documentary about the famine in Ukraine.",
    "The film about refugees in Jordan was financed by the German government.",
])
def test_a_work_funded_is_no_aid(code, text):
    events, _ = code(text)
    assert "AID" not in _types(events), text


@pytest.mark.parametrize("text", [
    "Qatar financed the building of a hospital in Gaza.",
    "Japan funded the rebuilding of the port in Sri Lanka.",
])
def test_money_for_a_partys_need_stays_aid(code, text):
    events, _ = code(text)
    assert "AID" in _types(events), text


@pytest.mark.parametrize("text", [
    "Our navy never did anything that could be misconstrued as threatening Vietnam, the Chinese minister said.",
    "The Polish envoy said the drills might be seen as threatening Belarus.",
])
def test_an_act_something_could_be_taken_for_is_not_done(code, text):
    events, _ = code(text)
    assert "THREATEN" not in _types(events), text


def test_an_act_told_outright_stays(code):
    events, _ = code("The Chinese navy threatened Vietnamese fishing boats near the islands.")
    assert "THREATEN" in _types(events)
