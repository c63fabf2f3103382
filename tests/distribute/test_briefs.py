"""Finding a brief's title and bottom line: make's record first, the PDF's metadata else."""

import json
import shutil
from pathlib import Path

import pytest
from mailkit import make_briefs, write_pdf

from briefgen.distribute.briefs import brief_for_pdf, find_briefs
from briefgen.errors import DistributionError


def test_without_names_distribute_takes_what_make_last_wrote(tmp_path):
    out = make_briefs(tmp_path, ["River tax vote", "Port expansion"], docx=True)
    found = find_briefs(None, out)
    assert [b.title for b in found] == ["River tax vote", "Port expansion"]
    assert found[0].summary.startswith("Bottom line of brief 1")
    assert found[0].brief is not None and found[0].date.isoformat() == "2024-05-01"
    assert set(found[0].files) == {"pdf", "docx"} and found[0].pdf.is_file()


def test_a_named_pdf_is_found_in_its_folders_record(tmp_path):
    out = make_briefs(tmp_path, ["River tax vote", "Port expansion"])
    pdf = sorted(out.glob("*.pdf"))[1]
    assert brief_for_pdf(pdf).title == "River tax vote"  # 2024-05-01-river… sorts second


def test_a_pdf_made_elsewhere_is_known_by_its_metadata(tmp_path):
    pdf = write_pdf(tmp_path / "loose.pdf", "Bridge toll debate", "Tolls rise in May.")
    found = brief_for_pdf(pdf)
    assert (found.title, found.summary, found.brief) == (
        "Bridge toll debate",
        "Tolls rise in May.",
        None,
    )


def test_the_key_follows_the_brief_not_the_rendering(tmp_path):
    out = make_briefs(tmp_path, ["River tax vote"])
    before = find_briefs(None, out)[0].key
    pdf = next(out.glob("*.pdf"))
    write_pdf(pdf, "River tax vote", "same brief, re-rendered", body="Other bytes")
    assert find_briefs(None, out)[0].key == before
    record = out / ".briefgen" / "last-make.json"
    data = json.loads(record.read_text())
    data["briefs"][0]["brief"]["summary"] = "A changed bottom line."
    record.write_text(json.dumps(data))
    assert find_briefs(None, out)[0].key != before


def test_the_same_pdf_named_twice_is_sent_once(tmp_path):
    out = make_briefs(tmp_path, ["River tax vote"])
    pdf = next(out.glob("*.pdf"))
    assert len(find_briefs([pdf, pdf], out)) == 1


@pytest.mark.parametrize(
    ("setup", "expected_error"),
    [
        ("no-record", "no record of briefgen make"),
        ("broken-record", "not a record of briefgen make"),
        ("missing-pdf", "no such file"),
    ],
)
def test_problems_finding_briefs(tmp_path, setup, expected_error):
    out = make_briefs(tmp_path, ["River tax vote"])
    record = out / ".briefgen" / "last-make.json"
    if setup == "no-record":
        shutil.rmtree(out / ".briefgen")
    elif setup == "broken-record":
        record.write_text("{not json")
    else:
        next(out.glob("*.pdf")).unlink()
    with pytest.raises(DistributionError, match=expected_error):
        find_briefs(None, out)


def test_a_file_that_is_not_a_pdf(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("hello")
    with pytest.raises(DistributionError, match="not a readable PDF"):
        brief_for_pdf(fake)


def test_make_notes_where_it_wrote_and_a_damaged_note_falls_back_to_output(tmp_path):
    from briefgen.distribute.briefs import LAST_OUTPUT, last_output, remember_output

    assert last_output(tmp_path) == Path("output")  # no note yet
    assert remember_output(tmp_path / "elsewhere", tmp_path) == []
    assert last_output(tmp_path) == tmp_path / "elsewhere"
    (tmp_path / LAST_OUTPUT).write_text("{not json")
    assert last_output(tmp_path) == Path("output")
    (tmp_path / LAST_OUTPUT).unlink()
    (tmp_path / LAST_OUTPUT).mkdir()  # a note that cannot be written is a warning
    (warning,) = remember_output(tmp_path / "elsewhere", tmp_path)
    assert "cannot note where make wrote" in warning


def test_distribute_without_names_takes_the_last_make_wherever_it_wrote(tmp_path, monkeypatch):
    from briefgen.distribute.briefs import remember_output

    out = make_briefs(tmp_path / "elsewhere", ["River tax vote"])
    (tmp_path / "project").mkdir()
    monkeypatch.chdir(tmp_path / "project")
    assert remember_output(out) == []
    assert [b.title for b in find_briefs(None)] == ["River tax vote"]
