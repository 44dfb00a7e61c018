"""Budgets and batches keep their promises where a change would break them silently: an
unknown outcome counts against the budget, an unreadable balance falls back to estimates,
creates in flight are held against the balance, a create that never left stops the batch,
nothing is sent after the stop, waits and polls end in the right state, and every state
change is said (what the CLI prints)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client import batch
from musicapi_client.testing import FakeClock

if TYPE_CHECKING:
    from pathlib import Path

PRICE = 10.0
Fault = Callable[[httpx2.Request], httpx2.Response]
DONE = {
    "code": 200,
    "data": [
        {"clip_id": f"c{n}", "state": "succeeded", "audio_url": f"https://cdn.example/c{n}.mp3"}
        for n in (1, 2)
    ],
}


def _raise(kind: type[httpx2.TransportError]) -> Fault:
    def fault(request: httpx2.Request) -> httpx2.Response:
        raise kind("scripted", request=request)

    return fault


class ScriptedAPI:
    """An in-memory MusicAPI: each create is charged PRICE (a 403 "credits not enough"
    when the balance cannot pay), yields to the event loop (so creates can be in flight
    together), and its task is done at the first poll, unless scripted otherwise."""

    def __init__(self, balance: float = 1000.0) -> None:
        self.balance = balance
        self.readable: Callable[[int], bool] = lambda read: True  # by read number (1-based)
        self.create_faults: list[Fault] = []  # the next creates' answers, in order
        self.poll: Fault | None = None  # every poll's answer, instead of done
        self.creates = self.refused = self.reads = 0

    async def handler(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path
        if path.endswith("/get-credits"):
            self.reads += 1
            if not self.readable(self.reads):
                return httpx2.Response(503, json={"message": "busy"})
            return httpx2.Response(200, json={"credits": self.balance, "extra_credits": 0})
        if path.endswith("/sonic/create"):
            self.creates += 1
            await asyncio.sleep(0)  # another create may start meanwhile
            if self.create_faults:
                return self.create_faults.pop(0)(request)
            if self.balance < PRICE:
                self.refused += 1
                return httpx2.Response(403, json={"message": "Your credits are not enough"})
            self.balance -= PRICE
            return httpx2.Response(200, json={"code": 200, "task_id": f"t{self.creates}"})
        if "/sonic/task/" in path:
            return self.poll(request) if self.poll else httpx2.Response(200, json=DONE)
        return httpx2.Response(404, json={"message": "no route"})


def _jobs(tmp_path: Path, count: int) -> Path:
    song = {"custom_mode": False, "gpt_description_prompt": "a song", "mv": "sonic-v6"}
    lines = [{"id": f"j{n}", "operation": "sonic.create", "params": song} for n in range(count)]
    path = tmp_path / "jobs.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _run(
    api: ScriptedAPI, tmp_path: Path, count: int, clock: Any = None, **options: Any
) -> tuple[batch.BatchResult, list[tuple[str, str | None]]]:
    """Run ``count`` jobs on ``api``; the result and every event (kind, job id)."""
    events: list[tuple[str, str | None]] = []
    given_on_event = options.pop("on_event", None)

    def on_event(kind: str, entry: Any, message: str, counts: dict[str, int]) -> None:
        events.append((kind, entry.id if entry is not None else None))
        if given_on_event is not None:
            given_on_event(kind, entry, message, counts)

    async def run() -> batch.BatchResult:
        client = musicapi_client.AsyncMusicAPI(
            api_key="k",
            http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(api.handler)),
            create_interval=options.pop("create_interval", 0),
            max_retries=0,
            clock=clock or FakeClock(),
            credit_prices={"sonic.create": PRICE},
        )
        try:
            return await batch.arun(
                _jobs(tmp_path, count), tmp_path / "out", client=client, on_event=on_event,
                **options,
            )  # fmt: skip
        finally:
            await client.close()

    return asyncio.run(run()), events


def _states(result: batch.BatchResult) -> dict[str, int]:
    return {state: n for state, n in result.counts.items() if n}


def test_a_create_of_unknown_outcome_counts_against_the_budget(tmp_path: Path) -> None:
    """Budget 30 at 10 a create, the balance unreadable (estimates only): the first create
    times out (it may have been charged), so two more fit, not three."""
    api = ScriptedAPI()
    api.readable = lambda read: False
    api.create_faults = [_raise(httpx2.ReadTimeout)]
    result, _ = _run(api, tmp_path, 6, max_credits=30)
    assert api.creates == 3
    assert _states(result) == {"unknown": 1, "done": 2, "planned": 3}


def test_a_balance_that_becomes_unreadable_holds_the_budget_on_estimates(tmp_path: Path) -> None:
    """The balance answers twice (before the batch, and to measure the first create), then
    no more: the creates after it are counted at their price, and the budget holds."""
    api = ScriptedAPI()
    api.readable = lambda read: read <= 2
    result, _ = _run(api, tmp_path, 8, max_credits=40)
    assert api.creates == 4
    assert _states(result) == {"done": 4, "planned": 4}


def test_creates_in_flight_are_held_against_the_balance_near_its_end(tmp_path: Path) -> None:
    """35 credits, 10 a create: three fit. Creates in flight count against the balance,
    so at its end they go one at a time and the server's 403 is met once."""
    api = ScriptedAPI(balance=35)
    result, _ = _run(api, tmp_path, 8, concurrency=8)
    assert api.refused == 1
    assert result.counts["done"] == 3
    assert any("too few credits" in note for note in result.notes)


