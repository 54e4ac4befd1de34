"""Web pages and site crawls for knowledge sources, with httpx.

Safety: only http(s); every request (and every redirect hop) is checked against SSRF by the
installation's `OutboundPolicy` (infrastructure/security/outbound.py), which is enforced where the
socket is opened (DNS rebinding cannot redirect a connection). Redirects are followed by hand (at most 5,
loops detected), bodies are capped, robots.txt is honoured, crawls stay on the starting site and
within page/depth limits, with a politeness delay between requests.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx
from bs4 import BeautifulSoup

from domain.knowledge.model import CrawlLimits, ExtractedDocument, IngestionFailed
from infrastructure.knowledge.extraction import FileExtractor, parse_html
from infrastructure.security.outbound import OutboundPolicy, OutboundRefused

USER_AGENT = "ParleyBot/0.1 (+https://parley.dev/bot)"
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
FILE_TYPES = ("application/pdf", "text/plain", "text/markdown", "text/csv",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


class WebLoader:
    def __init__(
        self,
        *,
        policy: OutboundPolicy,
        delay_seconds: float = 1.0,
        timeout: float = 15.0,
        max_bytes: int = 10_000_000,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.policy = policy
        self.delay_seconds = delay_seconds
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.transport = transport
        self.extractor = FileExtractor()

    @property
    def allow_private(self) -> bool:
        return self.policy.allow_private

    @allow_private.setter
    def allow_private(self, value: bool) -> None:
        self.policy.allow_private = value

    # --- safety ----------------------------------------------------------------------------------

    async def check_address(self, url: str) -> None:
        """A pre-flight check for a readable reason (and for URLs that are only stored). The loader's own
        connections are vetted again where they are opened."""
        reason = await self.policy.refusal(url)
        if reason is not None:
            raise IngestionFailed(reason)

    # --- fetching --------------------------------------------------------------------------------

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            timeout=self.timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT},
            transport=self.transport or self.policy.transport(),
        )

    async def fetch(self, client: httpx.AsyncClient, url: str, *, same_site_as: str | None = None) -> tuple[str, str, bytes]:
        """(final URL, content type, body). Follows redirects by hand, checking each hop."""
        seen: set[str] = set()
        for _ in range(MAX_REDIRECTS + 1):
            if url in seen:
                raise IngestionFailed(f"{url} redirects in a loop")
            seen.add(url)
            await self.check_address(url)
            if same_site_as is not None and _site(url) != same_site_as:
                raise IngestionFailed(f"{url} is on another site")
            try:
                async with client.stream("GET", url) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise IngestionFailed(f"{url} redirects without a location")
                        url = urldefrag(urljoin(url, location))[0]
                        continue
                    if response.status_code >= 400:
                        raise IngestionFailed(f"{url} answered HTTP {response.status_code}")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.max_bytes:
                        raise IngestionFailed(f"{url} is larger than {self.max_bytes:,} bytes")
                    body = bytearray()
                    async for part in response.aiter_bytes():
                        body.extend(part)
                        if len(body) > self.max_bytes:
                            raise IngestionFailed(f"{url} is larger than {self.max_bytes:,} bytes")
                    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    return url, ctype, bytes(body)
            except httpx.TimeoutException:
                raise IngestionFailed(f"{url} did not answer within {self.timeout:g} seconds") from None
            except httpx.HTTPError as exc:
                raise IngestionFailed(f"{url} could not be reached ({type(exc).__name__})") from None
            except OutboundRefused as exc:
                raise IngestionFailed(exc.reason) from None
        raise IngestionFailed(f"{url} redirects more than {MAX_REDIRECTS} times")

    async def _document(self, url: str, ctype: str, body: bytes) -> tuple[ExtractedDocument | None, list[str]]:
        if ctype in HTML_TYPES or (not ctype and body.lstrip()[:1] == b"<"):
            page = await asyncio.to_thread(parse_html, body, url)
            if not page.text:
                return None, page.links
            return ExtractedDocument(key=url, title=page.title or url, text=page.text, url=url, language=page.language), page.links
        if ctype in FILE_TYPES:
            name = urlsplit(url).path.rsplit("/", 1)[-1] or "download"
            docs = await self.extractor.extract_file(name, ctype, body)
            return (ExtractedDocument(key=url, title=docs[0].title, text="\n\n".join(d.text for d in docs), url=url), [])
        raise IngestionFailed(f"{url} is {ctype or 'of unknown type'}, which cannot be read")

    async def load_page(self, url: str) -> list[ExtractedDocument]:
        async with self._client() as client:
            final, ctype, body = await self.fetch(client, url)
            document, _ = await self._document(final, ctype, body)
        if document is None:
            raise IngestionFailed(f"{url} has no readable text")
        return [document]

    # --- crawling --------------------------------------------------------------------------------

    async def _robots(self, client: httpx.AsyncClient, start: str) -> tuple[RobotFileParser, list[str]]:
        parts = urlsplit(start)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        parser = RobotFileParser(robots_url)
        try:
            _, _, body = await self.fetch(client, robots_url, same_site_as=_site(start))
            parser.parse(body.decode("utf-8", "replace").splitlines())
        except IngestionFailed as exc:
            if "answered HTTP 5" in exc.reason:
                parser.disallow_all = True  # type: ignore[attr-defined]  # (typeshed lacks it) server trouble: assume nothing may be fetched (RFC 9309)
            else:
                parser.allow_all = True  # type: ignore[attr-defined]  # (typeshed lacks it) no robots.txt: everything may be fetched
        return parser, list(parser.site_maps() or [])

    async def _sitemap(self, client: httpx.AsyncClient, url: str, site: str, limit: int) -> list[str]:
        try:
            _, _, body = await self.fetch(client, url, same_site_as=site)
        except IngestionFailed:
            return []
        soup = BeautifulSoup(body, "xml")
        return [loc.get_text(strip=True) for loc in soup.find_all("loc")][:limit]

    async def crawl(self, url: str, limits: CrawlLimits) -> list[ExtractedDocument]:
        start = urldefrag(url)[0]
        site = _site(start)
        documents: list[ExtractedDocument] = []
        errors: list[str] = []
        async with self._client() as client:
            await self.check_address(start)
            robots, sitemaps = await self._robots(client, start)
            if not robots.can_fetch(USER_AGENT, start):
                raise IngestionFailed(f"robots.txt of {site} does not allow crawling {start}")
            delay = self.delay_seconds
            crawl_delay = robots.crawl_delay(USER_AGENT)
            if crawl_delay:
                delay = max(delay, min(float(crawl_delay), 10.0))
            queue: deque[tuple[str, int]] = deque([(start, 0)])
            queued = {start}
            parts = urlsplit(start)
            for sitemap in sitemaps or [f"{parts.scheme}://{parts.netloc}/sitemap.xml"]:
                for loc in await self._sitemap(client, sitemap, site, limits.max_pages * 4):
                    loc = urldefrag(loc)[0]
                    if loc not in queued and _site(loc) == site:
                        queued.add(loc)
                        queue.append((loc, 1))
            fetched = 0
            last = 0.0
            while queue and len(documents) < limits.max_pages and fetched < limits.max_pages * 3:
                page_url, depth = queue.popleft()
                if not robots.can_fetch(USER_AGENT, page_url):
                    continue
                wait = last + delay - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                last = time.monotonic()
                fetched += 1
                try:
                    final, ctype, body = await self.fetch(client, page_url, same_site_as=site)
                    document, links = await self._document(final, ctype, body)
                except IngestionFailed as exc:
                    errors.append(exc.reason)
                    continue
                if document is not None and all(d.key != document.key for d in documents):
                    documents.append(document)
                if depth < limits.max_depth:
                    for link in links:
                        if link not in queued and _site(link) == site and urlsplit(link).scheme in ("http", "https"):
                            queued.add(link)
                            queue.append((link, depth + 1))
        if not documents:
            raise IngestionFailed(errors[0] if errors else f"no readable pages were found at {start}")
        return documents
