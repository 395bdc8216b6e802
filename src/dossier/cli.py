"""The command line: build a store from articles, read it back, export it, evaluate the pipeline."""

from __future__ import annotations

import functools
import gc
import importlib
import inspect
import json
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dossier.actors.commands import app as actors_app
from dossier.config import Settings
from dossier.evaluate import SCORERS
from dossier.terminal.sanitize import clean

app = typer.Typer(help="dossier: who did what to whom, when and where, from news articles.",
                  no_args_is_help=True, add_completion=False)
console = Console()
err = Console(stderr=True, soft_wrap=True)
app.add_typer(actors_app, name="actors")

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store.", envvar="DOSSIER_DB")]
ActorOption = Annotated[Optional[str], typer.Option("--actor", help="Only items involving this actor (name, alias or id).")]
FromOption = Annotated[Optional[str], typer.Option("--from", help="Only items on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).")]
ToOption = Annotated[Optional[str], typer.Option("--to", help="Only items on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).")]
WithOption = Annotated[Optional[str], typer.Option("--with", help="With --actor: only items between the two, either way round (a country stands for its officials, bodies and firms).")]
OutletOption = Annotated[Optional[str], typer.Option("--outlet", help="Only items reported by an outlet whose name contains this.")]
TextOption = Annotated[Optional[str], typer.Option("--text", help="Only items with a report whose sentence contains this.")]
TypeOption = Annotated[Optional[str], typer.Option("--type", help="PLOVER type (e.g. CONSULT) or CAMEO code (e.g. 042).")]
StatusOption = Annotated[Optional[str], typer.Option("--status", help="occurred, planned, …")]
MainOption = Annotated[bool, typer.Option("--main", help="Only the stories' main events: told in the lede or the "
                                          "first paragraphs, named by the title, told again (a prominence of at "
                                          "least events/data/prominence.yaml's main_at).")]
ProminenceOption = Annotated[Optional[float], typer.Option("--min-prominence", help="Only events at least this "
                                                           "prominent in their story (0 to 1).")]
DEFAULT_DB = Path("dossier.duckdb")

# The garbage collector's thresholds in a build's process (Python's default: 700, 10, 10). A build makes and drops
# millions of short-lived objects (Tokens, Spans, results) and keeps its long-lived tables frozen (nlp/loader.py):
# the young generation collected every 20,000 allocations instead of 700 does the same work in fewer passes (a
# 300-story build: 761 -> 97 of them, the collector's own time 0.44 -> 0.18 CPU s, its peak RSS unchanged; with the
# non-event matchers built once per pattern, the analysis 3-5 % less CPU: docs/scale.md). Set by the command, for
# its own process and the workers it forks, and put back when it ends (a caller in the same process, as a test,
# keeps its own); not by the library, which must not change its host's.
BUILD_GC_THRESHOLDS = (20_000, 20, 10)


