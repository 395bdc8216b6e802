"""A person's name the tagger takes for an organisation ("Jean-Marc Delors, Director General of the OECD, told a news
conference") is a person when a title stands beside it between commas; an international body's official named by
that body takes no state's country, and a later "he" stands for them."""

import pytest

STORY = ("Korea looks ready to open its markets, Jean-Marc Delors, Director General of the OECD (the Organization for "
         "Economic Cooperation and Development), said at a press briefing. Delors has been in Seoul for talks. He met with "
         "Prime Minister Lho Shin-yong.")


def entity(result, name):
    return next(e for e in result.entities if e.name == name)


@pytest.mark.parametrize("text, name", [
    (STORY, "Jean-Marc Delors"),
    ("Spain wants to cut its deficit, Jean-Pierre Lamy, Director General of the World Trade Organization, told "
     "reporters.", "Jean-Pierre Lamy"),
])
def test_the_name_beside_a_title_is_a_person_of_no_state(story, text, name):
    official = entity(story(text, published="1987-03-10"), name)
    assert official.kind == "person"
    assert official.country is None
    assert (official.cameo or "").startswith("IGO")


def test_a_later_he_stands_for_the_official(story):
    result = story(STORY, published="1987-03-10")
    met = [e for e in result.events if "unk:PERSON:lho-shin-yong" in e.target]
    assert met and all(e.source == ["unk:PERSON:jean-marc-delors"] for e in met)


@pytest.mark.parametrize("text, name, kind", [
    # a company's noun beside the name: a firm, not a person
    ("Sales rose, Vega Ruiz Holdings, chairman of the panel, said.", "Vega Ruiz Holdings", "company"),
])
def test_a_firm_s_name_beside_a_title_stays_a_firm(story, text, name, kind):
    assert entity(story(text, published="1987-03-10"), name).kind == kind


def test_a_state_s_official_keeps_the_state(story):
    result = story("Peru will cut output, Carlos Vega Ruiz, Mines Minister of Peru, told reporters.",
                   published="1987-03-10")
    assert entity(result, "Carlos Vega Ruiz").country == "PER"
