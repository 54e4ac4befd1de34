"""OAuth 2 for Google Calendar and Microsoft 365 (authlib): the consent URL (signed state, PKCE), the callback's
code exchange, refresh before expiry and after a 401, revocation on disconnect. The tokens are a JSON secret
sealed with the tenant's data key (the calendar connection's password column); a refreshed one is written back.

Every call to the provider (token endpoint and API) goes through the vetted outbound transport; the provider's
base URLs are settings (local peers in tests)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import httpcore2
import httpx
import httpx2
from authlib.integrations.base_client import OAuthError
from authlib.integrations.httpx_client import AsyncOAuth2Client

from domain.scheduling.model import CalendarCredentials
from domain.scheduling.ports import CalendarUnavailable, OAuthGrant
from infrastructure.security.outbound import OutboundPolicy, OutboundRefused

STATE_TTL_SECONDS = 900
REFRESH_LEEWAY_SECONDS = 120


@dataclass
class OAuthProvider:
    """One provider's endpoints and our client registration there (mutable: tests point it at a local peer)."""

    kind: str  # 'google' or 'microsoft'
    title: str
    client_id: str
    client_secret: str
    authorize_url: str
    token_url: str
    revoke_url: str | None  # RFC 7009 revocation; None: the provider has none (Microsoft)
    api_url: str
    scopes: tuple[str, ...]
    extra_authorize: dict[str, str] = field(default_factory=dict)

    @property
    def configured(self) -> bool:
        return bool(self.client_id and self.client_secret)


def google(client_id: str, client_secret: str, accounts_url: str = "https://accounts.google.com",
           oauth_url: str = "https://oauth2.googleapis.com", api_url: str = "https://www.googleapis.com") -> OAuthProvider:
    return OAuthProvider(
        kind="google", title="Google Calendar", client_id=client_id, client_secret=client_secret,
        authorize_url=f"{accounts_url.rstrip('/')}/o/oauth2/v2/auth", token_url=f"{oauth_url.rstrip('/')}/token",
        revoke_url=f"{oauth_url.rstrip('/')}/revoke", api_url=api_url.rstrip("/"),
        scopes=("https://www.googleapis.com/auth/calendar.events", "https://www.googleapis.com/auth/calendar.readonly",
                "email"),
        extra_authorize={"access_type": "offline", "prompt": "consent", "include_granted_scopes": "true"},
    )


