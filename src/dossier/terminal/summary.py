"""The summary printed after a build: a few lines, not the whole record (the listings show that)."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from dossier.store import Store
from dossier.store.items import documents as documents_by_id
from dossier.store.overview import overview
from dossier.store.search import by_ids
from dossier.terminal import listings
from dossier.terminal.table import render

SHOWN = 5


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def summary(store: Store, width: int) -> list[RenderableType]:
    data = overview(store)
    c = data["counts"]
    words = [_count(c["documents"], "document"),
             _count(c["entities"], "entity", "entities") + f" ({c['unknown']} unknown)",
             _count(c["events"], "event"), _count(c["facts"], "fact"), _count(c["conflicts"], "disagreement"),
             _count(c["stories"], "story", "stories")]
    out: list[RenderableType] = [Text(", ".join(words), style="bold")]
    if data["by_type"]:
        kinds = ", ".join(f"{t} {n}" + (f" ({p} planned)" if p else "") for t, n, p in data["by_type"])
        out.append(Text("events: " + kinds))
    if data["dated"]:
        out.append(Text(f"dated: {data['dated']} of {c['events']} events, {data['first']} to {data['last']}"))
    if c["errors"]:
        out.append(Text(f"{_count(c['errors'], 'file')} could not be read: dossier errors", style="yellow"))
    if c["conflicts"]:
        conflicts = store.rows("conflicts", order="about, field", limit=SHOWN)
        ids = {c.about for c in conflicts}
        ctx = listings.Context(
            names=dict(store.con.execute("SELECT id, name FROM entities").fetchall()),
            documents=documents_by_id(store, {v.doc for c in conflicts for v in c.values}),
            events={e.id: e for e in by_ids(store, "events", sorted(ids))},
            facts={f.id: f for f in by_ids(store, "facts", sorted(ids))})
        out.append(Text("Where sources disagree" + (f" (first {SHOWN})" if c["conflicts"] > SHOWN else ""), style="bold"))
        listing = listings.conflicts(conflicts, ctx)
        out.extend(render(listing.columns, listing.rows, width))
    out.append(Text("more: dossier events | facts | conflicts | stories | show ID | serve", style="dim"))
    return out
