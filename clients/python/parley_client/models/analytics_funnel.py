from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.analytics_funnel_step import AnalyticsFunnelStep
  from ..models.widget_page_count import WidgetPageCount





T = TypeVar("T", bound="AnalyticsFunnel")



@_attrs_define
class AnalyticsFunnel:
    """ 
        Attributes:
            bookings (int):
            first_messages (int):
            from_ (datetime.date):
            payments (int):
            steps (list[AnalyticsFunnelStep]):
            to (datetime.date):
            top_pages (list[WidgetPageCount]):
     """

    bookings: int
    first_messages: int
    from_: datetime.date
    payments: int
    steps: list[AnalyticsFunnelStep]
    to: datetime.date
    top_pages: list[WidgetPageCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_funnel_step import AnalyticsFunnelStep # noqa: PLC0415
        from ..models.widget_page_count import WidgetPageCount # noqa: PLC0415
        bookings = self.bookings

        first_messages = self.first_messages

        from_ = self.from_.isoformat()

        payments = self.payments

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)



        to = self.to.isoformat()

        top_pages = []
        for top_pages_item_data in self.top_pages:
            top_pages_item = top_pages_item_data.to_dict()
            top_pages.append(top_pages_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "bookings": bookings,
            "first_messages": first_messages,
            "from": from_,
            "payments": payments,
            "steps": steps,
            "to": to,
            "top_pages": top_pages,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_funnel_step import AnalyticsFunnelStep # noqa: PLC0415
        from ..models.widget_page_count import WidgetPageCount # noqa: PLC0415
        d = dict(src_dict)
        bookings = d.pop("bookings")

        first_messages = d.pop("first_messages")

        from_ = datetime.date.fromisoformat(d.pop("from"))




        payments = d.pop("payments")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in (_steps):
            steps_item = AnalyticsFunnelStep.from_dict(steps_item_data)



            steps.append(steps_item)


        to = datetime.date.fromisoformat(d.pop("to"))




        top_pages = []
        _top_pages = d.pop("top_pages")
        for top_pages_item_data in (_top_pages):
            top_pages_item = WidgetPageCount.from_dict(top_pages_item_data)



            top_pages.append(top_pages_item)


        analytics_funnel = cls(
            bookings=bookings,
            first_messages=first_messages,
            from_=from_,
            payments=payments,
            steps=steps,
            to=to,
            top_pages=top_pages,
        )


        analytics_funnel.additional_properties = d
        return analytics_funnel

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
