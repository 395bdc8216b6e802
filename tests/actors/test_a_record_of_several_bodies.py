"""A converted Phoenix record may list several bodies of one code under one name ("Federal Trade Commission" with the
OPIC and the Export-Import Bank beside it). A curated entry that shares only one of its other names takes over
those names alone, not the record: the commission stays itself, with its acronym (dictionary._absorb, _one_body).
A record of the entry's own body, spelt another way, is still taken over whole."""

from dossier.actors.dictionary import load


def _named(name):
    d = load()
    return {d.entities[i].name for i in d.folded.get(name.lower(), ())}


def test_a_curated_agency_does_not_take_the_record_it_shares_a_name_with():
    assert _named("Federal Trade Commission") == {"Federal Trade Commission"}
    assert _named("FTC") == {"Federal Trade Commission"}
    assert _named("OPIC") == {"Overseas Private Investment Corporation"}


def test_the_commission_acts_as_itself(story):
    found = story("The Federal Trade Commission charged Brillo Foods Inc with misleading claims about its juice. "
                  "The FTC said the firm would be heard by a judge. The Overseas Private Investment Corp "
                  "insured a plant in Lagos.", dateline="WASHINGTON")
    names = {m.text: next(e.name for e in found.entities if e.id == m.entity) for m in found.mentions}
    assert names["Federal Trade Commission"] == "Federal Trade Commission"
    assert names["FTC"] == "Federal Trade Commission"
    assert names["Overseas Private Investment Corp"] == "Overseas Private Investment Corporation"


def test_a_record_of_the_same_body_spelt_another_way_is_taken_over():
    d = load()
    imf = {d.entities[i].name for i in d.folded.get("international monetary fund", ())}
    assert imf == {d.entities[i].name for i in d.folded.get("imf", ())}
    assert len(imf) == 1


def test_the_us_economic_advisers_council_in_a_story_from_another_capital(story):
    found = story("Ruvian Planning Minister Aki Tano was asked by Council of Economic Advisers chairman Dale Hobb "
                  "what Ruvia could do to lift demand.", dateline="TOKYO")
    assert {e.country for e in found.entities if e.name == "Council of Economic Advisers"} == {"USA"}
