from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Handoff")



@_attrs_define
class Handoff:
    """ 
        Attributes:
            assigned_at (datetime.datetime | None):
            assigned_by (None | str):
            chatbot_id (UUID):
            conversation_id (UUID):
            id (UUID):
            language (None | str):
            operator_id (None | UUID):
            priority (int):
            reason (None | str):
            requested_at (datetime.datetime | None):
            resolution (None | str):
            resolved_at (datetime.datetime | None):
            status (str):
            team_id (None | UUID):
            trigger (str):
     """

    assigned_at: datetime.datetime | None
    assigned_by: None | str
    chatbot_id: UUID
    conversation_id: UUID
    id: UUID
    language: None | str
    operator_id: None | UUID
    priority: int
    reason: None | str
    requested_at: datetime.datetime | None
    resolution: None | str
    resolved_at: datetime.datetime | None
    status: str
    team_id: None | UUID
    trigger: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assigned_at: None | str
        if isinstance(self.assigned_at, datetime.datetime):
            assigned_at = self.assigned_at.isoformat()
        else:
            assigned_at = self.assigned_at

        assigned_by: None | str
        assigned_by = self.assigned_by

        chatbot_id = str(self.chatbot_id)

        conversation_id = str(self.conversation_id)

        id = str(self.id)

        language: None | str
        language = self.language

        operator_id: None | str
        if isinstance(self.operator_id, UUID):
            operator_id = str(self.operator_id)
        else:
            operator_id = self.operator_id

        priority = self.priority

        reason: None | str
        reason = self.reason

        requested_at: None | str
        if isinstance(self.requested_at, datetime.datetime):
            requested_at = self.requested_at.isoformat()
        else:
            requested_at = self.requested_at

        resolution: None | str
        resolution = self.resolution

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        status = self.status

        team_id: None | str
        if isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        trigger = self.trigger


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assigned_at": assigned_at,
            "assigned_by": assigned_by,
            "chatbot_id": chatbot_id,
            "conversation_id": conversation_id,
            "id": id,
            "language": language,
            "operator_id": operator_id,
            "priority": priority,
            "reason": reason,
            "requested_at": requested_at,
            "resolution": resolution,
            "resolved_at": resolved_at,
            "status": status,
            "team_id": team_id,
            "trigger": trigger,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_assigned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_at_type_0 = datetime.datetime.fromisoformat(data)



                return assigned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        assigned_at = _parse_assigned_at(d.pop("assigned_at"))


        def _parse_assigned_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assigned_by = _parse_assigned_by(d.pop("assigned_by"))


        chatbot_id = UUID(d.pop("chatbot_id"))




        conversation_id = UUID(d.pop("conversation_id"))




        id = UUID(d.pop("id"))




        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))


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


        priority = d.pop("priority")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_requested_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_at_type_0 = datetime.datetime.fromisoformat(data)



                return requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        requested_at = _parse_requested_at(d.pop("requested_at"))


        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))


        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)



                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))


        status = d.pop("status")

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


        trigger = d.pop("trigger")

        handoff = cls(
            assigned_at=assigned_at,
            assigned_by=assigned_by,
            chatbot_id=chatbot_id,
            conversation_id=conversation_id,
            id=id,
            language=language,
            operator_id=operator_id,
            priority=priority,
            reason=reason,
            requested_at=requested_at,
            resolution=resolution,
            resolved_at=resolved_at,
            status=status,
            team_id=team_id,
            trigger=trigger,
        )


        handoff.additional_properties = d
        return handoff

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
