"""Plain-text articles: title, outlet, date, dateline and the body that is left."""

from pathlib import Path

from dossier.ingest import IngestError, read_paths
from dossier.ingest.document import document_id


def read_one(tmp_path: Path, text: str, name: str = "article.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = list(read_paths([path]))
    assert len(items) == 1
    return items[0]


def test_published_line_and_section_label_and_caption(tmp_path):
    doc = read_one(tmp_path, (
        "WORLD / TRADE\n"
        "Ministers from two coastal states agree on a fishing quota\n"
        "Published: Mar 3, 2023 08:15 AM\n"
        "A harbour at dawn Photo: Agency\n\n"
        "The two governments agreed on Monday to share the catch for the next five years.\n"
        "Officials said the deal would be reviewed in 2025.\n"))
    assert doc.title == "Ministers from two coastal states agree on a fishing quota"
    assert doc.published == "2023-03-03"
    assert doc.dateline is None
    assert doc.text.startswith("The two governments agreed on Monday")
    assert "Photo:" not in doc.text and "WORLD" not in doc.text and "Published" not in doc.text
    assert doc.id == document_id(doc.text) and len(doc.id) == 16


def test_by_date_line_and_title_case_city_dateline(tmp_path):
    doc = read_one(tmp_path, (
        "What the minister brought back from her tour of the Gulf\n\nBy August 9, 2022\n\n"
        "Quito, Ecuador — The foreign minister returned on Sunday after signing three memoranda abroad.\n"))
    assert doc.published == "2022-08-09"
    assert doc.dateline == "QUITO, Ecuador"
    assert doc.text.startswith("The foreign minister returned on Sunday")


def test_date_stamp_dateline(tmp_path):
    doc = read_one(tmp_path, " date 2021-11-30 NAIROBI: Kenya and Uganda signed a border accord on Monday.\n")
    assert doc.published == "2021-11-30"
    assert doc.dateline == "NAIROBI"
    assert doc.title is None
    assert doc.text == "Kenya and Uganda signed a border accord on Monday."


def test_wire_dateline_without_year_keeps_place_but_no_date(tmp_path):
    doc = read_one(tmp_path, "ACCRA, Feb 2 (Reuters) - Ghana said on Friday it would reopen two crossings.\n")
    assert doc.dateline == "ACCRA"
    assert doc.published is None
    assert doc.outlet == "Reuters"
    assert doc.text.startswith("Ghana said on Friday")


def test_wire_dateline_takes_year_from_header_date(tmp_path):
    doc = read_one(tmp_path, (
        "Border posts to reopen next week\nUpdated: February 3, 2019\n\n"
        "ACCRA, Feb 2 (Xinhua) -- Ghana said on Friday it would reopen two crossings.\n"))
    assert doc.published == "2019-02-02"  # the year of the header's date, the day the dateline's (written then)
    assert doc.dateline == "ACCRA"
    assert doc.outlet == "Xinhua"


def test_domain_line_names_the_outlet(tmp_path):
    doc = read_one(tmp_path, (
        "riotimesonline.com\n\nBrazilian and Argentine envoys meet over river dredging plans\n\n"
        "The envoys met in Brasília to discuss the dredging of a shared waterway, officials said.\n"))
    assert doc.outlet == "The Rio Times"
    assert doc.title == "Brazilian and Argentine envoys meet over river dredging plans"
    assert "riotimesonline" not in doc.text


def test_unknown_outlet_line_before_title(tmp_path):
    doc = read_one(tmp_path, (
        "Harbour Courier\n\nPort authority and a foreign shipping group sign a lease\n\n"
        "The authority said the lease would run for thirty years and cover two new berths.\n"))
    assert doc.outlet == "Harbour Courier"
    assert doc.title == "Port authority and a foreign shipping group sign a lease"


def test_in_text_credit_only_when_nothing_better(tmp_path):
    doc = read_one(tmp_path, (
        "Envoy expects closer ties after the summit\n"
        "The ambassador told Global Times in an interview that both sides wanted more flights.\n"))
    assert doc.outlet == "Global Times"
    cited = read_one(tmp_path, (
        "Envoy expects closer ties after the summit\n"
        "The ambassador said, as Reuters reported earlier, that both sides wanted more flights.\n"), "b.txt")
    assert cited.outlet is None  # a mention is not a credit


def test_trailing_upper_case_labels_name_the_outlet_and_go(tmp_path):
    doc = read_one(tmp_path, (
        "Two neighbours settle a dispute over a dam\n\n"
        "The two countries agreed to share the water of the reservoir during dry seasons.\n\n"
        "SHARE THIS\n\nSOUTH CHINA MORNING POST: NEWSLETTER\n"))
    assert doc.outlet == "South China Morning Post"
    assert doc.text.endswith("during dry seasons.")


def test_body_only_text_has_no_title(tmp_path):
    doc = read_one(tmp_path, "The delegation arrived on Tuesday and will stay for three days of talks.\n")
    assert doc.title is None and doc.published is None and doc.outlet is None
    assert doc.text == "The delegation arrived on Tuesday and will stay for three days of talks."


def test_errors_for_empty_binary_and_unknown_files(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    errors = list(read_paths([tmp_path]))
    assert all(isinstance(e, IngestError) for e in errors)
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["blob.txt"]
    assert "not one dossier reads" in reasons["notes.docx"]


def test_folders_are_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Second article body that is long enough to stand alone here.\n")
    (tmp_path / "a.txt").write_text("First article body, also long enough to stand on its own here.\n")
    sources = [Path(d.source).name for d in read_paths([tmp_path])]
    assert sources == ["a.txt", "z.txt"]
