"""Political parties (data/parties.yaml) and lone family names that are also ordinary words, on sentences written
for these tests."""

import yaml

from dossier.actors.dictionary import DATA


def countries(doc, surface: str):
    """The countries of the actors of each mention written `surface`."""
    return [doc._.actors[m.entity].country for m in doc._.mentions if m.text == surface]


def ids(doc, surface: str):
    return [m.entity for m in doc._.mentions if m.text == surface]


def test_the_party_file_says_where_it_comes_from_and_lists_parties_only():
    text = (DATA / "parties.yaml").read_text(encoding="utf-8")
    assert "Where it comes from" in text.split("organisations:")[0]
    entries = yaml.safe_load(text)["organisations"]
    assert len(entries) > 150
    assert {e["kind"] for e in entries} == {"party"}
    assert len({e["country"] for e in entries}) > 60


def test_a_party_named_once_in_the_world_is_of_its_country(analyse):
    doc = analyse("Likud won the most seats, and its leaders began talks on a coalition.", "2019-04-12")
    assert ids(doc, "Likud") == ["isr:likud"]
    assert doc._.actors["isr:likud"].cameo == "ISRPTY"
    doc = analyse("The Bharatiya Janata Party swept the northern states.", "2019-05-24")
    assert countries(doc, "Bharatiya Janata Party") == ["IND"]


def test_party_members_name_their_party(analyse):
    doc = analyse("Democrats in the Senate blocked the bill, and Republicans vowed to bring it back.", "2018-03-02")
    assert ids(doc, "Democrats") == ["usa:democratic-party"]
    assert ids(doc, "Republicans") == ["usa:republican-party"]


def test_a_name_shared_by_several_countries_parties_takes_the_article_s_country(analyse):
    text = "The Labour Party chose a new leader in {city}, where voters in {country} expect an early election."
    doc = analyse(text.format(city="Wellington", country="New Zealand"), "2018-06-01")
    assert countries(doc, "Labour Party") == ["NZL"]
    doc = analyse(text.format(city="Oslo", country="Norway"), "2018-06-01")
    assert countries(doc, "Labour Party") == ["NOR"]
    doc = analyse("The Social Democrats in Stockholm said Sweden would keep its budget rules.", "2018-06-01")
    assert countries(doc, "Social Democrats") == ["SWE"]


def test_a_party_name_with_the_shares_it_with_the_name_without(analyse):
    doc = analyse("The Democrats could not settle the plan, so the chairman asked the Republicans to help write "
                  "it, and President Biden kept out of the dispute.", "2023-06-01")
    assert ids(doc, "the Republicans") == ["usa:republican-party"]
    doc = analyse("In Paris the Republicans walked out of the assembly, and President Macron called the vote a "
                  "delay.", "2023-06-01")
    assert countries(doc, "the Republicans") == ["FRA"]


def test_a_shared_party_name_in_an_article_of_no_country_of_theirs_has_no_country(analyse):
    doc = analyse("The Labour Party met on Friday to choose a leader.", "2018-06-01")
    assert countries(doc, "Labour Party") == [None]


def test_a_one_word_party_name_inside_a_longer_name_is_not_the_party(analyse):
    doc = analyse("Britain's Labour Ministry published the figures on Tuesday.", "2018-06-01")
    assert not any(i.endswith("labour-party") for m in doc._.mentions for i in [m.entity])


def test_a_one_word_party_name_opening_a_sentence_as_a_common_word_is_not_the_party(analyse):
    for text in ("Labour unrest slowed the harvest in Britain, growers said.",
                 "Labour costs rose in Britain last year, the survey found."):
        doc = analyse(text, "2018-06-01")
        assert ids(doc, "Labour") == [], text
    # before a member's noun, or as the subject, the word is the party
    doc = analyse("Labour leaders met in London on Friday to discuss wages in Britain.", "2018-06-01")
    assert ids(doc, "Labour") == ["gbr:labour-party"]
    doc = analyse("Labour said on Friday that Britain must raise wages.", "2018-06-01")
    assert ids(doc, "Labour") == ["gbr:labour-party"]


