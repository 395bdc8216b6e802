"""A participle of opening with no subject of its own ("starting on April 29", "beginning Monday") on an act's verb
or noun gives the act's time, as "from April 29" does; not a participle with a subject or clause of its own.
Sentences written for these tests (article date given)."""


def _dates(code, text, kind):
    events, _ = code(text, "1987-03-24")
    return [e.date.start if e.date else None for e in events if e.type == kind]


def test_a_visit_starting_on_a_day_is_dated_by_it(code):
    assert _dates(code, "The Kenyan president will make a visit to Uganda starting on April 29.",
                  "CONSULT") == ["1987-04-29"]


def test_talks_beginning_on_a_day_are_dated_by_it(code):
    assert _dates(code, "Talks between Kenya and Uganda starting on Monday will cover fishing rights.",
                  "CONSULT") == ["1987-03-30"]


def test_a_participle_with_an_act_of_its_own_keeps_the_main_acts_day(code):
    assert _dates(code, "Kenya closed the border with Uganda on Sunday, starting a trade war.",
                  "SANCTION") == ["1987-03-22"]
