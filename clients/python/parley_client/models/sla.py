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
  from ..models.escalation_rule import EscalationRule





T = TypeVar("T", bound="Sla")



@_attrs_define
class Sla:
    """ 
        Attributes:
            first_response_seconds (int | None | Unset):
            lead_user_id (None | Unset | UUID):
            rules (list[EscalationRule] | Unset):
     """

    first_response_seconds: int | None | Unset = UNSET
    lead_user_id: None | Unset | UUID = UNSET
    rules: list[EscalationRule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.escalation_rule import EscalationRule # noqa: PLC0415
        first_response_seconds: int | None | Unset
        if isinstance(self.first_response_seconds, Unset):
            first_response_seconds = UNSET
        else:
            first_response_seconds = self.first_response_seconds

        lead_user_id: None | str | Unset
        if isinstance(self.lead_user_id, Unset):
            lead_user_id = UNSET
        elif isinstance(self.lead_user_id, UUID):
            lead_user_id = str(self.lead_user_id)
        else:
            lead_user_id = self.lead_user_id

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if first_response_seconds is not UNSET:
            field_dict["first_response_seconds"] = first_response_seconds
        if lead_user_id is not UNSET:
            field_dict["lead_user_id"] = lead_user_id
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.escalation_rule import EscalationRule # noqa: PLC0415
        d = dict(src_dict)
        def _parse_first_response_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        first_response_seconds = _parse_first_response_seconds(d.pop("first_response_seconds", UNSET))


        def _parse_lead_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_user_id_type_0 = UUID(data)



                return lead_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        lead_user_id = _parse_lead_user_id(d.pop("lead_user_id", UNSET))


        _rules = d.pop("rules", UNSET)
        rules: list[EscalationRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = EscalationRule.from_dict(rules_item_data)



                rules.append(rules_item)


        sla = cls(
            first_response_seconds=first_response_seconds,
            lead_user_id=lead_user_id,
            rules=rules,
        )


        sla.additional_properties = d
        return sla

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