def microsoft(client_id: str, client_secret: str, login_url: str = "https://login.microsoftonline.com/common",
              graph_url: str = "https://graph.microsoft.com/v1.0") -> OAuthProvider:
    return OAuthProvider(
        kind="microsoft", title="Microsoft 365", client_id=client_id, client_secret=client_secret,
        authorize_url=f"{login_url.rstrip('/')}/oauth2/v2.0/authorize", token_url=f"{login_url.rstrip('/')}/oauth2/v2.0/token",
        revoke_url=None, api_url=graph_url.rstrip("/"),
        scopes=("offline_access", "Calendars.ReadWrite", "User.Read"),
        extra_authorize={"response_mode": "query", "prompt": "select_account"},
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class StateSigner:
    """The consent's `state`: which workspace started it, for which provider, calendar and name, until when;
    MACed (key derived from PARLEY_SECRET_KEY). The PKCE verifier is derived from it, so nothing is stored."""

    def __init__(self, secret_key: bytes) -> None:
        self._key = hmac.new(secret_key, b"parley scheduling oauth state v1", hashlib.sha256).digest()

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()[:20]

    def sign(self, fields: dict[str, Any], now: float | None = None) -> str:
        body = dict(fields, e=int((now or time.time()) + STATE_TTL_SECONDS), v=secrets.token_hex(8))
        payload = json.dumps(body, separators=(",", ":"), sort_keys=True).encode()
        return _b64(payload) + "." + _b64(self._mac(payload))

    def verify(self, state: str, now: float | None = None) -> dict[str, Any] | None:
        if not isinstance(state, str) or len(state) > 1500 or state.count(".") != 1:
            return None
        body, mac = state.split(".")
        try:
            payload, given = _unb64(body), _unb64(mac)
            if not hmac.compare_digest(given, self._mac(payload)):
                return None
            fields = json.loads(payload)
        except (ValueError, TypeError):
            return None
        if not isinstance(fields, dict) or int(fields.get("e", 0)) < (now or time.time()):
            return None
        return fields

    def verifier(self, state: str) -> str:
        """The PKCE code verifier belonging to `state` (43+ characters of [A-Za-z0-9-_])."""
        return _b64(hmac.new(self._key, b"pkce:" + state.encode(), hashlib.sha256).digest() * 2)


def seal_tokens(token: dict[str, Any], previous: dict[str, Any] | None = None) -> str:
    """The JSON secret kept for a connection: access and refresh token and when the access token expires."""
    refresh = token.get("refresh_token") or (previous or {}).get("refresh_token") or ""
    expires_at = token.get("expires_at")
    if not expires_at and token.get("expires_in"):
        expires_at = int(time.time()) + int(token["expires_in"])
    return json.dumps({"access_token": token.get("access_token", ""), "refresh_token": refresh,
                       "expires_at": int(expires_at or time.time() + 3000)})


def read_tokens(secret: str) -> dict[str, Any]:
    try:
        found = json.loads(secret)
    except ValueError:
        found = None
    if not isinstance(found, dict) or not found.get("access_token"):
        raise CalendarUnavailable("the calendar's sign-in is missing or damaged; connect the calendar again")
    return found


SaveSecret = Callable[[CalendarCredentials, str], Awaitable[None]]


class OAuthClient:
    """The token endpoint's side: exchange, refresh, revoke (authlib over the vetted transport, httpx2 flavour)."""

    def __init__(self, provider: OAuthProvider, outbound: OutboundPolicy, timeout: float = 10.0) -> None:
        self.provider = provider
        self.outbound = outbound
        self.timeout = timeout

    def _client(self, redirect_uri: str | None = None) -> AsyncOAuth2Client:
        p = self.provider
        return AsyncOAuth2Client(
            client_id=p.client_id, client_secret=p.client_secret, scope=" ".join(p.scopes), redirect_uri=redirect_uri,
            code_challenge_method="S256", token_endpoint_auth_method="client_secret_post",
            transport=self.outbound.transport(http=httpx2, core=httpcore2), timeout=self.timeout, trust_env=False,
        )

    def authorization_url(self, state: str, redirect_uri: str, code_verifier: str) -> str:
        client = self._client(redirect_uri)
        url, _ = client.create_authorization_url(self.provider.authorize_url, state=state, code_verifier=code_verifier,
                                                 **self.provider.extra_authorize)
        return url

    async def _token_call(self, what: str, call: Callable[[AsyncOAuth2Client], Awaitable[Any]], redirect_uri: str | None = None) -> dict:
        try:
            async with self._client(redirect_uri) as client:
                token = await call(client)
        except OAuthError as exc:
            raise CalendarUnavailable(
                f"{self.provider.title} refused our {what} ({exc.error}); connect the calendar again"
            ) from None
        except OutboundRefused as exc:
            raise CalendarUnavailable(f"{self.provider.title} may not be called: {exc.reason}") from None
        except (httpx2.HTTPError, ValueError) as exc:
            raise CalendarUnavailable(f"{self.provider.title} could not be reached ({type(exc).__name__})") from None
        if not isinstance(token, dict) or not token.get("access_token"):
            raise CalendarUnavailable(f"{self.provider.title} sent no access token")
        return dict(token)

    async def exchange(self, code: str, redirect_uri: str, code_verifier: str) -> dict:
        return await self._token_call("sign-in", lambda c: c.fetch_token(
            self.provider.token_url, grant_type="authorization_code", code=code, code_verifier=code_verifier,
        ), redirect_uri)

    async def refresh(self, refresh_token: str) -> dict:
        if not refresh_token:
            raise CalendarUnavailable(f"{self.provider.title} gave no refresh token; connect the calendar again")
        return await self._token_call("token refresh", lambda c: c.refresh_token(
            self.provider.token_url, refresh_token=refresh_token))

    async def revoke(self, token: str) -> bool:
        """Revokes the grant (best effort: False when the provider has no revocation or did not confirm)."""
        if not self.provider.revoke_url or not token:
            return False
        try:
            async with self._client() as client:
                response = await client.revoke_token(self.provider.revoke_url, token=token)
        except (OAuthError, OutboundRefused, httpx2.HTTPError):
            return False
        return response.status_code == 200


class OAuthApi:
    """Calls to a provider's REST API with a connection's access token: refreshed `REFRESH_LEEWAY_SECONDS`
    before it expires and once after a 401; the new tokens are saved (`save`) and cached in this process."""

    def __init__(self, provider: OAuthProvider, outbound: OutboundPolicy, save: SaveSecret | None = None,
                 timeout: float = 10.0) -> None:
        self.provider = provider
        self.outbound = outbound
        self.oauth = OAuthClient(provider, outbound, timeout)
        self.save = save
        self.timeout = timeout
        self._tokens: dict[UUID, dict[str, Any]] = {}  # calendar id -> the newest tokens this process saw
        self._locks: dict[UUID, asyncio.Lock] = {}

    def _current(self, calendar: CalendarCredentials) -> dict[str, Any]:
        stored = read_tokens(calendar.password)
        cached = self._tokens.get(calendar.calendar_id) if calendar.calendar_id else None
        if cached and int(cached.get("expires_at", 0)) >= int(stored.get("expires_at", 0)):
            return cached
        return stored

    async def _refresh(self, calendar: CalendarCredentials, stale: dict[str, Any]) -> dict[str, Any]:
        key = calendar.calendar_id
        lock = self._locks.setdefault(key, asyncio.Lock()) if key else asyncio.Lock()
        async with lock:
            now = self._current(calendar)
            if now.get("access_token") != stale.get("access_token"):
                return now  # another call refreshed meanwhile
            token = await self.oauth.refresh(str(stale.get("refresh_token") or ""))
            secret = seal_tokens(token, stale)
            fresh = json.loads(secret)
            if key:
                self._tokens[key] = fresh
            if self.save is not None:
                await self.save(calendar, secret)
            return fresh

    async def call(self, calendar: CalendarCredentials, method: str, url: str, *, ok: tuple[int, ...] = (200,),
                   **kw: Any) -> httpx.Response:
        if not url.startswith(self.provider.api_url + "/"):
            raise CalendarUnavailable(f"{self.provider.title}: refusing to call {url.split('?')[0]}")
        tokens = self._current(calendar)
        if int(tokens.get("expires_at", 0)) - REFRESH_LEEWAY_SECONDS <= time.time():
            tokens = await self._refresh(calendar, tokens)
        response = await self._send(method, url, tokens, **kw)
        if response.status_code == 401:
            tokens = await self._refresh(calendar, tokens)
            response = await self._send(method, url, tokens, **kw)
            if response.status_code == 401:
                raise CalendarUnavailable(f"{self.provider.title} refused our access token; connect the calendar again")
        if response.status_code == 403:
            raise CalendarUnavailable(f"{self.provider.title} refused access to this calendar (403)")
        if response.status_code not in ok:
            raise CalendarUnavailable(f"{self.provider.title} answered {response.status_code} to {method}")
        return response

    async def with_token(self, access_token: str, method: str, url: str, **kw: Any) -> dict[str, Any]:
        """One call with a fresh access token (reading the account right after the consent)."""
        response = await self._send(method, url, {"access_token": access_token}, **kw)
        if response.status_code != 200:
            raise CalendarUnavailable(f"{self.provider.title} answered {response.status_code} to {method}")
        return self.json(response)

    async def _send(self, method: str, url: str, tokens: dict[str, Any], **kw: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {tokens['access_token']}", "Accept": "application/json", **kw.pop("headers", {})}
        try:
            async with httpx.AsyncClient(transport=self.outbound.transport(), timeout=self.timeout,
                                         follow_redirects=False, trust_env=False) as client:
                return await client.request(method, url, headers=headers, **kw)
        except OutboundRefused as exc:
            raise CalendarUnavailable(f"{self.provider.title} may not be called: {exc.reason}") from None
        except httpx.TimeoutException:
            raise CalendarUnavailable(f"{self.provider.title} did not answer in time") from None
        except httpx.HTTPError as exc:
            raise CalendarUnavailable(f"{self.provider.title} could not be reached ({type(exc).__name__})") from None

    @staticmethod
    def json(response: httpx.Response) -> dict[str, Any]:
        try:
            found = response.json()
        except ValueError:
            raise CalendarUnavailable("the calendar provider sent a malformed answer") from None
        if not isinstance(found, dict):
            raise CalendarUnavailable("the calendar provider sent a malformed answer")
        return found


class OAuthFlows:
    """The consent flow for every OAuth calendar provider (the domain's `CalendarOAuth` port)."""

    def __init__(self, providers: dict[str, OAuthProvider], outbound: OutboundPolicy, secret_key: bytes,
                 public_url: str, accounts: dict[str, Callable[[str], Awaitable[str]]]) -> None:
        self.providers = providers
        self.outbound = outbound
        self.states = StateSigner(secret_key)
        self.public_url = public_url
        self.accounts = accounts  # kind -> reads the signed-in account's e-mail with an access token

    def kinds(self) -> tuple[str, ...]:
        return tuple(k for k, p in self.providers.items() if p.configured)

    def redirect_uri(self, kind: str) -> str:
        return f"{self.public_url.rstrip('/')}/v1/calendars/oauth/{kind}/callback"

    def start(self, kind: str, tenant_id: UUID, name: str, calendar: str) -> str:
        provider = self.providers[kind]
        state = self.states.sign({"t": str(tenant_id), "k": kind, "n": name, "c": calendar})
        return OAuthClient(provider, self.outbound).authorization_url(state, self.redirect_uri(kind), self.states.verifier(state))

    def read_state(self, kind: str, state: str) -> dict[str, Any] | None:
        fields = self.states.verify(state)
        return fields if fields is not None and fields.get("k") == kind else None

    async def finish(self, kind: str, code: str, state: str) -> OAuthGrant:
        fields = self.read_state(kind, state)
        if fields is None:
            raise ValueError("state")
        provider = self.providers[kind]
        token = await OAuthClient(provider, self.outbound).exchange(code, self.redirect_uri(kind), self.states.verifier(state))
        account = await self.accounts[kind](token["access_token"])
        return OAuthGrant(tenant_id=UUID(fields["t"]), kind=kind, name=str(fields.get("n") or ""),
                          calendar=str(fields.get("c") or ""), account=account, secret=seal_tokens(token))

    async def revoke(self, kind: str, secret: str) -> bool:
        provider = self.providers.get(kind)
        if provider is None:
            return False
        try:
            tokens = read_tokens(secret)
        except CalendarUnavailable:
            return False
        return await OAuthClient(provider, self.outbound).revoke(str(tokens.get("refresh_token") or tokens["access_token"]))
