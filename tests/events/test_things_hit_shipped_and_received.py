"""Senses of words the dictionaries code as an act on a party where the wire uses them of things (round 70, types70;
patterns/none_word_senses.yaml, none.yaml, support.yaml, reject.yaml, consult.yaml, data/non_events.yaml): services
or trade hit by a stoppage (ASSAULT 190), a programme inspired by a lender (SUPPORT 051), tonnes that go to a port
(CONSULT 042), seats contested and elections fought (ACCUSE 110, ASSAULT 190), aircraft used and stocks dug into
(ACCUSE 090), a threat to the economy (THREATEN 130), a patent received (CONSULT 043), strikers dismissed (REJECT
120), a budget hammered out (ACCUSE 111), a speech released (RETREAT 0841), figures analysed (ACCUSE 090), warnings
of floods (THREATEN 130) and a quake's next verb (ASSAULT); and acts the wire tells by other words: a delegation led
to a place is a visit (CONSULT 042, not 036), talks barred a refusal to negotiate (REJECT 125, not SANCTION 163), a
budget welcomed praise (SUPPORT 051, not a guest hosted), a sale fought and a proposal denied refusals (REJECT 120,
not ASSAULT 190 or ACCUSE 110). The same words with a party, a weapon or a captive keep their readings. Sentences
written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("A two-day strike by customs officers disrupted traffic and hit ferry services at the main ports.", "hit"),
    ("Pressure from the legislature could hit some of Norway's trade practices, the study said.", "hit"),
    ("The ministry dropped the quota system, inspired by the World Bank, last month.", "inspired"),
    ("The government started a reform programme inspired by the International Monetary Fund.", "inspired"),
    ("Most of the copper, about 20,000 tonnes a month, goes by rail to the port of Durban.", "goes"),
    ("Some 3,000 tonnes of the ore go through Kenya to the port of Mombasa.", "go"),
    ("The airline's jets fly to ten cities in Africa.", "fly"),
    ("Some 400 candidates will contest the 120 seats in parliament.", "contest"),
    ("The ruling party is fighting an uphill election battle.", "fighting"),
    ("About 90 candidates will fight for the 40 Senate seats.", "fight"),
    ("The airline will use the new aircraft on its Atlantic routes.", "use"),
    ("The firm had to dig into its reserves to fill the orders.", "dig"),
    ("The minister said the drought was a serious threat to the economy.", "threat"),
    ("There is now a real threat to the functioning of the common farm policy.", "threat"),
    ("The company said it will receive a patent on its new engine next month.", "receive"),
    ("The ministry said the striking drivers may be dismissed if they stay away next week.", "dismissed"),
    ("A budget compromise hammered out by the party's leaders was sent to the floor.", "hammered"),
    ("The two sides hammered out an accord on fishing rights.", "hammered"),
    ("In a speech to a trade seminar in Geneva released here, the minister said prices must rise.", "released"),
    ("Economists analysing Soviet statistics allow for padding of figures.", "analysing"),
    ("Officials issued warnings of floods along the river.", "issued"),
    ("Officials issued warnings of floods along the river.", "warnings"),
    ("A strong earthquake struck the north of the island and killed four people, officials said.", "killed"),
    ("The storm flattened crops and injured dozens of people.", "injured"),
])
def test_no_act_on_a_party(typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("Two missiles hit a Liberian tanker in the Gulf on Tuesday.", "hit", ("ASSAULT", "193")),
    ("The minister will go to Moscow next week.", "go", ("CONSULT", "042")),
    ("A trade delegation from Chile went to Beijing on Monday.", "went", ("CONSULT", "042")),
    ("Most of the ministers went to Vienna for the oil talks.", "went", ("CONSULT", "042")),
    ("The minister flew to Paris on Monday.", "flew", ("CONSULT", "042")),
    ("The rebels fought government troops near the border.", "fought", ("ASSAULT", "190")),
    ("Opposition parties contested the official results of the vote.", "contested", ("ACCUSE", "110")),
    ("Prosecutors dug into the minister's dealings with the arms firm.", "dug", ("ACCUSE", "090")),
    ("Iraq issued a threat to Kuwait on Monday.", "threat", ("THREATEN", "130")),
    ("The president received the Chinese foreign minister on Friday.", "received", ("CONSULT", "043")),
    ("The court dismissed the appeal by the Greek shipowners.", "dismissed", ("REJECT", "120")),
    ("Senator Ruth Calder hammered Japan over its trade surplus.", "hammered", ("ACCUSE", "111")),
    ("The rebels released two French hostages on Friday.", "released", ("RETREAT", "0841")),
    ("The army issued a warning to the rebels.", "warning", ("THREATEN", "130")),
    ("Rebels killed four soldiers in an ambush.", "killed", ("ASSAULT", "186")),
    ("The quake struck the coast on Monday, and on Tuesday rebels attacked the town.", "attacked", ("ASSAULT", "190")),
    ("The president welcomed the Chinese premier at the airport.", "welcomed", ("CONSULT", "043")),
    ("Iran denied the charges.", "denied", ("ACCUSE", "110")),
])
def test_other_senses_keep_their_codes(typed, text, word, coded):
    assert typed(text)[word] == coded, typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("Dr Ana Ruiz led a delegation of ten Peruvian bankers to the exchange in Chicago.", "led", ("CONSULT", "042")),
    ("The minister led a trade mission to Seoul.", "led", ("CONSULT", "042")),
    ("The White House barred negotiations on the plan until reforms are in place.", "barred", ("REJECT", "125")),
    ("Business leaders welcomed the budget.", "welcomed", ("SUPPORT", "051")),
    ("Two ministers fought the planned sale of the firm to a Japanese group.", "fought", ("REJECT", "120")),
    ("The regulator denied the company's proposal to raise rates.", "denied", ("REJECT", "120")),
])
def test_acts_told_by_other_words(typed, text, word, coded):
    assert typed(text)[word] == coded, typed(text)


@pytest.mark.parametrize("text", [
    "A two-day strike by customs officers disrupted traffic and hit ferry services at the main ports.",
    "Some 400 candidates will contest the 120 seats in parliament.",
    "The company said it will receive a patent on its new engine next month.",
    "Officials issued warnings of tidal waves along the coast.",
])
def test_no_event_of_those_words(code, text):
    found, _ = code(text)
    assert not [e for e in found if e.type in ("ASSAULT", "ACCUSE", "CONSULT", "THREATEN")], \
        [(e.type, e.trigger) for e in found]


def test_a_delegation_led_to_a_capital_is_a_visit(code):
    found, _ = code("Finance minister Ana Ruiz led a delegation of Peruvian bankers to Tokyo on Monday.")
    assert ("CONSULT", "042") in [(e.type, e.cameo) for e in found if e.trigger == "led"], \
        [(e.type, e.cameo, e.trigger) for e in found]


@pytest.mark.parametrize("text, word", [
    ("About a third of the world's silver output comes from Mexico and Peru.", "comes"),
    ("A government study released on Monday warned that the country was threatened by its growing reliance on "
     "imported oil.", "warned"),
    ("A government study released on Monday warned that the country was threatened by its growing reliance on "
     "imported oil.", "threatened"),
    ("Oil consumption approached 16 million barrels a day last year.", "approached"),
    ("Demand for steel and copper remained weak in the first quarter.", "Demand"),
    ("The Senate defeated a move to cut military aid to the rebels.", "defeated"),
    ("The sale will complete the firm's withdrawal from the construction business.", "complete"),
    ("The sale will complete the firm's withdrawal from the construction business.", "withdrawal"),
    ("The bank priced the notes at 99.5 to yield 85 basis points over Treasuries.", "yield"),
    ("The firm issued 100 mln dlrs of bonds due 1992.", "issued"),
    ("Ana Ruiz, heading one of two farm delegations now on a lobbying tour of Asian states, met the press.",
     "heading"),
])
def test_figures_goods_and_votes_name_no_act(typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("The minister came from Paris to attend the talks.", "came", ("CONSULT", "042")),
    ("The general warned that his troops would attack the town.", "warned", ("THREATEN", "130")),
    ("The army defeated the rebels near the border.", "defeated", ("ASSAULT", "190")),
    ("Syria completed the withdrawal of its troops from the city.", "withdrawal", ("RETREAT", "087")),
    ("The rebels yielded to the army's demands.", "yielded", ("CONCEDE", "080")),
    ("The country's biggest union has joined forces with the teachers' union.", "joined", ("COOPERATE", "060")),
])
def test_parties_keep_their_acts(typed, text, word, coded):
    assert typed(text)[word] == coded, typed(text)
