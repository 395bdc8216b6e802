""""Other", "all" or "both" before the members of one state's chamber ("12 other senators", "all congressmen")
count members, not states: the group takes the story's state as a chamber's members do. Before, "other" read as
several states' and the senators had no state. Before a noun of bodies a state has one of ("the other governments")
and before a region's word ("Arab lawmakers") the group stays several states'."""


def _countries(found, sector):
    return {e.country for e in found.entities if (e.id or "").endswith(":" + sector)}


def test_other_senators_are_of_the_story_s_state(story):
    found = story("Senator Jane Holloway of Ohio proposed a tariff on imported steel. The measure, backed by 12 other "
                  "senators, would limit shipments from Japan and South Korea.", dateline="WASHINGTON")
    assert _countries(found, "LEG") == {"USA"}


def test_all_congressmen_are_of_the_story_s_state(story):
    found = story("The farm bill cleared the House on Tuesday. All congressmen from farm states voted for the bill, "
                  "which would raise support prices for corn.", dateline="WASHINGTON")
    assert _countries(found, "LEG") == {"USA"}


def test_the_other_governments_stay_several_states(story):
    found = story("Belgium proposed a new fund for the region. The other governments asked for more time to "
                  "study it, a spokesman said.", dateline="BRUSSELS")
    assert not {c for c in _countries(found, "GOV") if c}


def test_arab_lawmakers_stay_several_states(story):
    found = story("Egypt hosted a meeting on water. Arab lawmakers called for a joint plan on the Nile, the "
                  "agency said.", dateline="CAIRO")
    assert not {c for c in _countries(found, "LEG") if c}
