"""Blocking by the sides' countries for acts the two sides do together: 'Norland and Sudmark signed' meets 'Vasquez
and Lindqvist signed', which share no participant."""

from dossier.merge import coref
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Report, actors_of, stems
from dossier.model import Entity

from tests.conftest import make_event

ENTITIES = [
    Entity(id="nor", name="Norland", type="GPE", kind="government", country="NRL", known=True),
    Entity(id="sud", name="Sudmark", type="GPE", kind="government", country="SDM", known=True),
    Entity(id="nrl:vasquez", name="Irene Vasquez", type="PERSON", kind="person", country="NRL", known=True),
    Entity(id="sdm:lindqvist", name="Per Lindqvist", type="PERSON", kind="person", country="SDM", known=True),
    Entity(id="nrl:okafor", name="Daniel Okafor", type="PERSON", kind="person", country="NRL", known=True),
    Entity(id="sdm:berg", name="Anna Berg", type="PERSON", kind="person", country="SDM", known=True),
    Entity(id="osk", name="Oskarby", type="GPE", kind="place", country="NRL", known=True),
    Entity(id="unk:PERSON:hal-berg", name="Hal Berg", type="PERSON", kind="person", country="NRL"),
]
ACTORS = actors_of(ENTITIES)
TEXT = "Norland and Sudmark signed a fishing accord in Oskarby on Monday; Vasquez and Lindqvist put their names to it."


def _report(event):
    return Report(event, day("2025-04-08"), stems(TEXT))


def test_an_agreement_of_two_leaders_shares_a_key_with_their_countries_agreement():
    countries = make_event("d1", 0, "AGREE", "sign", ["nor"], ["sud"], "2025-04-07", trigger="signed")
    leaders = make_event("d2", 0, "AGREE", "sign", ["nrl:vasquez"], ["sdm:lindqvist"], "2025-04-07",
                         trigger="signed")
    a, b = _report(countries), _report(leaders)
    assert coref.blocking_keys(a, ACTORS) & coref.blocking_keys(b, ACTORS) == {("AGREE", coref.NATION, "nor"),
                                                                               ("AGREE", coref.NATION, "sud")}
    assert len(cluster_events([a, b], ACTORS)) == 1
    assert coref.cluster([a, b], ACTORS) == [[0, 1]]


def test_a_meeting_of_a_leader_meets_talks_with_the_country():
    talks = make_event("d1", 0, "CONSULT", "meet", ["sud"], ["nor"], "2025-04-07", trigger="talks")
    meeting = make_event("d2", 0, "CONSULT", "meet", ["sdm:lindqvist"], ["nrl:vasquez"], "2025-04-07",
                         trigger="met")
    assert ("CONSULT", coref.NATION, "nor") in coref.blocking_keys(_report(meeting), ACTORS)
    assert coref.blocking_keys(_report(talks), ACTORS) & coref.blocking_keys(_report(meeting), ACTORS)


def test_a_directed_act_gets_no_key_by_country():
    # a demand of the president and a demand of her country are two requests: they are not even compared
    demand = make_event("d1", 0, "DEMAND", "demand", ["sdm:lindqvist"], ["nrl:vasquez"], "2025-04-07")
    assert coref.blocking_keys(_report(demand), ACTORS) == {("DEMAND", "sdm:lindqvist"), ("DEMAND", "nrl:vasquez")}


def test_no_key_by_country_for_a_place_or_a_guessed_name():
    # a place is already read as its country by `normal`; an unknown name's guessed country adds nothing
    signing = make_event("d1", 0, "AGREE", "sign", ["unk:PERSON:hal-berg"], ["sud"], "2025-04-07")
    assert coref.blocking_keys(_report(signing), ACTORS) == {("AGREE", "unk:PERSON:hal-berg"), ("AGREE", "sud"),
                                                             ("AGREE", coref.NATION, "sud")}


def test_two_meetings_of_one_country_s_people_with_no_one_in_common_are_not_compared(monkeypatch):
    # the foreign minister's meeting and a party official's: only their countries join them
    one = make_event("d1", 0, "CONSULT", "meet", ["nrl:vasquez"], ["sdm:lindqvist"], "2025-04-07", trigger="met")
    two = make_event("d1", 1, "CONSULT", "meet", ["nrl:okafor"], ["sdm:berg"], "2025-04-07", trigger="met")
    reports = [_report(one), _report(two)]
    assert coref.blocking_keys(reports[0], ACTORS) & coref.blocking_keys(reports[1], ACTORS)
    scored = []
    real = coref.probability
    monkeypatch.setattr(coref, "probability", lambda a, b, *rest: scored.append((a, b)) or real(a, b, *rest))
    assert sorted(map(sorted, coref.cluster(reports, ACTORS))) == [[0], [1]]
    assert scored == []


def test_without_the_record_the_keys_are_the_participants():
    leaders = make_event("d2", 0, "AGREE", "sign", ["nrl:vasquez"], ["sdm:lindqvist"], "2025-04-07")
    assert coref.blocking_keys(_report(leaders)) == {("AGREE", "nrl:vasquez"), ("AGREE", "sdm:lindqvist")}


def test_a_country_and_its_person_meet_by_the_country_only_when_their_dates_agree(monkeypatch):
    # 'Norland and Sudmark agreed …' and, further on, 'the two ministers agreed …' with no date: not compared
    countries = make_event("d1", 0, "AGREE", "agree", ["nor"], ["sud"], None, trigger="agreed")
    ministers = make_event("d1", 1, "AGREE", "agree", ["nrl:vasquez"], ["sdm:lindqvist"], None, trigger="agreed")
    reports = [_report(countries), _report(ministers)]
    assert coref.blocking_keys(reports[0], ACTORS) & coref.blocking_keys(reports[1], ACTORS)
    scored = []
    real = coref.probability
    monkeypatch.setattr(coref, "probability", lambda a, b, *rest: scored.append((a, b)) or real(a, b, *rest))
    assert sorted(map(sorted, coref.cluster(reports, ACTORS))) == [[0], [1]]
    assert scored == []
