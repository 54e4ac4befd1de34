from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.analytics_figures import AnalyticsFigures
  from ..models.analytics_overview_change import AnalyticsOverviewChange





T = TypeVar("T", bound="AnalyticsOverview")



@_attrs_define
class AnalyticsOverview:
    """ 
        Attributes:
            change (AnalyticsOverviewChange):
            figures (AnalyticsFigures):
            from_ (datetime.date):
            previous (AnalyticsFigures):
            previous_from (datetime.date):
            previous_to (datetime.date):
            time_zone (str):
            to (datetime.date):
     """

    change: AnalyticsOverviewChange
    figures: AnalyticsFigures
    from_: datetime.date
    previous: AnalyticsFigures
    previous_from: datetime.date
    previous_to: datetime.date
    time_zone: str
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_figures import AnalyticsFigures # noqa: PLC0415
        from ..models.analytics_overview_change import AnalyticsOverviewChange # noqa: PLC0415
        change = self.change.to_dict()

        figures = self.figures.to_dict()

        from_ = self.from_.isoformat()

        previous = self.previous.to_dict()

        previous_from = self.previous_from.isoformat()

        previous_to = self.previous_to.isoformat()

        time_zone = self.time_zone

        to = self.to.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "change": change,
            "figures": figures,
            "from": from_,
            "previous": previous,
            "previous_from": previous_from,
            "previous_to": previous_to,
            "time_zone": time_zone,
            "to": to,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_figures import AnalyticsFigures # noqa: PLC0415
        from ..models.analytics_overview_change import AnalyticsOverviewChange # noqa: PLC0415
        d = dict(src_dict)
        change = AnalyticsOverviewChange.from_dict(d.pop("change"))




        figures = AnalyticsFigures.from_dict(d.pop("figures"))




        from_ = datetime.date.fromisoformat(d.pop("from"))




        previous = AnalyticsFigures.from_dict(d.pop("previous"))




        previous_from = datetime.date.fromisoformat(d.pop("previous_from"))




        previous_to = datetime.date.fromisoformat(d.pop("previous_to"))




        time_zone = d.pop("time_zone")

        to = datetime.date.fromisoformat(d.pop("to"))




        analytics_overview = cls(
            change=change,
            figures=figures,
            from_=from_,
            previous=previous,
            previous_from=previous_from,
            previous_to=previous_to,
            time_zone=time_zone,
            to=to,
        )


        analytics_overview.additional_properties = d
        return analytics_overview

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
