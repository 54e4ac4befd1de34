async def test_health_and_signup(client, tenant):
    assert (await client.get("/health")).json() == {"status": "ok"}
    me = await client.get("/v1/me", headers=tenant.headers)
    assert me.status_code == 200, me.text
    assert me.json()["email"] == tenant.email
    assert me.json()["role"] == "owner"
