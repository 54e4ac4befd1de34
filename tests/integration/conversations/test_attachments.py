"""Files in conversations: visitors and members upload, messages refer to uploads by id, only the
conversation's visitor and the workspace's members download, bad files are refused with problems,
and the bytes are ciphertext in the database. Plus the operator's avatar on their messages."""

from __future__ import annotations

import io
import uuid
import zipfile

import asyncpg

from tests.integration.conversations.helpers import ORIGIN, cid, make_chatbot, operator_socket, visitor, visitor_socket

# A 1x1 PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5"
    "f9a5d50000000049454e44ae426082"
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def ooxml(part: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        # a fixed timestamp: the same part always zips to the same bytes
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", (2026, 1, 1, 0, 0, 0)), "<Types/>")
        z.writestr(zipfile.ZipInfo(part, (2026, 1, 1, 0, 0, 0)), "<doc/>")
    return buf.getvalue()


def widget_headers(entry: dict, origin: str | None = ORIGIN) -> dict:
    return {"X-Visitor-Token": entry["visitor_token"], **({"Origin": origin} if origin else {})}


async def upload_as_visitor(client, bot, entry, name, content, content_type, origin=ORIGIN):
    return await client.post(
        f"/v1/widget/{bot.public_id}/sessions/{entry['session']['id']}/attachments",
        headers=widget_headers(entry, origin),
        files={"file": (name, content, content_type)},
    )


def assert_problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json"), r.headers
    return r.json()


async def test_visitor_uploads_an_image_sends_it_and_both_sides_download_it(client, bot, tenant):
    entry = await visitor(client, bot)
    assert entry["attachments"]["max_bytes"] == 5 * 1024 * 1024  # the free plan
    assert "image/png" in entry["attachments"]["content_types"]
    r = await upload_as_visitor(client, bot, entry, "../../etc/photo\u202egnp.png", PNG, "image/png")
    assert r.status_code == 201, r.text
    uploaded = r.json()
    assert uploaded["name"] == "photognp.png"  # no path, no right-to-left override
    assert uploaded["content_type"] == "image/png" and uploaded["size"] == len(PNG)
    session_id = entry["session"]["id"]
    assert uploaded["url"] == f"/v1/conversations/{session_id}/attachments/{uploaded['id']}"
    assert r.headers["access-control-allow-origin"] == ORIGIN

    got = await client.get(f"/v1/widget/{bot.public_id}/attachments/{uploaded['id']}", headers=widget_headers(entry))
    assert got.status_code == 200 and got.content == PNG
    assert got.headers["content-type"] == "image/png"
    assert got.headers["x-content-type-options"] == "nosniff"
    assert got.headers["content-disposition"].startswith("inline;")
    assert "sandbox" in got.headers["content-security-policy"]

    sent = await client.post(
        f"/v1/widget/{bot.public_id}/sessions/{session_id}/messages",
        headers=widget_headers(entry),
        json={"client_id": "m1", "content": "", "attachments": [{"id": uploaded["id"]}]},
    )
    assert sent.status_code == 200, sent.text
    transcript = await client.get(f"/v1/conversations/{session_id}/messages", headers=tenant.headers)
    [message] = transcript.json()["events"]
    assert message["attachments"] == [
        {"id": uploaded["id"], "url": uploaded["url"], "name": "photognp.png", "content_type": "image/png", "size": len(PNG)}
    ]
    member = await client.get(message["attachments"][0]["url"], headers=tenant.headers)
    assert member.status_code == 200 and member.content == PNG

    # Links still work as before, next to uploads.
    linked = await client.post(
        f"/v1/widget/{bot.public_id}/sessions/{session_id}/messages",
        headers=widget_headers(entry),
        json={"client_id": "m2", "attachments": [{"url": "https://example.com/a.pdf", "name": "a.pdf"}]},
    )
    assert linked.status_code == 200, linked.text


async def test_documents_download_as_attachments_and_members_upload_too(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    session_id = entry["session"]["id"]
    r = await client.post(
        f"/v1/conversations/{session_id}/attachments",
        headers=tenant.headers,
        files={"file": ("Invoice März.docx", ooxml("word/document.xml"), "application/octet-stream")},
    )
    assert r.status_code == 201, r.text
    doc = r.json()
    assert doc["content_type"].endswith("wordprocessingml.document")
    got = await client.get(doc["url"], headers=tenant.headers)
    assert got.status_code == 200
    assert got.headers["content-disposition"] == "attachment; filename=\"Invoice M_rz.docx\"; filename*=UTF-8''Invoice%20M%C3%A4rz.docx"
    csv = await client.post(
        f"/v1/conversations/{session_id}/attachments", headers=tenant.headers, files={"file": ("rows.csv", b"a,b\n1,2\n", "text/csv")}
    )
    assert csv.status_code == 201 and csv.json()["content_type"] == "text/csv"
    text = await client.get(csv.json()["url"], headers=tenant.headers)
    assert text.headers["content-type"] == "text/csv; charset=utf-8" and text.headers["content-disposition"].startswith("attachment;")

    # The operator sends it over the socket; the visitor sees it with the operator's name and avatar.
    assert (await client.patch("/v1/me", headers=tenant.headers, json={"avatar_url": "https://cdn.example.com/ada.png"})).status_code == 200
    v = await visitor_socket(ws_base, entry)
    await v.of_type("caught_up")
    op = await operator_socket(ws_base, tenant.access_token)
    await op.send({"type": "subscribe", "session_id": session_id})
    await op.of_type("caught_up")
    c = cid()
    await op.send({"type": "message", "session_id": session_id, "client_id": c, "content": "Your invoice", "attachments": [{"id": doc["id"]}]})
    seen = await v.of_type("message", client_id=c)
    assert seen["attachments"][0]["id"] == doc["id"] and seen["attachments"][0]["name"] == "Invoice März.docx"
    assert seen["data"] == {"sender_name": "Ada", "sender_avatar_url": "https://cdn.example.com/ada.png"}
    # The visitor gets the operator's file too.
    got = await client.get(f"/v1/widget/{bot.public_id}/attachments/{doc['id']}", headers=widget_headers(entry))
    assert got.status_code == 200 and got.content == ooxml("word/document.xml")
    # A file of another conversation cannot be sent.
    other = await visitor(client, bot)
    await v.send({"type": "message", "client_id": "x", "attachments": [{"id": str(uuid.uuid4())}]})
    assert (await v.of_type("error", client_id="x"))["code"] == "invalid_frame"
    await v.close()
    await op.close()
    stolen = await client.post(
        f"/v1/widget/{bot.public_id}/sessions/{other['session']['id']}/messages",
        headers=widget_headers(other),
        json={"client_id": "steal", "attachments": [{"id": doc["id"]}]},
    )
    assert_problem(stolen, 422)


async def test_only_the_conversations_visitor_and_the_workspaces_members_download(client, bot, tenant, other_tenant):
    entry = await visitor(client, bot)
    uploaded = (await upload_as_visitor(client, bot, entry, "a.png", PNG, "image/png")).json()
    path = f"/v1/widget/{bot.public_id}/attachments/{uploaded['id']}"
    # Another visitor of the same chatbot.
    stranger = await visitor(client, bot)
    assert_problem(await client.get(path, headers=widget_headers(stranger)), 404)
    assert_problem(await upload_as_visitor(client, bot, {**entry, "visitor_token": stranger["visitor_token"]}, "a.png", PNG, "image/png"), 404)
    # A visitor of another workspace, through their own chatbot.
    foreign_bot = await make_chatbot(client, other_tenant)
    foreigner = await visitor(client, foreign_bot)
    assert_problem(await client.get(f"/v1/widget/{foreign_bot.public_id}/attachments/{uploaded['id']}", headers=widget_headers(foreigner)), 404)
    # A member of another workspace.
    assert_problem(await client.get(uploaded["url"], headers=other_tenant.headers), 404)
    assert_problem(await client.get(f"/v1/conversations/{uuid.uuid4()}/attachments/{uploaded['id']}", headers=tenant.headers), 404)
    # No or a forged token, a foreign origin.
    assert_problem(await client.get(path, headers={"Origin": ORIGIN}), 400)
    assert_problem(await client.get(path, headers={"X-Visitor-Token": "forged", "Origin": ORIGIN}), 401)
    assert_problem(await client.get(path, headers=widget_headers(entry, origin="https://evil.example")), 403)
    assert_problem(await client.get(uploaded["url"]), 401)


async def test_bad_files_are_refused_with_problems(client, bot, tenant):
    entry = await visitor(client, bot)
    too_big = PNG + b"\0" * (5 * 1024 * 1024)
    body = assert_problem(await upload_as_visitor(client, bot, entry, "big.png", too_big, "image/png"), 413)
    assert "5242880" in body["detail"]
    body = assert_problem(await upload_as_visitor(client, bot, entry, "cat.png", PDF, "image/png"), 415)
    assert "application/pdf" in body["detail"]
    for name, content, kind in [
        ("page.html", b"<!doctype html><script>alert(1)</script>", "text/html"),
        ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "image/svg+xml"),
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "application/octet-stream"),
        ("sheet.xlsx", ooxml("word/document.xml"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("archive.zip", ooxml("evil/payload.bin"), "application/zip"),
    ]:
        assert_problem(await upload_as_visitor(client, bot, entry, name, content, kind), 415)
    assert_problem(await upload_as_visitor(client, bot, entry, "empty.txt", b"", "text/plain"), 422)
    missing = await client.post(
        f"/v1/widget/{bot.public_id}/sessions/{entry['session']['id']}/attachments",
        headers=widget_headers(entry),
        data={"file": "not a file"},
    )
    assert_problem(missing, 400)
    # A closed conversation takes no more files.
    await client.post(f"/v1/conversations/{entry['session']['id']}/close", headers=tenant.headers)
    assert_problem(await upload_as_visitor(client, bot, entry, "a.png", PNG, "image/png"), 409)


async def test_files_and_names_are_ciphertext_at_rest(client, bot, services):
    entry = await visitor(client, bot)
    secret = b"my secret passport number 123456789\n"
    uploaded = (await upload_as_visitor(client, bot, entry, "passport-scan.txt", secret, "text/plain")).json()
    conn = await asyncpg.connect(services.owner_url)
    try:
        row = await conn.fetchrow("SELECT * FROM chat_attachments WHERE id = $1", uuid.UUID(uploaded["id"]))
        assert row["size"] == len(secret) and row["content_type"] == "text/plain"
        assert b"passport" not in bytes(row["content_ciphertext"]) and b"passport" not in bytes(row["name_ciphertext"])
        assert len(row["content_ciphertext"]) == 1 + 12 + len(secret) + 16  # version, nonce, AES-GCM tag
    finally:
        await conn.close()


async def test_members_set_their_name_and_https_avatar(client, tenant):
    r = await client.patch("/v1/me", headers=tenant.headers, json={"avatar_url": "https://cdn.example.com/a.png", "name": "Ada L"})
    assert r.status_code == 200 and r.json()["avatar_url"] == "https://cdn.example.com/a.png" and r.json()["name"] == "Ada L"
    assert (await client.get("/v1/me", headers=tenant.headers)).json()["avatar_url"] == "https://cdn.example.com/a.png"
    for bad in ("http://cdn.example.com/a.png", "javascript:alert(1)", "https://x/\"onerror=alert(1)", "https://"):
        assert_problem(await client.patch("/v1/me", headers=tenant.headers, json={"avatar_url": bad}), 400)
    r = await client.patch("/v1/me", headers=tenant.headers, json={"avatar_url": None})
    assert r.status_code == 200 and r.json()["avatar_url"] is None and r.json()["name"] == "Ada L"


async def test_a_page_uploaded_as_text_downloads_under_a_text_name(client, bot, tenant):
    """HTML and SVG are text to the allow-list; saved as `.html`/`.svg` they would open as pages."""
    entry = await visitor(client, bot)
    cases = [("page.html", b"<!doctype html><script>alert(1)</script>", "page.txt"),
             ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "logo.txt"),
             ("README", b"plain words", "README.txt"), ("notes.txt", b"kept as it is", "notes.txt")]
    for name, content, served in cases:
        uploaded = await upload_as_visitor(client, bot, entry, name, content, "text/plain")
        assert uploaded.status_code == 201, uploaded.text
        assert uploaded.json()["name"] == name  # the conversation shows what the visitor sent
        for got in (await client.get(uploaded.json()["url"], headers=tenant.headers),
                    await client.get(f"/v1/widget/{bot.public_id}/attachments/{uploaded.json()['id']}", headers=widget_headers(entry))):
            assert got.headers["content-type"] == "text/plain; charset=utf-8"
            assert got.headers["content-disposition"] == f"attachment; filename=\"{served}\"; filename*=UTF-8''{served}"
