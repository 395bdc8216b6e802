"""An act told first in the present perfect, with no time of its own, and made known after a comma by a saying told
on a day ("… has resigned, officials announced on Wednesday"), the lede of a news page, takes the saying's day. The
past perfect, the simple past, an undated saying, a saying told by a week, and a plan keep no date. Sentences
written for these tests; the article is of Wednesday 31 January 2018."""

import pytest

from dossier.pipeline import process_text

PUBLISHED = "2018-01-31"


def _dates(text):
    return [(e.type, e.date.start if e.date else None) for e in process_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text, day", [
    ("The head of the Kenyan health agency has resigned over conflicts of interest, government officials announced "
     "on Wednesday.", "2018-01-31"),
    ("Kenya has shut its border with Uganda, the interior ministry said on Tuesday.", "2018-01-30"),
    ("Uganda has expelled two Kenyan diplomats, the foreign ministry announced on Monday.", "2018-01-29"),
])
def test_a_just_done_act_takes_the_day_it_was_made_known(text, day):
    dates = _dates(text)
    assert dates and all(d == day for _, d in dates)


@pytest.mark.parametrize("text", [
    "Kenya shut its border with Uganda, the interior ministry said on Tuesday.",
    "Kenya had shut its border with Uganda, the interior ministry said on Tuesday.",
    "Kenya has shut its border with Uganda, the interior ministry said.",
    "Kenya has shut its border with Uganda, the interior ministry said last week.",
    "Kenya will shut its border with Uganda, the interior ministry said on Tuesday.",
])
def test_other_tenses_and_undated_sayings_keep_no_date(text):
    dates = _dates(text)
    assert dates and all(d is None for _, d in dates)
