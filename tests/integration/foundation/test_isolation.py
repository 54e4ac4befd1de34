"""Tenant isolation, proven twice: through every id-taking endpoint, and in the database itself."""

import re
import uuid

import asyncpg
import pytest

from infrastructure.contexts import CONTEXTS, optional_module
from tests.integration.isolation import Isolation

ID_PARAM = re.compile(r"\{(\w+)\}")


def _isolations() -> list[Isolation]:
    """Every context's isolation fixture (tests/integration/<ctx>/isolation.py), in CONTEXTS order."""
    return [module.ISOLATION for name in CONTEXTS if (module := optional_module(f"tests.integration.{name}.isolation"))]


async def _objects_of(client, owner) -> dict[str, str]:
    """One object of each kind that an endpoint can address by id, owned by `owner`."""
    made: dict[str, str] = {}
    for isolation in _isolations():
        made |= await isolation.objects(client, owner, made)
    return made


async def test_every_id_endpoint_answers_404_to_another_tenant(client, tenant, other_tenant, container):
    from api.app import create_app

    spec = create_app(container=container).openapi_schema.to_schema()
    objects = await _objects_of(client, tenant)
    write_bodies = {k: v for i in _isolations() for k, v in i.write_bodies.items()}
    path_bodies = {k: v for i in _isolations() for k, v in i.path_bodies.items()}
    path_files = {k: v for i in _isolations() for k, v in i.path_files.items()}
    checked = []
    missing = []
    for path, operations in spec["paths"].items():
        params = ID_PARAM.findall(path)
        if not params or path.startswith("/v1/widget"):
            continue
        for method in operations:
            if method.upper() not in ("GET", "PATCH", "DELETE", "POST", "PUT"):
                continue
            if "security" not in operations[method]:
                continue  # public (e.g. Stripe's webhook): no tenant credentials to swap; its own secret decides
            unknown = [p for p in params if p not in objects]
            if unknown:
                missing.append(f"{method.upper()} {path} ({', '.join(unknown)})")
                continue
            url = path
            for p in params:
                url = url.replace("{" + p + "}", objects[p])
            body = path_bodies.get(path, write_bodies.get(params[-1], {})) if method.upper() in ("PATCH", "POST", "PUT") else None
            if path in path_files:
                response = await client.request(method.upper(), url, headers=other_tenant.headers, files=path_files[path])
            else:
                response = await client.request(method.upper(), url, headers=other_tenant.headers, json=body)
            assert response.status_code == 404, f"{method.upper()} {path}: {response.status_code} {response.text}"
            assert tenant.id not in response.text
            checked.append(f"{method.upper()} {path}")
    assert not missing, f"add an object for these id parameters to tests/integration/<ctx>/isolation.py: {missing}"
    assert len(checked) >= 8
    # Nothing of tenant A changed.
    bot = await client.get(f"/v1/chatbots/{objects['chatbot_id']}", headers=tenant.headers)
    assert bot.json()["name"] == "Private bot"


async def _tenant_tables(conn) -> list[str]:
    rows = await conn.fetch(
        """SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
           WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
             AND a.attname = 'tenant_id' AND NOT a.attisdropped ORDER BY 1"""
    )
    return [r["relname"] for r in rows]


async def test_every_tenant_table_has_row_level_security(services):
    conn = await asyncpg.connect(services.owner_url)
    try:
        tables = await _tenant_tables(conn)
        assert {"users", "chatbots", "api_keys"} <= set(tables)
        for table in tables:
            enabled = await conn.fetchval("SELECT relrowsecurity FROM pg_class WHERE oid = $1::regclass", table)
            policies = await conn.fetchval("SELECT count(*) FROM pg_policies WHERE tablename = $1", table)
            assert enabled and policies >= 1, f"{table} lacks row-level security"
    finally:
        await conn.close()


async def test_a_query_that_forgets_its_where_clause_sees_only_its_tenant(client, tenant, other_tenant, container):
    await _objects_of(client, tenant)
    await _objects_of(client, other_tenant)
    async with container.db.pool.acquire() as conn:
        role = await conn.fetchrow(
            "SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"
        )
        assert role["name"] == "parley_app" and not role["rolsuper"] and not role["rolbypassrls"]
        tables = await _tenant_tables(conn)

    a = uuid.UUID(tenant.id)
    async with container.db.unit_of_work(a) as uow:
        for table in tables:
            foreign = await uow.conn.fetchval(f"SELECT count(*) FROM {table} WHERE tenant_id <> $1", a)
            assert foreign == 0, f"{table} leaked {foreign} rows of other tenants"
        everything = await uow.conn.fetch("SELECT tenant_id FROM chatbots")
        assert everything and {r["tenant_id"] for r in everything} == {a}
        assert await uow.conn.fetchval("SELECT count(*) FROM tenants") == 1
        # Writing into another tenant is refused by the policy's WITH CHECK.
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await uow.conn.execute("UPDATE chatbots SET tenant_id = $1", uuid.UUID(other_tenant.id))

    async with container.db.pool.acquire() as conn:  # no tenant set at all: nothing
        for table in tables:
            assert await conn.fetchval(f"SELECT count(*) FROM {table}") == 0, table
