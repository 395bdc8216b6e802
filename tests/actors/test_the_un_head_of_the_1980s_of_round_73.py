"""Round 73 (dyads73): the UN's secretary-general of 1982-1991 acts for the UN while in office, as the list of heads
of international bodies gives its later heads (before: the converted dictionaries' record of him as his state's elite
for his whole life made him Peru's, a state's side, in a story of 1987)."""


def _person(found, word):
    return next(e for e in found.entities if e.kind == "person" and word in e.name)


def test_the_un_head_in_office_is_the_un_s(story):
    found = story("The UN chief, Javier Perez de Cuellar, asked Chad for a truce on Sunday. Perez de Cuellar "
                  "later met Libyan envoys.", dateline="NEW YORK", published="1987-05-04")
    person = _person(found, "Cuellar" if any("Cuellar" in e.name for e in found.entities) else "Cuéllar")
    assert (person.country, person.cameo) == (None, "IGOUNO")


def test_out_of_office_he_is_his_state_s_again(story):
    found = story("Former U.N. chief Javier Perez de Cuellar met Chilean officials in Lima.", dateline="LIMA",
                  published="1995-03-02")
    person = _person(found, "Cu")
    assert person.country == "PER"
