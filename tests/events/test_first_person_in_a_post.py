"""A first-person word in a post a web page quotes whole (an embedded tweet) stands for the post's author, named on
the line after it (nlp/tweets.py, events/actors.py, events/roles/speakers.py). Texts written for these tests."""

from tests.events.conftest import names


def _sides(events, actors, trigger: str):
    found = [e for e in events if trigger in e.trigger]
    assert found, [(e.type, e.trigger) for e in events]
    return names(found[0].source, actors), names(found[0].target, actors)


def test_the_i_of_a_post_is_its_author(code):
    events, actors = code("The mayor of Lagos answered the minister on Twitter within the hour.\n"
                          "I condemn the decision of the federal government\n"
                          "— Bola Adeyemi (@bolaadeyemi) March 3, 2020\n"
                          "The ministry did not reply.", "2020-03-05")  # (a post years old is history)
    assert "Bola Adeyemi" in _sides(events, actors, "condemn")[0]


def test_the_us_of_a_post_is_its_author(code):
    events, actors = code("The senator posted a reply the same evening.\n"
                          "The governor of Ohio has attacked us again for our vote on the budget\n"
                          "— Anna Berger (@annaberger) May 4, 2020", "2020-05-05")
    assert "Anna Berger" in _sides(events, actors, "attacked")[1]


def test_an_i_of_the_page_s_own_text_is_no_author(code):  # must-not: a columnist's "I" far above a post
    events, actors = code("I condemn the decision of the federal government, which has let down every city in the "
                          "country for years and will go on doing so until voters say that they have had enough "
                          "of the ministers who run it and of the promises that they never keep, as the last "
                          "election showed in Lagos and in Kano alike.\n"
                          "We stand with the mayor\n"
                          "— Bola Adeyemi (@bolaadeyemi) March 3, 2020")
    condemn = [e for e in events if "condemn" in e.trigger]
    assert all("Bola Adeyemi" not in names(e.source, actors) for e in condemn)


def test_an_act_in_a_post_with_no_time_of_its_own_is_dated_by_the_post_s_day(code):
    events, _ = code("The mayor of Lagos answered the minister on Twitter.\n"
                     "I condemn the decision of the federal government\n"
                     "— Bola Adeyemi (@bolaadeyemi) March 3, 2020\n"
                     "The ministry did not reply.", "2020-03-05")
    condemn = [e for e in events if "condemn" in e.trigger]
    assert condemn and condemn[0].date is not None and condemn[0].date.start == "2020-03-03"


def test_an_act_of_the_page_s_own_text_is_not_dated_by_a_post(code):  # must-not
    events, _ = code("Kenya condemned the decision of the Ugandan government.\n"
                     "We stand with the people of Kenya\n"
                     "— Jane Wanjiru (@janewanjiru) March 3, 2020", "2020-03-05")
    condemn = [e for e in events if "condemn" in e.trigger]
    assert condemn and condemn[0].date is None


def test_the_i_of_a_post_s_first_line_is_its_author_where_the_post_is_set_apart(code):
    # a page's embed read from its markup (ingest/posts.py): the post's first line ends with a full stop
    text = ("The mayor of Lagos answered the minister on Twitter within the hour.\n\n"
            "I condemn the decision of the federal government. \n"
            "We will take the ministry to court\n"
            "— Bola Adeyemi (@bolaadeyemi) March 3, 2020\n\n"
            "The ministry did not reply.")
    assert "Bola Adeyemi" in _sides(*code(text, "2020-03-05"), "condemn")[0]
    # must-not: the same lines not set apart: the first line ends as the page's lines do and stays the page's
    events, actors = code(text.replace("\n\n", "\n"), "2020-03-05")
    condemn = [e for e in events if "condemn" in e.trigger]
    assert all("Bola Adeyemi" not in names(e.source, actors) for e in condemn)
