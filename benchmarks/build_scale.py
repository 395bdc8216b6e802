"""The whole `dossier build`, as a user runs it, against spaCy alone, on Reuters-21578 stories in one run.

    python benchmarks/build_scale.py speed  [--n 2000] [--modes 1,2,dask]  # spaCy alone; build, 1 and 2 workers; dask
        [--rounds R] [--against OTHER/src]  # medians of R rounds; beside each build, another checkout's code
    python benchmarks/build_scale.py memory [--sizes 1000,10000,50000] [--merge-every N]  # peak RSS by corpus size;
        # every build's first merge holds N documents (default: the smallest size), so that the first full merges
        # compare like with like (a full merge's peak grows with the documents it holds: some 0.1-0.2 MB each)
    python benchmarks/build_scale.py add    [--base 20000] [--add 100] [--db KEPT]  # time to add stories to a store
    python benchmarks/build_scale.py merge  [--base 3000] [--add 100] [--db STORE] [--copies K]  # the merge alone
        [--prepare KEPT | --prepared KEPT] [--no-full] [--pipeline]  # in two processes: the merge's own peak RSS
    python benchmarks/build_scale.py populate --base 20000 --distinct 3000 --cache CACHE --keep STORE [--add 100]
        # a store of `base` documents saved and merged as a build does, from the cached analyses of `distinct`
        # stories repeated with new ids and dates (no analysis after the first); then 100 new stories added in
        # process, each step of their incremental merge timed; `add --db STORE --base 17400` times a whole build

Every figure is a whole process (start-up, reading, analysis, store, merge); peak RSS is summed over the
process and its children (workers), sampled every 0.2 s. Past the 21,578 stories the corpus repeats with each
sentence's words shuffled (new texts, so new ids, of the same length and vocabulary). Reads ../shared in place.
Builds use the benchmark's own start-up cache (DOSSIER_CACHE_DIR) and compiled modules (PYTHONPYCACHEPREFIX), both
filled by a small build before any timing, as an installed dossier has them after its first run.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"

SPACY_ALONE = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm")
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
print(n)
"""


def write_stories(path: Path, n: int, offset: int = 0, seed: int = 1) -> None:
    """n stories as JSON Lines, starting at story `offset` of the endless (shuffled past the end) stream."""
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is not available: the benchmark reads ../shared/corpora in place")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if len(r.get("text") or "") >= 200]
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(offset, offset + n):
            row = rows[i % len(rows)]
            text = row["text"]
            if i >= len(rows):  # another pass: a new text of the same words
                rnd.seed(seed * 1_000_003 + i)
                text = ". ".join(" ".join(rnd.sample(s.split(), len(s.split()))) for s in text.split(". "))
            out.write(json.dumps({"id": f"{row['id']}-{i}", "text": text, "date": row.get("date"),
                                  "title": row.get("title")}) + "\n")


CPU: list[float] = []  # the CPU seconds (user + system, the process tree) of each command `timed` ran, in order


