"""A line of an actor dictionary that is an editor's note without its comment mark ("Source: a list of firms"), a
label and a colon before a space, is no phrase: it is skipped (and reported), not made the name of the next record,
whose codes it would otherwise share. A phrase whose words a colon and an underscore join stays a phrase, and a
phrase without codes still joins the next record. Dictionaries written for these tests."""

from dossier.actors.tabari import read_actors

NOTED = """BORVIA_STEELWORKS_\t[MNCRUT]
Source: a list of the region's firms
ALDER_AND_PINE_TIMBER_\t[MNCRUT]\t# timber
Note: checked in spring
KESTREL_FREIGHT_\t[MNCRUT]
"""


def test_a_note_is_no_phrase_and_is_reported():
    problems: list[str] = []
    records = read_actors(NOTED, "firms.txt", problems)
    assert [r.phrases for r in records] == [["BORVIA_STEELWORKS_"], ["ALDER_AND_PINE_TIMBER_"], ["KESTREL_FREIGHT_"]]
    assert len(problems) == 2 and all("a note" in p for p in problems)


def test_a_phrase_joined_by_a_colon_and_an_underscore_stays_a_phrase():
    records = read_actors("HILLWATCH:_RIGHTS_MONITOR_\t[NGORUT]\n")
    assert [r.phrases for r in records] == [["HILLWATCH:_RIGHTS_MONITOR_"]]


def test_a_phrase_without_codes_still_joins_the_next_record():
    records = read_actors("OLD_NAME_OF_THE_MILL_\nNEW_NAME_OF_THE_MILL_\t[MNCRUT]\n")
    assert [r.phrases for r in records] == [["OLD_NAME_OF_THE_MILL_", "NEW_NAME_OF_THE_MILL_"]]
