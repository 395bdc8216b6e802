"""Words of the business pages that name no act (events/patterns/none_figures_and_dues.yaml): a figure that declines
to an amount, a sum due that is met, a result a mine yields, a sector a firm targets, a need recognised, prices freed,
a minister's standing undermined; and the refusals, meetings, attacks and releases beside them that stay."""

import pytest


def _on(events, word: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events if word in e.trigger.split(" … ")]


@pytest.mark.parametrize("text, word", [
    # a figure that declines to, from or by an amount
    ("Japanese car output declined to 610,000 units in March from 655,000 in February.", "declined"),
    ("Ford said its U.S. truck sales declined to 80,114 from 91,020 a year ago.", "declined"),
    ("Chilean copper exports declined by 12 pct in the season, the ministry said.", "declined"),
    # a sum due that is (not) met
    ("Zaire has said it will be unable to meet interest repayments and principal falling due in 1988.", "meet"),
    ("Bolivia said last week it could not meet the installments due to the Paris Club this year.", "meet"),
    # business senses of words of acts
    ("Toronto-based Aurex Mines said the north zone of its Quebec claim yielded assay results of 0.9 ounces of gold "
     "a ton.", "yielded"),
    ("The Swedish engineering group has targeted medical equipment as a sector in which to grow.", "targeted"),
    ('"Sony has recognized the need for a single standard for the new discs," the analyst told Reuters.',
     "recognized"),
    ("Argentina has freed all prices for the first time since 1970.", "freed"),
    ("The scandal could undermine the standing of the Japanese trade minister, Hajime Tamura.", "undermine"),
])
def test_the_word_names_no_act_here(code, text, word):
    events, _ = code(text)
    assert not _on(events, word), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word, type_", [
    ("Chile declined the Bolivian offer of talks on the border.", "declined", "REJECT"),
    ("The Peruvian ministry declined to sign the fisheries accord with Ecuador.", "declined", "REJECT"),
    ("Argentina declined an invitation from Britain to attend the conference.", "declined", "REJECT"),
    ("Quito refused to extradite the banker to Lima.", "refused", "REJECT"),
    ("Ecuador's finance minister will meet the creditor banks in New York next week.", "meet", "CONSULT"),
    ("The Philippines said it would meet the banks' negotiators in New York next week.", "meet", "CONSULT"),
    ("The rebels targeted an army post near the Colombian border, killing four soldiers.", "targeted", "ASSAULT"),
    ("Uruguay yielded to pressure from Argentina and closed the bridge.", "yielded", "CONCEDE"),
    ("Britain recognized the new government in Kabul on Monday.", "recognized", "SUPPORT"),
    ("Iraq freed two French journalists held since March.", "freed", "RETREAT"),
])
def test_refusals_meetings_attacks_and_releases_beside_them_stay(code, text, word, type_):
    events, _ = code(text)
    assert (type_, word) in _on(events, word), [(e.type, e.trigger) for e in events]
