"""Actors that had no country or body on the wire of round 69: the lenders and committees of the World Bank's group
and of the EC, the developing states' caucus and a US agency read as unknown names; a state's own commercial banks
read as its lenders; and "the ministers" of a story told of one international body read as officials of no state."""


def _ids(found):
    return {e.id: e for e in found.entities}


def test_the_world_bank_s_affiliates_and_the_ec_s_bank_are_international_bodies(story):
    found = story("Ruritania will receive 60 mln dlrs in loans from the European Investment Bank and the "
                  "International Development Association, its planning minister said. The International Finance "
                  "Corp will take a stake in a new fund for its firms.", dateline="AMMAN")
    kinds = {e.name: e.kind for e in found.entities}
    assert kinds.get("European Investment Bank") == "igo"
    assert kinds.get("International Development Association") == "igo"
    assert kinds.get("International Finance Corporation") == "igo"


def test_the_ec_s_committees_and_the_group_of_77(story):
    found = story("Proposals will come from the Committee of Central Bank Governors, and later from the EC's "
                  "Monetary Committee. Delegates of 40 states met ahead of the Group of 77 meeting in Lima.",
                  dateline="BRUSSELS")
    kinds = {e.name: (e.kind, e.country) for e in found.entities}
    assert kinds.get("EC Monetary Committee") == ("igo", None)
    assert kinds.get("Committee of Central Bank Governors") == ("igo", None)
    assert kinds.get("Group of 77") == ("igo", None)


def test_a_us_agency_by_its_full_name(story):
    found = story("A team of the Overseas Private Investment Corp visited Lagos last month, its head said.")
    assert {e.country for e in found.entities if e.name.startswith("Overseas Private")} == {"USA"}


def test_a_state_s_own_commercial_banks(story):
    found = story("Qatar's 12 commercial banks were told by the central bank to open on Saturdays from next month.",
                  dateline="DOHA")
    assert "agent:QAT:BUS" in _ids(found)
    assert "agent:---:BUS" not in _ids(found)


def test_a_debtor_s_creditor_banks_stay_its_lenders(story):
    found = story("Peru's 270 creditor banks will meet its negotiators next week, a banker said.", dateline="LIMA")
    assert "agent:PER:BUS" not in _ids(found)


def test_commercial_banks_alone_stay_of_no_state(story):
    found = story("Ruritania will meet commercial banks in New York next week to seek new loans, its finance "
                  "minister said.")
    assert "agent:---:BUS" in _ids(found)


def test_the_ministers_of_a_story_told_of_the_ec(story):
    found = story("European Community farm ministers failed to agree on a milk quota cut after ten hours of talks, "
                  "EC officials said. The ministers will meet again on Monday. The EC Commission proposed the cut "
                  "in January, and EC diplomats said the Commission would not drop it.", dateline="BRUSSELS")
    meets = [e for e in found.events if e.type == "CONSULT"]
    assert meets and all("agent:---:GOV" not in e.source for e in meets)
    assert any("org:european-community" in e.source for e in meets)


def test_ministers_of_a_story_told_of_a_state_stay_as_they_were(story):
    found = story("Ruritanian ministers met farmers' leaders on Monday. The ministers will meet them again on "
                  "Friday, the farm ministry said. Ruritania's farmers want higher prices.", dateline="LIMA")
    assert "org:european-community" not in _ids(found)
    assert all(e.kind != "igo" for e in found.entities)


def test_counted_ministers_of_a_story_told_of_the_ec_are_not_the_body(story):
    found = story("EC foreign ministers met in Brussels today. Britain said two ministers had backed its plan, EC "
                  "diplomats said. The EC Commission opposed it, and the EC will decide in May.", dateline="BRUSSELS")
    counted = {m.entity for m in found.mentions if m.text.lower() in ("ministers", "two ministers")}
    assert "org:european-community" not in counted
