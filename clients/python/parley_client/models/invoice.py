from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Invoice")



@_attrs_define
class Invoice:
    """ 
        Attributes:
            amount_due (int): In the currency's minor unit (cents): 1500 is 15.00 EUR
            chatbot_id (UUID):
            conversation_id (UUID):
            created_at (datetime.datetime):
            currency (str):
            description (str):
            hosted_invoice_url (None | str):
            id (UUID):
            integration_id (UUID):
            invoice_pdf (None | str):
            number (None | str):
            status (str): Stripe's: open, paid, void, uncollectible
            stripe_invoice_id (str):
            updated_at (datetime.datetime):
     """

    amount_due: int
    chatbot_id: UUID
    conversation_id: UUID
    created_at: datetime.datetime
    currency: str
    description: str
    hosted_invoice_url: None | str
    id: UUID
    integration_id: UUID
    invoice_pdf: None | str
    number: None | str
    status: str
    stripe_invoice_id: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_due = self.amount_due

        chatbot_id = str(self.chatbot_id)

        conversation_id = str(self.conversation_id)

        created_at = self.created_at.isoformat()

        currency = self.currency

        description = self.description

        hosted_invoice_url: None | str
        hosted_invoice_url = self.hosted_invoice_url

        id = str(self.id)

        integration_id = str(self.integration_id)

        invoice_pdf: None | str
        invoice_pdf = self.invoice_pdf

        number: None | str
        number = self.number

        status = self.status

        stripe_invoice_id = self.stripe_invoice_id

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_due": amount_due,
            "chatbot_id": chatbot_id,
            "conversation_id": conversation_id,
            "created_at": created_at,
            "currency": currency,
            "description": description,
            "hosted_invoice_url": hosted_invoice_url,
            "id": id,
            "integration_id": integration_id,
            "invoice_pdf": invoice_pdf,
            "number": number,
            "status": status,
            "stripe_invoice_id": stripe_invoice_id,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_due = d.pop("amount_due")

        chatbot_id = UUID(d.pop("chatbot_id"))




        conversation_id = UUID(d.pop("conversation_id"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        currency = d.pop("currency")

        description = d.pop("description")

        def _parse_hosted_invoice_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hosted_invoice_url = _parse_hosted_invoice_url(d.pop("hosted_invoice_url"))


        id = UUID(d.pop("id"))




        integration_id = UUID(d.pop("integration_id"))




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

        stripe_invoice_id = d.pop("stripe_invoice_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        invoice = cls(
            amount_due=amount_due,
            chatbot_id=chatbot_id,
            conversation_id=conversation_id,
            created_at=created_at,
            currency=currency,
            description=description,
            hosted_invoice_url=hosted_invoice_url,
            id=id,
            integration_id=integration_id,
            invoice_pdf=invoice_pdf,
            number=number,
            status=status,
            stripe_invoice_id=stripe_invoice_id,
            updated_at=updated_at,
        )


        invoice.additional_properties = d
        return invoice

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
