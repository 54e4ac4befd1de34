"""Files and pages → text as light Markdown (headings kept as `#` lines, for the chunker).

HTML: BeautifulSoup over lxml, scripts/styles/navigation dropped, main content preferred.
PDF: pypdf. DOCX: python-docx, after checking the zip container against zip bombs. CSV: Q&A rows.
Every refusal is an IngestionFailed whose reason the source's owner can read and act on.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin

from bs4 import BeautifulSoup, NavigableString, Tag

from domain.knowledge.model import ExtractedDocument, IngestionFailed

MAX_EXTRACTED_CHARS = 5_000_000
MAX_PDF_PAGES = 2_000
# A DOCX is a zip: refuse containers that would expand beyond these (zip bombs).
MAX_ZIP_ENTRIES = 2_000
MAX_ZIP_EXPANDED = 200_000_000
MAX_ZIP_RATIO = 150

_DROP = ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "select", "input",
         "nav", "header", "footer", "aside", "object", "embed"]
_BLOCKS = {"p", "li", "pre", "blockquote", "dt", "dd", "tr", "figcaption", "caption", "summary", "address"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class HtmlPage:
    title: str
    text: str
    language: str | None
    links: list[str]


def parse_html(html: str | bytes, base_url: str | None = None) -> HtmlPage:
    soup = BeautifulSoup(html, "lxml")
    links: list[str] = []
    if base_url:
        for a in soup.find_all("a", href=True):
            href = a["href"].strip()
            if href and not href.startswith(("mailto:", "tel:", "javascript:", "#")):
                links.append(urldefrag(urljoin(base_url, href))[0])
    html_tag = soup.find("html")
    language = None
    if isinstance(html_tag, Tag) and html_tag.get("lang"):
        language = str(html_tag["lang"]).split("-")[0].strip().lower() or None
    title_tag = soup.find("title")
    title = _clean(title_tag.get_text(" ")) if title_tag else ""
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.select('[role="navigation"], [aria-hidden="true"], [hidden]'):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.find(attrs={"role": "main"}) or soup.body or soup
    lines: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not comments, CDATA, doctype
                    text = _clean(str(child))
                    if text:
                        lines.append(text)
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in _HEADINGS:
                text = _clean(child.get_text(" "))
                if text:
                    lines.append("")
                    lines.append("#" * _HEADINGS[name] + " " + text)
            elif name == "tr":
                cells = [_clean(c.get_text(" ")) for c in child.find_all(["td", "th"])]
                if any(cells):
                    lines.append(" | ".join(cells))
            elif name in _BLOCKS:
                text = _clean(child.get_text(" "))
                if text:
                    lines.append(text)
            elif name == "br":
                continue
            else:
                walk(child)

    walk(root)
    if not title:
        h1 = next((line[2:] for line in lines if line.startswith("# ")), "")
        title = h1
    text = "\n".join(lines).strip()
    return HtmlPage(title=title, text=text, language=language, links=links)


def _decode(data: bytes) -> str:
    if b"\x00" in data[:8000]:
        raise IngestionFailed("the file is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise IngestionFailed("the file's text encoding could not be recognised") from None
        return str(best)


def _pdf(data: bytes, filename: str) -> list[ExtractedDocument]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if b"%PDF-" not in data[:1024]:
        raise IngestionFailed("the file is not a PDF (no PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported encryption
                unlocked = 0
            if not unlocked:
                raise IngestionFailed("the PDF is password-protected; upload an unprotected copy")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise IngestionFailed(f"the PDF has {len(reader.pages)} pages; at most {MAX_PDF_PAGES} are accepted")
        title = ""
        try:
            title = _clean(str((reader.metadata or {}).get("/Title") or ""))
        except Exception:  # noqa: BLE001 - broken metadata is not worth failing for
            pass
        parts: list[str] = []
        size = 0
        for number, page in enumerate(reader.pages, start=1):
            text = (page.extract_text() or "").strip()
            if not text:
                continue
            parts.append(f"## Page {number}\n{text}")
            size += len(text)
            if size > MAX_EXTRACTED_CHARS:
                raise IngestionFailed("the PDF holds more text than one source may (5 million characters)")
    except IngestionFailed:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as exc:
        raise IngestionFailed(f"the PDF is damaged and could not be read ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on hostile input
        raise IngestionFailed(f"the PDF could not be read ({type(exc).__name__})") from None
    if not parts:
        raise IngestionFailed("the PDF has no extractable text (scanned images need OCR first)")
    return [ExtractedDocument(key=filename, title=title or filename, text="\n\n".join(parts))]


def _check_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise IngestionFailed("the file is not a valid DOCX (damaged zip container)") from None
    if len(entries) > MAX_ZIP_ENTRIES:
        raise IngestionFailed(f"the DOCX holds {len(entries)} parts; at most {MAX_ZIP_ENTRIES} are accepted")
    expanded = sum(e.file_size for e in entries)
    if expanded > MAX_ZIP_EXPANDED:
        raise IngestionFailed("the DOCX would expand to more than 200 MB (possible zip bomb); refused")
    for e in entries:
        if e.compress_size and e.file_size / e.compress_size > MAX_ZIP_RATIO and e.file_size > 1_000_000:
            raise IngestionFailed(f"the DOCX part {e.filename} is compressed {e.file_size // e.compress_size}:1 (possible zip bomb); refused")
    if "word/document.xml" not in {e.filename for e in entries}:
        raise IngestionFailed("the file is a zip archive but not a Word document (no word/document.xml)")
    return archive


def _docx(data: bytes, filename: str) -> list[ExtractedDocument]:
    _check_zip(data)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                text = _clean(block.text)
                if not text:
                    continue
                style = (block.style.name if block.style is not None else "") or ""
                match = re.match(r"Heading (\d)", style)
                if style == "Title":
                    lines.append("# " + text)
                elif match:
                    lines.append("#" * min(6, int(match.group(1))) + " " + text)
                else:
                    lines.append(text)
            elif isinstance(block, Table):
                for row in block.rows:
                    cells = [_clean(c.text) for c in row.cells]
                    if any(cells):
                        lines.append(" | ".join(dict.fromkeys(cells)))
        title = _clean(document.core_properties.title or "")
    except IngestionFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - malformed XML inside a valid zip, etc.
        raise IngestionFailed(f"the DOCX could not be read ({type(exc).__name__})") from None
    text = "\n".join(lines)
    if not text.strip():
        raise IngestionFailed("the DOCX has no text")
    if len(text) > MAX_EXTRACTED_CHARS:
        raise IngestionFailed("the DOCX holds more text than one source may (5 million characters)")
    return [ExtractedDocument(key=filename, title=title or filename, text=text)]


def _csv(data: bytes, filename: str) -> list[ExtractedDocument]:
    text = _decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(cell.strip() for cell in r)]
    if not rows:
        raise IngestionFailed("the CSV is empty")
    header = [c.strip().lower() for c in rows[0]]
    q_col, a_col = 0, 1
    if "question" in header and "answer" in header:
        q_col, a_col = header.index("question"), header.index("answer")
        rows = rows[1:]
    docs = []
    for row in rows:
        if len(row) <= max(q_col, a_col):
            continue
        question, answer = row[q_col].strip(), row[a_col].strip()
        if question and answer:
            key = "faq:" + hashlib.sha256(question.encode()).hexdigest()[:24]
            docs.append(ExtractedDocument(key=key, title=question, text=answer))
    if not docs:
        raise IngestionFailed("the CSV has no question,answer rows (two columns, optionally with that header)")
    return docs


def _sniff_kind(filename: str, content_type: str | None, data: bytes) -> str:
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    by_ext = {"md": "markdown", "markdown": "markdown", "txt": "text", "text": "text", "html": "html", "htm": "html",
              "pdf": "pdf", "docx": "docx", "csv": "csv"}.get(ext)
    ctype = (content_type or "").split(";")[0].strip().lower()
    by_type = {"text/markdown": "markdown", "text/plain": "text", "text/html": "html",
               "application/xhtml+xml": "html", "application/pdf": "pdf", "text/csv": "csv",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx"}.get(ctype)
    kind = by_ext or by_type
    if kind is None:
        if data.startswith(b"%PDF-"):
            return "pdf"
        raise IngestionFailed(f"unsupported file type {('.' + ext) if ext else ctype or '(unknown)'}")
    return kind


class FileExtractor:
    async def extract_file(self, filename: str, content_type: str | None, data: bytes) -> list[ExtractedDocument]:
        return await asyncio.to_thread(self.extract_sync, filename, content_type, data)

    def extract_sync(self, filename: str, content_type: str | None, data: bytes) -> list[ExtractedDocument]:
        kind = _sniff_kind(filename, content_type, data)
        if kind == "pdf":
            return _pdf(data, filename)
        if kind == "docx":
            return _docx(data, filename)
        if kind == "csv":
            return _csv(data, filename)
        if kind == "html":
            page = parse_html(data)
            if not page.text:
                raise IngestionFailed("the HTML page has no readable text")
            return [ExtractedDocument(key=filename, title=page.title or filename, text=page.text, language=page.language)]
        text = _decode(data)
        if len(text) > MAX_EXTRACTED_CHARS:
            raise IngestionFailed("the file holds more text than one source may (5 million characters)")
        if not text.strip():
            raise IngestionFailed("the file has no text")
        title = filename
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        if kind == "markdown" and first.startswith("# "):
            title = first[2:].strip()
        return [ExtractedDocument(key=filename, title=title, text=text)]
