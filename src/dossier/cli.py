"""The command line: build a store from articles, read it back, export it, evaluate the pipeline."""

from __future__ import annotations

import importlib
import json
from collections import Counter
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
from dossier.merge.intervals import label

app = typer.Typer(help="dossier: who did what to whom, when and where, from news articles.",
                  no_args_is_help=True, add_completion=False)
console = Console()
err = Console(stderr=True, soft_wrap=True)
app.add_typer(actors_app, name="actors")

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store.", envvar="DOSSIER_DB")]
ActorOption = Annotated[Optional[str], typer.Option("--actor", help="Only items involving this actor (name, alias or id).")]
FromOption = Annotated[Optional[str], typer.Option("--from", help="Only items on or after this date (YYYY-MM-DD).")]
ToOption = Annotated[Optional[str], typer.Option("--to", help="Only items on or before this date (YYYY-MM-DD).")]
DEFAULT_DB = Path("dossier.duckdb")


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2024-06-28", param_hint=name)


def _open(db: Path):
    from dossier.store import Store
    from dossier.store.database import StoreError

    try:
        return Store(db, read_only=True)
    except StoreError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (.txt, .html, .jsonl, .warc, feeds).")],
    db: DbOption = DEFAULT_DB,
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="An extra actor dictionary (YAML); repeatable.")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline name.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False,
) -> None:
    """Read articles, run the pipeline and write the store. Documents already in the store are skipped."""
    from dossier.actors import DictionaryError
    from dossier.ingest import IngestError, read_paths
    from dossier.merge import merge
    from dossier.nlp.loader import ModelNotInstalled, load
    from dossier.pipeline import process
    from dossier.store import Store

    for path in paths:
        if not path.exists():
            err.print(f"[red]error:[/] {escape(str(path))}: no such file or folder")
            raise typer.Exit(2)
    settings = Settings.from_env(db=db, spacy_model=model, actor_files=actors or None)
    try:
        nlp = load(settings)
    except (ModelNotInstalled, DictionaryError, ValueError, OSError) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)
    store = Store(db)
    known = store.known_ids()
    fresh, seen, errors = [], set(), 0
    for item in read_paths(paths, max_chars=settings.max_document_chars):
        if isinstance(item, IngestError):
            errors += 1
            err.print(f"[yellow]skipped[/] {escape(item.source)}: {escape(item.reason)}")
            store.add_error(item.source, item.reason)
        elif item.id not in known and item.id not in seen:
            seen.add(item.id)
            fresh.append(item)
    added = 0
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=quiet or not fresh, transient=True) as progress:
        task = progress.add_task("analysing", total=len(fresh))
        for result in process(fresh, settings, nlp=nlp):
            added += store.add_result(result)
            progress.advance(task)
    store.write_merged(merge(store.extractions()))
    if not quiet:
        err.print(f"{added} new document(s), {len(known)} already in {escape(str(db))}, {errors} file(s) skipped")
        _summary(store)
    store.close()


def _summary(store) -> None:
    from dossier.store import queries

    record = store.dossier()
    names = {e.id: e.name for e in record.entities}
    console.print(f"[bold]{len(record.documents)}[/] documents, [bold]{len(record.entities)}[/] entities "
                  f"({sum(not e.known for e in record.entities)} not in the dictionaries), "
                  f"[bold]{len(record.events)}[/] events, [bold]{len(record.facts)}[/] facts, "
                  f"[bold]{len(record.conflicts)}[/] disagreements, [bold]{len(record.stories)}[/] stories")
    by_type = Counter((e.type, e.status or "?") for e in record.events)
    table = Table(title="Events by type and status")
    for col in ("type", "occurred", "planned", "other"):
        table.add_column(col)
    for kind in sorted({t for t, _ in by_type}):
        other = sum(n for (t, s), n in by_type.items() if t == kind and s not in ("occurred", "planned"))
        table.add_row(kind, str(by_type[(kind, "occurred")]), str(by_type[(kind, "planned")]), str(other))
    console.print(table)
    _print_events([e for e in queries.events(store) if e.date][:12], names, "Timeline (first dated events)")
    _print_facts(record.facts[:10], names)
    _print_conflicts(record.conflicts, record.events, names, record.documents)


