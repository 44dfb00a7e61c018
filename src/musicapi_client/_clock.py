"""Time as the client sees it: one object to read the clock and to sleep, sync or async.

The client never calls ``time.sleep``, ``asyncio.sleep`` or ``time.monotonic`` directly;
it asks its clock. Tests pass :class:`musicapi_client.testing.FakeClock` (``MusicAPI(clock=...)``)
to run retries and waits instantly and to measure them in simulated seconds.
"""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """What the client needs of time."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back."""
        ...

    def sleep(self, seconds: float) -> None:
        """Block for ``seconds``."""
        ...

    async def asleep(self, seconds: float) -> None:
        """Suspend the current task for ``seconds``."""
        ...


class SystemClock:
    """The real clock: ``time.monotonic``, ``time.sleep`` and ``asyncio.sleep``."""

    def monotonic(self) -> float:
        """``time.monotonic()``."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """``time.sleep(seconds)``."""
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        """``await asyncio.sleep(seconds)``."""
        import asyncio  # here: a sync-only program never loads asyncio (about 7 ms)

        await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK = SystemClock()
