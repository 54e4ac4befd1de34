"""A local Stripe for the tests: `localstripe` (PyPI) extended with what it lacks, speaking Stripe's wire
format (form-encoded requests, Stripe's JSON objects, webhooks signed with the `Stripe-Signature` scheme).

Run as `python -m tests.integration.payments.stripe_peer --port N`. Added to localstripe:
- restricted keys (`rk_test_…`) authenticate; any other key is refused with Stripe's 401 error body;
- Prices (`/v1/prices`), Checkout Sessions (`/v1/checkout/sessions`, create / retrieve / list / expire) with
  `Idempotency-Key` replay (same key → the same session);
- `charge.refunded` is sent when a refund is made (localstripe sends no event for it);
- test controls under `/_config/test/` (what a visitor does on Stripe's hosted page, or Stripe does later):
  complete or fail a session, open a dispute, and switch the API off (`/_config/test/outage`) to play an outage.
Webhooks are posted at once (localstripe waits a second) to the URLs registered with `/_config/webhooks/{id}`.
The store is kept in memory only (localstripe pickles to /tmp/localstripe.pickle, shared by every run)."""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import socket
import time
from typing import Any

from aiohttp import ClientSession, web
from localstripe import resources, server, webhooks
from localstripe.errors import UserError, json_response

resources.Store.dump_to_disk = lambda self: None  # type: ignore[method-assign]
resources.Store.try_load_from_disk = lambda self: None  # type: ignore[method-assign]

_outage = {"on": False}
_idempotent: dict[str, dict] = {}


def _api_key(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "").split(" ")
    if len(header) == 2 and header[0] == "Bearer" and header[1].startswith(("rk_test_", "sk_test_")) and len(header[1]) > 12:
        return header[1]
    return None


server.get_api_key = _api_key  # the auth middleware looks it up at call time


@web.middleware
async def outage_middleware(request: web.Request, handler: Any) -> web.StreamResponse:
    if _outage["on"] and request.path.startswith("/v1/"):
        return json_response({"error": {"type": "api_error", "message": "Stripe is down (test outage)"}}, status=503)
    return await handler(request)


async def _post(url: str, secret: str, payload: bytes, created: int) -> None:
    signature = hmac.new(secret.encode(), b"%d.%s" % (created, payload), hashlib.sha256).hexdigest()
    headers = {"Content-Type": "application/json; charset=utf-8", "Stripe-Signature": f"t={created},v1={signature}"}
    try:
        async with ClientSession() as session, session.post(url, data=payload, headers=headers) as r:
            await r.read()
    except Exception:  # noqa: BLE001 - like Stripe, a failed delivery is only logged
        pass


def send_event(event: resources.Event) -> None:
    """Post the event to every registered webhook now (signed like Stripe)."""
    payload = json.dumps(event._export(), sort_keys=True).encode()
    for hook in list(webhooks._webhooks.values()):
        if hook.events is None or event.type in hook.events:
            asyncio.ensure_future(_post(hook.url, hook.secret, payload, event.created))


class Price(resources.StripeObject):
    object = "price"
    _id_prefix = "price_"

    def __init__(self, product: str | None = None, unit_amount: Any = None, currency: str | None = None,
                 active: Any = True, metadata: dict | None = None, nickname: str | None = None,
                 product_data: dict | None = None, **kwargs: Any) -> None:
        if kwargs:
            raise UserError(400, "Unexpected " + ", ".join(kwargs))
        amount = resources.try_convert_to_int(unit_amount)
        if not isinstance(amount, int) or amount < 0 or not currency:
            raise UserError(400, "Bad request")
        if product_data:
            product = resources.Product(name=product_data["name"]).id
        resources.Product._api_retrieve(product)
        super().__init__()
        self.product = product
        self.unit_amount = amount
        self.currency = currency.lower()
        self.active = resources.try_convert_to_bool(active)
        self.metadata = metadata or {}
        self.nickname = nickname
        self.type = "one_time"

    @classmethod
    def _api_list_all(cls, url: str, product: str | None = None, active: Any = None, limit: Any = None,
                      starting_after: str | None = None, **kwargs: Any) -> resources.List:
        li = super()._api_list_all(url, limit=limit, starting_after=starting_after)
        if product is not None:
            li._list = [p for p in li._list if p.product == product]
        if active is not None:
            li._list = [p for p in li._list if p.active == resources.try_convert_to_bool(active)]
        return li


