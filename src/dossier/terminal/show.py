"""`dossier show ID`: find the item (by id or a unique start of it) and print its card or its JSON."""

from __future__ import annotations

from dossier.export.names import entity_ids, with_names
from dossier.store import Store
from dossier.store import items as found
from dossier.store.search import names as names_of
from dossier.terminal import cards
from dossier.terminal.output import as_json, show, write


def show_item(store: Store, ref: str, fmt: str = "table", with_text: bool = False) -> str | None:
    """Print the item; the problem in one line when there is none or the id's start is ambiguous."""
    matches = found.resolve(store, ref)
    if not matches:
        return f"{ref!r}: no event, fact, story, entity or document has this id"
    if len(matches) > 1:
        return f"{ref!r} is the start of {len(matches)} ids: " + ", ".join(i for _, i in matches[:8])
    table, item_id = matches[0]
    item = found.get(store, table, item_id)
    names = names_of(store, entity_ids(item, table))
    if fmt == "json":
        data = item.model_dump(mode="json", exclude=None if with_text or table != "documents" else {"text"})
        write(as_json(with_names(data, table, names)))
        return None
    if table == "events":
        docs = found.documents(store, {e.doc for e in item.evidence})
        conflicts = found.conflicts_about(store, item.id)
        docs.update(found.documents(store, {v.doc for c in conflicts for v in c.values} - set(docs)))
        show(cards.event_card(item, names, docs, conflicts, found.stories_with(store, item.id)))
    elif table == "facts":
        docs = found.documents(store, {e.doc for e in item.evidence})
        show(cards.fact_card(item, names, docs, found.conflicts_about(store, item.id)))
    elif table == "entities":
        show(cards.entity_card(item, found.mention_count(store, item.id)))
        _events(store, found.events_of(store, item.id))
    elif table == "stories":
        show(cards.story_card(item))
        _events(store, [e for e in (found.get(store, "events", i) for i in item.events) if e])
    else:
        show(cards.document_card(item, with_text))
    return None


def _events(store: Store, events: list) -> None:
    from dossier.terminal import listings
    from dossier.terminal.output import terminal
    from dossier.terminal.table import render

    if events:
        listing = listings.events(events, listings.context(store, "events", events))
        show(render(listing.columns, listing.rows, terminal().width))
