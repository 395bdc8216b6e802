"""Score the ingest stage: publication dates (htmldate MediaCloud 2020), body extraction (Zyte article-extraction
benchmark) and the outlets and dates of the seeds. Data are read in place from ../shared; a missing set is noted.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import time
from collections import Counter
from pathlib import Path

from dossier.evaluate.metrics import PRF, Report
from dossier.ingest import IngestError, read_paths
from dossier.ingest.html import decode_html, read_html

from dossier.evaluate.corpora import EXAMPLE_ARTICLES, EXAMPLE_GOLD, SHARED, doc_name, jsonl

CORPORA = SHARED / "corpora"

# What the seeds state (seeds/README.md): file -> (outlet, published, dateline); None where the text gives none.
SEED_GOLD = {
    "000_7d142e7480bb7e3a.txt": ("Global Times", "2024-06-24", None),
    "001_5eb74450623e92ce.txt": ("Latin America Reports", "2024-07-04", "LIMA"),
    "002_27fb3a5ff33fbf6b.txt": ("China Daily", None, None),
    "003_9010d49665a010e3.txt": ("The Rio Times", None, None),
    "004_9f2acddd12d01d19.txt": (None, "2024-06-29", "BEIJING"),
}
_TOKEN = re.compile(r"\w+")


def run(settings=None, limit: int | None = None) -> list[Report]:
    return [publication_dates(limit), body_extraction(limit), seeds(), example()]


def _missing(title: str, dataset: Path) -> Report:
    return Report(title, str(dataset), notes=[f"skipped: {dataset} is not there"])


def publication_dates(limit: int | None = None, folder: Path = CORPORA / "htmldate_mediacloud_2020") -> Report:
    """Exact-day accuracy of the publication date on pages with a gold date, and coverage (a date given)."""
    gold_file = folder / "eval_mediacloud_2020.json"
    if not gold_file.exists():
        return _missing("ingest: publication date from HTML", folder)
    gold = json.loads(gold_file.read_text(encoding="utf-8"))  # NaN (no date) is accepted by json
    items = sorted(gold.items())[:limit] if limit else sorted(gold.items())
    counts = Counter()
    started = time.perf_counter()
    for url, entry in items:
        expected = entry.get("date")
        dated = isinstance(expected, str) and not (isinstance(expected, float) and math.isnan(expected))
        found = _page_date(folder / "html" / f"{entry['file']}.gz", url)
        counts["pages"] += 1
        counts["gold_dated"] += dated
        counts["predicted"] += found is not None
        if dated:
            counts["predicted_on_dated"] += found is not None
            counts["correct"] += found == expected
        else:
            counts["predicted_on_undated"] += found is not None
    prf = PRF(tp=counts["correct"], fp=counts["predicted_on_dated"] - counts["correct"] + counts["predicted_on_undated"],
              fn=counts["gold_dated"] - counts["correct"])
    return Report(
        "ingest: publication date from HTML", str(folder), rows={"published (exact day)": prf},
        figures={"pages": counts["pages"], "gold_dated": counts["gold_dated"],
                 "accuracy": round(counts["correct"] / max(counts["gold_dated"], 1), 4),
                 "coverage": round(counts["predicted"] / max(counts["pages"], 1), 4),
                 "seconds": round(time.perf_counter() - started, 1)},
        notes=["accuracy = exact-day matches / pages with a gold date; coverage = pages given any date / all pages",
               "the page URL is passed to the extractors (as a crawler would know it); nothing is fetched"])


def _page_date(path: Path, url: str) -> str | None:
    try:
        html = decode_html(gzip.decompress(path.read_bytes()))
    except (OSError, EOFError):
        return None
    doc = read_html(path.name, html, url=url)
    return None if isinstance(doc, IngestError) else doc.published


def bag_of_words(text: str) -> Counter:
    return Counter(_TOKEN.findall(text))


DEV_PAGES = range(0, 90)  # the pages studied (sorted file names, 0-based); the rest (90-180) is held out
REALNEWS_PAGES = SHARED / "benchdata" / "realnews_dev" / "html" / "articles"  # coded pages, left out of the splits


def body_extraction(limit: int | None = None, folder: Path = CORPORA / "article_extraction_benchmark") -> Report:
    """Token precision/recall/F1 of the extracted body against the gold articleBody (bag of words, as upstream):
    all pages, and apart the studied pages 0-89 and the held-out pages 90-180 (realnews_dev's pages left out)."""
    gold_file = folder / "ground-truth.json"
    if not gold_file.exists():
        return _missing("ingest: article body from HTML", folder)
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    items = sorted(gold.items())[:limit] if limit else sorted(gold.items())
    coded = {p.stem[:12] for p in REALNEWS_PAGES.glob("*.html")}
    total, split, per_page, failed = PRF(), {"dev": PRF(), "held-out": PRF()}, [], 0
    started = time.perf_counter()
    for index, (key, entry) in enumerate(items):
        html = decode_html(gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()))
        doc = read_html(key, html, url=entry.get("url"))
        predicted = Counter() if isinstance(doc, IngestError) else bag_of_words(_with_dateline(doc))
        failed += isinstance(doc, IngestError)
        expected = bag_of_words(entry["articleBody"])
        tp = sum((predicted & expected).values())
        page = PRF(tp, sum(predicted.values()) - tp, sum(expected.values()) - tp)
        per_page.append(page)
        total = total.add(page)
        if key[:12] not in coded:
            part = "dev" if index in DEV_PAGES else "held-out"
            split[part] = split[part].add(page)
    n = max(len(per_page), 1)
    mean_p = sum(p.precision for p in per_page) / n
    mean_r = sum(p.recall for p in per_page) / n
    return Report(
        "ingest: article body from HTML", str(folder),
        rows={"body tokens (micro)": total, "pages 0-89 (dev, micro)": split["dev"],
              "pages 90-180 (held-out, micro)": split["held-out"]},
        figures={"pages": len(per_page), "no_body": failed, "precision_mean": round(mean_p, 4),
                 "recall_mean": round(mean_r, 4),
                 "f1_of_means": round(2 * mean_p * mean_r / (mean_p + mean_r) if mean_p + mean_r else 0.0, 4),
                 "accuracy_f1_ge_0.9": round(sum(p.f1 >= 0.9 for p in per_page) / n, 4),
                 "seconds": round(time.perf_counter() - started, 1)},
        notes=["tokens are \\w+ runs compared as bags (multisets); upstream's table reports F1 of mean P and R",
               "the body is the Document text (title and dateline removed, as the pipeline sees it)",
               "pages 0-89 are studied, 90-180 held out (never studied); realnews_dev's pages are in neither"])


