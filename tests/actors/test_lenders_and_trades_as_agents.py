"""Lenders and trades named by a common noun (data/agents.yaml, model32 entries) as business agents, a common
noun before one naming its trade; central banks as the state's officials. Sentences written here."""

from tests.actors.test_agents import ids


def test_lenders_are_business_agents(analyse):
    doc = analyse("Argentine bankers turned down the plan, and lenders in Tokyo kept quiet.")
    assert ids(doc, "bankers") == ["agent:ARG:BUS"]
    assert [i.startswith("agent:") and i.endswith(":BUS") for i in ids(doc, "lenders")] == [True]


def test_a_trade_before_the_noun_names_its_trade(analyse):
    doc = analyse("The Mexican minister will meet sugar refiners, and he asked Mexican steel industry "
                  "representatives to curb output.")
    assert [i.endswith(":BUS") for i in ids(doc, "refiners")] == [True]
    assert ids(doc, "industry representatives") == ["agent:MEX:BUS"]


def test_central_bankers_are_officials_not_firms(analyse):
    doc = analyse("Chilean central bankers met Peruvian bankers on Monday.")
    assert ids(doc, "central bankers") == ["agent:CHL:GOV"]
    assert ids(doc, "bankers") == ["agent:PER:BUS"]


def test_must_not_a_trade_word_before_other_agents_still_names_another_thing(analyse):
    # the compound rule stays for every other agent noun: "market forces", "tax authorities" are no agents
    doc = analyse("The Chilean envoy praised market forces, and tax authorities in Lima met.")
    assert not ids(doc, "forces") and not ids(doc, "authorities") and not ids(doc, "tax authorities")


def test_must_not_singulars_producers_and_plain_banks_are_no_business_agents(analyse):
    # "banks" and "brokers" are mostly the subjects of market prose on wire news: no side, no event made of it
    doc = analyse("The bank said oil producers and the industry would gain, and loans extended by banks rose while "
                  "brokers sold shares.")
    assert not [m for m in doc._.mentions if m.entity.endswith(":BUS")]


def test_events_take_lenders_as_their_sides(story):
    result = story("Peru offered to resume payments. Creditor banks rejected the Peruvian offer, and the minister "
                   "met lenders in New York.")
    rejected = [e for e in result.events if e.type == "REJECT"]
    assert rejected and rejected[0].source == ["agent:---:BUS"]
    met = [e for e in result.events if e.type == "CONSULT"]
    assert met and "agent:---:BUS" in met[0].target


def test_lenders_no_word_places_take_no_country_from_the_story(analyse):
    # a debtor's creditor banks are mostly abroad: not the story's country, as "the police" would be
    doc = analyse("Peru raised fuel prices on Monday. Peru asked its creditor banks for more time, and the police "
                  "in Lima stood by.")
    assert ids(doc, "creditor banks") == ["agent:---:BUS"]
    assert ids(doc, "police") == ["agent:PER:COP"]


def test_a_debtor_named_before_its_creditors_is_not_their_country(analyse):
    doc = analyse("Bolivia's creditor banks agreed to study the offer, and Chile's lenders met in Madrid.")
    assert ids(doc, "creditor banks") == ["agent:---:BUS"]
    assert ids(doc, "lenders") == ["agent:---:BUS"]


def test_must_not_a_country_s_own_banks_keep_their_country(analyse):
    doc = analyse("Japan's bankers and Argentine lenders turned the plan down.")
    assert ids(doc, "bankers") == ["agent:JPN:BUS"]
    assert ids(doc, "lenders") == ["agent:ARG:BUS"]


def test_a_bank_advisory_committee_is_the_lenders(analyse):
    # the committee that speaks for a debtor's banks: the lenders, not the debtor's country ("its", "Chile's")
    doc = analyse("Chile signed the accord with its 11-bank advisory committee, and Peru's bank steering committee "
                  "met in London.")
    assert ids(doc, "bank advisory committee") == ["agent:---:BUS"]
    assert ids(doc, "bank steering committee") == ["agent:---:BUS"]


def test_must_not_a_plain_advisory_committee_is_no_lenders(analyse):
    doc = analyse("The Chilean advisory committee on mining and a steering committee of the ministry met in May.")
    assert not [m for m in doc._.mentions if m.entity.endswith(":BUS")]


def test_talks_with_a_bank_advisory_committee_have_the_lenders_for_a_side(story):
    result = story("Ecuador reached agreement on Friday with its 9-bank advisory committee on new loans.")
    agreed = [e for e in result.events if e.type == "AGREE"]
    assert agreed and agreed[0].target == ["agent:---:BUS"]
