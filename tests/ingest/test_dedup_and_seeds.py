"""Near-duplicates, the seeds' outlets and dates (read in place), and the ingest evaluation on a few pages."""

from pathlib import Path

import pytest

from dossier.ingest import read_paths
from dossier.ingest.dedup import jaccard, mark_near_duplicates, shingles
from dossier.ingest.document import make_document

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

BODY = ("The foreign ministers of the two countries met in the capital on Thursday and agreed to reopen "
        "three border crossings that had been closed since the spring. They also set up a working group "
        "on water sharing, which will report to both governments within six months, and promised to "
        "restore direct flights before the end of the year. Traders on both sides of the frontier "
        "welcomed the decision, saying the closures had cost them most of their seasonal business.")


def test_near_duplicates_point_to_the_first_and_others_do_not():
    original = make_document("a.txt", BODY)
    edited = make_document("b.txt", "Border news\n\n" + BODY.replace("Thursday", "Friday").replace("three", "3"))
    same = make_document("c.txt", "  " + BODY.replace(" ", "  "))
    other = make_document("d.txt", "A storm closed the port for two days and delayed grain shipments to the "
                                   "north, the harbour master said, adding that repairs would take a week.")
    marked = mark_near_duplicates([original, edited, same, other])
    assert marked[0].duplicate_of is None
    assert marked[1].duplicate_of == original.id
    assert marked[2].id == original.id  # an exact duplicate shares the id
    assert marked[3].duplicate_of is None


def test_shingle_similarity():
    assert jaccard(shingles(BODY), shingles(BODY)) == 1.0
    assert jaccard(shingles(BODY), shingles("completely different words about the weather today")) == 0.0
    assert shingles("") == set()


def test_read_paths_marks_duplicates_across_files(tmp_path):
    (tmp_path / "1.txt").write_text(BODY)
    (tmp_path / "2.txt").write_text("Frontier Gazette\n\nMinisters agree to reopen crossings after talks\n\n" + BODY)
    (tmp_path / "3.txt").write_text("Ministers agree to reopen crossings\n\n" + BODY.replace("six months", "a year"))
    first, second, third = read_paths([tmp_path])
    assert second.outlet == "Frontier Gazette"
    assert second.id == first.id  # once the header is off, the text is the same
    assert third.id != first.id and third.duplicate_of == first.id


@pytest.fixture
def seeds():
    folder = SHARED / "seeds"
    if not folder.exists():
        pytest.skip(f"the seeds are not there ({folder}); they live beside the repository in shared/")
    return {Path(d.source).name: d for d in read_paths([folder]) if hasattr(d, "text")}


def test_seeds_outlets_dates_and_datelines(seeds):
    expected = {
        "000_7d142e7480bb7e3a.txt": ("Global Times", "2024-06-24", None),
        "001_5eb74450623e92ce.txt": ("Latin America Reports", "2024-07-04", "LIMA"),
        "002_27fb3a5ff33fbf6b.txt": ("China Daily", None, None),
        "003_9010d49665a010e3.txt": ("The Rio Times", None, None),
        "004_9f2acddd12d01d19.txt": (None, "2024-06-29", "BEIJING"),
    }
    for name, (outlet, published, dateline) in expected.items():
        doc = seeds[name]
        town = doc.dateline and doc.dateline.split(",")[0]  # "LIMA, Peru": the region after the town is kept
        assert (doc.outlet, doc.published, town) == (outlet, published, dateline), name
    assert seeds["004_9f2acddd12d01d19.txt"].text.startswith("Chinese President Xi Jinping held talks")
    assert "Published:" not in seeds["000_7d142e7480bb7e3a.txt"].text
    assert seeds["000_7d142e7480bb7e3a.txt"].title.startswith("Peruvian president's China visit")


def test_evaluation_on_a_few_pages():
    if not (SHARED / "corpora").exists():
        pytest.skip(f"the corpora are not there ({SHARED / 'corpora'})")
    from dossier.evaluate.ingest import run

    dates, bodies, seed_report, example_report = run(None, limit=5)
    assert dates.figures["pages"] == 5 and 0 <= dates.figures["accuracy"] <= 1
    assert bodies.figures["pages"] == 5 and bodies.rows["body tokens (micro)"].f1 > 0.5
    assert seed_report.rows["outlet"].tp == 4
    assert example_report.rows["outlet"].tp == 8 and example_report.rows["outlet"].fp == 0
