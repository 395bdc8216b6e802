"""Generic agents (data/agents.yaml) and office descriptions in undated articles, on sentences written here."""


def ids(doc, surface: str) -> list[str]:
    return [m.entity for m in doc._.mentions if m.text == surface]


def test_agent_takes_the_country_of_its_demonym(analyse):
    doc = analyse("Ruritania said Chilean soldiers crossed the river at dawn.")
    assert ids(doc, "soldiers") == ["agent:CHL:MIL"]
    entity = doc._.actors["agent:CHL:MIL"]
    assert (entity.cameo, entity.country, entity.kind) == ("CHLMIL", "CHL", "government")
    assert entity.name == "Chilean military"
    assert doc._.token_actor[[t.i for t in doc if t.text == "soldiers"][0]] == "agent:CHL:MIL"


def test_agent_country_from_a_possessive_or_an_of_phrase(analyse):
    doc = analyse("Bolivia's police closed the bridge, and the judges of Chile met on Friday.")
    assert ids(doc, "police") == ["agent:BOL:COP"]
    assert ids(doc, "judges") == ["agent:CHL:JUD"]


def test_agent_without_a_country_takes_no_country_from_one_passing_mention(analyse):
    # a state its lede names alone is a story's home (test_stories_without_a_dateline.py): here it is named later
    doc = analyse("Talks opened. Demonstrators blocked the highway to Peru and riot police answered with tear gas.")
    assert ids(doc, "Demonstrators") == ["agent:---:OPP"]
    assert ids(doc, "riot police") == ["agent:---:COP"]
    assert doc._.actors["agent:---:COP"].cameo == "---COP"


def test_agent_without_a_country_takes_the_country_the_article_is_about(analyse):
    doc = analyse("Bolivia raised fuel prices on Monday. In La Paz, demonstrators blocked the main avenue, and the "
                  "Bolivian unions called a strike. The police answered with tear gas, and the government said "
                  "talks would wait.")
    assert ids(doc, "demonstrators") == ["agent:BOL:OPP"]
    assert ids(doc, "police") == ["agent:BOL:COP"]
    assert ids(doc, "government") == ids(doc, "Bolivia")
    doc = analyse("Bolivia and its neighbour met in La Paz, the Bolivian capital, on Monday. Bolivia said the two "
                  "governments agreed, and foreign troops would leave.")
    assert ids(doc, "governments") == ["agent:---:GOV"]  # several countries' agents are no one country's
    assert ids(doc, "troops") == ["agent:---:MIL"]


def test_agent_in_a_story_of_two_countries_takes_neither(analyse):
    doc = analyse("Chile and Bolivia argued over the border on Monday. Chile recalled its envoy from La Paz, and "
                  "Bolivia closed a crossing. The police stopped trucks at the river.")
    assert ids(doc, "police") == ["agent:---:COP"]


def test_a_government_with_a_country_is_that_country(analyse):
    doc = analyse("The Chilean government welcomed the offer.")
    assert ids(doc, "government") == ids(doc, "Chilean")


def test_nouns_that_describe_something_else_are_not_agents(analyse):
    doc = analyse("Huawei executives toured a police station, and the envoy, Liu Bo, praised market forces.")
    assert not [m for m in doc._.mentions if m.entity.startswith("agent:")]


def test_events_pick_up_agents(analyse):
    doc = analyse("Bolivian troops attacked the rebels near the border on Monday.")
    events = doc._.events
    assert any("agent:BOL:MIL" in e.source and "agent:---:REB" in e.target for e in events)


def test_undated_description_joins_the_holder_named_after_its_title(analyse):
    text = "Peruvian President Dina Boluarte opened the fair. Later the Peruvian president thanked the guests."
    assert ids(analyse(text, None), "the Peruvian president") == ["per:dina-boluarte"]


def test_undated_description_joins_a_holder_named_elsewhere(analyse):
    text = "Dina Boluarte spoke first. Afterwards the Peruvian president thanked the guests."
    assert ids(analyse(text, None), "the Peruvian president") == ["per:dina-boluarte"]


def test_undated_description_alone_stays_unresolved(analyse):
    doc = analyse("The Peruvian president thanked the guests.", None)
    assert not [m for m in doc._.mentions if m.entity.startswith("per:")]


def test_people_held_or_settled_are_civilian_agents(analyse):
    doc = analyse("Peruvian inmates and detainees rioted while hostages waited.")
    assert ids(doc, "inmates") == ["agent:PER:CVL"]
    assert ids(doc, "hostages") == ["agent:---:CVL"]


def test_a_generic_noun_tagged_as_a_name_is_still_an_agent(analyse):
    doc = analyse("The Army moved tanks into Lima on Monday, and Peru's president said Peru would stay calm.")
    assert ids(doc, "Army") == ["agent:PER:MIL"]


def test_a_domestic_institution_is_of_the_place_it_is_in(analyse):
    doc = analyse("Police in Soweto arrested two men, and Osaka police closed a road.", "1987-03-02")
    assert ids(doc, "Police") == ["agent:ZAF:COP"]
    assert ids(doc, "police") == ["agent:JPN:COP"]
    doc = analyse("Troops in Lebanon fired on a village.", "1987-03-02")
    assert ids(doc, "Troops") == ["agent:---:MIL"]  # troops abroad are often another country's


def test_for_or_against_a_country_is_not_its_own(analyse):
    doc = analyse("The anti-Libyan regime in Kabul said it would fight on.", "1987-03-02")
    assert ids(doc, "regime") == ["agent:AFG:GOV"]


def test_seamen_are_labour_not_the_armed_forces(analyse):
    doc = analyse("Greek seamen walked off their tankers on Monday, and a Cypriot seaman joined them.")
    assert ids(doc, "seamen") == ["agent:GRC:LAB"]
    assert ids(doc, "seaman") == ["agent:CYP:LAB"]
