from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.business_hours import BusinessHours
  from ..models.sla import Sla





T = TypeVar("T", bound="Team")



@_attrs_define
class Team:
    """ 
        Attributes:
            business_hours (BusinessHours | None):
            created_at (datetime.datetime | None):
            id (UUID):
            members (list[UUID]):
            name (str):
            routing (str):
            sla (None | Sla | Unset):
     """

    business_hours: BusinessHours | None
    created_at: datetime.datetime | None
    id: UUID
    members: list[UUID]
    name: str
    routing: str
    sla: None | Sla | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.business_hours import BusinessHours # noqa: PLC0415
        from ..models.sla import Sla # noqa: PLC0415
        business_hours: dict[str, Any] | None
        if isinstance(self.business_hours, BusinessHours):
            business_hours = self.business_hours.to_dict()
        else:
            business_hours = self.business_hours

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        id = str(self.id)

        members = []
        for members_item_data in self.members:
            members_item = str(members_item_data)
            members.append(members_item)



        name = self.name

        routing = self.routing

        sla: dict[str, Any] | None | Unset
        if isinstance(self.sla, Unset):
            sla = UNSET
        elif isinstance(self.sla, Sla):
            sla = self.sla.to_dict()
        else:
            sla = self.sla


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "business_hours": business_hours,
            "created_at": created_at,
            "id": id,
            "members": members,
            "name": name,
            "routing": routing,
        })
        if sla is not UNSET:
            field_dict["sla"] = sla

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_hours import BusinessHours # noqa: PLC0415
        from ..models.sla import Sla # noqa: PLC0415
        d = dict(src_dict)
        def _parse_business_hours(data: object) -> BusinessHours | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_hours_type_0 = BusinessHours.from_dict(data)



                return business_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessHours | None, data)

        business_hours = _parse_business_hours(d.pop("business_hours"))


        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)



                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))


        id = UUID(d.pop("id"))




        members = []
        _members = d.pop("members")
        for members_item_data in (_members):
            members_item = UUID(members_item_data)



            members.append(members_item)


        name = d.pop("name")

        routing = d.pop("routing")

        def _parse_sla(data: object) -> None | Sla | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sla_type_0 = Sla.from_dict(data)



                return sla_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sla | Unset, data)

        sla = _parse_sla(d.pop("sla", UNSET))


        team = cls(
            business_hours=business_hours,
            created_at=created_at,
            id=id,
            members=members,
            name=name,
            routing=routing,
            sla=sla,
        )


        team.additional_properties = d
        return team

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
