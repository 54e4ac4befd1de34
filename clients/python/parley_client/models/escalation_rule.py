from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.escalation_rule_action import EscalationRuleAction
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="EscalationRule")



@_attrs_define
class EscalationRule:
    """ 
        Attributes:
            action (EscalationRuleAction):
            after_minutes (int):
            message (str | Unset):  Default: ''.
            to_team_id (None | Unset | UUID):
     """

    action: EscalationRuleAction
    after_minutes: int
    message: str | Unset = ''
    to_team_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        after_minutes = self.after_minutes

        message = self.message

        to_team_id: None | str | Unset
        if isinstance(self.to_team_id, Unset):
            to_team_id = UNSET
        elif isinstance(self.to_team_id, UUID):
            to_team_id = str(self.to_team_id)
        else:
            to_team_id = self.to_team_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "after_minutes": after_minutes,
        })
        if message is not UNSET:
            field_dict["message"] = message
        if to_team_id is not UNSET:
            field_dict["to_team_id"] = to_team_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = EscalationRuleAction(d.pop("action"))




        after_minutes = d.pop("after_minutes")

        message = d.pop("message", UNSET)

        def _parse_to_team_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_team_id_type_0 = UUID(data)



                return to_team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        to_team_id = _parse_to_team_id(d.pop("to_team_id", UNSET))


        escalation_rule = cls(
            action=action,
            after_minutes=after_minutes,
            message=message,
            to_team_id=to_team_id,
        )


        escalation_rule.additional_properties = d
        return escalation_rule

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
