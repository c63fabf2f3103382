"""The library keeps every brief: concurrent publishes, same slugs, hand-edited manifests.

Issue 15 (rows "two publishes at once", "two briefs with one slug", "a manifest entry
`../../../../etc/passwd`") and issue 14's library fixes, each tried the way it was found.
"""

import json
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from builders import brief
from conftest import ROOT, SAMPLE
from mailkit import make_briefs, write_docx, write_pdf
from test_publish import read_library, visible

from briefgen.cli import main
from briefgen.distribute.briefs import briefs_to_publish
from briefgen.distribute.catalogue import library_lock
from briefgen.distribute.library import Entry, newest_first
from briefgen.distribute.publish import publish
from briefgen.model import brief_to_dict

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def _one_line_errors(monkeypatch):
    monkeypatch.delenv("BRIEFGEN_DEBUG", raising=False)


def catalogue(folder: Path) -> tuple[list[str], list[str], list[str]]:
    """The titles the manifest, the index and the feed each list."""
    manifest = json.loads((folder / "manifest.json").read_text())
    page = read_library((folder / "index.html").read_text())
    feed = ET.parse(folder / "feed.xml").getroot()
    return (
        sorted(b["title"] for b in manifest["briefs"]),
        sorted(b["title"] for b in page.briefs),
        sorted(e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")),
    )


def publish_process(project: Path, library: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "briefgen", "publish", str(library)],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_publishes_into_one_folder_at_once_lose_no_brief(tmp_path):
    """Issue 15: 14 trials lost entries in 5; every trial must list all 19 briefs."""
    first, second = tmp_path / "one", tmp_path / "two"
    make_briefs(first, [f"First desk brief {n}" for n in range(10)])
    make_briefs(second, [f"Second desk brief {n}" for n in range(9)])
    for trial in range(5):
        library = tmp_path / f"library-{trial}"
        runs = [publish_process(first, library), publish_process(second, library)]
        for run in runs:
            _, err = run.communicate(timeout=60)
            assert run.returncode == 0, err
        manifest, index, feed = catalogue(library)
        assert len(manifest) == 19, f"trial {trial}"
        assert manifest == index == feed
        assert len([p for p in visible(library) if p.suffix == ".pdf"]) == 19


def test_a_publish_waits_while_another_holds_the_library(tmp_path):
    make_briefs(tmp_path, ["River tax vote"])
    library = tmp_path / "library"
    library.mkdir()
    with library_lock(library):
        run = publish_process(tmp_path, library)
        time.sleep(1.5)
        assert run.poll() is None  # still waiting for the lock
        assert not (library / "manifest.json").exists()
    _, err = run.communicate(timeout=60)
    assert run.returncode == 0, err
    assert catalogue(library)[0] == ["River tax vote"]


def two_briefs_one_slug(project: Path) -> Path:
    """What make leaves for two stories whose titles give one slug: `…-vote`, `…-vote-2`."""
    out = project / "output"
    (out / ".briefgen").mkdir(parents=True)
    entries = []
    for stem, summary in (("", "The council backs it."), ("-2", "A different story.")):
        made = brief(summary, title="Council vote")
        path = write_pdf(out / f"{made.slug}{stem}.pdf", made.title, made.summary)
        entries.append({"brief": brief_to_dict(made), "files": {"pdf": str(path)}})
    (out / ".briefgen" / "last-make.json").write_text(json.dumps({"briefs": entries}))
    return out


def test_two_briefs_whose_titles_give_one_slug_are_both_kept(tmp_path, monkeypatch, runner):
    two_briefs_one_slug(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["publish", "site"])
    assert result.exit_code == 0, result.output
    assert result.output.count("added ") == 2 and "updated" not in result.output.split(":")[0]
    manifest = json.loads((tmp_path / "site" / "manifest.json").read_text())
    assert sorted(b["summary"] for b in manifest["briefs"]) == [
        "A different story.",
        "The council backs it.",
    ]
    assert sorted(p.name for p in visible(tmp_path / "site") if p.suffix == ".pdf") == [
        "2024-05-01-council-vote-2.pdf",
        "2024-05-01-council-vote.pdf",
    ]
    again = runner.invoke(main, ["publish", "site"])  # and again: nothing changes
    assert "0 added, 0 updated, 2 unchanged" in again.output


def hand_edit(library: Path, **changes) -> None:
    manifest = json.loads((library / "manifest.json").read_text())
    manifest["briefs"][0].update(changes)
    (library / "manifest.json").write_text(json.dumps(manifest))


@pytest.mark.parametrize(
    ("changes", "expected_error"),
    [
        ({"files": {"pdf": "../../../../etc/passwd"}}, "'../../../../etc/passwd' is not a file"),
        ({"files": {"pdf": "/etc/passwd"}}, "'/etc/passwd' is not a file name inside"),
        ({"files": {"pdf": "..\\..\\secret.pdf"}}, "is not a file name inside the library"),
        ({"files": {"pdf": ".hidden.pdf"}}, "'.hidden.pdf' is not a file name inside"),
        ({"files": {"pdf": "notes.txt"}}, "'notes.txt' is not a .pdf file"),
        ({"files": {"exe": "x.exe"}}, "unknown format 'exe'"),
        ({"files": "x.pdf"}, "files is missing or empty"),
        ({"date": "2024-02-30"}, "date '2024-02-30' is not a valid date"),
        ({"published": "last Tuesday"}, "published 'last Tuesday' is not a valid date"),
        ({"title": None}, "title is missing or not text"),
    ],
)
def test_a_bad_manifest_entry_is_one_line_and_nothing_outside_is_read(
    tmp_path, monkeypatch, runner, changes, expected_error
):
    make_briefs(tmp_path, ["River tax vote"])
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(main, ["publish", "site"]).exit_code == 0
    hand_edit(tmp_path / "site", **changes)
    index_before = (tmp_path / "site" / "index.html").read_bytes()
    result = runner.invoke(main, ["publish", "site"])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("briefgen: error: site/manifest.json: briefs[0]: ")
    assert expected_error in line and "internal error" not in line
    assert (tmp_path / "site" / "index.html").read_bytes() == index_before


def test_a_linked_file_in_the_library_is_refused(tmp_path, monkeypatch, runner):
    make_briefs(tmp_path, ["River tax vote"])
    monkeypatch.chdir(tmp_path)
    runner.invoke(main, ["publish", "site"])
    outside = write_pdf(tmp_path / "private.pdf", "Private", "Not for the library.")
    (tmp_path / "site" / "linked.pdf").symlink_to(outside)
    hand_edit(tmp_path / "site", files={"pdf": "linked.pdf"})
    result = runner.invoke(main, ["publish", "site"])
    assert result.exit_code == 1
    assert "'linked.pdf' is a symbolic link" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_every_brief_given_is_added_or_the_reason_printed(tmp_path, monkeypatch, runner):
    """Issue 14: 7 PDFs given, 5 added, two with the same name skipped without a word."""
    desk = make_briefs(tmp_path / "desk", ["River tax", "Port plan", "Rail fares", "Toll road"])
    other = tmp_path / "other"
    other.mkdir()
    desk_pdfs = sorted(desk.glob("*.pdf"))
    shutil.copy(desk_pdfs[0], other / desk_pdfs[0].name)  # the very same brief again
    write_pdf(other / desk_pdfs[1].name, "Port plan, revised", "Another brief, same name.")
    (other / "notes.pdf").write_text("not a PDF at all")
    given = [*desk_pdfs, *sorted(other.iterdir())]
    assert len(given) == 7
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["publish", "site", *map(str, given)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert sum(line.startswith("added ") for line in lines) == 5
    (skipped,) = [line for line in lines if line.startswith("skipped ")]
    assert f"{other / desk_pdfs[0].name}: the same brief as {desk_pdfs[0]}" in skipped
    (refused,) = [line for line in lines if line.startswith("not added ")]
    assert "notes.pdf: not a readable PDF" in refused
    assert "5 brief(s); 5 added, 0 updated, 0 unchanged, 1 given twice, 1 not added" in (
        result.output
    )
    assert lines[-1] == "briefgen: error: 1 of 7 brief(s) not added; see above"
    assert "Port plan, revised" in catalogue(tmp_path / "site")[0]


def test_a_brief_of_the_last_make_whose_files_are_gone_is_named_and_the_rest_published(
    tmp_path, monkeypatch, runner
):
    out = make_briefs(tmp_path, ["River tax vote", "Port plan"], docx=True)
    (out / "2024-05-01-port-plan.pdf").unlink()
    (out / "2024-05-01-river-tax-vote.md").write_text("# not published, not needed")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["publish", "site"])
    assert result.exit_code == 1
    assert "not added " in result.output and "2024-05-01-port-plan.pdf: no such file" in (
        result.output
    )
    assert result.output.splitlines()[-1] == "briefgen: error: 1 of 2 brief(s) not added; see above"
    assert catalogue(tmp_path / "site")[0] == ["River tax vote"]


def test_a_word_brief_is_published_as_the_index_promises(tmp_path, monkeypatch, runner):
    import docx

    path = write_docx(tmp_path / "ferry-subsidy.docx", "The ferry subsidy.")
    document = docx.Document(str(path))
    props = document.core_properties
    props.title, props.subject, props.category = "Ferry subsidy", "It passed.", "RESTRICTED"
    document.save(str(path))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["publish", "site", str(path)])
    assert result.exit_code == 0, result.output
    page = read_library((tmp_path / "site" / "index.html").read_text())
    assert page.briefs[0]["title"] == "Ferry subsidy"
    assert page.briefs[0]["links"] == ["ferry-subsidy.docx", "ferry-subsidy.docx"]
    assert '<p class="marking">RESTRICTED</p>' in (tmp_path / "site" / "index.html").read_text()


