"""A crime story told with the words of a shooting, a hit-and-run, an arson or a heist and the court's people
(data/relevance.yaml crime_page, round 77: "gunman", "shot", "witnesses", "defendant", "heist") is one from two
sentences in five: there a private person's act of force is the crime, no political act, while the police's arrest
stays (events/relevance.py `crime_page`, `private_crime`), told with no doer named too. A page with a word of
politics is none. Texts written here."""

from __future__ import annotations

from dossier.events.relevance import crime_page, private_crime
from dossier.model import Entity, Event
from tests.events.conftest import found_acts

SHOOTING = ("Carl Wendt, a gunman from Dayton, shot two American clerks at a hardware store on Tuesday morning, Ohio police said. Witnesses "
            "told the police that Wendt argued with the owner before he fired. Wendt fled in a grey "
            "van. The store stayed shut for the rest of the week. Neighbours left flowers at the door. Ohio police "
            "officers arrested Wendt at a motel near Cincinnati the next day. The two clerks are recovering at a "
            "local hospital.")
HEIST = ("Robbers took watches worth 3 million euros from a shop in Lyon on Sunday. The thieves wore wigs and long "
         "coats. They smashed two glass cases and left on scooters within four minutes. The shop reopened on Monday. "
         "Its owner said the heist was the third on the street this year.")


def test_a_shooting_and_a_heist_told_with_their_own_words_are_crime_stories(nlp):
    assert crime_page(nlp(SHOOTING))
    assert crime_page(nlp(HEIST))


def test_a_shooting_among_protesters_is_no_crime_story(nlp):
    assert not crime_page(nlp(SHOOTING.replace("Neighbours left flowers", "Protesters left flowers")))


def test_the_gunmans_act_goes_and_the_arrest_stays(code):
    events, _ = code(SHOOTING)
    assert not [e for e in events if e.trigger in ("shot", "fired")], found_acts(events)
    assert [e for e in events if e.trigger == "arrested"], found_acts(events)


def test_an_arrest_with_no_doer_named_is_the_polices():
    actors = {"man": Entity(id="man", name="Carl Wendt", type="PERSON", kind="person", country="USA",
                            cameo="USAUAF")}
    assert not private_crime(Event(id="t:e1", type="COERCE", cameo="173", source=[], target=["man"]), actors)
    assert private_crime(Event(id="t:e2", type="COERCE", cameo="171", source=[], target=["man"]), actors)
