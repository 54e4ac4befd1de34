from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.catalogue import Catalogue





T = TypeVar("T", bound="StripeIntegration")



@_attrs_define
class StripeIntegration:
    """ 
        Attributes:
            active (bool):
            catalogue (Catalogue):
            chatbot_id (UUID):
            created_at (datetime.datetime):
            id (UUID):
            key_hint (str): The key's first and last characters; the key is never returned
            livemode (bool):
            type_ (str):
            updated_at (datetime.datetime):
            webhook_path (str): Give Stripe this path (on this API's host) as the webhook endpoint
     """

    active: bool
    catalogue: Catalogue
    chatbot_id: UUID
    created_at: datetime.datetime
    id: UUID
    key_hint: str
    livemode: bool
    type_: str
    updated_at: datetime.datetime
    webhook_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogue import Catalogue # noqa: PLC0415
        active = self.active

        catalogue = self.catalogue.to_dict()

        chatbot_id = str(self.chatbot_id)

        created_at = self.created_at.isoformat()

        id = str(self.id)

        key_hint = self.key_hint

        livemode = self.livemode

        type_ = self.type_

        updated_at = self.updated_at.isoformat()

        webhook_path = self.webhook_path


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "catalogue": catalogue,
            "chatbot_id": chatbot_id,
            "created_at": created_at,
            "id": id,
            "key_hint": key_hint,
            "livemode": livemode,
            "type": type_,
            "updated_at": updated_at,
            "webhook_path": webhook_path,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalogue import Catalogue # noqa: PLC0415
        d = dict(src_dict)
        active = d.pop("active")

        catalogue = Catalogue.from_dict(d.pop("catalogue"))




        chatbot_id = UUID(d.pop("chatbot_id"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        key_hint = d.pop("key_hint")

        livemode = d.pop("livemode")

        type_ = d.pop("type")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        webhook_path = d.pop("webhook_path")

        stripe_integration = cls(
            active=active,
            catalogue=catalogue,
            chatbot_id=chatbot_id,
            created_at=created_at,
            id=id,
            key_hint=key_hint,
            livemode=livemode,
            type_=type_,
            updated_at=updated_at,
            webhook_path=webhook_path,
        )


        stripe_integration.additional_properties = d
        return stripe_integration

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
