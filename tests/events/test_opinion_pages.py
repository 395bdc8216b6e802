"""On a page whose metadata marks it an opinion piece (Document.opinion: ingest/opinion.yaml), the acts the text
dates stay, the news the writer comments on; an undated act is the writer's argument or its background
(events/relevance.py `opinion_events`). The same text as news keeps every act. Texts written here."""

from __future__ import annotations

import pytest

from dossier.model import Document
from dossier.pipeline import process

COLUMN = ("Bolivia's president visited Peru on Tuesday to sign a new gas accord with its prime minister. "
          "The accord will not last. Bolivia has accused Peru of cheating on every deal the two have made. "
          "The Peruvian army invaded the border valley before the old accord was signed. "
          "The Bolivian president should ask the European Union for help before it is too late. "
          "Nobody in La Paz believes the gas will ever flow.")


@pytest.fixture(scope="module")
def events_of(nlp):
    def run(opinion: bool):
        document = Document(id="t-opinion", source="t", text=COLUMN, published="2019-11-21", opinion=opinion)
        return next(process([document], nlp=nlp)).events
    return run


def test_an_opinion_page_keeps_only_its_dated_acts(events_of):
    news, column = events_of(False), events_of(True)
    assert [e for e in news if not (e.date and e.date.start)], "the text as news has undated acts"
    assert column and all(e.date and e.date.start for e in column)
    dated = [(e.type, e.trigger) for e in news if e.date and e.date.start]
    assert [(e.type, e.trigger) for e in column] == dated
