"""The seed articles' dates (read from ../shared at run time; skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from dossier.time import component, infer_published  # noqa: F401

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def seed(prefix: str) -> str:
    if not SEEDS.exists():
        pytest.skip(f"{SEEDS} is not available (read at run time, never copied)")
    return next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nlp():
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        pytest.skip("en_core_web_sm is not installed")
    nlp.add_pipe("dossier_time")
    return nlp


def values(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {(t.text, t.value.start, t.value.end, t.value.precision) for t in nlp(doc)._.timexes}


def test_talks_on_friday(nlp):
    text = seed("004")
    first = text[: text.index(".") + 1]
    assert ("Friday", "2024-06-28", "2024-06-28", "day") in values(nlp, first, "2024-06-29")


def test_visit_interval_and_next_november(nlp):
    found = values(nlp, seed("000"), "2024-06-24")
    assert ("June 25 to 29", "2024-06-25", "2024-06-29", "day") in found
    assert ("next November", "2024-11", "2024-11", "month") in found


def test_undated_seed_is_after_november_2024():
    value = infer_published(seed("003"))
    assert value is not None and value.inferred and value.start >= "2024-11"
