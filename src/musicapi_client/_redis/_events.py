"""Webhook deliveries shared by every process through a Redis stream.

A delivery verified in any process (``hub.deliver`` behind a load balancer, or
``musicapi webhooks listen --redis``) is added to one stream, once: its event id is claimed
first (``SET NX``), so a duplicate delivered to another process is dropped there too. Every
hub reads the stream from its start (entries older than ``RETENTION`` are trimmed), so a
wait that begins after the delivery still sees it; streams keep what nobody was listening
for, which pub/sub would lose. Only the verified body, the event id, its type and its
signed timestamp are stored: never the secret or the headers.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any

from musicapi_client._redis._connection import LOG, PREFIX, errors
from musicapi_client.webhooks._verify import event_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from musicapi_client._redis._connection import RedisLink
    from musicapi_client.webhooks._verify import WebhookEvent

STREAM = f"{PREFIX}webhooks:events"
SEEN = f"{PREFIX}webhooks:seen:"
RETENTION = 24 * 3600.0  # seconds an event stays readable (and its id claimed)
BLOCK_MS = 1000  # one read waits at most this long, so close() is heard
MAX_BACKOFF = 5.0


class SharedEvents:
    """The stream of verified deliveries that every hub on one Redis server reads."""

    def __init__(self, link: RedisLink) -> None:
        self._link = link
        self.name = link.name  # the server, password hidden
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def publish(self, raw: bytes, event: WebhookEvent) -> bool | None:
        """Add a verified delivery: True when new, False when another process (or this
        one) had it already, None when Redis is unreachable (then only this process knows)."""
        key = event_key(event.id, raw)
        retention_ms = int(RETENTION * 1000)
        try:
            server = self._link.sync()
            if not server.set(SEEN + key, 1, nx=True, px=retention_ms):
                return False
            fields: dict[Any, Any] = {
                "id": key,
                "type": event.type or "",
                "timestamp": "" if event.timestamp is None else str(event.timestamp),
                "legacy": "1" if event.legacy else "",
                "body": raw,
            }
            oldest = f"{int(time.time() * 1000) - retention_ms}-0"
            server.xadd(STREAM, fields, minid=oldest, approximate=True)
        except errors() as exc:
            self._link.failed("webhook deliveries reach this process alone", exc)
            return None
        self._link.recovered()
        return True

    def follow(self, on_entry: Callable[[dict[bytes, bytes]], None]) -> None:
        """Call ``on_entry`` with every entry of the stream, the retained past first, in a
        daemon thread, until :meth:`close`."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._read, args=(on_entry,), name="musicapi-webhook-events", daemon=True
        )
        self._thread.start()

    def _read(self, on_entry: Callable[[dict[bytes, bytes]], None]) -> None:
        last = "0-0"
        backoff = 0.5
        while not self._stop.is_set():
            try:
                answer = self._link.sync().xread({STREAM: last}, count=100, block=BLOCK_MS)
            except errors() as exc:
                self._link.failed("waits in this process poll for deliveries seen elsewhere", exc)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            self._link.recovered()
            backoff = 0.5
            streams: list[Any] = list(answer or ())  # [[stream, [(id, fields), ...]]]
            for _, entries in streams:
                for entry_id, fields in entries:
                    last = entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)
                    try:
                        on_entry(dict(fields))
                    except Exception as exc:  # one bad entry must not stop the reader
                        LOG.warning("skipped a shared webhook event: %s", type(exc).__name__)

    def close(self) -> None:
        """Stop reading (within one block's time)."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=BLOCK_MS / 1000 * 5)
