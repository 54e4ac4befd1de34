from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.analytics_knowledge_gap_reasons import AnalyticsKnowledgeGapReasons





T = TypeVar("T", bound="AnalyticsKnowledgeGap")



@_attrs_define
class AnalyticsKnowledgeGap:
    """ 
        Attributes:
            count (int):
            example (str):
            examples (list[str]):
            reasons (AnalyticsKnowledgeGapReasons):
            suggested_article (str):
     """

    count: int
    example: str
    examples: list[str]
    reasons: AnalyticsKnowledgeGapReasons
    suggested_article: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_knowledge_gap_reasons import AnalyticsKnowledgeGapReasons # noqa: PLC0415
        count = self.count

        example = self.example

        examples = self.examples



        reasons = self.reasons.to_dict()

        suggested_article = self.suggested_article


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "example": example,
            "examples": examples,
            "reasons": reasons,
            "suggested_article": suggested_article,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_knowledge_gap_reasons import AnalyticsKnowledgeGapReasons # noqa: PLC0415
        d = dict(src_dict)
        count = d.pop("count")

        example = d.pop("example")

        examples = cast(list[str], d.pop("examples"))


        reasons = AnalyticsKnowledgeGapReasons.from_dict(d.pop("reasons"))




        suggested_article = d.pop("suggested_article")

        analytics_knowledge_gap = cls(
            count=count,
            example=example,
            examples=examples,
            reasons=reasons,
            suggested_article=suggested_article,
        )


        analytics_knowledge_gap.additional_properties = d
        return analytics_knowledge_gap

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
