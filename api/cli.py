"""`parley` command line: up (everything, for development), serve, worker, migrate, openapi,
rotate-master-key, gen-key."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import NoReturn

from infrastructure.settings import Settings, SettingsError, generate_key, load_settings

ROOT = Path(__file__).resolve().parents[1]


def _fail(message: str, code: int = 2) -> NoReturn:
    print(f"parley: {message}", file=sys.stderr)
    raise SystemExit(code)


def _settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        _fail(f"configuration error: {exc}")
        raise  # unreachable


SERVICES_FILE = "services.env"


def _read_env_file(path: Path) -> None:
    """KEY=value lines into the environment, without overriding what is already set."""
    for line in path.read_text().splitlines():
        name, _, value = line.partition("=")
        if name and value:
            os.environ.setdefault(name.strip(), value.strip())


def _dev_secrets(data_dir: Path) -> None:
    """First `up` on a machine: generate keys once and keep them beside the data they protect."""
    path = data_dir / "secrets.env"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(f"PARLEY_SECRET_KEY={generate_key()}\nPARLEY_MASTER_KEY={generate_key()}\n")
        path.chmod(0o600)
        print(f"parley: generated development keys in {path}", file=sys.stderr)
    _read_env_file(path)


def _keyring(settings):
    """The master keys, for migrations that seal existing rows."""
    from infrastructure.crypto.envelope import MasterKeyring

    return MasterKeyring(settings.master_key, settings.old_master_keys)


def cmd_up(args: argparse.Namespace) -> None:
    """Embedded services (when no URLs are set), migrations, API and worker; Ctrl-C stops them all."""
    from api.supervision import ChildProcess, Service, Supervisor
    from infrastructure.container import resolve_urls
    from infrastructure.db.migrate import migrate
    from infrastructure.embedded import EmbeddedServices
    from infrastructure.logging import configure_logging

    started = time.monotonic()
    data_dir = Path(os.environ.get("PARLEY_DATA_DIR", ROOT / ".data"))
    os.environ["PARLEY_DATA_DIR"] = str(data_dir)
    _dev_secrets(data_dir)
    settings = _settings()
    configure_logging(settings.log_level, json=False)
    embedded = EmbeddedServices(data_dir)
    children: list[ChildProcess] = []

    def stop(*_: object) -> None:
        for child in children:
            child.terminate()
        (data_dir / SERVICES_FILE).unlink(missing_ok=True)
        embedded.stop()

    try:
        owner_url, app_url, assume_role, redis_url = resolve_urls(settings, embedded)
        env = dict(os.environ, DATABASE_URL=owner_url, REDIS_URL=redis_url)
        if assume_role is None:
            env["APP_DATABASE_URL"] = app_url
        # Other commands on this machine (e.g. `parley load-knowledge`) use the running services
        # instead of starting a second embedded Redis on the same files.
        running = {k: env[k] for k in ("DATABASE_URL", "APP_DATABASE_URL", "REDIS_URL") if k in env}
        (data_dir / SERVICES_FILE).write_text("".join(f"{k}={v}\n" for k, v in running.items()))
        applied = asyncio.run(migrate(owner_url, _keyring(settings)))
        if applied:
            print(f"parley: applied migrations {', '.join(applied)}", file=sys.stderr)
        # Children ignore SIGINT from the terminal; this process stops them in order.
        quiet = {"preexec_fn": lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)}
        api_argv = [sys.executable, "-m", "uvicorn", "api.asgi:app", "--host", args.host, "--port", str(args.port),
                    "--no-access-log", "--log-level", "warning"]
        worker_argv = [sys.executable, "-m", "infrastructure.jobs.worker"]
        children.extend(
            ChildProcess(name, lambda argv=argv: subprocess.Popen(argv, cwd=ROOT, env=env, **quiet))
            for name, argv in (("api", api_argv), ("worker", worker_argv))
        )
        services = [child.service() for child in children]
        for service in services:
            service.start()
        if settings.redis_url is None:  # the embedded Redis comes back on its files and socket if it dies
            services.append(Service("redis", embedded.restart_redis, embedded.redis_alive))
        _wait_healthy(f"http://{args.host}:{args.port}/health", children[0].process)
        base = f"http://{args.host}:{args.port}"
        print(
            f"\nParley is up in {time.monotonic() - started:.1f} s\n"
            f"  API docs   {base}/docs\n  health     {base}/health   ready {base}/ready   metrics {base}/metrics\n"
            f"  data       {data_dir}\nPress Ctrl-C to stop everything.\n",
            file=sys.stderr,
            flush=True,
        )
        signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
        # Also when started in the background from a script, where SIGINT arrives ignored.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        Supervisor(services).run()  # a child that exits is restarted with backoff
    except KeyboardInterrupt:
        print("\nparley: stopping", file=sys.stderr)
    finally:
        stop()


def _wait_healthy(url: str, process: subprocess.Popen, timeout: float = 30) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _fail("the API process exited during start-up (see above)", code=1)
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    _fail(f"the API did not answer {url} within {timeout:.0f} s", code=1)


def cmd_serve(args: argparse.Namespace) -> None:
    settings = _settings()
    if settings.database_url is not None:
        from infrastructure.db.migrate import pending_migrations

        async def pending() -> list[str]:
            import asyncpg

            conn = await asyncpg.connect(settings.app_database_url or settings.database_url)
            try:
                return [m.version for m in await pending_migrations(conn)]
            finally:
                await conn.close()

        waiting = asyncio.run(pending())
        if waiting:
            _fail(f"refusing to serve: pending migrations {', '.join(waiting)}; run `./just migrate`", code=3)
    import uvicorn

    uvicorn.run("api.asgi:app", host=args.host, port=args.port, workers=args.workers, access_log=False)


def cmd_migrate(_: argparse.Namespace) -> None:
    from infrastructure.db.migrate import migrate
    from infrastructure.embedded import EmbeddedServices

    settings = _settings()
    embedded = EmbeddedServices(settings.data_dir)
    try:
        owner_url = settings.database_url or embedded.start_postgres()
        applied = asyncio.run(migrate(owner_url, _keyring(settings)))
        print(f"parley: applied {', '.join(applied)}" if applied else "parley: database is up to date")
    finally:
        embedded.stop()


def cmd_openapi(args: argparse.Namespace) -> None:
    from api.app import openapi_schema_json

    text = openapi_schema_json()
    if args.output:
        Path(args.output).write_text(text)
        print(f"parley: wrote {args.output}")
    else:
        sys.stdout.write(text)


def cmd_rotate_master_key(_: argparse.Namespace) -> None:
    from infrastructure.crypto.rotation import rotate_master_key
    from infrastructure.embedded import EmbeddedServices

    settings = _settings()
    embedded = EmbeddedServices(settings.data_dir)
    try:
        owner_url = settings.database_url or embedded.start_postgres()
        rewrapped = asyncio.run(rotate_master_key(owner_url, settings.master_key, settings.old_master_keys))
        print(f"parley: re-wrapped {rewrapped} tenant data keys with the current master key")
    finally:
        embedded.stop()


JSONL_SHAPE = 'one JSON object a line: {"text": "…"} with optional "title" and "id"'


def _knowledge_inputs(paths: list[str]) -> tuple[list, list[tuple[str, str]]]:
    """Files (folders walked) as file sources; `.jsonl` corpora as one text source a line. Returns the
    sources and the refused lines (where, why): a bad line is named and skipped, the rest still load."""

    from domain.knowledge.services import SUPPORTED_FILES, NewSource

    sources, refused = [], []
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                for number, line in enumerate(file.read_text().splitlines(), 1):
                    if not line.strip():
                        continue
                    try:
                        doc = json.loads(line)
                    except json.JSONDecodeError as exc:
                        refused.append((f"{file}:{number}", f"not JSON ({exc.msg}); expected {JSONL_SHAPE}"))
                        continue
                    text = doc.get("text") if isinstance(doc, dict) else None
                    if not isinstance(text, str) or not text.strip():
                        refused.append((f"{file}:{number}", f"no \"text\" string; expected {JSONL_SHAPE}"))
                        continue
                    name = str(doc.get("title") or doc.get("id") or f"{file.name}:{number}")
                    sources.append(NewSource(kind="text", name=name[:200], text=text))
            elif file.suffix.lower() in SUPPORTED_FILES:
                sources.append(NewSource(kind="file", name=file.name, filename=file.name, data=file.read_bytes()))
    return sources, refused


def _api_key_for(scopes: str) -> str:
    """PARLEY_API_KEY, after reading the running install's settings (the data dir's service URLs and secrets)."""
    data_dir = Path(os.environ.get("PARLEY_DATA_DIR", ROOT / ".data"))
    for name in (SERVICES_FILE, "secrets.env"):
        if (data_dir / name).exists():
            _read_env_file(data_dir / name)
    api_key = os.environ.get("PARLEY_API_KEY")
    if not api_key:
        _fail(f"set PARLEY_API_KEY to an API key with {scopes}")
    return api_key


def cmd_load_knowledge(args: argparse.Namespace) -> None:
    """Bulk-load files, folders or JSONL corpora into a chatbot's knowledge, with progress bars."""
    from uuid import UUID

    from tqdm import tqdm

    from domain.errors import DomainError
    from infrastructure.container import Container

    api_key = _api_key_for("the knowledge:write scope")
    settings = _settings()
    inputs, unreadable = _knowledge_inputs(args.paths)
    if not inputs:
        for where, reason in unreadable:
            print(f"  {where}: {reason}", file=sys.stderr)
        _fail("no supported files found (.md .txt .html .pdf .docx .csv, or .jsonl corpora)")

    async def run() -> bool:
        """True when every input was loaded."""
        container = await Container.start(settings)
        try:
            principal = await container.tenancy.authenticate_api_key(api_key)
            chatbot_id = UUID(args.chatbot)
            queued, refused = [], list(unreadable)
            for new in tqdm(inputs, desc="queued", unit="source"):
                try:
                    queued.append(await container.knowledge.add_source(principal, chatbot_id, new))
                except DomainError as exc:
                    refused.append((new.name, exc.detail))
            sources = {s.id: s for s in queued}
            if args.inline:
                # What the worker's ingest job does, done here for machines without a worker.
                for source in tqdm(queued, desc="ingested", unit="source"):
                    sources[source.id] = await container.knowledge.ingest(principal.tenant_id, source.id) or source
            elif args.wait:
                done: set = set()
                with tqdm(total=len(queued), desc="ingested", unit="source") as bar:
                    while len(done) < len(queued):
                        for source in queued:
                            if source.id in done:
                                continue
                            current = await container.knowledge.get_source(principal, chatbot_id, source.id)
                            if current.status in ("ready", "failed"):
                                sources[source.id] = current
                                done.add(source.id)
                                bar.update(1)
                        await asyncio.sleep(0.5)
            ready = [s for s in sources.values() if s.status == "ready"]
            failed = [s for s in sources.values() if s.status == "failed"]
            print(
                f"parley: {len(queued)} sources queued, {len(refused)} refused; "
                f"{len(ready)} ready ({sum(s.document_count for s in ready)} documents, "
                f"{sum(s.chunk_count for s in ready)} chunks), {len(failed)} failed"
            )
            for name, reason in refused + [(s.name, s.failure_reason) for s in failed]:
                print(f"  {name}: {reason}", file=sys.stderr)
            return not (refused or failed)
        except DomainError as exc:
            _fail(exc.detail)
        finally:
            await container.close()

    if not asyncio.run(run()):
        sys.exit(1)  # the rest was loaded; a script still learns that something was not