def _with_dateline(doc) -> str:
    # the dateline place (taken off the text) is part of the gold's first sentence
    return f"{doc.dateline} {doc.text}" if doc.dateline else doc.text


def _header_scores(title: str, folder: Path, expected: dict[str, tuple]) -> Report:
    """Outlet, publication date and dateline per document name, against expected (None where none is stated)."""
    found = {doc_name(item): item for item in read_paths([folder]) if not isinstance(item, IngestError)}
    rows = {"outlet": PRF(), "published": PRF(), "dateline": PRF()}
    for name, want_fields in expected.items():
        doc = found.get(name)
        # the dateline's town: the gold names the place ("LIMA"), ingest keeps the region after it ("LIMA, Peru")
        got = (doc.outlet, doc.published, doc.dateline and doc.dateline.split(",")[0]) if doc else (None, None, None)
        for field, want, have in zip(rows, want_fields, got):
            rows[field] = rows[field].add(PRF(
                tp=int(want is not None and want == have),
                fp=int(have is not None and want != have),
                fn=int(want is not None and want != have)))
    return Report(title, str(folder), rows=rows, figures={"documents": len(found)})


def seeds(folder: Path = SHARED / "seeds") -> Report:
    """Outlet, publication date and dateline of the five seeds, against what their README states."""
    if not folder.exists():
        return _missing("ingest: seeds header fields", folder)
    return _header_scores("ingest: seeds header fields", folder, SEED_GOLD)


def example(folder: Path = EXAMPLE_ARTICLES, gold: Path = EXAMPLE_GOLD / "documents.jsonl") -> Report:
    """Outlet, publication date and dateline of the example corpus, against its gold."""
    if not gold.exists():
        return _missing("ingest: example corpus header fields", gold)
    expected = {g["source"]: (g.get("outlet"), g.get("published"), g.get("dateline")) for g in jsonl(gold)}
    return _header_scores("ingest: example corpus header fields", folder, expected)
