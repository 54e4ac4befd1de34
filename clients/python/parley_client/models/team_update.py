from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.team_update_routing_type_0 import TeamUpdateRoutingType0
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.business_hours import BusinessHours
  from ..models.sla import Sla





T = TypeVar("T", bound="TeamUpdate")



@_attrs_define
class TeamUpdate:
    """ 
        Attributes:
            business_hours (BusinessHours | None | Unset):
            members (list[UUID] | Unset):
            name (str | Unset):
            routing (TeamUpdateRoutingType0 | Unset):
            sla (None | Sla | Unset):
     """

    business_hours: BusinessHours | None | Unset = UNSET
    members: list[UUID] | Unset = UNSET
    name: str | Unset = UNSET
    routing: TeamUpdateRoutingType0 | Unset = UNSET
    sla: None | Sla | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.business_hours import BusinessHours # noqa: PLC0415
        from ..models.sla import Sla # noqa: PLC0415
        business_hours: dict[str, Any] | None | Unset
        if isinstance(self.business_hours, Unset):
            business_hours = UNSET
        elif isinstance(self.business_hours, BusinessHours):
            business_hours = self.business_hours.to_dict()
        else:
            business_hours = self.business_hours

        members: list[str] | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        else:
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = str(members_type_0_item_data)
                members.append(members_type_0_item)




        name: str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        routing: str | Unset
        if isinstance(self.routing, Unset):
            routing = UNSET
        else:
            routing = self.routing.value


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
        })
        if business_hours is not UNSET:
            field_dict["business_hours"] = business_hours
        if members is not UNSET:
            field_dict["members"] = members
        if name is not UNSET:
            field_dict["name"] = name
        if routing is not UNSET:
            field_dict["routing"] = routing
        if sla is not UNSET:
            field_dict["sla"] = sla

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_hours import BusinessHours # noqa: PLC0415
        from ..models.sla import Sla # noqa: PLC0415
        d = dict(src_dict)
        def _parse_business_hours(data: object) -> BusinessHours | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_hours_type_0 = BusinessHours.from_dict(data)



                return business_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessHours | None | Unset, data)

        business_hours = _parse_business_hours(d.pop("business_hours", UNSET))


        def _parse_members(data: object) -> list[UUID] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            members_type_0 = []
            _members_type_0 = data
            for members_type_0_item_data in (_members_type_0):
                members_type_0_item = UUID(members_type_0_item_data)



                members_type_0.append(members_type_0_item)

            return members_type_0

        members = _parse_members(d.pop("members", UNSET))


        def _parse_name(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_routing(data: object) -> TeamUpdateRoutingType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            routing_type_0 = TeamUpdateRoutingType0(data)



            return routing_type_0

        routing = _parse_routing(d.pop("routing", UNSET))


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


        team_update = cls(
            business_hours=business_hours,
            members=members,
            name=name,
            routing=routing,
            sla=sla,
        )


        team_update.additional_properties = d
        return team_update

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
