"""A head's title ("the Chilean president") names the person in office on the article's date only where some list
knows who that is. The converted dictionaries stop (`heads_known_until`: their latest begun term); their heads' last
terms, left open or ending on a date still to come when they were written, name nobody a decade later: the title then
stays the office, the state's government. Sentences written for these tests."""

from dossier.actors.dictionary import PHOENIX, Holding, load


def coded(doc):
    """(mention text, actor name, country, CAMEO code) of every actor the article names."""
    out = []
    for m in doc._.mentions:
        actor = doc._.actors[m.entity]
        out.append((m.text, actor.name, actor.country, actor.cameo))
    return out


def person_names(doc):
    return [doc._.actors[m.entity].name for m in doc._.mentions if doc._.actors[m.entity].type == "PERSON"]


def test_the_converted_lists_of_heads_have_a_horizon():
    d = load()
    assert d.heads_known_until is not None and "2010" < d.heads_known_until < "2016"


def test_a_converted_term_past_the_horizon_names_nobody_open_or_not():
    d = load()
    after = f"{int(d.heads_known_until[:4]) + 5}-01-01"
    open_term = Holding("x", "2006-03-11", None, "CHLGOV", PHOENIX)
    ends_later = Holding("x", "2009-01-20", "2030-01-20", "CHLGOV", PHOENIX)
    curated = Holding("x", "2009-01-20", None, "CHLGOV", PHOENIX + 1)
    assert d.in_office(open_term, "2008-05-01") and d.in_office(ends_later, "2010-05-01")
    assert not d.in_office(open_term, after) and not d.in_office(ends_later, after)
    assert d.in_office(curated, after)  # the curated list knows its own years


def test_a_head_s_title_two_decades_apart(analyse):
    # Uruguay is in no curated list: after the converted lists the title stays the office
    sentence = "The Uruguayan president flew to Lima on Tuesday for talks on the border."
    assert person_names(analyse(sentence, "2004-09-14")) == ["Jorge Batlle"]
    doc = analyse(sentence, "2024-09-10")
    assert person_names(doc) == []
    assert ("president", "Uruguayan government", "URY", "URYGOV") in coded(doc)
    # Chile is in leaders.yaml: its list names the president of the day
    sentence = "The Chilean president flew to Lima on Tuesday for talks on the border."
    assert person_names(analyse(sentence, "2004-09-14")) == ["Ricardo Lagos Escobar"]
    assert person_names(analyse(sentence, "2024-09-10")) == ["Gabriel Boric"]


def test_an_open_term_is_not_read_into_two_decades_later(analyse):
    sentence = "The Paraguayan president said the ceasefire with the rebels would hold."
    assert person_names(analyse(sentence, "2005-03-02")) == ["Nicanor Duarte Frutos"]
    doc = analyse(sentence, "2022-03-02")
    assert person_names(doc) == []
    assert ("president", "Paraguayan government", "PRY", "PRYGOV") in coded(doc)
    # Uribe's open term of 2002 does not name him in 2022: the curated list's Duque does
    sentence = "The Colombian president said the ceasefire with the rebels would hold."
    assert person_names(analyse(sentence, "2022-03-02")) == ["Iván Duque"]


def test_a_term_known_on_the_date_still_names_its_holder(analyse):
    # within the converted lists' years, and a country of the curated list after them
    assert person_names(analyse("The Zimbabwean president opened the new session of parliament.", "2009-07-21")) \
        == ["Robert Mugabe"]
    assert person_names(analyse("The Japanese prime minister opened the summit.", "2023-05-19")) == ["Fumio Kishida"]


def test_a_person_named_outright_is_still_that_person_past_the_horizon(analyse):
    doc = analyse("Michelle Bachelet met students in Santiago.", "2024-09-10")
    assert person_names(doc) == ["Michelle Bachelet"]
