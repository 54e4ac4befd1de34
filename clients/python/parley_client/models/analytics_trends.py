from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.analytics_anomaly import AnalyticsAnomaly
  from ..models.analytics_trend import AnalyticsTrend





T = TypeVar("T", bound="AnalyticsTrends")



@_attrs_define
class AnalyticsTrends:
    """ 
        Attributes:
            anomalies (list[AnalyticsAnomaly]):
            from_ (datetime.date):
            granularity (str):
            to (datetime.date):
            trends (list[AnalyticsTrend]):
     """

    anomalies: list[AnalyticsAnomaly]
    from_: datetime.date
    granularity: str
    to: datetime.date
    trends: list[AnalyticsTrend]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_anomaly import AnalyticsAnomaly # noqa: PLC0415
        from ..models.analytics_trend import AnalyticsTrend # noqa: PLC0415
        anomalies = []
        for anomalies_item_data in self.anomalies:
            anomalies_item = anomalies_item_data.to_dict()
            anomalies.append(anomalies_item)



        from_ = self.from_.isoformat()

        granularity = self.granularity

        to = self.to.isoformat()

        trends = []
        for trends_item_data in self.trends:
            trends_item = trends_item_data.to_dict()
            trends.append(trends_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "anomalies": anomalies,
            "from": from_,
            "granularity": granularity,
            "to": to,
            "trends": trends,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_anomaly import AnalyticsAnomaly # noqa: PLC0415
        from ..models.analytics_trend import AnalyticsTrend # noqa: PLC0415
        d = dict(src_dict)
        anomalies = []
        _anomalies = d.pop("anomalies")
        for anomalies_item_data in (_anomalies):
            anomalies_item = AnalyticsAnomaly.from_dict(anomalies_item_data)



            anomalies.append(anomalies_item)


        from_ = datetime.date.fromisoformat(d.pop("from"))




        granularity = d.pop("granularity")

        to = datetime.date.fromisoformat(d.pop("to"))




        trends = []
        _trends = d.pop("trends")
        for trends_item_data in (_trends):
            trends_item = AnalyticsTrend.from_dict(trends_item_data)



            trends.append(trends_item)


        analytics_trends = cls(
            anomalies=anomalies,
            from_=from_,
            granularity=granularity,
            to=to,
            trends=trends,
        )


        analytics_trends.additional_properties = d
        return analytics_trends

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
