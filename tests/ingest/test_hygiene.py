import codecs
import datetime as dt

import pytest
from sourcefiles import write

from briefgen.errors import SourceError
from briefgen.ingest import load
from briefgen.ingest.dates import parse_date
from briefgen.ingest.text import normalise

FRENCH = "Le conseil a adopté la piste cyclable malgré l’opposition des commerçants."
GERMAN = "Der Stadtrat hat die Gebühren für große Fahrzeuge erhöht."
RUSSIAN = "Городской совет одобрил план строительства новой велосипедной дорожки."


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (FRENCH, FRENCH.encode("cp1252")),
        (GERMAN, GERMAN.encode("latin-1")),
        (RUSSIAN, RUSSIAN.encode("cp1251")),
        (FRENCH, codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le")),
        (FRENCH, codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be")),
        (GERMAN, GERMAN.encode("utf-16-le")),  # no BOM
        (FRENCH, codecs.BOM_UTF8 + FRENCH.encode("utf-8")),
    ],
    ids=[
        "cp1252",
        "latin-1",
        "cp1251",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16-no-bom",
        "utf-8-bom",
    ],
)
def test_encodings_are_detected(tmp_path, text, data):
    path = write(tmp_path, "a.txt", data)
    assert text in load(path).text


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("CafÃ© owners", "Café owners"),
        ("â€œNoâ€\x9d, she said â€” twice.", "“No”, she said — twice."),
        ("Ã\xa0 Paris, la rÃ©forme", "à Paris, la réforme"),
    ],
)
def test_mojibake_is_repaired(broken, fixed):
    assert normalise(broken) == fixed


@pytest.mark.parametrize(
    "correct", ["Ça coûte “cher” — « non »", "Âge d’or à Ångström", "Ørsted’s wind farm"]
)
def test_correct_text_is_left_alone(correct):
    assert normalise(correct) == correct


def test_decomposed_accents_are_composed():
    assert normalise("Cafe\u0301") == "Café"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-07-13", "2023-07-13"),
        ("2023-07-13T22:10:00+02:00", "2023-07-13"),
        ("Thu, 13 Jul 2023 09:30:00 GMT", "2023-07-13"),
        ("July 13, 2023", "2023-07-13"),
        ("Sept. 4, 2019", "2019-09-04"),
        ("13th July 2023", "2023-07-13"),
        ("Published 2 May 2024, 10:31", "2024-05-02"),
        ("le 1er février 2024", "2024-02-01"),
        ("13. Juli 2023", "2023-07-13"),
        ("13 de julio de 2023", "2023-07-13"),
        ("5 de março de 2021", "2021-03-05"),
        ("13 luglio 2023", "2023-07-13"),
        ("3 maart 2022", "2022-03-03"),
        ("13.07.2023", "2023-07-13"),
        ("07/13/2023", "2023-07-13"),  # only month-first makes sense
        ("04/03/2024", "2024-03-04"),  # ambiguous: day first
        ("2023-02-30", None),
        ("no date here", None),
        ("In 2023 the plan", None),
    ],
)
def test_dates_in_many_formats_and_languages(text, expected):
    parsed = parse_date(text)
    assert parsed == (dt.date.fromisoformat(expected) if expected else None)


def test_file_over_the_size_limit_is_refused_with_the_limit_named(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", "Headline\n\n" + "Words here. " * 100_000)
    monkeypatch.setenv("BRIEFGEN_MAX_SOURCE_MB", "0.5")
    with pytest.raises(SourceError, match=r"big\.txt: 1\.1 MB is over the 0\.5 MB limit"):
        load(path)
    monkeypatch.setenv("BRIEFGEN_MAX_SOURCE_MB", "2")
    monkeypatch.setenv("BRIEFGEN_LIMIT_SENTENCES", "200000")  # 100,000 two-word sentences
    assert load(path).title == "Headline"


def test_bad_size_limit_setting_is_reported(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_MAX_SOURCE_MB", "lots")
    with pytest.raises(SourceError, match="BRIEFGEN_MAX_SOURCE_MB='lots' is not a number"):
        load(write(tmp_path, "a.txt", "Text."))
