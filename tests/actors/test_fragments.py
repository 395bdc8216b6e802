"""Pieces of names are never an actor, whichever stage would take them for one."""

from dossier.actors.fragments import is_fragment


def test_letters_legal_forms_and_words_without_a_capital_are_fragments():
    for piece in ("D", "Co", "the Co", "Inc", "Inc and Co", "Ltd", "cts"):
        assert is_fragment(piece), piece


def test_names_are_not_fragments():
    for name in ("Halvorsen Shipping Co", "OPEC", "Kanemori", "Mr Ito", "eBay"):
        assert not is_fragment(name), name


def test_the_event_coder_takes_no_fragment_for_a_side(analyse):
    for text in ("Peru accused Co of fraud on Monday.", "Peru signed an agreement with Ltd on Monday."):
        doc = analyse(text, "1987-03-01")
        assert doc._.events, text
        sides = {i for e in doc._.events for i in (*e.source, *e.target)}
        assert not {doc._.actors[i].name for i in sides if i in doc._.actors} & {"Co", "Ltd"}, text


def test_a_firms_full_legal_name_keeps_a_first_word_that_is_also_a_title(analyse):
    doc = analyse("General Dynamics Corp said on Tuesday it would close two plants. Admiral Holdings plc said it "
                  "would buy them. General Ortega inspected the troops.", "1987-03-05")
    names = {m.text for m in doc._.mentions}
    assert {"General Dynamics Corp", "Admiral Holdings plc"} <= names
    assert "Dynamics Corp" not in names and "Holdings plc" not in names
    assert "General Ortega" not in names  # a person's title is still no part of the name


def test_a_users_legal_forms_are_seen_by_every_stage(tmp_path):
    from dossier.actors import load

    assert not is_fragment("Kft")  # a Hungarian firm's legal form, not in the shipped lexicon
    mine = tmp_path / "forms.yaml"
    mine.write_text("legal_forms: [Kft]\n", encoding="utf-8")
    load([mine])
    assert is_fragment("Kft") and is_fragment("Zrt and Kft") is False  # "Zrt" is still no form anyone gave
    assert not is_fragment("Kanemori Kft")


def test_words_of_earnings_tables_and_markets_are_no_actors():
    for word in ("Avg", "Revs", "Shr", "GMT", "LIBOR", "Record", "Shr and Avg", "AAA", "Baa-3", "BBB-", "U.S. Dollar"):
        assert is_fragment(word), word
    for name in ("Avery", "Recordati", "Baal", "British Airways", "Net Holdings Inc", "I.C.H.", "U.S. Steel"):
        assert not is_fragment(name), name


def test_an_earnings_table_gives_the_record_no_actor(analyse):
    doc = analyse("Tarwick Industries Inc said its net income rose.\nShr 1.05 dlrs vs 90 cts\nNet 5.2 mln vs 4.1 mln\n"
                  "Revs 61.3 mln vs 55.0 mln\nAvg shrs 4.9 mln\nThe quake measured 5.1 on the Richter scale at "
                  "0415 GMT.", "1987-03-02")
    names = {doc._.actors[m.entity].name for m in doc._.mentions}
    assert not names & {"Shr", "Revs", "Avg", "Richter", "GMT", "Net"}, names
    assert "Tarwick Industries Inc" in names


def test_names_of_things_made_or_measured_are_no_actors():
    for name in ("the Arusha Communique", "Petroleum Revenue Tax", "the Lake Victoria Fisheries Act", "the Treaty of "
                 "Mombasa", "the Nairobi Accords", "Hang Seng Index", "the Constitution", "U.S. GDP", "GNP",
                 "the Andean Cocoa Agreement", "Lagos Fisheries Agreements", "Andean Cocoa Agreement (ACA"):
        assert is_fragment(name), name


def test_bodies_and_people_whose_names_hold_a_thing_word_stay_actors():
    # a pact, a programme, a foundation or an office acts; "ACT" may be a territory; "Law" ends people's names
    for name in ("Warsaw Pact", "World Food Programme", "Tax Foundation", "Office of Management and Budget",
                 "Bank of England", "ACT", "Andrew Bonar Law", "Budget Committee", "Index Ventures",
                 "General Agreement on Tariffs and Trade", "Andean Cocoa Agreement Council"):
        assert not is_fragment(name), name


def test_the_event_coder_takes_no_thing_for_a_side(analyse):
    doc = analyse("The ministers of Kenya and Uganda endorsed the Arusha Communique on regional trade.", "1987-03-01")
    assert doc._.events
    sides = {doc._.actors[i].name for e in doc._.events for i in (*e.source, *e.target) if i in doc._.actors}
    countries = {doc._.actors[i].country for e in doc._.events for i in (*e.source, *e.target) if i in doc._.actors}
    # (Uganda's ministers endorse beside Kenya's: Uganda is on a side as its officials, not as the state endorsed)
    assert "UGA" in countries and not any("Communique" in n for n in sides), sides


def test_an_agreement_named_as_such_is_no_side(analyse):
    doc = analyse("Ghana said on Monday it was ready to back an extension of the Andean Cocoa Agreement.", "1987-03-01")
    sides = {doc._.actors[i].name for e in doc._.events for i in (*e.source, *e.target) if i in doc._.actors}
    assert "Ghana" in sides and not any("Agreement" in n for n in sides), sides
