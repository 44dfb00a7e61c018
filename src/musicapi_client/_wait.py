"""Waiting for a task: an adaptive poll schedule with a hard deadline.

The schedule polls at once, again after ``quick_delay`` (an instant failure or a wrong
task id shows up early), then sleeps until about ``lead`` of the family's typical
generation time has passed (``stream_lead`` for ``until="streaming"``: a song can be
played well before it is done), in sleeps of at most ``max_interval``, then polls every
``ratio`` of the elapsed time, between ``min_interval`` and ``max_interval`` (the docs'
15-25 s cadence), with jitter. A server hint (Retry-After on a poll) wins. Every sleep
and every poll's own timeout is clamped to the deadline, and transient poll failures are
retried until it, so ``wait(timeout=T)`` returns or raises after about T seconds.
"""

from __future__ import annotations

import inspect
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from musicapi_client._errors import (
    APIConnectionError,
    APIStatusError,
    MusicAPIError,
    TaskFailedError,
    WaitTimeoutError,
)
from musicapi_client._task import AsyncProgressCallback, ProgressCallback, Task, Until

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from musicapi_client._clock import Clock
    from musicapi_client._operation import Family
    from musicapi_client._retry import RetryPolicy

__all__ = ["AsyncProgressCallback", "PollSchedule", "ProgressCallback", "wait_async", "wait_sync"]

# A family's typical seconds from create to finished audio come with it (``Family``, from
# the spec's x-typical-seconds); this is for a family the spec gives none.
FALLBACK_SECONDS = 60.0


# Below this, a computed wait is float rounding, not time (a simulated clock would not move).
RESOLUTION = 1e-6  # seconds


@dataclass(frozen=True, slots=True)
class PollSchedule:
    """When to poll next. ``scale`` shrinks every duration (for mocks and benchmarks)."""

    quick_delay: float = 2.0
    lead: float = 0.6
    stream_lead: float = 0.3
    ratio: float = 0.1
    min_interval: float = 2.0
    max_interval: float = 20.0
    jitter: float = 0.1
    scale: float = 1.0
    # Per-family overrides of the spec's typical generation times, in seconds.
    typical_seconds: dict[str, float] = field(default_factory=dict)

    def typical(self, family: Family | str) -> float:
        """The family's typical generation time in seconds (unscaled): this schedule's
        override, else the spec's figure (a :class:`Family` carries it), else 60."""
        if isinstance(family, str):
            return self.typical_seconds.get(family) or FALLBACK_SECONDS
        return self.typical_seconds.get(family.name) or family.typical_seconds or FALLBACK_SECONDS

    def confirm_seconds(self, family: Family | str) -> float:
        """How long a complete-looking answer with fewer clips than usual must hold."""
        return max(self.min_interval, 0.1 * self.typical(family)) * self.scale

    def next_delay(
        self,
        family: Family | str,
        polls: int,
        elapsed: float,
        hint: float | None = None,
        until: Until = "complete",
    ) -> float:
        """Seconds to sleep after poll number ``polls`` (1-based), ``elapsed`` s after start."""
        if hint is not None:
            return min(max(hint, 0.0), self.max_interval * self.scale * 3)
        if polls == 1:
            return self.quick_delay * self.scale
        lead = self.stream_lead if until == "streaming" else self.lead
        target = self.typical(family) * lead * self.scale
        if target - elapsed > RESOLUTION:  # a 1e-14 s gap of float rounding is no wait
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


# Poll answers worth repeating: the server or a gateway was busy or failed for a moment.
TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


def transient(error: MusicAPIError) -> bool:
    """True when another poll may well succeed (polls are free reads)."""
    if isinstance(error, APIStatusError):
        return error.status_code in TRANSIENT_STATUS
    return isinstance(error, APIConnectionError) and error.transient


