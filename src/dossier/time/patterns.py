"""Matcher patterns for temporal phrases the small English model misses or cuts short, built from the lexicon."""

from __future__ import annotations

from dossier.time.lexicon import lexicon

LEX = lexicon()
WEEKDAYS = [w for w in LEX["weekdays"] if len(w) > 3]
MONTHS = [m for m in LEX["months"] if m != "may"]
REL = ["last", "next", "this", "coming", "past"]
PARTS_OF_DAY = ["morning", "afternoon", "evening", "night"]
# the units a phrase counted from a time told before names ("later that day", "the following week", "the day
# before"): the model labels some DATE and leaves others out; they are read only against a time told before them
TOLD_UNITS = PARTS_OF_DAY + ["day", "week"]


def _wd(op: str | None = None) -> dict:
    pat = {"LOWER": {"IN": WEEKDAYS}}
    return pat | {"OP": op} if op else pat


def vague_phrases() -> list[str]:
    """Vague periods of several words ("in recent weeks", "the near term"), for a PhraseMatcher on LOWER."""
    return [key for key in LEX["vague"] if " " in key]


def day_phrases() -> list[str]:
    """Days told by a part of the day ("this afternoon", "last night", "tomorrow morning", "tonight", "earlier
    today", "late yesterday"), which spaCy labels TIME rather than DATE, for a PhraseMatcher on LOWER."""
    named = [key for key in LEX["days"] if " " in key or key == "tonight"]
    days = ("yesterday", "today", "tomorrow")
    return named + [f"{day} {part}" for day in days for part in PARTS_OF_DAY] + [
        f"{when} {day}" for when in ("early", "late", "earlier", "later") for day in days]


def demonstrative_phrases() -> list[str]:
    """Times a demonstrative names again ("that time", "this moment"), for a PhraseMatcher on LOWER; read only where
    anaphora.demonstrative holds."""
    return [f"{det} {noun}" for det in ("this", "that") for noun in LEX["demonstrative_times"]["nouns"]]


# Words after a holiday's name that still name its time: "the Lunar New Year holiday", "the Easter break".
HOLIDAY_SUFFIXES = ["holiday", "holidays", "festival", "festivities", "celebrations", "period", "season", "break"]
# Words before a one-word holiday's name that make it a time: "ahead of Diwali", "during Ramadan", "since Passover".
HOLIDAY_LEADS = ["before", "after", "during", "since", "until", "till", "through", "throughout", "over", "at",
                 "on", "for", "around", "by", "of", "this", "last", "next"]


def holiday_phrases() -> list[str]:
    """Holidays of several words ("Election Day", "Christmas Eve"), and any holiday with a word that makes it a
    period ("the Diwali holiday", "the Easter break"); a one-word name alone is left to spaCy's dates and to
    holiday_after_lead, as "Christmas tree" or "Easter Island" is no date, nor "Professor Ramadan"."""
    names = list(LEX["holidays"])
    return [key for key in names if " " in key] + [f"{key} {word}" for key in names for word in HOLIDAY_SUFFIXES]


def holiday_after_lead() -> list[list[dict]]:
    """A one-word holiday after a word that makes it a time ("ahead of Diwali", "during Ramadan"): the pattern
    takes the word before it, which the caller leaves out of the span."""
    single = [key for key in LEX["holidays"] if " " not in key]
    return [[{"LOWER": {"IN": HOLIDAY_LEADS}}, {"LOWER": {"IN": single}}]]


