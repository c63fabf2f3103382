"""Distribution lists from briefgen.toml or CSV: every bad address reported, none skipped."""

import pytest

from briefgen.config import load_config
from briefgen.distribute.lists import load_list
from briefgen.errors import DistributionError, UsageError


def config_with(tmp_path, text):
    (tmp_path / "briefgen.toml").write_text(text)
    return load_config(project_dir=tmp_path)


def test_list_from_the_toml_keeps_order_and_serves_a_duplicate_once(tmp_path):
    config = config_with(
        tmp_path,
        '[lists.readers]\nrecipients = ["Ana Silva <ana@example.org>", "ben@example.org",'
        ' "ANA@example.org"]\n',
    )
    readers = load_list("readers", config).readers
    assert [str(r) for r in readers] == ["Ana Silva <ana@example.org>", "ben@example.org"]


def test_csv_file_with_name_email_and_tags(tmp_path):
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        "Name,Email,Lists\nAna Silva,ana@example.org,board;staff\n\n"
        'Ben Okafor,ben@example.org,staff\n"Chen, Li",li@example.org,board\n',
        encoding="utf-8",
    )
    config = config_with(tmp_path, '[lists.board]\ncsv = "people.csv"\ntags = ["Board"]\n')
    assert [r.email for r in load_list(str(csv_file), config).readers] == [
        "ana@example.org",
        "ben@example.org",
        "li@example.org",
    ]
    board = load_list("board", config).readers
    assert [(r.name, r.email) for r in board] == [
        ("Ana Silva", "ana@example.org"),
        ("Chen, Li", "li@example.org"),
    ]


def test_every_invalid_address_is_reported_with_its_place(tmp_path):
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("name,email\nAna,ana@example.org\nBob,bob@\nCy,cy@example\n")
    config = config_with(
        tmp_path,
        '[lists.mixed]\nrecipients = ["ok@example.org", "two@@example.org"]\ncsv = "people.csv"\n',
    )
    with pytest.raises(DistributionError) as error:
        load_list("mixed", config)
    message = str(error.value)
    assert message.startswith("3 invalid address(es), nothing sent")
    assert "lists.mixed.recipients[1]: 'two@@example.org'" in message
    assert f"{csv_file}:3: 'bob@'" in message
    assert f"{csv_file}:4: 'cy@example'" in message


def test_a_name_with_a_line_break_is_refused(tmp_path):
    csv_file = tmp_path / "people.csv"
    csv_file.write_text('name,email\n"Ana\nBcc: evil@example.net",ana@example.org\n')
    with pytest.raises(DistributionError, match="line break"):
        load_list(str(csv_file), config_with(tmp_path, ""))


@pytest.mark.parametrize(
    ("content", "expected_error"),
    [
        ("", "the reader list is empty"),
        ("name,mail\nAna,ana@example.org\n", ":1: no 'email' column"),
        ("name,email\n", "has no readers"),
    ],
)
def test_broken_csv_files(tmp_path, content, expected_error):
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(content)
    with pytest.raises(DistributionError, match=expected_error):
        load_list(str(csv_file), config_with(tmp_path, ""))


def test_unknown_list_names_the_known_ones(tmp_path):
    config = config_with(tmp_path, '[lists.readers]\nrecipients = ["a@example.org"]\n')
    with pytest.raises(UsageError, match=r"unknown distribution list 'staff' \(lists: readers"):
        load_list("staff", config)


def test_missing_csv_file(tmp_path):
    with pytest.raises(DistributionError, match="no such reader list"):
        load_list(str(tmp_path / "nope.csv"), config_with(tmp_path, ""))
