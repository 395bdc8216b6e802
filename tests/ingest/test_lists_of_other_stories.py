"""Furniture a wire service's or a portal's page leaves in its body (ingest/header_patterns.yaml): a heading of its
other stories on a topic ("What you need to know", "Also Read", "Related Topics") with the
headlines and summaries listed under it, a link to another story set off by a bar or a dash ("ALSO READ | …"), and
a pointer to the service's other coverage ("Follow our coverage at https://…"). Sentences that begin with the same
words, and prose after such a heading, stay. Texts written here."""

import pytest

from dossier.ingest.header import drop_boilerplate

STORY = "Kenya reopened two border posts on Monday."
AFTER = "Officials said trade would resume within days."


@pytest.mark.parametrize("furniture", [
    "WHAT YOU NEED TO KNOW ABOUT RIVER FLOODING:\n"
    "\u2014 Farmers count the cost as the river stays high in the western counties of the valley after a week\n"
    "\u2014 Uganda sends pumps to the border towns",
    "What you need to know\n- Ferry services suspended on the lake",
    "Here’s what you need to know:\n- Ferry services suspended on the lake",
    "Also Read\nMarkets update: bank shares dip; tea exporters rise 2%\nMarkets update: bank shares mixed",
    "Related Topics\nBorder - Trade - Weather",
    "ALSO READ | Tanzania names a new envoy to Nairobi",
    "Read more \u2013 How the floods closed the border",
    "Also read: Tanzania names a new envoy to Nairobi",
    "Follow our coverage at https://news.example.com/floods",
    "Follow The Ledger's live coverage of the floods here.",
])
def test_lists_of_other_stories_and_pointers_are_dropped(furniture):
    assert drop_boilerplate(f"{STORY}\n{furniture}\n{AFTER}") == f"{STORY}\n{AFTER}"


@pytest.mark.parametrize("line", [
    "What you need to know is that the border is open, the minister said.",
    "Also, read the fine print, traders were told by the customs office.",
    "Follow-up talks on the coverage of the trade deal are due in March.",
    "Related talks are due next month.",
])
def test_sentences_that_open_with_the_same_words_stay(line):
    assert drop_boilerplate(f"{STORY}\n{line}\n{AFTER}") == f"{STORY}\n{line}\n{AFTER}"


def test_prose_after_such_a_heading_stays():
    text = f"{STORY}\nHere's what you need to know:\nThe posts open from 6 a.m. to 6 p.m. every day.\n{AFTER}"
    assert drop_boilerplate(text) == f"{STORY}\nThe posts open from 6 a.m. to 6 p.m. every day.\n{AFTER}"
