"""Web pages and site crawls for knowledge sources, with httpx.

Safety: only http(s); every request (and every redirect hop) is checked against SSRF — a host that
resolves to a loopback, private, link-local, reserved or multicast address is refused unless
`allow_private` is set (tests, on-premise intranets). The check is enforced where the socket is
opened: the loader's HTTP client resolves each host once, vets those addresses and connects to
exactly them (`VettedTransport`), so a name that re-resolves to an internal address after the check
(DNS rebinding) cannot redirect the connection; TLS SNI, certificate checks and the Host header
still use the name. Redirects are followed by hand (at most 5,
loops detected), bodies are capped, robots.txt is honoured, crawls stay on the starting site and
within page/depth limits, with a politeness delay between requests.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx
from bs4 import BeautifulSoup

from domain.knowledge.model import CrawlLimits, ExtractedDocument, IngestionFailed
from infrastructure.knowledge.extraction import FileExtractor, parse_html

USER_AGENT = "ParleyBot/0.1 (+https://parley.dev/bot)"
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
FILE_TYPES = ("application/pdf", "text/plain", "text/markdown", "text/csv",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def _blocked(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


async def _resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


async def vetted_addresses(host: str, port: int, *, allow_private: bool, resolve=_resolve) -> list[str]:
    """The addresses `host` resolves to, each one checked (IP literals are not looked up); raises
    IngestionFailed when the host cannot be found or any address is private/local (unless allowed)."""
    try:
        addresses = [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        try:
            found = await resolve(host, port)
        except (socket.gaierror, UnicodeError, OSError):
            raise IngestionFailed(f"the host {host} could not be found") from None
        addresses = [ipaddress.ip_address(a.split("%")[0]) for a in found]
    if not addresses or (not allow_private and any(_blocked(a) for a in addresses)):
        raise IngestionFailed(f"{host} points to a private or local network address; such addresses are not loaded")
    return list(dict.fromkeys(str(a) for a in addresses))


class _VettedBackend(httpcore.AsyncNetworkBackend):
    """Opens TCP connections only to addresses that were checked in the same step: the host is resolved
    once, vetted, and the socket goes to one of those IPs. httpcore still hands the original host name
    to the TLS handshake (SNI, certificate verification) and httpx sends it as Host."""

    def __init__(self, allow_private, resolve=_resolve, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._allow_private = allow_private  # a callable: the loader's setting may change at run time (tests)
        self._resolve = resolve
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = await vetted_addresses(host, port, allow_private=self._allow_private(), resolve=self._resolve)
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure  # type: ignore[misc]  # addresses is never empty

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are not used for web sources")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class VettedTransport(httpx.AsyncHTTPTransport):
    """httpx transport whose connections go only to vetted addresses (see `_VettedBackend`). No proxy:
    a proxy would resolve names itself."""

    def __init__(self, allow_private, *, resolve=_resolve, backend: httpcore.AsyncNetworkBackend | None = None) -> None:
        super().__init__(trust_env=False)
        # httpx offers no public hook for the network backend; its transport delegates to `_pool`.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            network_backend=_VettedBackend(allow_private, resolve, backend),
        )


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


class WebLoader:
    def __init__(
        self,
        *,
        allow_private: bool = False,
        delay_seconds: float = 1.0,
        timeout: float = 15.0,
        max_bytes: int = 10_000_000,
        transport: httpx.AsyncBaseTransport | None = None,
        resolve=_resolve,
    ) -> None:
        self.allow_private = allow_private
        self.resolve = resolve
        self.delay_seconds = delay_seconds
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.transport = transport
        self.extractor = FileExtractor()

    # --- safety ----------------------------------------------------------------------------------

    async def check_address(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise IngestionFailed(f"only http and https URLs can be loaded, not {parts.scheme or 'this'}")
        host = parts.hostname
        if not host:
            raise IngestionFailed(f"{url} has no host name")
        if parts.username or parts.password:
            raise IngestionFailed("URLs with credentials in them are not loaded")
        if self.allow_private:
            return
        # A pre-flight check for a readable reason (and for URLs that are only stored, such as an
        # embedder's base URL). The loader's own connections are vetted again where they are opened.
        await vetted_addresses(host, parts.port or (443 if parts.scheme == "https" else 80), allow_private=False,
                               resolve=self.resolve)

    # --- fetching --------------------------------------------------------------------------------

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            timeout=self.timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT},
            transport=self.transport or VettedTransport(lambda: self.allow_private, resolve=self.resolve),
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
                parser.disallow_all = True  # server trouble: assume nothing may be fetched (RFC 9309)
            else:
                parser.allow_all = True  # no robots.txt: everything may be fetched
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
