"""URL and crawl sources against a website served from this machine: robots.txt, limits, same-site,
redirects, SSRF, re-sync of only what changed, failures that keep the index."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

import asyncpg

from tests.integration.knowledge.conftest import add_and_ingest, kb, search


def page(title: str, body: str, links: list[str] = ()) -> str:
    anchors = "".join(f'<a href="{href}">{href}</a> ' for href in links)
    return (f"<html lang='en'><head><title>{title}</title></head><body><nav>{anchors}</nav>"
            f"<main><h1>{title}</h1><p>{body}</p></main></body></html>")


async def test_single_url(client, container, tenant, chatbot, site):
    site.page("/pricing", page("Pricing", "The team plan costs 29 dollars per seat each month."))
    source = await add_and_ingest(client, container, tenant, chatbot, {"kind": "url", "url": site.url("/pricing")})
    assert source["status"] == "ready" and source["document_count"] == 1
    top = (await search(client, tenant, chatbot, "price of the team plan"))["results"][0]
    assert top["citation"]["url"] == site.url("/pricing") and top["citation"]["title"] == "Pricing"


async def test_crawl_respects_robots_depth_pages_and_site(client, container, tenant, chatbot, site):
    site.page("/robots.txt", "User-agent: *\nDisallow: /private\n", ctype="text/plain")
    site.page("/", page("Home", "Welcome to the bike shop.", ["/repairs", "/private/admin", "https://example.org/out", "/about"]))
    site.page("/repairs", page("Repairs", "A flat tyre repair costs 12 euros.", ["/repairs/deep"]))
    site.page("/repairs/deep", page("Deep", "Too deep to be crawled at depth one.", []))
    site.page("/about", page("About", "Founded in 1999 in Utrecht.", []))
    site.page("/private/admin", page("Admin", "Secret admin page.", []))
    source = await add_and_ingest(client, container, tenant, chatbot, {"kind": "crawl", "url": site.url("/"), "max_depth": 1})
    assert source["status"] == "ready", source["failure_reason"]
    assert source["document_count"] == 3  # home, repairs, about
    assert "/private/admin" not in site.hits and "/repairs/deep" not in site.hits
    urls = {r["citation"]["url"] for r in (await search(client, tenant, chatbot, "shop repairs founded", k=10))["results"]}
    assert urls == {site.url("/"), site.url("/repairs"), site.url("/about")}

    capped = await add_and_ingest(
        client, container, tenant, chatbot, {"kind": "crawl", "url": site.url("/"), "max_pages": 2, "max_depth": 3}
    )
    assert capped["document_count"] == 2


async def test_crawl_uses_sitemap(client, container, tenant, chatbot, site):
    site.page("/sitemap.xml", f"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>{site.url('/orphan')}</loc></url><url><loc>https://elsewhere.example/x</loc></url></urlset>""",
              ctype="application/xml")
    site.page("/", page("Home", "Start page without links."))
    site.page("/orphan", page("Orphan", "Only the sitemap knows this page about gift cards."))
    source = await add_and_ingest(client, container, tenant, chatbot, {"kind": "crawl", "url": site.url("/")})
    assert source["document_count"] == 2
    assert (await search(client, tenant, chatbot, "gift cards"))["results"][0]["citation"]["url"] == site.url("/orphan")


async def test_resync_reembeds_only_changed_pages_and_drops_removed_ones(client, container, tenant, chatbot, site):
    site.page("/", page("Home", "Home of the tea shop.", ["/green", "/black", "/white"]))
    site.page("/green", page("Green", "Sencha is a green tea from Japan."))
    site.page("/black", page("Black", "Assam is a strong black tea."))
    site.page("/white", page("White", "Silver needle is a white tea."))
    source = await add_and_ingest(client, container, tenant, chatbot, {"kind": "crawl", "url": site.url("/")})
    assert source["document_count"] == 4

    async def chunk_ids() -> dict[str, set]:
        async with container.db.unit_of_work(UUID(tenant.id)) as uow:
            rows = await uow.conn.fetch("SELECT url, id FROM knowledge_chunks WHERE source_id = $1", UUID(source["id"]))
        out: dict[str, set] = {}
        for r in rows:
            out.setdefault(r["url"], set()).add(r["id"])
        return out

    before = await chunk_ids()
    site.page("/black", page("Black", "Assam is a malty black tea from India."))
    site.pages.pop("/white")
    resynced = await client.post(f"{kb(chatbot)}/sources/{source['id']}/resync", headers=tenant.headers)
    assert resynced.status_code == 202
    await container.knowledge.ingest(UUID(tenant.id), UUID(source["id"]))
    after = await chunk_ids()
    assert after[site.url("/green")] == before[site.url("/green")]  # unchanged: not re-embedded
    assert after[site.url("/black")].isdisjoint(before[site.url("/black")])  # changed: new chunks
    assert site.url("/white") not in after  # gone from the site: gone from the index
    got = (await client.get(f"{kb(chatbot)}/sources/{source['id']}", headers=tenant.headers)).json()
    assert got["document_count"] == 3 and got["status"] == "ready"
    assert "malty" in (await search(client, tenant, chatbot, "malty tea from India"))["results"][0]["text"]


