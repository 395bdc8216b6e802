"""Senses of words the dictionaries code as an act on a party where the wire uses them for something else (round 72,
types72; patterns/none_word_senses.yaml, protest.yaml, data/non_events.yaml): research conducted, ills fought, an
anniversary celebrated, central bank money allocated or obtained, a bid killed, "thank God", "go down in history", a
bid that contains an option, declining to elaborate or to serve again, a caution against forecasts, prospects
enhanced, a view shared, currencies bought, canals dug, a cap "at" a level, a legislature that convenes, efforts
redoubled, laws beefed up, "geared up", a post held, exports damaged, a crisis triggered, money raised by firms,
planes flying to destinations, soldiers called in, cargo arriving, tax concessions, confirmation hearings, staff
fired, attempts abandoned, a vote forced, programmes promoted, goods monitored, a bill signed, a motion
tabled, roads that link places, "stand idly by", "as it is called", a price charged, "confirm or deny", "declined to
be specific", a tsunami warning, a supply threatened by a war, evacuation drills, a firm revitalized,
operations ceased, opposition cited, one encouraged "at" a thing; and a plant struck by a union (PROTEST 143, not an air strike). The same words with a
party, a force or an act keep their readings. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The institute conducts nuclear research and was founded in 1979.", "conducts"),
    ("He failed to fight the spread of liberal ideas, the party said.", "fight"),
    ("Firemen fought the blaze for six hours.", "fought"),
    ("The cabinet plans new laws to fight insider trading.", "fight"),
    ("The president gave a speech celebrating the 50th anniversary of the alliance.", "celebrating"),
    ("Austria is minting silver coins to commemorate the 25th anniversary of the treaty.", "commemorate"),
    ("Dealers expect the central bank to allocate funds tomorrow in a new securities repurchase pact.", "allocate"),
    ("Banks can use the bills in repurchase agreements to obtain money market aid.", "obtain"),
    ("Banks can use the bills in repurchase agreements to obtain money market aid.", "aid"),
    ("The Fed will supply reserves through customer repurchase agreements, dealers said.", "supply"),
    ("The lawyer argued that the injunction would kill the bid.", "kill"),
    ("Thank God, the governor was there during the crisis, the senator said.", "Thank"),
    ("He will go down in history as a great president.", "go"),
    ("The bid includes an option for the buyer to sell the shares back.", "includes"),
    ("He refuses to prejudge the outcome of the talks.", "refuses"),
    ("The chairman has declined to serve another term.", "declined"),
    ("Canada declined to state a position.", "declined"),
    ("One dealer cautioned against overly optimistic forecasts.", "cautioned"),
    ("The ruling may enhance the utility's prospects for a good award.", "enhance"),
    ("Exporters have been buying yen ahead of the close of their books.", "buying"),
    ("Workers digging irrigation canals get their wages in rice.", "digging"),
    ("Foreign borrowings of banks will be frozen at their level of the end of June.", "frozen"),
    ("The legislature convenes in September.", "convenes"),
    ("The premier told the minister to redouble his efforts to calm Washington.", "redouble"),
    ("The government will beef up the laws that supervise the stock market.", "beef"),
    ('"We are geared up and ready to go," the premier said.', "geared"),
    ("Mr Braun, 61, held a senior post at the central bank until 1985.", "held"),
    ("These powers are now held by the president.", "held"),
    ("The fall of the yen, which has badly damaged the country's exports, worries the bank.", "damaged"),
    ("A crisis triggered by the banks' refusal to roll over loans hit the economy.", "triggered"),
    ("The companies must raise 800 billion won by the end of the year.", "raise"),
    ("The new airline will have 60 planes flying to 40 destinations.", "flying"),
    ("Soldiers were called in to fight the fire.", "called"),
    ("The 40,000 tonnes of wheat will arrive in Dhaka next month.", "arrive"),
    ("Ten mln dlrs will go to the state government for the cleanup.", "go"),
    ("The minister announced small tax concessions for pensioners in the budget.", "concessions"),
    ("The minister announced small concessions for taxpayers in the budget.", "concessions"),
    ("The committee will hold confirmation hearings on the nominee next month.", "hearings"),
    ("The airline fired seven flight attendants on the spot.", "fired"),
    ("The former premier abandoned his attempts to form a coalition.", "abandoned"),
    ("The leader lacked the support to force a ballot on the measure.", "force"),
    ("The trade missions would promote the farm export programs.", "promote"),
    ("The central bank offers local banks five mln dinars in 91-day treasury bills by tender each week.", "offers"),
    ("The panel dropped a provision, offered by Senator Brown, that would have required a study.", "offered"),
    ("Norway has offered 12 new offshore blocks to oil companies.", "offered"),
    ("The ministry will monitor steel prices and shipments every month.", "monitor"),
    ("The president signed the bill on Friday.", "signed"),
    ("The opposition party tabled a motion of no confidence in the cabinet.", "tabled"),
    ("The plan includes an airport, a port and highways linking with the north.", "linking"),
    ("Paris will not stand idly by while its farmers lose their markets.", "stand"),
    ("Open skies, as it is called in the trade, needs the ministers' consent.", "called"),
    ("The rate reflects the interest charged the agency by the Treasury in May.", "charged"),
    ("He declined to confirm or deny that the council had made the proposal.", "deny"),
    ("He declined to be specific.", "declined"),
    ("The agency issued a tsunami warning for the coast.", "warning"),
    ("The ministry issued a locust alert after swarms were seen in the south.", "alert"),
    ("The stance, which is shared by the French government, may delay a deal.", "shared"),
    ("The navy will guard the tankers to secure a supply of oil threatened by the war.", "threatened"),
    ("Officials in the next state refused to take part in evacuation drills.", "drills"),
    ("He says the new design is essential to revitalize the company.", "revitalize"),
    ("The central bank told banks to cease foreign exchange operations with brokers abroad.", "cease"),
    ("Citing strong opposition by France, officials ruled out progress on the plan.", "Citing"),
    ("He was glad the chairman is leaving but not encouraged at the choice of his successor.", "encouraged"),
    ("Other lenders will add to their reserves to meet problems with loans to Brazil.", "meet"),
    ("Lenders will build up their reserves against bad loans.", "build"),
])
def test_no_act_on_a_party(typed, text, word):
    assert typed(text).get(word, ("NONE",))[0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("The commission conducted an inquiry into the sale.", "inquiry", ("ACCUSE", "090")),
    ("Rebels fought government troops near the border.", "fought", ("ASSAULT", "190")),
    ("Gunmen killed two soldiers in the north.", "killed", ("ASSAULT", "186")),
    ("The World Bank disbursed 50 mln dlrs to Ghana last year.", "disbursed", ("AID", "071")),
    ("The president thanked Egypt for its help.", "thanked", ("SUPPORT", "051")),
    ("Tokyo refused to lift the ban on rice imports.", "refused", ("REJECT", "120")),
    ("Kohl refused to be bound by the resolution.", "refused", ("REJECT", "120")),
    ("Iran made concessions to Iraq in the talks.", "concessions", ("CONCEDE", "080")),
    ("The envoy warned against any attack on the embassy.", "warned", ("REQUEST", "020")),
    ("The two states will share intelligence on the rebels.", "share", ("COOPERATE", "064")),
    ("The minister will arrive in Dhaka next month.", "arrive", ("CONSULT", "042")),
    ("The rebels fired on the convoy.", "fired", ("ASSAULT", "190")),
    ("The two leaders signed a trade accord.", "signed", ("AGREE", "057")),
    ("Syria denied the charges.", "denied", ("ACCUSE", "110")),
    ("The prosecutor charged the banker with fraud.", "charged", ("ACCUSE", "112")),
    ("As he called on Iran to withdraw, the envoy left the room.", "called", ("REQUEST", "020")),
    ("The tanker was struck by a missile off the island.", "struck", ("ASSAULT", "195")),
    ("The island was threatened by Iran last week.", "threatened", ("THREATEN", "130")),
    ("The two sides agreed to cease hostilities at midnight.", "cease", ("RETREAT", "087")),
    ("Paris encouraged Chad to hold talks with the rebels.", "encouraged", ("REQUEST", "020")),
    ("Ottawa may begin monitoring steel to find out if any is being illegally shipped on to the United States.",
     "monitoring", ("ACCUSE", "090")),
    ("Republicans have offered smaller bills in the talks with the Democrats.", "offered", ("AGREE", "030")),
])
def test_other_senses_keep_their_codes(typed, text, word, coded):
    assert typed(text).get(word) == coded, typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("The Ohio plants of the brewer have been struck by a local of the Teamsters union, a spokesman said.", "struck",
     ("PROTEST", "143")),
    ("Two mines were struck by the miners' union on Monday.", "struck", ("PROTEST", "143")),
])
def test_a_plant_struck_by_a_union_is_a_strike(typed, text, word, coded):
    assert typed(text).get(word) == coded, typed(text)


def test_no_trip_and_no_aid_from_a_money_market_story(code):
    events, _ = code("The central bank added funds to the money market through overnight repurchase pacts, dealers "
                     "said. The 30,000 tonnes of maize will arrive in Maputo next week.")
    assert not [e for e in events if e.type in ("AID", "CONSULT")], [(e.type, e.cameo, e.trigger) for e in events]


def test_a_strike_by_a_union_has_the_union_for_its_side(code):
    events, actors = code("The New Jersey plants of Acme Bottling Corp have been struck by the Teamsters union, a "
                          "company spokesman said.")
    strikes = [e for e in events if e.trigger == "struck"]
    assert [(e.type, e.cameo) for e in strikes] == [("PROTEST", "143")], [(e.type, e.cameo) for e in events]
    assert any("Teamsters" in actors[i].name for i in strikes[0].source if i in actors), strikes[0].source
