"""Three senses that name no act between parties: one's power or influence undermined (a harm told, no SANCTION
160), one's own economy, administration or fortunes revived (no AGREE 030), and a body that "groups" its members
(its make-up, no meeting). patterns/none.yaml, patterns/none_figures_and_dues.yaml. Talks or ties revived, and a
party undermined by arms, stay. Sentences written for these tests."""

import pytest


def acts(events):
    return [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Long strikes in Ruritania had undermined the unions' power and popularity, an economist in Fredonia said.",
     "undermined"),
    ("The Ruritanian president's decrees have weakened the influence of the Fredonian lobby in parliament.",
     "weakened"),
    ("The Fredonian premier and his new ministers are trying to revive an administration shaken by the Ruritanian "
     "arms affair.", "revive"),
    ("Ruritania announced tax cuts to revive the economy after a meeting with Fredonian bankers.", "revive"),
    ("The Gulf council groups four Ruritanian allies and two Fredonian neighbours.", "groups"),
    ("The new trade bloc groups Ruritania, Fredonia and three smaller states.", "groups"),
])
def test_no_act_between_parties(code, text, word):
    events, _ = code(text)
    assert [t for t, w in acts(events) if w == word] == [], (text, acts(events))


@pytest.mark.parametrize("text, word, type_", [
    ("Ruritania wants to revive its ties with Fredonia.", "revive", "AGREE"),
    ("Ruritania tried to undermine the Fredonian government by arming the rebels.", "undermine", "SANCTION"),
])
def test_acts_between_parties_stay(code, text, word, type_):
    events, _ = code(text)
    assert type_ in [t for t, w in acts(events) if w == word], (text, acts(events))
