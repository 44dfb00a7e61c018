"""The mock's memory: tasks and their timelines, uploads, personas, credits, faults, counts."""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# The documented 403 refusals a create can be answered with (one-shot, creates only):
# fault name -> the kind of x-error-kinds whose example message is sent.
REFUSALS = {
    "copyright": "copyright",
    "inappropriate": "inappropriate",
    "moderation": "moderation",
    "no-subscription": "no_subscription",
}
FAULTS = frozenset(
    {"none", "429", "500", "503", "html502", "slow", "drop", "fail", "stuck"}
    | {"wh-duplicate", "wh-reorder", "wh-badsig"}  # webhook deliveries (see _webhooks)
    | set(REFUSALS)
)
# Seconds of generation at speed 1: half of each family's typical time in the spec
# (x-typical-seconds), short enough to try by hand, long enough to poll.
GENERATION_SHARE = 0.5


def default_generation_seconds() -> dict[str, float]:
    """Half of each family's typical generation time, from the spec."""
    from musicapi_client.mock._spec import typical_seconds

    return {family: seconds * GENERATION_SHARE for family, seconds in typical_seconds().items()}


def parse_faults(profile: str) -> frozenset[str]:
    """``"429,html502"`` -> {"429", "html502"}; unknown names raise ValueError."""
    names = frozenset(part.strip() for part in profile.split(",") if part.strip()) - {"none"}
    unknown = names - FAULTS
    if unknown:
        raise ValueError(f"unknown fault(s) {sorted(unknown)}; choose from {sorted(FAULTS)}")
    return names


@dataclass
class MockConfig:
    """How the mock behaves. ``speed`` divides every duration (10 = ten times faster)."""

    api_key: str = "mock-key"
    # More keys the mock accepts; each paced on its own (the API's limit is per key).
    more_keys: tuple[str, ...] = ()
    api: str = "2026"  # "2025-06": the mid-2025 behaviour (nuro answers instead of 410)
    speed: float = 1.0
    faults: str = "none"
    credits: float = 500.0
    extra_credits: float = 0.0
    # What a call costs, by the client's operation key ("sonic.create": 20), over the
    # spec's x-credits: a mock whose prices moved, to test budgets.
    credit_prices: dict[str, float] = field(default_factory=dict)
    audio_seconds: float = 3.0
    generation_seconds: dict[str, float] = field(default_factory=default_generation_seconds)
    # Seconds (at speed 1) that must pass between two creates; 0: no limit. A create
    # sooner gets 429 with Retry-After, as the API does past one create every 3 s.
    create_interval: float = 0.0
    pending_fraction: float = 0.1
    # From here every clip can be streamed (state "streaming", with an audio_url).
    streaming_fraction: float = 0.4
    partial_fraction: float = 0.85
    slow_seconds: float = 2.0
    # Signs deliveries of creates that send no webhook_secret (the API's managed default).
    webhook_secret: str = "mock-webhook-secret"  # noqa: S105 - a well-known test value
    webhook_drop: float = 0.0  # fraction of webhook events never sent
    # What the mock reads time from (an object with monotonic()): tests share a
    # musicapi_client.testing.FakeClock with the client, so that pacing and task timelines
    # follow simulated time, whatever the machine's load does to real time.
    clock: Any = None


@dataclass
class MockTask:
    """A task and its timeline."""

    task_id: str
    family: str
    request: dict[str, Any]
    clip_ids: list[str]
    started: float
    duration: float
    outcome: str  # "succeed", "fail" or "never"

    def phase(self, now: float, config: MockConfig) -> str:
        """pending, running, streaming, partial or done."""
        if self.outcome == "never":
            return "running"
        elapsed = now - self.started
        if elapsed >= self.duration:
            return "done"
        if elapsed >= self.duration * config.partial_fraction:
            return "partial"
        if elapsed >= self.duration * config.streaming_fraction:
            return "streaming"
        if elapsed >= self.duration * config.pending_fraction:
            return "running"
        return "pending"


