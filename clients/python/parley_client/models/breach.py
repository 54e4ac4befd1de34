from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Breach")



@_attrs_define
class Breach:
    """ 
        Attributes:
            action (None | str):
            conversation_id (UUID):
            created_at (datetime.datetime | None):
            handoff_id (UUID):
            id (UUID):
            kind (str):
            operator_id (None | UUID):
            rule (str):
            target_seconds (int):
            team_id (None | UUID):
            waited_seconds (float):
     """

    action: None | str
    conversation_id: UUID
    created_at: datetime.datetime | None
    handoff_id: UUID
    id: UUID
    kind: str
    operator_id: None | UUID
    rule: str
    target_seconds: int
    team_id: None | UUID
    waited_seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action: None | str
        action = self.action

        conversation_id = str(self.conversation_id)

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        handoff_id = str(self.handoff_id)

        id = str(self.id)

        kind = self.kind

        operator_id: None | str
        if isinstance(self.operator_id, UUID):
            operator_id = str(self.operator_id)
        else:
            operator_id = self.operator_id

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
            "created_at": created_at,
            "handoff_id": handoff_id,
            "id": id,
            "kind": kind,
            "operator_id": operator_id,
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


        handoff_id = UUID(d.pop("handoff_id"))




        id = UUID(d.pop("id"))




        kind = d.pop("kind")

        def _parse_operator_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_id_type_0 = UUID(data)



                return operator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        operator_id = _parse_operator_id(d.pop("operator_id"))


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

        breach = cls(
            action=action,
            conversation_id=conversation_id,
            created_at=created_at,
            handoff_id=handoff_id,
            id=id,
            kind=kind,
            operator_id=operator_id,
            rule=rule,
            target_seconds=target_seconds,
            team_id=team_id,
            waited_seconds=waited_seconds,
        )


        breach.additional_properties = d
        return breach

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