def test_publish_finds_the_last_make_wherever_it_wrote_with_its_marking(
    tmp_path, monkeypatch, runner
):
    """`make -o elsewhere` then `publish DIR`; the handling marking in index and feed."""
    monkeypatch.chdir(tmp_path)
    made = runner.invoke(
        main, ["make", str(SAMPLE), "-o", "elsewhere", "-j", "1", "--classification", "SECRET"]
    )
    assert made.exit_code == 0, made.output
    result = runner.invoke(main, ["publish", "site"])
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output
    index = (tmp_path / "site" / "index.html").read_text()
    assert '<p class="marking">SECRET</p>' in index
    (entry,) = ET.parse(tmp_path / "site" / "feed.xml").getroot().findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}category").get("term") == "SECRET"
    assert entry.findtext(f"{ATOM}summary").startswith("[SECRET] ")
    assert (
        json.loads((tmp_path / "site" / "manifest.json").read_text())["briefs"][0]["marking"]
        == "SECRET"
    )


def test_a_pdf_only_brief_shows_its_marking_from_the_keywords(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "levy.pdf"), invariant=1)
    pdf.setTitle("Levy")
    pdf.setKeywords("policy brief, OFFICIAL-SENSITIVE")
    pdf.drawString(72, 720, "A brief.")
    pdf.save()
    found, problems = briefs_to_publish([tmp_path / "levy.pdf"])
    publish(tmp_path / "site", found)
    assert (
        '<p class="marking">OFFICIAL-SENSITIVE</p>'
        in (tmp_path / "site" / "index.html").read_text()
    )


