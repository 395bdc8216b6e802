"""The other party of an act done in talks, where the sentence names it only in the talks told before the act: in
the clause the act's verb is joined to, or beside the doer's name (roles/reading.py `earlier_talks_partners`).
Sentences of our own."""

import pytest

from tests.events.conftest import names


def _targets(events, actors, kind: str) -> list[list[str]]:
    return [sorted(names(e.target, actors)) for e in events if e.type == kind]


@pytest.mark.parametrize("text, kind, party", [
    ("Kenya held talks with Uganda on Monday and agreed to reopen the border.", "AGREE", "Uganda"),
    ("Japan will open negotiations with Canada next week and will ask for lower duties on cars.", "REQUEST",
     "Canada"),
    ("Zambia's finance minister, in talks with the World Bank, asked for new loans.", "REQUEST", "World Bank"),
])
def test_the_talks_partner_is_the_target_of_the_act_done_in_them(code, text, kind, party):
    events, actors = code(text)
    targets = _targets(events, actors, kind)
    assert len(targets) == 1 and any(party in n for n in targets[0]), targets


def test_another_doer_or_a_sanction_takes_no_partner_of_those_talks(code):
    events, actors = code("Kenya held talks with Uganda while Tanzania agreed to reopen the border.")
    assert _targets(events, actors, "AGREE") == [[]], _targets(events, actors, "AGREE")
    events, actors = code("Kenya held talks with Uganda and then raised tariffs on sugar.")
    assert _targets(events, actors, "SANCTION") == [[]], [(e.type, e.target) for e in events]
