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
    ("THE HAGUE, Netherlands -- The court ruled on Friday.", "THE HAGUE, Netherlands", None,
     "The court ruled on Friday."),
    ("NAIROBI (Reuters) - Kenya said on Friday.", "NAIROBI", "Reuters", "Kenya said on Friday."),
    ("(Reuters) \u2014 The Kenyan attorney general is investigating a lender.", "", "Reuters",
     "The Kenyan attorney general is investigating a lender."),
    ("KAMPALA, Uganda (AP) \" The Ugandan government said on Saturday.", "KAMPALA, Uganda", "AP",
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
    assert doc.dateline == "THE HAGUE, Netherlands"
    assert doc.text.endswith("\nThe court ruled on Friday that the river is shared.")


def test_links_credits_comments_and_follow_lines_are_dropped():
    text = ("Kenya reopened two border posts on Monday.\n"
            "GET THE LEDGER ON YOUR PHONE BY CLICKING HERE\n"
            "Click here to read our guide to the trade corridor\n"
            "Get access to the Ledger's premium subscriptions service for as little as $5 for the first year.\n"
            "Get the Coast Weekly delivered to your letterbox every month. 12 issues for $20.\n"
            "Maria Otieno contributed reporting from Kisumu.\n"
            "Ledger writers Ann Wafula, John K. Mbeki and Paul Oduor contributed to this report.\n"
            "Additional reporting by Sam Njoroge in Mombasa\n"
            "SOURCE: Ledger staff and wire services\n"
            "Filed under: Trade | Kenya\n"
            "This story has been adapted from its original source.\n"
            "Comments\n"
            "14 comments\n"
            "Tell us what YOU think...\n"
            "Like this article? Pass it on to a friend!\n"
            "Follow the Ledger's desk on Twitter, Facebook and Instagram.\n"
            "Ruth Kamau covers trade for the Ledger. Follow her on Twitter @ruthk.\n"
            "Have a tip? Our reporter can be reached at desk@example.com.\n"
            "Got a news tip? Write to the desk at tips@example.com.\n"
            "[Related: Uganda weighs new tariffs on imported sugar]\n"
            "See more: Traders count the cost of a closed border\n"
            "Also on example.com Tanzania opens a new port terminal\n"
            "If you buy something through this page, the Ledger may earn a small fee.\n"
            "Border Trade Newsletter\n"
            "More where that came from. Sign up for The Daily Ledger to get the free morning newsletter in your "
            "inbox.\n"
            "Officials said trade would resume within days.")
    assert drop_boilerplate(text) == ("Kenya reopened two border posts on Monday.\n"
                                      "Officials said trade would resume within days.")


@pytest.mark.parametrize("line", [
    "Kenya contributed troops to the regional force, the ministry said.",
    "Two ministers contributed to the report on the floods, which was published on Monday.",
    "Thousands follow the minister on Twitter, where she posted the plan on Monday.",
    "Sources said the talks would resume next week.",
    "Getting access to clean water is still hard for two million people, the agency said.",
    "The court heard more than 40 comments from the public before it ruled.",
    "Also on Monday, Uganda reopened its side of the border.",
    "The ministry's newsletter said exports fell 3 percent.",
])
def test_sentences_that_look_like_credits_or_links_stay(line):
    assert drop_boilerplate(line) == line


def test_a_heading_of_other_stories_goes_with_the_headlines_under_it():
    text = ("Kenya reopened two border posts on Monday.\n"
            "DON'T MISS\n"
            "Uganda weighs new tariffs on imported sugar [VIDEO]\n"
            "Will the corridor open before the rains?\n"
            "Traders count the cost of a closed border\n"
            "Officials said trade would resume within days.\n"
            "You may also like:\n"
            "Tanzania opens a new port terminal\n"
            "More:\n"
            "The ministry said talks would continue.")
    assert drop_boilerplate(text) == ("Kenya reopened two border posts on Monday.\n"
                                      "Officials said trade would resume within days.\n"
                                      "The ministry said talks would continue.")


def test_a_short_line_under_no_heading_stays():
    text = ("Kenya reopened two border posts on Monday.\n"
            "Traders count the cost of a closed border\n"
            "Officials said trade would resume within days.")
    assert drop_boilerplate(text) == text


def test_an_embedded_feeds_buttons_and_notices_are_dropped_with_the_reply_they_close():
    notice = ("Thanks. Twitter will use this"  # the feed's own notice, as it stands under each reply
              " to make your timeline better.")
    text = ("Kenya reported two new cases on Monday.\n"
            f"Only two? {notice} UndoUndo\n"
            f"{notice} Undo\n"
            "Loading seems to be taking a while.\n"
            "Twitter may be over capacity. Please wait.\n"
            "Officials said testing would go on.")
    assert drop_boilerplate(text) == ("Kenya reported two new cases on Monday.\n"
                                      "Officials said testing would go on.")


@pytest.mark.parametrize("line", [
    "Thanks to Twitter, the minister's words reached millions.",
    "The loading of the ships seems to be taking a while, the port said.",
])
def test_sentences_about_a_feed_stay(line):
    assert drop_boilerplate(line) == line
