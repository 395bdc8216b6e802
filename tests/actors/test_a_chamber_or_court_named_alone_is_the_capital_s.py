"""A chamber or a court named by a noun any state's such body may bear, without its state ("the House of
Representatives", "the Supreme Court", "the Senate"), in a story told from a state's capital, is that state's body,
whatever other states the story names: the wire writes "the House" for its own capital's chamber and names another
state's ("Nicaragua's National Assembly"). Before, such a name in a story about other states had no state at all."""


def _countries(found, word):
    return {e.country for e in found.entities if word in e.name or word.lower() in e.name.lower()}


def test_the_house_of_a_washington_story_about_central_america(story):
    found = story("The House of Representatives voted on Thursday to halt aid to the rebels fighting Honduras, "
                  "and Guatemala complained. Honduras thanked the lawmakers.", dateline="WASHINGTON")
    event = next(e for e in found.events if e.type == "SANCTION")
    sources = {e.id: e for e in found.entities}
    assert [sources[i].country for i in event.source] == ["USA"]


def test_the_supreme_court_of_a_washington_story_about_a_debtor(story):
    found = story("The Supreme Court refused on Monday to hear an appeal by Peru in a dispute with Chile over "
                  "old railway bonds. Peru had asked for a new hearing.", dateline="WASHINGTON")
    court = [e for e in found.entities if e.cameo and e.cameo.endswith("JUD")]
    assert court and {e.country for e in court} == {"USA"}


def test_the_high_court_of_a_london_story(story):
    found = story("The High Court ruled on Friday that Argentina must repay the bond holders, and Brazil "
                  "watched the case closely.", dateline="LONDON")
    court = [e for e in found.entities if e.cameo and e.cameo.endswith("JUD")]
    assert court and {e.country for e in court} == {"GBR"}


def test_another_state_s_chamber_named_with_its_state_keeps_its_state(story):
    found = story("Nicaragua's National Assembly voted on Thursday to expel two diplomats from Honduras.",
                  dateline="WASHINGTON")
    assembly = [e for e in found.entities if "Assembly" in e.name or (e.cameo or "").endswith("LEG")]
    assert assembly and {e.country for e in assembly} == {"NIC"}


def test_no_capital_gives_no_capital_s_state(story):
    found = story("The Supreme Court refused on Monday to hear an appeal by Peru in a dispute with Chile over "
                  "old railway bonds.", dateline="GENEVA")
    assert "USA" not in {e.country for e in found.entities}
