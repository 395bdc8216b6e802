"""Round 76 (dyads76): in a wire's roundup of stories, each opened by its town in capitals and a plain hyphen
("KAMPALA - Rebels said …"), the town is the story's dateline, not the doer of its first act; before, the town was
parsed as the subject (a place, or a name of no country, as the side) and the doers named after it were left out."""


def _sides(found):
    names = {e.id: e.name for e in found.entities}
    return [([names.get(i, i) for i in e.source], [names.get(i, i) for i in e.target]) for e in found.events]


def test_the_town_of_a_roundup_item_is_no_side(story):
    found = story("Aid workers planned to leave the camps, sources said.\n"
                  "KAMPALA - Ugandan rebels said they attacked an army post near the northern border.\n"
                  "LUSAKA, Zambia - Zambian police arrested a former minister after a failed coup plot.",
                  published="1987-05-12", dateline="NAIROBI")
    sides = _sides(found)
    assert sides
    assert all("Kampala" not in s and "KAMPALA" not in s and "LUSAKA" not in s and "Lusaka" not in s
               for source, target in sides for s in (*source, *target))
