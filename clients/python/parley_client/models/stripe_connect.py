from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="StripeConnect")



@_attrs_define
class StripeConnect:
    """ 
        Attributes:
            chatbot_id (UUID):
            secret_key (str): A restricted key (`rk_…`) with write access to Checkout Sessions and Refunds and read access
                to Products and Prices
            webhook_secret (str): The endpoint's signing secret (`whsec_…`)
     """

    chatbot_id: UUID
    secret_key: str
    webhook_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        chatbot_id = str(self.chatbot_id)

        secret_key = self.secret_key

        webhook_secret = self.webhook_secret


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chatbot_id": chatbot_id,
            "secret_key": secret_key,
            "webhook_secret": webhook_secret,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chatbot_id = UUID(d.pop("chatbot_id"))




        secret_key = d.pop("secret_key")

        webhook_secret = d.pop("webhook_secret")

        stripe_connect = cls(
            chatbot_id=chatbot_id,
            secret_key=secret_key,
            webhook_secret=webhook_secret,
        )


        stripe_connect.additional_properties = d
        return stripe_connect

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
