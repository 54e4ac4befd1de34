"""Uploaded files: each format a user has, and each kind of bad file, as the user sees it."""

from __future__ import annotations

import io
import zipfile
from uuid import UUID

from tests.integration.knowledge.conftest import kb, search


def make_pdf(lines: list[str]) -> bytes:
    """A minimal, valid one-page PDF with text (no PDF writer library needed)."""
    text = " ".join(f"({line}) Tj T*" for line in lines)
    stream = f"BT /F1 12 Tf 14 TL 72 720 Td {text} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Warranty", level=1)
    document.add_heading("Coverage", level=2)
    document.add_paragraph("Every blender carries a two year warranty against motor failure.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Model", "Warranty"
    table.cell(1, 0).text, table.cell(1, 1).text = "B-200", "Five years"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


async def upload(client, tenant, chatbot, filename: str, data: bytes, ctype: str = "application/octet-stream"):
    return await client.post(
        f"{kb(chatbot)}/sources/upload", files={"file": (filename, data, ctype)}, headers=tenant.headers
    )


async def upload_and_ingest(client, container, tenant, chatbot, filename, data, ctype="application/octet-stream") -> dict:
    response = await upload(client, tenant, chatbot, filename, data, ctype)
    assert response.status_code == 202, response.text
    await container.knowledge.ingest(UUID(tenant.id), UUID(response.json()["id"]))
    return (await client.get(f"{kb(chatbot)}/sources/{response.json()['id']}", headers=tenant.headers)).json()


async def test_every_supported_format_becomes_searchable(client, container, tenant, chatbot):
    html = b"""<html lang="en"><head><title>Opening hours</title><script>var secret='tracking pixel';</script>
    <style>.x{}</style></head><body><nav><a href="/">Home</a> Menu Cookies</nav>
    <main><h1>Opening hours</h1><h2>Weekend</h2><p>On Saturdays the shop opens at 10 am.</p></main>
    <footer>Copyright footer text</footer></body></html>"""
    files = [
        ("guide.md", b"# Setup\n## Pairing\nHold the power button for five seconds to pair the headset.\n", "text/markdown", "pair the headset"),
        ("hours.html", html, "text/html", "saturday opening"),
        ("manual.pdf", make_pdf(["Descaling the kettle", "Use citric acid once a month."]), "application/pdf", "descaling kettle"),
        ("warranty.docx", make_docx(), "application/octet-stream", "blender warranty motor"),
        ("faq.csv", b"question,answer\nDo you ship to Norway?,Yes within 6 days.\nIs there a student discount?,10 percent with a valid card.\n", "text/csv", "student discount"),
        ("notes.txt", "Caf\u00e9 loyalty cards give a free coffee after nine.".encode("latin-1"), "text/plain", "loyalty card coffee"),
    ]
    expected = {"guide.md": "power button", "hours.html": "10 am", "manual.pdf": "citric acid",
                "warranty.docx": "two year warranty", "faq.csv": "10 percent", "notes.txt": "free coffee"}
    for filename, data, ctype, query in files:
        source = await upload_and_ingest(client, container, tenant, chatbot, filename, data, ctype)
        assert source["status"] == "ready", (filename, source["failure_reason"])
        assert source["filename"] == filename and source["kind"] == "file"
        hits = (await search(client, tenant, chatbot, query, k=3, source_ids=[source["id"]]))["results"]
        assert hits and expected[filename] in hits[0]["text"], (filename, hits[:1])
        if filename == "hours.html":
            assert "tracking" not in hits[0]["text"] and "Copyright" not in hits[0]["text"]
            assert hits[0]["citation"]["heading_path"] == ["Opening hours", "Weekend"]
        if filename == "warranty.docx":
            assert hits[0]["citation"]["heading_path"] == ["Warranty", "Coverage"]
    csv_source = (await client.get(f"{kb(chatbot)}/sources", headers=tenant.headers)).json()["items"]
    assert next(s for s in csv_source if s["filename"] == "faq.csv")["document_count"] == 2


async def test_bad_files_fail_with_a_readable_reason(client, container, tenant, chatbot):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["top secret"]))))
    writer.encrypt(user_password="hunter2", owner_password="owner", algorithm="AES-128")
    encrypted = io.BytesIO()
    writer.write(encrypted)

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            for _ in range(40):
                part.write(b"\0" * 1_000_000)

    not_a_zip = b"PK\x03\x04" + b"garbage" * 100
    cases = {
        "broken.pdf": (b"%PDF-1.4\n1 0 obj <<< broken", "damaged"),
        "locked.pdf": (encrypted.getvalue(), "password-protected"),
        "bomb.docx": (bomb.getvalue(), "zip bomb"),
        "fake.docx": (not_a_zip, "not a valid DOCX"),
        "image.pdf": (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not a PDF"),
        "binary.txt": (b"\0\1\2\3" * 100, "binary"),
    }
    for filename, (data, reason) in cases.items():
        source = await upload_and_ingest(client, container, tenant, chatbot, filename, data)
        assert source["status"] == "failed", filename
        assert reason in source["failure_reason"], (filename, source["failure_reason"])


async def test_unsupported_and_oversized_uploads_are_refused_at_once(client, tenant, chatbot):
    exe = await upload(client, tenant, chatbot, "setup.exe", b"MZ\x90\x00")
    assert exe.status_code == 422 and "unsupported file type .exe" in exe.json()["detail"]
    empty = await upload(client, tenant, chatbot, "empty.txt", b"")
    assert empty.status_code == 422
    big = await upload(client, tenant, chatbot, "big.txt", b"a" * 5_000_001, "text/plain")
    assert big.status_code == 422 and "free plan allows files up to 5,000,000 bytes" in big.json()["detail"]
    no_file = await client.post(f"{kb(chatbot)}/sources/upload", files={"other": ("x.txt", b"x")}, headers=tenant.headers)
    assert 400 <= no_file.status_code < 500
