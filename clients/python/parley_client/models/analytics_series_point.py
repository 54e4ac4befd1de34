from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsSeriesPoint")



@_attrs_define
class AnalyticsSeriesPoint:
    """ 
        Attributes:
            abandoned (int):
            ai_first_response_ms (float | None):
            ai_resolution_rate (float | None):
            average_duration_s (float | None):
            average_rating (float | None):
            bookings (int):
            conversations (int):
            credits_ (int):
            csat (float | None):
            declined_answers (int):
            handoff_rate (float | None):
            handoffs (int):
            human_first_response_ms (float | None):
            leads (int):
            messages_ai (int):
            messages_human (int):
            messages_visitor (int):
            open_ (int):
            payments (int):
            period (datetime.date):
            ratings (int):
            resolution_rate (float | None):
            resolved (int):
            resolved_by_ai (int):
            resolved_by_human (int):
            started (int):
            unresolved (int):
            average_response_ms (float | None | Unset):
            estimated_savings (float | None | Unset):
     """

    abandoned: int
    ai_first_response_ms: float | None
    ai_resolution_rate: float | None
    average_duration_s: float | None
    average_rating: float | None
    bookings: int
    conversations: int
    credits_: int
    csat: float | None
    declined_answers: int
    handoff_rate: float | None
    handoffs: int
    human_first_response_ms: float | None
    leads: int
    messages_ai: int
    messages_human: int
    messages_visitor: int
    open_: int
    payments: int
    period: datetime.date
    ratings: int
    resolution_rate: float | None
    resolved: int
    resolved_by_ai: int
    resolved_by_human: int
    started: int
    unresolved: int
    average_response_ms: float | None | Unset = UNSET
    estimated_savings: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        abandoned = self.abandoned

        ai_first_response_ms: float | None
        ai_first_response_ms = self.ai_first_response_ms

        ai_resolution_rate: float | None
        ai_resolution_rate = self.ai_resolution_rate

        average_duration_s: float | None
        average_duration_s = self.average_duration_s

        average_rating: float | None
        average_rating = self.average_rating

        bookings = self.bookings

        conversations = self.conversations

        credits_ = self.credits_

        csat: float | None
        csat = self.csat

        declined_answers = self.declined_answers

        handoff_rate: float | None
        handoff_rate = self.handoff_rate

        handoffs = self.handoffs

        human_first_response_ms: float | None
        human_first_response_ms = self.human_first_response_ms

        leads = self.leads

        messages_ai = self.messages_ai

        messages_human = self.messages_human

        messages_visitor = self.messages_visitor

        open_ = self.open_

        payments = self.payments

        period = self.period.isoformat()

        ratings = self.ratings

        resolution_rate: float | None
        resolution_rate = self.resolution_rate

        resolved = self.resolved

        resolved_by_ai = self.resolved_by_ai

        resolved_by_human = self.resolved_by_human

        started = self.started

        unresolved = self.unresolved

        average_response_ms: float | None | Unset
        if isinstance(self.average_response_ms, Unset):
            average_response_ms = UNSET
        else:
            average_response_ms = self.average_response_ms

        estimated_savings: float | None | Unset
        if isinstance(self.estimated_savings, Unset):
            estimated_savings = UNSET
        else:
            estimated_savings = self.estimated_savings


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "abandoned": abandoned,
            "ai_first_response_ms": ai_first_response_ms,
            "ai_resolution_rate": ai_resolution_rate,
            "average_duration_s": average_duration_s,
            "average_rating": average_rating,
            "bookings": bookings,
            "conversations": conversations,
            "credits": credits_,
            "csat": csat,
            "declined_answers": declined_answers,
            "handoff_rate": handoff_rate,
            "handoffs": handoffs,
            "human_first_response_ms": human_first_response_ms,
            "leads": leads,
            "messages_ai": messages_ai,
            "messages_human": messages_human,
            "messages_visitor": messages_visitor,
            "open": open_,
            "payments": payments,
            "period": period,
            "ratings": ratings,
            "resolution_rate": resolution_rate,
            "resolved": resolved,
            "resolved_by_ai": resolved_by_ai,
            "resolved_by_human": resolved_by_human,
            "started": started,
            "unresolved": unresolved,
        })
        if average_response_ms is not UNSET:
            field_dict["average_response_ms"] = average_response_ms
        if estimated_savings is not UNSET:
            field_dict["estimated_savings"] = estimated_savings

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        abandoned = d.pop("abandoned")

        def _parse_ai_first_response_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ai_first_response_ms = _parse_ai_first_response_ms(d.pop("ai_first_response_ms"))


        def _parse_ai_resolution_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ai_resolution_rate = _parse_ai_resolution_rate(d.pop("ai_resolution_rate"))


        def _parse_average_duration_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_duration_s = _parse_average_duration_s(d.pop("average_duration_s"))


        def _parse_average_rating(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_rating = _parse_average_rating(d.pop("average_rating"))


        bookings = d.pop("bookings")

        conversations = d.pop("conversations")

        credits_ = d.pop("credits")

        def _parse_csat(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        csat = _parse_csat(d.pop("csat"))


        declined_answers = d.pop("declined_answers")

        def _parse_handoff_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        handoff_rate = _parse_handoff_rate(d.pop("handoff_rate"))


        handoffs = d.pop("handoffs")

        def _parse_human_first_response_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        human_first_response_ms = _parse_human_first_response_ms(d.pop("human_first_response_ms"))


        leads = d.pop("leads")

        messages_ai = d.pop("messages_ai")

        messages_human = d.pop("messages_human")

        messages_visitor = d.pop("messages_visitor")

        open_ = d.pop("open")

        payments = d.pop("payments")

        period = datetime.date.fromisoformat(d.pop("period"))




        ratings = d.pop("ratings")

        def _parse_resolution_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resolution_rate = _parse_resolution_rate(d.pop("resolution_rate"))


        resolved = d.pop("resolved")

        resolved_by_ai = d.pop("resolved_by_ai")

        resolved_by_human = d.pop("resolved_by_human")

        started = d.pop("started")

        unresolved = d.pop("unresolved")

        def _parse_average_response_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_response_ms = _parse_average_response_ms(d.pop("average_response_ms", UNSET))


        def _parse_estimated_savings(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        estimated_savings = _parse_estimated_savings(d.pop("estimated_savings", UNSET))


        analytics_series_point = cls(
            abandoned=abandoned,
            ai_first_response_ms=ai_first_response_ms,
            ai_resolution_rate=ai_resolution_rate,
            average_duration_s=average_duration_s,
            average_rating=average_rating,
            bookings=bookings,
            conversations=conversations,
            credits_=credits_,
            csat=csat,
            declined_answers=declined_answers,
            handoff_rate=handoff_rate,
            handoffs=handoffs,
            human_first_response_ms=human_first_response_ms,
            leads=leads,
            messages_ai=messages_ai,
            messages_human=messages_human,
            messages_visitor=messages_visitor,
            open_=open_,
            payments=payments,
            period=period,
            ratings=ratings,
            resolution_rate=resolution_rate,
            resolved=resolved,
            resolved_by_ai=resolved_by_ai,
            resolved_by_human=resolved_by_human,
            started=started,
            unresolved=unresolved,
            average_response_ms=average_response_ms,
            estimated_savings=estimated_savings,
        )


        analytics_series_point.additional_properties = d
        return analytics_series_point

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
