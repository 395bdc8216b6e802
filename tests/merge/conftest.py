"""Fixtures shared by the merge tests."""

import pytest

from dossier.ingest import read_paths
from dossier.pipeline import process
from tests.conftest import ROOT, SHARED


@pytest.fixture(scope="module")
def corpus_results():
    """The example corpus (and the seeds, where ../shared has them) through the pipeline, once per module."""
    paths = [ROOT / "examples" / "china-peru" / "articles"]
    if (SHARED / "seeds").exists():
        paths.append(SHARED / "seeds")
    docs = [d for d in read_paths(paths) if not hasattr(d, "reason")]
    return list(process(docs))
