from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assistant_settings_decline_policy import AssistantSettingsDeclinePolicy
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.custom_intent import CustomIntent





T = TypeVar("T", bound="AssistantSettings")



@_attrs_define
class AssistantSettings:
    """ 
        Attributes:
            answer_while_queued (bool | Unset):  Default: False.
            available_tools (list[str] | Unset):
            custom_intents (list[CustomIntent] | Unset):
            decline_policy (AssistantSettingsDeclinePolicy | Unset):  Default: AssistantSettingsDeclinePolicy.DECLINE.
            disabled_tools (list[str] | Unset):
            faq_cache (bool | Unset):  Default: True.
            faq_threshold (float | Unset):  Default: 0.92.
            handoff_on_negative (bool | Unset):  Default: True.
            intent_threshold (float | Unset):  Default: 0.35.
            negative_threshold (float | Unset):  Default: -0.6.
            remember_past_sessions (bool | Unset):  Default: False.
     """

    answer_while_queued: bool | Unset = False
    available_tools: list[str] | Unset = UNSET
    custom_intents: list[CustomIntent] | Unset = UNSET
    decline_policy: AssistantSettingsDeclinePolicy | Unset = AssistantSettingsDeclinePolicy.DECLINE
    disabled_tools: list[str] | Unset = UNSET
    faq_cache: bool | Unset = True
    faq_threshold: float | Unset = 0.92
    handoff_on_negative: bool | Unset = True
    intent_threshold: float | Unset = 0.35
    negative_threshold: float | Unset = -0.6
    remember_past_sessions: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_intent import CustomIntent # noqa: PLC0415
        answer_while_queued = self.answer_while_queued

        available_tools: list[str] | Unset = UNSET
        if not isinstance(self.available_tools, Unset):
            available_tools = self.available_tools



        custom_intents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_intents, Unset):
            custom_intents = []
            for custom_intents_item_data in self.custom_intents:
                custom_intents_item = custom_intents_item_data.to_dict()
                custom_intents.append(custom_intents_item)



        decline_policy: str | Unset = UNSET
        if not isinstance(self.decline_policy, Unset):
            decline_policy = self.decline_policy.value


        disabled_tools: list[str] | Unset = UNSET
        if not isinstance(self.disabled_tools, Unset):
            disabled_tools = self.disabled_tools



        faq_cache = self.faq_cache

        faq_threshold = self.faq_threshold

        handoff_on_negative = self.handoff_on_negative

        intent_threshold = self.intent_threshold

        negative_threshold = self.negative_threshold

        remember_past_sessions = self.remember_past_sessions


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if answer_while_queued is not UNSET:
            field_dict["answer_while_queued"] = answer_while_queued
        if available_tools is not UNSET:
            field_dict["available_tools"] = available_tools
        if custom_intents is not UNSET:
            field_dict["custom_intents"] = custom_intents
        if decline_policy is not UNSET:
            field_dict["decline_policy"] = decline_policy
        if disabled_tools is not UNSET:
            field_dict["disabled_tools"] = disabled_tools
        if faq_cache is not UNSET:
            field_dict["faq_cache"] = faq_cache
        if faq_threshold is not UNSET:
            field_dict["faq_threshold"] = faq_threshold
        if handoff_on_negative is not UNSET:
            field_dict["handoff_on_negative"] = handoff_on_negative
        if intent_threshold is not UNSET:
            field_dict["intent_threshold"] = intent_threshold
        if negative_threshold is not UNSET:
            field_dict["negative_threshold"] = negative_threshold
        if remember_past_sessions is not UNSET:
            field_dict["remember_past_sessions"] = remember_past_sessions

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_intent import CustomIntent # noqa: PLC0415
        d = dict(src_dict)
        answer_while_queued = d.pop("answer_while_queued", UNSET)

        available_tools = cast(list[str], d.pop("available_tools", UNSET))


        _custom_intents = d.pop("custom_intents", UNSET)
        custom_intents: list[CustomIntent] | Unset = UNSET
        if _custom_intents is not UNSET:
            custom_intents = []
            for custom_intents_item_data in _custom_intents:
                custom_intents_item = CustomIntent.from_dict(custom_intents_item_data)



                custom_intents.append(custom_intents_item)


        _decline_policy = d.pop("decline_policy", UNSET)
        decline_policy: AssistantSettingsDeclinePolicy | Unset
        if isinstance(_decline_policy,  Unset):
            decline_policy = UNSET
        else:
            decline_policy = AssistantSettingsDeclinePolicy(_decline_policy)




        disabled_tools = cast(list[str], d.pop("disabled_tools", UNSET))


        faq_cache = d.pop("faq_cache", UNSET)

        faq_threshold = d.pop("faq_threshold", UNSET)

        handoff_on_negative = d.pop("handoff_on_negative", UNSET)

        intent_threshold = d.pop("intent_threshold", UNSET)

        negative_threshold = d.pop("negative_threshold", UNSET)

        remember_past_sessions = d.pop("remember_past_sessions", UNSET)

        assistant_settings = cls(
            answer_while_queued=answer_while_queued,
            available_tools=available_tools,
            custom_intents=custom_intents,
            decline_policy=decline_policy,
            disabled_tools=disabled_tools,
            faq_cache=faq_cache,
            faq_threshold=faq_threshold,
            handoff_on_negative=handoff_on_negative,
            intent_threshold=intent_threshold,
            negative_threshold=negative_threshold,
            remember_past_sessions=remember_past_sessions,
        )


        assistant_settings.additional_properties = d
        return assistant_settings

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
