"""Pacing creates: at most one task started every ``interval`` seconds per client.

Third-party evidence (2026) says MusicAPI limits creates to one every 3 seconds per key;
a burst of creates therefore queues here, in the client, instead of turning into 429s.
The server measures arrivals, not departures, and networks jitter: two creates sent
exactly 3 s apart may arrive 2.9 s apart. So slots are spaced ``interval`` plus a margin
of ``JITTER_MARGIN`` (10 %) of it.

Slots are reserved under a short lock and slept for outside it, so threads (sync) and
tasks (async) sharing one client queue fairly in arrival order. A caller that gives up
while it waits (a cancelled task, Ctrl-C) gives its slot back with :meth:`Pacer.release`,
and the next reservation takes the gap. ``interval=0`` turns pacing off.
"""

from __future__ import annotations

import bisect
import threading
from typing import TYPE_CHECKING, NamedTuple

from musicapi_client._errors import MusicAPIError
from musicapi_client._validation import is_finite_number

if TYPE_CHECKING:
    from musicapi_client._clock import Clock

DEFAULT_CREATE_INTERVAL = 3.0
JITTER_MARGIN = 0.1  # of the interval, added between two slots


class Slot(NamedTuple):  # a NamedTuple: cheaper to define than a dataclass at import
    """A reserved start time and how long to wait for it (both in the clock's seconds)."""

    start: float
    delay: float


class Pacer:
    """Hands out start times at least ``interval`` (plus the margin) seconds apart."""

    def __init__(self, interval: float) -> None:
        if not is_finite_number(interval) or interval < 0:
            raise MusicAPIError(
                f"create_interval must be a finite number of seconds >= 0, got {interval!r}"
            )
        self.interval = float(interval)
        self.spacing = self.interval * (1 + JITTER_MARGIN)
        self._slots: list[float] = []  # reserved start times, sorted
        self._lock = threading.Lock()

    def take(self, now: float) -> Slot:
        """Reserve the earliest start at least ``spacing`` from every other reserved one."""
        if self.interval == 0:
            return Slot(now, 0.0)
        with self._lock:
            # Slots that started more than one spacing ago constrain nothing any more.
            del self._slots[: bisect.bisect_left(self._slots, now - self.spacing)]
            start = now
            for taken in self._slots:
                if start + self.spacing <= taken:
                    break  # a gap before this slot (one given back) is wide enough
                start = max(start, taken + self.spacing)
            bisect.insort(self._slots, start)
        return Slot(start, start - now)

    def release(self, slot: Slot) -> None:
        """Give back a slot whose create was not sent (its waiter gave up)."""
        with self._lock:
            index = bisect.bisect_left(self._slots, slot.start)
            if index < len(self._slots) and self._slots[index] == slot.start:
                del self._slots[index]

    def sleep_for_slot(self, clock: Clock) -> None:
        """Block until a slot comes; one interrupted wait gives its slot back."""
        slot = self.take(clock.monotonic())
        if slot.delay:
            try:
                clock.sleep(slot.delay)
            except BaseException:
                self.release(slot)
                raise

    async def asleep_for_slot(self, clock: Clock) -> None:
        """Wait for a slot; a cancelled wait gives it back."""
        slot = self.take(clock.monotonic())
        if slot.delay:
            try:
                await clock.asleep(slot.delay)
            except BaseException:
                self.release(slot)
                raise

    def __repr__(self) -> str:
        return f"Pacer(interval={self.interval:g})"