def test_a_party_of_a_state_that_no_longer_exists(analyse):
    doc = analyse("The Christian Democrats in Bonn said West Germany would not change course.", "1987-03-01")
    assert ids(doc, "Christian Democrats") == ["deu:christian-democratic-union"]
    doc = analyse("The Christian Democrats in Rome said Italy would not change course.", "1987-03-01")
    assert ids(doc, "Christian Democrats") == ["ita:christian-democracy"]


# -- lone family names that are also words --------------------------------------------------------------------


def test_a_month_is_not_a_prime_minister_of_that_name(analyse):
    doc = analyse("In May, the government raised the tax on fuel.", "2018-06-01")
    assert "gbr:theresa-may" not in doc._.actors


def test_the_same_family_name_written_as_a_person_is_the_person(analyse):
    doc = analyse("Prime Minister May met the visitors. Mrs May said the talks had gone well.", "2018-06-01")
    assert set(ids(doc, "May")) == {"gbr:theresa-may"}


def test_a_family_name_that_only_modifies_a_common_noun_is_nobody(analyse):
    doc = analyse("Rice prices rose sharply in Asian markets this week.", "2018-06-01")
    assert not any(i.endswith(("susan-rice", "condoleezza-rice")) for i in doc._.actors)


def test_a_leader_s_family_name_before_his_administration_is_the_leader(analyse):
    doc = analyse("Reagan administration officials said the tariffs would stay.", "1987-03-24")
    assert "usa:ronald-reagan" in doc._.actors


# -- officials introduced by a title alone ----------------------------------------------------------------------


def test_an_official_takes_the_state_the_story_names_before_him_when_none_stands_out(analyse):
    text = ("Portugal has agreed to buy two frigates from the United States, Defence Minister Rui Almada said on "
            "Tuesday.")
    doc = analyse(text, "1987-04-07")
    assert countries(doc, "Rui Almada") == ["PRT"]


def test_an_official_beside_a_known_counterpart_is_of_the_other_state(analyse):
    text = ("Turkey and the United States renewed their defence accord on Monday. Foreign Minister Orhan Demirkol "
            "and Secretary of State George Shultz put their names to it in Ankara.")
    doc = analyse(text, "1987-03-16")
    assert countries(doc, "Orhan Demirkol") == ["TUR"]


def test_a_title_written_before_the_name_wins_over_a_noun_beside_it(analyse):
    text = ("Lisbon said the budget would hold. Finance Minister Rui Almada, briefing reporters after a meeting "
            "with Shultz, said so again.")
    doc = analyse(text, "1987-04-07")
    assert countries(doc, "Rui Almada") == ["PRT"]
    assert doc._.actors[doc._.mentions[[m.text for m in doc._.mentions].index("Rui Almada")].entity].cameo == "PRTGOV"


def test_a_person_without_a_title_gets_no_country_from_the_story(analyse):
    doc = analyse("Portugal will sell its stake, Rui Almada said in Lisbon on Tuesday.", "1987-04-07")
    assert countries(doc, "Rui Almada") == [None]


def test_a_spokesman_for_a_ministry_is_of_the_ministry_s_country(analyse):
    doc = analyse("Jan Dvorak, a spokesman for the Czech Foreign Ministry, said the embassy would reopen.",
                  "2015-05-04")
    assert countries(doc, "Jan Dvorak") == ["CZE"]
    doc = analyse("Jan Dvorak, who campaigned for the Czech Republic's entry, said the embassy would reopen.",
                  "2015-05-04")
    assert countries(doc, "Jan Dvorak") == [None]


def test_a_two_word_family_name_later_is_the_person_named_in_full_before(analyse):
    text = ("Oil Minister Arturo Mendez Larrea of Venezuela said output would rise. Mendez Larrea added that the "
            "loan would be repaid in August.")
    doc = analyse(text, "1987-03-12")
    full = {"unk:PERSON:arturo-mendez-larrea"}
    assert set(ids(doc, "Mendez Larrea")) == set(ids(doc, "Arturo Mendez Larrea")) == full
    assert countries(doc, "Mendez Larrea") == ["VEN"]


def test_the_head_of_an_international_body_has_its_code_and_no_country(analyse):
    doc = analyse("Piet Vermeer, the head of the IMF mission, said the loan would be paid out.", "2015-05-04")
    person = doc._.actors[ids(doc, "Piet Vermeer")[0]]
    assert (person.country, person.cameo) == (None, "IGOBUSIMF")  # the Fund's code, as Phoenix gives it