def patterns() -> dict[str, list[list[dict]]]:
    """{label: [pattern]}: weekdays, weekday ranges, month-day ranges, relative periods, pairs of days."""
    rel = {"LOWER": {"IN": REL}, "OP": "?"}
    day = {"TEXT": {"REGEX": r"^[0-3]?[0-9](st|nd|rd|th)?$"}}
    month = {"LOWER": {"IN": MONTHS + ["may"]}, "IS_TITLE": True}
    to = {"LOWER": {"IN": ["to", "through", "until", "and", "-", "–"]}}
    both = {"LOWER": {"IN": ["and", "or", "to", "through", "until", "-", "–"]}}
    may = {"LOWER": "may", "IS_TITLE": True}
    return {
        "WEEKDAY": [[rel, _wd(), {"LOWER": {"IN": PARTS_OF_DAY}, "OP": "?"}],
                    [{"LOWER": "this"}, {"LOWER": {"IN": ["coming", "past"]}}, _wd(),
                     {"LOWER": {"IN": PARTS_OF_DAY}, "OP": "?"}]],
        "WEEKDAY_RANGE": [[{"LOWER": {"IN": ["from", "between"]}, "OP": "?"}, _wd(), to, _wd()]],
        "DAY_RANGE": [[{"LOWER": {"IN": ["from", "between"]}, "OP": "?"}, month, day, to, day],
                      [{"LOWER": {"IN": ["from", "between"]}, "OP": "?"}, day, to, day, month],
                      [{"LOWER": {"IN": ["from", "between"]}}, month, day, to, month, day]],
        "MONTH_REL": [[{"LOWER": {"IN": ["next", "last", "this"]}}, {"LOWER": {"IN": MONTHS}}]],
        "PERIOD": [[{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": {"IN": ["this", "the"]}},
                    {"LOWER": {"IN": ["week", "month", "year"]}}],
                   [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "in"}, {"LOWER": "the"},
                    {"LOWER": {"IN": ["week", "month", "year"]}}],
                   # part of a week, month or year: "late last week", "the end of this month"
                   [{"LOWER": {"IN": ["early", "late", "mid"]}}, {"LOWER": {"IN": ["last", "next", "this"]}},
                    {"LOWER": {"IN": ["week", "month", "year"]}}],
                   [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": list(LEX["parts"])}}, {"LOWER": "of"},
                    {"LOWER": {"IN": ["last", "next", "this"]}}, {"LOWER": {"IN": ["week", "month", "year"]}}],
                   [{"LOWER": {"IN": ["last", "next", "this"]}}, {"LOWER": {"IN": ["week", "month", "year", "quarter"]}}]],
        # "May" is a month only where a calendar word makes it one, never the modal verb on its own:
        # coordinated with another month ("in April and May"), or followed by a day or a year.
        "MONTH_PAIR": [[{"LOWER": {"IN": MONTHS}, "IS_TITLE": True}, both, may],
                       [may, both, {"LOWER": {"IN": MONTHS}, "IS_TITLE": True}]],
        "MAY_DATE": [[may, day], [may, {"TEXT": {"REGEX": r"^(1[0-9]|2[01])[0-9]{2}$"}}]],
        # a month and day the model leaves unlabelled, as after a possessive ("Ruiz's March 3 call"), with its
        # year where one follows ("the September 11, 2001 attacks", which the model may label an EVENT)
        "MONTH_DAY": [[{"LOWER": {"IN": MONTHS}, "IS_TITLE": True}, {"IS_PUNCT": True, "TEXT": ".", "OP": "?"}, day],
                      [{"LOWER": {"IN": MONTHS}, "IS_TITLE": True}, {"IS_PUNCT": True, "TEXT": ".", "OP": "?"}, day,
                       {"TEXT": ",", "OP": "?"}, {"TEXT": {"REGEX": r"^(1[89]|20)[0-9]{2}$"}}]],
        # and "weekend" on a noun, which the recogniser leaves out: "a brief weekend visit", "OPEC's weekend accord"
        "WEEKEND": [[{"LOWER": {"IN": REL + ["the"]}}, {"LOWER": "weekend"}],
                    [{"LOWER": "weekend", "DEP": {"IN": ["compound", "nmod", "amod"]},
                      "POS": {"IN": ["NOUN", "ADJ"]}}]],
        # a part of a day told before, which the model labels TIME or leaves out ("later that evening", "the
        # following morning"): read only against a day told before it (time/anaphora.py), never the article's
        "TOLD_PART": [[{"LOWER": {"IN": ["earlier", "later"]}, "OP": "?"}, {"LOWER": "that"},
                       {"LOWER": {"IN": ["very", "same"]}, "OP": "?"}, {"LOWER": {"IN": TOLD_UNITS}}],
                      [{"LOWER": {"IN": ["earlier", "later"]}, "OP": "?"}, {"LOWER": "the"},
                       {"LOWER": {"IN": list(LEX["counted_from_told"]["relative"])}},
                       {"LOWER": {"IN": TOLD_UNITS}}],
                      # "the day before", "the week after": anaphora.followed_by_noun leaves out "the day before
                      # the vote", counted from the time named after it
                      [{"LOWER": "the"}, {"LOWER": {"IN": TOLD_UNITS}},
                       {"LOWER": {"IN": list(LEX["counted_from_told"]["direction"])}}]],
        "SINCE": [[{"LOWER": "since"}, {"TEXT": {"REGEX": r"^(1[0-9]|2[01])[0-9]{2}$"}}]],
        # two days named from the article's one, joined in their order ("yesterday and today"): one span of days
        "DAY_PAIR": [[{"LOWER": {"IN": ["yesterday", "today"]}}, {"LOWER": {"IN": ["and", "to", "through"]}},
                      {"LOWER": {"IN": ["today", "tonight", "tomorrow"]}}]],
    }
