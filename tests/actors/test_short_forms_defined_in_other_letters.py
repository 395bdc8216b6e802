"""A short form in brackets right after a body's name is that body throughout the story, though its initials do not
spell the name (the letters in another order, or of the name in another language): every later bare use is the
same actor with the same country. A line break before the bracket is read past. Never a place's or a state's short
form, never a bracket after a place's name, never a short form sharing no letter with the name's initials, and
never a join made by initials alone, without the bracket."""

import pytest


def entities(doc, surface: str) -> set[str]:
    return {m.entity for m in doc._.mentions if m.text == surface}


def countries(doc, surface: str) -> set[str | None]:
    return {doc._.actors[m.entity].country for m in doc._.mentions if m.text == surface}


def test_a_known_group_s_short_form_in_another_language_is_the_group(analyse):
    doc = analyse("Oil firms waited for an answer from the leftist National Liberation Army\n(ELN) on Friday.\n"
                  "Officials said the ELN had blown up a pipeline near the border. The ELN gave no reason.",
                  "1987-06-02")
    army = entities(doc, "National Liberation Army")
    assert len(army) == 1
    assert entities(doc, "ELN") == army
    assert countries(doc, "ELN") == {"COL"}


def test_an_unknown_group_s_short_form_keeps_the_country_its_name_was_given(analyse):
    doc = analyse("The Chadian rebel Popular Front for Renewal (FPR) said it had taken a border post. The FPR "
                  "said it held six soldiers.", "1987-06-02")
    front = entities(doc, "Popular Front for Renewal")
    assert len(front) == 1 and entities(doc, "FPR") == front
    assert countries(doc, "FPR") == {"TCD"}


def test_a_name_the_tagger_ran_into_the_bracket(analyse):
    doc = analyse("A spokesman for the Workers' Confederation (CUT) said the union would strike in Brazil. The CUT "
                  "said the talks had failed.", "1987-06-02")
    assert len(entities(doc, "CUT")) == 1
    assert entities(doc, "CUT") == entities(doc, "Workers' Confederation")


def test_the_story_s_body_not_another_body_the_short_form_names_elsewhere(analyse):
    doc = analyse("The Farmers Council of Niger (ANC) said grain prices had fallen. The ANC asked the government "
                  "for help.", "1987-06-02")
    assert "ZAF" not in countries(doc, "ANC")
    assert entities(doc, "ANC") == entities(doc, "Farmers Council of Niger")


def test_a_line_break_before_a_spelt_acronym(analyse):
    doc = analyse("Trading was halted on the Stock Exchange of\nSingapore\n(SES) on Monday. The SES said it would "
                  "open again.", "1987-06-02")
    assert len(entities(doc, "SES")) == 1
    assert entities(doc, "SES") == entities(doc, "Stock Exchange of\nSingapore")


@pytest.mark.parametrize("text, short, country", [
    ("Acme Holdings (UK) said it had bought a Dutch packaging firm. The UK group gave no price.", "UK", "GBR"),
    ("Lenders gathered at the Consultative Group on Kenya (CGK) in Rome. The CGK pledged funds.", "CGK",
     None),
])
def test_no_short_form_of_a_place_nor_after_a_place_s_name(analyse, text, short, country):
    doc = analyse(text, "1987-06-02")
    place = "Kenya" if short == "CGK" else None
    if place:
        assert not entities(doc, short) & entities(doc, place)
    else:
        assert countries(doc, short) == {country}
        assert not entities(doc, short) & entities(doc, "Acme Holdings")


def test_no_join_without_the_bracket(analyse):
    doc = analyse("Rebels of the National Liberation Army attacked a pipeline in Colombia. The ELN said it would go "
                  "on.", "1987-06-02")
    assert not entities(doc, "ELN") & entities(doc, "National Liberation Army")


def test_another_body_with_the_same_initials_stays_its_own(analyse):
    doc = analyse("The leftist National Liberation Army (ELN) attacked a pipeline. The European Liberal Network "
                  "said it was alarmed, and the ELN said it would go on.", "1987-06-02")
    assert entities(doc, "ELN") == entities(doc, "National Liberation Army")
    assert not entities(doc, "European Liberal Network") & entities(doc, "ELN")


def test_a_firm_s_dotted_legal_form_spells_its_letters(analyse):
    doc = analyse("Managers of Aguas Minerales de Toledo S.A. (AMTSA), the Spanish bottler, met its banks in Madrid. "
                  "AMTSA owes them 90 mln dlrs.", "1987-06-02")
    firm = entities(doc, "Aguas Minerales de Toledo S.A.")
    assert len(firm) == 1 and entities(doc, "AMTSA") == firm


def test_a_short_form_with_no_letter_of_the_name_s_initials_is_no_definition(analyse):
    doc = analyse("The Chadian Defence Council (AFP) met on Monday. AFP said the talks had ended.", "1987-06-02")
    assert not entities(doc, "AFP") & entities(doc, "Chadian Defence Council")


def test_a_short_form_set_after_two_names_is_no_name_of_either(analyse):
    doc = analyse("The song was written for Harbour Lane Music Corp (ASCAP) and Cedar Row Songs (ASCAP). ASCAP "
                  "collects the fees.", "2020-06-02")
    bare = [m.entity for m in doc._.mentions if m.text == "ASCAP"][-1]  # the one outside brackets
    assert bare not in entities(doc, "Harbour Lane Music Corp")