class MockState:
    """Everything the mock remembers; safe to read from other threads."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.lock = threading.Lock()
        self.faults = parse_faults(config.faults)
        self.tasks: dict[str, MockTask] = {}
        self.generated_clips: set[str] = set()
        self.uploaded_clips: set[str] = set()
        self.personas: set[str] = set()
        self.lyrics_prompts: dict[str, str] = {}  # legacy /suno/make-lyrics tasks
        self.credits = config.credits
        self.extra_credits = config.extra_credits
        self.requests: Counter[str] = Counter()
        self.last_create: dict[str, float] = {}  # per key
        self.paced = 0  # creates refused for coming too soon
        self.fault_hits: Counter[tuple[str, str]] = Counter()
        self.webhooks: Counter[str] = Counter()  # sent, delivered, rejected, dropped, ...
        self.create_bodies: Counter[str] = Counter()  # digest of each accepted create body
        self._ids = itertools.count(1)

    def set_faults(self, profile: str) -> None:
        """Switch the fault profile; each one-shot fault fires again once per route."""
        faults = parse_faults(profile)
        with self.lock:
            self.faults = faults
            self.fault_hits.clear()

    def take_fault(self, route_key: str, *, create: bool = False) -> str | None:
        """The one-shot fault to inject into this route's next answer, if any (a policy
        refusal only into a create's)."""
        refusals: tuple[str, ...] = tuple(REFUSALS) if create else ()
        one_shot = ("429", "500", "503", "html502", "drop", *refusals)
        with self.lock:
            for fault in one_shot:
                if fault in self.faults and self.fault_hits[(route_key, fault)] == 0:
                    self.fault_hits[(route_key, fault)] += 1
                    return fault
        return None

    def count(self, key: str) -> None:
        """Record one request to ``key`` (an operationId, or "audio")."""
        with self.lock:
            self.requests[key] += 1

    def now(self) -> float:
        """The mock's monotonic time (its config's clock, else the system's)."""
        clock = self.config.clock
        return float(clock.monotonic()) if clock is not None else time.monotonic()

    def pace(self, key: str = "") -> float | None:
        """None when a create may start now (and records it); else seconds to wait.

        Arrivals jitter: a client that sends exactly one interval apart may arrive a little
        sooner, so 10 % of the interval is tolerated.
        """
        interval = 0.9 * self.config.create_interval / self.config.speed
        now = self.now()
        with self.lock:
            wait = self.last_create.get(key, -math.inf) + interval - now
            if wait > 0:
                self.paced += 1
                return wait
            self.last_create[key] = now
            return None

    def spend(self, amount: float) -> bool:
        """Take credits (extra credits first); False when the balance is too low."""
        with self.lock:
            if amount > self.credits + self.extra_credits:
                return False
            from_extra = min(amount, self.extra_credits)
            self.extra_credits -= from_extra
            self.credits -= amount - from_extra
            return True

    def accept_create(self, body: Any) -> None:
        """Remember an accepted create's body: the same body accepted twice is counted."""
        digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()
        with self.lock:
            self.create_bodies[digest] += 1

    def new_id(self) -> str:
        """A fresh uuid-shaped id."""
        return str(uuid.UUID(int=uuid.uuid4().int ^ next(self._ids)))

    def add_task(self, family: str, request: dict[str, Any], clips: int) -> MockTask:
        """Start a task whose timeline follows the config."""
        duration = self.config.generation_seconds.get(family, 20.0) / self.config.speed
        outcome = (
            "fail" if "fail" in self.faults else "never" if "stuck" in self.faults else "succeed"
        )
        task = MockTask(
            self.new_id(),
            family,
            request,
            [self.new_id() for _ in range(clips)],
            self.now(),
            duration,
            outcome,
        )
        with self.lock:
            self.tasks[task.task_id] = task
            self.generated_clips.update(task.clip_ids)
        return task

    def task_of_clip(self, clip_id: str) -> MockTask | None:
        """The generated task a clip belongs to, if any."""
        with self.lock:
            return next((t for t in self.tasks.values() if clip_id in t.clip_ids), None)

    def stats(self) -> dict[str, Any]:
        """Counts and balances, as the /__mock__/stats endpoint shows them."""
        with self.lock:
            return {
                "requests": dict(self.requests),
                "credits": self.credits,
                "extra_credits": self.extra_credits,
                "tasks": len(self.tasks),
                "faults": sorted(self.faults),
                "paced": self.paced,
                "webhooks": dict(self.webhooks),
                # accepted creates whose exact body had been accepted before
                "repeated_creates": sum(n - 1 for n in self.create_bodies.values()),
            }
