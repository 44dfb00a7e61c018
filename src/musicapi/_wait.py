"""Waiting for a task: an adaptive poll schedule with a hard deadline.

The schedule polls at once, again after ``quick_delay`` (an instant failure or a wrong
task id shows up early), then sleeps until about ``lead`` of the family's typical
generation time has passed (in sleeps of at most ``max_interval``), then polls every
``ratio`` of the elapsed time, between ``min_interval`` and ``max_interval`` (the docs'
15-25 s cadence), with jitter. A server hint (Retry-After on a poll) wins. The last sleep
is clamped to the deadline, so ``wait(timeout=T)`` returns or raises after about T seconds.
"""

from __future__ import annotations

import asyncio
import inspect
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from musicapi._errors import MusicAPIError, TaskFailedError, WaitTimeoutError
from musicapi._task import Task

ProgressCallback = Callable[[Task], object]
AsyncProgressCallback = Callable[[Task], object | Awaitable[object]]

# Typical seconds from create to finished audio, from the docs' own figures: sonic songs
# take one to two minutes, riffusion "under 60 s", nuro "a 4-minute song in 30 s".
TYPICAL_SECONDS = {"sonic": 60.0, "riffusion": 45.0, "studio": 60.0, "nuro": 30.0}


@dataclass(frozen=True, slots=True)
class PollSchedule:
    """When to poll next. ``scale`` shrinks every duration (for mocks and benchmarks)."""

    quick_delay: float = 2.0
    lead: float = 0.6
    ratio: float = 0.1
    min_interval: float = 2.0
    max_interval: float = 20.0
    jitter: float = 0.1
    scale: float = 1.0
    typical_seconds: dict[str, float] = field(default_factory=lambda: dict(TYPICAL_SECONDS))

    def next_delay(
        self, family: str, polls: int, elapsed: float, hint: float | None = None
    ) -> float:
        """Seconds to sleep after poll number ``polls`` (1-based), ``elapsed`` s after start."""
        if hint is not None:
            return min(max(hint, 0.0), self.max_interval * self.scale * 3)
        if polls == 1:
            return self.quick_delay * self.scale
        target = self.typical_seconds.get(family, 60.0) * self.lead * self.scale
        if elapsed < target:
            return min(target - elapsed, self.max_interval * self.scale)
        base = min(
            max(elapsed * self.ratio, self.min_interval * self.scale),
            self.max_interval * self.scale,
        )
        return base * (1 + self.jitter * (2 * random.random() - 1))  # noqa: S311 - jitter


DEFAULT_SCHEDULE = PollSchedule()


def _tag(error: MusicAPIError, task_id: str) -> None:
    if error.task_id is None:
        error.task_id = task_id


@dataclass(slots=True)
class _Waiting:
    """The state of one wait: what the sync and async loops share."""

    family: str
    timeout: float
    schedule: PollSchedule
    clock: Callable[[], float]
    start: float = 0.0
    polls: int = 0

    def __post_init__(self) -> None:
        self.start = self.clock()

    def after_poll(self, task: Task) -> float | None:
        """None when ``task`` succeeded; seconds to sleep when it runs; raises otherwise."""
        self.polls += 1
        if task.status == "succeeded":
            return None
        if task.status == "failed":
            raise TaskFailedError(task)
        now = self.clock()
        deadline = self.start + self.timeout
        if now >= deadline:
            raise WaitTimeoutError(task, self.timeout)
        delay = self.schedule.next_delay(
            self.family, self.polls, now - self.start, task.retry_after
        )
        return min(delay, deadline - now)


def wait_sync(
    poll: Callable[[], Task],
    *,
    family: str,
    task_id: str,
    timeout: float,
    on_progress: ProgressCallback | None,
    schedule: PollSchedule,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Task:
    """Poll until the task succeeds (return it), fails or times out (raise)."""
    waiting = _Waiting(family, timeout, schedule, clock)
    while True:
        try:
            task = poll()
        except MusicAPIError as error:
            _tag(error, task_id)
            raise
        if on_progress is not None:
            on_progress(task)
        delay = waiting.after_poll(task)
        if delay is None:
            return task
        sleep(delay)


async def wait_async(
    poll: Callable[[], Awaitable[Task]],
    *,
    family: str,
    task_id: str,
    timeout: float,
    on_progress: AsyncProgressCallback | None,
    schedule: PollSchedule,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Task:
    """Async twin of :func:`wait_sync`; ``on_progress`` may be sync or async."""
    waiting = _Waiting(family, timeout, schedule, clock)
    while True:
        try:
            task = await poll()
        except MusicAPIError as error:
            _tag(error, task_id)
            raise
        if on_progress is not None:
            result = on_progress(task)
            if inspect.isawaitable(result):
                await result
        delay = waiting.after_poll(task)
        if delay is None:
            return task
        await sleep(delay)
