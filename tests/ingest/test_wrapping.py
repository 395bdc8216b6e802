"""Hard-wrapped text (wire copy, e-mail) is joined into paragraphs; text with one paragraph per line is left alone."""

from pathlib import Path

from dossier.ingest import read_paths
from dossier.ingest.document import document_id
from dossier.ingest.wrapping import is_hard_wrapped, unwrap

WIRE = (
    "Ghanaian Trade\n"
    "Minister Ama Boateng said her government would lift the ban on\n"
    "cocoa shipments to its northern neighbour once the two sides had\n"
    "agreed a new inspection scheme, a ministry statement said.\n"
    "    The minister, who flies to Ouagadougou on Monday, told\n"
    "reporters the scheme would cover about 40 mln dlrs of trade a\n"
    "year and could start in the spring.\n"
    "    Officials from both countries met twice last month without\n"
    "reaching agreement on who would pay for the inspectors.\n"
    " Reuter\n")

ONE_PARAGRAPH_PER_LINE = (
    "Ghana and Burkina Faso agreed on Monday to reopen two border crossings that had been shut since March.\n"
    "The ministers said the crossings would open to freight first.\n"
    "Trade across the border was worth about 40 million dollars a year before the closure, officials said.\n")

HEADLINE_LIST = (
    "Quarterly results at a glance\n"
    "First quarter: sales up four pct\n"
    "Second quarter: sales flat against a\n"
    "Third quarter: sales down two pct on\n"
    "Fourth quarter: sales up one pct\n")


def test_wire_lines_are_joined_into_paragraphs():
    assert is_hard_wrapped(WIRE)
    paragraphs = unwrap(WIRE).strip().split("\n")
    assert paragraphs[0].startswith("Ghanaian Trade Minister Ama Boateng said her government would lift")
    assert paragraphs[0].endswith("a ministry statement said.")
    assert paragraphs[1] == ("The minister, who flies to Ouagadougou on Monday, told reporters the scheme would "
                             "cover about 40 mln dlrs of trade a year and could start in the spring.")
    assert len(paragraphs) == 4 and paragraphs[3] == "Reuter"


def test_text_that_is_not_hard_wrapped_is_unchanged():
    for text in (ONE_PARAGRAPH_PER_LINE, HEADLINE_LIST, "A single line without any break at all."):
        assert not is_hard_wrapped(text)
        assert unwrap(text) == text


def test_blank_lines_and_table_rows_stay_breaks():
    text = ("The ministry gave the following figures for the harvest, which\n"
            "it said was the largest since the drought of the early years of\n"
            "the decade and would leave a surplus for export to neighbours.\n"
            "\n"
            "  Maize      1,200     980\n"
            "  Sorghum      640     710\n"
            "\n"
            "The figures were released after a meeting of the cabinet, which\n"
            "also approved new prices for the coming season, officials said.\n")
    lines = unwrap(text).split("\n")
    assert lines[0].endswith("for export to neighbours.") and lines[1] == ""
    assert lines[2] == "Maize      1,200     980" and lines[3] == "Sorghum      640     710"
    assert lines[5].startswith("The figures were released") and lines[5].endswith("officials said.")


def test_word_split_after_its_hyphen_is_joined_without_space():
    text = ("The talks in the capital were held in the presence of observers\n"
            "from three neighbouring states and a delegation of the English-\n"
            "language press, which had been refused entry the week before.\n"
            "Ministers said the next round would be held in the coastal city\n"
            "of the northern province, where both U.S.-\n"
            "backed delegations have offices, and the old border -- closed --\n"
            "would be reopened for them during the talks, officials said.\n")
    joined = unwrap(text)
    assert "English-language press" in joined and "U.S.-backed delegations" in joined
    assert "closed -- would be reopened" in joined


def test_wire_file_is_read_as_paragraphs_with_the_id_of_the_text_as_read(tmp_path: Path):
    path = tmp_path / "wire.txt"
    path.write_text("GHANA TO LIFT COCOA BAN ON NEIGHBOUR\nPublished: 1987-03-12\n\n" + WIRE, encoding="utf-8")
    doc = next(iter(read_paths([path])))
    assert doc.title == "GHANA TO LIFT COCOA BAN ON NEIGHBOUR" and doc.published == "1987-03-12"
    assert doc.outlet == "Reuters"  # the sign-off names the agency
    assert doc.text.startswith("Ghanaian Trade Minister Ama Boateng said")
    assert "\n" not in doc.text.split("a ministry statement said.")[0]
    # only whitespace changed, so the id (of the text as read) is that of the joined text too
    assert doc.id == document_id(WIRE) == document_id(doc.text)


def test_wire_story_without_header_keeps_its_opening_words(tmp_path: Path):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    doc = next(iter(read_paths([path])))
    assert doc.title is None and doc.outlet == "Reuters"
    assert doc.text.startswith("Ghanaian Trade Minister Ama Boateng")


SHORT_WIRE = (
    "Harbour Freight Lines Inc said it\n"
    "bought two container vessels from a Danish shipowner for about\n"
    "forty mln dlrs, to be paid in cash.\n"
    "    Harbour said the ships would join its Baltic service\n"
    "in the summer.\n"
    " Reuter\n")

