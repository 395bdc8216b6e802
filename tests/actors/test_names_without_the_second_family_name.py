"""A person of two family names written with the first only ("Patricio Aylwin" for the dictionaries' "Patricio Aylwin
Azocar"): the one person whose given name and first family name these are; never a bare family name that way."""

from pathlib import Path

from dossier.actors.dictionary import load
from dossier.config import Settings
from dossier.nlp import loader


def ids(doc, surface: str) -> list[str]:
    return [m.entity for m in doc._.mentions if m.text == surface]


def test_given_and_first_family_name_is_the_one_person_of_them(analyse):
    doc = analyse("Patricio Aylwin flew to Buenos Aires for two days of talks.", "1991-05-02")
    assert ids(doc, "Patricio Aylwin") == ["chl:patricio-aylwin-azocar"]
    doc = analyse("Chile's Mariana Aylwin opened a school in the south of the country.", "2003-02-10")
    assert ids(doc, "Mariana Aylwin") == ["chl:mariana-aylwin-oyarzun"]


def test_two_people_of_one_first_family_name_keep_apart(analyse):
    doc = analyse("In Santiago, Patricio Aylwin praised the new budget that Mariana Aylwin had drawn up.",
                  "2003-02-10")
    assert ids(doc, "Mariana Aylwin") == ["chl:mariana-aylwin-oyarzun"]
    assert "chl:mariana-aylwin-oyarzun" not in ids(doc, "Patricio Aylwin")


def test_a_bare_first_family_name_is_not_read_that_way(analyse):
    doc = analyse("Aylwin said on Tuesday that the talks had gone well.", "1991-05-02")
    assert "chl:patricio-aylwin-azocar" not in ids(doc, "Aylwin")
    assert "chl:mariana-aylwin-oyarzun" not in ids(doc, "Aylwin")


def test_names_of_one_family_name_or_of_other_countries_are_not_shortened():
    d = load()
    assert "hugo" not in d.first_family  # "Hugo Chavez": two words, nothing to shorten
    assert not any(i.startswith(("usa:", "gbr:", "chn:")) for ids_ in d.first_family.values() for i in ids_)


def test_user_people_sharing_a_given_name_and_first_family_name_are_left_unresolved(tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n"
        "  - {name: Rodrigo Salcedo Paz, country: PER, cameo: PERGOV}\n"
        "  - {name: Rodrigo Salcedo Ibarrola, country: PER, cameo: PERBUS}\n"
        "  - {name: Lucinda Ferraz Otamendi, country: URY, cameo: URYGOV}\n"
        "  - {name: Jose Maria Quintanar, country: ESP, cameo: ESPGOV}\n", encoding="utf-8")
    d = load([extra])
    assert d.first_family["rodrigo salcedo"] == {"per:rodrigo-salcedo-paz", "per:rodrigo-salcedo-ibarrola"}
    assert "jose maria" not in d.first_family  # "Maria" is a given name: no family name to shorten to
    nlp = loader.load(Settings(actor_files=[extra]))
    doc = nlp.make_doc("Rodrigo Salcedo met Lucinda Ferraz in Montevideo on Friday.")
    doc._.doc_id, doc._.published = "t", "2024-06-24"
    doc = nlp(doc)
    assert ids(doc, "Lucinda Ferraz") == ["ury:lucinda-ferraz-otamendi"]
    assert not set(ids(doc, "Rodrigo Salcedo")) & {"per:rodrigo-salcedo-paz", "per:rodrigo-salcedo-ibarrola"}
