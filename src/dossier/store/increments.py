"""What the store keeps so that a merge can add documents without rebuilding the record (`merge.incremental`).

- `merge_docs`: the documents the merged tables include;
- `merge_keys`: each report's blocking keys (`merge.coref.blocking_keys`, one row a key) with the window of days
  its event can lie in when it is dated (NULL when not) and its article's date (NULL when not known): an undated
  report meets the reports of articles within `merge.coref.NEAR_DAYS` of its own (`merge.coref.apart`);
- `merge_stems`: in how many merged documents each word stem occurs (the idf of the collection);
- `merge_bags`: the stems of each merged document's words and of its names (`merge.reports.stems`, `names`), of the
  documents that report events, each as its stems and their counts in the bag's own order: what a candidate
  article's reports compare (`article_events`), so that the merge reads no stored text;
- `merge_renames`: the unknown actors' renaming at the last merge ({old id: new id, name, type});
- `merge_entities`, `merge_fact_items`: the actors each merged document names (its order, id, name, whether known,
  the item as stored) and the figures it reports that have a measure (its order, the figure: measure and unit,
  the item as stored, and the fields a figure's reports are grouped by, in their own columns), so that the merge
  finds and reads what it folds again without parsing whole stored results.

The meta key `incremental` holds VERSION only while these tables match the merged tables (a full merge writes both
in one transaction; a merged record written without them sets it to 'no', and the next merge is a full one).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from dossier.store.versions import get_meta, set_meta

# what `merge.facts.figure_groups` reads of a stored reported figure, taken out of its item when it is indexed
# (`index_documents`), so that grouping a figure's reports reads these narrow columns and not the wide JSON items
# (whose blocks a scattered read brings into DuckDB's cache nearly whole): the fact id, subject ids, measure, value
# as written, unit, whether a time is given, its start and end, qualifier, text
_FIGURE_COLUMNS = ("fact_id VARCHAR, subject VARCHAR[], measure VARCHAR, value VARCHAR, unit VARCHAR, timed BOOLEAN, "
                   "t_start VARCHAR, t_end VARCHAR, qualifier VARCHAR, text VARCHAR")
_FIGURE_FIELDS = ("f.v->>'id', f.v->>'$.subject[*]', f.v->>'measure', f.v->>'value', f.v->>'unit', "
                  "coalesce(json_type(f.v->'time'), 'NULL') <> 'NULL', f.v->'time'->>'start', f.v->'time'->>'end', "
                  "f.v->>'qualifier', f.v->>'text'")

TABLES = {
    "merge_docs": "doc_id VARCHAR",
    "merge_keys": "report_id VARCHAR, doc_id VARCHAR, key VARCHAR, lo DATE, hi DATE, published DATE",
    "merge_stems": "stem VARCHAR PRIMARY KEY, df BIGINT",
    "merge_bags": "doc_id VARCHAR, words VARCHAR[], counts INTEGER[], names VARCHAR[], name_counts INTEGER[]",
    "merge_renames": "old VARCHAR, new VARCHAR, name VARCHAR, type VARCHAR",
    "merge_entities": "doc_id VARCHAR, n BIGINT, id VARCHAR, name VARCHAR, known BOOLEAN, item JSON",
    "merge_fact_items": "doc_id VARCHAR, n BIGINT, figure VARCHAR, item JSON, " + _FIGURE_COLUMNS,
}
DOC_ORDER = "d.published NULLS LAST, d.source"  # the order of `Store.documents`, which the merge reads in


def create(con) -> None:
    for name, cols in TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({cols})")


VERSION = "7"  # of the bookkeeping: a store that holds another is merged in full once


def ready(con) -> bool:
    """Whether the bookkeeping matches the merged tables."""
    return get_meta(con, "incremental") == VERSION


def mark(con, ready_: bool) -> None:
    set_meta(con, "incremental", VERSION if ready_ else "no")


def arrow(con, name: str, columns: dict[str, tuple[list, str]]):
    """Register {column: (values, 'string'|'date'|'int64'|'strings'|'int64s')} as a view named `name` (the last two:
    a list a row); returns it for unregister."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "date": pa.date32(), "int64": pa.int64(), "strings": pa.list_(pa.string()),
             "int64s": pa.list_(pa.int64())}
    con.register(name, pa.table({c: pa.array(v, kinds[k]) for c, (v, k) in columns.items()}))
    return name


