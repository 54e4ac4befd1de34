from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.figures import Figures
  from ..models.overview_change import OverviewChange





T = TypeVar("T", bound="Overview")



@_attrs_define
class Overview:
    """ 
        Attributes:
            change (OverviewChange):
            figures (Figures):
            from_ (datetime.date):
            previous (Figures):
            previous_from (datetime.date):
            previous_to (datetime.date):
            time_zone (str):
            to (datetime.date):
     """

    change: OverviewChange
    figures: Figures
    from_: datetime.date
    previous: Figures
    previous_from: datetime.date
    previous_to: datetime.date
    time_zone: str
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.figures import Figures # noqa: PLC0415
        from ..models.overview_change import OverviewChange # noqa: PLC0415
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
        from ..models.figures import Figures # noqa: PLC0415
        from ..models.overview_change import OverviewChange # noqa: PLC0415
        d = dict(src_dict)
        change = OverviewChange.from_dict(d.pop("change"))




        figures = Figures.from_dict(d.pop("figures"))




        from_ = datetime.date.fromisoformat(d.pop("from"))




        previous = Figures.from_dict(d.pop("previous"))




        previous_from = datetime.date.fromisoformat(d.pop("previous_from"))




        previous_to = datetime.date.fromisoformat(d.pop("previous_to"))




        time_zone = d.pop("time_zone")

        to = datetime.date.fromisoformat(d.pop("to"))




        overview = cls(
            change=change,
            figures=figures,
            from_=from_,
            previous=previous,
            previous_from=previous_from,
            previous_to=previous_to,
            time_zone=time_zone,
            to=to,
        )


        overview.additional_properties = d
        return overview

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