def test_a_create_refused_before_it_left_stops_the_batch_and_stays_planned(tmp_path: Path) -> None:
    """The API cannot be reached (the connection is refused): nothing started, so the job
    stays planned (not rejected) and the batch stops sending."""
    api = ScriptedAPI()
    api.create_faults = [_raise(httpx2.ConnectError)]
    result, events = _run(api, tmp_path, 4, concurrency=1)
    assert api.creates == 1
    assert _states(result) == {"planned": 4}
    assert any("could not be reached" in note for note in result.notes)
    assert ("planned", "j0") in events


class GatedClock(FakeClock):
    """A clock whose async sleeps wait for ``gate`` (set by the test when it wants)."""

    def __init__(self) -> None:
        super().__init__()
        self.gate: asyncio.Event | None = None

    async def asleep(self, seconds: float) -> None:
        if seconds > 0:
            if self.gate is None:
                self.gate = asyncio.Event()
            await self.gate.wait()
        await super().asleep(seconds)


def test_no_create_goes_out_after_the_stop_while_it_waited_for_its_slot(tmp_path: Path) -> None:
    """j1 waits for its pacing slot while j0's create is refused for lack of credits (the
    batch stops); when the slot comes, j1 is not sent."""
    api = ScriptedAPI()
    api.readable = lambda read: False  # estimates only: j1 need not wait for j0's price
    api.create_faults = [lambda request: httpx2.Response(402, json={"message": "no credits"})]
    clock = GatedClock()

    def open_the_gate(kind: str, entry: Any, message: str, counts: dict[str, int]) -> None:
        if kind == "rejected" and clock.gate is not None:
            clock.gate.set()  # j0 refused and the stop decided: now j1's slot comes

    result, events = _run(api, tmp_path, 2, clock, create_interval=5, on_event=open_the_gate)
    assert api.creates == 1
    assert _states(result) == {"rejected": 1, "planned": 1}
    assert ("sending", "j1") not in events


@pytest.mark.parametrize(
    ("poll", "state"),
    [
        (lambda request: httpx2.Response(200, json={"code": 200, "data": []}), "created"),
        (lambda request: httpx2.Response(503, json={"message": "down"}), "created"),
        (lambda request: httpx2.Response(404, json={"message": "no such task"}), "failed"),
        (lambda request: httpx2.Response(400, json={"message": "bad task id"}), "failed"),
        (lambda request: httpx2.Response(200, text="<html>maintenance</html>"), "created"),
    ],
    ids=["wait-times-out", "poll-fails-for-good", "task-gone", "refused", "unreadable"],
)
def test_a_wait_that_ends_without_the_song_leaves_the_job_where_it_belongs(
    tmp_path: Path, poll: Fault, state: str
) -> None:
    """A wait that times out, whose polls fail until its deadline, or whose answer cannot
    be read leaves the job created (a rerun waits again: the task exists and was paid
    for); a task the API says does not exist, or a poll it refuses (4xx), is failed."""
    api = ScriptedAPI()
    api.poll = poll
    result, events = _run(api, tmp_path, 1, wait_timeout=60)
    assert api.creates == 1
    assert _states(result) == {state: 1}
    assert events[-1] == ("incomplete" if state == "created" else state, "j0")
    rows = [json.loads(line) for line in (tmp_path / "out/manifest.jsonl").read_text().splitlines()]
    assert rows[0]["task_id"] == "t1"


def test_every_state_change_is_said_in_order(tmp_path: Path) -> None:
    api = ScriptedAPI()
    _, events = _run(api, tmp_path, 2, concurrency=1)
    for job in ("j0", "j1"):
        assert [kind for kind, job_id in events if job_id == job] == ["sending", "created", "done"]


def _refused_by(kind: str) -> Fault:
    from musicapi_client.mock import _spec

    message = _spec.refusals()[kind]
    return lambda request: httpx2.Response(403, json={"code": 403, "message": message})


def test_a_content_policy_refusal_rejects_one_job_and_the_batch_goes_on(tmp_path: Path) -> None:
    api = ScriptedAPI()
    api.create_faults = [_refused_by("copyright")]
    result, events = _run(api, tmp_path, 3, concurrency=1)
    assert _states(result) == {"rejected": 1, "done": 2}
    assert ("rejected", "j0") in events
    rows = [json.loads(line) for line in (tmp_path / "out/manifest.jsonl").read_text().splitlines()]
    assert "copyrighted" in rows[0]["error"]


def test_a_missing_subscription_stops_the_batch(tmp_path: Path) -> None:
    api = ScriptedAPI()
    api.create_faults = [_refused_by("no_subscription")]
    result, _ = _run(api, tmp_path, 3, concurrency=1)
    assert api.creates == 1
    assert _states(result) == {"rejected": 1, "planned": 2}
    assert any("no active subscription" in note for note in result.notes)
