"""The SSRF guard holds where the socket is opened: the loader's client connects to the very addresses it
vetted (DNS rebinding between the check and the connection cannot reach an internal address), while
TLS SNI and the Host header keep the name. No network: a fake resolver and a fake socket layer."""

from __future__ import annotations

import httpcore
import pytest

from domain.knowledge.model import IngestionFailed
from infrastructure.knowledge.web import WebLoader
from infrastructure.security.outbound import OutboundPolicy

PAGE = b"<html lang='en'><head><title>Help</title></head><body><main><h1>Help</h1><p>Refunds take five days.</p></main></body></html>"


class FakeStream(httpcore.AsyncNetworkStream):
    def __init__(self, log: dict) -> None:
        self.log = log
        self.reply = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(PAGE), PAGE)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        out, self.reply = self.reply[:max_bytes], self.reply[max_bytes:]
        return out

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.log.setdefault("sent", b"")
        self.log["sent"] += buffer

    async def aclose(self) -> None:
        pass

    async def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        self.log["sni"] = server_hostname
        return self

    def get_extra_info(self, info: str):
        return None


class FakeSockets(httpcore.AsyncNetworkBackend):
    """Stands in for the OS: records where connections go; refuses every address but `reachable`."""

    def __init__(self, reachable: set[str]) -> None:
        self.reachable = reachable
        self.connects: list[tuple[str, int]] = []
        self.log: dict = {}

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.connects.append((host, port))
        if host not in self.reachable:
            raise httpcore.ConnectError(f"{host} unreachable")
        return FakeStream(self.log)

    async def sleep(self, seconds: float) -> None:
        pass


def resolver(*answers: list[str]):
    """Answers in turn (the last one repeats), counting the lookups: a rebinding DNS server."""
    calls: list[str] = []

    async def resolve(host: str, port: int) -> list[str]:
        calls.append(host)
        return answers[min(len(calls), len(answers)) - 1]

    return resolve, calls


def loader_with(resolve, sockets: FakeSockets, *, allow_private: bool = False) -> WebLoader:
    policy = OutboundPolicy(allow_private=allow_private, resolve=resolve)
    loader = WebLoader(policy=policy, delay_seconds=0.0)
    loader.transport = policy.transport(backend=sockets)
    return loader


async def test_connection_goes_to_the_vetted_address_with_the_name_kept_for_tls_and_host():
    resolve, calls = resolver(["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
    sockets = FakeSockets(reachable={"2606:2800:220:1:248:1893:25c8:1946"})  # the first address is down
    loader = loader_with(resolve, sockets)
    [document] = await loader.load_page("https://help.example.com/refunds")
    assert "five days" in document.text
    assert all(host in ("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946") for host, _ in sockets.connects)
    assert sockets.connects[-1] == ("2606:2800:220:1:248:1893:25c8:1946", 443)
    assert sockets.log["sni"] == "help.example.com"
    assert b"Host: help.example.com\r\n" in sockets.log["sent"]
    assert set(calls) == {"help.example.com"}


async def test_a_name_rebinding_to_an_internal_address_after_the_check_is_refused_at_connect():
    # Pre-flight check sees a public address; the next lookup (what a plain client would connect to) is
    # the cloud metadata address. The connection is never opened.
    resolve, calls = resolver(["93.184.216.34"], ["169.254.169.254"])
    sockets = FakeSockets(reachable={"93.184.216.34", "169.254.169.254"})
    loader = loader_with(resolve, sockets)
    with pytest.raises(IngestionFailed, match="private or local network address"):
        await loader.load_page("http://rebind.example.com/latest/meta-data/")
    assert len(calls) == 2 and sockets.connects == []


async def test_mixed_answers_are_refused_and_ip_literals_are_not_looked_up():
    resolve, calls = resolver(["93.184.216.34", "10.0.0.7"])
    sockets = FakeSockets(reachable={"93.184.216.34", "10.0.0.7"})
    loader = loader_with(resolve, sockets)
    with pytest.raises(IngestionFailed, match="private or local network address"):
        await loader.load_page("http://mixed.example.com/")
    assert sockets.connects == []
    # Checks skipped (allow_private, or a caller that patched check_address): the transport still vets.
    calls.clear()
    loader.check_address = lambda url: _none()
    for url in ("http://127.0.0.1:8080/", "http://[::1]/", "http://10.1.2.3/"):
        with pytest.raises(IngestionFailed, match="private or local network address"):
            await loader.load_page(url)
    assert calls == [] and sockets.connects == []


async def test_allow_private_lets_the_intranet_through_still_pinned():
    resolve, _ = resolver(["10.0.0.7"])
    sockets = FakeSockets(reachable={"10.0.0.7"})
    loader = loader_with(resolve, sockets, allow_private=True)
    await loader.load_page("http://wiki.intranet/")
    assert sockets.connects == [("10.0.0.7", 80)]
    assert b"Host: wiki.intranet\r\n" in sockets.log["sent"]


async def _none() -> None:
    return None


async def test_an_embedding_api_whose_name_rebinds_to_an_internal_address_is_never_called():
    """The embedder's base URL passed the check when it was saved; by the time chunks are embedded the
    name points at the metadata service: the connection is refused, nothing is sent there."""
    from infrastructure.embeddings.http import HttpEmbedder

    resolve, _ = resolver(["169.254.169.254"])
    sockets = FakeSockets(reachable={"169.254.169.254"})
    embedder = HttpEmbedder(
        "openai", "https://embeddings.example.com/v1", "m", "sk-test",
        transport=OutboundPolicy(resolve=resolve).transport(backend=sockets),
    )
    with pytest.raises(IngestionFailed, match="private or local network address"):
        await embedder.embed_documents(["hello"])
    assert sockets.connects == [] and "sent" not in sockets.log
