"""Stripe through the official `stripe` SDK (async, over httpx), one StripeClient per key, pointed at
`PARLEY_STRIPE_API_BASE` (Stripe itself by default; the tests' local peer). Stripe's errors become the
domain's two: unreachable (network, 5xx, 429: try again) and refused (what Stripe said)."""

from __future__ import annotations

import builtins
from collections.abc import Awaitable
from datetime import UTC, datetime
from typing import Any, TypeVar

import stripe

from domain.payments.model import CataloguePrice, CheckoutState, InvoiceLine, PaymentRequest, StripeEvent
from domain.payments.ports import BadSignature, StripeRefused, StripeUnreachable

T = TypeVar("T")
DEFAULT_API_BASE = "https://api.stripe.com"


class StripeSdkGateway:
    def __init__(self, api_base: str = DEFAULT_API_BASE, *, timeout: float = 15.0, retries: int = 1, tolerance: int = 300) -> None:
        self.api_base = api_base.rstrip("/")
        self.http = stripe.HTTPXClient(timeout=timeout)
        self.retries = retries
        self.tolerance = tolerance

    def client(self, secret_key: str) -> stripe.StripeClient:
        return stripe.StripeClient(
            secret_key, base_addresses={"api": self.api_base}, http_client=self.http, max_network_retries=self.retries
        )

    async def close(self) -> None:
        await self.http.close_async()

    @staticmethod
    async def _call(call: Awaitable[T]) -> T:
        try:
            return await call
        except (stripe.APIConnectionError, stripe.RateLimitError, stripe.APIError) as exc:
            raise StripeUnreachable(str(exc.user_message or exc)) from exc
        except (stripe.AuthenticationError, stripe.PermissionError) as exc:
            raise StripeRefused(exc.user_message or "the key was refused", auth=True) from exc
        except stripe.StripeError as exc:
            if exc.http_status is not None and exc.http_status >= 500:
                raise StripeUnreachable(str(exc.user_message or exc)) from exc
            raise StripeRefused(exc.user_message or type(exc).__name__) from exc

    async def check_key(self, secret_key: str) -> bool:
        products = await self._call(self.client(secret_key).v1.products.list_async({"limit": 1}))
        return bool(getattr(products, "livemode", False)) or secret_key.startswith("rk_live_")

    async def prices(self, secret_key: str) -> builtins.list[CataloguePrice]:
        client = self.client(secret_key)
        prices = await self._call(client.v1.prices.list_async({"active": True, "limit": 100}))
        names: dict[str, str] = {}
        out = []
        for p in prices.data:
            if getattr(p, "type", "one_time") != "one_time" or p.unit_amount is None:
                continue
            product = p.product if isinstance(p.product, str) else p.product.id
            if product not in names:
                names[product] = (await self._call(client.v1.products.retrieve_async(product))).name
            out.append(CataloguePrice(id=p.id, product=product, name=names[product], unit_amount=p.unit_amount, currency=p.currency))
        return out

    async def create_checkout(
        self, secret_key: str, request: PaymentRequest, *, idempotency_key: str, return_url: str | None
    ) -> tuple[str, str, datetime | None]:
        if request.price_id is not None:
            item: dict[str, Any] = {"price": request.price_id, "quantity": 1}
        else:
            item = {"quantity": 1, "price_data": {
                "currency": request.currency, "unit_amount": request.amount, "product_data": {"name": request.description},
            }}
        params: dict[str, Any] = {
            "mode": "payment",
            "line_items": [item],
            "client_reference_id": str(request.id),
            "metadata": {
                "parley_payment_request": str(request.id), "parley_conversation": str(request.session_id),
                "parley_chatbot": str(request.chatbot_id),
            },
            "payment_intent_data": {"metadata": {"parley_payment_request": str(request.id)}},
        }
        if return_url:
            params["success_url"] = return_url
            params["cancel_url"] = return_url
        session = await self._call(
            self.client(secret_key).v1.checkout.sessions.create_async(params, {"idempotency_key": idempotency_key})  # type: ignore[arg-type]
        )
        expires = datetime.fromtimestamp(session.expires_at, UTC) if getattr(session, "expires_at", None) else None
        return session.id, session.url or "", expires

    async def checkout(self, secret_key: str, stripe_session_id: str) -> CheckoutState:
        s = await self._call(self.client(secret_key).v1.checkout.sessions.retrieve_async(stripe_session_id))
        intent = s.payment_intent if isinstance(s.payment_intent, str) or s.payment_intent is None else s.payment_intent.id
        return CheckoutState(id=s.id, status=s.status or "open", payment_status=s.payment_status, payment_intent=intent)

    async def refund(self, secret_key: str, payment_intent: str, amount: int, reason: str, *, idempotency_key: str) -> str:
        refund = await self._call(self.client(secret_key).v1.refunds.create_async(
            {"payment_intent": payment_intent, "amount": amount, "reason": reason},  # type: ignore[typeddict-item,unused-ignore]
            {"idempotency_key": idempotency_key},
        ))
        return refund.id

    async def send_invoice(
        self, secret_key: str, email: str, lines: builtins.list[InvoiceLine], days_until_due: int, metadata: dict[str, str],
        *, idempotency_key: str,
    ) -> dict[str, Any]:
        client = self.client(secret_key)
        customer = await self._call(client.v1.customers.create_async(
            {"email": email, "metadata": metadata}, {"idempotency_key": idempotency_key + "-customer"}))
        for n, line in enumerate(lines):
            item: dict[str, Any] = {"customer": customer.id, "description": line.description, "metadata": metadata}
            if line.price_id is not None:
                item["price"] = line.price_id
            else:
                item |= {"amount": line.amount, "currency": line.currency}
            await self._call(client.v1.invoice_items.create_async(item, {"idempotency_key": f"{idempotency_key}-item-{n}"}))  # type: ignore[arg-type]
        invoice = await self._call(client.v1.invoices.create_async({
            "customer": customer.id, "collection_method": "send_invoice", "days_until_due": days_until_due,
            "metadata": metadata, "pending_invoice_items_behavior": "include",
        }, {"idempotency_key": idempotency_key}))
        invoice = await self._call(client.v1.invoices.finalize_invoice_async(invoice.id))
        invoice = await self._call(client.v1.invoices.send_invoice_async(invoice.id))
        return {
            "id": invoice.id, "number": getattr(invoice, "number", None), "amount_due": invoice.amount_due,
            "currency": invoice.currency, "status": invoice.status, "hosted_invoice_url": invoice.hosted_invoice_url,
            "invoice_pdf": invoice.invoice_pdf,
        }

    def verify_event(self, payload: bytes, signature: str | None, webhook_secret: str) -> StripeEvent:
        try:
            event = stripe.Webhook.construct_event(payload, signature or "", webhook_secret, tolerance=self.tolerance)
        except (stripe.SignatureVerificationError, ValueError) as exc:
            raise BadSignature(str(exc)) from None
        obj = event.data.object
        return StripeEvent(id=event.id, type=event.type, object=obj.to_dict() if hasattr(obj, "to_dict") else dict(obj))
