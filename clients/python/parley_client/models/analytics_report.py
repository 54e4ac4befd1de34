from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_report_kind import AnalyticsReportKind
from ..models.analytics_report_status import AnalyticsReportStatus
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="AnalyticsReport")



@_attrs_define
class AnalyticsReport:
    """ 
        Attributes:
            attempts (int):
            chatbot_id (None | UUID):
            created_at (datetime.datetime):
            csv_bytes (int | None):
            csv_url (None | str):
            error (None | str):
            finished_at (datetime.datetime | None):
            from_ (datetime.date):
            id (UUID):
            kind (AnalyticsReportKind):
            pdf_bytes (int | None):
            pdf_url (None | str):
            status (AnalyticsReportStatus):
            time_zone (str):
            to (datetime.date):
     """

    attempts: int
    chatbot_id: None | UUID
    created_at: datetime.datetime
    csv_bytes: int | None
    csv_url: None | str
    error: None | str
    finished_at: datetime.datetime | None
    from_: datetime.date
    id: UUID
    kind: AnalyticsReportKind
    pdf_bytes: int | None
    pdf_url: None | str
    status: AnalyticsReportStatus
    time_zone: str
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        chatbot_id: None | str
        if isinstance(self.chatbot_id, UUID):
            chatbot_id = str(self.chatbot_id)
        else:
            chatbot_id = self.chatbot_id

        created_at = self.created_at.isoformat()

        csv_bytes: int | None
        csv_bytes = self.csv_bytes

        csv_url: None | str
        csv_url = self.csv_url

        error: None | str
        error = self.error

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        from_ = self.from_.isoformat()

        id = str(self.id)

        kind = self.kind.value

        pdf_bytes: int | None
        pdf_bytes = self.pdf_bytes

        pdf_url: None | str
        pdf_url = self.pdf_url

        status = self.status.value

        time_zone = self.time_zone

        to = self.to.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempts": attempts,
            "chatbot_id": chatbot_id,
            "created_at": created_at,
            "csv_bytes": csv_bytes,
            "csv_url": csv_url,
            "error": error,
            "finished_at": finished_at,
            "from": from_,
            "id": id,
            "kind": kind,
            "pdf_bytes": pdf_bytes,
            "pdf_url": pdf_url,
            "status": status,
            "time_zone": time_zone,
            "to": to,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempts = d.pop("attempts")

        def _parse_chatbot_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chatbot_id_type_0 = UUID(data)



                return chatbot_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        chatbot_id = _parse_chatbot_id(d.pop("chatbot_id"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_csv_bytes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        csv_bytes = _parse_csv_bytes(d.pop("csv_bytes"))


        def _parse_csv_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        csv_url = _parse_csv_url(d.pop("csv_url"))


        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))


        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        from_ = datetime.date.fromisoformat(d.pop("from"))




        id = UUID(d.pop("id"))




        kind = AnalyticsReportKind(d.pop("kind"))




        def _parse_pdf_bytes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pdf_bytes = _parse_pdf_bytes(d.pop("pdf_bytes"))


        def _parse_pdf_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pdf_url = _parse_pdf_url(d.pop("pdf_url"))


        status = AnalyticsReportStatus(d.pop("status"))




        time_zone = d.pop("time_zone")

        to = datetime.date.fromisoformat(d.pop("to"))




        analytics_report = cls(
            attempts=attempts,
            chatbot_id=chatbot_id,
            created_at=created_at,
            csv_bytes=csv_bytes,
            csv_url=csv_url,
            error=error,
            finished_at=finished_at,
            from_=from_,
            id=id,
            kind=kind,
            pdf_bytes=pdf_bytes,
            pdf_url=pdf_url,
            status=status,
            time_zone=time_zone,
            to=to,
        )


        analytics_report.additional_properties = d
        return analytics_report

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
