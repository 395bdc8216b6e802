"""A firm the dictionaries hold twice, by its name without a country and by its acronym with one ("British
Petroleum": MNC, "BP": MNCGBR), keeps the country where a story defines the acronym in brackets after the name; an
acronym entry of another kind or sector (a rebel group, an army) is never taken for the body named. A legal form
written out ("Company") ends a firm's name without spelling a letter, as an abbreviated one does."""

import pytest


def entities(doc, surface: str) -> set[str]:
    return {m.entity for m in doc._.mentions if m.text == surface}


def countries(doc, surface: str) -> set[str | None]:
    return {doc._.actors[m.entity].country for m in doc._.mentions if m.text == surface}


@pytest.mark.parametrize("name", ["British Petroleum Co", "British Petroleum Company PLC", "British Petroleum"])
def test_a_name_and_its_acronym_take_the_entry_with_the_country(analyse, name):
    doc = analyse(f"{name} (BP) said it had agreed to buy a share of a gas field off Norway. BP will pay "
                  "about 90 mln dlrs, British Petroleum said.", "1987-05-04")
    firm = {m.entity for m in doc._.mentions if m.text == "BP" or m.text.startswith("British Petroleum")}
    assert len(firm) == 1  # the name (its legal form aside), the acronym, the name again: one firm
    assert countries(doc, "BP") == {"GBR"}


@pytest.mark.parametrize("text, acronym, name, wrong", [
    ("The International Diabetes Federation (IDF) asked India to pay for insulin. The IDF said prices had risen.",
     "IDF", "International Diabetes Federation", "ISR"),
    ("The Mennonite Central Committee (MCC) shipped grain to Ethiopia on Monday. The MCC said more would come.",
     "MCC", "Mennonite Central Committee", "IND"),
])
def test_an_acronym_entry_of_another_kind_is_not_the_body_named(analyse, text, acronym, name, wrong):
    doc = analyse(text, "1987-05-04")
    assert wrong not in countries(doc, acronym)
    assert entities(doc, acronym) == entities(doc, name)


def test_a_name_known_only_by_its_acronym_is_not_given_another_body_s_country(analyse):
    doc = analyse("The Mekong Delta Council (MDC) asked Thailand for help. MDC officials said talks would go on.",
                  "1987-05-04")
    assert entities(doc, "MDC") == entities(doc, "Mekong Delta Council")


@pytest.mark.parametrize("name, acronym", [
    ("Northern Shipping Company", "NSC"),  # the written-out form spells its letter
    ("Orient Cement Company Ltd", "OC"),  # both forms spell none
])
def test_a_written_out_legal_form_ends_a_defined_name_as_an_abbreviated_one_does(analyse, name, acronym):
    doc = analyse(f"{name} ({acronym}) said on Monday it would open a works in Ghana. {acronym} gave no cost.",
                  "1987-05-04")
    named = entities(doc, name)
    assert len(named) == 1 and entities(doc, acronym) == named
