from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.session_status import SessionStatus
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Session")



@_attrs_define
class Session:
    """ 
        Attributes:
            assigned_user_id (None | UUID):
            chatbot_id (UUID):
            csat_comment (None | str):
            csat_rating (int | None):
            ended_at (datetime.datetime | None):
            id (UUID):
            language (None | str):
            last_event_at (datetime.datetime | None):
            last_seq (int):
            message_count (int):
            rated_at (datetime.datetime | None):
            review_comment (None | str):
            review_rating (int | None):
            reviewed_at (datetime.datetime | None):
            started_at (datetime.datetime):
            status (SessionStatus): A conversation's status. An enum, so the spec names it once for fields and filters.
            visitor_id (UUID):
     """

    assigned_user_id: None | UUID
    chatbot_id: UUID
    csat_comment: None | str
    csat_rating: int | None
    ended_at: datetime.datetime | None
    id: UUID
    language: None | str
    last_event_at: datetime.datetime | None
    last_seq: int
    message_count: int
    rated_at: datetime.datetime | None
    review_comment: None | str
    review_rating: int | None
    reviewed_at: datetime.datetime | None
    started_at: datetime.datetime
    status: SessionStatus
    visitor_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assigned_user_id: None | str
        if isinstance(self.assigned_user_id, UUID):
            assigned_user_id = str(self.assigned_user_id)
        else:
            assigned_user_id = self.assigned_user_id

        chatbot_id = str(self.chatbot_id)

        csat_comment: None | str
        csat_comment = self.csat_comment

        csat_rating: int | None
        csat_rating = self.csat_rating

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        id = str(self.id)

        language: None | str
        language = self.language

        last_event_at: None | str
        if isinstance(self.last_event_at, datetime.datetime):
            last_event_at = self.last_event_at.isoformat()
        else:
            last_event_at = self.last_event_at

        last_seq = self.last_seq

        message_count = self.message_count

        rated_at: None | str
        if isinstance(self.rated_at, datetime.datetime):
            rated_at = self.rated_at.isoformat()
        else:
            rated_at = self.rated_at

        review_comment: None | str
        review_comment = self.review_comment

        review_rating: int | None
        review_rating = self.review_rating

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        started_at = self.started_at.isoformat()

        status = self.status.value

        visitor_id = str(self.visitor_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assigned_user_id": assigned_user_id,
            "chatbot_id": chatbot_id,
            "csat_comment": csat_comment,
            "csat_rating": csat_rating,
            "ended_at": ended_at,
            "id": id,
            "language": language,
            "last_event_at": last_event_at,
            "last_seq": last_seq,
            "message_count": message_count,
            "rated_at": rated_at,
            "review_comment": review_comment,
            "review_rating": review_rating,
            "reviewed_at": reviewed_at,
            "started_at": started_at,
            "status": status,
            "visitor_id": visitor_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_assigned_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_user_id_type_0 = UUID(data)



                return assigned_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assigned_user_id = _parse_assigned_user_id(d.pop("assigned_user_id"))


        chatbot_id = UUID(d.pop("chatbot_id"))




        def _parse_csat_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        csat_comment = _parse_csat_comment(d.pop("csat_comment"))


        def _parse_csat_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        csat_rating = _parse_csat_rating(d.pop("csat_rating"))


        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)



                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))


        id = UUID(d.pop("id"))




        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))


        def _parse_last_event_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_event_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_event_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_event_at = _parse_last_event_at(d.pop("last_event_at"))


        last_seq = d.pop("last_seq")

        message_count = d.pop("message_count")

        def _parse_rated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rated_at_type_0 = datetime.datetime.fromisoformat(data)



                return rated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        rated_at = _parse_rated_at(d.pop("rated_at"))


        def _parse_review_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_comment = _parse_review_comment(d.pop("review_comment"))


        def _parse_review_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        review_rating = _parse_review_rating(d.pop("review_rating"))


        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)



                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))


        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))




        status = SessionStatus(d.pop("status"))




        visitor_id = UUID(d.pop("visitor_id"))




        session = cls(
            assigned_user_id=assigned_user_id,
            chatbot_id=chatbot_id,
            csat_comment=csat_comment,
            csat_rating=csat_rating,
            ended_at=ended_at,
            id=id,
            language=language,
            last_event_at=last_event_at,
            last_seq=last_seq,
            message_count=message_count,
            rated_at=rated_at,
            review_comment=review_comment,
            review_rating=review_rating,
            reviewed_at=reviewed_at,
            started_at=started_at,
            status=status,
            visitor_id=visitor_id,
        )


        session.additional_properties = d
        return session

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
