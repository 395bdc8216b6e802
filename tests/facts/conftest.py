"""Run sentences through the pipeline; optionally give the facts stage timexes as the time stage would."""

from __future__ import annotations

import re

import pytest

from dossier.model import DateValue, Fact, Timex
from dossier.nlp import loader


@pytest.fixture(scope="session")
def nlp():
    return loader.load()


@pytest.fixture()
def facts(nlp):
    """facts(text, timexes={"phrase": "YYYY[-MM]"}) -> [Fact]. Timexes are placed where their phrase is."""

    def run(text: str, timexes: dict[str, str] | None = None) -> list[Fact]:
        doc = nlp.make_doc(text)
        doc._.doc_id, doc._.published = "t", "2024-07-04"
        for name, proc in nlp.pipeline:
            if name == "dossier_facts":
                if timexes is not None:
                    doc._.timexes = [_timex(text, phrase, value) for phrase, value in timexes.items()]
            doc = proc(doc)
        return doc._.facts

    return run


def _timex(text: str, phrase: str, value: str) -> Timex:
    start = re.search(re.escape(phrase), text).start()
    precision = {1: "year", 2: "month", 3: "day"}[value.count("-") + 1]
    return Timex(start=start, end=start + len(phrase), text=phrase,
                 value=DateValue(start=value, end=value, precision=precision, text=phrase))


def one(found: list[Fact], text: str) -> Fact:
    """The fact whose text contains `text`."""
    hits = [f for f in found if text in (f.text or "")]
    assert len(hits) == 1, f"{text!r} in {[f.text for f in found]}"
    return hits[0]