RESULTS_WITH_NOTE = (
    "Shr 12 cts vs 40 cts\n"
    "    Net 310,000 vs 1,020,000\n"
    "    Revs 8.4 mln vs 9.1 mln\n"
    "    Note: Net in the latest year includes a charge of 95,000\n"
    "dlrs for closing a plant in the north of the state, or four\n"
    "cts a share.\n"
    " Reuter\n")


def test_short_wire_story_with_two_wrapped_breaks_is_joined():
    assert is_hard_wrapped(SHORT_WIRE)
    assert unwrap(SHORT_WIRE).split("\n") == [
        "Harbour Freight Lines Inc said it bought two container vessels from a Danish shipowner for about "
        "forty mln dlrs, to be paid in cash.",
        "Harbour said the ships would join its Baltic service in the summer.",
        "Reuter", ""]


def test_note_under_a_table_of_figures_is_joined_and_the_rows_stay_apart():
    lines = unwrap(RESULTS_WITH_NOTE).split("\n")
    assert lines[:3] == ["Shr 12 cts vs 40 cts", "Net 310,000 vs 1,020,000", "Revs 8.4 mln vs 9.1 mln"]
    assert lines[3] == ("Note: Net in the latest year includes a charge of 95,000 dlrs for closing a plant in the "
                        "north of the state, or four cts a share.")


def test_opening_line_ending_in_an_abbreviation_goes_on_into_a_lower_case_word():
    text = ("Grain shipments to the U.S.\n"
            "ports on the Gulf coast fell in the week to Friday, as barges\n"
            "were held up by low water on the river, the agency said.\n"
            "    Loadings are expected to recover when the river rises\n"
            "again, traders said.\n")
    assert unwrap(text).split("\n")[0].startswith("Grain shipments to the U.S. ports on the Gulf coast fell")


def test_ellipsis_before_a_word_is_prose_while_dot_leaders_are_a_table():
    text = ("\"We may well go ahead with the second plant.... That is not\n"
            "settled yet, but I expect we will,\" the chairman told the\n"
            "meeting, adding that the board would decide in the autumn.\n"
            "    Output at the first plant rose by a fifth last year.\n"
            "    Output (tonnes)....41,200 vs....34,300\n")
    lines = unwrap(text).split("\n")
    assert lines[0].startswith("\"We may well go ahead with the second plant.... That is not settled yet")
    assert lines[-2:] == ["Output (tonnes)....41,200 vs....34,300", ""]


def test_short_lines_that_are_whole_sentences_are_not_taken_for_a_wrap():
    text = ("Talks between the two ministers resume on Monday\n"
            "Both sides expect to sign a fishing accord.\n"
            "A vote in parliament follows in May.\n")
    assert not is_hard_wrapped(text)
    assert unwrap(text) == text


def test_an_opening_that_ends_a_sentence_before_an_address_stays_apart():
    text = ("Readers can reach the newsroom by writing to us at:\n"
            "letters@example.org\n"
            "The editors answer within a week, except during the holidays.\n")
    assert unwrap(text).split("\n")[:2] == ["Readers can reach the newsroom by writing to us at:", "letters@example.org"]


def test_short_wire_story_with_indented_paragraphs_is_joined_though_no_wrap_runs_into_a_lower_case_word():
    text = ("Harbour Freight Lines Inc said Maria T. Okafor\n"
            "Jr, 51, its finance director, will take over from\n"
            "Peter L. Sandvik as chief executive officer on May 1.\n"
            "    Sandvik, 64, stays on the board until he leaves in\n"
            "March 1989, the company said.\n"
            " Reuter\n")
    assert is_hard_wrapped(text)
    assert unwrap(text).split("\n")[:2] == [
        "Harbour Freight Lines Inc said Maria T. Okafor Jr, 51, its finance director, will take over from "
        "Peter L. Sandvik as chief executive officer on May 1.",
        "Sandvik, 64, stays on the board until he leaves in March 1989, the company said."]


def test_lines_running_into_capitals_without_indented_paragraphs_stay_apart():
    text = ("Ministers due at the summit in Accra\n"
            "Foreign Minister Ama Boateng of Ghana\n"
            "Trade Minister Kofi Mensah of Togo\n"
            "Finance Minister Awa Diallo of Senegal\n")
    assert not is_hard_wrapped(text)
    assert unwrap(text) == text


def test_opening_line_ending_in_an_abbreviation_goes_on_into_a_full_line_however_it_is_cased():
    text = ("Mills in Oregon, keen to ship U.K.\n"
            "Timber orders in February, have since cut their work force by\n"
            "a tenth, the state's forestry office said on Tuesday.\n"
            "    The office expects the cuts to last until the spring,\n"
            "when builders in Britain usually order more.\n")
    assert unwrap(text).split("\n")[0].startswith("Mills in Oregon, keen to ship U.K. Timber orders in")


def test_a_line_before_a_name_in_angle_brackets_is_joined_as_if_the_name_were_one_word():
    text = ("The Ports Authority said it had sold a dock in the north of\n"
            "the bay to a venture of the city and\n"
            "<Harrow Coastal Shipping and Storage Co Ltd> for an undisclosed\n"
            "sum, and that the sale would close next month.\n"
            "    The venture plans to rebuild the dock by the end of next\n"
            "year, it said.\n")
    assert unwrap(text).split("\n")[0] == (
        "The Ports Authority said it had sold a dock in the north of the bay to a venture of the city and "
        "<Harrow Coastal Shipping and Storage Co Ltd> for an undisclosed sum, and that the sale would close next month.")
