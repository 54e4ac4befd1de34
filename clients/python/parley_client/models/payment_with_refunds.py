from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.payment_status import PaymentStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.refund import Refund





T = TypeVar("T", bound="PaymentWithRefunds")



@_attrs_define
class PaymentWithRefunds:
    """ 
        Attributes:
            amount (int): In the currency's minor unit (cents): 1500 is 15.00 EUR
            amount_refunded (int): In the currency's minor unit (cents): 1500 is 15.00 EUR
            chatbot_id (UUID):
            conversation_id (UUID):
            created_at (datetime.datetime):
            currency (str):
            description (str):
            expires_at (datetime.datetime | None):
            id (UUID):
            integration_id (UUID):
            paid_at (datetime.datetime | None):
            payment_url (None | str):
            price_id (None | str):
            refunds (list[Refund]):
            requested_by (str):
            status (PaymentStatus): A payment request's state; Stripe's verified events move it.
            stripe_session_id (None | str):
            updated_at (datetime.datetime):
     """

    amount: int
    amount_refunded: int
    chatbot_id: UUID
    conversation_id: UUID
    created_at: datetime.datetime
    currency: str
    description: str
    expires_at: datetime.datetime | None
    id: UUID
    integration_id: UUID
    paid_at: datetime.datetime | None
    payment_url: None | str
    price_id: None | str
    refunds: list[Refund]
    requested_by: str
    status: PaymentStatus
    stripe_session_id: None | str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.refund import Refund # noqa: PLC0415
        amount = self.amount

        amount_refunded = self.amount_refunded

        chatbot_id = str(self.chatbot_id)

        conversation_id = str(self.conversation_id)

        created_at = self.created_at.isoformat()

        currency = self.currency

        description = self.description

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        id = str(self.id)

        integration_id = str(self.integration_id)

        paid_at: None | str
        if isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        payment_url: None | str
        payment_url = self.payment_url

        price_id: None | str
        price_id = self.price_id

        refunds = []
        for refunds_item_data in self.refunds:
            refunds_item = refunds_item_data.to_dict()
            refunds.append(refunds_item)



        requested_by = self.requested_by

        status = self.status.value

        stripe_session_id: None | str
        stripe_session_id = self.stripe_session_id

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount": amount,
            "amount_refunded": amount_refunded,
            "chatbot_id": chatbot_id,
            "conversation_id": conversation_id,
            "created_at": created_at,
            "currency": currency,
            "description": description,
            "expires_at": expires_at,
            "id": id,
            "integration_id": integration_id,
            "paid_at": paid_at,
            "payment_url": payment_url,
            "price_id": price_id,
            "refunds": refunds,
            "requested_by": requested_by,
            "status": status,
            "stripe_session_id": stripe_session_id,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refund import Refund # noqa: PLC0415
        d = dict(src_dict)
        amount = d.pop("amount")

        amount_refunded = d.pop("amount_refunded")

        chatbot_id = UUID(d.pop("chatbot_id"))




        conversation_id = UUID(d.pop("conversation_id"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        currency = d.pop("currency")

        description = d.pop("description")

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)



                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))


        id = UUID(d.pop("id"))




        integration_id = UUID(d.pop("integration_id"))




        def _parse_paid_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)



                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paid_at = _parse_paid_at(d.pop("paid_at"))


        def _parse_payment_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_url = _parse_payment_url(d.pop("payment_url"))


        def _parse_price_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        price_id = _parse_price_id(d.pop("price_id"))


        refunds = []
        _refunds = d.pop("refunds")
        for refunds_item_data in (_refunds):
            refunds_item = Refund.from_dict(refunds_item_data)



            refunds.append(refunds_item)


        requested_by = d.pop("requested_by")

        status = PaymentStatus(d.pop("status"))




        def _parse_stripe_session_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stripe_session_id = _parse_stripe_session_id(d.pop("stripe_session_id"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        payment_with_refunds = cls(
            amount=amount,
            amount_refunded=amount_refunded,
            chatbot_id=chatbot_id,
            conversation_id=conversation_id,
            created_at=created_at,
            currency=currency,
            description=description,
            expires_at=expires_at,
            id=id,
            integration_id=integration_id,
            paid_at=paid_at,
            payment_url=payment_url,
            price_id=price_id,
            refunds=refunds,
            requested_by=requested_by,
            status=status,
            stripe_session_id=stripe_session_id,
            updated_at=updated_at,
        )


        payment_with_refunds.additional_properties = d
        return payment_with_refunds

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
