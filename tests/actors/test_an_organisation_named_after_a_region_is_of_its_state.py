"""An organisation no dictionary knows whose name opens with a region of one state, written out ("the Manitoba
Wheat Growers Council", "Vermont Savings Bank", "New Jersey Dairy Cooperative"), is of that region's state, as a
wire's dateline reads the same region ("CALGARY, Alberta"). An abbreviation ("Ont.") and a region's name that is not
the name's opening give nothing."""


def _country(found, name):
    found_ = [e for e in found.entities if e.name == name]
    assert found_, [(e.name, e.country) for e in found.entities]
    return found_[0].country


def test_a_province_s_growers_accuse_another_state(story):
    found = story("The Manitoba Wheat Growers Council accused the United States on Tuesday of dumping cheap "
                  "grain in Asia.", dateline="TOKYO")
    assert _country(found, "Manitoba Wheat Growers Council") == "CAN"


def test_a_state_s_bank_signs_with_a_foreign_firm(story):
    found = story("Norvane Corp said Beijing Machinery Co agreed to open accounts with its Vermont Savings Bank "
                  "unit in trade with Japan.", dateline="TOKYO")
    assert _country(found, "Vermont Savings Bank") == "USA"


def test_two_word_region(story):
    found = story("The New Jersey Dairy Cooperative urged Mexico on Monday to lift its duty on cheese.",
                  dateline="PARIS")
    assert _country(found, "New Jersey Dairy Cooperative") == "USA"


def test_a_region_inside_the_name_gives_nothing(story):
    found = story("The Pacific Ontario Trading Group urged Mexico on Monday to lift its duty on cheese.",
                  dateline="PARIS")
    assert "CAN" not in {e.country for e in found.entities}
