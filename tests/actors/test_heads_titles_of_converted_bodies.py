"""A converted state body named also by its head's English title ("German Chancellor" among the Reichstag's names)
is not named by it: the title names the holder, an office by its own name keeps its titles, and so does an
international body; sentences written for these tests."""

from dossier.actors.dictionary import load
from dossier.model import Document
from dossier.pipeline import process


def mentions(text: str, published: str) -> dict[str, str]:
    result = next(process([Document(id="t", source="t", text=text, published=published)]))
    names = {e.id: e.name for e in result.entities}
    return {m.text: names.get(m.entity) for m in result.mentions}


def test_the_head_s_title_names_the_holder_not_a_body():
    found = mentions("West German Chancellor Helmut Kohl met union leaders in Bonn. The German Chancellor said the "
                     "talks were useful.", "1987-03-02")
    assert "Reichstag" not in found.values()
    assert found.get("Chancellor") == "Helmut Kohl"


def test_an_office_named_as_such_keeps_its_titles():
    d = load()
    assert any(d.entities[i].name == "President of the United States" for i in d.names.get("American President", ()))


def test_an_international_body_keeps_its_officer_s_title():
    found = mentions("World Bank President Barber Conable met Brazil's finance minister.", "1987-03-02")
    assert found.get("World Bank President") == "World Bank"


def test_a_title_in_another_language_still_names_the_body():
    d = load()
    assert any(d.entities[i].country == "DEU" for i in d.names.get("Bundeskanzler", ()))
