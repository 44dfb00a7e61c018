"""Waiting for tasks on webhook deliveries, with polling only as the fallback.

A web app feeds every delivery it receives to a hub (``hub.deliver(body, headers)`` from its
webhook route) and waits for tasks anywhere else (``hub.wait(created)``); with Redis
(``redis_url`` on the client), anywhere else includes other processes and machines.
Deliveries are verified (:func:`musicapi_client.webhooks.unwrap`) and deduplicated by event
id; a final event is never replaced by a late streaming one (they can come out of order).

A wait first listens for events alone, for ``fallback_after`` seconds (by default 3 times
the family's typical generation time; never more than 80 % of the wait's timeout, so the
server is always asked before a wait gives up). If none settled the task by then, it polls on the
client's normal schedule, counted from the start of the wait, and an event arriving in
the meantime still ends it at once. So a delivery that never comes costs latency, never
the task.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from musicapi_client._clock import SystemClock
from musicapi_client._errors import InvalidRequestError, TaskFailedError
from musicapi_client._task import AsyncTaskCreated, Task, TaskCreated, Until
from musicapi_client._validation import check_task_id, check_timeout, check_until
from musicapi_client.webhooks._verify import (
    DEFAULT_TOLERANCE,
    Headers,
    WebhookEvent,
    Webhooks,
    event_key,
    read_event,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from musicapi_client._async_verbs import AsyncVerbs
    from musicapi_client._clock import Clock
    from musicapi_client._operation import Catalog, Family
    from musicapi_client._redis._events import SharedEvents
    from musicapi_client._sync_verbs import Verbs

# Events alone for this many typical generation times, then polls too: long tasks (2.5x
# typical is common) still end on their delivery, a lost one costs at most this much.
FALLBACK_FACTOR = 3.0
FALLBACK_SHARE = 0.8  # ... but at most this share of the timeout
MAX_TASKS = 10_000  # tasks whose latest event is kept (oldest forgotten first)
MAX_EVENT_IDS = 100_000  # event ids remembered for deduplication
ClientT = TypeVar("ClientT", "Verbs", "AsyncVerbs")  # what a hub needs of its client


def _shared_events(client: Verbs | AsyncVerbs, verifier: Webhooks) -> SharedEvents | None:
    """The deliveries every process of the project shares, when the client coordinates
    through Redis (and there is a secret to verify, and tag, them with)."""
    link = client._coordination()
    if link is None or not verifier.can_verify:
        return None
    from musicapi_client._redis._events import SharedEvents

    return SharedEvents(link, verifier)


def _settles(task: Task, until: Until) -> bool:
    """True when ``task`` (from an event) ends a wait for ``until``."""
    return task.done or (until == "streaming" and task.streamable)


class _Inbox:
    """Verified events by task id, deduplicated, bounded, safe to use from any thread."""

    def __init__(
        self,
        verifier: Webhooks,
        tolerance: float,
        allow_legacy: bool,
        catalog: Catalog,
        shared: SharedEvents | None = None,
    ) -> None:
        self._verifier = verifier
        self._tolerance = tolerance
        self._allow_legacy = allow_legacy
        self._catalog = catalog
        self._shared = shared
        self.changed = threading.Condition()
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._tasks: OrderedDict[str, Task] = OrderedDict()
        self._listeners: dict[str, list[Callable[[], None]]] = {}

    def deliver(self, payload: bytes | str, headers: Any) -> WebhookEvent | None:
        """Verify, share (with Redis) and record a delivery; None when this event was seen
        before, here or, with Redis, in any other process."""
        event = self._verifier.unwrap(
            payload, headers, tolerance=self._tolerance, allow_legacy=self._allow_legacy
        )
        raw = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
        shared = None if self._shared is None else self._shared.publish(raw, event)
        if shared is False:  # another process (or this one) had it first
            return None
        recorded = self.record(event, event_key(event.id, raw))
        # New to Redis: new, even if this process's reader recorded it a moment ago.
        return event if shared else recorded

    def from_stream(self, fields: dict[bytes, bytes]) -> None:
        """Record a delivery another process verified and shared (a Redis stream entry)."""
        key = fields[b"id"].decode()
        stamp = fields.get(b"timestamp", b"").decode()
        event = read_event(
            fields[b"body"],
            None if key.startswith("legacy:") else key,
            fields.get(b"type", b"").decode() or None,
            int(stamp) if stamp.isdigit() else None,
            bool(fields.get(b"legacy")),
            self._catalog,
        )
        self.record(event, key)

    def record(self, event: WebhookEvent, key: str) -> WebhookEvent | None:
        """Keep a verified event and wake its task's waiters; None when seen before."""
        task = event.task
        with self.changed:
            if key in self._ids:
                return None
            self._ids[key] = None
            if len(self._ids) > MAX_EVENT_IDS:
                self._ids.popitem(last=False)
            if task.task_id:
                known = self._tasks.get(task.task_id)
                if known is None or not known.done:
                    self._tasks[task.task_id] = task  # a final task is never replaced
                self._tasks.move_to_end(task.task_id)
                if len(self._tasks) > MAX_TASKS:
                    self._tasks.popitem(last=False)
            listeners = list(self._listeners.get(task.task_id, ()))
            self.changed.notify_all()
        for listener in listeners:
            listener()
        return event

    def settled(self, task_id: str, until: Until) -> Task | None:
        """The task as its latest event reports it, if that ends a wait for ``until``."""
        with self.changed:
            task = self._tasks.get(task_id)
        return task if task is not None and _settles(task, until) else None

    def listen(self, task_id: str, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` on every new event for ``task_id``; returns the unsubscriber."""
        with self.changed:
            self._listeners.setdefault(task_id, []).append(listener)

        def forget() -> None:
            with self.changed:
                found = self._listeners.get(task_id, [])
                if listener in found:
                    found.remove(listener)
                if not found:
                    self._listeners.pop(task_id, None)

        return forget


class _Settled(Exception):
    def __init__(self, task: Task) -> None:
        self.task = task


@dataclass
class _EventClock:
    """The client's clock, whose sleeps end early (raising _Settled) when an event settles
    the task: polling in the fallback stops as soon as a late delivery comes in."""

    base: Clock
    inbox: _Inbox
    task_id: str
    until: Until
    wake: asyncio.Event | None  # set on each event for the task (async waits)

    def monotonic(self) -> float:
        return self.base.monotonic()

    def _check(self) -> None:
        task = self.inbox.settled(self.task_id, self.until)
        if task is not None:
            raise _Settled(task)

    def sleep(self, seconds: float) -> None:
        self._check()
        if isinstance(self.base, SystemClock):
            with self.inbox.changed:
                self.inbox.changed.wait_for(
                    lambda: self.inbox.settled(self.task_id, self.until) is not None,
                    timeout=max(seconds, 0.0),
                )
        else:  # a test clock: sleep on it, then look
            self.base.sleep(seconds)
        self._check()

    async def asleep(self, seconds: float) -> None:
        self._check()
        if not (isinstance(self.base, SystemClock) and self.wake is not None):
            await self.base.asleep(seconds)  # a test clock: sleep on it, then look
            self._check()
            return
        end = self.monotonic() + seconds
        while (left := end - self.monotonic()) > 0:  # events that do not settle: sleep on
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout=left)
            self.wake.clear()
            self._check()


class _HubBase(Generic[ClientT]):
    """What the sync and async hubs share: the inbox and the arguments' checks."""

    def __init__(
        self,
        client: ClientT,
        *,
        secret: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        allow_legacy: bool = False,
        fallback_after: float | None = None,
        share: bool = True,
    ) -> None:
        if fallback_after is not None and not (
            isinstance(fallback_after, int | float)
            and math.isfinite(fallback_after)
            and fallback_after >= 0
        ):
            raise InvalidRequestError(
                f"fallback_after must be a number of seconds >= 0, got {fallback_after!r}",
                field="fallback_after",
            )
        self._client: ClientT = client
        self._fallback_after = fallback_after
        catalog = client.catalog()
        verifier = Webhooks(secret, catalog) if secret else client.webhooks
        self._shared = _shared_events(client, verifier) if share else None
        self._inbox = _Inbox(verifier, tolerance, allow_legacy, catalog, self._shared)
        if self._shared is not None:
            self._shared.follow(self._inbox.from_stream)

    def close(self) -> None:
        """Stop reading deliveries shared through Redis (a hub without Redis: nothing)."""
        if self._shared is not None:
            self._shared.close()

    def deliver(self, payload: bytes | str, headers: Headers) -> WebhookEvent | None:
        """Verify a delivery and wake whoever waits for its task.

        Returns the event, or None when it was delivered before (answer 2xx either way, so
        MusicAPI stops resending). Raises WebhookVerificationError (answer 400) otherwise.
        """
        return self._inbox.deliver(payload, headers)

    def _target(
        self, task: str | TaskCreated | AsyncTaskCreated, family: str | None
    ) -> tuple[str, str]:
        if isinstance(task, TaskCreated | AsyncTaskCreated):
            return check_task_id(task.task_id), family or task.family
        families = self._client.catalog().families
        if family is None or family not in families or families[family].poll is None:
            names = ", ".join(self._client.catalog().polled)
            raise InvalidRequestError(
                f"waiting on a task id needs family= (one of {names}), got {family!r}",
                field="family",
            )
        return check_task_id(task), family

    def _family(self, name: str) -> Family:
        return self._client.catalog().families[name]

    @staticmethod
    def _expected(task: str | TaskCreated | AsyncTaskCreated) -> int | None:
        return task.expected_clips if isinstance(task, TaskCreated | AsyncTaskCreated) else None

    def _fallback(self, family: Family, timeout: float) -> float:
        """Seconds to listen for events alone before polling too."""
        if self._fallback_after is not None:
            listen = float(self._fallback_after)
        else:
            schedule = self._client.poll_schedule
            listen = FALLBACK_FACTOR * schedule.typical(family) * schedule.scale
        return min(listen, FALLBACK_SHARE * timeout)

    @staticmethod
    def _result(task: Task) -> Task:
        if task.status == "failed":
            raise TaskFailedError(task)
        return task

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client={self._client!r})"


class WebhookHub(_HubBase["Verbs"]):
    """Waits that deliveries end, for a :class:`~musicapi_client.MusicAPI` client.

    >>> hub = WebhookHub(client)                  # secret from the client's options
    >>> hub.deliver(request_body, request_headers)  # in the webhook route
    >>> task = hub.wait(created, timeout=600)       # anywhere else (another thread)

    With a client given ``redis_url``, a delivery given to any process's hub ends the
    waits of every process (a Redis stream; ``share=False`` keeps a hub to itself);
    ``close()`` stops reading it.
    """

    def wait(
        self,
        task: str | TaskCreated,
        *,
        family: str | None = None,
        timeout: float = 600.0,
        until: Until = "complete",
    ) -> Task:
        """The task once an event (or, after ``fallback_after``, a poll) says it is done.

        Raises TaskFailedError or WaitTimeoutError like ``wait()``.
        """
        task_id, name = self._target(task, family)
        timeout, until = check_timeout(timeout), check_until(until)
        source, expected = self._family(name), self._expected(task)
        clock = _EventClock(self._client._clock_for_waits(), self._inbox, task_id, until, None)
        since = clock.monotonic()
        try:
            clock.sleep(self._fallback(source, timeout))
            assert source.poll is not None
            return self._client._wait_task(
                source,
                source.poll,
                task_id,
                expected,
                timeout=timeout,
                on_progress=None,
                until=until,
                clock=clock,
                since=since,
            )
        except _Settled as settled:
            return self._result(settled.task)


class AsyncWebhookHub(_HubBase["AsyncVerbs"]):
    """:class:`WebhookHub` for an :class:`~musicapi_client.AsyncMusicAPI` client.

    ``deliver`` is a plain call (verification is quick), safe from any thread or task;
    ``await hub.wait(created)`` suspends only the waiting task.
    """

    async def wait(
        self,
        task: str | AsyncTaskCreated,
        *,
        family: str | None = None,
        timeout: float = 600.0,
        until: Until = "complete",
    ) -> Task:
        """The task once an event (or, after ``fallback_after``, a poll) says it is done."""
        task_id, name = self._target(task, family)
        timeout, until = check_timeout(timeout), check_until(until)
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()

        def wake_up() -> None:
            loop.call_soon_threadsafe(wake.set)

        forget = self._inbox.listen(task_id, wake_up)
        source, expected = self._family(name), self._expected(task)
        clock = _EventClock(self._client._clock_for_waits(), self._inbox, task_id, until, wake)
        since = clock.monotonic()
        try:
            await clock.asleep(self._fallback(source, timeout))
            assert source.poll is not None
            return await self._client._wait_task(
                source,
                source.poll,
                task_id,
                expected,
                timeout=timeout,
                on_progress=None,
                until=until,
                clock=clock,
                since=since,
            )
        except _Settled as settled:
            return self._result(settled.task)
        finally:
            forget()
