"""Webhook deliveries shared by every process through a Redis stream.

A delivery verified in any process (``hub.deliver`` behind a load balancer, or
``musicapi webhooks listen --redis``) is added to one stream, once: its event id is claimed
first (``SET NX``), so a duplicate delivered to another process is dropped there too. Every
hub reads the stream from its start (entries older than ``RETENTION`` are trimmed), so a
wait that begins after the delivery still sees it; streams keep what nobody was listening
for, which pub/sub would lose. Only the verified body, the event id, its type, its
signed timestamp and a tag (an HMAC of the body with the secret) are stored: never the
secret or the headers.

One stream per secret: its keys live under a namespace derived from the secret (or the
one the client was given), and a hub records only entries whose tag its own secret
makes, so a delivery another project verified never ends this project's waits.
"""

from __future__ import annotations

import hmac
import threading
import time
from typing import TYPE_CHECKING, Any

from musicapi_client._redis._connection import LOG, errors
from musicapi_client.webhooks._verify import event_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from musicapi_client._redis._connection import RedisLink
    from musicapi_client.webhooks._verify import WebhookEvent, Webhooks

RETENTION = 24 * 3600.0  # seconds an event stays readable (and its id claimed)
BLOCK_MS = 1000  # one read waits at most this long, so close() is heard
MAX_BACKOFF = 5.0


class SharedEvents:
    """The stream of deliveries verified with one secret, which every hub of the project
    on one Redis server reads."""

    def __init__(self, link: RedisLink, verifier: Webhooks) -> None:
        self._link = link
        self._verifier = verifier
        self.name = link.name  # the server, password hidden
        namespace = verifier.namespace()
        self.stream = link.deliveries_key(namespace, "webhooks", "events")
        self._seen = link.deliveries_key(namespace, "webhooks", "seen") + ":"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ignored = 0  # entries another secret tagged (or none): never recorded

    def publish(self, raw: bytes, event: WebhookEvent) -> bool | None:
        """Add a verified delivery: True when new, False when another process (or this
        one) had it already, None when Redis is unreachable (then only this process knows)."""
        key = event_key(event.id, raw)
        retention_ms = int(RETENTION * 1000)
        try:
            server = self._link.sync()
            if not server.set(self._seen + key, 1, nx=True, px=retention_ms):
                return False
            fields: dict[Any, Any] = {
                "tag": self._verifier.tag(raw),
                "id": key,
                "type": event.type or "",
                "timestamp": "" if event.timestamp is None else str(event.timestamp),
                "legacy": "1" if event.legacy else "",
                "body": raw,
            }
            oldest = f"{int(time.time() * 1000) - retention_ms}-0"
            server.xadd(self.stream, fields, minid=oldest, approximate=True)
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
                answer = self._link.sync().xread({self.stream: last}, count=100, block=BLOCK_MS)
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
                    if not self.trusted(fields):
                        self.ignored += 1
                        continue
                    try:
                        on_entry(dict(fields))
                    except Exception as exc:  # one bad entry must not stop the reader
                        LOG.warning("skipped a shared webhook event: %s", type(exc).__name__)

    def trusted(self, fields: dict[bytes, bytes]) -> bool:
        """True when the entry's tag is the one this secret makes for its body."""
        tag, body = fields.get(b"tag"), fields.get(b"body")
        if not isinstance(tag, bytes) or not isinstance(body, bytes):
            return False
        return hmac.compare_digest(tag.decode("ascii", "replace"), self._verifier.tag(body))

    def close(self) -> None:
        """Stop reading (within one block's time)."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=BLOCK_MS / 1000 * 5)
