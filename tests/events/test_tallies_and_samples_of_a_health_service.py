"""A tally of cases or deaths a health body reports is a figure, and samples gathered for a test are a clinic's
routine: no act on anyone, and the type model makes none of them either (events/data/non_events.yaml "a tally of
cases told", "samples taken for a test"); an act the report tells stays coded."""

import pytest

from dossier.events.component import coding_with
from tests.events.conftest import SureOf


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The Peruvian Health Ministry reported 2,310 new cases on Friday, bringing the national total to 401,000.",
    "Peru recorded 95 deaths on Sunday, the health ministry of Chile said.",
    "The Thai health department confirmed 44 new infections in Bangkok, more than Malaysia's 30.",
])
def test_the_model_makes_no_act_of_a_tally(code, nlp, text):
    with coding_with(nlp, types=SureOf("AID")):
        events, _ = code(text)
    assert not events, _found(events)


@pytest.mark.parametrize("text", [
    "In Wuhan, health workers have collected more than 9 million samples from residents since Friday.",
    "Italian nurses took swabs from 3,000 passengers arriving from Shanghai.",
])
def test_the_model_makes_no_act_of_samples_taken(code, nlp, text):
    with coding_with(nlp, types=SureOf("AID")):
        events, _ = code(text)
    assert not events, _found(events)


def test_the_model_still_reads_an_act_a_report_tells(code, nlp):
    with coding_with(nlp, types=SureOf("AID")):
        events, _ = code("The Peruvian Health Ministry sent 2,000 doses of vaccine to Bolivia on Friday.")
    assert events, _found(events)


def test_an_act_reported_stays(code):
    events, _ = code("The Ukrainian army reported that Russian troops shelled Kharkiv on Monday.")
    assert "ASSAULT" in {e.type for e in events}, _found(events)