def unregister(con, *views: str) -> None:
    """Drop registered views in a `finally`: when a query of the transaction failed, DuckDB refuses (the
    transaction is aborted) and its rollback drops them; that refusal must not hide the failure itself (an
    incremental merge out of DuckDB's memory read as 'Current transaction is aborted')."""
    import duckdb

    for view in views:
        try:
            con.unregister(view)
        except duckdb.TransactionException:
            pass


def append(con, table: str, columns: dict[str, tuple[list, str]]) -> None:
    if not next(iter(columns.values()))[0]:
        return
    view = arrow(con, f"_dossier_add_{table}", columns)
    try:
        names = ", ".join(columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
    finally:
        unregister(con, view)


def rewrite(con, doc_ids: list[str], keys: list[tuple], stems: dict[str, int],
            renames: dict[str, tuple[str, str, str]], bags: dict[str, tuple[list, str]] | None = None) -> None:
    """Replace the whole bookkeeping (after a full merge): keys are (report id, doc id, key, lo, hi, published), bags
    the columns of `merge_bags` (`bag_columns`). The tables are made again, so that those of an earlier version
    take this one's columns."""
    for table in TABLES:
        con.execute(f"DROP TABLE IF EXISTS {table}")
    create(con)
    append(con, "merge_docs", {"doc_id": (doc_ids, "string")})
    index_documents(con, None)
    add_keys(con, keys)
    if bags:
        append(con, "merge_bags", bags)
    append(con, "merge_stems", {"stem": (list(stems), "string"), "df": (list(stems.values()), "int64")})
    write_renames(con, renames)
    mark(con, True)


def add_keys(con, keys: list[tuple]) -> None:
    cols = list(zip(*keys)) if keys else [[], [], [], [], [], []]
    append(con, "merge_keys", {"report_id": (list(cols[0]), "string"), "doc_id": (list(cols[1]), "string"),
                               "key": (list(cols[2]), "string"), "lo": (list(cols[3]), "date"),
                               "hi": (list(cols[4]), "date"), "published": (list(cols[5]), "date")})


def bag_columns(reports: Iterable[tuple[str, list]]) -> dict[str, tuple[list, str]]:
    """The columns of `merge_bags` for (doc id, its reports) pairs: the stems of a document's words and names as
    its reports hold them (`merge.reports.document_reports`), in each bag's order (a bag read back is the same
    Counter in the same order, so that its vectors are the same to the last bit). A document without reports has
    none: its text is never compared."""
    cols: tuple[list, ...] = ([], [], [], [], [])
    for doc, mine in reports:
        if mine:
            words, found = mine[0].words or {}, mine[0].names or {}
            for col, value in zip(cols, (doc, list(words), list(words.values()), list(found), list(found.values()))):
                col.append(value)
    return {"doc_id": (cols[0], "string"), "words": (cols[1], "strings"), "counts": (cols[2], "int64s"),
            "names": (cols[3], "strings"), "name_counts": (cols[4], "int64s")}


def write_renames(con, renames: dict[str, tuple[str, str, str]]) -> None:
    con.execute("DELETE FROM merge_renames")
    rows = [(old, *new) for old, new in renames.items()]
    cols = list(zip(*rows)) if rows else [[], [], [], []]
    append(con, "merge_renames", {"old": (list(cols[0]), "string"), "new": (list(cols[1]), "string"),
                                  "name": (list(cols[2]), "string"), "type": (list(cols[3]), "string")})


def renames(con) -> dict[str, tuple[str, str, str]]:
    return {old: (new, name, kind) for old, new, name, kind in
            con.execute("SELECT old, new, name, type FROM merge_renames").fetchall()}


def new_documents(con) -> list[str]:
    """Ids of the stored documents the merged tables do not include yet, in document order."""
    return [r[0] for r in con.execute(
        f"SELECT d.id FROM documents d ANTI JOIN merge_docs m ON m.doc_id = d.id ORDER BY {DOC_ORDER}").fetchall()]


def add_stems(con, bags: Iterable) -> dict[str, int]:
    """Count the new documents' stems in and return every stem's document frequency."""
    df = Counter(w for bag in bags for w in bag)
    if df:
        view = arrow(con, "_dossier_stems", {"stem": (list(df), "string"), "df": (list(df.values()), "int64")})
        try:
            con.execute("INSERT INTO merge_stems SELECT stem, 0 FROM _dossier_stems ANTI JOIN merge_stems USING (stem)")
            con.execute("UPDATE merge_stems SET df = merge_stems.df + s.df FROM _dossier_stems s "
                        "WHERE merge_stems.stem = s.stem")
        finally:
            unregister(con, view)
    return dict(con.execute("SELECT stem, df FROM merge_stems").fetchall())


@contextmanager
def results_of(con, doc_ids: list[str] | None):
    """The name of a view of the stored results (`extractions`) of these documents (None: all), filtered before
    any JSON is read."""
    if doc_ids is None:
        yield "extractions"
        return
    view = arrow(con, "_dossier_docs_of", {"doc_id": (list(doc_ids), "string")})
    try:
        yield "(SELECT x.* FROM extractions x SEMI JOIN _dossier_docs_of o ON o.doc_id = x.doc_id)"
    finally:
        unregister(con, view)


def result_items(results: str, key: str) -> str:
    """A query of (doc_id, items): each stored result's list under `key` as JSON[], the payload left behind. An
    unnest beside the whole payload carried that payload along with every item it gave (some 130 kB of DuckDB
    memory a document: 150 MB to read the mentions of 1,000 Reuters stories, 55 MB so)."""
    return f"SELECT doc_id, CAST(coalesce(payload->'{key}', '[]') AS JSON[]) AS items FROM {results}"


def index_documents(con, doc_ids: list[str] | None) -> None:
    """Fill `merge_entities` and `merge_fact_items` from the stored results of these documents (None: all), near-
    duplicates left out."""
    originals = "SEMI JOIN documents d ON d.id = x.doc_id AND d.duplicate_of IS NULL"  # a near-duplicate adds nothing
    with results_of(con, doc_ids) as results:
        con.execute(f"""
            INSERT INTO merge_entities
            SELECT x.doc_id, e.n, e.v->>'id', e.v->>'name', coalesce(CAST(e.v->>'known' AS BOOLEAN), false), e.v
            FROM ({result_items(f"(SELECT x.* FROM {results} x {originals})", 'entities')}) x,
                 unnest(x.items) WITH ORDINALITY AS e(v, n)""")
        con.execute(f"""
            INSERT INTO merge_fact_items
            SELECT x.doc_id, f.n, lower(f.v->>'measure') || chr(31) || (f.v->>'unit'), f.v,
                   {_FIGURE_FIELDS}
            FROM ({result_items(f"(SELECT x.* FROM {results} x {originals})", 'facts')}) x,
                 unnest(x.items) WITH ORDINALITY AS f(v, n)
            WHERE (f.v->>'measure') IS NOT NULL AND (f.v->>'measure') <> ''""")


_LABEL_SLUG = "regexp_extract(e.id, '^unk:([^:]*):', 1) AS label, regexp_extract(e.id, '^unk:[^:]*:(.+)$', 1) AS slug"
_UNKNOWN_ROWS = """
    FROM documents d JOIN merge_entities e ON e.doc_id = d.id
    WHERE d.duplicate_of IS NULL AND e.id LIKE 'unk:%' AND NOT e.known AND regexp_matches(e.id, '^unk:[^:]*:.')"""


def _unknown(only: str = "") -> str:
    """The unknown actors of the stored documents that are no near-duplicate, numbered in document order;
    `only` a further condition on them (their slugs are numbered among themselves, in the same order)."""
    return f"""
    SELECT row_number() OVER (ORDER BY {DOC_ORDER}, e.n) AS pos, e.name, {_LABEL_SLUG} {_UNKNOWN_ROWS} {only}"""


def unknown_votes(con, slugs: list[str] | None = None) -> tuple[dict, dict]:
    """The votes `actors.unknown.decide` takes, counted in SQL over every unknown actor of the stored documents
    that are no near-duplicate (or those of these slugs): ({slug: Counter of labels}, {slug: Counter of written
    names}), each in the order the documents (in document order) first give them, as
    `actors.unknown.unknown_ids` counts them."""
    from collections import defaultdict

    only, params = ("", []) if slugs is None else \
        ("AND list_contains(?, regexp_extract(e.id, '^unk:[^:]*:(.+)$', 1))", [sorted(slugs)])
    votes: tuple[dict, dict] = (defaultdict(Counter), defaultdict(Counter))
    for n, what in enumerate(("label", "name")):
        for slug, value, count in con.execute(f"""
                SELECT slug, {what}, count(*) FROM ({_unknown(only)}) GROUP BY slug, {what} ORDER BY min(pos)""",
                                              params).fetchall():
            votes[n][slug][value] = count
    return votes


def unknown_slugs(con, new_ids: list[str]) -> list[tuple[str, bool, bool, bool]]:
    """(slug, whether any document calls it a person, whether any merged one did, whether a new document names
    it) for every unknown actor's slug of the stored documents that are no near-duplicate."""
    return con.execute(f"""
        SELECT slug, bool_or(label = 'PERSON'), coalesce(bool_or(label = 'PERSON' AND NOT new), false), bool_or(new)
        FROM (SELECT {_LABEL_SLUG}, list_contains(?, e.doc_id) AS new {_UNKNOWN_ROWS}) GROUP BY slug""",
                       [new_ids]).fetchall()


def naming_unknown(con, ids: list[str]) -> list[tuple[str, str]]:
    """(doc id, actor id) of the stored documents that are no near-duplicate and name one of these ids as an
    unknown actor."""
    if not ids:
        return []
    return con.execute("""
        SELECT DISTINCT d.id, e.id FROM documents d JOIN merge_entities e ON e.doc_id = d.id
        WHERE d.duplicate_of IS NULL AND NOT e.known AND list_contains(?, e.id)""", [ids]).fetchall()


def naming(con, ids: list[str]) -> list[str]:
    """The documents that name any of these actor ids."""
    return [r[0] for r in con.execute("SELECT DISTINCT doc_id FROM merge_entities WHERE list_contains(?, id)",
                                      [ids]).fetchall()]


def entity_items(con, ids: list[str]) -> Iterator[tuple[str, str]]:
    """(doc id, JSON) of the stored entities with these ids, of documents that are no near-duplicate, in document
    order (and each document's own order): from the narrow table, no stored result is read. Fetched a few thousand
    rows at a time (read them all before the next query)."""
    result = con.execute(f"""
        SELECT d.id, CAST(e.item AS VARCHAR) FROM documents d JOIN merge_entities e ON e.doc_id = d.id
        WHERE d.duplicate_of IS NULL AND list_contains(?, e.id)
        ORDER BY {DOC_ORDER}, e.n""", [ids])
    while rows := result.fetchmany(4096):
        yield from rows


class Article(NamedTuple):
    """A stored document as a candidate article's reports read it (`merge.reports.document_reports`, the document
    order); its text stays in the store (`merge_bags` holds what is compared of it)."""

    id: str
    source: str
    published: str | None
    published_basis: str | None


def article_events(con, doc_ids: list[str]) -> Iterator[tuple[Article, Counter | None, Counter | None, str]]:
    """(article, the stems of its words, of its names, its stored events as JSON) of these documents that are no
    near-duplicate, in document order: of each stored result only its events are read out, in SQL (its entities,
    facts, mentions and dates stay in the store), and of the document no text: its bags as `merge_bags` keeps them
    (None, None for a document without them: one without events). Fetched a few hundred rows at a time (read them
    all before the next query)."""
    if not doc_ids:
        return
    with results_of(con, doc_ids) as results:
        result = con.execute(f"""
            SELECT d.id, d.source, d.published, d.published_basis, b.words, b.counts, b.names, b.name_counts,
                   CAST(coalesce(x.payload->'events', '[]') AS VARCHAR)
            FROM documents d LEFT JOIN {results} x ON x.doc_id = d.id LEFT JOIN merge_bags b ON b.doc_id = d.id
            WHERE d.duplicate_of IS NULL AND list_contains(?, d.id)
            ORDER BY {DOC_ORDER}""", [list(doc_ids)])
        while rows := result.fetchmany(256):
            for ident, source, published, basis, words, counts, found, found_counts, events in rows:
                yield (Article(ident, source, published, basis), _bag(words, counts), _bag(found, found_counts),
                       events)


def _bag(keys: list[str] | None, counts: list[int] | None) -> Counter | None:
    """A kept bag as a Counter, its stems interned: each row gives new strings, where stemming a text gave the
    stemmer's cached ones, which the articles share (the reports of 4,176 articles: 70.8 MB held without, 48.4 MB
    so)."""
    return None if keys is None else Counter(dict(zip(map(sys.intern, keys), counts)))


def fact_items(con, figures: list[str]) -> list[tuple[str, str]]:
    """(doc id, JSON) of the stored reported figures of these figures ('measure\x1funit', the measure in lower
    case), of documents that are no near-duplicate, in document order, from the narrow table."""
    return con.execute(f"""
        SELECT d.id, CAST(f.item AS VARCHAR) FROM documents d JOIN merge_fact_items f ON f.doc_id = d.id
        WHERE d.duplicate_of IS NULL AND list_contains(?, f.figure)
        ORDER BY {DOC_ORDER}, f.n""", [figures]).fetchall()


def fact_figures(con, figures: list[str]) -> Iterator[tuple]:
    """What `merge.facts.figure_groups` reads of the stored reported figures of these figures (as `fact_items`
    gives them, in the same order), from the narrow columns taken out of the JSON when it was indexed, so that no
    item with its evidence is read: (row id, doc id, fact id, subject ids, measure, value as written, unit, whether
    a time is given, its start, its end, qualifier, text), fetched a few thousand rows at a time (read them all
    before the next query). `fact_items_at` reads the whole items back by their row ids."""
    result = con.execute(f"""
        SELECT f.rowid, d.id, f.fact_id, f.subject, f.measure, f.value, f.unit, f.timed, f.t_start, f.t_end,
               f.qualifier, f.text
        FROM documents d JOIN merge_fact_items f ON f.doc_id = d.id
        WHERE d.duplicate_of IS NULL AND list_contains(?, f.figure)
        ORDER BY {DOC_ORDER}, f.n""", [figures])
    while rows := result.fetchmany(4096):
        yield from rows


def fact_items_at(con, rows: list[int]) -> list[tuple[int, str]]:
    """(row id, JSON) of the stored reported figures at these row ids of `merge_fact_items` (`fact_figures`)."""
    if not rows:
        return []
    return con.execute("SELECT rowid, CAST(item AS VARCHAR) FROM merge_fact_items WHERE rowid IN (SELECT unnest(?))",
                       [rows]).fetchall()


_CANDIDATES = """
            WITH f AS MATERIALIZED (SELECT * FROM merge_keys SEMI JOIN _dossier_frontier USING (report_id))
            SELECT DISTINCT f.report_id, k.report_id, k.doc_id
            FROM f JOIN merge_keys k ON k.key = f.key AND k.report_id <> f.report_id
            WHERE k.doc_id NOT IN (SELECT doc_id FROM _dossier_skip)
              AND (f.lo IS NULL OR k.hi IS NULL OR f.lo <= k.hi + 2)
              AND (k.lo IS NULL OR f.hi IS NULL OR k.lo <= f.hi + 2)
              AND (f.lo IS NOT NULL AND k.lo IS NOT NULL OR f.published IS NULL OR k.published IS NULL
                   OR f.doc_id = k.doc_id OR abs(date_diff('day', f.published, k.published)) <= ?)"""


def candidates(con, frontier: list[str], skip_docs: list[str], near_days: int) -> list[tuple[str, str, str]]:
    """(frontier report, candidate report, candidate's document): reports that share a blocking key with a
    frontier report and whose windows can meet its (a day of slack either side beyond the decision's own), and,
    when either is undated, whose articles lie at most `near_days` apart (`merge.coref.apart`; either article's
    date unknown: no bound), outside the documents in `skip_docs`. The frontier's keys are taken out first
    (a materialized CTE): left to itself, DuckDB joined the whole key table with itself and only then kept the
    frontier's rows, a hash table of every pair of stored reports that can meet (482,568 rows at 19,402
    documents for 51,693 kept; some 60 MB, growing with the square of a key's reports)."""
    view = arrow(con, "_dossier_frontier", {"report_id": (frontier, "string")})
    skip = arrow(con, "_dossier_skip", {"doc_id": (skip_docs, "string")})
    try:
        return con.execute(_CANDIDATES, [near_days]).fetchall()
    finally:
        unregister(con, view, skip)


def article_closure(con, doc_ids: set[str]) -> set[str]:
    """The documents whose reports make, with those of `doc_ids`, whole merged events: every event of a report
    of one of them, every article of a report of such an event, and so on."""
    found = set(doc_ids)
    frontier = list(doc_ids)
    while frontier:
        view = arrow(con, "_dossier_docs", {"doc_id": (frontier, "string")})
        try:
            more = {r[0] for r in con.execute("""
                SELECT DISTINCT k2.doc_id
                FROM merge_keys k SEMI JOIN _dossier_docs USING (doc_id)
                     JOIN event_reports e ON e.report_id = k.report_id
                     JOIN event_reports e2 ON e2.event_id = e.event_id
                     JOIN merge_keys k2 ON k2.report_id = e2.report_id""").fetchall()}
        finally:
            unregister(con, view)
        frontier = list(more - found)
        found |= more
    return found


def reports_of(con, doc_ids: list[str]) -> dict[str, str]:
    """{report id: the merged event it is in} for the reports of these documents."""
    view = arrow(con, "_dossier_docs", {"doc_id": (doc_ids, "string")})
    try:
        return dict(con.execute("""
            SELECT DISTINCT k.report_id, e.event_id FROM merge_keys k SEMI JOIN _dossier_docs USING (doc_id)
            JOIN event_reports e ON e.report_id = k.report_id""").fetchall())
    finally:
        unregister(con, view)