def _actors(ids: list[str], names: dict[str, str]) -> str:
    return escape(", ".join(names.get(i, i) for i in ids)) or "—"


def _sentence(text: str, width: int = 80) -> str:
    """A sentence on one line, cut with an ellipsis: the full text is in --json and the exports."""
    text = " ".join(text.split())
    return escape(text if len(text) <= width else text[: width - 1] + "…")


def _print_events(events, names, title="Events") -> None:
    table = Table(title=title, show_lines=False)
    for col in ("date", "event", "source", "target", "status"):
        table.add_column(col, overflow="fold")
    table.add_column("evidence", ratio=2)
    for e in events:
        ev = e.evidence[0].text if e.evidence else ""
        more = f"(+{len(e.evidence) - 1}) " if len(e.evidence) > 1 else ""
        table.add_row(escape(label(e.date) or "—"), escape(f"{e.type}/{e.mode or ''}"), _actors(e.source, names),
                      _actors(e.target, names), e.status or "", escape(more) + _sentence(ev))
    console.print(table)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def _print_facts(facts, names) -> None:
    table = Table(title="Facts")
    for col in ("figure", "measure", "value", "subject", "time"):
        table.add_column(col, overflow="fold")
    table.add_column("evidence", ratio=2)
    for f in facts:
        table.add_row(escape(f.text or ""), escape(f.measure or "—"), escape(f"{_number(f.value)} {f.unit}"),
                      _actors(f.subject, names), escape(label(f.time) or "—"),
                      _sentence(f.evidence[0].text if f.evidence else ""))
    console.print(table)


def _print_conflicts(conflicts, events, names, documents) -> None:
    sources = {d.id: d.source.rsplit("/", 1)[-1] for d in documents}
    about = {e.id: f"{e.type}/{e.mode or ''} {_actors(e.source, names)} → {_actors(e.target, names)}" for e in events}
    table = Table(title="Disagreements between sources")
    for col in ("about", "field", "values (document)"):
        table.add_column(col, overflow="fold")
    for c in conflicts:
        table.add_row(about.get(c.about, c.about), c.field,
                      escape("; ".join(f"{v.value} ({sources.get(v.doc, v.doc)})" for v in c.values)))
    console.print(table)


