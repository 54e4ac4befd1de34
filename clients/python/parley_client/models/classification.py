from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.classification_source import ClassificationSource
from typing import cast

if TYPE_CHECKING:
  from ..models.intent_score import IntentScore
  from ..models.sentiment_out import SentimentOut





T = TypeVar("T", bound="Classification")



@_attrs_define
class Classification:
    """ 
        Attributes:
            alternatives (list[IntentScore]):
            confidence (float):
            custom (bool):
            detected_language (None | str):
            intent (str):
            language (str):
            language_confidence (float):
            sentiment (SentimentOut):
            source (ClassificationSource):
     """

    alternatives: list[IntentScore]
    confidence: float
    custom: bool
    detected_language: None | str
    intent: str
    language: str
    language_confidence: float
    sentiment: SentimentOut
    source: ClassificationSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.intent_score import IntentScore # noqa: PLC0415
        from ..models.sentiment_out import SentimentOut # noqa: PLC0415
        alternatives = []
        for alternatives_item_data in self.alternatives:
            alternatives_item = alternatives_item_data.to_dict()
            alternatives.append(alternatives_item)



        confidence = self.confidence

        custom = self.custom

        detected_language: None | str
        detected_language = self.detected_language

        intent = self.intent

        language = self.language

        language_confidence = self.language_confidence

        sentiment = self.sentiment.to_dict()

        source = self.source.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "alternatives": alternatives,
            "confidence": confidence,
            "custom": custom,
            "detected_language": detected_language,
            "intent": intent,
            "language": language,
            "language_confidence": language_confidence,
            "sentiment": sentiment,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_score import IntentScore # noqa: PLC0415
        from ..models.sentiment_out import SentimentOut # noqa: PLC0415
        d = dict(src_dict)
        alternatives = []
        _alternatives = d.pop("alternatives")
        for alternatives_item_data in (_alternatives):
            alternatives_item = IntentScore.from_dict(alternatives_item_data)



            alternatives.append(alternatives_item)


        confidence = d.pop("confidence")

        custom = d.pop("custom")

        def _parse_detected_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detected_language = _parse_detected_language(d.pop("detected_language"))


        intent = d.pop("intent")

        language = d.pop("language")

        language_confidence = d.pop("language_confidence")

        sentiment = SentimentOut.from_dict(d.pop("sentiment"))




        source = ClassificationSource(d.pop("source"))




        classification = cls(
            alternatives=alternatives,
            confidence=confidence,
            custom=custom,
            detected_language=detected_language,
            intent=intent,
            language=language,
            language_confidence=language_confidence,
            sentiment=sentiment,
            source=source,
        )


        classification.additional_properties = d
        return classification

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