def entry(title: str, date: str, published: str = "2026-12-01T00:00:00Z") -> Entry:
    return Entry(title, title, title, date, "", {"pdf": f"{title}.pdf"}, published, published)


def test_undated_briefs_sort_last_in_newest_first():
    entries = [
        entry("b", ""),
        entry("old", "2019-01-01"),
        entry("a", ""),
        entry("new", "2024-06-01"),
    ]
    assert [e.title for e in newest_first(entries)] == ["new", "old", "a", "b"]


def test_undated_briefs_are_last_in_the_index(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796083200")  # published in 2026
    out = make_briefs(tmp_path, ["Dated brief"], dates=["2024-03-02"])
    undated = write_pdf(tmp_path / "undated.pdf", "Undated brief", "No date.")
    found, _ = briefs_to_publish([*out.glob("*.pdf"), undated])
    publish(tmp_path / "site", found)
    page = read_library((tmp_path / "site" / "index.html").read_text())
    assert [b["title"] for b in page.briefs] == ["Dated brief", "Undated brief"]


def test_an_old_manifest_without_markings_is_still_read(tmp_path):
    out = make_briefs(tmp_path, ["River tax vote"])
    found = briefs_to_publish(list(out.glob("*.pdf")))[0]
    publish(tmp_path / "site", found)
    manifest = json.loads((tmp_path / "site" / "manifest.json").read_text())
    for item in manifest["briefs"]:
        del item["marking"]
    (tmp_path / "site" / "manifest.json").write_text(json.dumps(manifest))
    again = publish(tmp_path / "site", found)
    assert (again.total, again.unchanged) == (1, ["2024-05-01-river-tax-vote.pdf"])
