"""The stored payload of a document's results is the JSON of each item's `model_dump(mode="json")`, list by list."""

import json

from dossier.model import DateValue, Entity, Evidence, Fact, Mention, Role, Timex
from dossier.pipeline import DocResult
from dossier.store.database import payload_text
from tests.conftest import _two_reports


def _item_by_item(result) -> str:
    return json.dumps({name: [item.model_dump(mode="json") for item in getattr(result, name)]
                       for name in ("entities", "mentions", "timexes", "events", "facts")})


def test_the_payload_is_each_item_dumped_in_turn():
    for result in _two_reports():
        assert payload_text(result) == _item_by_item(result)


def test_optional_fields_dates_and_roles_are_dumped_as_one_item_would_be():
    doc = _two_reports()[0].document
    minister = Entity(id="per:okafor", name="Grace Okafor", type="PERSON", kind="person", country="NGA",
                      roles=[Role(title="foreign minister", country="NGA", start="2023-05-29")])
    result = DocResult(
        document=doc, entities=[minister],
        mentions=[Mention(doc=doc.id, entity="per:okafor", start=4, end=16, text="Grace Okafor")],
        timexes=[Timex(start=30, end=37, text="Tuesday", value=DateValue(start="2024-06-25", end="2024-06-25"))],
        facts=[Fact(id=f"{doc.id}:f1", subject=["NGA"], measure="oil output", value=1.4e6, unit="barrels a day",
                    evidence=[Evidence(doc=doc.id, text="Output held at 1.4 million barrels a day.")])])
    assert payload_text(result) == _item_by_item(result)


def test_an_empty_result_gives_empty_lists():
    result = DocResult(document=_two_reports()[0].document)
    assert json.loads(payload_text(result)) == dict.fromkeys(("entities", "mentions", "timexes", "events", "facts"),
                                                             [])
