from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.member import Member
  from ..models.tenant import Tenant
  from ..models.tokens import Tokens





T = TypeVar("T", bound="SignUpResult")



@_attrs_define
class SignUpResult:
    """ 
        Attributes:
            access_token (str):
            expires_in (int):
            refresh_token (str):
            tenant (Tenant):
            token_type (str):
            tokens (Tokens):
            user (Member):
     """

    access_token: str
    expires_in: int
    refresh_token: str
    tenant: Tenant
    token_type: str
    tokens: Tokens
    user: Member
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.member import Member # noqa: PLC0415
        from ..models.tenant import Tenant # noqa: PLC0415
        from ..models.tokens import Tokens # noqa: PLC0415
        access_token = self.access_token

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        tenant = self.tenant.to_dict()

        token_type = self.token_type

        tokens = self.tokens.to_dict()

        user = self.user.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "access_token": access_token,
            "expires_in": expires_in,
            "refresh_token": refresh_token,
            "tenant": tenant,
            "token_type": token_type,
            "tokens": tokens,
            "user": user,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member import Member # noqa: PLC0415
        from ..models.tenant import Tenant # noqa: PLC0415
        from ..models.tokens import Tokens # noqa: PLC0415
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        refresh_token = d.pop("refresh_token")

        tenant = Tenant.from_dict(d.pop("tenant"))




        token_type = d.pop("token_type")

        tokens = Tokens.from_dict(d.pop("tokens"))




        user = Member.from_dict(d.pop("user"))




        sign_up_result = cls(
            access_token=access_token,
            expires_in=expires_in,
            refresh_token=refresh_token,
            tenant=tenant,
            token_type=token_type,
            tokens=tokens,
            user=user,
        )


        sign_up_result.additional_properties = d
        return sign_up_result

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
