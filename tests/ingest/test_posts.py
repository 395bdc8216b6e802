"""Posts a page embeds whole (embedded tweets), read from its markup (ingest/posts.py). Pages written for these
tests."""

from dossier.ingest.html import read_html
from dossier.ingest.posts import embedded_posts, set_apart

PARAS = ("<p>The harbour council of Westmere voted on Monday to close the old ferry pier for repairs, a decision "
         "that angered the fishing crews who tie up there every winter.</p>"
         "<p>The council's chair defended the vote at a meeting with the crews on Tuesday evening and said the pier "
         "would open again before the spring season.</p>")
POST = ('<blockquote class="twitter-tweet" data-dnt="true"><p>Sharing the letter I sent to the crews today.'
        '<br><br>We will keep the pier safe for everyone who works on it <a href="https://t.co/x">'
        'pic.twitter.com/AbCd12</a></p>&mdash; Mara Lind (@maralind) <a href="https://twitter.com/maralind/status/1">'
        'June 2, 2020</a></blockquote>')
AFTER = ("<p>Several skippers said they would ask the regional government to pay for a temporary landing while the "
         "work goes on, and one said the crews would protest outside the council offices.</p>")


def _page(body: str) -> str:
    return f"<html><head><title>Pier vote angers crews</title></head><body><article>{body}</article></body></html>"


def test_a_post_s_text_and_author_s_handle_come_from_the_markup():
    assert embedded_posts(_page(PARAS + POST + AFTER)) == [
        ("Sharing the letter I sent to the crews today.We will keep the pier safe for everyone who works on it "
         "pic.twitter.com/AbCd12", "maralind")]
    assert embedded_posts(_page(PARAS + AFTER)) == []  # must-not: no embed, no post
    assert embedded_posts(_page(PARAS + "<blockquote><p>A quoted passage</p></blockquote>")) == []  # no post's class


def test_the_post_is_set_apart_from_the_page_s_lines():
    text = ("The chair spoke on Tuesday.\nSharing the letter I sent to the crews today.\nWe will keep the pier safe"
            "\n— Mara Lind (@maralind) June 2, 2020\nSkippers said they would protest.")
    post = [("Sharing the letter I sent to the crews today. We will keep the pier safe", "maralind")]
    assert set_apart(text, post) == text.replace("\nSharing", "\n\nSharing").replace("2020\n", "2020\n\n")
    # must-nots: another handle, or lines above the author's line that are not the post's, leave the text as it is
    assert set_apart(text, [(post[0][0], "someoneelse")]) == text
    assert set_apart(text, [("We will keep the harbour open", "maralind")]) == text


def test_a_page_s_embedded_post_is_set_apart_in_the_document():
    document = read_html("pier.html", _page(PARAS + POST + AFTER))
    assert "\n\nSharing the letter I sent to the crews today." in document.text
    assert "(@maralind) June 2, 2020\n\n" in document.text
