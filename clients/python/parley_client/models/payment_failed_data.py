from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="PaymentFailedData")



@_attrs_define
class PaymentFailedData:
    """ 
        Attributes:
            amount (int):
            amount_refunded (int):
            chatbot_id (UUID):
            conversation_id (UUID):
            currency (str):
            description (str):
            paid_at (None | str):
            payment_request_id (UUID):
            payment_url (None | str):
            requested_by (str):
            status (str):
     """

    amount: int
    amount_refunded: int
    chatbot_id: UUID
    conversation_id: UUID
    currency: str
    description: str
    paid_at: None | str
    payment_request_id: UUID
    payment_url: None | str
    requested_by: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        amount_refunded = self.amount_refunded

        chatbot_id = str(self.chatbot_id)

        conversation_id = str(self.conversation_id)

        currency = self.currency

        description = self.description

        paid_at: None | str
        paid_at = self.paid_at

        payment_request_id = str(self.payment_request_id)

        payment_url: None | str
        payment_url = self.payment_url

        requested_by = self.requested_by

        status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount": amount,
            "amount_refunded": amount_refunded,
            "chatbot_id": chatbot_id,
            "conversation_id": conversation_id,
            "currency": currency,
            "description": description,
            "paid_at": paid_at,
            "payment_request_id": payment_request_id,
            "payment_url": payment_url,
            "requested_by": requested_by,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        amount_refunded = d.pop("amount_refunded")

        chatbot_id = UUID(d.pop("chatbot_id"))




        conversation_id = UUID(d.pop("conversation_id"))




        currency = d.pop("currency")

        description = d.pop("description")

        def _parse_paid_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        paid_at = _parse_paid_at(d.pop("paid_at"))


        payment_request_id = UUID(d.pop("payment_request_id"))




        def _parse_payment_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_url = _parse_payment_url(d.pop("payment_url"))


        requested_by = d.pop("requested_by")

        status = d.pop("status")

        payment_failed_data = cls(
            amount=amount,
            amount_refunded=amount_refunded,
            chatbot_id=chatbot_id,
            conversation_id=conversation_id,
            currency=currency,
            description=description,
            paid_at=paid_at,
            payment_request_id=payment_request_id,
            payment_url=payment_url,
            requested_by=requested_by,
            status=status,
        )


        payment_failed_data.additional_properties = d
        return payment_failed_data

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
