"""A national minister the Phoenix dictionary lists only for his six months as president of the EC's (EU's) Council
of Ministers ("# president of the CoEU from X"): the state its note names is his country, outside that term too (a
foreign secretary of the 1980s or 1990s is that state's, not an actor of no country); one who also held another
international body's office (a later secretary general of NATO) keeps none."""

from dossier.actors.convert import actor_entry
from dossier.actors.tabari import read_actors

NOTED = """PIETER_VANDAMME_\t[IGOEUREEC 910101-910630] # president of the CoEU from BELGIUM# IGOrulers.txt
OTTO_BRANDLMEIER_\t[IGOEUREEC 820701-821231][IGOEUREEC 870101-870630] # president of the CoEU from WEST_GERMANY# IGOrulers.txt
LUIS_ARRANZ_\t[IGOEUREEC 890101-890630][IGOWSTNAT 900101-931231] # president of the CoEU from SPAIN# IGOrulers.txt
"""


def test_the_noted_state_is_the_minister_s_country():
    entries = {r.phrases[0]: actor_entry(r, own_codes=False) for r in read_actors(NOTED)}
    section, vandamme = entries["PIETER_VANDAMME_"]
    assert section == "people" and vandamme["country"] == "BEL"
    assert [r["cameo"] for r in vandamme["roles"]] == ["IGOEUREEC"]
    assert entries["OTTO_BRANDLMEIER_"][1]["country"] == "DEU"  # West Germany, as the states data names it


def test_a_later_head_of_another_international_body_keeps_no_country():
    entries = {r.phrases[0]: actor_entry(r, own_codes=False) for r in read_actors(NOTED)}
    assert "country" not in entries["LUIS_ARRANZ_"][1]


def test_a_foreign_secretary_outside_his_presidency_is_his_state_s(story, by_name):
    result = story("Douglas Hurd told Parliament on Tuesday that Britain would press its partners for a common "
                   "line on the dispute.", published="1990-10-02")
    assert by_name(result)["Douglas Hurd"].country == "GBR"
    result = story("Geoffrey Howe flew to Lusaka to press Zambia on sanctions, the British government said.")
    assert by_name(result)["Geoffrey Howe"].country == "GBR"
