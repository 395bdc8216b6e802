"""The events scorers' own rules: how dates are compared, and the PETRARCH validation actors as a user file."""

import yaml

from dossier.config import Settings
from dossier.evaluate.events import _petr_dictionary, _same_date
from dossier.model import DateValue, Document, Event
from dossier.nlp import loader
from dossier.pipeline import process


def _event(start=None, end=None):
    date = DateValue(start=start, end=end or start, precision="day") if start else None
    return Event(id="e", type="CONSULT", date=date)


def test_dates_compare_start_and_end_and_an_open_gold_end_accepts_any():
    assert _same_date(_event("2024-06-25", "2024-06-29"), {"start": "2024-06-25", "end": "2024-06-29"})
    assert not _same_date(_event("2024-06-23", "2024-06-28"), {"start": "2024-06-25", "end": "2024-06-29"})
    assert _same_date(_event("2024-11-13"), {"start": "2024-11-13", "end": None})
    assert _same_date(_event(), None)
    assert not _same_date(_event("2024-06-28"), None)  # a date the sentence does not state
    assert not _same_date(_event(), {"start": "2024-06-28", "end": "2024-06-28"})


def test_validation_actors_become_actors_the_coder_finds(tmp_path):
    path = _petr_dictionary({"ARNOR": "ARN", "GONDOR": "GON", "X": "XXX"}, tmp_path)
    nlp = loader.load(Settings.from_env(actor_files=[path]))
    doc = Document(id="t", source="t", text="Arnor accused Gondor of shelling the border on Monday.",
                   published="2014-09-01")
    result = next(process([doc], nlp=nlp))
    codes = {e.name: e.cameo for e in result.entities}
    assert codes.get("Arnor") == "ARN" and codes.get("Gondor") == "GON"
    assert "X" not in codes  # names too short to match safely are left out


def test_validation_countries_carry_their_country_and_describe_agents(tmp_path):
    path = _petr_dictionary({"ARNOR": "ARN", "GONDOR": "GON", "AMNESTY INTERNATIONAL": "NGM"}, tmp_path)
    nlp = loader.load(Settings.from_env(actor_files=[path]))
    doc = Document(id="t", source="t", text="Troops from Gondor shelled a village held by the Arnor government.",
                   published="2014-09-01")
    result = next(process([doc], nlp=nlp))
    countries = {e.name: e.country for e in result.entities}
    assert countries.get("Gondor") == "GON"
    assert any(e.country == "GON" and e.id.startswith("agent:") for e in result.entities)  # Gondor's troops
    entries = {e["name"]: e for e in yaml.safe_load(path.read_text())["organisations"]}
    assert entries["Amnesty International"].get("country") is None  # a sector code names no country
