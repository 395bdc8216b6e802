"""One who comments on the news and tells what he expects a party to do ("X, editor of the newsletter Y, expects OPEC
to meet before June") is the teller: neither he nor the newsletter or firm that qualifies him is a party to the act he
foresees (events/roles/data/no_party.yaml "expecting", model.is_speaker). The other party a sentence names stays.
Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts, names


@pytest.mark.parametrize("text", [
    "John Hale, an analyst at Petro Reports, expects OPEC to meet before June.",
    "Ruth Adler, editor of the Gulf Energy Letter, predicts that OPEC will meet again in the autumn.",
])
def test_the_commentator_s_newsletter_is_no_party(code, text):
    events, actors = code(text)
    meetings = [e for e in events if e.type == "CONSULT"]
    assert meetings, found_acts(events)
    assert not any({"Petro Reports", "Gulf Energy Letter"} & names(e.target, actors) for e in meetings), \
        [(e.type, names(e.target, actors)) for e in meetings]


def test_the_other_party_named_stays(code):
    events, actors = code("John Hale, an analyst at Petro Reports, expects Iran to meet Iraq in Geneva next month.")
    assert [e for e in events if e.type == "CONSULT" and "Iraq" in names(e.target, actors)], found_acts(events)
