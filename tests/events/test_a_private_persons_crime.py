"""On a crime story — a word of the police, the courts or a crime in half its sentences or more, no word of politics
— an act of force, coercion, threat or confession whose every doer is a private person is the crime, no political
act (events/relevance.py `crime_page`, `private_crime`; data/relevance.yaml crime_page). The police's and the
courts' acts upon him stay, so does a private person's act upon a political actor (a mayor stabbed), and a page with
a word of politics (an extremist's attack, a protester) keeps all. Texts written here."""

from __future__ import annotations

import pytest

from dossier.events.relevance import crime_page, private_crime
from dossier.model import Entity, Event
from tests.events.conftest import found_acts

ROBBERY = ("A Tulsa man was sentenced to 20 years in prison on Friday for the robbery of a jewellery shop in "
           "Oklahoma. Prosecutors told the court that the American, Daniel Harker, threatened the shop's owner with "
           "a knife. Harker grabbed the owner's daughter and held her captive in a back room for two hours. Police "
           "officers arrested him outside the shop that evening. Harker confessed to the robbery during a police "
           "interview. The judge called the crime cruel and planned.")
STABBING = ("A Tulsa man was sentenced to 20 years in prison on Friday for stabbing the mayor of Tulsa. Prosecutors "
            "told the court that the American, Daniel Harker, threatened the mayor of Tulsa with a knife at a town "
            "meeting. Harker stabbed the mayor twice in the arm. Police officers arrested him outside the hall that "
            "evening. Harker confessed to the stabbing during a police interview. The judge called the crime cruel "
            "and planned.")
ACTORS = {
    "man": Entity(id="man", name="Daniel Harker", type="PERSON", kind="person", country="USA", cameo="USAPPL"),
    "girl": Entity(id="girl", name="civilians (USA)", type="NORP", kind="group", country="USA", cameo="USACVL"),
    "fbi": Entity(id="fbi", name="Federal Bureau of Investigation", type="ORG", kind="government", country="USA",
                  cameo="USACOP", known=True),
    "usa": Entity(id="usa", name="United States", type="GPE", kind="government", country="USA", cameo="USA",
                  known=True),
    "mayor": Entity(id="mayor", name="American officials", type="ORG", kind="government", country="USA",
                    cameo="USAGOV", known=True),
    "rebel": Entity(id="rebel", name="Joe Kony", type="PERSON", kind="person", country="UGA", cameo="UGAREB"),
    "police": Entity(id="police", name="American police", type="ORG", kind="government", country="USA",
                     cameo="USACOP", known=True),
}


def test_a_robbery_page_is_a_crime_story_and_a_stabbed_mayors_too(nlp):
    assert crime_page(nlp(ROBBERY))
    assert crime_page(nlp(STABBING))


@pytest.mark.parametrize("text", [
    ROBBERY.replace("the robbery of a jewellery shop", "an attack on a mosque by a far-right extremist"),
    ROBBERY.replace("The judge called", "Protesters outside the court called"),
    ROBBERY.replace("Police officers arrested him", "Soldiers arrested him"),
    "Police officers arrested a man in Tulsa on Friday.",   # too short to be a story
])
def test_a_page_with_a_word_of_politics_or_too_short_is_no_crime_story(nlp, text):
    assert not crime_page(nlp(text))


@pytest.mark.parametrize("kind, source, target", [
    ("COERCE", ["man"], ["girl"]),     # grabbed the girl
    ("ASSAULT", ["man"], []),           # held her captive
    ("CONCEDE", ["man"], ["fbi"]),      # confessed to the FBI
    ("THREATEN", ["man"], ["usa"]),     # his own nationality read as a side
    ("CONCEDE", [], ["girl"]),          # no doer named: the crime told of its victim
])
def test_a_private_persons_crime(kind, source, target):
    assert private_crime(Event(id="t:e1", type=kind, source=source, target=target), ACTORS)


@pytest.mark.parametrize("kind, source, target", [
    ("ASSAULT", ["man"], ["mayor"]),    # a mayor stabbed
    ("COERCE", ["police"], ["man"]),    # the arrest
    ("ASSAULT", ["rebel"], ["girl"]),   # a rebel's act
    ("PROTEST", ["man"], []),           # no crime's type
    ("ASSAULT", [], ["mayor"]),         # an official attacked by no one named
])
def test_acts_on_officials_the_states_acts_and_armed_groups_stay(kind, source, target):
    assert not private_crime(Event(id="t:e1", type=kind, source=source, target=target), ACTORS)


def test_the_crime_goes_and_the_arrest_stays(code):
    events, _ = code(ROBBERY)
    assert not [e for e in events if e.trigger == "threatened"], found_acts(events)
    assert [e for e in events if e.trigger == "arrested"], found_acts(events)


def test_the_mayor_stabbed_stays(code):
    events, _ = code(STABBING)
    assert [e for e in events if e.trigger == "stabbed"], found_acts(events)
