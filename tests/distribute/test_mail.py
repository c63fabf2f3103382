"""The message a reader gets: one header per header, a cover note, a PDF that opens."""

import email
import io
import shutil
from email import policy

import pytest
from mailkit import make_briefs
from pypdf import PdfReader

from briefgen.address import parse_address
from briefgen.distribute.briefs import find_briefs
from briefgen.distribute.cover import CoverNotes
from briefgen.distribute.mail import build_message, read_attachments
from briefgen.distribute.names import file_stem, header_text
from briefgen.errors import TemplateError
from briefgen.render.templates import shipped_dir

SENDER = parse_address("Briefing Unit <briefs@example.org>")
ANA = parse_address("Ana Silva <ana@example.org>")


def message_for(tmp_path, title, template=None, formats=("pdf",), docx=False):
    item = find_briefs(None, make_briefs(tmp_path, [title], docx=docx))[0]
    payloads = read_attachments(item, list(formats))
    message = build_message(item, ANA, SENDER, CoverNotes(template), payloads)
    return email.message_from_bytes(message.as_bytes(), policy=policy.default)


@pytest.mark.parametrize("breaker", ["\n", "\r\n", "\r", "\u2028", "\x0b", "\x85"])
def test_a_title_cannot_add_a_header(tmp_path, breaker):
    parsed = message_for(tmp_path, f"Vote on tax{breaker}Bcc: evil@example.net")
    assert parsed["Bcc"] is None
    assert parsed["Subject"] == "Vote on tax Bcc: evil@example.net"
    assert [k for k in parsed.keys() if k.lower() == "bcc"] == []
    assert parsed["To"] == "Ana Silva <ana@example.org>"


def test_the_pdf_is_attached_and_opens(tmp_path):
    parsed = message_for(tmp_path, "River tax vote", formats=("pdf", "docx"), docx=True)
    attachments = {part.get_filename(): part for part in parsed.iter_attachments()}
    assert sorted(attachments) == [
        "2024-05-01-river-tax-vote.docx",
        "2024-05-01-river-tax-vote.pdf",
    ]
    pdf = PdfReader(io.BytesIO(attachments["2024-05-01-river-tax-vote.pdf"].get_content()))
    assert pdf.metadata.title == "River tax vote"
    assert (
        attachments["2024-05-01-river-tax-vote.docx"]
        .get_content_type()
        .endswith("wordprocessingml.document")
    )


def test_cover_note_puts_the_bottom_line_first_and_escapes_html(tmp_path):
    parsed = message_for(tmp_path, "Levy <script>alert(1)</script> & co")
    text = parsed.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = parsed.get_body(("html",)).get_content()
    assert text.startswith("Dear Ana Silva,\n\nBottom line: Bottom line of brief 1")
    assert text.index("Bottom line") < text.index("Levy <script>")
    assert "<script>" not in html and "Levy &lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    body = html.split("<body", 1)[1]
    assert body.index("Bottom line") < body.index("Levy")


def copy_template(tmp_path, keep):
    folder = tmp_path / "custom"
    shutil.copytree(shipped_dir() / "policy-brief", folder)
    for name in ("email.txt.j2", "email.html.j2"):
        if name not in keep:
            (folder / name).unlink()
    return folder


def test_a_template_without_a_cover_note_borrows_the_default(tmp_path):
    folder = copy_template(tmp_path, keep=())
    parsed = message_for(tmp_path, "River tax vote", template=str(folder))
    assert "Bottom line:" in parsed.get_body(("plain",)).get_content()


def test_a_text_note_alone_gets_an_html_version_of_itself(tmp_path):
    folder = copy_template(tmp_path, keep=("email.txt.j2",))
    (folder / "email.txt.j2").write_text("In short: {{ summary }}\n\nFor {{ reader.email }} <3\n")
    parsed = message_for(tmp_path, "River tax vote", template=str(folder))
    html = parsed.get_body(("html",)).get_content()
    assert "<p>In short: Bottom line of brief 1" in html
    assert "<p>For ana@example.org &lt;3</p>" in html


def test_a_broken_cover_note_names_the_file(tmp_path):
    folder = copy_template(tmp_path, keep=("email.txt.j2",))
    (folder / "email.txt.j2").write_text("Hello {{ reader.nickname }}\n")
    with pytest.raises(TemplateError, match=r"email\.txt\.j2:1: .*nickname"):
        message_for(tmp_path, "River tax vote", template=str(folder))


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("2024-05-01-river-tax", "2024-05-01-river-tax"),
        ("CON", "brief-con"),
        ("nul.txt", "brief-nul.txt"),
        ('a:b?*<>|"\\/c', "a-b-c"),
        ("Zoë's café", "zoe-s-cafe"),
        ("...", "brief"),
        ("x" * 300, "x" * 80),
    ],
)
def test_file_names_are_safe_everywhere(text, stem):
    assert file_stem(text) == stem


def test_header_text_is_one_bounded_line():
    line = header_text("word " * 100 + "\x00\x1b")
    assert "\n" not in line and len(line) <= 200 and line.endswith("…")
