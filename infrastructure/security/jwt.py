"""Signed tokens (HS256 via authlib's JOSE), shared by access and visitor tokens. Only HS256 is accepted:
`alg: none` and algorithm-confusion tokens fail to decode."""

from __future__ import annotations

import warnings
from typing import Any

import authlib.deprecate  # noqa: F401  (registers its "always" filter first, so ours below wins)

from domain.errors import AuthenticationFailed

with warnings.catch_warnings():
    # authlib.jose works and is what the project chose; its successor joserfc can replace it later.
    warnings.simplefilter("ignore")
    from authlib.jose import JsonWebToken
    from authlib.jose.errors import JoseError

ISSUER = "parley"
_JWT = JsonWebToken(["HS256"])


def sign(claims: dict[str, Any], key: bytes) -> str:
    return _JWT.encode({"alg": "HS256", "typ": "JWT"}, {"iss": ISSUER, **claims}, key).decode()


def verified_claims(token: str, key: bytes, typ: str, label: str) -> dict[str, Any]:
    """The claims of a valid, unexpired token of type `typ`; otherwise AuthenticationFailed naming `label`."""
    try:
        claims = _JWT.decode(
            token, key, claims_options={"iss": {"essential": True, "value": ISSUER}, "exp": {"essential": True}}
        )
        claims.validate(leeway=5)
    except JoseError as exc:
        raise AuthenticationFailed(f"{label} is not valid: {exc.error}") from None
    except (ValueError, TypeError):
        raise AuthenticationFailed(f"{label} is not valid") from None
    if claims.get("typ") != typ:
        raise AuthenticationFailed(f"not an {label}" if label[0] in "aeiou" else f"not a {label}")
    return dict(claims)


def unverified_expiry(token: str, key: bytes) -> float | None:
    try:
        return float(_JWT.decode(token, key).get("exp"))
    except Exception:
        return None
