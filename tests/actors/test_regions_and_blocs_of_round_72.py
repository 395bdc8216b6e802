"""Round 72 (dyads72): a region or a bloc of several states read as a name takes its region's CAMEO code, and a force
told of by its own state's command, statement or embassy is that state's.

"Its European partners", "Gulf Arab states", "West Africa", "Latin America": the tagger and the coder take the word for
an actor of its own, which no state owns. A coder gives it the region's code (EUR, PGS, WAF, LAM) and no country
(before: a name of no country and no code at all). A state's name that begins with a region's word ("West Germany")
keeps its state, and an actor with a code of its own keeps it. Troops or warplanes no word describes, the subject of a
clause a state's high command, a command's communique or an embassy's statement reports, are that state's force (before:
of no state where the story names several; the Syrian case the target's state).
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


# A force no word describes, told of by its own state's command, statement or embassy (before: of no state).

def _force(found):
    return [e for e in found.entities if e.id.startswith("agent:") and e.id.endswith(":MIL")]


def test_troops_told_of_by_a_state_s_high_command_are_its_own(story):
    found = story("Mali's military high command said on Monday that troops killed 300 Guinean soldiers in taking "
                  "Guinea's air base in northern Mali, and French officers confirmed it.", dateline="BAMAKO")
    assert "MLI" in {e.country for e in _force(found)} and None not in {e.country for e in _force(found)}


def test_warplanes_told_of_by_a_command_communique_are_the_dateline_s(story):
    found = story("Syria said its jets struck two Turkish camps. A high command communique said warplanes hit a "
                  "depot at Turkey's Incirlik base in the evening.", dateline="DAMASCUS")
    assert {e.country for e in _force(found)} == {"SYR"}


def test_troops_told_of_by_an_embassy_s_statement_are_its_state_s(story):
    found = story("A statement from Mali's Rome embassy said government troops had routed a Guinean column near "
                  "the border.", dateline="ROME")
    assert "MLI" in {e.country for e in _force(found)}


def test_troops_told_of_by_diplomats_take_no_state(story):
    # negative: no command, statement or embassy tells of them
    found = story("Western diplomats said troops fired on Syrian positions near the border on Monday.",
                  dateline="NICOSIA")
    assert {e.country for e in _force(found)} == {None}


def test_a_region_s_name_takes_no_state_from_the_state_beside_it(story):
    # round 78: "Far East buyers, mostly Japan": the region, coded by its code, is no Japanese actor
    found = story("The Venezuelan state oil firm said its Far East buyers would pay 40 cents less for its heavy crude. "
                  "Far East buyers, mostly Japan, pay later than the firm's Caribbean clients.")
    region = [e for e in found.entities if e.name == "Far East"]
    assert region and all((e.country, e.cameo) == (None, "ASA") for e in region), region
