"""wait(timeout=T) returns or raises by T, whatever the server does (on a FakeClock)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client.testing import FakeClock
from tests.fakes import FakeAPI, fail, html, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable

TASK = "/api/v1/sonic/task/t1"
RUNNING = ok({"code": 200, "data": [{"clip_id": "a", "state": "running"}]})
DONE = ok({"code": 200, "data": [{"clip_id": "a", "state": "succeeded"}] * 2})


def stalling(clock: FakeClock, seconds: float) -> Callable[[httpx2.Request], httpx2.Response]:
    """A server that takes ``seconds`` to answer: the poll times out at its own deadline."""

    def reply(request: httpx2.Request) -> httpx2.Response:
        read = request.extensions["timeout"]["read"]
        if read is not None and read < seconds:
            clock.advance(read)
            raise httpx2.ReadTimeout("stalled", request=request)
        clock.advance(seconds)
        return httpx2.Response(200, json={"code": 200, "data": []})

    return reply


@pytest.mark.parametrize(
    "reply",
    [
        ok({"message": "slow down"}, status=429, headers={"retry-after": "5"}),
        ok({"message": "busy"}, status=503, headers={"retry-after": "5"}),
        ok({"message": "later"}, status=429, headers={"retry-after": "3600"}),
        ok({"message": "odd"}, status=429, headers={"retry-after": "nan"}),
        ok({"message": "odd"}, status=503, headers={"retry-after": "inf"}),
        ok({"message": "odd"}, status=503, headers={"retry-after": "-3"}),
        ok({"message": "odd"}, status=503, headers={"retry-after-ms": "1e400"}),
        html(502),
        fail(httpx2.ReadTimeout),
        fail(httpx2.RemoteProtocolError),
        fail(httpx2.ConnectError),
    ],
    ids=[
        "429-5s",
        "503-5s",
        "429-hour",
        "nan",
        "inf",
        "negative",
        "huge-ms",
        "502-html",
        "read-timeout",
        "dropped",
        "connect",
    ],
)
async def test_wait_keeps_its_deadline_when_every_poll_fails(
    api: FakeAPI, client_for: Callable[..., Any], reply: Any
) -> None:
    api.on("GET", TASK, reply)
    client = client_for(api)
    start = client.clock.now
    with pytest.raises(musicapi_client.WaitTimeoutError) as info:
        await resolve(client.sonic.wait("t1", timeout=1))
    assert client.clock.now - start <= 1.0 + 1e-9
    assert all(math.isfinite(s) and 0 <= s <= 1 for s in client.sleeps)
    assert info.value.task is None
    assert isinstance(info.value.last_error, musicapi_client.MusicAPIError)
    assert info.value.task_id == "t1"
    assert abs(sum(client.sleeps) - 1.0) < 1e-9  # it slept right up to the deadline, no further


async def test_a_stalling_server_cannot_stretch_the_wait(client_for: Callable[..., Any]) -> None:
    api = FakeAPI()
    clock = FakeClock()
    api.on("GET", TASK, stalling(clock, 45.0))
    client = client_for(api, clock=clock)
    with pytest.raises(musicapi_client.WaitTimeoutError):
        await resolve(client.sonic.wait("t1", timeout=3))
    assert clock.now - 1000.0 <= 3.0 + 1e-9
    timeouts = [r.extensions["timeout"]["read"] for r in api.requests]
    assert timeouts[0] == pytest.approx(3.0)
    assert all(t <= 3.0 for t in timeouts)


async def test_transient_poll_failures_are_retried_past_max_retries(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    failures = [
        ok({}, status=500),
        html(502),
        ok({}, status=503),
        ok({}, status=429, headers={"retry-after": "1"}),
        fail(httpx2.ReadTimeout),
        fail(httpx2.RemoteProtocolError),
        ok({}, status=504),
    ]
    api.on("GET", TASK, RUNNING, *failures, DONE)
    client = client_for(api, max_retries=1)
    task = await resolve(client.sonic.wait("t1", timeout=600))
    assert task.status == "succeeded"
    assert api.count("GET", TASK) == 1 + len(failures) + 1


async def test_a_lasting_error_still_ends_the_wait_at_once(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, ok({"message": "bad key"}, status=401))
    with pytest.raises(musicapi_client.AuthenticationError) as info:
        await resolve(client_for(api).sonic.wait("t1", timeout=600))
    assert info.value.task_id == "t1"
    assert api.count("GET", TASK) == 1


async def test_the_last_task_survives_a_timeout_after_errors(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, RUNNING, ok({}, status=503))
    with pytest.raises(musicapi_client.WaitTimeoutError) as info:
        await resolve(client_for(api).sonic.wait("t1", timeout=30))
    assert info.value.task is not None
    assert info.value.task.status == "running"
    assert isinstance(info.value.last_error, musicapi_client.InternalServerError)


async def test_a_single_get_ignores_a_nan_hint_and_backs_off(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, ok({}, status=503, headers={"retry-after": "nan"}), RUNNING)
    client = client_for(api)
    assert (await resolve(client.sonic.get("t1"))).status == "running"
    assert len(client.sleeps) == 1
    assert 0.375 <= client.sleeps[0] <= 0.5
