"""The Litestar application: routes, middleware, error mapping, OpenAPI."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from litestar import Litestar
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme, Server

from api.errors import handle_exception
from api.json_input import JsonLimitedRequest
from api.middleware import auth_middleware, idempotency_middleware, request_context_middleware
from api.ops import OpsController
from api.v1.common import declare_idempotency_key
from api.v1.webhooks.spec import webhook_paths, webhook_schemas
from api.v1.widget_embed.bundle import current_bundle
from api.v1.widget_embed.cors import widget_cors_middleware
from infrastructure.container import Container
from infrastructure.contexts import CONTEXTS, load_contexts, optional_module
from infrastructure.realtime.channels import channels_plugin
from infrastructure.realtime.engine import RealtimeEngine
from infrastructure.settings import Settings

API_VERSION = "0.1.0"


def operation_id(route_handler, http_method, path_components) -> str:
    """operationId = the handler's name in camelCase (`createChatbot`): the SDKs' method names."""
    head, *rest = route_handler.handler_name.strip("_").split("_")
    return head + "".join(part.title() for part in rest)


def openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="Parley API",
        version=API_VERSION,
        description=(
            "Multi-tenant AI customer support. Authenticate with `Authorization: Bearer <access token>` "
            "(from /v1/auth/login) or an API key (`Authorization: Bearer prly_...`; `X-API-Key: prly_...` works too). "
            "Errors are RFC 9457 problem+json. Lists use cursor pagination (`limit`, `cursor` → `next_cursor`). "
            "Creating POSTs honour `Idempotency-Key`."
        ),
        path="/docs",
        render_plugins=[ScalarRenderPlugin(path="/")],
        servers=[Server(url="/")],
        components=Components(
            security_schemes={
                "BearerToken": SecurityScheme(type="http", scheme="bearer", bearer_format="JWT or prly_ API key"),
            },
        ),
        webhooks=webhook_paths(),
        use_handler_docstrings=True,
        operation_id_creator=operation_id,
    )


# The collector's thresholds in a serving process (CPython's defaults are 700, 10, 10). Under chat load
# with 1,000 sockets the defaults ran several middle passes (~9 ms each) per second and full passes of
# ~100-150 ms that stall every socket at once (bench_ws: ack p95 ~320 ms; with these, ~200-250 ms, and
# no pause above ~45 ms). Rarer passes keep cyclic garbage a little longer: memory per idle socket
# stays under the 50 KB target.
GC_THRESHOLDS = (50_000, 20, 100)


def context_routes() -> list:
    """Every context's route handlers (`ROUTES` in api/v1/<ctx>/__init__.py), in CONTEXTS order."""
    load_contexts()  # their permissions and repositories are registered before a route can use them
    routes: list = []
    for name in CONTEXTS:
        if (module := optional_module(f"api.v1.{name}")) is not None:
            routes.extend(module.ROUTES)
    return routes


def create_app(settings: Settings | None = None, container: Container | None = None) -> Litestar:
    """Either give a ready container (tests, benchmarks) or settings to build one at start-up."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        owned = container is None
        app.state.container = container or await Container.start(settings)  # type: ignore[arg-type]
        channels.bind(app.state.container.redis)  # before the channels plugin starts
        app.state.realtime = app.state.container.realtime_engine(channels)
        if owned:
            current_bundle()  # compress the widget bundle (~0.25 s) now, not during a visitor's first request
            # What start-up built (modules, routes, the container) lives as long as the process: keep it
            # out of the collector's full passes, which otherwise walk ~150k objects and stall requests.
            gc.collect()
            gc.freeze()
            gc.set_threshold(*GC_THRESHOLDS)
        try:
            yield
        finally:
            if owned:
                await app.state.container.close()

    def provide_container(state: State) -> Container:
        return state.container

    def provide_realtime(state: State) -> RealtimeEngine:
        return state.realtime

    max_body = (container.settings if container else settings).max_body_bytes  # type: ignore[union-attr]
    channels = channels_plugin()  # fan-out of conversation events across processes (Redis pub/sub)
    app = Litestar(
        route_handlers=[OpsController, *context_routes()],
        plugins=[channels],
        dependencies={
            "container": Provide(provide_container, sync_to_thread=False),
            "realtime": Provide(provide_realtime, sync_to_thread=False),
        },
        middleware=[widget_cors_middleware, request_context_middleware, auth_middleware, idempotency_middleware],
        exception_handlers={Exception: handle_exception},
        request_class=JsonLimitedRequest,  # nesting depth and NUL checked on every JSON body
        lifespan=[lifespan],
        openapi_config=openapi_config(),
        request_max_body_size=max_body,
        debug=False,
        logging_config=None,
    )
    declare_idempotency_key(h for route in app.routes for h in getattr(route, "route_handlers", []))
    # Litestar replaces the configured component schemas with the routes' own: add the webhook bodies after.
    app.openapi_schema.components.schemas.update(webhook_schemas())
    return app


def openapi_schema_json() -> str:
    """The spec as committed in openapi/openapi.json (stable key order, trailing newline)."""
    import json

    from infrastructure.settings import Settings

    app = create_app(Settings(secret_key=b"\0" * 32, master_key=b"\0" * 32))
    return json.dumps(app.openapi_schema.to_schema(), indent=2, sort_keys=True) + "\n"
