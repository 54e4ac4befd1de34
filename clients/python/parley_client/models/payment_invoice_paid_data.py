from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="PaymentInvoicePaidData")



@_attrs_define
class PaymentInvoicePaidData:
    """ 
        Attributes:
            amount_due (int):
            chatbot_id (UUID):
            conversation_id (UUID):
            currency (str):
            description (str):
            hosted_invoice_url (None | str):
            invoice_id (UUID):
            invoice_pdf (None | str):
            number (None | str):
            status (str):
     """

    amount_due: int
    chatbot_id: UUID
    conversation_id: UUID
    currency: str
    description: str
    hosted_invoice_url: None | str
    invoice_id: UUID
    invoice_pdf: None | str
    number: None | str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_due = self.amount_due

        chatbot_id = str(self.chatbot_id)

        conversation_id = str(self.conversation_id)

        currency = self.currency

        description = self.description

        hosted_invoice_url: None | str
        hosted_invoice_url = self.hosted_invoice_url

        invoice_id = str(self.invoice_id)

        invoice_pdf: None | str
        invoice_pdf = self.invoice_pdf

        number: None | str
        number = self.number

        status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_due": amount_due,
            "chatbot_id": chatbot_id,
            "conversation_id": conversation_id,
            "currency": currency,
            "description": description,
            "hosted_invoice_url": hosted_invoice_url,
            "invoice_id": invoice_id,
            "invoice_pdf": invoice_pdf,
            "number": number,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_due = d.pop("amount_due")

        chatbot_id = UUID(d.pop("chatbot_id"))




        conversation_id = UUID(d.pop("conversation_id"))




        currency = d.pop("currency")

        description = d.pop("description")

        def _parse_hosted_invoice_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hosted_invoice_url = _parse_hosted_invoice_url(d.pop("hosted_invoice_url"))


        invoice_id = UUID(d.pop("invoice_id"))




        def _parse_invoice_pdf(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invoice_pdf = _parse_invoice_pdf(d.pop("invoice_pdf"))


        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))


        status = d.pop("status")

        payment_invoice_paid_data = cls(
            amount_due=amount_due,
            chatbot_id=chatbot_id,
            conversation_id=conversation_id,
            currency=currency,
            description=description,
            hosted_invoice_url=hosted_invoice_url,
            invoice_id=invoice_id,
            invoice_pdf=invoice_pdf,
            number=number,
            status=status,
        )


        payment_invoice_paid_data.additional_properties = d
        return payment_invoice_paid_data

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