def timed(command: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB of the process tree, stderr tail) of a command; its CPU seconds go to CPU (less
    sensitive than the wall clock to other jobs on a loaded machine)."""
    import resource

    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    peak = 0.0
    parent = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            rss = sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)])
            peak = max(peak, rss / 2**20)
        except psutil.Error:
            pass
        time.sleep(0.2)
    out, err = proc.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}): {err[-800:]}")
    return time.perf_counter() - started, peak, err[-300:]


CACHE: dict[str, str] = {}  # DOSSIER_CACHE_DIR: the benchmark's own start-up cache, warmed before any timing; and
# its own bytecode folder (PYTHONPYCACHEPREFIX, written even where PYTHONDONTWRITEBYTECODE is set): an installed
# dossier has its modules compiled, as spaCy's are, where a checkout run without bytecode compiles every module of
# dossier again in each process (some 0.5-0.8 CPU s that no user pays)


OTHER: dict[str, str] = {}  # --against: the environment that runs another checkout's code (PYTHONPATH, its cache)


def build(source: Path, db: Path, *extra: str, env: dict | None = None) -> tuple[float, float, str]:
    return timed([sys.executable, "-m", "dossier.cli", "build", str(source), "--db", str(db), "-q", *extra],
                 env={"DOSSIER_LANGUAGES": "any", **CACHE, **(env or {})})


def warm(tmp: Path) -> None:
    """Fill the benchmark's own start-up cache (`actors.cache`) with a small build, as an installed dossier has it
    after its first run: the shared user cache keeps a few versions per name, which other checkouts of the
    project on the same machine replace."""
    CACHE.update({"DOSSIER_CACHE_DIR": str(tmp / "cache"), "PYTHONPYCACHEPREFIX": str(tmp / "bytecode"),
                  "PYTHONDONTWRITEBYTECODE": ""})
    stories = tmp / "warm.jsonl"
    write_stories(stories, 5, offset=21_000)
    build(stories, tmp / "warm.duckdb")
    if OTHER:
        OTHER.update({"DOSSIER_CACHE_DIR": str(tmp / "cache-other"), "PYTHONPYCACHEPREFIX": str(tmp / "bytecode"),
                      "PYTHONDONTWRITEBYTECODE": ""})  # the bytecode kept by each source file's path
        build(stories, tmp / "warm-other.duckdb", env=OTHER)


MODES = {"1": ("dossier build, 1 worker", []), "2": ("dossier build, 2 workers", ["--workers", "2"]),
         "dask": ("dossier build, dask, 2 local workers", ["--engine", "dask", "--workers", "2"])}


def speed(n: int, tmp: Path, modes: list[str], rounds: int = 1) -> None:
    """spaCy alone and each mode's build (and, with --against, the other code's build beside each), in turn for
    `rounds` rounds; the medians of each."""
    stories = tmp / "stories.jsonl"
    write_stories(stories, n)
    runs = [("spaCy alone (nlp.pipe)", lambda db: timed([sys.executable, "-c", SPACY_ALONE, str(stories)], CACHE))]
    for label, extra in (MODES[m] for m in modes):
        runs.append((label, lambda db, extra=extra: build(stories, db, *extra)))
        if OTHER:
            runs.append((f"{label}, --against", lambda db, extra=extra: build(stories, db, *extra, env=OTHER)))
    got: dict[str, list[tuple[float, float, float]]] = {label: [] for label, _ in runs}
    for r in range(rounds):
        for i, (label, run) in enumerate(runs):
            seconds, peak, _ = run(tmp / f"{r}-{i}.duckdb")
            got[label].append((seconds, peak, CPU[-1]))
    med = {label: [statistics.median(x) for x in zip(*values)] for label, values in got.items()}
    base, cpu0 = med[runs[0][0]][0], med[runs[0][0]][2]
    print(f"{n} Reuters-21578 stories, whole processes, medians of {rounds} round(s) "
          f"(machine: {os.cpu_count()} cores, shared and loaded)")
    if OTHER:
        print(f"--against: {OTHER['PYTHONPATH']}")
    print(f"{'':<40}{'seconds':>9}{'stories/s':>11}{'vs spaCy':>10}{'peak RSS MB':>13}{'CPU s':>8}{'vs spaCy':>10}")
    for label, (seconds, peak, used) in med.items():
        print(f"{label:<40}{seconds:>9.1f}{n / seconds:>11.1f}{base / seconds:>10.2f}{peak:>13.0f}"
              f"{used:>8.1f}{cpu0 / used:>10.2f}")


def memory(sizes: list[int], tmp: Path, merge_every: int | None = None) -> None:
    """Peak RSS of builds of each size, each one's first full merge at `merge_every` documents (DOSSIER_MERGE_EVERY;
    default the smallest size: the smallest build merges its whole corpus in full at its end, a larger one first
    at this count, then incrementally)."""
    every = merge_every if merge_every is not None else min(sizes)
    print(f"(DOSSIER_MERGE_EVERY={every})")
    print(f"{'stories':>8}{'seconds':>9}{'peak RSS MB':>13}{'vs smallest':>13}")
    first = None
    for n in sizes:
        stories = tmp / f"s{n}.jsonl"
        write_stories(stories, n)
        seconds, peak, _ = build(stories, tmp / f"m{n}.duckdb", env={"DOSSIER_MERGE_EVERY": str(every)})
        first = first or peak
        print(f"{n:>8}{seconds:>9.1f}{peak:>13.0f}{peak / first:>13.2f}")
        stories.unlink()


def add(base: int, extra: int, tmp: Path, kept: Path | None = None) -> None:
    """Build a store of `base` stories (or copy `kept`, a merged store of the first `base` stories, such as
    `merge --prepare` keeps), then add the next `extra` stories to it with `dossier build`."""
    import shutil

    stories, more = tmp / "base.jsonl", tmp / "more.jsonl"
    write_stories(more, extra, offset=base)
    db = tmp / "base.duckdb"
    if kept is None:
        write_stories(stories, base)
        seconds, peak, _ = build(stories, db)
        print(f"built a store of {base} stories in {seconds:.0f} s (peak RSS {peak:.0f} MB)")
    else:
        shutil.copy(kept, db)
    seconds, peak, _ = build(more, db)
    print(f"added {extra} stories to it in {seconds:.1f} s, {CPU[-1]:.1f} CPU s (peak RSS {peak:.0f} MB)")


def copy_store(db: Path, copies: int) -> None:
    """Add `copies` copies of every stored document and its stored results, each with new ids and every 198x date
    moved to 2k8x (so that a copy's dated events fall in other years): a larger store to merge without analysing
    more stories. Not the same as more stories: the names, figures and words do not grow with the copies."""
    import duckdb

    con = duckdb.connect(str(db))
    for k in range(1, copies + 1):
        new = f"substr(md5(d.id || '#c{k}'), 1, 16)"
        con.execute(f"""INSERT INTO documents SELECT {new}, d.source || '#c{k}', d.title, d.outlet,
            regexp_replace(d.published, '^19(8\\d)', '2{k}\\1'), d.published_inferred, d.published_basis,
            d.dateline, d.text, CASE WHEN d.duplicate_of IS NULL THEN NULL
                                     ELSE substr(md5(d.duplicate_of || '#c{k}'), 1, 16) END
            FROM documents d WHERE d.source NOT LIKE '%#c%'""")
        con.execute(f"""INSERT INTO extractions SELECT {new},
            CAST(regexp_replace(replace(CAST(x.payload AS VARCHAR), x.doc_id, {new}), '"19(8\\d)', '"2{k}\\1', 'g')
                 AS JSON)
            FROM extractions x JOIN documents d ON d.id = x.doc_id WHERE d.source NOT LIKE '%#c%'""")
    con.close()


def _hold_aside(store, extra: int) -> None:
    """Move the last `extra` documents (in source order) and their stored results to side tables."""
    con = store.con
    later = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY source").fetchall()][-extra:]
    con.execute("CREATE TABLE later_docs AS SELECT * FROM documents WHERE list_contains(?, id)", [later])
    con.execute("CREATE TABLE later_results AS SELECT * FROM extractions WHERE list_contains(?, doc_id)", [later])
    con.execute("DELETE FROM documents WHERE list_contains(?, id)", [later])
    con.execute("DELETE FROM extractions WHERE list_contains(?, doc_id)", [later])


def _put_back(store) -> None:
    from dossier.store.versions import set_meta

    con = store.con
    con.execute("INSERT INTO documents SELECT * FROM later_docs")
    con.execute("INSERT INTO extractions SELECT * FROM later_results")
    con.execute("DROP TABLE later_docs")
    con.execute("DROP TABLE later_results")
    set_meta(con, "merge_pending", "yes")


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def merge(base: int, extra: int, tmp: Path, db: Path | None, copies: int = 0, prepare: Path | None = None,
          prepared: Path | None = None, full_after: bool = True, pipeline: bool = False) -> None:
    """The merge alone, in process: a store of base + extra stories (built here, or `db` kept from an earlier
    run; with `copies` more copies of it, `copy_store`) loses its last `extra` stories, is merged in full, gets
    them back, and is merged incrementally and then in full again. `prepare`: stop after the first full merge
    and keep that store there; `prepared`: start from such a store (a fresh process, so that the peak RSS is the
    incremental merge's; `pipeline` loads the analysis pipeline first, as a build's process holds it)."""
    import shutil

    from dossier.build import finish_merge
    from dossier.merge.incremental import merge_new
    from dossier.store import Store
    from dossier.store.versions import set_meta

    work = tmp / "merge.duckdb"
    first = None
    if prepared is None:
        if db is None or not db.exists():
            db = db or tmp / "all.duckdb"
            stories = tmp / "all.jsonl"
            write_stories(stories, base + extra)
            seconds, _, _ = build(stories, db)
            print(f"built {base + extra} stories in {seconds:.0f} s")
        shutil.copy(db, work)
        if copies:
            copy_store(work, copies)
        with Store(work) as store:
            _hold_aside(store, extra)
            set_meta(store.con, "merge_pending", "yes")
            started = time.perf_counter()
            finish_merge(store, full=True)
            first = time.perf_counter() - started
            size = store.count("documents")
        if prepare is not None:
            shutil.copy(work, prepare)
            print(f"merged {size} documents in full in {first:.1f} s (peak RSS {_peak_mb():.0f} MB); kept in {prepare}")
            return
    else:
        shutil.copy(prepared, work)
    if pipeline:
        from dossier.config import Settings
        from dossier.nlp import loader

        loader.load(Settings.from_env())
    before = _rss_mb()
    with Store(work) as store:
        _put_back(store)
        started = time.perf_counter()
        incremental = merge_new(store, share=1.0, reach=1.0)
        added = time.perf_counter() - started
        peak = _peak_mb()
        full = None
        if full_after:
            set_meta(store.con, "merge_pending", "yes")
            started = time.perf_counter()
            finish_merge(store, full=True)
            full = time.perf_counter() - started
        size = store.count("documents")
    print(f"{'store':>8}{'full merge':>12}{'+ stories':>11}{'incremental':>13}{'full':>8}{'ratio':>8}"
          f"{'RSS before MB':>15}{'peak MB':>9}")
    print(f"{size - extra:>8}{'' if first is None else f'{first:.1f}':>12}{extra:>11}{added:>13.1f}"
          f"{'' if full is None else f'{full:.1f}':>8}{'' if full is None else f'{full / added:.2f}':>8}"
          f"{before:>15.0f}{peak:>9.0f}"
          + ("" if incremental else "  (the incremental merge fell back to a full one)"))
    print("(peak: the process's peak RSS up to the end of the incremental merge)")


def _copy_id(doc_id: str, k: int) -> str:
    return hashlib.md5(f"{doc_id}#c{k}".encode()).hexdigest()[:16]


def _copy_result(result, k: int):
    """A cached DocResult as the k-th copy of its document: a new id (as `copy_store` makes it) in the document and
    everything that names it, and every 198x date moved to 2k8x, so that a copy's events fall in other years."""
    import re

    from dossier.model import Document
    from dossier.pipeline import DocResult
    from dossier.store.database import _Extraction, _payload

    old = result.document.id
    new = _copy_id(old, k)
    moved = re.sub(r'"19(8\d)', rf'"2{k}\1', json.dumps(_payload(result)).replace(old, new))
    data = _Extraction.model_validate_json(moved)
    doc = result.document
    document = Document.model_validate({**doc.model_dump(), "id": new, "source": f"{doc.source}#c{k}",
                                        "published": re.sub(r"^19(8\d)", rf"2{k}\1", doc.published or "") or None,
                                        "duplicate_of": (_copy_id(doc.duplicate_of, k) if doc.duplicate_of else None)})
    return DocResult(document=document, entities=data.entities, mentions=data.mentions, timexes=data.timexes,
                     events=data.events, facts=data.facts)


def _analyse_into(stories: Path, db: Path) -> tuple[int, float]:
    """Analyse the stories as `dossier build` reads them and save the per-document results, unmerged: (documents,
    CPU seconds)."""
    from dossier.config import Settings
    from dossier.ingest import Fields, IngestError, read_paths
    from dossier.pipeline import process
    from dossier.store import Store

    settings = Settings.from_env()
    started = time.process_time()
    docs = [d for d in read_paths([stories], max_chars=settings.max_document_chars,
                                  languages=tuple(settings.languages) or None, fields=Fields())
            if not isinstance(d, IngestError)]
    with Store(db) as store:
        batch = []
        for result in process(docs, settings):
            if not result.error:
                batch.append(result)
            if len(batch) >= settings.write_every:
                store.add_results(batch)
                batch = []
        store.add_results(batch)
        n = store.count("documents")
    return n, time.process_time() - started


STEPS = {  # module: functions whose CPU seconds an incremental merge's steps are measured by
    "dossier.store.increments": ["index_documents", "unknown_slugs", "unknown_votes", "naming_unknown", "naming",
                                 "entity_items", "fact_items", "candidates", "article_closure", "reports_of"],
    "dossier.merge.incremental": ["decide", "merge_entities", "_merge_events", "_merge_facts", "_rebuild_stories"],
}


def _timed_steps() -> dict[str, list[float]]:
    """Wrap the incremental merge's steps (STEPS) so that each one's CPU seconds and calls add up; the totals."""
    import functools
    import importlib

    from dossier.store import Store

    spent: dict[str, list[float]] = {}

    def wrap(owner, name):
        f = getattr(owner, name)

        @functools.wraps(f)
        def timed_step(*args, **kwargs):
            started = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                total = spent.setdefault(name, [0.0, 0])
                total[0] += time.process_time() - started
                total[1] += 1
        setattr(owner, name, timed_step)

    for module, names in STEPS.items():
        owner = importlib.import_module(module)
        for name in names:
            wrap(owner, name)
    for name in ("extractions", "_copy_mentions", "_insert"):
        wrap(Store, name)
    return spent


def populate(base: int, distinct: int, tmp: Path, cache: Path, keep: Path, extra: int, offset: int) -> None:
    """A store of `base` documents made as `dossier build` makes it (saved in batches, merged on the way at the same
    counts, `DOSSIER_MERGE_EVERY`), from the analyses of `distinct` stories (analysed once into `cache`, reused when
    it exists) repeated with new ids and dates; kept in `keep`. Then `extra` new stories (from story `offset` on)
    analysed, saved and merged incrementally in this process, each step of the merge timed."""
    import shutil

    from dossier.build import _merge_due, finish_merge
    from dossier.config import Settings
    from dossier.store import Store

    if not cache.exists():
        stories = tmp / "distinct.jsonl"
        write_stories(stories, distinct)
        n, cpu = _analyse_into(stories, cache)
        print(f"analysed {n} stories into {cache} in {cpu:.0f} CPU s")
    with Store(cache) as store:
        cached = list(store.extractions())
    settings = Settings.from_env()
    work = tmp / "populated.duckdb"
    started, cpu0 = time.perf_counter(), time.process_time()
    merges = []
    with Store(work) as store:
        due, waiting, batch = _merge_due(store, settings.merge_every), 0, []
        for i in range(base):
            k, result = divmod(i, len(cached))
            batch.append(_copy_result(cached[result], k) if k else cached[result])
            if len(batch) >= settings.write_every or due(waiting + len(batch)) or i == base - 1:
                store.add_results(batch)
                waiting += len(batch)
                batch = []
                if due(waiting) or i == base - 1:
                    t0, c0 = time.perf_counter(), time.process_time()
                    finish_merge(store)
                    merges.append((i + 1, waiting, time.perf_counter() - t0, time.process_time() - c0, _peak_mb()))
                    due, waiting = _merge_due(store, settings.merge_every), 0
        size = store.count("documents")
    print(f"populated {size} documents ({len(cached)} analyses, copies past them) in "
          f"{time.perf_counter() - started:.0f} s, {time.process_time() - cpu0:.0f} CPU s; merges (documents, new, "
          "seconds, CPU s, peak RSS MB so far):")
    for row in merges:
        print("  %d %d %.1f %.1f %.0f" % row)
    shutil.copy(work, keep)
    print(f"kept in {keep}")
    if not extra:
        return
    more = tmp / "more.jsonl"
    write_stories(more, extra, offset=offset)
    with Store(work) as store:
        known = store.known_ids()
    n, cpu = _analyse_into(more, work)
    spent = _timed_steps()
    before = _rss_mb()
    with Store(work) as store:
        t0, c0 = time.perf_counter(), time.process_time()
        finish_merge(store)
        seconds, used = time.perf_counter() - t0, time.process_time() - c0
        size = store.count("documents")
        fresh = size - len(known)
    print(f"{fresh} new stories into {size - fresh}: analysis and saving {cpu:.1f} CPU s; the merge {seconds:.1f} s, "
          f"{used:.1f} CPU s (RSS before {before:.0f} MB, peak {_peak_mb():.0f} MB); its steps (CPU s, calls):")
    for name, (total, calls) in sorted(spent.items(), key=lambda kv: -kv[1][0]):
        print(f"  {name:<20}{total:7.2f}{calls:5d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["speed", "memory", "add", "merge", "populate"])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--merge-every", type=int,
                        help="memory: DOSSIER_MERGE_EVERY for every build (default: the smallest size)")
    parser.add_argument("--base", type=int, default=20000)
    parser.add_argument("--add", type=int, default=100)
    parser.add_argument("--copies", type=int, default=0,
                        help="merge: add this many copies of the store (new ids, dates moved) before merging")
    parser.add_argument("--modes", default="1,2,dask", help="speed: which builds to run (1, 2, dask)")
    parser.add_argument("--rounds", type=int, default=1, help="speed: rounds in turn; medians are reported")
    parser.add_argument("--against", type=Path,
                        help="speed: also build with another checkout's code (its src folder, e.g. from `git archive`)")
    parser.add_argument("--db", type=Path, help="merge: a store of base + add stories to reuse (built when absent); "
                        "add: a merged store of the first base stories to add to (copied)")
    parser.add_argument("--prepare", type=Path,
                        help="merge: keep the store merged in full without the last stories here")
    parser.add_argument("--prepared", type=Path, help="merge: start from a store kept by --prepare")
    parser.add_argument("--no-full", action="store_true",
                        help="merge: no full merge after the incremental one")
    parser.add_argument("--pipeline", action="store_true", help="merge: load the analysis pipeline first, as a build")
    parser.add_argument("--distinct", type=int, default=3000, help="populate: stories analysed, then repeated")
    parser.add_argument("--cache", type=Path, help="populate: the store of their analyses (made when absent)")
    parser.add_argument("--keep", type=Path, help="populate: where the populated store is kept")
    parser.add_argument("--offset", type=int, default=17400,
                        help="populate: the first of the new stories added after (past the cached ones)")
    args = parser.parse_args()
    if args.against:
        OTHER["PYTHONPATH"] = str(args.against.resolve())
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        warm(tmp)
        if args.what == "speed":
            speed(args.n, tmp, args.modes.split(","), args.rounds)
        elif args.what == "memory":
            memory([int(s) for s in args.sizes.split(",")], tmp, args.merge_every)
        elif args.what == "populate":
            populate(args.base, args.distinct, tmp, args.cache, args.keep, args.add, args.offset)
        elif args.what == "add":
            add(args.base, args.add, tmp, args.db)
        else:
            merge(args.base, args.add, tmp, args.db, args.copies, args.prepare, args.prepared, not args.no_full,
                  args.pipeline)


if __name__ == "__main__":
    main()
