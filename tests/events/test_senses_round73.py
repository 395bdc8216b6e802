"""Types of words the dictionaries code in a wrong sense on the wire (round 73, types73; patterns/request.yaml,
assault.yaml, aid.yaml, consult.yaml, sanction.yaml, none_word_senses.yaml): measures suggested or recommended are a
request, not a threat; a killing told by what killed is an air strike, shelling, a bombing or a fight, not an
assassination; a lender's money given to a state is economic aid; a party that intervenes to resolve a dispute
mediates it; a retaliation against a state's banks or firms is a curb on trade; tremors that hit a region, a thing
overshadowed, interest recognised, bonds shunned, ideas investigated, agreements executed, a figure that stabilises,
a currency that appreciates, a market's mood fought, a market's fall warned against, a figure blamed, a topic a
study examines, a conclusion supported, a deal or a rise that helps or encourages and a dispute that threatens to
undo an accord, a panel charged with a task, an effort met with success, an assumption undermined, an
intervention backed by remarks a campaign fought in a sentence of no arms and a
contract or a plan that "calls for" a thing name no act. The same words
with a party, a force or an act keep their readings. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word, coded", [
    ("The fund recommended strict austerity measures to Quito last month.", "recommended", ("REQUEST", "020")),
    ("The envoy suggested steps to end the border dispute.", "suggested", ("REQUEST", "020")),
    ("Enemy warplanes killed nine farmers near the dam.", "killed", ("ASSAULT", "195")),
    ("A rocket killed three guards at the airfield.", "killed", ("ASSAULT", "195")),
    ("Eleven sailors were killed in an air raid on the harbour.", "killed", ("ASSAULT", "195")),
    ("Artillery shells killed two children in the village.", "killed", ("ASSAULT", "194")),
    ("A car bomb killed six policemen outside the station.", "killed", ("ASSAULT", "183")),
    ("Twenty people were killed during bread riots in the capital.", "killed", ("ASSAULT", "190")),
    ("The Asian Development Bank provided 30 mln dlrs to Nepal for irrigation.", "provided", ("AID", "071")),
    ("Algeria intervened to settle the quarrel between the two neighbours.", "intervened", ("CONSULT", "045")),
    ("The minister intervened in the dispute between Chad and Libya.", "intervened", ("CONSULT", "045")),
    ("Washington is ready to retaliate against Korean insurance companies.", "retaliate", ("SANCTION", "163")),
])
def test_words_take_the_type_of_their_sense(typed, text, word, coded):
    assert typed(text).get(word) == coded, typed(text)


@pytest.mark.parametrize("text, word", [
    ("New tremors hit the southern coast of the island on Sunday.", "hit"),
    ("The summit may be overshadowed by the row over fishing rights.", "overshadowed"),
    ("Under the new rules, banks recognise interest only when it is paid.", "recognise"),
    ("The firm will recognise a gain of two mln dlrs on the sale.", "recognise"),
    ("Fears grew that investors would shun the new government bonds.", "shun"),
    ("Engineers are investigating ways to cut the cost of the plant.", "investigating"),
    ("The company executed new employment contracts with three directors.", "executed"),
    ("Output of the mine has stabilised at about 40,000 tonnes a year.", "stabilised"),
    ("Exporters are worried by the appreciating peso.", "appreciating"),
    ("The yen appreciated sharply against the dollar last week.", "appreciated"),
    ("The central bank has given up trying to fight the bearish sentiment of the market.", "fight"),
    ("The governor warned against a further fall in the currency.", "warned"),
    ("The minister blamed a sharp rise in wages for the jump in imports.", "blamed"),
    ("The survey examined five factors behind the slump in exports.", "examined"),
    ("The figures support the conclusion that the economy is slowing.", "support"),
    ("The deal's success has encouraged other lenders to offer new loans.", "encouraged"),
    ("The merger would help the group to widen its range of products.", "help"),
    ("The row over fishing rights threatens to unravel the whole accord.", "threatens"),
    ("The panel charged with the sale of state assets met on Monday.", "charged"),
    ("Attempts to curb the glut have met with only partial success, the council said.", "met"),
    ("The minister's remarks undermined the assumption that rates would stay low.", "undermined"),
    ("The intervention, backed by remarks from both central bank chiefs, did little for the dollar.", "backed"),
    ("The union has fought a long campaign against the new labour code.", "fought"),
    ("The contract calls for the supply of two mln gallons of water a day.", "calls"),
    ("The budget plan calls for spending cuts of 20 billion dlrs.", "calls"),
    ("The firm has also executed two-year employment and non-compete agreements with six managers.", "executed"),
    ("Eleven ministers retain their old portfolios in the new cabinet.", "retain"),
    ("The dollar was also supported by wider currency swap lines between the central banks.", "supported"),
    ("To help its sales abroad, the maker will open two new plants.", "help"),
    ("Sugar output quotas had been submitted to the president for approval.", "submitted"),
])
def test_no_act_on_a_party(typed, text, word):
    assert typed(text).get(word, ("NONE",))[0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("Gunmen killed the deputy mayor outside his home.", "killed", ("ASSAULT", "186")),
    ("The council recommended an embargo on arms sales to the regime.", "recommended", ("THREATEN", "1312")),
    ("Missiles hit the oil terminal on Monday.", "hit", ("ASSAULT", "193")),
    ("Austria was the first state to recognise the new government.", "recognise", ("SUPPORT", "054")),
    ("Gulf states will shun Cairo until it drops the treaty.", "shun", ("COERCE", "170")),
    ("Police are investigating the deaths of two reporters.", "investigating", ("ACCUSE", "090")),
    ("Tehran executed two alleged spies on Sunday.", "executed", ("ASSAULT", "190")),
    ("Cairo appreciates the help of the United States.", "appreciates", ("SUPPORT", "051")),
    ("Rebels fought government troops near the border.", "fought", ("ASSAULT", "190")),
    ("The envoy warned against any attack on the embassy.", "warned", ("REQUEST", "020")),
    ("The army will retaliate against rebel groups that attacked the base.", "retaliate", ("ASSAULT", "190")),
    ("Damascus blamed Amman for the attack on the camp.", "blamed", ("ACCUSE", "112")),
    ("The commission examined the case of the jailed reporters.", "examined", ("ACCUSE", "090")),
    ("Paris encouraged Chad to hold talks with the rebels.", "encouraged", ("REQUEST", "020")),
    ("Tehran threatened to close the strait to all shipping.", "threatened", ("THREATEN", "130")),
    ("The prosecutor charged the banker with fraud.", "charged", ("ACCUSE", "112")),
    ("The minister met with his Syrian counterpart on Monday.", "met", ("CONSULT", "040")),
    ("The resolution calls for an immediate withdrawal of all foreign troops.", "calls", ("REQUEST", "020")),
    ("Egypt called for an end to the fighting.", "called", ("REQUEST", "020")),
    ("Japan will help Thailand with new loans for its ports.", "help", ("AID", "070")),
])
def test_other_senses_keep_their_codes(typed, text, word, coded):
    assert typed(text).get(word) == coded, typed(text)


def test_a_readiness_to_retaliate_against_firms_threatens_no_force(code):
    events, _ = code("London said it is ready to retaliate against Japanese securities houses.")
    assert [(e.type, e.cameo) for e in events] == [("THREATEN", "131")], [(e.type, e.cameo) for e in events]


def test_a_mediator_is_the_source_of_its_mediation(code):
    events, actors = code("Algeria intervened to try to resolve the dispute between Morocco and Mauritania.")
    mediations = [e for e in events if e.trigger == "intervened"]
    assert [(e.type, e.cameo) for e in mediations] == [("CONSULT", "045")], [(e.type, e.cameo) for e in events]
    assert {actors[i].name for i in mediations[0].source if i in actors} == {"Algeria"}, mediations[0].source