class CheckoutSession(resources.StripeObject):
    object = "checkout.session"
    _id_prefix = "cs_test_"

    def __init__(self, mode: str = "payment", line_items: list | None = None, metadata: dict | None = None,
                 success_url: str | None = None, cancel_url: str | None = None, expires_at: Any = None,
                 client_reference_id: str | None = None, customer_email: str | None = None,
                 payment_intent_data: dict | None = None, **kwargs: Any) -> None:
        if kwargs:
            raise UserError(400, "Unexpected " + ", ".join(kwargs))
        if mode != "payment" or not line_items or len(line_items) != 1:
            raise UserError(400, "Bad request: one line item in payment mode")
        item = line_items[0]
        quantity = resources.try_convert_to_int(item.get("quantity", 1))
        if "price" in item:
            price = Price._api_retrieve(item["price"])
            amount, currency = price.unit_amount, price.currency
        elif "price_data" in item:
            data = item["price_data"]
            amount, currency = resources.try_convert_to_int(data.get("unit_amount")), data.get("currency")
            if not isinstance(amount, int) or amount <= 0 or not currency:
                raise UserError(400, "Bad request: price_data")
        else:
            raise UserError(400, "Bad request: line_items[0][price] or [price_data]")
        super().__init__()
        self.mode = mode
        self.amount_total = amount * quantity
        self.amount_subtotal = self.amount_total
        self.currency = currency.lower()
        self.metadata = metadata or {}
        self.success_url, self.cancel_url = success_url, cancel_url
        self.client_reference_id = client_reference_id
        self.customer_email = customer_email
        self.expires_at = resources.try_convert_to_int(expires_at) or self.created + 24 * 3600
        self.status = "open"
        self.payment_status = "unpaid"
        self.payment_intent = None
        self.url = f"https://checkout.stripe.test/c/pay/{self.id}"

    @classmethod
    def _api_expire(cls, id: str, **kwargs: Any) -> CheckoutSession:
        obj = cls._api_retrieve(id)
        if obj.status != "open":
            raise UserError(400, f"Only open sessions can be expired (this one is {obj.status})")
        obj.status = "expired"
        send_event(resources.Event("checkout.session.expired", obj))
        return obj

    def _complete(self) -> None:
        if self.status != "open":
            raise UserError(400, "session is not open")
        method = resources.PaymentMethod(type="card", card={"number": "4242424242424242", "exp_month": 12, "exp_year": 2030, "cvc": "123"})
        intent = resources.PaymentIntent._api_create(
            amount=self.amount_total, currency=self.currency, payment_method=method.id, confirm=True, metadata=self.metadata,
        )
        self.payment_intent = intent.id
        self.status, self.payment_status = "complete", "paid"
        send_event(resources.Event("checkout.session.completed", self))


