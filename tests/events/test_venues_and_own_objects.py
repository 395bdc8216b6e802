"""Two limits on the role model (events/roles/model.py). A city or region of the source's own country is where its
meeting is held, not the meeting's other party (`own_place`). A target the trigger names as its own object ("before
travelling to Europe") is not replaced by a mention outside the trigger's phrase, such as the one another verb's act
is told to (`is_own_object`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.events.roles import model as role_model
from dossier.model import Entity, Event
from tests.events.conftest import names, resolver_of


def test_the_host_s_own_cities_are_no_target(code):
    events, actors = code("Chile will chair the forum in 2025, hosting some 100 meetings across the cities of "
                          "Valparaiso, Antofagasta and Temuco.")
    hosting = next(e for e in events if e.trigger == "hosting")
    assert names(hosting.source, actors) == {"Chile"}
    assert not {"Antofagasta", "Temuco"} & names(hosting.target, actors)


def test_a_going_verb_keeps_its_own_destination(code):
    events, actors = code("Kenya's finance minister will be outlining the plan to the envoys of Japan and Korea "
                          "before travelling to Europe on Friday.")
    trip = next(e for e in events if e.trigger == "travelling")
    assert names(trip.target, actors) == {"Europe"}


_ACTORS = {"PER": Entity(id="PER", name="Peru", type="GPE", kind="government", country="PER", cameo="PER"),
           "min": Entity(id="min", name="Peru's minister", type="PERSON", kind="person", country="PER",
                         cameo="PERGOV"),
           "CHL": Entity(id="CHL", name="Chile", type="GPE", kind="government", country="CHL", cameo="CHL"),
           "cusco": Entity(id="cusco", name="Cusco", type="GPE", kind="place", country="PER"),
           "firm": Entity(id="firm", name="Cusco Mining", type="ORG", kind="company", country="PER")}


@pytest.mark.parametrize("actor, source, venue", [
    ("cusco", ["PER"], True),  # the state's own city
    ("cusco", ["min"], True),  # its officials' own city
    ("cusco", ["CHL"], False),  # a city of another country may be the one visited
    ("cusco", ["PER", "CHL"], False),  # a source of two countries
    ("PER", ["min"], False),  # the state itself is own_state's
    ("firm", ["PER"], False),  # not a place
])
def test_own_place_only_for_a_place_of_the_source_s_own_country(actor, source, venue):
    cand = role_model.Candidate(token=None, anchor=None, actor=actor)
    assert role_model.own_place(cand, source, resolver_of(_ACTORS)) is venue


@pytest.mark.parametrize("text, trigger, own", [
    ("The minister will fly to Kenya.", "fly", True),  # the object of its own preposition
    ("The minister will meet Kenya's president.", "meet", True),  # its direct object
    ("The minister said Kenya was visited.", "visited", False),  # a passive trigger
    ("The minister described the visit to Kenya.", "visit", False),  # a noun trigger
])
def test_is_own_object_reads_a_verb_trigger_s_own_objects(nlp, text, trigger, own):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    resolver = type("R", (), {"many": staticmethod(lambda t: ["KEN"] if t.text in ("Kenya", "president") else [])})()
    assert role_model.is_own_object(tok, ["KEN"], resolver) is own
