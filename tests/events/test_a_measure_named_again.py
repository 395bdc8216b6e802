"""A measure a definite noun names again ("will lift the embargo", "imposed the duties on shoes") is the one an
earlier sentence told: an act on it whose own sentence names no other side takes that measure's parties other than
its own side (data/acts_named_again.yaml `parties_only`). The noun carries no date: a measure lifted next year was
not laid then. Not where the story told measures of several parties, nor where a name says whose measure it is."""

from dossier.events import named_again
from tests.events.conftest import countries


def _of(events, type_):
    return [e for e in events if e.type == type_]


def test_measures_carry_parties_and_no_date():
    assert "SANCTION" in named_again.parties_again()["embargo"]
    assert "tariffs" not in named_again.dated_again()
    assert "embargo" not in named_again.named_again()
    assert named_again.parties_again()["deal"] == named_again.named_again()["deal"]


def test_an_embargo_lifted_is_done_to_the_state_it_lay_on(code):
    events, actors = code("Norway imposed an arms embargo on Chile in 1985. Officials said Oslo would lift the "
                          "embargo once the election was held.", published="1987-04-20")
    lifted = [e for e in events if "lift" in (e.trigger or "")]
    assert lifted
    assert countries(lifted[0].source, actors) == {"NOR"}
    assert countries(lifted[0].target, actors) == {"CHL"}


def test_duties_told_again_on_goods_of_no_state(code):
    events, actors = code("Canada imposed heavy duties on Portuguese cork last month. Prime Minister Brian Mulroney "
                          "said he imposed the duties on bottle stoppers and floor tiles to press for talks on "
                          "fishing.", published="1987-04-20")
    laid = [e for e in _of(events, "SANCTION") if "stoppers" in e.evidence[0].text]
    assert laid
    assert countries(laid[0].target, actors) == {"PRT"}


def test_the_earlier_measure_gives_no_date(code):
    events, _ = code("Norway imposed an arms embargo on Chile in 1985. Officials said Oslo would lift the embargo.",
                     published="1987-04-20")
    lifted = [e for e in events if "lift" in (e.trigger or "")]
    assert lifted and all(e.date is None or e.date.start != "1985" for e in lifted)


def test_measures_of_two_parties_name_none(code):
    events, actors = code("Norway imposed an arms embargo on Chile in 1985. Sweden imposed an arms embargo on Peru in "
                          "1986. Officials said Oslo would lift the embargo.", published="1987-04-20")
    lifted = [e for e in events if "lift" in (e.trigger or "")]
    assert lifted
    assert not countries(lifted[0].target, actors) & {"CHL", "PER"}


def test_its_own_measure_lifted(code):
    events, actors = code("Norway imposed an arms embargo on Chile in 1985. Officials said Oslo would lift its "
                          "embargo after the vote.", published="1987-04-20")
    lifted = [e for e in events if "lift" in (e.trigger or "")]
    assert lifted
    assert countries(lifted[0].target, actors) == {"CHL"}


def test_another_party_s_measure_takes_nothing(code):
    events, actors = code("Norway imposed an arms embargo on Chile in 1985. Officials said Madrid would lift its "
                          "embargo after the vote.", published="1987-04-20")
    lifted = [e for e in events if "lift" in (e.trigger or "")]
    assert lifted
    assert not countries(lifted[0].target, actors) & {"CHL", "NOR"}
