from pathlib import Path

from dossier.store.describe import END, START, tables_markdown

DOCS = Path(__file__).resolve().parents[2] / "docs" / "store.md"


def test_docs_store_md_describes_the_tables_of_the_model():
    text = DOCS.read_text(encoding="utf-8")
    generated = text[text.index(START): text.index(END) + len(END)] + "\n"
    assert generated == tables_markdown(), "docs/store.md is behind the model: run python -m dossier.store.describe docs/store.md"
    for table in ("documents", "entities", "events", "facts", "conflicts", "stories", "ingest_errors"):
        assert f"### {table}" in text
