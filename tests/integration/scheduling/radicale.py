"""Radicale (the PyPI CalDAV server) as a subprocess on a free local port: the real calendar server in the
scheduling tests. Users and passwords are in a plain htpasswd file."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx

from tests.contract.conftest import free_port

MKCALENDAR = b"""<?xml version="1.0" encoding="utf-8"?>
<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:set><d:prop><d:displayname>Work</d:displayname>
  <c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>
  </d:prop></d:set></c:mkcalendar>"""


class Radicale:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.users = {"alice": "wonderland", "bob": "builder"}
        self.process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Radicale:
        (self.folder / "users").write_text("".join(f"{u}:{p}\n" for u, p in self.users.items()))
        # bob may write everywhere; alice only reads her calendars named ro-* (a read-only calendar)
        (self.folder / "rights").write_text(
            "[bob]\nuser: bob\ncollection: .*\npermissions: RrWw\n\n"
            "[alice-read-only]\nuser: alice\ncollection: alice/ro-[^/]*\npermissions: Rr\n\n"
            "[owner]\nuser: .+\ncollection: {user}(/.*)?\npermissions: RrWw\n\n"
            "[root]\nuser: .+\ncollection:\npermissions: R\n"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{self.port}",
             "--storage-filesystem-folder", str(self.folder / "collections"),
             "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(self.folder / "users"),
             "--auth-htpasswd-encryption", "plain", "--rights-type", "from_file",
             "--rights-file", str(self.folder / "rights"), "--logging-level", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(self.base + "/.web/", timeout=1)
                return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("Radicale did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None

    def client(self) -> httpx.Client:
        """A separate CalDAV client (plain HTTP), to see what the server really holds."""
        return httpx.Client(base_url=self.base, auth=("alice", "wonderland"), timeout=10)

    def new_calendar(self, read_only: bool = False) -> str:
        """A new calendar of alice's (read-only for her: created by bob)."""
        path = f"/alice/{'ro-' if read_only else ''}{uuid.uuid4().hex[:10]}/"
        with httpx.Client(base_url=self.base, auth=("bob", "builder") if read_only else ("alice", "wonderland"), timeout=10) as c:
            r = c.request("MKCALENDAR", path, content=MKCALENDAR, headers={"Content-Type": "application/xml"})
            assert r.status_code == 201, r.text
        return self.base + path

    def put(self, calendar_url: str, name: str, ics: str) -> None:
        with self.client() as c:
            r = c.put(calendar_url + name, content=ics.encode(), headers={"Content-Type": "text/calendar"})
            assert r.status_code in (201, 204), r.text

    def get(self, calendar_url: str, name: str) -> httpx.Response:
        with self.client() as c:
            return c.get(calendar_url + name)

    def delete(self, calendar_url: str, name: str) -> None:
        with self.client() as c:
            c.delete(calendar_url + name)


def vevent(uid: str, start: str, end: str, summary: str = "Busy", extra: str = "") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:{summary}\r\n{extra}"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