def cmd_analytics_backfill(args: argparse.Namespace) -> None:
    """Rebuild the analytics of a workspace's stored conversations (through the conversations service), with a progress bar."""
    from datetime import UTC, datetime

    from tqdm import tqdm

    from domain.errors import DomainError
    from infrastructure.container import Container

    api_key = _api_key_for("the analytics:write and conversations:read scopes")
    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since)
        except ValueError:
            _fail(f"--since {args.since!r} is not a date (YYYY-MM-DD) or an ISO date-time")
        since = since if since.tzinfo else since.replace(tzinfo=UTC)  # type: ignore[union-attr]
    settings = _settings()

    async def run() -> int:
        container = await Container.start(settings)
        try:
            principal = await container.tenancy.authenticate_api_key(api_key)
            with tqdm(desc="conversations", unit="conv") as bar:
                return int(await container.analytics.backfill(principal, since, bar.update))
        except DomainError as exc:
            _fail(exc.detail)
            return 0
        finally:
            await container.close()

    print(f"parley: {asyncio.run(run())} conversations rebuilt")


def cmd_gen_key(_: argparse.Namespace) -> None:
    print(generate_key())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="parley", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, func, help_text in [
        ("up", cmd_up, "start embedded services, migrations, API and worker"),
        ("serve", cmd_serve, "serve the API (refuses when migrations are pending)"),
    ]:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--host", default=os.environ.get("PARLEY_HOST", "127.0.0.1"))
        p.add_argument("--port", type=int, default=int(os.environ.get("PARLEY_PORT", "8000")))
        if name == "serve":
            p.add_argument("--workers", type=int, default=1)
        p.set_defaults(func=func)
    sub.add_parser("migrate", help="apply pending migrations").set_defaults(func=cmd_migrate)
    p = sub.add_parser("openapi", help="print or write the OpenAPI document")
    p.add_argument("--output")
    p.set_defaults(func=cmd_openapi)
    sub.add_parser("rotate-master-key", help="re-wrap tenant data keys with PARLEY_MASTER_KEY").set_defaults(
        func=cmd_rotate_master_key
    )
    sub.add_parser("gen-key", help="print a new random 32-byte key").set_defaults(func=cmd_gen_key)
    analytics = sub.add_parser("analytics", help="analytics maintenance").add_subparsers(dest="analytics_command", required=True)
    p = analytics.add_parser(
        "backfill", help="rebuild analytics from stored conversations (PARLEY_API_KEY)",
        description="Rebuild per-conversation metrics and daily rollups from the workspace's stored conversations. Needs "
        "PARLEY_API_KEY: an API key with the analytics:write and conversations:read scopes.",
    )
    p.add_argument("--since", help="only conversations started on or after this date (YYYY-MM-DD)")
    p.set_defaults(func=cmd_analytics_backfill)
    p = sub.add_parser(
        "load-knowledge",
        help="bulk-load files/folders/JSONL into a chatbot (PARLEY_API_KEY)",
        description="Bulk-load files, folders and JSONL corpora into a chatbot's knowledge. Needs PARLEY_API_KEY: "
        "an API key with the knowledge:write scope (POST /v1/api-keys). Files: .md .txt .html .pdf .docx .csv. "
        f"JSONL corpora: {JSONL_SHAPE}; a line of another shape is named and skipped, the rest still load, "
        "and the exit status is 1.",
    )
    p.add_argument("--chatbot", required=True, help="chatbot id")
    p.add_argument("--wait", action="store_true", help="wait until the worker has ingested every source")
    p.add_argument("--inline", action="store_true", help="ingest here instead of in the worker")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_load_knowledge)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
