from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.sentiment_rule import SentimentRule
  from ..models.vip_rule import VipRule





T = TypeVar("T", bound="HandoffSettings")



@_attrs_define
class HandoffSettings:
    """ 
        Attributes:
            ai_failures (int | Unset):  Default: 2.
            away_message (str | Unset):  Default: ''.
            csat (bool | Unset):  Default: True.
            enabled (bool | Unset):  Default: True.
            intents (list[str] | Unset): e.g. billing_dispute, cancellation, complaint
            max_ai_turns (int | None | Unset):
            negative_sentiment (None | SentimentRule | Unset):
            person_intent (bool | Unset):  Default: True.
            phrases (list[str] | Unset):
            priority (int | Unset):  Default: 0.
            team_id (None | Unset | UUID):
            vip (None | Unset | VipRule):
     """

    ai_failures: int | Unset = 2
    away_message: str | Unset = ''
    csat: bool | Unset = True
    enabled: bool | Unset = True
    intents: list[str] | Unset = UNSET
    max_ai_turns: int | None | Unset = UNSET
    negative_sentiment: None | SentimentRule | Unset = UNSET
    person_intent: bool | Unset = True
    phrases: list[str] | Unset = UNSET
    priority: int | Unset = 0
    team_id: None | Unset | UUID = UNSET
    vip: None | Unset | VipRule = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.sentiment_rule import SentimentRule # noqa: PLC0415
        from ..models.vip_rule import VipRule # noqa: PLC0415
        ai_failures = self.ai_failures

        away_message = self.away_message

        csat = self.csat

        enabled = self.enabled

        intents: list[str] | Unset = UNSET
        if not isinstance(self.intents, Unset):
            intents = self.intents



        max_ai_turns: int | None | Unset
        if isinstance(self.max_ai_turns, Unset):
            max_ai_turns = UNSET
        else:
            max_ai_turns = self.max_ai_turns

        negative_sentiment: dict[str, Any] | None | Unset
        if isinstance(self.negative_sentiment, Unset):
            negative_sentiment = UNSET
        elif isinstance(self.negative_sentiment, SentimentRule):
            negative_sentiment = self.negative_sentiment.to_dict()
        else:
            negative_sentiment = self.negative_sentiment

        person_intent = self.person_intent

        phrases: list[str] | Unset = UNSET
        if not isinstance(self.phrases, Unset):
            phrases = self.phrases



        priority = self.priority

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        elif isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        vip: dict[str, Any] | None | Unset
        if isinstance(self.vip, Unset):
            vip = UNSET
        elif isinstance(self.vip, VipRule):
            vip = self.vip.to_dict()
        else:
            vip = self.vip


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if ai_failures is not UNSET:
            field_dict["ai_failures"] = ai_failures
        if away_message is not UNSET:
            field_dict["away_message"] = away_message
        if csat is not UNSET:
            field_dict["csat"] = csat
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if intents is not UNSET:
            field_dict["intents"] = intents
        if max_ai_turns is not UNSET:
            field_dict["max_ai_turns"] = max_ai_turns
        if negative_sentiment is not UNSET:
            field_dict["negative_sentiment"] = negative_sentiment
        if person_intent is not UNSET:
            field_dict["person_intent"] = person_intent
        if phrases is not UNSET:
            field_dict["phrases"] = phrases
        if priority is not UNSET:
            field_dict["priority"] = priority
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if vip is not UNSET:
            field_dict["vip"] = vip

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sentiment_rule import SentimentRule # noqa: PLC0415
        from ..models.vip_rule import VipRule # noqa: PLC0415
        d = dict(src_dict)
        ai_failures = d.pop("ai_failures", UNSET)

        away_message = d.pop("away_message", UNSET)

        csat = d.pop("csat", UNSET)

        enabled = d.pop("enabled", UNSET)

        intents = cast(list[str], d.pop("intents", UNSET))


        def _parse_max_ai_turns(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_ai_turns = _parse_max_ai_turns(d.pop("max_ai_turns", UNSET))


        def _parse_negative_sentiment(data: object) -> None | SentimentRule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                negative_sentiment_type_0 = SentimentRule.from_dict(data)



                return negative_sentiment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SentimentRule | Unset, data)

        negative_sentiment = _parse_negative_sentiment(d.pop("negative_sentiment", UNSET))


        person_intent = d.pop("person_intent", UNSET)

        phrases = cast(list[str], d.pop("phrases", UNSET))


        priority = d.pop("priority", UNSET)

        def _parse_team_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                team_id_type_0 = UUID(data)



                return team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))


        def _parse_vip(data: object) -> None | Unset | VipRule:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vip_type_0 = VipRule.from_dict(data)



                return vip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VipRule, data)

        vip = _parse_vip(d.pop("vip", UNSET))


        handoff_settings = cls(
            ai_failures=ai_failures,
            away_message=away_message,
            csat=csat,
            enabled=enabled,
            intents=intents,
            max_ai_turns=max_ai_turns,
            negative_sentiment=negative_sentiment,
            person_intent=person_intent,
            phrases=phrases,
            priority=priority,
            team_id=team_id,
            vip=vip,
        )


        handoff_settings.additional_properties = d
        return handoff_settings

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
