from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.invoice_line_in import InvoiceLineIn





T = TypeVar("T", bound="InvoiceCreate")



@_attrs_define
class InvoiceCreate:
    """ 
        Attributes:
            conversation_id (UUID):
            email (str): Where Stripe e-mails the invoice (not kept by Parley)
            lines (list[InvoiceLineIn]):
            days_until_due (int | Unset):  Default: 14.
     """

    conversation_id: UUID
    email: str
    lines: list[InvoiceLineIn]
    days_until_due: int | Unset = 14
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_line_in import InvoiceLineIn # noqa: PLC0415
        conversation_id = str(self.conversation_id)

        email = self.email

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        days_until_due = self.days_until_due


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "conversation_id": conversation_id,
            "email": email,
            "lines": lines,
        })
        if days_until_due is not UNSET:
            field_dict["days_until_due"] = days_until_due

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line_in import InvoiceLineIn # noqa: PLC0415
        d = dict(src_dict)
        conversation_id = UUID(d.pop("conversation_id"))




        email = d.pop("email")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = InvoiceLineIn.from_dict(lines_item_data)



            lines.append(lines_item)


        days_until_due = d.pop("days_until_due", UNSET)

        invoice_create = cls(
            conversation_id=conversation_id,
            email=email,
            lines=lines,
            days_until_due=days_until_due,
        )


        invoice_create.additional_properties = d
        return invoice_create

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