async def test_failed_resync_keeps_what_was_indexed(client, container, tenant, chatbot, site):
    site.page("/faq", page("FAQ", "Our helpline is open from 8 to 18."))
    source = await add_and_ingest(client, container, tenant, chatbot, {"kind": "url", "url": site.url("/faq")})
    site.page("/faq", "down for maintenance", status=503, ctype="text/plain")
    await client.post(f"{kb(chatbot)}/sources/{source['id']}/resync", headers=tenant.headers)
    await container.knowledge.ingest(UUID(tenant.id), UUID(source["id"]))
    got = (await client.get(f"{kb(chatbot)}/sources/{source['id']}", headers=tenant.headers)).json()
    assert got["status"] == "failed" and "answered HTTP 503" in got["failure_reason"]
    assert got["chunk_count"] == source["chunk_count"] and got["last_synced_at"] == source["last_synced_at"]
    assert "helpline" in (await search(client, tenant, chatbot, "helpline hours"))["results"][0]["text"]


async def test_unreachable_redirect_loops_and_foreign_redirects_fail(client, container, tenant, chatbot, site):
    site.page("/loop-a", "", status=302, headers={"Location": "/loop-b"})
    site.page("/loop-b", "", status=302, headers={"Location": "/loop-a"})
    site.page("/image", b"\x89PNG", ctype="image/png")
    cases = {
        site.url("/loop-a"): "redirects in a loop",
        site.url("/missing"): "answered HTTP 404",
        site.url("/image"): "image/png",
        "http://127.0.0.1:1/closed": "could not be reached",
    }
    for url, reason in cases.items():
        source = await add_and_ingest(client, container, tenant, chatbot, {"kind": "url", "url": url})
        assert source["status"] == "failed" and reason in source["failure_reason"], (url, source["failure_reason"])


async def test_private_addresses_are_refused_without_the_setting(client, container, tenant, chatbot, site):
    site.page("/", page("Intranet", "Internal numbers."))
    container.knowledge.web.allow_private = False  # the production default
    for url in (site.url("/"), "http://localhost/", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/"):
        source = await add_and_ingest(client, container, tenant, chatbot, {"kind": "url", "url": url})
        assert source["status"] == "failed", url
        assert "private or local network address" in source["failure_reason"], (url, source["failure_reason"])
    assert site.hits == []
    # A public page that redirects to a private address is refused at the hop.
    container.knowledge.web.allow_private = True
    site.page("/jump", "", status=302, headers={"Location": "http://169.254.169.254/"})
    loader = container.knowledge.web
    loader.allow_private = False
    from domain.knowledge.model import IngestionFailed

    async def public(_url):  # the first hop passes as if public; the redirect target is checked for real
        return None

    original = loader.check_address
    calls = []

    async def check(url):
        calls.append(url)
        if len(calls) == 1:
            return await public(url)
        return await original(url)

    loader.check_address = check
    try:
        import httpx

        async with httpx.AsyncClient() as http:
            try:
                await loader.fetch(http, site.url("/jump"))
                raise AssertionError("redirect to a private address was followed")
            except IngestionFailed as exc:
                assert "private or local network address" in exc.reason
    finally:
        loader.check_address = original


async def test_scheduled_resync_is_queued_when_due(client, container, tenant, chatbot, site, services):
    site.page("/news", page("News", "Spring sale starts Monday."))
    source = await add_and_ingest(
        client, container, tenant, chatbot, {"kind": "url", "url": site.url("/news"), "resync_interval_seconds": 3600}
    )
    assert source["next_sync_at"] is not None
    assert await container.knowledge.enqueue_due_resyncs(container.db) == 0 or True  # others may be due
    owner = await asyncpg.connect(services.owner_url)
    try:
        await owner.execute(
            "UPDATE knowledge_sources SET last_synced_at = last_synced_at - $2::interval WHERE id = $1",
            UUID(source["id"]), timedelta(hours=2),
        )
    finally:
        await owner.close()
    await container.knowledge.enqueue_due_resyncs(container.db)
    got = (await client.get(f"{kb(chatbot)}/sources/{source['id']}", headers=tenant.headers)).json()
    assert got["status"] == "queued"
    jobs = await container.knowledge.jobs.queued()
    assert any(j.function == "ingest_source" and j.kwargs["source_id"] == source["id"] for j in jobs)
