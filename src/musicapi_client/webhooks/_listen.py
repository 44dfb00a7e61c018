"""``musicapi webhooks listen``: a local receiver that verifies and prints deliveries.

For development, like the listeners payment APIs ship: point a create's ``webhook_url``
at it (the mock delivers to 127.0.0.1), see each event as it is verified, and optionally
pass the raw delivery on to the app being built (``--forward-to``), headers and bytes
unchanged, answering MusicAPI with the app's status so retries behave as in production.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx2
from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from musicapi_client._errors import WebhookVerificationError
from musicapi_client.webhooks import DEFAULT_TOLERANCE, MAX_PAYLOAD_BYTES, WebhookEvent, unwrap

if TYPE_CHECKING:
    from collections.abc import Callable

    from starlette.requests import Request

    from musicapi_client._redis._events import SharedEvents

# Headers passed on to --forward-to: the body's type and everything the signature needs.
FORWARDED = (
    "content-type",
    "x-webhook-id",
    "x-webhook-event",
    "x-webhook-timestamp",
    "x-webhook-signature",
    "idempotency-key",
    "x-signature",
)
FORWARDED_RAW = frozenset(name.encode("ascii") for name in FORWARDED)
FORWARD_TIMEOUT = 10.0


async def _read_at_most(request: Request, limit: int) -> bytes | None:
    """The body, or None as soon as it passes ``limit`` bytes (the rest is never read)."""
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


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

    async def receive(self, request: Request) -> Response:
        """Verify, print, forward; answer 400 with the reason when verification fails."""
        body = await _read_at_most(request, MAX_PAYLOAD_BYTES)
        if body is None:
            self.echo(f"rejected (payload-too-large): over {MAX_PAYLOAD_BYTES} bytes", True)
            return JSONResponse({"error": "payload-too-large"}, 413)
        try:
            event = unwrap(
                body,
                request.headers,
                self.secret,
                tolerance=self.tolerance,
                allow_legacy=self.allow_legacy,
            )
        except WebhookVerificationError as exc:
            self.echo(f"rejected ({exc.reason}): {exc.message}", True)
            return JSONResponse({"error": exc.reason}, 400)
        duplicate = event.id is not None and event.id in self.seen
        if event.id is not None:
            self.seen.add(event.id)
        if self.shared is not None and not duplicate:
            duplicate = self.shared.publish(body, event) is False  # seen by another receiver
        forwarded = await self._forward(request, body) if self.forward_to else None
        self.echo(self._describe(event, duplicate, forwarded), False)
        status = 200 if forwarded is None else forwarded
        if not duplicate:
            self.events += 1
            if self.max_events is not None and self.events >= self.max_events and self.on_limit:
                self.on_limit()
        return JSONResponse({"received": True}, status)

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

    async def _forward(self, request: Request, body: bytes) -> int:
        # The raw header bytes: an unsigned header may hold any latin-1 byte.
        headers = [(k, v) for k, v in request.headers.raw if k.lower() in FORWARDED_RAW]
        assert self.forward_to is not None
        try:
            async with httpx2.AsyncClient(timeout=FORWARD_TIMEOUT, trust_env=False) as http:
                answer = await http.post(self.forward_to, content=body, headers=headers)
        except httpx2.HTTPError as exc:
            self.echo(f"forward to {self.forward_to} failed: {type(exc).__name__}", True)
            return 502
        return answer.status_code


def create_app(listener: Listener) -> Starlette:
    """The receiver as an ASGI app: every POST, whatever its path, is a delivery."""

    async def receive(request: Request) -> Response:
        return await listener.receive(request)

    return Starlette(routes=[Route("/{path:path}", receive, methods=["POST"])])


def serve(listener: Listener, host: str, port: int) -> None:
    """Serve in the foreground until Ctrl-C (or ``max_events`` deliveries)."""
    import uvicorn

    server = uvicorn.Server(
        uvicorn.Config(
            create_app(listener), host=host, port=port, log_level="warning", lifespan="off"
        )
    )

    def stop() -> None:
        server.should_exit = True

    listener.on_limit = stop
    server.run()


__all__ = ["Listener", "create_app", "serve"]
