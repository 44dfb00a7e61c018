"""The mock's webhook deliveries: signed events posted on each task's timeline.

A create that names a ``webhook_url`` on this machine (127.0.0.1, ::1 or localhost) gets
its events posted there, as the API would: ``song.streaming`` when every clip can be
played (families that stream), then ``song.completed`` or ``song.failed`` at the end.
The event names and each family's ``platform`` come from the spec (``webhooks``,
``x-webhook-platforms``); the body is the task's poll answer at that moment, plus
``task_id`` and ``platform``; the headers are signed with the create's ``webhook_secret``
(or the mock's default one).

A non-2xx answer or a connection error is retried with a doubling backoff, a bounded
number of times. Faults for testing receivers: ``wh-duplicate`` sends every event twice,
``wh-reorder`` holds the streaming event back until after the final one, ``wh-badsig``
signs each event's first attempt with the wrong secret (the retry is right), and the
``webhook_drop`` share of events is never sent (exactly that share, evenly spread: 0.2
drops every fifth event). Everything is counted in the stats.
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx2

from musicapi_client.mock import _spec
from musicapi_client.webhooks._verify import sign

if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Callable

    from musicapi_client.mock._state import MockState, MockTask

LOCAL_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
ATTEMPTS = 5  # deliveries of one event before the mock gives up
BACKOFF = 0.5  # seconds (at speed 1) before the first retry; doubles each time
SEND_TIMEOUT = 5.0


@dataclass(order=True)
class _Due:
    at: float
    seq: int
    event: _Event = field(compare=False)


@dataclass
class _Event:
    task_id: str
    url: str
    secret: str
    name: str
    body: bytes = b""
    event_id: str = field(default_factory=lambda: f"evt_{uuid.uuid4().hex}")
    at_fraction: float = 1.0  # when in the task's timeline it falls due (1.0: the end)
    attempt: int = 0
    bad_signature: bool = False
    after_final: bool = False  # rendered when due, posted after the final event (wh-reorder)


def is_local(url: str) -> bool:
    """True for an http(s) URL on this machine: the only place the mock posts to."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and (parts.hostname or "") in LOCAL_HOSTS


def event_names() -> dict[str, str]:
    """Task status (succeeded, failed, streaming) -> event type, from the spec."""
    hooks = _spec.spec().get("webhooks", {})
    return {item["post"]["x-task-status"]: name for name, item in hooks.items()}


def platform(family: str) -> str:
    """What ``family``'s deliveries call it (its tag's first ``x-webhook-platforms``)."""
    tag: dict[str, Any] = next((t for t in _spec.spec()["tags"] if t["name"] == family), {})
    names = tag.get("x-webhook-platforms") or [family]
    return str(names[0])


def _streamable(answer: dict[str, Any]) -> bool:
    clips = answer.get("data")
    return isinstance(clips, list) and any(
        isinstance(clip, dict) and clip.get("state") == "streaming" for clip in clips
    )