def _resource_routes(app: web.Application) -> None:
    async def create_session(request: web.Request) -> web.StreamResponse:
        data = await server.get_post_data(request) or {}
        key = request.headers.get("Idempotency-Key")
        if key is not None and (f"{_api_key(request)}:{key}") in _idempotent:
            return json_response(_idempotent[f"{_api_key(request)}:{key}"], headers={"Idempotent-Replayed": "true"})
        data.pop("expand", None)
        body = CheckoutSession._api_create(**data)._export()
        if key is not None:
            _idempotent[f"{_api_key(request)}:{key}"] = body
        return json_response(body)

    async def complete(request: web.Request) -> web.StreamResponse:
        CheckoutSession._api_retrieve(request.match_info["id"])._complete()
        return web.Response()

    async def fail(request: web.Request) -> web.StreamResponse:
        obj = CheckoutSession._api_retrieve(request.match_info["id"])
        send_event(resources.Event("checkout.session.async_payment_failed", obj))
        return web.Response()

    async def dispute(request: web.Request) -> web.StreamResponse:
        obj = CheckoutSession._api_retrieve(request.match_info["id"])
        intent = resources.PaymentIntent._api_retrieve(obj.payment_intent)
        send_event(resources.Event("charge.dispute.created", _Dispute(intent)))
        return web.Response()

    async def pay_invoice(request: web.Request) -> web.StreamResponse:
        invoice = resources.Invoice._api_retrieve(request.match_info["id"])
        method = resources.PaymentMethod(type="card", card={"number": "4242424242424242", "exp_month": 12, "exp_year": 2030, "cvc": "123"})
        intent = resources.PaymentIntent._api_create(amount=invoice.total, currency=invoice.currency, payment_method=method.id, confirm=True)
        invoice.payment_intent = intent.id
        send_event(resources.Event("invoice.paid", invoice))
        return web.Response()

    async def sent(request: web.Request) -> web.StreamResponse:
        return json_response({"sent": _sent})

    async def outage(request: web.Request) -> web.StreamResponse:
        _outage["on"] = (await request.text()) == "on"
        return web.Response()

    app.router.add_post("/v1/checkout/sessions", create_session)
    app.router.add_get("/v1/checkout/sessions", server.api_list_all(CheckoutSession, "/v1/checkout/sessions"))
    app.router.add_get("/v1/checkout/sessions/{id}", server.api_retrieve(CheckoutSession, None))
    app.router.add_post("/v1/checkout/sessions/{id}/expire", server.api_extra(CheckoutSession._api_expire, None))
    app.router.add_post("/v1/prices", server.api_create(Price, None))
    app.router.add_get("/v1/prices", server.api_list_all(Price, "/v1/prices"))
    app.router.add_get("/v1/prices/{id}", server.api_retrieve(Price, None))
    app.router.add_post("/v1/prices/{id}", server.api_update(Price, None))
    app.router.add_post("/_config/test/checkout/sessions/{id}/complete", complete)
    app.router.add_post("/_config/test/checkout/sessions/{id}/fail", fail)
    app.router.add_post("/_config/test/checkout/sessions/{id}/dispute", dispute)
    app.router.add_post("/_config/test/outage", outage)
    app.router.add_post("/v1/invoices/{id}/finalize", server.api_extra(_finalize_invoice, None))
    app.router.add_post("/v1/invoices/{id}/send", server.api_extra(_send_invoice, None))
    app.router.add_post("/_config/test/invoices/{id}/pay", pay_invoice)
    app.router.add_get("/_config/test/invoices/sent", sent)


class _Dispute(resources.StripeObject):
    object = "dispute"
    _id_prefix = "dp_"

    def __init__(self, intent: resources.PaymentIntent) -> None:
        super().__init__()
        self.payment_intent = intent.id
        self.charge = intent.latest_charge.id if intent.latest_charge else None
        self.amount, self.currency, self.status, self.reason = intent.amount, intent.currency, "needs_response", "fraudulent"


_make_refund = resources.Refund._api_create.__func__  # type: ignore[attr-defined]


def _refund_and_tell(cls: type, reason: str | None = None, **data: Any) -> resources.Refund:
    if reason not in (None, "duplicate", "fraudulent", "requested_by_customer"):
        raise UserError(400, "Invalid reason")
    refund = _make_refund(cls, **data)
    refund.reason = reason
    charge = resources.Charge._api_retrieve(refund.charge)
    send_event(resources.Event("charge.refunded", charge))
    return refund


