"""Round 71 (dyads71): bodies of many states that took a state from the story's dateline or from a capital in their
name, and officials of an international body named by a capitalised title before "of".

- The Eastern bloc's military pact, the UN's regional economic commissions and the Asian and African development
  banks' soft-loan funds are international bodies (before: the pact was Poland's for the capital in its name, the
  commission the dateline's host state's, the funds the dateline's).
- The tropical timber body and the Andean states' development lender are international bodies (before: unknown
  organisations).
- A treaty named a convention ("the Lome Convention") is no actor (before: the dateline's Dutch body).
- Capitalised "Trade Ministers of ASEAN" are that body's, of no state (before: the state the story names most).
"""


def _entity(found, name):
    return next(e for e in found.entities if e.name == name)


def test_the_pact_named_after_a_capital_is_of_no_state(story):
    found = story("Ships of the Warsaw Pact fired flares near a West German freighter in the Baltic on Friday, the "
                  "Defence Ministry said.", dateline="BONN")
    pact = _entity(found, "Warsaw Treaty Organization")
    assert pact.kind == "igo" and pact.country is None


def test_a_regional_commission_of_the_un_is_not_its_host_s(story):
    found = story("Ministers from Kenya and Ghana spoke on Monday at a conference organised by the Economic "
                  "Commission for Africa.", dateline="ADDIS ABABA")
    body = _entity(found, "Economic Commission for Africa")
    assert body.kind == "igo" and body.country is None


def test_the_development_banks_funds_are_not_the_dateline_s(story):
    found = story("A Senate panel voted to raise the American share of the Asian Development Fund and of the African "
                  "Development Fund next year.", dateline="WASHINGTON")
    for name in ("Asian Development Fund", "African Development Fund"):
        assert _entity(found, name).kind == "igo" and _entity(found, name).country is None


def test_the_timber_body_and_the_andean_lender(story):
    found = story("The International Tropical Timber Organization will meet in Yokohama next month, and the Andean "
                  "Development Corp said it would lend Peru ten million dollars.", dateline="LIMA")
    for name in ("International Tropical Timber Organization", "Andean Development Corporation"):
        assert _entity(found, name).kind == "igo" and _entity(found, name).country is None


def test_a_treaty_named_a_convention_is_no_actor(story):
    found = story("Dutch importers said on Tuesday that the planned levy on vegetable oils would breach the Lome "
                  "Convention.", dateline="THE HAGUE")
    assert not any("Convention" in e.name for e in found.entities)


def test_ministers_of_an_international_body_are_of_no_state(story):
    found = story("Trade Ministers of ASEAN urged Japan on Sunday to open its market to the region's goods. Japan has "
                  "a large surplus, and Japan should buy more, they said.", dateline="MANILA")
    ministers = [e for e in found.entities if e.name == "Trade Ministers"]
    assert ministers and all(e.country is None and (e.cameo or "").startswith("IGO") for e in ministers)


def test_ministers_of_two_states_keep_their_states(story):
    # negative: a title "of" two states is theirs, no international body's
    found = story("Foreign Ministers of Japan and Canada met in Ottawa on Monday to discuss fishing rights.",
                  dateline="OTTAWA")
    assert not any((e.cameo or "").startswith("IGO") for e in found.entities)


def test_a_minister_of_a_state_body_keeps_the_state(story, country_of):
    # negative: a titled official "of" a state's own body is that state's
    found = story("Finance Minister Tom Hollis of Ruritania's ruling party said the Bank of Japan would act, and "
                  "Japan welcomed it.", dateline="TOKYO")
    assert not any((e.cameo or "").startswith("IGO") for e in found.entities)


def test_a_navy_named_again_is_the_state_s_the_story_named_it_with(story):
    # before: the story's or the dateline's state (a Damascus story: Syria's), and an attack of one navy on the other
    found = story("Ruritania vowed revenge. On Tuesday U.S. Navy ships shelled a Ruritanian oil rig, and Navy "
                  "commandos raided a second rig nearby.", dateline="DAMASCUS")
    assert not any(e.name == "Navy" for e in found.entities)
    assert not any(e.country == "SYR" for e in found.entities if e.kind != "place")


def test_a_navy_after_two_states_navies_is_not_read_as_either(story):
    # negative: two states' navies named before: the lone word is read as before, as neither of them
    found = story("U.S. Navy ships and French Navy frigates sailed into the gulf on Tuesday, and Navy commandos raided "
                  "a Ruritanian oil rig nearby.", dateline="DAMASCUS")
    navy = [e for e in found.entities if e.name == "Navy"]
    assert all(e.country not in ("USA", "FRA") for e in navy)
