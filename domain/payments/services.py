"""Payment use cases: connect Stripe, choose the catalogue, request a payment (assistant tool or operator),
take Stripe's webhooks, refund, reconcile with Stripe, and the figures for analytics.

Stripe is the source of truth: a request's status only moves on a verified Stripe event or on what Stripe
answers when asked (reconciliation, a refund). Every move records a `payment.*` event in the same
transaction; the conversation's system message follows from that event (after commit, idempotent)."""

from __future__ import annotations

import builtins
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from domain.chatbots.services import ChatbotService
from domain.conversations.services import ConversationService
from domain.errors import Conflict, DomainError, InvalidInput, NotFound, Unavailable
from domain.ids import new_id
from domain.pagination import page_of
from domain.payments.events import BY_STATUS, InvoicePaid, InvoiceSent, PaymentRequested
from domain.payments.model import (
    AdHocRange,
    Catalogue,
    CataloguePrice,
    Integration,
    Invoice,
    InvoiceLine,
    PaymentRequest,
    PaymentStatus,
    Refund,
    RefundReason,
    StripeSecrets,
    can_move,
    format_amount,
    key_hint,
    validate_ad_hoc,
    validate_amount,
    validate_currency,
    validate_description,
    validate_email,
    validate_secret_key,
    validate_stripe_id,
    validate_webhook_secret,
)
from domain.payments.permissions import PAYMENTS_READ, PAYMENTS_REFUND, PAYMENTS_REQUEST, PAYMENTS_WRITE
from domain.payments.ports import (
    ConversationsPort,
    PaymentsUnitOfWork,
    StripeGateway,
    StripeRefused,
    StripeUnreachable,
)
from domain.ports import UnitOfWorkFactory
from domain.tenancy.model import Page, Principal

log = logging.getLogger(__name__)

CHECKOUT_JOB = "ensure_payment_checkout"
CHECKOUT_RETRY_AFTER = timedelta(seconds=20)
STRIPE_DOWN = "Stripe is not reachable just now; the payment link will be sent here as soon as it is"


def _now() -> datetime:
    return datetime.now(UTC)


def _event(request: PaymentRequest) -> PaymentRequested:
    cls = BY_STATUS[request.status.value]
    return cls(
        tenant_id=request.tenant_id, payment_request_id=request.id, chatbot_id=request.chatbot_id,
        conversation_id=request.session_id, amount=request.amount, currency=request.currency,
        description=request.description, status=request.status.value, amount_refunded=request.amount_refunded,
        payment_url=request.payment_url, requested_by=request.requested_by, paid_at=request.paid_at,
    )


def _invoice_event(cls: type[InvoiceSent], invoice: Invoice) -> InvoiceSent:
    return cls(
        tenant_id=invoice.tenant_id, invoice_id=invoice.id, chatbot_id=invoice.chatbot_id, conversation_id=invoice.session_id,
        number=invoice.number, description=invoice.description, amount_due=invoice.amount_due, currency=invoice.currency,
        status=invoice.status, hosted_invoice_url=invoice.hosted_invoice_url, invoice_pdf=invoice.invoice_pdf,
    )


def card_data(event: PaymentRequested) -> dict[str, Any]:
    """The payment card the widget and the console render (in the system message's data)."""
    return {"payment": {
        "id": str(event.payment_request_id), "status": event.status, "amount": event.amount, "currency": event.currency,
        "description": event.description, "url": event.payment_url, "amount_refunded": event.amount_refunded,
    }}


def card_text(event: PaymentRequested) -> str:
    money = format_amount(event.amount, event.currency)
    return {
        "pending": f"Payment requested: {money} for {event.description}. Pay securely on Stripe: {event.payment_url}",
        "paid": f"Payment received: {money} for {event.description}. Thank you!",
        "failed": f"The payment of {money} for {event.description} did not go through.",
        "expired": f"The payment link for {money} ({event.description}) has expired.",
        "refunded": f"Refunded {format_amount(event.amount_refunded, event.currency)} of the {money} paid for {event.description}.",
        "disputed": f"The payment of {money} for {event.description} is disputed.",
    }[event.status]