@dataclass(slots=True)
class _Waiting:
    """The state of one wait: what the sync and async loops share.

    The wait owns its deadline: each poll gets only the time left (the client shrinks
    its timeout), a transient poll failure is retried on the backoff or the server's
    Retry-After until the deadline, and no sleep runs past it.
    """

    family: Family
    task_id: str
    timeout: float
    schedule: PollSchedule
    retry: RetryPolicy
    clock: Clock
    confirm: bool = False
    until: Until = "complete"
    expected: int | None = None
    start: float = 0.0
    polls: int = 0
    failures: int = 0
    last_task: Task | None = None
    ready_seen: tuple[tuple[str, ...], float] | None = None
    since: float | None = None  # when the wait began, if before the first poll (webhook hub)

    def __post_init__(self) -> None:
        self.start = self.clock.monotonic() if self.since is None else self.since

    last_error: MusicAPIError | None = None

    def remaining(self) -> float:
        """Seconds left before the deadline (0 within a microsecond of it: sleeping the
        float rounding's last 1e-13 s would not move a simulated clock at all)."""
        left = self.start + self.timeout - self.clock.monotonic()
        return left if left > RESOLUTION else 0.0

    def budget(self) -> float:
        """The time the next poll may take; at the deadline, WaitTimeoutError instead."""
        left = self.remaining()
        if left <= 0:
            raise self._timeout()
        return left

    def _timeout(self) -> WaitTimeoutError:
        return WaitTimeoutError(
            self.last_task,
            self.timeout,
            task_id=self.task_id,
            family=self.family.name,
            last_error=self.last_error,
        )

    def after_poll(self, task: Task) -> float | None:
        """None when ``task`` succeeded; seconds to sleep when it runs; raises otherwise."""
        self.polls += 1
        self.failures = 0
        self.last_task = task
        if task.status == "succeeded":
            return None
        if task.status == "failed":
            raise TaskFailedError(task)
        if (
            self.until == "streaming"
            and task.streamable
            and len(task.clips) >= (self.expected or 1)
        ):
            return None  # every clip can be played; the caller asked for no more
        confirm_in = self._confirm_fewer_clips(task)
        if confirm_in is None:
            return None
        left = self.remaining()
        if left <= 0:
            raise WaitTimeoutError(
                task, self.timeout, task_id=self.task_id, family=self.family.name
            )
        if confirm_in > 0:
            return min(confirm_in, left)
        now = self.timeout - left
        delay = self.schedule.next_delay(self.family, self.polls, now, task.retry_after, self.until)
        return min(delay, left)

    def _confirm_fewer_clips(self, task: Task) -> float | None:
        """A resumed wait does not know how many clips to expect. When every listed clip
        has succeeded but there are fewer than the family usually makes, the same answer
        seen again ``confirm_seconds`` later means the task is complete (concat, remaster,
        stems make one); a second clip on its way would have shown up by then.

        Returns None when the task is now complete (``task.status`` is set), seconds until
        the confirming poll, or 0 when the rule does not apply.
        """
        if not (self.confirm and task.status == "running" and task.all_clips_ready):
            self.ready_seen = None
            return 0.0
        signature = tuple(clip.clip_id for clip in task.clips)
        now = self.clock.monotonic()
        window = self.schedule.confirm_seconds(self.family)
        if self.ready_seen is None or self.ready_seen[0] != signature:
            self.ready_seen = (signature, now)
            return window
        if now - self.ready_seen[1] >= window:
            task.status = "succeeded"
            return None
        return window - (now - self.ready_seen[1])

    def after_error(self, error: MusicAPIError) -> float:
        """Seconds to sleep before polling again after a transient error; raises otherwise."""
        _tag(error, self.task_id)
        if not transient(error):
            raise error
        self.failures += 1
        self.last_error = error
        left = self.remaining()
        if left <= 0:
            raise self._timeout() from error
        hint = getattr(error, "retry_after", None)
        delay = hint if hint is not None else self.retry.backoff(self.failures - 1)
        return min(delay, left)


def wait_sync(
    poll: Callable[[float], Task],
    *,
    family: Family,
    task_id: str,
    timeout: float,
    on_progress: ProgressCallback | None,
    schedule: PollSchedule,
    retry: RetryPolicy,
    clock: Clock,
    confirm: bool = False,
    until: Until = "complete",
    expected: int | None = None,
    since: float | None = None,
) -> Task:
    """Poll (``poll(seconds_left)``) until the task succeeds (return it), fails or times out.

    ``confirm``: the number of clips is unknown (a wait resumed by task id); see
    ``_Waiting._confirm_fewer_clips``. ``until="streaming"`` returns as soon as every
    clip (at least ``expected`` of them) can be played. ``since``: the wait began earlier
    (on ``clock``), so the deadline and the schedule count from then.
    """
    waiting = _Waiting(
        family, task_id, timeout, schedule, retry, clock, confirm, until, expected, since=since
    )
    while True:
        try:
            task = poll(waiting.budget())
        except MusicAPIError as error:
            clock.sleep(waiting.after_error(error))
            continue
        if on_progress is not None:
            on_progress(task)
        delay = waiting.after_poll(task)
        if delay is None:
            return task
        clock.sleep(delay)


async def wait_async(
    poll: Callable[[float], Awaitable[Task]],
    *,
    family: Family,
    task_id: str,
    timeout: float,
    on_progress: AsyncProgressCallback | None,
    schedule: PollSchedule,
    retry: RetryPolicy,
    clock: Clock,
    confirm: bool = False,
    until: Until = "complete",
    expected: int | None = None,
    since: float | None = None,
) -> Task:
    """Async twin of :func:`wait_sync`; ``on_progress`` may be sync or async."""
    waiting = _Waiting(
        family, task_id, timeout, schedule, retry, clock, confirm, until, expected, since=since
    )
    while True:
        try:
            task = await poll(waiting.budget())
        except MusicAPIError as error:
            await clock.asleep(waiting.after_error(error))
            continue
        if on_progress is not None:
            result = on_progress(task)
            if inspect.isawaitable(result):
                await result
        delay = waiting.after_poll(task)
        if delay is None:
            return task
        await clock.asleep(delay)
