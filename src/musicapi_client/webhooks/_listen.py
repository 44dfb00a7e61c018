"""``musicapi webhooks listen``: a local receiver that verifies and prints deliveries.

For development, like the listeners payment APIs ship: point a create's ``webhook_url``
at it (the mock delivers to 127.0.0.1), see each event as it is verified, and optionally
pass the raw delivery on to the app being built (``--forward-to``), headers and bytes
unchanged, answering MusicAPI with the app's status so retries behave as in production.

It runs on the standard library's threading HTTP server: the ``[cli]`` extra is enough.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Protocol

import httpx2

from musicapi_client._errors import WebhookVerificationError
from musicapi_client.webhooks import DEFAULT_TOLERANCE, MAX_PAYLOAD_BYTES, WebhookEvent, unwrap

if TYPE_CHECKING:
    from collections.abc import Callable

    from musicapi_client._redis._events import SharedEvents

# Headers passed on to --forward-to: the body's type and everything the signature needs.
FORWARDED = frozenset(
    {
        "content-type",
        "x-webhook-id",
        "x-webhook-event",
        "x-webhook-timestamp",
        "x-webhook-signature",
        "idempotency-key",
        "x-signature",
    }
)
FORWARD_TIMEOUT = 10.0
Answer = tuple[int, dict[str, Any]]
Headers = list[tuple[str, str]]


class _Reader(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...
    def readline(self, size: int = -1, /) -> bytes: ...


def read_body(rfile: _Reader, headers: Headers, limit: int) -> bytes | None:
    """The request's body (Content-Length or chunked), or None as soon as it passes
    ``limit`` bytes: the rest is never read."""
    found = {name.lower(): value for name, value in headers}
    if "chunked" in found.get("transfer-encoding", "").lower():
        return _read_chunked(rfile, limit)
    declared = found.get("content-length", "0")
    if not (declared.isascii() and declared.isdigit()) or int(declared) > limit:
        return None
    return rfile.read(int(declared))


def _read_chunked(rfile: _Reader, limit: int) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        line = rfile.readline(1024).split(b";", 1)[0].strip()
        try:
            length = int(line, 16)
        except ValueError:
            return None
        if length == 0:
            while rfile.readline(1024) not in (b"\r\n", b"\n", b""):  # trailers
                pass
            return b"".join(chunks)
        size += length
        if size > limit:
            return None
        chunks.append(rfile.read(length))
        rfile.readline(1024)  # the CRLF after the chunk


@dataclass
class Listener:
    """What the receiver does with each delivery; ``on_limit`` runs after ``max_events``."""

    secret: str
    echo: Callable[[str, bool], None]  # (line, is_error)
    forward_to: str | None = None
    as_json: bool = False
    allow_legacy: bool = False
    tolerance: float = DEFAULT_TOLERANCE
    max_events: int | None = None
    on_limit: Callable[[], None] | None = None
    # With --redis: every verified delivery is shared with the hubs of every process.
    shared: SharedEvents | None = None
    seen: set[str] = field(default_factory=set)
    events: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def too_large(self) -> Answer:
        """The answer to a delivery over the size limit (its body is never read)."""
        self.echo(f"rejected (payload-too-large): over {MAX_PAYLOAD_BYTES} bytes", True)
        return 413, {"error": "payload-too-large"}

    def receive(self, body: bytes, headers: Headers) -> Answer:
        """Verify, print, forward; answer 400 with the reason when verification fails."""
        try:
            event = unwrap(
                body, headers, self.secret, tolerance=self.tolerance, allow_legacy=self.allow_legacy
            )
        except WebhookVerificationError as exc:
            self.echo(f"rejected ({exc.reason}): {exc.message}", True)
            return 400, {"error": exc.reason}
        with self._lock:
            duplicate = event.id is not None and event.id in self.seen
            if event.id is not None:
                self.seen.add(event.id)
        if self.shared is not None and not duplicate:
            duplicate = self.shared.publish(body, event) is False  # seen by another receiver
        forwarded = self._forward(body, headers) if self.forward_to else None
        self.echo(self._describe(event, duplicate, forwarded), False)
        if not duplicate:
            with self._lock:
                self.events += 1
                reached = self.max_events is not None and self.events >= self.max_events
            if reached and self.on_limit is not None:
                self.on_limit()
        return (200 if forwarded is None else forwarded), {"received": True}

    def _describe(self, event: WebhookEvent, duplicate: bool, forwarded: int | None) -> str:
        """One line: JSON with ``--json``; ``forwarded`` is the app's status (502: no answer)."""
        task = event.task
        if self.as_json:
            return json.dumps(
                {
                    "id": event.id,
                    "type": event.type,
                    "timestamp": event.timestamp,
                    "duplicate": duplicate,
                    "forwarded": forwarded,
                    "legacy": event.legacy,
                    "task_id": task.task_id,
                    "family": task.family,
                    "status": task.status,
                    "clips": [
                        {"clip_id": c.clip_id, "state": c.state, "audio_url": c.audio_url}
                        for c in task.clips
                    ],
                }
            )
        line = (
            f"{event.type or 'event'} {event.id or '(no id)'}: {task.family} task "
            f"{task.task_id or '?'} {task.status}, {len(task.clips)} clip(s)"
        )
        line += " (duplicate)" if duplicate else ""
        return line if forwarded is None else f"{line} -> forwarded: {forwarded}"

    def _forward(self, body: bytes, headers: Headers) -> int:
        # The raw bytes (http.server reads headers as latin-1): an unsigned header may hold
        # any latin-1 byte, and is passed on as it came.
        kept = [
            (k.encode("latin-1"), v.encode("latin-1")) for k, v in headers if k.lower() in FORWARDED
        ]
        assert self.forward_to is not None
        try:
            with httpx2.Client(timeout=FORWARD_TIMEOUT, trust_env=False) as http:
                answer = http.post(self.forward_to, content=body, headers=kept)
        except httpx2.HTTPError as exc:
            self.echo(f"forward to {self.forward_to} failed: {type(exc).__name__}", True)
            return 502
        return answer.status_code


class _Handler(BaseHTTPRequestHandler):
    """Every POST, whatever its path, is a delivery."""

    server: _Server
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        listener = self.server.listener
        headers = list(self.headers.items())
        body = read_body(self.rfile, headers, MAX_PAYLOAD_BYTES)
        if body is None:  # what is left of it is never read: the connection closes
            self._answer(*listener.too_large(), close=True)
            return
        self._answer(*listener.receive(body, headers))

    def _answer(self, status: int, payload: dict[str, Any], *, close: bool = False) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: each delivery is described by the listener itself."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], listener: Listener) -> None:
        self.listener = listener
        super().__init__(address, _Handler)


def serve(
    listener: Listener, host: str, port: int, on_ready: Callable[[int], None] | None = None
) -> None:
    """Serve in the foreground until Ctrl-C (or ``max_events`` deliveries); ``on_ready``
    hears the port once it is bound. OSError when the port cannot be had (taken, or not
    this machine's address): before ``on_ready``."""
    server = _Server((host, port), listener)
    if on_ready is not None:
        on_ready(server.server_address[1])

    def stop() -> None:  # from a request's thread: shutdown() waits for serve_forever
        threading.Thread(target=server.shutdown, daemon=True).start()

    listener.on_limit = stop
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()


__all__ = ["Listener", "read_body", "serve"]
