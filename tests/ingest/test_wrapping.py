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
