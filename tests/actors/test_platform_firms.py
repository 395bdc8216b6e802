"""Internet platforms and technology firms of the 2010s (firms.yaml) are firms of their home country, whatever the
tagger reads them as; a name that is also a place alone ("the Amazon") is left out. Sentences written for these
tests."""

from __future__ import annotations


def test_a_platform_is_a_firm_of_its_home_country(story, by_name):
    for text, name, cameo in (
            ("Twitter closed the account of a Peruvian senator on Monday.", "Twitter", "MNCUSA"),
            ("Lima officials said Facebook had removed forty pages run by the army.", "Facebook", "MNCUSA"),
            ("Alibaba signed a cloud deal with the Kenyan government on Friday.", "Alibaba Group", "MNCCHN")):
        found = by_name(story(text, published="2019-11-20"))
        assert found[name].kind == "company" and found[name].cameo == cameo, found.get(name)


def test_a_rainforest_sharing_a_firm_s_name_is_no_firm(story, by_name):
    found = by_name(story("Fires spread across the Amazon on Sunday, and Peru sent soldiers to fight them.",
                          published="2019-11-20"))
    assert all(e.kind != "company" for name, e in found.items() if "Amazon" in name), sorted(found)


def test_a_platform_after_on_or_via_is_where_words_were_published_no_actor(analyse):
    for text, platform in (("Lena Okafor posted on Twitter accusing the Zentor label of theft.", "Twitter"),
                           ("The Kelvor band said via Instagram that the promoter had cheated them.", "Instagram")):
        doc = analyse(text, "2019-11-20")
        assert all(m.text != platform for m in doc._.mentions), [(m.text, m.entity) for m in doc._.mentions]


def test_a_platform_that_acts_stays_the_firm(analyse):
    doc = analyse("On Monday Twitter closed the account of a Peruvian senator.", "2019-11-20")
    assert [m.entity for m in doc._.mentions if m.text == "Twitter"] == ["usa:twitter"]
