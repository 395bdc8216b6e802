"""A name opened by an office's noun right after the possessive of a state's official or body ("the U.S. Attorney's
Office for Nevada", "the Peruvian prosecutor's Office of X") is that owner's office: of its country and
sector (Descriptions._office_owner); after a firm's name it stays an organisation of its own. Sentences written for
these tests."""

from __future__ import annotations


def test_an_office_after_a_state_official_s_possessive_is_the_official_s(story, by_name):
    for text, name, cameo in (
            ("On Monday the U.S. Attorney's Office for Nevada accused two prison guards of taking bribes.",
             "Office for Nevada", "USAJUD"),
            ("The Peruvian prosecutor's Office of Organised Crime charged the former mayor with bribery.",
             "Office of Organised Crime", "PERJUD")):
        found = by_name(story(text, published="2019-11-20"))
        assert found[name].cameo == cameo and found[name].kind == "government", found.get(name)


def test_an_office_after_a_firm_s_name_stays_its_own(story, by_name):
    found = by_name(story("Acme's Office of Research accused the rival firm of copying its design.",
                          published="2019-11-20"))
    office = next(e for name, e in found.items() if "Office of Research" in name)
    assert office.cameo is None and office.kind != "government", office
