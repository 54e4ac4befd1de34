from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="PaymentFigures")



@_attrs_define
class PaymentFigures:
    """ 
        Attributes:
            avg_seconds_to_pay (float | None):
            chatbot_id (UUID):
            conversion (float): paid / requests
            currency (str):
            day (datetime.date):
            median_seconds_to_pay (float | None):
            net_revenue (int): In the currency's minor unit (cents): 1500 is 15.00 EUR
            paid (int):
            refunded (int): In the currency's minor unit (cents): 1500 is 15.00 EUR
            refunds (int):
            requests (int):
            revenue (int): In the currency's minor unit (cents): 1500 is 15.00 EUR
     """

    avg_seconds_to_pay: float | None
    chatbot_id: UUID
    conversion: float
    currency: str
    day: datetime.date
    median_seconds_to_pay: float | None
    net_revenue: int
    paid: int
    refunded: int
    refunds: int
    requests: int
    revenue: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        avg_seconds_to_pay: float | None
        avg_seconds_to_pay = self.avg_seconds_to_pay

        chatbot_id = str(self.chatbot_id)

        conversion = self.conversion

        currency = self.currency

        day = self.day.isoformat()

        median_seconds_to_pay: float | None
        median_seconds_to_pay = self.median_seconds_to_pay

        net_revenue = self.net_revenue

        paid = self.paid

        refunded = self.refunded

        refunds = self.refunds

        requests = self.requests

        revenue = self.revenue


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "avg_seconds_to_pay": avg_seconds_to_pay,
            "chatbot_id": chatbot_id,
            "conversion": conversion,
            "currency": currency,
            "day": day,
            "median_seconds_to_pay": median_seconds_to_pay,
            "net_revenue": net_revenue,
            "paid": paid,
            "refunded": refunded,
            "refunds": refunds,
            "requests": requests,
            "revenue": revenue,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_avg_seconds_to_pay(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_seconds_to_pay = _parse_avg_seconds_to_pay(d.pop("avg_seconds_to_pay"))


        chatbot_id = UUID(d.pop("chatbot_id"))




        conversion = d.pop("conversion")

        currency = d.pop("currency")

        day = datetime.date.fromisoformat(d.pop("day"))




        def _parse_median_seconds_to_pay(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_seconds_to_pay = _parse_median_seconds_to_pay(d.pop("median_seconds_to_pay"))


        net_revenue = d.pop("net_revenue")

        paid = d.pop("paid")

        refunded = d.pop("refunded")

        refunds = d.pop("refunds")

        requests = d.pop("requests")

        revenue = d.pop("revenue")

        payment_figures = cls(
            avg_seconds_to_pay=avg_seconds_to_pay,
            chatbot_id=chatbot_id,
            conversion=conversion,
            currency=currency,
            day=day,
            median_seconds_to_pay=median_seconds_to_pay,
            net_revenue=net_revenue,
            paid=paid,
            refunded=refunded,
            refunds=refunds,
            requests=requests,
            revenue=revenue,
        )


        payment_figures.additional_properties = d
        return payment_figures

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
