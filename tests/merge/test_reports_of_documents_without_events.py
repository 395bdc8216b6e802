"""A document without events gives no reports, and the merge does not read its text for them
(`merge.reports.document_reports`): most stories of a build have no event. A document with events gives one report
each, with its names read as before. Sentences written for these tests."""

from __future__ import annotations

from collections import Counter

from dossier.merge import reports
from dossier.model import Document, Event


def _document(text: str) -> Document:
    return Document(id="d1", source="d1", text=text, published="1990-05-02")


def test_no_events_no_reports_and_no_reading(monkeypatch):
    def unread(text):
        raise AssertionError("the text was read")

    monkeypatch.setattr(reports, "names", unread)
    monkeypatch.setattr(reports, "stems", unread)
    assert reports.document_reports(_document("Ruvia and Kessia traded grain in 1990."), []) == []


def test_events_get_their_reports_with_the_names_read():
    text = "Ruvia signed a grain accord with Kessia on Tuesday. The accord runs to 1992."
    events = [Event(id="e1", type="AGREE", source=["a"], target=["b"]),
              Event(id="e2", type="CONSULT", source=["a"], target=["b"])]
    made = reports.document_reports(_document(text), events, Counter({"grain": 1}), {"grain": 1.0})
    assert [r.event.id for r in made] == ["e1", "e2"]
    assert made[0].names == reports.names(text) and made[0].names["1992"] == 1 and made[1].names is made[0].names
