"""Page furniture left in an extracted body, and web datelines a page writes its own way."""

import pytest

from dossier.ingest.document import document_from_text
from dossier.ingest.header import drop_boilerplate, read_dateline


def test_links_to_other_stories_and_advertisement_markers_are_dropped():
    text = ("Kenya reopened two border posts on Monday.\n"
            "READ MORE: Uganda weighs new tariffs on imported sugar\n"
            "Advertisement\n"
            "Related: What the border closure cost traders\n"
            "Updated at 4:05 p.m.\n"
            "___\n"
            "Officials said trade would resume within days.")
    assert drop_boilerplate(text) == ("Kenya reopened two border posts on Monday.\n"
                                      "Officials said trade would resume within days.")


@pytest.mark.parametrize("line", [
    "The ad campaign ran for a week.",
    "Watch out for new rules, the Kenyan minister said: none are planned.",
    "Updated figures showed trade fell 3 percent.",
    "Related talks are due next month.",
])
def test_sentences_that_start_like_furniture_stay(line):
    assert drop_boilerplate(line) == line


def test_prompts_to_subscribe_to_the_outlet_s_newsletters_are_dropped():
    text = ("Kenya reopened two border posts on Monday.\n"
            "Subscribe to The Daily Ledger's newsletters.\n"
            "Sign up for our morning briefing email\n"
            "Sign Up: Get the top stories in your inbox every day.\n"
            "Thanks for signing up!\n"
            "Have the day's headlines land in your inbox. Subscribe to The Ledger's alerts.\n"
            "Officials said trade would resume within days.")
    assert drop_boilerplate(text) == ("Kenya reopened two border posts on Monday.\n"
                                      "Officials said trade would resume within days.")


@pytest.mark.parametrize("line", [
    "The minister urged exporters to sign up for the new customs scheme.",
    "Ghana agreed to subscribe to the regional early-warning system for floods.",
    "Subscribers to the bank's bond issue were paid in full, the treasury said.",
    "Voters found the leaflets in their inbox. Signing up for the draft was not required, officials said.",
])
def test_sentences_about_signing_up_stay(line):
    assert drop_boilerplate(line) == line


def test_a_page_body_loses_its_furniture_but_keeps_its_id():
    plain = document_from_text("p.html", "Kenya reopened two border posts on Monday.\nOfficials said trade would "
                                         "resume.", header=False)
    furnished = document_from_text("q.html", "Kenya reopened two border posts on Monday.\nREAD MORE: Uganda weighs "
                                             "tariffs\nOfficials said trade would resume.", header=False)
    assert furnished.text == plain.text
    assert furnished.id != plain.id  # the id is the text as read, so that stores built before keep theirs


@pytest.mark.parametrize("text, place, agency, rest", [
    ("THE HAGUE, Netherlands -- The court ruled on Friday.", "THE HAGUE", None, "The court ruled on Friday."),
    ("NAIROBI (Reuters) - Kenya said on Friday.", "NAIROBI", "Reuters", "Kenya said on Friday."),
    ("(Reuters) \u2014 The Kenyan attorney general is investigating a lender.", "", "Reuters",
     "The Kenyan attorney general is investigating a lender."),
    ("KAMPALA, Uganda (AP) \" The Ugandan government said on Saturday.", "KAMPALA", "AP",
     "The Ugandan government said on Saturday."),
    ("Hong Kong (Wire Business)Asian markets were mixed on Tuesday.", "HONG KONG", "Wire Business",
     "Asian markets were mixed on Tuesday."),
])
def test_web_datelines(text, place, agency, rest):
    found = read_dateline(text)
    assert (found.place, found.agency, found.rest) == (place, agency, rest)


@pytest.mark.parametrize("text", [
    "Kenya (the larger economy) said on Friday it would reopen the posts.",
    "The (new) Senate voted on Friday.",
    "Hong Kong (the city) reopened on Friday.",
])
def test_parentheses_in_a_sentence_are_no_dateline(text):
    assert read_dateline(text) is None


def test_a_page_dateline_of_the_agency_alone_leaves_no_place():
    doc = document_from_text("p.html", "(Reuters) \u2014 The Kenyan attorney general is investigating a lender.",
                             header=False)
    assert doc.dateline is None and doc.text.startswith("The Kenyan attorney general")


def test_a_dateline_after_a_page_s_teaser_line_is_taken_off():
    doc = document_from_text("p.html", "Two neighbours end a long dispute over a river border\n"
                                       "THE HAGUE, Netherlands -- The court ruled on Friday that the river is shared.",
                             header=False)
    assert doc.dateline == "THE HAGUE"
    assert doc.text.endswith("\nThe court ruled on Friday that the river is shared.")
