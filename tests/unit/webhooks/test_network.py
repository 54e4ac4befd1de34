"""The webhook sender's sockets (asyncio streams under the vetted transport's httpcore pool), against real local
servers: plain HTTP with keep-alive, a request's head and body leaving in one send, and TLS to a name (SNI and
certificate checked against a CA made here) through the vetted backend, which connects to the vetted address."""

from __future__ import annotations

import asyncio
import datetime
import ssl

import httpcore
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from infrastructure.security.outbound import _VettedBackend
from infrastructure.webhooks.network import AsyncioBackend


class Server:
    """A minimal HTTP/1.1 server: answers each request with 204, counts connections and the reads a request took."""

    def __init__(self) -> None:
        self.connections = 0
        self.requests: list[bytes] = []
        self.reads_per_request: list[int] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        buffer, reads = b"", 0
        try:
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    return
                buffer, reads = buffer + chunk, reads + 1
                while b"\r\n\r\n" in buffer:
                    head, rest = buffer.split(b"\r\n\r\n", 1)
                    length = int(next((line.split(b":")[1] for line in head.split(b"\r\n")
                                       if line.lower().startswith(b"content-length:")), b"0"))
                    if len(rest) < length:
                        break
                    self.requests.append(head + b"\r\n\r\n" + rest[:length])
                    self.reads_per_request.append(reads)
                    buffer, reads = rest[length:], 0
                    writer.write(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n")
                    await writer.drain()
        finally:
            writer.close()


def certificate_for(name: str) -> tuple[bytes, bytes, bytes]:
    """A CA and a server certificate for `name` signed by it: (CA PEM, certificate PEM, key PEM)."""
    def key():
        return ec.generate_private_key(ec.SECP256R1())

    now = datetime.datetime.now(datetime.UTC)
    ca_key, server_key = key(), key()
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Parley test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=1))
          .not_valid_after(now + datetime.timedelta(hours=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False, key_agreement=False,
                                       encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    server = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
              .issuer_name(ca_name).public_key(server_key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - datetime.timedelta(minutes=1)).not_valid_after(now + datetime.timedelta(hours=1))
              .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
              .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
              .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
              .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    return (ca.public_bytes(pem), server.public_bytes(pem),
            server_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))


async def test_plain_http_keeps_the_connection_and_sends_head_and_body_together():
    server = Server()
    listening = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    port = listening.sockets[0].getsockname()[1]
    try:
        async with httpcore.AsyncConnectionPool(network_backend=AsyncioBackend()) as pool:
            for i in range(3):
                body = b'{"n": %d}' % i
                response = await pool.request("POST", f"http://127.0.0.1:{port}/hook", content=body,
                                              headers={"content-length": str(len(body))})
                assert response.status == 204
        assert server.connections == 1  # kept alive
        assert [r.endswith(b'{"n": %d}' % i) for i, r in enumerate(server.requests)] == [True] * 3
        assert server.reads_per_request == [1, 1, 1]  # head and body in one send (one read here, on loopback)
    finally:
        listening.close()
        await listening.wait_closed()


async def test_tls_to_a_name_goes_to_the_vetted_address_and_checks_the_certificate(tmp_path):
    ca_pem, cert_pem, key_pem = certificate_for("partner.test")
    (tmp_path / "cert.pem").write_bytes(cert_pem)
    (tmp_path / "key.pem").write_bytes(key_pem)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server = Server()
    listening = await asyncio.start_server(server.handle, "127.0.0.1", 0, ssl=server_context)
    port = listening.sockets[0].getsockname()[1]
    lookups: list[str] = []

    async def resolve(host: str, port: int) -> list[str]:  # partner.test resolves to the local server
        lookups.append(host)
        return ["127.0.0.1"]

    trusting = ssl.create_default_context(cadata=ca_pem.decode())
    vetted = _VettedBackend(lambda: True, resolve, AsyncioBackend(), httpcore)
    try:
        async with httpcore.AsyncConnectionPool(ssl_context=trusting, network_backend=vetted) as pool:
            for _ in range(2):
                response = await pool.request("POST", f"https://partner.test:{port}/hook", content=b"{}",
                                              headers={"content-length": "2"})
                assert response.status == 204
        assert lookups == ["partner.test"] and server.connections == 1
        assert server.requests[0].startswith(b"POST /hook HTTP/1.1") and b"Host: partner.test" in server.requests[0]
        # A certificate for another name, or from an unknown CA, is refused.
        for name, context in (("other.test", trusting), ("partner.test", ssl.create_default_context())):
            async with httpcore.AsyncConnectionPool(ssl_context=context, network_backend=vetted) as pool:
                try:
                    await pool.request("GET", f"https://{name}:{port}/")
                except httpcore.ConnectError as exc:
                    assert "certificate" in str(exc).lower() or "hostname" in str(exc).lower(), exc
                else:
                    raise AssertionError(f"TLS to {name} was accepted")
    finally:
        listening.close()
        await listening.wait_closed()
