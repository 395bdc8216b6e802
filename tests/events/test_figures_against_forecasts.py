"""A figure measured against what was expected of it ("exports beat forecasts", "profit smashed estimates") tells
a result, not a blow struck: none.yaml's entry for beat, top, exceed and the like with a forecast as the object.
A party beaten, hammered or crushed stays an act of force."""

import pytest


@pytest.fixture(scope="module")
def entries(nlp):
    matcher = nlp.get_pipe("dossier_events").coder.matcher

    def run(text: str) -> dict[str, str]:
        return {tok.text: e.type for tok, e in matcher(nlp(text))}
    return run


@pytest.mark.parametrize("text, word", [
    ("Chile's copper output in March beat forecasts by a wide margin.", "beat"),
    ("The carmaker's quarterly profit beat the consensus estimate.", "beat"),
    ("Poland's factory orders smashed analysts' expectations in June.", "smashed"),
    ("Ghana's cocoa harvest crushed the board's projection.", "crushed"),
    ("India's growth topped economists' predictions for the quarter.", "topped"),
])
def test_a_figure_against_a_forecast_names_no_event(entries, text, word):
    assert entries(text).get(word) == "NONE", text


def test_a_figure_against_a_forecast_makes_no_event(code):
    for text in ["Norway's gas exports beat forecasts in October.",
                 "Turkey's inflation figure for May beat economists' estimates, the statistics office said."]:
        events, _ = code(text)
        assert not [e for e in events if e.type == "ASSAULT"], text


@pytest.mark.parametrize("text, word", [
    ("Riot police beat demonstrators outside the parliament in Tbilisi.", "beat"),
    ("Government artillery hammered rebel positions north of the city.", "hammered"),
    ("The rebels beat back an army offensive near the border.", "beat"),
])
def test_a_party_struck_stays_an_assault(entries, text, word):
    assert entries(text).get(word) == "ASSAULT", text
