"""Round 72 (dyads72): a region or a bloc of several states read as a name takes its region's CAMEO code.

"Its European partners", "Gulf Arab states", "West Africa", "Latin America": the tagger and the coder take the word for
an actor of its own, which no state owns. A coder gives it the region's code (EUR, PGS, WAF, LAM) and no country
(before: a name of no country and no code at all). A state's name that begins with a region's word ("West Germany")
keeps its state, and an actor with a code of its own keeps it.
"""

from dossier.actors.regions import coded, region_code
from dossier.evaluate.dyads import dyads, failing
from dossier.model import Document, Entity, Event
from dossier.pipeline import DocResult


def _entity(found, name):
    return next(e for e in found.entities if e.name == name)


def test_a_bloc_adjective_read_as_a_name_is_coded_by_its_region(story):
    found = story("Canada and its European partners urged Portugal on Tuesday to trim its budget deficit.",
                  dateline="OTTAWA")
    bloc = _entity(found, "European")
    assert (bloc.country, bloc.cameo) == (None, "EUR")


def test_the_gulf_states_adjective_is_the_gulf_s(story):
    found = story("Syrian envoys toured Gulf Arab states on Sunday to talk about shipping in the waterway.",
                  dateline="DAMASCUS")
    assert _entity(found, "Gulf Arab").cameo == "PGS"


def test_a_region_the_gazetteer_holds_takes_its_code(story):
    found = story("Mexico told Latin American states on Friday that it would seek a joint stand on debt.",
                  dateline="MEXICO CITY")
    region = _entity(found, "Latin America")
    assert (region.country, region.cameo) == (None, "LAM")


def test_region_names_and_their_codes():
    assert [region_code(n) for n in ("European", "the Gulf", "West Africa", "Arab", "Western", "Scandinavian")] == [
        "EUR", "PGS", "WAF", "ARB", "WST", "SCN"]


def test_a_state_named_with_a_region_s_word_is_no_region():
    # negatives: a state's name beginning with a region's word, and a word that only holds one, are no region
    assert region_code("West Germany") is None and region_code("South Africa") is None
    assert region_code("European Community") is None and region_code("Westland") is None


def test_an_actor_with_a_country_or_a_code_keeps_it():
    # negative: only an actor of no country and no code is coded by its name
    kept = [Entity(id="a", name="Europe", type="LOC", country="XXX"), Entity(id="b", name="Arab", type="NORP",
                                                                               cameo="IGOARB")]
    assert coded(kept) == kept


def test_the_dyads_evaluator_counts_a_coded_region_as_a_region():
    actors = [Entity(id="NOR", name="Norway", type="GPE", country="NOR", known=True),
              Entity(id="unk:NORP:european", name="European", type="NORP", cameo="EUR"),
              Entity(id="unk:NORP:nordic-x", name="Nordic X", type="NORP")]
    events = [Event(id="d:e1", type="CONSULT", source=["NOR"], target=["unk:NORP:european"]),
              Event(id="d:e2", type="CONSULT", source=["NOR"], target=["unk:NORP:nordic-x"])]
    result = DocResult(document=Document(id="d", source="d.txt", text=""), entities=actors, events=events)
    figures = dyads([result])
    assert (figures["  of which a region or bloc"], figures["  of which another unknown name"]) == (1, 1)
    assert "European [-; a region or bloc]" in failing([result])[0]


def test_a_firm_named_by_a_region_s_word_is_no_region():
    # negative: "Gulf" tagged as an organisation (a firm of that name) keeps no code
    firm = [Entity(id="unk:ORG:gulf", name="Gulf", type="ORG", kind="company")]
    assert coded(firm) == firm
