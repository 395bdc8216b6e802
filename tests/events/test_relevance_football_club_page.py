"""A football club's story of no game (a manager hired, offers turned down) is a page of sport once it names European
football's governing body beside its leagues (data/relevance.yaml game_words: UEFA): a club read as its city and the
states of clubs that made offers are no political sides there. Text written here."""

from __future__ import annotations

from dossier.model import Document
from dossier.pipeline import process

CLUB = ("Carlos Mendes has agreed to take over as Aston Villa's manager until 2024, a week after the club sacked Piet "
        "Dekker. Dekker had been in charge for three years and took Villa to their first Europa League semi-final "
        "last spring. Talks between the Birmingham club and Mendes's agents went on into Monday night, a person close "
        "to the deal said. Mendes, 51, has managed Benfica, Lyon and Sevilla and won the UEFA Cup once with Sevilla. "
        "He turned down offers from clubs in Turkey, Brazil and Mexico over the summer. Villa sit 16th in the Premier "
        "League after winning four of their first 13 games. His first game in charge is at home to Everton on "
        "Saturday. The club's captain praised Dekker in a farewell message to the fans.")


def test_a_clubs_story_naming_uefa_gives_no_event(nlp):
    result = next(process([Document(id="t-club", source="t", text=CLUB, published="2019-11-20")], nlp=nlp))
    assert result.events == []
