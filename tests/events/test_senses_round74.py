"""Types of words the dictionaries code in a wrong sense on the wire (round 74, types74; patterns/concede.yaml,
agree.yaml, support.yaml, assault.yaml, sanction.yaml, aid.yaml, reject.yaml, none.yaml, none_word_senses.yaml,
matching.py): a revolt called off eases dissent, not a phone call; warplanes that attack are an air strike; trade
action taken against a state is a curb on trade; ships supported with escorts are given protection; a state's
attempt fought is opposed; accords struck, a money aggregate targeted, a market session welcomed as a guest, press
releases, a contest pitting sides, trade strife that erupts, harm to a standard of living, damage threatening a herd,
a presidency taken over, services under a contract, banks agonizing, stakes taken in firms, a dispute that
intensifies, factors that force firms, a union's clash with a firm, protection for patents, loans cut to one's own
firms, loans that support a balance of payments, a central bank's money to the market's system and an economy's march
to prosperity, a trade that declines, sums appropriated, a plan that conflicts with an obligation, a firm fighting for
market share, warrants withdrawn from an exchange, vessels demolished by breakers, a central bank's sterling
assistance, proceeds that fund a program, a choice decided against, a firm freed to act, strikes that hit a port, a
report heard and a rise in spending financed name no act; a government that retreats before opinion yields. The same words with a party, a force or an act keep their
readings. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word, coded", [
    ("Mutinous soldiers in the northern garrison called off their revolt against the cabinet.", "called",
     ("CONCEDE", "082")),
    ("The officers called off the rebellion on Thursday.", "called", ("CONCEDE", "082")),
    ("Libyan warplanes attacked three trucks near the oasis.", "attacked", ("ASSAULT", "195")),
    ("Army helicopters attacked the camp at dawn.", "attacked", ("ASSAULT", "195")),
    ("Tough trade action has been taken against Korea over its tobacco duties.", "taken", ("SANCTION", "163")),
    ("The alliance is supporting Kuwaiti tankers with minesweepers and escorts.", "supporting", ("AID", "074")),
    ("Italy will help the convoys with two frigates.", "help", ("AID", "074")),
    ("Paris vowed to fight the Dutch government's attempt to block the merger.", "fight", ("REJECT", "120")),
    ("The two firms welcomed the new evening session of bond trading in Osaka.", "welcomed", ("SUPPORT", "051")),
    ("The junta retreated in the face of angry public opinion and restored the fuel subsidy.", "retreated",
     ("CONCEDE", "080")),
])
def test_words_take_the_type_of_their_sense(typed, text, word, coded):
    assert typed(text).get(word) == coded, typed(text)


@pytest.mark.parametrize("text, word", [
    ("The ministers said every member should keep to the accords struck there.", "struck"),
    ("The central bank has stopped targeting M-1.", "targeting"),
    ("The regulator said the firm misled investors by issuing false press releases.", "releases"),
    ("The tax fight pitting the governors against the cabinet will resume next week.", "pitting"),
    ("Officials warned that new trade strife would erupt unless the quotas were lifted.", "erupt"),
    ("He said the bill would harm the Canadian standard of living.", "harm"),
    ("Fears of pollution threatening the salmon in the bay have grown this year.", "threatening"),
    ("The Dutch hold the chair until the Greeks take over in January.", "take"),
    ("The unit will provide engineering services to the army's radar program under the contract.", "provide"),
    ("The lenders were agonizing over how to price the new loans.", "agonizing"),
    ("The insurer took a 15 pct stake in the brewer last year.", "took"),
    ("London pledged to stop Tokyo from blocking the firm from taking a large position in the new carrier.", "taking"),
    ("The textile dispute intensified when the quotas were cut.", "intensified"),
    ("Such costs were forcing small exporters to look for partners abroad.", "forcing"),
    ("The cabin crews' union has clashed twice with the carrier's parent this year.", "clashed"),
    ("The minister asked poorer states to provide protection for patents and trademarks.", "provide"),
    ("Seoul has cut loans to exporting firms to help trim its trade surplus.", "cut"),
    ("Kenya is seeking 90 mln dlrs in credits to support its balance of payments.", "support"),
    ("The Bank has provided the system with about 400 mln stg assistance so far today.", "provided"),
    ("The country's march to prosperity has been uneven.", "march"),
    ("The island's steel trade may decline steeply in the coming year.", "decline"),
    ("The panel balked at appropriating four mln dlrs for the office.", "appropriating"),
    ("Adding timber to the credit programs would conflict with the agency's obligations.", "conflict"),
    ("The carrier, which fights for market share and not for profit, lost money again.", "fights"),
    ("The firm will withdraw the warrants from the exchange on Monday.", "withdraw"),
    ("Local breakers demolished 120 vessels totalling 900,000 ldt last year.", "demolished"),
    ("The Bank has provided 240 mln stg assistance so far today.", "provided"),
    ("The firm will use the proceeds to fund its new building program.", "fund"),
    ("The premier has decided against an early election.", "decided"),
    ("A ruling on Monday freed the firm to talk with its lenders.", "freed"),
    ("Short strikes hit the container terminal of the port on Tuesday.", "hit"),
    ("The board met again to hear a report from its auditors.", "hear"),
    ("Oslo raised fuel taxes to help finance a rise in defence spending.", "finance"),
])
def test_no_act_on_a_party(typed, text, word):
    assert typed(text).get(word, ("NONE",))[0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("The dockers called off their strike after the deal.", "called", ("CONCEDE", "082")),
    ("The president called the Chinese premier on Sunday.", "called", ("CONSULT", "041")),
    ("The two sides struck a deal on fishing quotas.", "struck", ("AGREE", "057")),
    ("The envoy praised the pact struck in Geneva between the two neighbours.", "struck", ("AGREE", "057")),
    ("The miners struck over the new pay deal.", "struck", ("PROTEST", "143")),
    ("Gunmen attacked the convoy near the border.", "attacked", ("ASSAULT", "190")),
    ("Police took the suspects into custody.", "took", ("COERCE", "173")),
    ("The premier welcomed the visiting Chinese president to Rome.", "welcomed", ("CONSULT", "043")),
    ("The senator supported the plan with his vote.", "supported", ("SUPPORT", "051")),
    ("The rebels threatened the capital.", "threatened", ("THREATEN", "130")),
    ("Troops took positions on the hill above the town.", "took", ("ASSAULT", "192")),
    ("The army forced the villagers to leave their homes.", "forced", ("COERCE", "170")),
    ("Rebels fought government troops near the border.", "fought", ("ASSAULT", "190")),
    ("Rebels took over the radio station on Sunday.", "took", ("ASSAULT", "192")),
    ("The army retreated from its positions along the border.", "retreated", ("RETREAT", "087")),
    ("Police clashed with demonstrators in the capital.", "clashed", ("ASSAULT", "190")),
    ("The United Nations will provide protection to the refugees.", "provide", ("AID", "072")),
    ("Washington cut aid to Nicaragua.", "cut", ("SANCTION", "162")),
    ("Troops demolished houses in the village.", "demolished", ("COERCE", "1712")),
    ("The army withdrew its troops from the border.", "withdrew", ("RETREAT", "087")),
    ("The World Bank will provide assistance to Nepal.", "provide", ("AID", "070")),
    ("Japan will finance the dam in Thailand.", "finance", ("AID", "070")),
    ("Missiles hit the oil terminal on Monday.", "hit", ("ASSAULT", "193")),
    ("Missile strikes by the army hit three villages in the north on Tuesday.", "hit", ("ASSAULT", "193")),
])
def test_other_senses_keep_their_codes(typed, text, word, coded):
    assert typed(text).get(word) == coded, typed(text)


def test_a_text_presented_still_asks_for_what_it_calls_for(typed):
    # a participle's noun reads as its subject only where no verb has it for object (matching._subjects_or_noun)
    assert typed("The bloc presented a plan calling for new talks with the lenders.").get("calling") == \
        ("REQUEST", "020")


def test_a_revolt_called_off_is_no_phone_call(code):
    events, _ = code("Rebel troops in the south called off their uprising against the president's government.")
    assert "CONSULT" not in {e.type for e in events}, [(e.type, e.cameo, e.trigger) for e in events]
    assert ("CONCEDE", "082") in {(e.type, e.cameo) for e in events}, [(e.type, e.cameo) for e in events]
