"""The pipeline runner: documents in, per-document results out, with the article date handled."""

from dossier.model import Document
from dossier.pipeline import process, process_text


def test_a_text_gives_events_with_their_sentence_and_date():
    result = process_text("Chile's foreign minister met his Argentine counterpart in Santiago on Friday.",
                          published="2025-05-10")
    (event,) = [e for e in result.events if e.type == "CONSULT"]
    assert event.evidence[0].text.startswith("Chile's foreign minister met")
    assert event.date is not None and event.date.start == "2025-05-09"


def test_an_undated_article_gets_an_inferred_lower_bound_but_no_anchor_for_weekdays():
    text = ("After the summit of March 2025, a trade delegation from Kenya visited Uganda from Sunday to Tuesday. "
            "The delegation met the Ugandan trade minister.")
    (result,) = process([Document(id="u1", source="u1.txt", text=text)])
    assert result.document.published_inferred is True
    assert result.document.published.startswith("2025-03")
    visits = [e for e in result.events if e.mode == "visit"]
    assert visits and all(e.date is None or e.date.precision != "day" for e in visits)


def test_results_keep_document_order_and_ids():
    docs = [Document(id=f"d{i}", source=f"d{i}.txt", text=f"Story number {i} has no events.") for i in range(5)]
    assert [r.document.id for r in process(docs)] == [d.id for d in docs]


def test_a_dateline_day_with_an_inferred_year_anchors_relative_dates():
    doc = Document(id="dl", source="dl.txt", text="Chile's foreign minister met the Ecuadorian president in Quito on Friday.",
                   published="2025-03-08", published_inferred=True, published_basis="dateline")
    (result,) = process([doc])
    (meeting,) = [e for e in result.events if e.type == "CONSULT"]
    assert meeting.date is not None and meeting.date.start == "2025-03-07"


def test_ingest_says_where_a_date_comes_from(tmp_path):
    from dossier.ingest import read_paths

    (tmp_path / "a.txt").write_text("Talks end\nPublished: Mar 4, 2025\n\nThe ministers met.\n", encoding="utf-8")
    (doc,) = read_paths([tmp_path / "a.txt"])
    assert (doc.published, doc.published_basis, doc.published_inferred) == ("2025-03-04", "stated", False)
