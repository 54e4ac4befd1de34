"""The attachment rules: magic bytes decide the type, the declared type must agree, names are cleaned."""

from __future__ import annotations

import pytest

from domain.conversations.attachments import DOCX, check_upload, clean_name, sniff
from domain.errors import InvalidInput, TooLarge, UnsupportedMediaType
from tests.integration.conversations.test_attachments import PDF, PNG, ooxml


@pytest.mark.parametrize(
    "data, kind",
    [
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"GIF89a\x01\x00", "image/gif"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
        (PDF, "application/pdf"),
        (ooxml("word/document.xml"), DOCX),
        (ooxml("xl/workbook.xml"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (ooxml("other.txt"), None),
        (b"PK\x03\x04truncated", None),
        ("héllo, wörld\n".encode(), "text/plain"),
        (b"bin\x00ary", None),
        (b"\xff\xfe\x00", None),
    ],
)
def test_sniff(data, kind):
    assert sniff(data) == kind


def test_declared_type_must_agree_with_the_bytes():
    assert check_upload("a.png", "image/png; charset=binary", PNG, 100) == ("a.png", "image/png")
    assert check_upload("a", "", PNG, 100) == ("a", "image/png")
    assert check_upload("x.csv", "application/vnd.ms-excel", b"a,b\n", 100) == ("x.csv", "text/csv")
    assert check_upload("x.csv", "", b"a,b\n", 100) == ("x.csv", "text/csv")
    assert check_upload("x.csv", "text/plain", b"a,b\n", 100) == ("x.csv", "text/plain")
    with pytest.raises(UnsupportedMediaType):
        check_upload("a.jpg", "image/jpeg", PNG, 100)
    with pytest.raises(UnsupportedMediaType):
        check_upload("a.svg", "image/svg+xml", b"<svg/>", 100)
    with pytest.raises(TooLarge):
        check_upload("a.png", "image/png", PNG, len(PNG) - 1)
    with pytest.raises(InvalidInput):
        check_upload("a.png", "image/png", b"", 100)


def test_clean_name():
    assert clean_name("C:\\Users\\ada\\My file.pdf") == "My file.pdf"
    assert clean_name("a\r\nSet-Cookie: x.txt") == "aSet-Cookie: x.txt"
    assert clean_name("\u202egnp.exe") == "gnp.exe"
    assert clean_name("   ") == "file" and len(clean_name("x" * 400)) == 255