resources.Refund._api_create = classmethod(_refund_and_tell)  # type: ignore[assignment]

# Invoices: `price` on invoice items, `collection_method` / `days_until_due` on invoices, finalize and send.
_make_item = resources.InvoiceItem._api_create.__func__  # type: ignore[attr-defined]
_make_invoice = resources.Invoice._api_create.__func__  # type: ignore[attr-defined]


def _item_with_price(cls: type, price: str | None = None, **data: Any) -> resources.InvoiceItem:
    if price is not None:
        p = Price._api_retrieve(price)
        data |= {"amount": p.unit_amount, "currency": p.currency}
    return _make_item(cls, **data)


def _invoice_sent_by_mail(cls: type, collection_method: str | None = None, days_until_due: Any = None, **data: Any) -> resources.Invoice:
    if collection_method not in (None, "charge_automatically", "send_invoice"):
        raise UserError(400, "Invalid collection_method")
    if collection_method == "send_invoice" and resources.try_convert_to_int(days_until_due) is None:
        raise UserError(400, "days_until_due is required with send_invoice")
    data.pop("pending_invoice_items_behavior", None)
    if data.get("subscription") is None:  # localstripe makes only subscription invoices; a one-off takes the pending items
        invoice = resources.Invoice(customer=data.get("customer"), metadata=data.get("metadata"), description=data.get("description"))
    else:
        invoice = _make_invoice(cls, **data)
    invoice.collection_method = collection_method or "charge_automatically"
    invoice.days_until_due = resources.try_convert_to_int(days_until_due)
    invoice.number = None
    invoice.hosted_invoice_url = None
    invoice.invoice_pdf = None
    return invoice


resources.InvoiceItem._api_create = classmethod(_item_with_price)  # type: ignore[assignment]
resources.Invoice._api_create = classmethod(_invoice_sent_by_mail)  # type: ignore[assignment]
_sent: list[str] = []


def _finalize_invoice(id: str, **kwargs: Any) -> resources.Invoice:
    invoice = resources.Invoice._api_retrieve(id)
    if invoice.status != "draft":
        raise UserError(400, "This invoice is already finalized")
    invoice._finalize()
    invoice.number = f"PRLY-{len(_sent) + 1:04d}-{invoice.id[-4:]}"
    invoice.hosted_invoice_url = f"https://invoice.stripe.test/i/{invoice.id}"
    invoice.invoice_pdf = f"https://pay.stripe.test/invoice/{invoice.id}/pdf"
    send_event(resources.Event("invoice.finalized", invoice))
    return invoice


def _send_invoice(id: str, **kwargs: Any) -> resources.Invoice:
    invoice = resources.Invoice._api_retrieve(id)
    if invoice.status != "open" or getattr(invoice, "collection_method", None) != "send_invoice":
        raise UserError(400, "Only open invoices collected by e-mail can be sent")
    _sent.append(invoice.id)
    send_event(resources.Event("invoice.sent", invoice))
    return invoice


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    app = server.app
    app.middlewares.insert(0, outage_middleware)
    # Our routes must come before localstripe's catch-alls: rebuild the router with ours first.
    ours = web.Application()
    _resource_routes(ours)
    theirs = list(app.router.routes())
    router = app.router
    router._resources.clear()  # type: ignore[attr-defined]
    router._named_resources.clear()  # type: ignore[attr-defined]
    for route in ours.router.routes():
        router.add_route(route.method, route.resource.canonical, route.handler)  # type: ignore[union-attr]
    for route in theirs:
        if route.method != "HEAD":
            router.add_route(route.method, route.resource.canonical, route.handler)  # type: ignore[union-attr]
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", args.port))
    print("ready", flush=True)
    web.run_app(app, sock=sock, access_log=None, print=None)


if __name__ == "__main__":
    _ = time
    main()
