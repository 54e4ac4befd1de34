"""The SSRF guard judges IPv6 forms that carry an IPv4 address by that IPv4 address: a NAT64, 6to4,
IPv4-compatible or IPv4-mapped spelling of loopback, private or metadata addresses is refused; the same
forms of a public address pass. No network: a fake resolver answers."""

from __future__ import annotations

import pytest

from infrastructure.security.outbound import OutboundPolicy, OutboundRefused, vetted_addresses

INTERNAL = ["127.0.0.1", "10.1.2.3", "169.254.169.254", "192.168.0.1", "100.64.0.1"]


def spellings(ipv4: str) -> dict[str, str]:
    a, b, c, d = (int(part) for part in ipv4.split("."))
    hi, lo = f"{a * 256 + b:x}", f"{c * 256 + d:x}"
    return {
        "ipv4-mapped": f"::ffff:{ipv4}",
        "ipv4-compatible": f"::{ipv4}",
        "nat64": f"64:ff9b::{hi}:{lo}",
        "6to4": f"2002:{hi}:{lo}::1",
    }


@pytest.mark.parametrize("form", ["ipv4-mapped", "ipv4-compatible", "nat64", "6to4"])
@pytest.mark.parametrize("ipv4", INTERNAL)
async def test_an_internal_ipv4_inside_an_ipv6_form_is_refused(form, ipv4):
    address = spellings(ipv4)[form]
    with pytest.raises(OutboundRefused, match="private or local network address"):
        await vetted_addresses(address, 80, allow_private=False)

    async def resolve(host, port):  # the same address behind a name (an AAAA record)
        return [address]

    with pytest.raises(OutboundRefused):
        await vetted_addresses("innocent.example.com", 80, allow_private=False, resolve=resolve)


@pytest.mark.parametrize("form", ["nat64", "6to4"])  # ::ffff:0:0/96 is never public, whatever it carries
async def test_the_same_forms_of_a_public_ipv4_pass(form):
    address = spellings("93.184.216.34")[form]
    assert await vetted_addresses(address, 443, allow_private=False) == [address]


async def test_local_use_nat64_is_refused_whatever_it_carries():
    # RFC 8215: 64:ff9b:1::/48 translates into the operator's own network; prefix lengths vary, so no unwrap
    with pytest.raises(OutboundRefused):
        await vetted_addresses("64:ff9b:1::5db8:d822", 80, allow_private=False)


async def test_a_url_is_vetted_by_the_policy_with_a_readable_reason():
    policy = OutboundPolicy()
    assert "private or local" in await policy.refusal("http://[64:ff9b::7f00:1]:8080/v1")
    assert "only http and https" in await policy.refusal("file:///etc/passwd")
    assert "credentials" in await policy.refusal("https://user:pw@93.184.216.34/")
    assert await OutboundPolicy(allow_private=True).refusal("http://127.0.0.1:9/") is None
