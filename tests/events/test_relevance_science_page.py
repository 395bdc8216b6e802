"""A page whose only political actors are a state's bodies of science (events/relevance.py `science_bodies_of`,
data/relevance.yaml science_bodies): such a body, and a state named only as its owner ("the US space agency"), count
not toward the topic bar and keep no event as a side, so a probe's find or a telescope's readings are no act; an act
of the body on another state keeps the page on topic, and so does a legislature that acts on it. Texts written
here."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.events.component import coding_with
from dossier.events.relevance import science_bodies_of, science_body_names
from dossier.model import Document
from dossier.nlp import loader
from dossier.pipeline import process

PROBE = ("NASA said on Tuesday that its Cassini probe found grains of salt in the jets that rise from the ice of "
         "Enceladus. Data gathered by NASA's Hubble Space Telescope backed the finding. The agency's scientists spent "
         "two years scanning the light the jets give off. Hana Reyes, a planetary scientist at NASA's Jet Propulsion "
         "Laboratory, led the study. NASA will publish the maps next month. The team now wants to know whether the "
         "ocean under the ice could hold life. The US space agency will launch its Kestrel probe in 2031 to "
         "study the ice.")


@pytest.fixture(scope="module")
def nlp():
    return loader.load(Settings())


def _events(nlp, text: str, keep: bool = False):
    with coding_with(nlp, keep_off_topic=keep):
        result = next(process([Document(id="t-science", source="t", text=text, published="2019-11-20")], nlp=nlp))
    return [(e.type, e.trigger) for e in result.events]


def test_the_names_are_data():
    assert "space agency" in science_body_names() and "nasa" in science_body_names()


def test_a_space_agency_and_its_owner_are_the_pages_only_political_actors(nlp):
    doc = nlp(PROBE)
    bodies = science_bodies_of(doc, doc._.actors or {})
    names = {doc._.actors[b].name for b in bodies}
    assert "National Aeronautics and Space Administration" in names and "United States" in names


def test_a_probes_find_is_no_act(nlp):
    kept = _events(nlp, PROBE, keep=True)
    assert ("ACCUSE", "led") in kept and any(t.startswith("launch") for _, t in kept)
    assert _events(nlp, PROBE) == []


def test_an_act_on_another_state_keeps_the_page(nlp):
    events = _events(nlp, PROBE + " NASA invited Japan to join the lander mission.")
    assert ("REQUEST", "invited") in events


def test_a_legislature_on_the_page_makes_it_public_affairs(nlp):
    text = PROBE + " Congress cut the agency's budget by a tenth."
    doc = nlp(text)
    assert science_bodies_of(doc, doc._.actors or {}) == frozenset()
    assert ("ACCUSE", "led") in _events(nlp, text)
