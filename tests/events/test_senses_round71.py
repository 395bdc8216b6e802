"""Senses of words the dictionaries code as an act on a party where the wire uses them for something else (round 71,
types71; patterns/none_word_senses.yaml, none.yaml, accuse.yaml, assault.yaml, reject.yaml, retreat.yaml,
sanction.yaml, data/non_events.yaml, data/figures_of_speech.yaml): a thing "going for" someone, support given "in
principle", a rider attached to a bill, a tender held, a plan pushed ahead, traders going to an exchange, testimony
or a deficit released, producers protected, "failing that", "promises to be", a press conference given, a port that
overtakes another, a meeting ended, powers a law gives, channels gone through, sales forces expanded, a rating
affirmed, an air service started, an export order given, a thing called into question, output stabilized, a topic
that figures on an agenda, a bank that fails, securities or bonuses offered, a decline arrested, a profit warning,
loans put on a basis, uncertainty surrounding a thing, securities targeted, capital risked, subsidies that endanger
an economy; and acts the wire tells by other words: attacks suspended (RETREAT 087), a trade status denied
(SANCTION 163), relations broken off (SANCTION 161), attacks joined on a policy (ACCUSE 111), a verdict thrown out
(REJECT 120), a loan blocked (REJECT 129), an oil field raided (ASSAULT 190). The same words with a party, a force or
a captive keep their readings. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("She has a lot going for her but she lacks experience.", "going"),
    ("The cabinet has given approval in principle to the building of a new airport.", "given"),
    ("Deputies gave a majority vote in favour of the plan.", "gave"),
    ("The Senate tacked onto the farm bill an amendment that limits credits to Poland.", "tacked"),
    ("The Egyptian board holds a tender on Friday for 200,000 tonnes of wheat.", "holds"),
    ("The government intends to push ahead with the reform despite protests from the unions.", "push"),
    ("Traders will go to the London exchange to buy the contract.", "go"),
    ("The broker's testimony has not been released.", "released"),
    ("Analysts differ on the monthly trade deficit to be released on Friday.", "released"),
    ("Brazil said it is not the only country to protect its producers.", "protect"),
    ("Ottawa prefers a ceasefire monitored by the United Nations or, failing that, by a group of neutral states.",
     "failing"),
    ("Rome wants a common fund, or failing this, separate national funds.", "failing"),
    ("The northern region promises to be hard hit by the fall in exports, the minister said.", "promises"),
    ("The president was giving his first press conference in three months.", "giving"),
    ("By the year 2000 our port will overtake Rotterdam, the mayor said.", "overtake"),
    ("Section 12 of the act gives the commission jurisdiction over imported cars.", "gives"),
    ("Lima has decided to go through the proper channels.", "go"),
    ("The two firms will expand their sales forces in Asia.", "expand"),
    ("The agency affirmed the bank's Prime-1 commercial paper.", "affirmed"),
    ("The airline will start a weekly service to Osaka in May.", "start"),
    ("Oslo offered countertrade in return for Cairo giving it a large arms export order.", "giving"),
    ("The default is calling into question the bank's whole strategy.", "calling"),
    ("A lower levy would stabilize the field's oil output, the minister said.", "stabilize"),
    ("Farm trade will figure prominently in the two leaders' talks.", "figure"),
    ("Two more savings banks failed last week, the regulator said.", "failed"),
    ("The central bank offered certificates of deposit at lower rates this week.", "offered"),
    ("The airline will offer a bonus of free flights to its frequent flyers.", "offer"),
    ("The fall in the region's share of world trade must be arrested, he said.", "arrested"),
    ("Several large banks have warned of earnings setbacks this year.", "warned"),
    ("Canadian banks must put the loans on a non-performing basis.", "loans"),
    ("The report was qualified because of uncertainties surrounding the arbitration award.", "surrounding"),
    ("Our strategy is to target the notes to specific investors.", "target"),
    ("Investors will not risk their capital in a country that abandons reform.", "risk"),
    ("The minister said continued subsidies would endanger the rest of the economy.", "endanger"),
])
def test_no_act_on_a_party(typed, text, word):
    assert typed(text).get(word, ("NONE",))[0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("The minister left Bonn for Tokyo on Monday.", "left", ("CONSULT", "042")),
    ("The union finally gave in to the government's demands.", "gave", ("CONCEDE", "080")),
    ("Police held the suspects for three days.", "held", ("COERCE", "173")),
    ("Washington pushed Seoul to open its market.", "pushed", ("REQUEST", "100")),
    ("The French minister will go to Chicago next week.", "go", ("CONSULT", "042")),
    ("The rebels released the hostages on Tuesday.", "released", ("RETREAT", "0841")),
    ("Frigates will protect the tankers on their way through the gulf.", "protect", ("AID", "074")),
    ("The government is failing the farmers, the union said.", "failing", ("REJECT", "120")),
    ("Iraq promised to withdraw its troops.", "promised", ("AGREE", "030")),
    ("Rebel troops overtook the town on Friday.", "overtook", ("ASSAULT", "190")),
    ("The United States cut trade with Cuba.", "cut", ("SANCTION", "162")),
    ("Britain handed Hong Kong back to China.", "handed", ("RETREAT", "0842")),
    ("The army will expand its forces in the north.", "expand", ("MOBILIZE", "154")),
    ("Iran denied the charges.", "denied", ("ACCUSE", "110")),
    ("The court denied the firm's request to block the sale.", "denied", ("REJECT", "120")),
    ("Syrian jets joined attacks on the rebel-held town.", "joined", ("ASSAULT", "190")),
    ("Police arrested the two men on Friday.", "arrested", ("COERCE", "173")),
])
def test_other_senses_keep_their_codes(typed, text, word, coded):
    assert typed(text)[word] == coded, typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("The rebels announced the suspension of their bombings of the oil pipeline.", "suspension", ("RETREAT", "087")),
    ("The guerrillas suspended their attacks on the power lines for a month.", "suspended", ("RETREAT", "087")),
    ("The Senate added to an export bill a clause that would deny MFN for Bulgaria.", "deny", ("SANCTION", "163")),
    ("Parliament voted to deny most-favoured-nation trade status to Hungary.", "deny", ("SANCTION", "163")),
    ("Oslo may ask Britain to restore relations with Libya, broken off by London last year.", "broken",
     ("SANCTION", "161")),
    ("Union leaders in Zagreb have joined attacks on the new wage freeze.", "joined", ("ACCUSE", "111")),
    ("Paris, which had long avoided criticising Bonn's budget stance, has now joined in the attack.", "joined",
     ("ACCUSE", "111")),
    ("An appeals court threw out the jury's verdict against the firm.", "threw", ("REJECT", "120")),
    ("The plan would let Washington block any loan it did not like.", "block", ("REJECT", "129")),
    ("The offshore oilfields have been raided several times this year.", "raided", ("ASSAULT", "190")),
    ("Delegates from 30 states ended a United Nations trade meeting on Friday with a call for integration.", "ended",
     ("CONSULT", "040")),
    ("Iraqi planes raided the oil terminal on Monday.", "raided", ("ASSAULT", "190")),
])
def test_acts_told_by_other_words(typed, text, word, coded):
    assert typed(text)[word] == coded, typed(text)


@pytest.mark.parametrize("text", [
    "Iran announced the suspension of its trade with Britain.",
])
def test_a_suspension_of_ties_stays_a_sanction(typed, text):
    assert typed(text)["suspension"] == ("SANCTION", "160"), typed(text)


@pytest.mark.parametrize("text, types", [
    ("She said she would quit the cabinet and go back to her consulting work.", ("CONSULT",)),
    ("Economists expect the central bank to execute a bill pass this week.", ("ASSAULT",)),
])
def test_no_event_of_those_types(code, text, types):
    found, _ = code(text)
    assert not [e for e in found if e.type in types], [(e.type, e.trigger) for e in found]


def test_a_trip_home_to_a_capital_stays(code):
    found, _ = code("The Peruvian minister returned to Lima on Friday after talks in Bonn.")
    assert "CONSULT" in [e.type for e in found], [(e.type, e.trigger) for e in found]
