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


def _events_of(result) -> list[tuple]:
    names = {e.id: e.name for e in result.entities}
    return [(e.type, e.cameo, tuple(names.get(i) for i in e.source), tuple(names.get(i) for i in e.target),
             e.date.start if e.date else None, e.evidence[0].text if e.evidence else None) for e in result.events]


def test_a_document_s_events_do_not_depend_on_the_documents_run_with_it():
    texts = ["Turkey's parliament voted on Thursday to send troops to Libya. Ankara said Turkish forces would help "
             "the government in Tripoli, and Greece condemned the vote.",
             "The retailer is offering the new speakers for $30 this week. The company also cut the price of its "
             "laptops, and it agreed to sell them in Turkish shops.",
             "The mayor answered the minister the same evening.\n\n"
             "I condemn the decision of the federal government. \nWe will go to court\n"
             "— Bola Adeyemi (@bolaadeyemi) March 3, 2020\n\nThe ministry did not reply.",
             "Chile's foreign minister met his Argentine counterpart in Santiago on Friday and signed a border accord."]
    docs = [Document(id=f"b{i}", source=f"b{i}.txt", text=t, published="2020-03-06") for i, t in enumerate(texts)]
    together = [_events_of(r) for r in process(docs)]
    alone = [_events_of(next(process([d]))) for d in docs]
    backwards = [_events_of(r) for r in process(docs[::-1])][::-1]
    assert sum(map(bool, together)) >= 3 and together == alone == backwards


def test_a_batch_s_new_words_leave_spacy_s_strings_as_they_were_and_the_results_unchanged():
    """Each batch is analysed in a spaCy memory zone: the strings its new words add are let go after it, so the
    vocabulary does not grow with the corpus, and a batch read again (its words new again) gives the same results."""
    from dossier.config import Settings
    from dossier.nlp import loader
    from dossier.store.database import payload_text

    settings = Settings.from_env()
    nlp = loader.load(settings)
    text = ("Trelvania's foreign minister Oskavir Dunmerth met the Zembrian envoy in Quillport on Tuesday and "
            "signed a fishing accord worth 40 million zorbits.")
    docs = [Document(id=f"z{i}", source=f"z{i}.txt", text=text, published="2025-04-03") for i in range(2)]
    before = len(nlp.vocab.strings)
    first = [payload_text(r) for r in process(docs, settings, nlp=nlp)]
    assert len(nlp.vocab.strings) == before
    assert "zorbits" not in nlp.vocab.strings and "Dunmerth" not in nlp.vocab.strings
    again = [payload_text(r) for r in process(docs, settings, nlp=nlp)]
    assert again == first
    assert '"CONSULT"' in first[0]


def test_a_batch_ends_before_the_piece_that_would_take_it_past_its_characters():
    from dossier.pipeline import _batched

    pieces = [(None, 0, "w" * n, True) for n in (40, 50, 30, 200, 10, 10, 10)]
    sizes = [[len(p[2]) for p in batch] for batch in _batched(iter(pieces), 3, 100)]
    assert sizes == [[40, 50], [30], [200], [10, 10, 10]]
    assert [len(b) for b in _batched(iter(pieces), 2, 10**6)] == [2, 2, 2, 1]


def test_batches_bounded_by_characters_give_the_same_payloads(monkeypatch):
    """A document's result does not depend on the others in its batch: small batches by characters (less of
    spaCy's working memory at once) write the same payloads as batches by count alone."""
    from dossier import pipeline
    from dossier.config import Settings
    from dossier.store.database import payload_text
    from tests.stories import make_stories

    docs = [Document(id=f"k{i}", source=f"k{i}.txt", text=t, published="2024-09-12")
            for i, t in enumerate(make_stories(8, seed=11))]
    batches: list[int] = []
    inner = pipeline._results
    monkeypatch.setattr(pipeline, "_results", lambda nlp, batch, size: batches.append(len(batch)) or
                        inner(nlp, batch, size))
    wide = [payload_text(r) for r in process(docs, Settings(batch_size=32, batch_chars=10**9))]
    assert batches == [8]
    batches.clear()
    narrow = [payload_text(r) for r in process(docs, Settings(batch_size=32, batch_chars=600))]
    assert len(batches) > 2 and sum(batches) == 8
    assert narrow == wide and any('"events": [{' in p for p in wide)


def test_the_batch_s_characters_are_a_setting(monkeypatch):
    from dossier.config import BATCH_CHARS, Settings

    assert Settings().batch_chars == BATCH_CHARS
    monkeypatch.setenv("DOSSIER_BATCH_CHARS", "5000")
    assert Settings.from_env().batch_chars == 5000
