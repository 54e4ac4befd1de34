from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="HandoffBreachedData")



@_attrs_define
class HandoffBreachedData:
    """ 
        Attributes:
            action (None | str):
            conversation_id (UUID):
            handoff_id (UUID):
            kind (str):
            rule (str):
            target_seconds (int):
            team_id (None | UUID):
            waited_seconds (float):
     """

    action: None | str
    conversation_id: UUID
    handoff_id: UUID
    kind: str
    rule: str
    target_seconds: int
    team_id: None | UUID
    waited_seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action: None | str
        action = self.action

        conversation_id = str(self.conversation_id)

        handoff_id = str(self.handoff_id)

        kind = self.kind

        rule = self.rule

        target_seconds = self.target_seconds

        team_id: None | str
        if isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        waited_seconds = self.waited_seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "conversation_id": conversation_id,
            "handoff_id": handoff_id,
            "kind": kind,
            "rule": rule,
            "target_seconds": target_seconds,
            "team_id": team_id,
            "waited_seconds": waited_seconds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action = _parse_action(d.pop("action"))


        conversation_id = UUID(d.pop("conversation_id"))




        handoff_id = UUID(d.pop("handoff_id"))




        kind = d.pop("kind")

        rule = d.pop("rule")

        target_seconds = d.pop("target_seconds")

        def _parse_team_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                team_id_type_0 = UUID(data)



                return team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        team_id = _parse_team_id(d.pop("team_id"))


        waited_seconds = d.pop("waited_seconds")

        handoff_breached_data = cls(
            action=action,
            conversation_id=conversation_id,
            handoff_id=handoff_id,
            kind=kind,
            rule=rule,
            target_seconds=target_seconds,
            team_id=team_id,
            waited_seconds=waited_seconds,
        )


        handoff_breached_data.additional_properties = d
        return handoff_breached_data

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
