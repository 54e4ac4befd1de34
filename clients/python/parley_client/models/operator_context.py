from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.operator_context_summary_source import OperatorContextSummarySource
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.earlier_conversation import EarlierConversation
  from ..models.handoff import Handoff
  from ..models.note import Note
  from ..models.operator_context_citations_item import OperatorContextCitationsItem
  from ..models.operator_context_intents_item import OperatorContextIntentsItem
  from ..models.operator_context_sentiment_trend_item import OperatorContextSentimentTrendItem
  from ..models.operator_context_transfers_item import OperatorContextTransfersItem
  from ..models.transcript_event import TranscriptEvent
  from ..models.visitor_sidebar import VisitorSidebar





T = TypeVar("T", bound="OperatorContext")



@_attrs_define
class OperatorContext:
    """ 
        Attributes:
            citations (list[OperatorContextCitationsItem]):
            conversation_id (UUID):
            earlier_conversations (list[EarlierConversation]):
            handoff (Handoff | None):
            intents (list[OperatorContextIntentsItem]):
            language (None | str):
            notes (list[Note]):
            sentiment_trend (list[OperatorContextSentimentTrendItem]):
            status (str):
            summary (str):
            transcript (list[TranscriptEvent]):
            transfers (list[OperatorContextTransfersItem]):
            visitor (None | VisitorSidebar):
            summary_source (OperatorContextSummarySource | Unset):  Default: OperatorContextSummarySource.EXTRACTIVE.
     """

    citations: list[OperatorContextCitationsItem]
    conversation_id: UUID
    earlier_conversations: list[EarlierConversation]
    handoff: Handoff | None
    intents: list[OperatorContextIntentsItem]
    language: None | str
    notes: list[Note]
    sentiment_trend: list[OperatorContextSentimentTrendItem]
    status: str
    summary: str
    transcript: list[TranscriptEvent]
    transfers: list[OperatorContextTransfersItem]
    visitor: None | VisitorSidebar
    summary_source: OperatorContextSummarySource | Unset = OperatorContextSummarySource.EXTRACTIVE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.earlier_conversation import EarlierConversation # noqa: PLC0415
        from ..models.handoff import Handoff # noqa: PLC0415
        from ..models.note import Note # noqa: PLC0415
        from ..models.operator_context_citations_item import OperatorContextCitationsItem # noqa: PLC0415
        from ..models.operator_context_intents_item import OperatorContextIntentsItem # noqa: PLC0415
        from ..models.operator_context_sentiment_trend_item import OperatorContextSentimentTrendItem # noqa: PLC0415
        from ..models.operator_context_transfers_item import OperatorContextTransfersItem # noqa: PLC0415
        from ..models.transcript_event import TranscriptEvent # noqa: PLC0415
        from ..models.visitor_sidebar import VisitorSidebar # noqa: PLC0415
        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)



        conversation_id = str(self.conversation_id)

        earlier_conversations = []
        for earlier_conversations_item_data in self.earlier_conversations:
            earlier_conversations_item = earlier_conversations_item_data.to_dict()
            earlier_conversations.append(earlier_conversations_item)



        handoff: dict[str, Any] | None
        if isinstance(self.handoff, Handoff):
            handoff = self.handoff.to_dict()
        else:
            handoff = self.handoff

        intents = []
        for intents_item_data in self.intents:
            intents_item = intents_item_data.to_dict()
            intents.append(intents_item)



        language: None | str
        language = self.language

        notes = []
        for notes_item_data in self.notes:
            notes_item = notes_item_data.to_dict()
            notes.append(notes_item)



        sentiment_trend = []
        for sentiment_trend_item_data in self.sentiment_trend:
            sentiment_trend_item = sentiment_trend_item_data.to_dict()
            sentiment_trend.append(sentiment_trend_item)



        status = self.status

        summary = self.summary

        transcript = []
        for transcript_item_data in self.transcript:
            transcript_item = transcript_item_data.to_dict()
            transcript.append(transcript_item)



        transfers = []
        for transfers_item_data in self.transfers:
            transfers_item = transfers_item_data.to_dict()
            transfers.append(transfers_item)



        visitor: dict[str, Any] | None
        if isinstance(self.visitor, VisitorSidebar):
            visitor = self.visitor.to_dict()
        else:
            visitor = self.visitor

        summary_source: str | Unset = UNSET
        if not isinstance(self.summary_source, Unset):
            summary_source = self.summary_source.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "citations": citations,
            "conversation_id": conversation_id,
            "earlier_conversations": earlier_conversations,
            "handoff": handoff,
            "intents": intents,
            "language": language,
            "notes": notes,
            "sentiment_trend": sentiment_trend,
            "status": status,
            "summary": summary,
            "transcript": transcript,
            "transfers": transfers,
            "visitor": visitor,
        })
        if summary_source is not UNSET:
            field_dict["summary_source"] = summary_source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.earlier_conversation import EarlierConversation # noqa: PLC0415
        from ..models.handoff import Handoff # noqa: PLC0415
        from ..models.note import Note # noqa: PLC0415
        from ..models.operator_context_citations_item import OperatorContextCitationsItem # noqa: PLC0415
        from ..models.operator_context_intents_item import OperatorContextIntentsItem # noqa: PLC0415
        from ..models.operator_context_sentiment_trend_item import OperatorContextSentimentTrendItem # noqa: PLC0415
        from ..models.operator_context_transfers_item import OperatorContextTransfersItem # noqa: PLC0415
        from ..models.transcript_event import TranscriptEvent # noqa: PLC0415
        from ..models.visitor_sidebar import VisitorSidebar # noqa: PLC0415
        d = dict(src_dict)
        citations = []
        _citations = d.pop("citations")
        for citations_item_data in (_citations):
            citations_item = OperatorContextCitationsItem.from_dict(citations_item_data)



            citations.append(citations_item)


        conversation_id = UUID(d.pop("conversation_id"))




        earlier_conversations = []
        _earlier_conversations = d.pop("earlier_conversations")
        for earlier_conversations_item_data in (_earlier_conversations):
            earlier_conversations_item = EarlierConversation.from_dict(earlier_conversations_item_data)



            earlier_conversations.append(earlier_conversations_item)


        def _parse_handoff(data: object) -> Handoff | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                handoff_type_0 = Handoff.from_dict(data)



                return handoff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Handoff | None, data)

        handoff = _parse_handoff(d.pop("handoff"))


        intents = []
        _intents = d.pop("intents")
        for intents_item_data in (_intents):
            intents_item = OperatorContextIntentsItem.from_dict(intents_item_data)



            intents.append(intents_item)


        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))


        notes = []
        _notes = d.pop("notes")
        for notes_item_data in (_notes):
            notes_item = Note.from_dict(notes_item_data)



            notes.append(notes_item)


        sentiment_trend = []
        _sentiment_trend = d.pop("sentiment_trend")
        for sentiment_trend_item_data in (_sentiment_trend):
            sentiment_trend_item = OperatorContextSentimentTrendItem.from_dict(sentiment_trend_item_data)



            sentiment_trend.append(sentiment_trend_item)


        status = d.pop("status")

        summary = d.pop("summary")

        transcript = []
        _transcript = d.pop("transcript")
        for transcript_item_data in (_transcript):
            transcript_item = TranscriptEvent.from_dict(transcript_item_data)



            transcript.append(transcript_item)


        transfers = []
        _transfers = d.pop("transfers")
        for transfers_item_data in (_transfers):
            transfers_item = OperatorContextTransfersItem.from_dict(transfers_item_data)



            transfers.append(transfers_item)


        def _parse_visitor(data: object) -> None | VisitorSidebar:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visitor_type_0 = VisitorSidebar.from_dict(data)



                return visitor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VisitorSidebar, data)

        visitor = _parse_visitor(d.pop("visitor"))


        _summary_source = d.pop("summary_source", UNSET)
        summary_source: OperatorContextSummarySource | Unset
        if isinstance(_summary_source,  Unset):
            summary_source = UNSET
        else:
            summary_source = OperatorContextSummarySource(_summary_source)




        operator_context = cls(
            citations=citations,
            conversation_id=conversation_id,
            earlier_conversations=earlier_conversations,
            handoff=handoff,
            intents=intents,
            language=language,
            notes=notes,
            sentiment_trend=sentiment_trend,
            status=status,
            summary=summary,
            transcript=transcript,
            transfers=transfers,
            visitor=visitor,
            summary_source=summary_source,
        )


        operator_context.additional_properties = d
        return operator_context

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