@dataclass
class PaymentService:
    uow: UnitOfWorkFactory[PaymentsUnitOfWork]
    stripe: StripeGateway
    conversations: ConversationsPort
    return_url: str | None = None  # where Stripe's page sends the payer back (the widget's page otherwise)
    webhook_tolerance_seconds: int = 300
    _on_changed: builtins.list[Any] = field(default_factory=list)

    # --- integrations -----------------------------------------------------------------------------

    async def connect_stripe(self, principal: Principal, chatbot_id: UUID, secret_key: str, webhook_secret: str) -> Integration:
        """Connect (or reconnect) a chatbot's Stripe account; the key is checked with a live call first."""
        principal.require(PAYMENTS_WRITE)
        secrets = StripeSecrets(validate_secret_key(secret_key), validate_webhook_secret(webhook_secret))
        livemode = await self._call(self.stripe.check_key(secrets.secret_key), key_field="secret_key")
        async with self.uow(principal.tenant_id) as uow:
            if await ChatbotService.find(uow, chatbot_id) is None:
                raise InvalidInput("no such chatbot", field="chatbot_id")
            existing = await uow.payments.integration_for_chatbot(chatbot_id)
            integration = Integration(
                id=existing.id if existing else new_id(), tenant_id=principal.tenant_id, chatbot_id=chatbot_id,
                type="stripe", active=True, key_hint=key_hint(secrets.secret_key), livemode=livemode,
                catalogue=existing.catalogue if existing else Catalogue(),
            )
            return await uow.payments.save_integration(integration, secrets)

    async def integrations(self, principal: Principal, chatbot_id: UUID | None = None) -> builtins.list[Integration]:
        principal.require(PAYMENTS_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await uow.payments.integrations(chatbot_id)

    async def integration(self, principal: Principal, integration_id: UUID) -> Integration:
        principal.require(PAYMENTS_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await _integration(uow, integration_id)

    async def disconnect(self, principal: Principal, integration_id: UUID) -> Integration:
        """Forget the key and the webhook secret; past requests stay, new ones are refused."""
        principal.require(PAYMENTS_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            await _integration(uow, integration_id)
            await uow.payments.disconnect(integration_id)
            return await _integration(uow, integration_id)

    async def stripe_prices(self, principal: Principal, integration_id: UUID) -> builtins.list[CataloguePrice]:
        """The active one-time prices in the connected Stripe account, to choose the catalogue from."""
        principal.require(PAYMENTS_WRITE)
        secrets = await self._secrets(principal.tenant_id, integration_id)
        prices: builtins.list[CataloguePrice] = await self._call(self.stripe.prices(secrets.secret_key))
        return prices

    async def set_catalogue(
        self, principal: Principal, integration_id: UUID, price_ids: builtins.list[str], ad_hoc: builtins.list[AdHocRange]
    ) -> Catalogue:
        """What the assistant may ask for: these Stripe prices (synced from Stripe now) and ad-hoc amounts
        within a range per currency."""
        principal.require(PAYMENTS_WRITE)
        ids = [validate_stripe_id(p, f"price_ids[{i}]") for i, p in enumerate(price_ids)]
        if len(set(ids)) != len(ids):
            raise InvalidInput("a price is listed twice", field="price_ids")
        ranges = validate_ad_hoc(ad_hoc)
        secrets = await self._secrets(principal.tenant_id, integration_id)
        prices = {p.id: p for p in await self._call(self.stripe.prices(secrets.secret_key))} if ids else {}
        missing = [p for p in ids if p not in prices]
        if missing:
            raise InvalidInput(f"not an active one-time price in the Stripe account: {', '.join(missing)}", field="price_ids")
        catalogue = Catalogue(prices=[prices[p] for p in ids], ad_hoc=ranges)
        async with self.uow(principal.tenant_id) as uow:
            await _integration(uow, integration_id, for_update=True)
            await uow.payments.set_catalogue(integration_id, catalogue)
        return catalogue

    # --- payment requests -------------------------------------------------------------------------

    async def request_from_conversation(
        self, tenant_id: UUID, chatbot_id: UUID, session_id: UUID, args: dict[str, Any], requested_by: str = "ai"
    ) -> PaymentRequest:
        """A payment request into a conversation, strictly inside the chatbot's catalogue: a price from it
        (its amount and currency are Stripe's, never the caller's), or an ad-hoc amount within the range
        allowed for its currency. Raises InvalidInput naming what is refused."""
        price_id, amount, currency = args.get("price_id"), args.get("amount"), args.get("currency")
        description = validate_description(args.get("description"))
        async with self.uow(tenant_id) as uow:
            integration = await uow.payments.integration_for_chatbot(chatbot_id)
            if integration is None or not integration.active:
                raise InvalidInput("payments are not set up for this chatbot", field="conversation_id")
            amount, currency = _within(integration.catalogue, price_id, amount, currency)
            request = PaymentRequest(
                id=new_id(), tenant_id=tenant_id, integration_id=integration.id, chatbot_id=chatbot_id, session_id=session_id,
                amount=amount, currency=currency, description=description, price_id=price_id, requested_by=requested_by,
            )
            await uow.payments.add_request(request)
            # if this process dies before Stripe answers, the job creates the session (same idempotency key)
            uow.enqueue(CHECKOUT_JOB, str(tenant_id), str(request.id), job_id=f"payment-checkout:{request.id}:0",
                        defer=CHECKOUT_RETRY_AFTER)
        try:
            return await self.ensure_checkout(tenant_id, request.id)
        except StripeUnreachable:
            raise Unavailable(STRIPE_DOWN) from None

    async def request_by_member(self, principal: Principal, session_id: UUID, args: dict[str, Any]) -> PaymentRequest:
        """An operator's (or integrator's) payment request into a conversation: the same catalogue rules."""
        principal.require(PAYMENTS_REQUEST)
        async with self.uow(principal.tenant_id) as uow:
            session, _ = await ConversationService.recent_messages(uow, session_id, 0)  # NotFound if not the tenant's
        session.check_open_for_messages()  # a closed conversation gets no new payment card
        chatbot_id = session.chatbot_id
        return await self.request_from_conversation(
            principal.tenant_id, chatbot_id, session_id, args, requested_by="operator" if principal.user_id else "api"
        )

    async def ensure_checkout(self, tenant_id: UUID, request_id: UUID, attempt: int = 0) -> PaymentRequest:
        """Create the request's Checkout Session if it has none (idempotent: the key is the request id), and
        announce the request. Raises StripeUnreachable (the caller retries) or returns the request."""
        async with self.uow(tenant_id) as uow:
            request = await _request(uow, request_id)
            if request.stripe_session_id is not None or request.status is not PaymentStatus.pending:
                return request
            secrets = await uow.payments.secrets(request.integration_id)
        if secrets is None:
            return request  # disconnected meanwhile: nothing to create
        try:
            stripe_id, url, expires_at = await self.stripe.create_checkout(
                secrets.secret_key, request, idempotency_key=f"parley-payment-{request.id}", return_url=self.return_url
            )
        except StripeRefused as exc:
            async with self.uow(tenant_id) as uow:
                request = await _request(uow, request_id, for_update=True)
                if request.stripe_session_id is None and request.status is PaymentStatus.pending:
                    request.status = PaymentStatus.failed
                    await uow.payments.update_request(request)
            raise InvalidInput(f"Stripe refused the payment: {exc.message}", field="amount") from None
        async with self.uow(tenant_id) as uow:
            request = await _request(uow, request_id, for_update=True)
            if request.stripe_session_id is None:
                request.stripe_session_id, request.payment_url, request.expires_at = stripe_id, url, expires_at
                await uow.payments.set_checkout(request.id, stripe_id, url, expires_at)
                uow.record(_event(request))
        return request

    async def requests(
        self, principal: Principal, status: PaymentStatus | None, session_id: UUID | None, limit: int, before: UUID | None
    ) -> Page:
        principal.require(PAYMENTS_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(lambda n, b: uow.payments.requests(status, session_id, n, b), limit, before)

    async def request(self, principal: Principal, request_id: UUID) -> tuple[PaymentRequest, builtins.list[Refund]]:
        principal.require(PAYMENTS_READ)
        async with self.uow(principal.tenant_id) as uow:
            request = await _request(uow, request_id)
            return request, await uow.payments.refunds(request_id)

    # --- invoices ---------------------------------------------------------------------------------

    async def send_invoice(
        self, principal: Principal, session_id: UUID, email: str, lines: builtins.list[dict[str, Any]], days_until_due: int = 14
    ) -> Invoice:
        """A Stripe invoice for catalogue prices and/or ad-hoc amounts (one currency), finalised and e-mailed to the
        visitor; its hosted page and PDF are posted into the conversation."""
        principal.require(PAYMENTS_REQUEST)
        email = validate_email(email)
        if not 1 <= len(lines) <= 20:
            raise InvalidInput("an invoice has 1 to 20 lines", field="lines")
        if not 1 <= days_until_due <= 90:
            raise InvalidInput("days_until_due is 1 to 90", field="days_until_due")
        async with self.uow(principal.tenant_id) as uow:
            session, _ = await ConversationService.recent_messages(uow, session_id, 0)
            session.check_open_for_messages()
            integration = await uow.payments.integration_for_chatbot(session.chatbot_id)
            secrets = await uow.payments.secrets(integration.id) if integration is not None else None
        if integration is None or secrets is None:
            raise InvalidInput("payments are not set up for this chatbot", field="conversation_id")
        resolved = []
        for i, line in enumerate(lines):
            description = validate_description(line.get("description"))
            price_id = line.get("price_id")
            amount, currency = _within(integration.catalogue, price_id, line.get("amount"), line.get("currency"), f"lines[{i}].")
            resolved.append(InvoiceLine(description, amount, currency, price_id))
        if len({line.currency for line in resolved}) != 1:
            raise InvalidInput("every line of an invoice is in the same currency", field="lines")
        invoice_id = new_id()
        sent = await self._call(self.stripe.send_invoice(
            secrets.secret_key, email, resolved, days_until_due,
            {"parley_invoice": str(invoice_id), "parley_conversation": str(session_id), "parley_chatbot": str(session.chatbot_id)},
            idempotency_key=f"parley-invoice-{invoice_id}",
        ))
        invoice = Invoice(
            id=invoice_id, tenant_id=principal.tenant_id, integration_id=integration.id, chatbot_id=session.chatbot_id,
            session_id=session_id, stripe_invoice_id=sent["id"], number=sent.get("number"),
            description="; ".join(line.description for line in resolved)[:200], amount_due=sent["amount_due"],
            currency=sent["currency"], status=sent["status"], hosted_invoice_url=sent.get("hosted_invoice_url"),
            invoice_pdf=sent.get("invoice_pdf"),
        )
        async with self.uow(principal.tenant_id) as uow:
            await uow.payments.add_invoice(invoice)
            uow.record(_invoice_event(InvoiceSent, invoice))
        return invoice

    async def invoices(self, principal: Principal, session_id: UUID | None, limit: int, before: UUID | None) -> Page:
        principal.require(PAYMENTS_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(lambda n, b: uow.payments.invoices(session_id, n, b), limit, before)

    async def announce_invoice(self, event: InvoiceSent) -> None:
        money = format_amount(event.amount_due, event.currency)
        if isinstance(event, InvoicePaid):
            text = f"Invoice {event.number or ''} paid: {money}. Thank you!"
        else:
            text = (f"Invoice {event.number or ''} for {money} ({event.description}) was sent by e-mail. "
                    f"View and pay: {event.hosted_invoice_url} — PDF: {event.invoice_pdf}")
        await self._post_quietly(
            event.tenant_id, event.conversation_id, " ".join(text.split()), f"inv:{event.invoice_id}:{event.status}",
            {"invoice": {"id": str(event.invoice_id), "number": event.number, "status": event.status, "amount_due": event.amount_due,
                         "currency": event.currency, "url": event.hosted_invoice_url, "pdf": event.invoice_pdf}},
        )

    async def _post_quietly(self, tenant_id: UUID, session_id: UUID, text: str, client_id: str, data: dict[str, Any]) -> None:
        try:
            await self.conversations.post_system(tenant_id, session_id, text, client_id, data)
        except DomainError as exc:  # the conversation was closed (or deleted) since: the status stays in the API
            log.info("payment message not posted to conversation %s: %s", session_id, exc.detail)

    # --- Stripe's side ----------------------------------------------------------------------------

    async def handle_webhook(self, tenant_id: UUID, integration_id: UUID, payload: bytes, signature: str | None) -> str:
        """A Stripe event: verified (BadSignature otherwise), handled once per event id, applied to its
        payment request. Returns what happened (for the log)."""
        async with self.uow(tenant_id) as uow:
            secrets = await uow.payments.secrets(integration_id)
            if secrets is None:
                raise NotFound("no such Stripe integration")
            event = self.stripe.verify_event(payload, signature, secrets.webhook_secret)
            if not await uow.payments.first_time_event(integration_id, event.id, event.type):
                return "duplicate"
            obj = event.object
            if event.type in ("invoice.paid", "invoice.payment_succeeded", "invoice.voided", "invoice.marked_uncollectible"):
                return await self._invoice_event(uow, integration_id, event.type, obj)
            target = {
                "checkout.session.completed": PaymentStatus.paid if obj.get("payment_status") == "paid" else None,
                "checkout.session.async_payment_succeeded": PaymentStatus.paid,
                "checkout.session.async_payment_failed": PaymentStatus.failed,
                "checkout.session.expired": PaymentStatus.expired,
                "charge.refunded": PaymentStatus.refunded,
                "charge.dispute.created": PaymentStatus.disputed,
            }.get(event.type)
            if target is None:
                return "ignored"
            if event.type.startswith("checkout.session."):
                request = await uow.payments.request_by_stripe(integration_id, str(obj.get("id")), None)
            else:
                request = await uow.payments.request_by_stripe(integration_id, None, str(obj.get("payment_intent")))
            if request is None:
                return "unknown"
            request = await _request(uow, request.id, for_update=True)
            refunded = obj.get("amount_refunded") if target is PaymentStatus.refunded else None
            moved = self._move(uow, request, target, payment_intent=obj.get("payment_intent"), amount_refunded=refunded)
            if moved:
                await uow.payments.update_request(request)
            return target.value if moved else "unchanged"

    @staticmethod
    async def _invoice_event(uow: PaymentsUnitOfWork, integration_id: UUID, event_type: str, obj: dict[str, Any]) -> str:
        invoice = await uow.payments.invoice_by_stripe(integration_id, str(obj.get("id")))
        if invoice is None:
            return "unknown"
        status = {"invoice.voided": "void", "invoice.marked_uncollectible": "uncollectible"}.get(event_type, "paid")
        if invoice.status == status or invoice.status == "paid":
            return "unchanged"
        invoice.status = status
        await uow.payments.set_invoice_status(invoice.id, status)
        if status == "paid":
            uow.record(_invoice_event(InvoicePaid, invoice))
        return f"invoice {status}"

    async def reconcile(self, tenant_id: UUID, request_id: UUID) -> str:
        """Ask Stripe where an open request stands and move it there (a missed webhook still ends right)."""
        async with self.uow(tenant_id) as uow:
            request = await _request(uow, request_id)
            secrets = await uow.payments.secrets(request.integration_id)
        if request.status is not PaymentStatus.pending or secrets is None:
            return "closed"
        if request.stripe_session_id is None:
            await self.ensure_checkout(tenant_id, request_id)
            return "created"
        state = await self.stripe.checkout(secrets.secret_key, request.stripe_session_id)
        target = (PaymentStatus.paid if state.status == "complete" and state.payment_status == "paid"
                  else PaymentStatus.expired if state.status == "expired" else None)
        if target is None:
            return "open"
        async with self.uow(tenant_id) as uow:
            request = await _request(uow, request_id, for_update=True)
            if self._move(uow, request, target, payment_intent=state.payment_intent):
                await uow.payments.update_request(request)
                return target.value
        return "unchanged"

    async def refund(
        self, principal: Principal, request_id: UUID, amount: int | None, reason: str
    ) -> tuple[PaymentRequest, Refund]:
        """Refund all that is left of a paid request, or `amount` of it, with Stripe's reason."""
        principal.require(PAYMENTS_REFUND)
        try:
            reason = RefundReason(reason).value
        except ValueError:
            raise InvalidInput(f"reason is one of {', '.join(r.value for r in RefundReason)}", field="reason") from None
        async with self.uow(principal.tenant_id) as uow:
            request = await _request(uow, request_id, for_update=True)  # one refund at a time per request
            if request.status not in (PaymentStatus.paid, PaymentStatus.refunded) or request.payment_intent is None:
                raise Conflict(f"only a paid payment can be refunded (this one is {request.status.value})")
            left = request.amount - request.amount_refunded
            if left <= 0:
                raise Conflict("this payment is already refunded in full")
            amount = left if amount is None else validate_amount(amount)
            if amount > left:
                raise InvalidInput(f"at most {format_amount(left, request.currency)} is left to refund", field="amount")
            secrets = await uow.payments.secrets(request.integration_id)
            if secrets is None:
                raise Conflict("Stripe is disconnected; reconnect it to refund")
            refund_id = new_id()
            stripe_refund = await self._call(self.stripe.refund(
                secrets.secret_key, request.payment_intent, amount, reason, idempotency_key=f"parley-refund-{refund_id}"
            ))
            refund = Refund(refund_id, request.id, stripe_refund, amount, reason)
            await uow.payments.add_refund(refund)
            self._move(uow, request, PaymentStatus.refunded, amount_refunded=request.amount_refunded + amount)
            await uow.payments.update_request(request)
        return request, refund

    @staticmethod
    def _move(
        uow: PaymentsUnitOfWork, request: PaymentRequest, to: PaymentStatus, *, payment_intent: Any = None,
        amount_refunded: Any = None,
    ) -> bool:
        """Move the request to `to` if Stripe's state allows it, recording the `payment.*` event."""
        if to is PaymentStatus.refunded:
            total = amount_refunded if isinstance(amount_refunded, int) else request.amount
            if total <= request.amount_refunded or not can_move(request.status, to):
                return False  # already known (our own refund's webhook) or not refundable
            request.amount_refunded = min(total, request.amount)
        elif not can_move(request.status, to):
            return False
        request.status = to
        if isinstance(payment_intent, str) and payment_intent:
            request.payment_intent = payment_intent
        if to is PaymentStatus.paid:
            request.paid_at = _now()
        uow.record(_event(request))
        return True

    # --- the conversation -------------------------------------------------------------------------

    async def announce(self, event: PaymentRequested) -> None:
        """The conversation's system message for a status (after commit; a repeat is dropped by client_id)."""
        try:
            await self.conversations.post_system(
                event.tenant_id, event.conversation_id, card_text(event),
                f"pay:{event.payment_request_id}:{event.status}:{event.amount_refunded}", card_data(event),
            )
        except DomainError as exc:  # the conversation was closed (or deleted) since: the status stays in the API
            log.info("payment card not posted to conversation %s: %s", event.conversation_id, exc.detail)

    # --- analytics --------------------------------------------------------------------------------

    async def figures(self, principal: Principal, since: datetime, until: datetime) -> builtins.list[dict[str, Any]]:
        """Per chatbot, day (UTC) and currency: requests, paid, conversion, revenue, refunded, time to pay."""
        principal.require(PAYMENTS_READ)
        if until <= since:
            raise InvalidInput("until must be after since", field="until")
        if until - since > timedelta(days=366):
            raise InvalidInput("at most a year at a time", field="since")
        async with self.uow(principal.tenant_id) as uow:
            return await self.figures_in(uow, since, until)

    @staticmethod
    async def figures_in(uow: PaymentsUnitOfWork, since: datetime, until: datetime) -> builtins.list[dict[str, Any]]:
        """The same, inside the caller's unit of work (for the analytics context)."""
        rows = await uow.payments.figures(since, until)
        for row in rows:
            row["conversion"] = round(row["paid"] / row["requests"], 4) if row["requests"] else 0.0
        return rows

    # --- helpers ----------------------------------------------------------------------------------

    async def _secrets(self, tenant_id: UUID, integration_id: UUID) -> StripeSecrets:
        async with self.uow(tenant_id) as uow:
            await _integration(uow, integration_id)
            secrets = await uow.payments.secrets(integration_id)
        if secrets is None:
            raise Conflict("Stripe is disconnected; connect it again first")
        return secrets

    @staticmethod
    async def _call(call: Any, key_field: str | None = None) -> Any:
        try:
            return await call
        except StripeUnreachable:
            raise Unavailable("Stripe is not reachable just now; try again in a moment") from None
        except StripeRefused as exc:
            raise InvalidInput(f"Stripe refused: {exc.message}", field=key_field if exc.auth else None) from None


def _within(catalogue: Catalogue, price_id: Any, amount: Any, currency: Any, prefix: str = "") -> tuple[int, str]:
    """(amount, currency) of a catalogue price, or of an ad-hoc amount inside its currency's range."""
    if price_id is not None:
        if amount is not None or currency is not None:
            raise InvalidInput("give a price_id or an amount with a currency, not both", field=prefix + "price_id")
        price = catalogue.price(price_id) if isinstance(price_id, str) else None
        if price is None:
            raise InvalidInput(f"price {price_id!r} is not in the catalogue", field=prefix + "price_id")
        return price.unit_amount, price.currency
    currency = validate_currency(currency, prefix + "currency")
    amount = validate_amount(amount, prefix + "amount")
    allowed = catalogue.range_for(currency)
    if allowed is None:
        raise InvalidInput(f"ad-hoc amounts in {currency.upper()} are not allowed", field=prefix + "currency")
    if not allowed.min_amount <= amount <= allowed.max_amount:
        raise InvalidInput(
            f"the amount must be between {format_amount(allowed.min_amount, currency)} and "
            f"{format_amount(allowed.max_amount, currency)}", field=prefix + "amount",
        )
    return amount, currency


async def _integration(uow: PaymentsUnitOfWork, integration_id: UUID, *, for_update: bool = False) -> Integration:
    integration = await uow.payments.integration(integration_id, for_update=for_update)
    if integration is None:
        raise NotFound("Stripe integration not found")
    return integration


async def _request(uow: PaymentsUnitOfWork, request_id: UUID, *, for_update: bool = False) -> PaymentRequest:
    request = await uow.payments.request(request_id, for_update=for_update)
    if request is None:
        raise NotFound("payment request not found")
    return request
