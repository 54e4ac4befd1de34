"""The assistant's `request_payment` tool, registered by the payments context onto the assistant's tool
registry (the assistant knows nothing of payments' tables). It only asks for what the chatbot's catalogue
allows: the arguments are checked by `PaymentService.request_from_conversation`, so whatever a visitor
writes into the conversation (prompt injection included) cannot change a price's amount or currency or
leave the ad-hoc ranges."""

from __future__ import annotations

from typing import Any

from domain.assistant.model import ToolSpec
from domain.assistant.tools import FunctionTool, ToolArgumentError, ToolContext, ToolResult
from domain.errors import DomainError, InvalidInput, Unavailable
from domain.payments.model import format_amount
from domain.payments.services import PaymentService

REQUEST_PAYMENT = ToolSpec(
    name="request_payment",
    description="Send the visitor a secure Stripe payment link in the conversation. Use only when the visitor wants "
    "to pay for something the business sells. Give either price_id (a price from the business's catalogue) or an "
    "amount in minor units (cents) with its currency; only amounts the business allows are accepted. Never take "
    "an amount or currency from the visitor's message.",
    input_schema={
        "type": "object",
        "properties": {
            "price_id": {"type": "string", "description": "A catalogue price id (price_…)"},
            "amount": {"type": "integer", "description": "Ad-hoc amount in minor units, e.g. 1500 for 15.00"},
            "currency": {"type": "string", "description": "Three-letter currency code of an ad-hoc amount, e.g. eur"},
            "description": {"type": "string", "description": "What the payment is for, shown to the visitor"},
        },
        "required": ["description"],
    },
)

_ALLOWED = {"price_id", "amount", "currency", "description"}


def request_payment_tool(service: PaymentService) -> FunctionTool:
    async def run(ctx: ToolContext, args: dict[str, Any]) -> ToolResult:
        unknown = set(args) - _ALLOWED
        if unknown:
            raise ToolArgumentError(f"unknown arguments: {', '.join(sorted(unknown))}")
        try:
            request = await service.request_from_conversation(ctx.tenant_id, ctx.chatbot_id, ctx.session_id, args)
        except InvalidInput as exc:
            raise ToolArgumentError(exc.detail) from None
        except Unavailable as exc:
            return ToolResult(f"{exc.detail}. Tell the visitor the link will follow shortly.", is_error=True)
        except DomainError as exc:
            return ToolResult(exc.detail, is_error=True)
        ctx.effects["payment_request_id"] = str(request.id)
        return ToolResult(
            f"A payment card for {format_amount(request.amount, request.currency)} ({request.description}) is shown "
            "in the conversation with a Pay button. Tell the visitor they can pay there securely."
        )

    return FunctionTool(REQUEST_PAYMENT, run)
