"""Two reports of a directed act whose doers are different parties are two acts (coref `_doers_apart`): two
parties' filings with one agency, a lobby's opposition and a state's; but one act told twice, in one story or by
two outlets, still merges when its doers may be one (a state and its minister, a short and a long name of one
body, a generic agent)."""

from dossier.merge import coref
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Actors, Report

from tests.conftest import make_event

PUBLISHED = day("2025-03-04")
ACTORS = Actors(country_of={"VAL": "VAL", "OST": "OST"},
                uncertain=frozenset({"unk:ORG:harbour-lines-inc", "unk:ORG:justice", "unk:ORG:justice-department",
                                     "unk:ORG:valdor-growers-league", "unk:PERSON:anna-brek", "agent:VAL:GOV"}),
                nation={"val:trade-ministry": "VAL"},
                state_side={"unk:PERSON:anna-brek": "VAL"})


def _report(doc, n, type_, mode, source, target, sentence, trigger, published=PUBLISHED):
    event = make_event(doc, n, type_, mode, source, target, None, sentence=sentence, trigger=trigger)
    return Report(event, published)


def test_two_parties_asking_one_agency_are_two_requests():
    firm = _report("wire", 0, "REQUEST", "request", ["unk:ORG:harbour-lines-inc"], ["OST"],
                   "Harbour Lines asked the port board to let it run the ferry at once.", "asked")
    other = _report("wire", 1, "REQUEST", "request", ["unk:ORG:justice"], ["OST"],
                    "Justice had asked the board in an earlier filing to go slowly on the plan.", "asked")
    assert coref.incompatible(firm, other, ACTORS) == "doers"
    assert len(cluster_events([firm, other], ACTORS)) == 2


def test_a_lobby_and_a_state_opposing_in_one_article_are_two_across_outlets_left_to_the_score():
    lobby = _report("wire", 0, "REJECT", "reject", ["unk:ORG:valdor-growers-league"], ["OST"],
                    "The growers' league opposes the levy on seed oils.", "opposes")
    state = _report("wire", 1, "REJECT", "reject", ["VAL"], ["OST"],
                    "Valdor opposes key parts of the farm proposal.", "opposes")
    assert coref.incompatible(lobby, state, ACTORS) == "doers"
    elsewhere = _report("b", 0, "REJECT", "reject", ["VAL"], ["OST"],
                        "Valdor opposes key parts of the farm proposal.", "opposes")
    assert coref.incompatible(lobby, elsewhere, ACTORS) != "doers"


def test_one_request_told_twice_in_a_story_merges():
    first = _report("wire", 0, "REQUEST", "request", ["unk:ORG:justice-department"], ["OST"],
                    "The Justice Department asked the board to block the merger.", "asked")
    again = _report("wire", 1, "REQUEST", "request", ["unk:ORG:justice"], ["OST"],
                    "Justice asked the board to block the deal, the filing showed.", "asked")
    assert coref.incompatible(first, again, ACTORS) is None


def test_a_state_and_its_people_or_bodies_are_one_doer_across_outlets():
    state = _report("a", 0, "REQUEST", "suggest", ["VAL"], ["OST"],
                    "Valdor proposed to Ostmark that tariffs be cut by half.", "proposed")
    envoy = _report("b", 0, "REQUEST", "suggest", ["unk:PERSON:anna-brek"], ["OST"],
                    "Anna Brek proposed to Ostmark that tariffs be cut by half.", "proposed")
    ministry = _report("c", 0, "REQUEST", "suggest", ["val:trade-ministry"], ["OST"],
                       "The trade ministry proposed the tariff cut to Ostmark.", "proposed")
    officials = _report("d", 0, "REQUEST", "suggest", ["agent:VAL:GOV"], ["OST"],
                        "Officials proposed the tariff cut to Ostmark.", "proposed")
    for a, b in ((state, envoy), (envoy, ministry), (officials, envoy), (officials, state)):
        assert coref.incompatible(a, b, ACTORS) is None
    assert len(cluster_events([state, envoy], ACTORS)) == 1


def test_acts_two_sides_do_together_and_reports_without_a_doer_are_left_to_the_other_rules():
    met = _report("wire", 0, "CONSULT", "meet", ["unk:ORG:harbour-lines-inc"], ["OST"],
                  "Harbour Lines met the port board on Monday.", "met")
    also = _report("wire", 1, "CONSULT", "meet", ["unk:ORG:justice"], ["OST"],
                   "Justice met the board on Monday.", "met")
    assert coref.incompatible(met, also, ACTORS) != "doers"
    nobody = _report("wire", 2, "REQUEST", "request", [], ["OST"],
                     "The board was asked to let the ferry run at once.", "asked")
    firm = _report("wire", 0, "REQUEST", "request", ["unk:ORG:harbour-lines-inc"], ["OST"],
                   "Harbour Lines asked the port board to let it run the ferry at once.", "asked")
    assert coref.incompatible(firm, nobody, ACTORS) is None


def test_a_body_named_by_a_title_word_is_a_doer_a_bare_title_is_not():
    from dossier.merge.reports import actors_of
    from dossier.model import Entity

    body = Entity(id="unk:ORG:justice", name="Justice", type="ORG", known=False)
    title = Entity(id="unk:NAME:president", name="President", type="NAME", known=False)
    actors = actors_of([body, title])
    assert "unk:ORG:justice" not in actors.vague and "unk:NAME:president" in actors.vague
    firm = _report("wire", 0, "REQUEST", "request", ["unk:ORG:harbour-lines-inc"], ["OST"],
                   "Harbour Lines asked the port board to let it run the ferry at once.", "asked")
    other = _report("wire", 1, "REQUEST", "request", ["unk:ORG:justice"], ["OST"],
                    "Justice had asked the board in an earlier filing to go slowly on the plan.", "asked")
    bare = _report("wire", 2, "REQUEST", "request", ["unk:NAME:president"], ["OST"],
                   "The President asked the board to let the ferry run at once.", "asked")
    assert coref.incompatible(firm, other, actors) == "doers"
    assert coref.incompatible(firm, bare, actors) is None
