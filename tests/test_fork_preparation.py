"""What the parent makes ready before forking workers (`parallel.prepare_fork`): the tables the stages load on first
use are loaded, the memos of readings are left empty, and a story's results do not change."""

import gc
from datetime import date

from dossier.config import Settings
from dossier.ingest.document import document_from_text
from dossier.parallel import prepare_fork
from dossier.pipeline import process
from dossier.time import fallback
from dossier.time.normalise import _cached as normalised

STORIES = [
    "NAIROBI, June 4 - Uganda's trade minister flew to Nairobi on Monday and signed a grain deal with Kenya "
    "worth 12 mln dlrs, the ministry said.",
    "Chile recalled its ambassador from Lima last week after Peru accused it of spying on its navy, and both "
    "governments said talks would resume in October.",
    "Imports fell 3.1 pct in the first quarter, the statistics office said on 7 August 2019.",
]


def _key(results):
    return [(r.document.id, [e.model_dump() for e in r.events], [f.model_dump() for f in r.facts],
             [t.model_dump() for t in r.timexes], sorted(e.model_dump_json() for e in r.entities))
            for r in results]


def test_stories_give_the_same_results_before_and_after_the_parent_is_prepared():
    docs = [document_from_text(f"p{i}", text) for i, text in enumerate(STORIES)]
    settings = Settings(batch_size=2)
    before = _key(process(docs, settings))
    prepare_fork(settings)
    assert _key(process(docs, settings)) == before
    assert any(events for _, events, *_ in before)  # the stories have events to compare


def test_the_memos_of_readings_are_left_empty_and_the_tables_loaded():
    from dossier.actors.gazetteer import gazetteer
    from dossier.events.cameo import table

    fallback.parse("next Friday", date(2021, 5, 3), None)  # a reading made before: dropped too
    prepare_fork(Settings())
    assert fallback.parse.cache_info().currsize == 0
    assert normalised.cache_info().currsize == 0
    assert gazetteer.cache_info().currsize == 1  # a table loaded by the made-up story stays
    assert table.cache_info().currsize == 1


def test_what_the_parent_holds_is_frozen_for_the_collector():
    prepare_fork(Settings())
    assert gc.get_freeze_count() > 0
