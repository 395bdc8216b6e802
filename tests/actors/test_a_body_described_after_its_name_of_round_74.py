"""Round 74 (dyads74): a name set off by a comma before "the <demonym> <lower-case words> <a body's noun>" ("SACE, the
Italian export credit agency,") is that state's body, whatever the tagger read the name as (a person, before: of
no state). A description of a firm or a person, or one with a capitalised name in it, is read as before."""


def _named(found, name):
    return next(e for e in found.entities if e.name == name)


def test_an_agency_described_after_a_comma_is_the_state_s(story):
    found = story("The loan was signed here by Nigerian Finance Minister Chu Okongwu after talks with SACE, the Italian "
                  "export credit agency, they said.", dateline="PARIS")
    body = _named(found, "SACE")
    assert (body.country, body.kind) == ("ITA", "government")


def test_a_firm_described_after_a_comma_keeps_the_old_reading(story):
    found = story("Ghana signed a deal with Sofrex, the Belgian engineering company, officials said.",
                  dateline="ACCRA")
    assert _named(found, "Sofrex").kind != "government"


def test_a_capitalised_name_after_the_comma_is_no_description(story):
    found = story("Beans pledged by Oamcaf, the Central and Malagasy Cocoa Board, were taken back.",
                  dateline="LONDON")
    assert _named(found, "Oamcaf").kind != "government"  # read as before