class Deliverer:
    """Posts due events from one daemon thread; ``stop()`` ends it."""

    def __init__(self, state: MockState, render: Callable[[MockTask], dict[str, Any]]) -> None:
        self.state = state
        self.render = render  # the task's poll answer, now
        self.stats: Counter[str] = state.webhooks
        self._queue: list[_Due] = []
        self._seq = itertools.count()
        self._wake = threading.Condition()
        self._stopped = False
        self._drop_share = 0.0  # webhook_drop accumulated: drops exactly that share, in order
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ scheduling
    def schedule(self, task: MockTask, body: dict[str, Any]) -> None:
        """Plan ``task``'s events if its create named a webhook_url the mock may post to."""
        url = body.get("webhook_url")
        if not isinstance(url, str) or not url:
            return
        if not is_local(url):
            self._count("refused")  # never leave the machine
            return
        secret = body.get("webhook_secret") or self.state.config.webhook_secret
        names = event_names()
        config = self.state.config
        faults = self.state.faults
        plan: list[_Event] = []
        if task.outcome != "never":
            final = names["failed" if task.outcome == "fail" else "succeeded"]
            plan.append(_Event(task.task_id, url, secret, final))
        if task.outcome == "succeed" and "streaming" in names:
            streaming = _Event(task.task_id, url, secret, names["streaming"])
            streaming.at_fraction = config.streaming_fraction
            streaming.after_final = "wh-reorder" in faults
            plan.append(streaming)
        with self._wake:
            for event in plan:
                self._drop_share += config.webhook_drop
                if self._drop_share >= 1.0:
                    self._drop_share -= 1.0
                    self._count("dropped")
                    continue
                event.bad_signature = "wh-badsig" in faults
                at = task.started + task.duration * event.at_fraction
                self._push(at, event)
                if "wh-duplicate" in faults:
                    self._push(at + 0.01 / config.speed, dataclasses.replace(event))
            self._wake.notify()
        self._start()

    def _push(self, at: float, event: _Event) -> None:
        heapq.heappush(self._queue, _Due(at, next(self._seq), event))

    def _count(self, what: str) -> None:
        with self.state.lock:
            self.stats[what] += 1

    # ------------------------------------------------------------------ the thread
    def _start(self) -> None:
        with self._wake:
            if self._thread is None and not self._stopped:
                self._thread = threading.Thread(
                    target=self._run, name="musicapi-mock-webhooks", daemon=True
                )
                self._thread.start()

    def stop(self) -> None:
        """Stop delivering (idempotent); waits up to 5 s for the thread."""
        with self._wake:
            self._stopped = True
            self._wake.notify()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        with httpx2.Client(timeout=SEND_TIMEOUT, follow_redirects=False, trust_env=False) as http:
            while True:
                with self._wake:
                    while not self._stopped and (
                        not self._queue or self._queue[0].at > self.state.now()
                    ):
                        delay = self._queue[0].at - self.state.now() if self._queue else None
                        self._wake.wait(timeout=delay if delay is None else max(delay, 0.0))
                    if self._stopped:
                        return
                    due = heapq.heappop(self._queue)
                self._send(http, due.event)

    def _later(self, at: float, event: _Event) -> None:
        with self._wake:
            self._push(at, event)
            self._wake.notify()

    def _send(self, http: httpx2.Client, event: _Event) -> None:
        task = self.state.tasks[event.task_id]
        now = self.state.now()
        if not event.body:  # rendered once, when first due: the poll answer at that moment
            # The timeline as it is now (a test or benchmark may have stretched it).
            due = task.started + task.duration * event.at_fraction
            if due > now:
                self._later(due, event)
                return
            answer = {"task_id": task.task_id, "platform": platform(task.family)}
            answer.update(self.render(task))
            if event.name == event_names().get("streaming") and not _streamable(answer):
                return  # this family does not stream: no such event
            event.body = json.dumps(answer).encode("utf-8")
        held = task.started + task.duration + 0.05 / self.state.config.speed
        if event.after_final and event.attempt == 0 and held > now:
            self._later(held, event)
            return
        event.attempt += 1
        secret = event.secret
        if event.bad_signature and event.attempt == 1:
            secret = "not-" + secret
        headers = {
            "Content-Type": "application/json",
            "X-Webhook-Id": event.event_id,
            "Idempotency-Key": event.event_id,
            "X-Webhook-Event": event.name,
            **sign(event.body, secret, int(time.time())),
        }
        self._count("sent")
        try:
            status = http.post(event.url, content=event.body, headers=headers).status_code
        except httpx2.HTTPError:
            status = 0
        if 200 <= status < 300:
            self._count("delivered")
            return
        self._count("rejected" if status else "unreachable")
        if event.attempt >= ATTEMPTS:
            self._count("failed")
            return
        delay = BACKOFF * 2 ** (event.attempt - 1) / self.state.config.speed
        self._later(self.state.now() + delay, event)