@app.command()
def events(db: DbOption = DEFAULT_DB, actor: ActorOption = None, start: FromOption = None, end: ToOption = None,
           type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
           status: Annotated[Optional[str], typer.Option("--status", help="occurred, planned, …")] = None,
           as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Print events from the store."""
    from dossier.store import queries

    with _open(db) as store:
        found = queries.events(store, actor, type, status, _date(start, "--from"), _date(end, "--to"))
        if as_json:
            console.print_json(json.dumps([e.model_dump(mode="json") for e in found]))
            return
        names = {e.id: e.name for e in store.rows("entities")}
        _print_events(found, names, f"Events ({len(found)})")


@app.command()
def timeline(db: DbOption = DEFAULT_DB, actor: ActorOption = None, start: FromOption = None, end: ToOption = None) -> None:
    """Dated events in order, one line each."""
    from dossier.store import queries

    with _open(db) as store:
        names = {e.id: e.name for e in store.rows("entities")}
        for e in queries.events(store, actor, start=_date(start, "--from"), end=_date(end, "--to")):
            if not e.date:
                continue
            docs = len({ev.doc for ev in e.evidence})
            console.print(f"[bold]{escape(label(e.date))}[/]  {e.type}/{escape(e.mode or '')}  {_actors(e.source, names)}"
                          f" → {_actors(e.target, names)}  [dim]{e.status or ''}, {docs} source(s)[/]")


@app.command()
def entities(db: DbOption = DEFAULT_DB,
             unknown: Annotated[bool, typer.Option("--unknown", help="Only actors not in the dictionaries.")] = False,
             as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Print the actors found, with their codes and how often they are mentioned."""
    from dossier.store import queries

    with _open(db) as store:
        found = queries.entities(store, unknown)
        if as_json:
            console.print_json(json.dumps([e.model_dump(mode="json") for e in found]))
            return
        counts = queries.mention_counts(store)
        table = Table(title=f"Entities ({len(found)})")
        for col in ("id", "name", "type", "kind", "country", "cameo", "mentions", "aliases"):
            table.add_column(col, overflow="fold")
        for e in found:
            table.add_row(escape(e.id), escape(e.name), e.type, e.kind or "", e.country or "", e.cameo or "",
                          str(counts.get(e.id, 0)), escape(", ".join(e.aliases[:6])))
        console.print(table)


@app.command()
def facts(db: DbOption = DEFAULT_DB, actor: ActorOption = None, start: FromOption = None, end: ToOption = None) -> None:
    """Print the figures found, with what they measure and when."""
    from dossier.store import queries

    with _open(db) as store:
        names = {e.id: e.name for e in store.rows("entities")}
        _print_facts(queries.facts(store, actor, _date(start, "--from"), _date(end, "--to")), names)


@app.command()
def conflicts(db: DbOption = DEFAULT_DB) -> None:
    """Print where sources disagree."""
    with _open(db) as store:
        record = store.dossier()
        _print_conflicts(record.conflicts, record.events, {e.id: e.name for e in record.entities}, record.documents)


@app.command()
def summary(db: DbOption = DEFAULT_DB) -> None:
    """Print the summary `build` prints."""
    with _open(db) as store:
        _summary(store)


@app.command()
def export(db: DbOption = DEFAULT_DB,
           fmt: Annotated[str, typer.Option("--format", "-f", help="json, csv or parquet.")] = "json",
           out: Annotated[Optional[Path], typer.Option("-o", "--output", help="File (json) or folder (csv, parquet).")] = None,
           with_text: Annotated[bool, typer.Option("--with-text", help="Include documents' full text.")] = False) -> None:
    """Export the record. JSON goes to standard output unless -o is given."""
    from dossier.export import FORMATS
    from dossier.export import export as run_export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}", param_hint="--format")
    with _open(db) as store:
        result = run_export(store, fmt, out, with_text)
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
    names: Annotated[Optional[list[str]], typer.Argument(help="ingest, entities, events, dates, facts (default: all).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score at most this many items per data set.")] = None,
    as_json: Annotated[Optional[Path], typer.Option("--json", help="Also write the figures to this JSON file.")] = None,
) -> None:
    """Score the pipeline against gold data and print precision, recall and F1."""
    from dossier.evaluate import SCORERS

    chosen = names or list(SCORERS)
    unknown = [n for n in chosen if n not in SCORERS]
    if unknown:
        raise typer.BadParameter(f"unknown: {', '.join(unknown)}; choose from {', '.join(SCORERS)}")
    settings = Settings.from_env()
    reports = []
    for name in chosen:
        for target in SCORERS[name]:
            module, func = target.split(":")
            try:
                run = getattr(importlib.import_module(module), func)
            except (ImportError, AttributeError) as exc:
                err.print(f"[yellow]{name}: scorer {target} unavailable ({escape(str(exc))})[/]")
                continue
            for report in run(settings, limit=limit):
                reports.append(report)
                _print_report(report)
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
    else:
        console.print(f"[bold]{escape(report.title)} — {escape(report.dataset)}[/]")
    for key, value in report.figures.items():
        console.print(f"  {escape(key)}: {value:.4f}" if isinstance(value, float) else f"  {escape(key)}: {escape(str(value))}")
    for note in report.notes:
        console.print(f"  [dim]{escape(note)}[/]")


if __name__ == "__main__":
    app()
