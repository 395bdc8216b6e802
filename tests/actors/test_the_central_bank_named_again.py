"""'The central bank' with "the" alone is the central bank the story named before (the same noun with its state, or
a state's bank by its name), else the central bank of the state the story is about; never one of two states' banks
named before, nor an export bank, nor a state only named nearby. Sentences written for these tests."""

from tests.actors.conftest import mention_countries


def _sources(found, word):
    """The countries of the source actors of the events whose sentence holds that word."""
    countries = {e.id: e.country for e in found.entities}
    return {countries.get(s) for ev in found.events if word in ev.evidence[0].text for s in ev.source}


def test_the_same_noun_named_before_with_its_state(story):
    found = story("Peru's central bank raised its lending rate on Monday. The central bank also urged Ecuador to "
                  "settle its trade arrears.")
    assert _sources(found, "Ecuador") == {"PER"}


def test_a_state_s_bank_named_before_by_its_name(story):
    found = story("The Bank of England bought sterling in the morning. Later the central bank warned France "
                  "against new curbs on capital.")
    assert _sources(found, "France") == {"GBR"}
    found = story("The Bundesbank left its rates unchanged. The central bank asked Italy to cut its deficit.")
    assert _sources(found, "Italy") == {"DEU"}


def test_the_story_s_state_where_no_bank_was_named(story):
    found = story("Kenya's inflation rose in June. Kenya's exports of tea fell by a tenth. The central bank asked "
                  "Uganda to pay for the power it buys.")
    assert _sources(found, "Uganda") == {"KEN"}


def test_no_country_where_banks_of_two_states_were_named(story):
    found = story("The Bundesbank and the Bank of England met in Basle. The central bank urged Spain to act.")
    assert _sources(found, "Spain") <= {None}


def test_an_export_bank_named_before_is_no_central_bank(story):
    found = story("The Export-Import Bank of Japan lent money to Chile. The central bank urged Bolivia to pay.")
    assert "JPN" not in _sources(found, "Bolivia")


def test_a_central_bank_with_another_word_is_read_as_before(story):
    found = story("Japan and Brazil signed a trade pact. A central bank urged Chile to pay its debts.")
    assert mention_countries(found, "central bank") == set()