def _collecting_less(command):
    """The command run with the collector's thresholds at BUILD_GC_THRESHOLDS, the caller's put back after."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        before = gc.get_threshold()
        gc.set_threshold(*BUILD_GC_THRESHOLDS)
        try:
            return command(*args, **kwargs)
        finally:
            gc.set_threshold(*before)
    return run


def _date(value: str | None, name: str) -> date | None:
    """A --from/--to value: a day, a month or a year (a month's or year's last day for --to)."""
    from dossier.store.filters import FilterError, check_date

    try:
        return check_date(value, name, end=name == "--to")
    except FilterError as exc:
        _fail(exc)


def _checked(check, *args):
    """A filter value checked by `dossier.store.filters`; a bad one is a one-line error."""
    from dossier.store.filters import FilterError

    try:
        return check(*args)
    except FilterError as exc:
        _fail(exc)


def _fail(exc: Exception):
    err.print(f"[red]error:[/] {escape(str(exc))}")
    raise typer.Exit(2)


def _open(db: Path):
    from dossier.store import Store, StoreError

    try:
        return Store(db, read_only=True)
    except StoreError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)


@app.command()
@_collecting_less
def build(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders of articles (.txt, .html, .jsonl, .json, .csv, .tsv, .warc, feeds, and .gz); none to finish an interrupted build.")] = None,
    db: DbOption = DEFAULT_DB,
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="An extra actor dictionary (YAML); repeatable.")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline name.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False,
    workers: Annotated[Optional[int], typer.Option("--workers", help="Processes that analyse documents (default 1).")] = None,
    engine: Annotated[Optional[str], typer.Option("--engine", help="local, or dask (a local Dask cluster, or DOSSIER_DASK_ADDRESS's).")] = None,
    text_field: Annotated[Optional[str], typer.Option("--text-field", help="CSV column / JSON field of the article text (dotted for nested).")] = None,
    date_field: Annotated[Optional[str], typer.Option("--date-field", help="… of the publication date.")] = None,
    title_field: Annotated[Optional[str], typer.Option("--title-field", help="… of the title.")] = None,
    url_field: Annotated[Optional[str], typer.Option("--url-field", help="… of the URL.")] = None,
) -> None:
    """Read articles, run the pipeline and write the store. Documents already in the store are skipped."""
    from concurrent.futures.process import BrokenProcessPool

    from pydantic import ValidationError

    from dossier.actors import DictionaryError
    from dossier.build import run_build
    from dossier.ingest import Fields
    from dossier.nlp.loader import ModelNotInstalled, load
    from dossier.store import Store, StoreError

    paths = paths or []
    for path in paths:
        if not path.exists():
            err.print(f"[red]error:[/] {escape(str(path))}: no such file or folder")
            raise typer.Exit(2)
    try:
        settings = Settings.from_env(db=db, spacy_model=model, actor_files=actors or None, workers=workers,
                                     engine=engine)
        store = Store(db)
        store.release()  # readers get in while the pipeline loads
    except (StoreError, ValidationError) as exc:
        err.print(f"[red]error:[/] {escape(_one_line(exc))}")
        raise typer.Exit(2)
    try:
        nlp = load(settings) if paths else None  # here too: errors in one line, and forked workers inherit it
    except (ModelNotInstalled, DictionaryError, ValueError, OSError) as exc:
        store.close()
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=quiet, transient=True) as progress:
        task = progress.add_task("analysing", total=0, visible=False)
        try:
            report = run_build(
                paths, settings, store, nlp=nlp,
                fields=Fields(text=text_field, date=date_field, title=title_field, url=url_field),
                on_problem=lambda e: progress.console.print(
                    f"[yellow]skipped[/] {escape(clean(e.source))}: {escape(clean(e.reason, one_line=True))}"),
                on_total=lambda n: progress.update(task, total=n, visible=n > 0),
                on_document=lambda: progress.advance(task))
        except StoreError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2)
        except BrokenProcessPool:
            store.close()
            err.print("[red]error:[/] a worker process died (out of memory?); what was saved stays, run the same "
                      "command again, perhaps with fewer --workers.")
            raise typer.Exit(2)
        except KeyboardInterrupt:
            store.close()
            err.print(f"interrupted: what was saved stays in {escape(str(db))}; run the same command again to go on.")
            raise typer.Exit(130)
    if not quiet:
        foreign = f" ({report.not_in_language} not in {', '.join(settings.languages)})" if report.not_in_language else ""
        err.print(f"{report.added} new document(s), {report.known} already in {escape(str(db))}, "
                  f"{len(report.problems)} file(s) skipped{foreign}")
        _summary(store)
    store.close()


def _one_line(exc: Exception) -> str:
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    return str(exc)


FormatOption = Annotated[Optional[str], typer.Option(
    "--format", help="table, tsv, json or csv (default: a table on a terminal, TSV in a pipe).")]
SentenceOption = Annotated[bool, typer.Option("--sentence", "-s", help="Add each row's sentence on a second line.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (the same as --format json).")]


def _summary(store) -> None:
    from dossier.terminal.output import show, terminal
    from dossier.terminal.summary import summary as lines

    pending, missing = store.merge_state()
    if pending:
        err.print(f"[yellow]warning:[/] the merged record is not up to date: {missing} stored document(s) are not "
                  f"in it yet (a build is running, or one stopped before its merge finished); run `dossier build "
                  f"--db {escape(clean(str(store.path)))}` to finish it.")
    show(lines(store, terminal().width))


def _format(fmt: str | None, as_json: bool = False) -> str:
    from dossier.terminal.output import choose

    try:
        return choose(fmt, as_json)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--format")


def _emit(store, table: str, items: list, fmt: str, sentence: bool = False) -> None:
    from dossier.terminal import listings, output

    ctx = listings.context(store, table, items)
    output.emit(listings.LISTINGS[table](items, ctx), fmt, ctx.names, title=listings.count(len(items), table),
                detail=sentence)


@app.command()
def events(db: DbOption = DEFAULT_DB, actor: ActorOption = None, counterpart: WithOption = None,
           start: FromOption = None, end: ToOption = None, outlet: OutletOption = None, text: TextOption = None,
           type: TypeOption = None, status: StatusOption = None, main: MainOption = False,
           min_prominence: ProminenceOption = None,
           convention: Annotated[str, typer.Option("--convention", help="act: the act's own type, its modality in "
                                                   "the status (as stored); codebook: the PLOVER manual's category "
                                                   "(a planned meeting AGREE, a signed deal SUPPORT).")] = "act",
           fmt: FormatOption = None, sentence: SentenceOption = False, as_json: JsonOption = False) -> None:
    """List events: id, date, type and mode, who did it to whom, status, number of documents."""
    from dossier.events import codebook
    from dossier.store import queries
    from dossier.store.filters import event_filters

    if convention not in codebook.CONVENTIONS:
        raise typer.BadParameter(f"{convention!r}: choose from {', '.join(codebook.CONVENTIONS)}",
                                 param_hint="--convention")
    fmt = _format(fmt, as_json)
    with _open(db) as store:
        filters = _checked(event_filters, store, actor, type, status, start, end, counterpart, outlet, text, main,
                           min_prominence)
        wanted = filters["type"] if convention != "act" else None  # a codebook category, filtered after the view
        if wanted:
            filters["type"] = None
        found = [codebook.view(e, convention) for e in queries.events(store, **filters)]
        _emit(store, "events", [e for e in found if not wanted or e.type == wanted], fmt, sentence)


@app.command()
def timeline(db: DbOption = DEFAULT_DB, actor: ActorOption = None, counterpart: WithOption = None,
             start: FromOption = None, end: ToOption = None, outlet: OutletOption = None, text: TextOption = None,
             fmt: FormatOption = None, sentence: SentenceOption = False, as_json: JsonOption = False) -> None:
    """Dated events in order, one line each."""
    from dossier.store import queries
    from dossier.store.filters import event_filters

    fmt = _format(fmt, as_json)
    with _open(db) as store:
        filters = _checked(event_filters, store, actor, None, None, start, end, counterpart, outlet, text)
        found = [e for e in queries.events(store, **filters) if e.date]
        _emit(store, "events", found, fmt, sentence)


@app.command()
def dyads(db: DbOption = DEFAULT_DB, actor: ActorOption = None, start: FromOption = None, end: ToOption = None,
          type: Annotated[Optional[str], typer.Option("--type", help="Only events of this PLOVER type.")] = None,
          status: Annotated[Optional[str], typer.Option("--status", help="occurred, planned, …")] = None,
          undirected: Annotated[bool, typer.Option("--undirected", help="Count a pair and its reverse together.")] = False,
          by: Annotated[Optional[str], typer.Option(
              "--by", help="Count each pair per period: day, week, month or year (an event in the period of its own "
                           "date, else of its first report's publication).")] = None,
          fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """Events counted per pair of countries (a country's officials, bodies and firms count as the country):
    how many, how many planned, their Goldstein sum and commonest types; with --by, per period."""
    from dossier.store.dyads import dyads as count_pairs
    from dossier.store.filters import check_status, check_type
    from dossier.store.search import BUCKETS, Filters

    fmt = _format(fmt, as_json)
    plover, cameo = _checked(check_type, type)
    if cameo:
        raise typer.BadParameter(f"{type!r}: dyads are counted by PLOVER type (e.g. CONSULT)", param_hint="--type")
    if by is not None and by not in BUCKETS:
        raise typer.BadParameter(f"{by!r}: choose one of {', '.join(BUCKETS)}", param_hint="--by")
    with _open(db) as store:
        filters = Filters(actor=actor, type=plover, status=_checked(check_status, status),
                          start=_date(start, "--from"), end=_date(end, "--to"))
        found = count_pairs(store, filters, directed=not undirected, by=by)
        _emit(store, "dyads", found["pairs"], fmt)
    if fmt == "table":
        err.print(f"{found['with_pair']} of {found['events']} event(s) have a country on both sides.")


@app.command()
def entities(db: DbOption = DEFAULT_DB,
             unknown: Annotated[bool, typer.Option("--unknown", help="Only actors not in the dictionaries.")] = False,
             fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """List the actors found, with their codes and how often they are mentioned."""
    from dossier.store import queries

    fmt = _format(fmt, as_json)
    with _open(db) as store:
        _emit(store, "entities", queries.entities(store, unknown), fmt)


@app.command()
def facts(db: DbOption = DEFAULT_DB, actor: ActorOption = None, counterpart: WithOption = None,
          start: FromOption = None, end: ToOption = None, outlet: OutletOption = None, text: TextOption = None,
          fmt: FormatOption = None, sentence: SentenceOption = False, as_json: JsonOption = False) -> None:
    """List the figures found, with what they measure and when."""
    from dossier.store import queries
    from dossier.store.filters import fact_filters

    fmt = _format(fmt, as_json)
    with _open(db) as store:
        filters = _checked(fact_filters, store, actor, start, end, counterpart, outlet, text)
        _emit(store, "facts", queries.facts(store, **filters), fmt, sentence)


@app.command()
def conflicts(db: DbOption = DEFAULT_DB, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """List where sources disagree, each value with the outlet that gave it."""
    fmt = _format(fmt, as_json)
    with _open(db) as store:
        _emit(store, "conflicts", store.rows("conflicts", order="about, field"), fmt)


@app.command()
def documents(db: DbOption = DEFAULT_DB, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """List the documents read: id, publication date, outlet, title, file."""
    fmt = _format(fmt, as_json)
    with _open(db) as store:
        _emit(store, "documents", store.documents(), fmt)


@app.command()
def stories(db: DbOption = DEFAULT_DB, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """List the stories: threads of events that belong together."""
    fmt = _format(fmt, as_json)
    with _open(db) as store:
        _emit(store, "stories", store.rows("stories", order="id"), fmt)


@app.command()
def errors(db: DbOption = DEFAULT_DB, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """List the files `build` could not read, with the reason."""
    fmt = _format(fmt, as_json)
    with _open(db) as store:
        _emit(store, "errors", [{"source": s, "reason": r} for s, r in store.errors()], fmt)


@app.command()
def show(ref: Annotated[str, typer.Argument(help="The id of an event, fact, story, entity or document, or its start.")],
         db: DbOption = DEFAULT_DB,
         fmt: Annotated[Optional[str], typer.Option("--format", help="table or json.")] = None,
         text: Annotated[bool, typer.Option("--text", help="For a document, print its text too.")] = False) -> None:
    """Show one item in full: an event with every report of it, a fact, an entity, a story or a document."""
    from dossier.terminal.show import show_item

    if fmt not in (None, "table", "json"):
        raise typer.BadParameter(f"{fmt!r}: choose table or json", param_hint="--format")
    with _open(db) as store:
        problem = show_item(store, ref, fmt or "table", text)
    if problem:
        err.print(f"[red]error:[/] {escape(problem)}")
        raise typer.Exit(1)


@app.command()
def sql(query: Annotated[str, typer.Argument(help="One SQL statement, e.g. \"SELECT type, count(*) FROM events GROUP BY type\".")],
        db: DbOption = DEFAULT_DB, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """Run a read-only SQL query on the store (the tables are described in docs/store.md)."""
    from dossier.store.sql import QueryError, run
    from dossier.terminal.output import emit_rows

    fmt = _format(fmt, as_json)
    with _open(db) as store:
        try:
            names, rows = run(store, query)
        except QueryError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2)
    emit_rows(names, rows, fmt)


@app.command()
def serve(db: DbOption = DEFAULT_DB,
          host: Annotated[str, typer.Option("--host", help="Address to listen on; other than 127.0.0.1 opens the "
                                            "store to the network.")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000) -> None:
    """Serve the store read-only: the page at http://HOST:PORT/, the API under /api, OpenAPI at /openapi.json."""
    import uvicorn

    from dossier.store.database import StoreError
    from dossier.web import create_app
    from dossier.web.app import missing_assets

    try:
        web_app = create_app(db)
    except StoreError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)
    if missing_assets():
        err.print("[yellow]warning:[/] the page's libraries are not built (run `make install`); the API works")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning:[/] listening on {escape(host)}: anyone who can reach it can read the store")
    err.print(f"serving {escape(str(db))} on http://{escape(host)}:{port}/ (Ctrl-C stops)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


@app.command()
def summary(db: DbOption = DEFAULT_DB) -> None:
    """Print the summary `build` prints."""
    with _open(db) as store:
        _summary(store)


@app.command()
def export(db: DbOption = DEFAULT_DB,
           fmt: Annotated[str, typer.Option("--format", "-f", help="json, csv or parquet.")] = "json",
           out: Annotated[Optional[Path], typer.Option("-o", "--output", help="File (json) or folder (csv, parquet).")] = None,
           with_text: Annotated[bool, typer.Option("--with-text", help="Include documents' full text.")] = False,
           actor: ActorOption = None, counterpart: WithOption = None, start: FromOption = None, end: ToOption = None,
           outlet: OutletOption = None, text: TextOption = None, type: TypeOption = None,
           status: StatusOption = None, main: MainOption = False, min_prominence: ProminenceOption = None) -> None:
    """Export the record. JSON goes to standard output unless -o is given. With filters, the part of the record
    they select, whole: the events and figures that match, the documents, actors, disagreements and stories
    they refer to (a figure has no type, status or prominence: with --type, --status, --main or --min-prominence
    only events are kept)."""
    from dossier.export import FORMATS
    from dossier.export import export as run_export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}", param_hint="--format")
    from dossier.export import ExportError
    from dossier.store.filters import event_filters
    from dossier.store.selection import select

    asked = (actor, counterpart, start, end, outlet, text, type, status, min_prominence)
    with _open(db) as store:
        selection = None
        if main or any(v is not None for v in asked):
            filters = _checked(event_filters, store, actor, type, status, start, end, counterpart, outlet, text, main,
                               min_prominence)
            selection = select(store, **filters)
            err.print(f"selected {selection.counts()}")
        try:
            result = run_export(store, fmt, out, with_text, selection)
        except ExportError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2)
    if isinstance(result, str):
        print(result)
    else:
        for path in result:
            err.print(f"wrote {escape(str(path))}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON export."""
    from dossier.export.schema import json_schema

    print(json_schema(), end="")


@app.command()
def evaluate(
    names: Annotated[Optional[list[str]], typer.Argument(help=f"{', '.join(SCORERS)} (default: all).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score at most this many items per data set.")] = None,
    as_json: Annotated[Optional[Path], typer.Option("--json", help="Also write the figures to this JSON file.")] = None,
    reuters_from: Annotated[Optional[int], typer.Option(
        "--reuters-from", min=1, help="entities: score the Reuters dyads from this story (1-based).")] = None,
    reuters_to: Annotated[Optional[int], typer.Option(
        "--reuters-to", min=1, help="entities: ... up to this story, included (default: 1,000 stories).")] = None,
) -> None:
    """Score the pipeline against gold data and print precision, recall and F1."""
    if reuters_from and reuters_to and reuters_to < reuters_from:
        raise typer.BadParameter(f"--reuters-to {reuters_to} is before --reuters-from {reuters_from}")
    options = {"reuters_from": reuters_from, "reuters_to": reuters_to}
    chosen = names or list(SCORERS)
    unknown = [n for n in chosen if n not in SCORERS]
    if unknown:
        raise typer.BadParameter(f"unknown: {', '.join(unknown)}; choose from {', '.join(SCORERS)}")
    from dossier.evaluate import failures

    settings = Settings.from_env()
    reports = []
    failures.clear()
    for name in chosen:
        for target in SCORERS[name]:
            module, func = target.split(":")
            try:
                run = getattr(importlib.import_module(module), func)
            except (ImportError, AttributeError) as exc:
                err.print(f"[yellow]{name}: scorer {target} unavailable ({escape(str(exc))})[/]")
                continue
            # an option reaches the scorers that take it (the Reuters range: the dyads scorer's)
            extra = {k: v for k, v in options.items() if v is not None and k in inspect.signature(run).parameters}
            for report in run(settings, limit=limit, **extra):
                reports.append(report)
                _print_report(report)
    reports.append(failures.report())  # a stage that crashed on a document must not pass for a low score
    _print_report(reports[-1])
    if as_json:
        as_json.write_text(json.dumps([r.as_dict() for r in reports], indent=2), encoding="utf-8")


def _print_report(report) -> None:
    if report.rows:
        table = Table(title=f"{report.title} — {report.dataset}")
        for col in ("", "tp", "fp", "fn", "precision", "recall", "F1"):
            table.add_column(col, justify="right" if col else "left")
        for key, prf in report.rows.items():
            table.add_row(escape(key), str(prf.tp), str(prf.fp), str(prf.fn), f"{prf.precision:.3f}",
                          f"{prf.recall:.3f}", f"{prf.f1:.3f}")
        console.print(table)
    if report.table:
        columns = list(next(iter(report.table.values())))
        table = Table(title=f"{report.title} — {report.dataset}")
        for col in ["", *columns]:
            table.add_column(col, justify="right" if col else "left")
        for key, row in report.table.items():
            table.add_row(escape(key), *(f"{row.get(c, 0):.3f}" if isinstance(row.get(c), float) else str(row.get(c, ""))
                                         for c in columns))
        console.print(table)
    if not report.rows and not report.table:
        console.print(f"[bold]{escape(report.title)} — {escape(report.dataset)}[/]")
    for key, value in report.figures.items():
        console.print(f"  {escape(key)}: {value:.4f}" if isinstance(value, float) else f"  {escape(key)}: {escape(str(value))}")
    for note in report.notes:
        console.print(f"  [dim]{escape(note)}[/]")


if __name__ == "__main__":
    app()
