"""A noun of an act with a past participle of doing it hung on it takes the participle's time ("a complaint lodged
against the firm in 1991", "the accord signed with Chile in 1996"); a participle of another act on the noun gives
the noun no time, and a participle with no time of its own dates nothing."""


def _dates(code, text, ptype):
    events, _ = code(text, "2024-06-27")
    return [(e.trigger, e.date.start if e.date else None) for e in events if e.type == ptype]


def test_a_suit_filed_in_a_year(code, nlp):
    from dossier.events.component import coding_with
    with coding_with(nlp, keep_trade=True):  # firms of two states: their trade since round 80; the date is read alike
        found = _dates(code, "The appeal stems from a suit filed by Siemens against Philips in 1991.", "ACCUSE")
    assert ("suit", "1991") in found, found


def test_a_suit_filed_on_a_day(code):
    found = _dates(code, "The judge will hear a suit filed by Siemens against Philips on Monday.", "ACCUSE")
    assert ("suit", "2024-06-24") in found, found


def test_a_suit_filed_with_no_time_stays_undated(code):
    found = _dates(code, "The appeal stems from a suit filed by Siemens against Philips over patents.", "ACCUSE")
    assert found and all(d is None for _, d in found), found


def test_a_time_of_the_main_verb_is_not_the_suit_s(code):
    found = _dates(code, "A judge dismissed on Monday a suit Siemens filed against Philips in 1991.", "ACCUSE")
    assert ("suit", "2024-06-24") not in found, found


def test_an_act_on_the_noun_is_not_dated_by_its_participle(code):
    events, _ = code("Ghana lifted the sanctions imposed on Togo in 2019.", "2024-06-27")
    lifted = [e for e in events if e.trigger == "lifted"]
    assert lifted and all(e.date is None for e in lifted), [(e.type, e.trigger, e.date) for e in events]
