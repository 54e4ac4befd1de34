from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.citation import Citation





T = TypeVar("T", bound="Passage")



@_attrs_define
class Passage:
    """ 
        Attributes:
            chunk_id (UUID):
            citation (Citation):
            dense_rank (int | None):
            dense_score (float | None):
            language (str):
            score (float):
            text (str):
            text_rank (int | None):
            text_score (float | None):
     """

    chunk_id: UUID
    citation: Citation
    dense_rank: int | None
    dense_score: float | None
    language: str
    score: float
    text: str
    text_rank: int | None
    text_score: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        chunk_id = str(self.chunk_id)

        citation = self.citation.to_dict()

        dense_rank: int | None
        dense_rank = self.dense_rank

        dense_score: float | None
        dense_score = self.dense_score

        language = self.language

        score = self.score

        text = self.text

        text_rank: int | None
        text_rank = self.text_rank

        text_score: float | None
        text_score = self.text_score


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chunk_id": chunk_id,
            "citation": citation,
            "dense_rank": dense_rank,
            "dense_score": dense_score,
            "language": language,
            "score": score,
            "text": text,
            "text_rank": text_rank,
            "text_score": text_score,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation # noqa: PLC0415
        d = dict(src_dict)
        chunk_id = UUID(d.pop("chunk_id"))




        citation = Citation.from_dict(d.pop("citation"))




        def _parse_dense_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dense_rank = _parse_dense_rank(d.pop("dense_rank"))


        def _parse_dense_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        dense_score = _parse_dense_score(d.pop("dense_score"))


        language = d.pop("language")

        score = d.pop("score")

        text = d.pop("text")

        def _parse_text_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        text_rank = _parse_text_rank(d.pop("text_rank"))


        def _parse_text_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        text_score = _parse_text_score(d.pop("text_score"))


        passage = cls(
            chunk_id=chunk_id,
            citation=citation,
            dense_rank=dense_rank,
            dense_score=dense_score,
            language=language,
            score=score,
            text=text,
            text_rank=text_rank,
            text_score=text_score,
        )


        passage.additional_properties = d
        return passage

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
