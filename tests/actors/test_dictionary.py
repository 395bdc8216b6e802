from pathlib import Path

import pytest

from dossier.actors import DictionaryError, load
from dossier.actors.codes import cameo_code, for_kind


def test_shipped_dictionary_has_countries_people_and_places():
    d = load()
    china = d.entities[d.countries["CHN"]]
    assert (china.name, china.type, china.kind, china.cameo) == ("China", "GPE", "government", "CHN")
    assert d.demonyms["Peruvian"] == d.countries["PER"]
    assert d.capitals["Q956"] == d.countries["CHN"]  # Beijing
    chancay = d.entities["per:chancay-port"]
    assert chancay.type == "FAC" and chancay.country == "PER" and chancay.lat < 0
    assert len(d.countries) >= 60


def test_office_holder_depends_on_the_date():
    d = load()
    assert d.holder("President of Peru", "2024-06-24") == "per:dina-boluarte"
    assert d.holder("President of Peru", "2021-03-01") == "per:francisco-sagasti"
    assert d.holder("President of Peru", None) is None
    # several spokespersons at once: no single holder
    assert d.holder("Spokesperson of the Chinese Foreign Ministry", "2024-06-24") is None
    assert d.holder("President of the United States", "2019-05-01") == "Q22686"
    assert d.cameo_on("Q15031", "2024-06-24") == "CHNGOV"


def test_cameo_codes():
    assert cameo_code("CHN", "BUS") == "CHNBUS"
    assert cameo_code(None, "IGO") == "IGO"
    assert cameo_code("PER", None) == "PER"
    assert for_kind("CHN", "company") == "CHNBUS"


def test_user_file_adds_and_extends(tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n"
        "  - {name: Ana Quispe, country: PER, cameo: PERBUS, aliases: [Ana Q. Quispe]}\n"
        "organisations:\n"
        "  - {id: Q160120, name: Huawei, aliases: [Huawei Peru]}\n", encoding="utf-8")
    d = load([extra])
    assert d.entities["per:ana-quispe"].cameo == "PERBUS"
    assert "Huawei Peru" in d.entities["Q160120"].aliases
    assert "Huawei Technologies" in d.entities["Q160120"].aliases


@pytest.mark.parametrize("content, problem", [
    ("people:\n  - {name: X Y, rols: []}\n", "people entry 1 (X Y): rols"),
    ("people:\n  - {name: X Y, roles: [{title: Mayor, start: June 2020}]}\n", "dates are 'YYYY-MM-DD'"),
    ("people: [unclosed\n", "not valid YAML"),
    ("persons:\n  - {name: X}\n", "unknown section 'persons'"),
    ("- just a list\n", "expected a mapping"),
])
def test_bad_file_names_the_file_and_the_problem(tmp_path: Path, content: str, problem: str):
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load([bad])
    assert str(bad) in str(err.value) and problem in str(err.value)


def test_missing_file_is_reported(tmp_path: Path):
    with pytest.raises(DictionaryError, match="cannot read"):
        load([tmp_path / "absent.yaml"])


def test_off_its_dates_a_person_of_several_countries_is_of_the_nearest_role_s(tmp_path: Path):
    extra = tmp_path / "governors.yaml"
    extra.write_text(
        "people:\n"
        "  - {name: Hugh Pembury, roles: [{title: Governor, cameo: BMUGOV, start: 1990-01-01, end: 1994-01-01},\n"
        "                               {title: Governor, cameo: AIAGOV, start: 2004-01-01, end: 2008-01-01}]}\n"
        "  - {name: Kofi Mensah, roles: [{title: Minister, cameo: GHAGOV, start: 2009-02-01, end: 2010-04-30}]}\n",
        encoding="utf-8")
    d = load([extra])
    pembury = next(i for i in d.entities if i.endswith("hugh-pembury"))
    assert d.country_on(pembury, "1987-03-01") == "BMU"  # before both: the first
    assert d.country_on(pembury, "2002-06-01") == "AIA"  # nearer the second
    assert d.country_on(pembury, "1999-01-01") is None  # five years from each: not said
    assert d.country_on(pembury, "2005-01-01") == "AIA"  # held then
    mensah = next(i for i in d.entities if i.endswith("kofi-mensah"))
    assert d.country_on(mensah, "1987-03-01") == "GHA"  # one country only: the record's, on any date
