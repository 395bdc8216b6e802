"""A record that names a state and a province of it as governments keeps the state as the country its places,
bodies and people stand for, whichever it read first."""

from dossier.merge.reports import actors_of
from dossier.model import Entity

STATE = Entity(id="nor", name="Norland", type="GPE", kind="government", country="NRL", known=True)
PROVINCE = Entity(id="unk:GPE:vell-province", name="Vell province", type="GPE", kind="government", country="NRL")
PORT = Entity(id="osk", name="Oskarby", type="GPE", kind="place", country="NRL", known=True)
MINISTER = Entity(id="nrl:vasquez", name="Irene Vasquez", type="PERSON", kind="person", country="NRL", known=True)


def test_the_state_keeps_the_country_when_a_province_comes_after_it():
    actors = actors_of([STATE, PROVINCE, PORT, MINISTER])
    assert actors.country_of["osk"] == "nor" and actors.country_of["nor"] == "nor"
    assert actors.nation["nrl:vasquez"] == "nor"


def test_the_state_keeps_the_country_when_a_province_comes_first():
    actors = actors_of([PROVINCE, PORT, STATE, MINISTER])
    assert actors.country_of["osk"] == "nor"


def test_a_province_alone_still_stands_for_its_country():
    # with no actor of the state itself, the province is the record's only government of that country
    actors = actors_of([PROVINCE, PORT])
    assert actors.country_of["osk"] == "unk:GPE:vell-province"
