from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.team_create_routing import TeamCreateRouting
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.business_hours import BusinessHours
  from ..models.sla import Sla





T = TypeVar("T", bound="TeamCreate")



@_attrs_define
class TeamCreate:
    """ 
        Attributes:
            name (str):
            business_hours (BusinessHours | None | Unset):
            members (list[UUID] | Unset):
            routing (TeamCreateRouting | Unset):  Default: TeamCreateRouting.LEAST_BUSY.
            sla (None | Sla | Unset):
     """

    name: str
    business_hours: BusinessHours | None | Unset = UNSET
    members: list[UUID] | Unset = UNSET
    routing: TeamCreateRouting | Unset = TeamCreateRouting.LEAST_BUSY
    sla: None | Sla | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.business_hours import BusinessHours # noqa: PLC0415
        from ..models.sla import Sla # noqa: PLC0415
        name = self.name

        business_hours: dict[str, Any] | None | Unset
        if isinstance(self.business_hours, Unset):
            business_hours = UNSET
        elif isinstance(self.business_hours, BusinessHours):
            business_hours = self.business_hours.to_dict()
        else:
            business_hours = self.business_hours

        members: list[str] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = str(members_item_data)
                members.append(members_item)



        routing: str | Unset = UNSET
        if not isinstance(self.routing, Unset):
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
            "name": name,
        })
        if business_hours is not UNSET:
            field_dict["business_hours"] = business_hours
        if members is not UNSET:
            field_dict["members"] = members
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
        name = d.pop("name")

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


        _members = d.pop("members", UNSET)
        members: list[UUID] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = UUID(members_item_data)



                members.append(members_item)


        _routing = d.pop("routing", UNSET)
        routing: TeamCreateRouting | Unset
        if isinstance(_routing,  Unset):
            routing = UNSET
        else:
            routing = TeamCreateRouting(_routing)




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


        team_create = cls(
            name=name,
            business_hours=business_hours,
            members=members,
            routing=routing,
            sla=sla,
        )


        team_create.additional_properties = d
        return team_create

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
