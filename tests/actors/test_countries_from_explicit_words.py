"""Countries only from explicit words, in sentences written for these tests: a name set beside the last
item of a list, a borrower on a foreign bond market, a holiday tagged as a place."""

from dossier.actors.fragments import is_time_name


def test_a_name_after_the_last_item_of_a_list_is_that_items_not_the_firsts(story, country_of):
    result = story("Present at the closed session were Peru's trade envoy, Ambassador Carla Ruiz Soto, and the "
                   "deputy head of the Chilean Foreign Ministry, Tomas Vidal Herrera.")
    assert country_of(result, "Tomas Vidal Herrera") == "CHL"


def test_a_name_beside_the_only_noun_before_it_keeps_that_nouns_state(story, country_of):
    result = story("Peru's trade envoy, Carla Ruiz Soto, left Lima for the closed session on Monday.")
    assert country_of(result, "Carla Ruiz Soto") == "PER"


def test_a_borrower_on_a_foreign_bond_market_takes_no_country_from_the_story(story, country_of):
    text = ("Harlow Paper Co is issuing a 90 mln Swiss franc, six-year bond at a 5 pct coupon, said the lead manager, "
            "a bank owned by Switzerland's cantons. The notes may be called from 1990 in Switzerland.")
    assert country_of(story(text, dateline="ZURICH"), "Harlow Paper Co") is None


def test_a_firm_of_a_story_on_its_own_country_keeps_the_dateline_s_state(story, country_of):
    text = "Harlow Paper Co said it will close two mills in the north next year and cut 400 jobs."
    assert country_of(story(text, dateline="ZURICH"), "Harlow Paper Co") == "CHE"


def test_a_holiday_is_a_time_not_an_actor(story):
    assert is_time_name("Diwali") and is_time_name("the Lunar New Year")
    assert not is_time_name("Easter Island") and not is_time_name("Tariq Ramadan")
    result = story("Police in Mumbai seized illegal fireworks ahead of Diwali and arrested 40 traders.",
                      published="2019-10-20")
    assert not [e for e in result.entities if e.name == "Diwali"]
    assert not [e for e in result.events if any("diwali" in i for i in e.source + e.target)]


def test_a_person_named_like_a_holiday_stays_an_actor(story):
    result = story("The scholar Tariq Ramadan criticised France over the headscarf ban on Monday.",
                      published="2004-02-10")
    assert [e for e in result.entities if e.name == "Tariq Ramadan"]


def test_a_month_is_a_time_not_an_actor():
    assert is_time_name("May") and is_time_name("September")
    assert not is_time_name("May Department Stores") and not is_time_name("Marchetti")


def test_a_name_after_the_city_of_is_a_place_whatever_its_tag(story):
    result = story("Spanish growers dumped oranges outside the town hall in the southern city of Valencia in "
                   "protest at EC rules.")
    found = [e for e in result.entities if e.name == "Valencia"]
    assert len(found) == 1 and (found[0].kind, found[0].country) == ("place", "ESP")


def test_a_firm_named_after_a_port_stays_a_firm(story):
    result = story("Barges crowded the port of Antwerp Shipping Co on Monday.")
    assert [e.kind for e in result.entities if e.name == "Antwerp Shipping Co"] == ["company"]


def test_one_phrase_parsed_as_a_list_keeps_its_owner(story, country_of):
    result = story("The Norwegian government's aid and review body, the Coastal Catch Council, will hold an "
                   "inquiry into the trawler fleet.")
    assert country_of(result, "Coastal Catch Council") == "NOR"


def test_the_commission_after_the_ec_is_the_ec_not_a_body_of_the_story_s_state(story):
    result = story("EC farm ministers met in Brussels on Monday. The Commission proposed new duties on Soviet "
                   "steel, officials said.")
    assert not [e for e in result.entities if e.name == "Commission"]
    assert [e.kind for e in result.entities if e.name == "European Community"] == ["igo"]


def test_the_commission_in_a_story_without_an_international_body_stays_its_own(story):
    result = story("Ministers from Ghana met in Accra on Monday. The Commission proposed new duties on Soviet "
                   "steel, officials said.")
    assert [e.kind for e in result.entities if e.name == "Commission"] == ["organisation"]


def test_a_commissioner_in_a_story_of_the_ec_is_its_official_not_the_story_s_state(story):
    result = story("Spanish farmers marched in the southern city of Valencia to demand a better deal from the EC. "
                   "Agriculture Commissioner Hans Vermeer has proposed price cuts of up to ten pct.")
    person = next(e for e in result.entities if e.name == "Hans Vermeer")
    assert person.country is None
    assert [r.organisation for r in person.roles] == ["org:european-community"]


def test_a_commissioner_of_a_state_in_a_story_without_the_ec_keeps_the_state(story, country_of):
    result = story("Spanish farmers marched in Valencia. The Spanish Agriculture Commissioner Hans Vermeer has "
                   "proposed price cuts of up to ten pct.")
    assert country_of(result, "Hans Vermeer") == "ESP"


def test_the_group_of_five_is_an_international_body_not_a_firm_of_the_story_s_state(story):
    result = story("Italy demanded a seat after it was left out of a meeting of the Group of Five (G-5) in Paris.")
    assert [(e.kind, e.country) for e in result.entities if e.name == "Group of Five"] == [("igo", None)]
    result = story("Acme Five Group Inc said it would buy a stake in Zenco.")
    assert [e.kind for e in result.entities if e.name == "Acme Five Group Inc"] == ["company"]


STORY_FROM_ABROAD = ("Hollis Motor Corp will sell cars in West Germany from next year, the firm said. Its West German "
                     "arm will serve Austria too. Hollis owns 15 pct of <Vantorini>, which may help it sell there.")


def test_a_firm_takes_no_country_from_a_story_datelined_in_another_state(story, country_of):
    assert country_of(story(STORY_FROM_ABROAD, dateline="GENEVA"), "Vantorini") is None


def test_a_firm_takes_the_story_s_country_where_the_dateline_is_in_it(story, country_of):
    assert country_of(story(STORY_FROM_ABROAD, dateline="BONN"), "Vantorini") == "DEU"


def test_a_dateline_naming_a_lesser_city_is_the_one_in_the_state_the_story_names(story, country_of):
    text = "Benton Fund Inc said it will put most of its new money into U.S. government bonds."
    assert country_of(story(text, dateline="SAN MATEO"), "Benton Fund Inc") == "USA"


def test_a_dateline_naming_a_city_of_millions_keeps_it_whatever_the_story_names(story, country_of):
    text = "Benton Fund Inc said it will put most of its new money into U.S. government bonds."
    assert country_of(story(text, dateline="SYDNEY"), "Benton Fund Inc") is None


def test_a_family_name_after_a_firm_of_that_name_is_the_firm_not_a_former_president(story):
    result = story("Kestrel Ltd, a dealer for Ford Motor Co in Japan, may import the cars. Kestrel is owned 20 pct "
                   "by Ford, a spokesman said.", dateline="TOKYO")
    assert not [e for e in result.entities if e.name == "Gerald R. Ford"]


def test_a_former_president_named_with_his_title_stays_the_person(story):
    result = story("Ford Motor Co will not close the plant, former President Ford said on Monday.")
    assert [e.kind for e in result.entities if e.name == "Gerald R. Ford"] == ["person"]
