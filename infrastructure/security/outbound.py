"""The one way the server calls a URL a tenant chose (web sources, embedding APIs, language-model base
URLs, and later webhooks and calendars): an SSRF guard enforced where the socket is opened.

`OutboundPolicy.transport()` is an httpx transport that resolves each host once, refuses it if any address
is loopback, private, link-local, reserved or multicast (unless private addresses are allowed: tests and
intranet installs), and connects to exactly the vetted addresses, so a name that re-resolves to an
internal address after a check (DNS rebinding) cannot redirect the connection; TLS SNI, certificate checks
and the Host header still use the name. `OutboundPolicy.refusal(url)` is the same check ahead of time, for
a readable reason when a URL is saved. IPv6 forms that carry an IPv4 address (IPv4-mapped and -compatible,
NAT64, 6to4) are judged by that IPv4 address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from urllib.parse import urlsplit

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052 well-known prefix: the IPv4 address is the last 32 bits
_LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215 local-use: translates into the local network
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated ::a.b.c.d (:: and ::1 are refused on their own)


class OutboundRefused(Exception):
    """The server must not connect to this address."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for, where the form says so."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_blocked(ip: IPAddress) -> bool:
    """True for every address that is not a public unicast one (and for local-use NAT64 as a whole)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip in _LOCAL_NAT64:
        return True
    inner = embedded_ipv4(ip)
    return any(not a.is_global or a.is_multicast for a in (ip, inner) if a is not None)


async def _resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


async def vetted_addresses(host: str, port: int, *, allow_private: bool, resolve=_resolve) -> list[str]:
    """The addresses `host` resolves to, each one checked (IP literals are not looked up); raises
    OutboundRefused when the host cannot be found or any address is private/local (unless allowed)."""
    try:
        addresses = [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        try:
            found = await resolve(host, port)
        except (socket.gaierror, UnicodeError, OSError):
            raise OutboundRefused(f"the host {host} could not be found") from None
        addresses = [ipaddress.ip_address(a.split("%")[0]) for a in found]
    if not addresses or (not allow_private and any(is_blocked(a) for a in addresses)):
        raise OutboundRefused(f"{host} points to a private or local network address; the server does not call such addresses")
    return list(dict.fromkeys(str(a) for a in addresses))


class _VettedBackend:
    """An httpcore network backend that opens TCP connections only to addresses checked in the same step:
    the host is resolved once, vetted, and the socket goes to one of those IPs. httpcore still hands the
    original host name to the TLS handshake (SNI, certificate verification) and httpx sends it as Host.
    `core` is httpcore, or httpcore2 for the anthropic SDK's httpx2 fork (same interface)."""

    def __init__(self, allow_private, resolve, inner, core) -> None:
        self._allow_private = allow_private  # a callable: the setting may change at run time (tests)
        self._resolve = resolve
        self._inner = inner or core.AnyIOBackend()
        self._connect_failures = (core.ConnectError, core.ConnectTimeout)
        self._core = core

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = await vetted_addresses(host, port, allow_private=self._allow_private(), resolve=self._resolve)
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except self._connect_failures as exc:
                failure = exc
        raise failure  # addresses is never empty

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise self._core.ConnectError("unix sockets are not used for outbound calls")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def vetted_transport(allow_private, *, resolve=_resolve, backend=None, http=httpx, core=httpcore, ssl_context=None):
    """An `http.AsyncHTTPTransport` whose connections go only to vetted addresses (see `_VettedBackend`).
    No proxy: a proxy would resolve names itself. `ssl_context`: one shared by many transports (making one costs
    ~35 ms of CPU: the CA bundle is parsed each time)."""
    ssl_context = ssl_context or http.create_ssl_context()
    transport = http.AsyncHTTPTransport(verify=ssl_context, trust_env=False)
    # httpx offers no public hook for the network backend; its transport delegates to `_pool`.
    transport._pool = core.AsyncConnectionPool(
        ssl_context=ssl_context, network_backend=_VettedBackend(allow_private, resolve, backend, core),
    )
    return transport


class OutboundPolicy:
    """One installation-wide setting (`PARLEY_ALLOW_PRIVATE_URLS`) for every URL a tenant can make the
    server call. Adapters take `transport()`; services vet URLs on save with `refusal()`."""

    def __init__(self, *, allow_private: bool = False, resolve=_resolve) -> None:
        self.allow_private = allow_private
        self.resolve = resolve
        self._tls: dict[str, ssl.SSLContext] = {}

    def transport(self, *, backend=None, http=httpx, core=httpcore):
        """A vetted transport for an httpx client (`http=httpx2, core=httpcore2` for the anthropic SDK). Its TLS
        context is shared by every transport made here (adapters make a client per call, the webhooks a pool per
        endpoint: making one costs ~35 ms of CPU)."""
        ssl_context = self._tls.get(http.__name__)
        if ssl_context is None:
            ssl_context = self._tls[http.__name__] = http.create_ssl_context()
        return vetted_transport(lambda: self.allow_private, resolve=self.resolve, backend=backend, http=http, core=core,
                                ssl_context=ssl_context)

    async def refusal(self, url: str) -> str | None:
        """Why the server must not call `url`, or None when it may."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return f"only http and https URLs can be called, not {parts.scheme or 'this'}"
        try:
            host, port = parts.hostname, parts.port
        except ValueError:
            return f"{url} has an invalid port"
        if not host:
            return f"{url} has no host name"
        if parts.username or parts.password:
            return "URLs with credentials in them are not accepted"
        if self.allow_private:
            return None
        try:
            await vetted_addresses(host, port or (443 if parts.scheme == "https" else 80), allow_private=False,
                                   resolve=self.resolve)
        except OutboundRefused as exc:
            return exc.reason
        return None
