"""A page of several short stories, each opened by its own dateline in capitals at the start of a paragraph (a news
site's running roundup: "…\\n___\\nBERLIN — …"), gives the state bodies and officials a section names by their
function or title alone the country of that section's dateline, not the country the whole page names most; a dash
written as a quotation mark is read as one. Before any such paragraph, and on a page of one story, the page's
country stands. Text and names written for these tests."""

import pytest

PAGE = ("ROME — Italy's cabinet extended the curfew to January. Italy will also close ski resorts, and Italy "
        "asked its neighbours to do the same.\n___\n"
        "HANOI — Vietnam's cases rose for a third day.\nThe Health Ministry reported 212 new infections on Friday.\n"
        "___\nOTTAWA \" Canada's defence minister is weighing a new order for patrol ships.\n"
        "Minister Anika Varro said during a visit to a shipyard that the plan was on track.\n___\n"
        "SALEM, Ore. — Gov. Brinley Okafor ordered gyms to close for two weeks.\n___\n"
        "Italy's health minister, meanwhile, asked for calm. Italy counted 30,000 new cases.")


@pytest.fixture
def page(story):
    return story(PAGE, published="2020-11-23")


@pytest.mark.parametrize("name, country", [
    ("Anika Varro", "CAN"),  # the dash written as a quotation mark
    ("Brinley Okafor", "USA"),  # a town and its state's abbreviation
])
def test_an_official_takes_the_country_of_the_section_s_dateline(page, name, country):
    found = [e for e in page.entities if e.name == name]
    assert found and found[0].country == country, [(e.name, e.country) for e in page.entities]


def test_a_ministry_named_by_its_function_is_the_section_s_state(page):
    ministries = [e for e in page.entities if e.name == "Health Ministry"]
    assert ministries and all(e.country == "VNM" for e in ministries), [(e.name, e.country) for e in ministries]


def test_a_paragraph_opened_by_an_acronym_is_no_dateline(story):
    text = ("Italy's cabinet extended the curfew. Italy will close ski resorts, and Italy asked for help.\n"
            "NATO said its meeting would go ahead.\nMinister Anika Varro said the plan was on track.")
    found = [e for e in story(text, published="2020-11-23").entities if e.name == "Anika Varro"]
    assert found and found[0].country == "ITA"
