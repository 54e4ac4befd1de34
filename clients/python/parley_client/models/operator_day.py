from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="OperatorDay")



@_attrs_define
class OperatorDay:
    """ 
        Attributes:
            average_response_seconds (float | None):
            chats_handled (int):
            csat (float | None):
            day (datetime.date):
            first_response_seconds (float | None):
            handle_seconds (float | None):
            operator_id (UUID):
            ratings (int):
            resolutions (int):
     """

    average_response_seconds: float | None
    chats_handled: int
    csat: float | None
    day: datetime.date
    first_response_seconds: float | None
    handle_seconds: float | None
    operator_id: UUID
    ratings: int
    resolutions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        average_response_seconds: float | None
        average_response_seconds = self.average_response_seconds

        chats_handled = self.chats_handled

        csat: float | None
        csat = self.csat

        day = self.day.isoformat()

        first_response_seconds: float | None
        first_response_seconds = self.first_response_seconds

        handle_seconds: float | None
        handle_seconds = self.handle_seconds

        operator_id = str(self.operator_id)

        ratings = self.ratings

        resolutions = self.resolutions


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_response_seconds": average_response_seconds,
            "chats_handled": chats_handled,
            "csat": csat,
            "day": day,
            "first_response_seconds": first_response_seconds,
            "handle_seconds": handle_seconds,
            "operator_id": operator_id,
            "ratings": ratings,
            "resolutions": resolutions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_average_response_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_response_seconds = _parse_average_response_seconds(d.pop("average_response_seconds"))


        chats_handled = d.pop("chats_handled")

        def _parse_csat(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        csat = _parse_csat(d.pop("csat"))


        day = datetime.date.fromisoformat(d.pop("day"))




        def _parse_first_response_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        first_response_seconds = _parse_first_response_seconds(d.pop("first_response_seconds"))


        def _parse_handle_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        handle_seconds = _parse_handle_seconds(d.pop("handle_seconds"))


        operator_id = UUID(d.pop("operator_id"))




        ratings = d.pop("ratings")

        resolutions = d.pop("resolutions")

        operator_day = cls(
            average_response_seconds=average_response_seconds,
            chats_handled=chats_handled,
            csat=csat,
            day=day,
            first_response_seconds=first_response_seconds,
            handle_seconds=handle_seconds,
            operator_id=operator_id,
            ratings=ratings,
            resolutions=resolutions,
        )


        operator_day.additional_properties = d
        return operator_day

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
