"""Pacing creates: at most one task started every ``interval`` seconds per client.

Third-party evidence (2026) says MusicAPI limits creates to one every 3 seconds per key;
a burst of creates therefore queues here, in the client, instead of turning into 429s.
Slots are reserved under a short lock and slept for outside it, so threads (sync) and
tasks (async) sharing one client queue fairly in arrival order. ``interval=0`` turns
pacing off.
"""

from __future__ import annotations

import math
import threading

from musicapi_client._errors import MusicAPIError

DEFAULT_CREATE_INTERVAL = 3.0


class Pacer:
    """Hands out start times at least ``interval`` seconds apart."""

    def __init__(self, interval: float) -> None:
        if (
            isinstance(interval, bool)
            or not isinstance(interval, int | float)
            or not math.isfinite(interval)
            or interval < 0
        ):
            raise MusicAPIError(
                f"create_interval must be a finite number of seconds >= 0, got {interval!r}"
            )
        self.interval = float(interval)
        self._next = -math.inf
        self._lock = threading.Lock()

    def reserve(self, now: float) -> float:
        """Seconds to wait before the next create may go (0 when it may go at once)."""
        if self.interval == 0:
            return 0.0
        with self._lock:
            start = max(now, self._next)
            self._next = start + self.interval
        return start - now

    def __repr__(self) -> str:
        return f"Pacer(interval={self.interval:g})"
