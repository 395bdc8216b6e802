"""A country named on one report's side where another report names its leader, its body or its forces."""

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
    Entity(id="nrl:okafor", name="Daniel Okafor", type="PERSON", kind="person", country="NRL", known=True),
    Entity(id="sdm:lindqvist", name="Per Lindqvist", type="PERSON", kind="person", country="SDM", known=True),
    Entity(id="osk", name="Oskarby", type="GPE", kind="place", country="NRL", known=True),
    Entity(id="unk:ORG:nrl-farmers-union", name="Farmers Union", type="ORG", kind="organisation", country="NRL"),
    Entity(id="unk:PERSON:hal-berg", name="Hal Berg", type="PERSON", kind="person", country="NRL"),
    Entity(id="agent:NRL:MIL", name="Norland forces", type="ORG", kind="government", country="NRL"),
]
ACTORS = actors_of(ENTITIES)
TEXT = "Lindqvist held talks in Norland on Tuesday; he met President Vasquez for an hour."


def _report(event):
    return Report(event, day("2025-04-02"), stems(TEXT))


def test_the_record_knows_the_country_of_a_known_person_or_a_state_body_only():
    # not of a place, a country, a union, or a person the dictionaries do not know (a guessed country)
    assert ACTORS.nation == {"nrl:vasquez": "nor", "nrl:okafor": "nor", "sdm:lindqvist": "sud",
                             "agent:NRL:MIL": "nor"}


def test_talks_with_a_country_and_a_meeting_with_its_president_are_not_ruled_out():
    talks = make_event("d1", 0, "CONSULT", "meet", ["sdm:lindqvist"], ["nor"], "2025-04-01", trigger="talks",
                       sentence="Lindqvist praised Norland after talks on its reform plans.")
    meeting = make_event("d1", 1, "CONSULT", "meet", ["sdm:lindqvist"], ["nrl:vasquez"], "2025-04-01",
                         trigger="meeting", sentence="After an hour-long meeting with Vasquez, Lindqvist spoke.")
    a, b = _report(talks), _report(meeting)
    assert coref.incompatible(a, b, ACTORS) is None
    values = coref.features(a, b, ACTORS)
    assert values["both_sides"] == 1.0 and values["side_conflict"] == 0.0
    assert len(cluster_events([a, b], ACTORS)) == 1


def test_two_people_of_one_country_are_still_two_sides():
    with_president = make_event("d1", 0, "CONSULT", "meet", ["sdm:lindqvist"], ["nrl:vasquez"], "2025-04-01")
    with_minister = make_event("d1", 1, "CONSULT", "meet", ["sdm:lindqvist"], ["nrl:okafor"], "2025-04-01")
    assert coref.incompatible(_report(with_president), _report(with_minister), ACTORS) == "participants"


def test_a_person_of_another_country_is_not_read_as_the_country():
    with_norland = make_event("d1", 0, "CONSULT", "meet", ["nrl:okafor"], ["nor"], "2025-04-01")
    with_swede = make_event("d1", 1, "CONSULT", "meet", ["nrl:okafor"], ["sdm:lindqvist"], "2025-04-01")
    assert coref.incompatible(_report(with_norland), _report(with_swede), ACTORS) == "participants"


def test_a_country_both_reports_name_stays_the_country():
    both = make_event("d1", 0, "CONSULT", "meet", ["sdm:lindqvist"], ["nor", "nrl:vasquez"], "2025-04-01")
    country = make_event("d1", 1, "CONSULT", "meet", ["sdm:lindqvist"], ["nor"], "2025-04-01")
    sa, sb = coref._as_members(both, country, coref._sides(both, ACTORS), coref._sides(country, ACTORS), ACTORS)
    assert sb[1] == frozenset({"nor"}) and sa[1] == frozenset({"nor", "nrl:vasquez"})


def test_a_directed_act_is_not_widened_a_government_and_its_minister_make_two_statements():
    government = make_event("d1", 0, "ACCUSE", "accuse", ["nor"], ["sud"], None, trigger="blamed",
                            sentence="Norland has blamed a series of border raids on Sudmark.")
    minister = make_event("d1", 1, "ACCUSE", "accuse", ["nrl:okafor"], ["sud"], None, trigger="alleged",
                          sentence="Foreign Minister Okafor alleged that Sudmark was arming the raiders.")
    sa, sb = coref._as_members(government, minister, coref._sides(government, ACTORS),
                               coref._sides(minister, ACTORS), ACTORS)
    assert sa[0] == frozenset({"nor"}) and sb[0] == frozenset({"nrl:okafor"})
    assert coref.features(_report(government), _report(minister), ACTORS)["side_conflict"] == 1.0


def test_an_invitation_to_a_president_and_a_demand_of_her_country_stay_apart():
    invitation = make_event("d1", 0, "REQUEST", "invite", ["sdm:lindqvist"], ["nrl:vasquez"], None,
                            trigger="invitation", sentence="Vasquez will travel at the invitation of Lindqvist.")
    demand = make_event("d2", 0, "REQUEST", "demand", ["sdm:lindqvist"], ["nor"], None, trigger="added",
                        sentence="Norland, he added, should open its ports to Sudmark's ships.")
    sa, sb = coref._as_members(invitation, demand, coref._sides(invitation, ACTORS), coref._sides(demand, ACTORS),
                               ACTORS)
    assert sb[1] == frozenset({"nor"})
    assert coref.incompatible(_report(invitation), _report(demand), ACTORS) == "participants"


def test_an_agreement_signed_by_two_countries_reads_them_as_the_leaders_who_signed():
    countries = make_event("d1", 0, "AGREE", "sign", ["sud"], ["nor"], "2025-04-01", trigger="signed",
                           sentence="Sudmark and Norland signed a fisheries protocol in April.")
    leaders = make_event("d2", 0, "AGREE", "sign", ["sdm:lindqvist"], ["nrl:vasquez"], "2025-04-01",
                         trigger="signed", sentence="Lindqvist and Vasquez signed the fisheries protocol.")
    sa, sb = coref._as_members(countries, leaders, coref._sides(countries, ACTORS), coref._sides(leaders, ACTORS),
                               ACTORS)
    assert sa == (frozenset({"sdm:lindqvist"}), frozenset({"nrl:vasquez"})) and sb == coref._sides(leaders, ACTORS)


def test_a_place_is_not_read_as_a_person_of_its_country():
    tour = make_event("d1", 0, "CONSULT", "visit", ["sdm:lindqvist"], ["osk"], "2025-04-01", trigger="visiting",
                      sentence="Lindqvist began a tour, visiting Oskarby first.")
    call = make_event("d1", 1, "CONSULT", "visit", ["sdm:lindqvist"], ["nrl:okafor"], "2025-04-01", trigger="call",
                      sentence="Lindqvist also paid a call on Okafor at his farm.")
    sa, sb = coref._as_members(tour, call, coref._sides(tour, ACTORS), coref._sides(call, ACTORS), ACTORS)
    assert sa[1] == frozenset({"nor"}) and sb[1] == frozenset({"nrl:okafor"})


def test_a_country_read_as_its_leader_does_not_make_a_one_sided_report_name_someone_across_articles():
    vague = make_event("d1", 0, "COOPERATE", "cooperate", ["nor"], [], None, trigger="cooperate",
                       sentence="Norland will cooperate, officials said.")
    named = make_event("d2", 0, "COOPERATE", "cooperate", ["nrl:vasquez"], ["sud"], None, trigger="cooperate",
                       sentence="Vasquez pledged to cooperate with Sudmark.")
    assert coref.incompatible(_report(vague), _report(named), ACTORS) == "one-sided"
