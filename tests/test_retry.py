"""Retries: reads are retried, creates only when provably unsent or rate limited."""

from __future__ import annotations

import email.utils
import time
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client._retry import RetryPolicy, parse_retry_after
from tests.fakes import FakeAPI, fail, html, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable


from tests.fakes import make_client

RUNNING = ok({"code": 200, "data": [{"clip_id": "a", "state": "running"}]})

CREATE = "/api/v1/sonic/create"
TASK = "/api/v1/sonic/task/t1"
DONE = {"code": 200, "data": [{"clip_id": "c", "state": "succeeded"}] * 2}
ARGS = {"custom_mode": False, "gpt_description_prompt": "sea", "mv": "sonic-v6"}


@pytest.mark.parametrize(
    "first",
    [
        ok({"error": "boom"}, status=500),
        html(502),
        ok({"error": "busy"}, status=503),
        ok({"error": "slow"}, status=429),
        fail(httpx2.ConnectError),
        fail(httpx2.ReadTimeout),
        fail(httpx2.RemoteProtocolError),
    ],
    ids=["500", "502-html", "503", "429", "connect", "read-timeout", "protocol"],
)
async def test_reads_are_retried(api: FakeAPI, client_for: Callable[..., Any], first: Any) -> None:
    api.on("GET", TASK, first, ok(DONE))
    client = client_for(api)
    task = await resolve(client.sonic.get("t1"))
    assert task.status == "succeeded"
    assert api.count("GET", TASK) == 2
    assert len(client.sleeps) == 1
    assert 0.375 <= client.sleeps[0] <= 0.5


@pytest.mark.parametrize(
    ("first", "error"),
    [
        (ok({"error": "boom"}, status=500), musicapi_client.InternalServerError),
        (html(502), musicapi_client.InternalServerError),
        (ok({"error": "busy"}, status=503), musicapi_client.InternalServerError),
        (fail(httpx2.ReadTimeout), musicapi_client.APITimeoutError),
        (fail(httpx2.WriteTimeout), musicapi_client.APITimeoutError),
        (fail(httpx2.RemoteProtocolError), musicapi_client.APIConnectionError),
        (fail(httpx2.ReadError), musicapi_client.APIConnectionError),
    ],
    ids=["500", "502-html", "503", "read-timeout", "write-timeout", "protocol", "read-error"],
)
async def test_creates_that_may_have_started_are_sent_once(
    api: FakeAPI, client_for: Callable[..., Any], first: Any, error: type[Exception]
) -> None:
    api.on("POST", CREATE, first, ok({"task_id": "t1"}))
    client = client_for(api)
    with pytest.raises(error) as info:
        await resolve(client.sonic.create(**ARGS))
    assert api.count("POST", CREATE) == 1
    assert client.sleeps == []
    assert info.value.outcome_unknown
    assert "outcome is unknown" in str(info.value)


@pytest.mark.parametrize(
    "first",
    [
        fail(httpx2.ConnectError),
        fail(httpx2.ConnectTimeout),
        fail(httpx2.PoolTimeout),
        ok({"error": "slow"}, status=429, headers={"retry-after": "1.5"}),
    ],
    ids=["connect", "connect-timeout", "pool-timeout", "429"],
)
async def test_creates_that_never_started_are_retried(
    api: FakeAPI, client_for: Callable[..., Any], first: Any
) -> None:
    api.on("POST", CREATE, first, ok({"task_id": "t1"}))
    client = client_for(api)
    created = await resolve(client.sonic.create(**ARGS))
    assert created.task_id == "t1"
    assert api.count("POST", CREATE) == 2


async def test_retry_after_seconds_is_honoured(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", CREATE, ok({}, status=429, headers={"retry-after": "3"}), ok({"task_id": "t1"}))
    client = client_for(api)
    await resolve(client.sonic.create(**ARGS))
    assert client.sleeps == [3.0]


async def test_retries_stop_at_max_retries(api: FakeAPI, client_for: Callable[..., Any]) -> None:
    api.on("GET", TASK, ok({"error": "down"}, status=503))
    client = client_for(api, max_retries=3)
    with pytest.raises(musicapi_client.InternalServerError) as info:
        await resolve(client.sonic.get("t1"))
    assert api.count("GET", TASK) == 4
    assert not info.value.outcome_unknown
    assert [round(s / b, 2) >= 0.75 for s, b in zip(client.sleeps, [0.5, 1, 2], strict=True)] == [
        True
    ] * 3
    assert all(s <= b for s, b in zip(client.sleeps, [0.5, 1, 2], strict=True))


async def test_max_retries_zero_disables_retries(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, fail(httpx2.ConnectError))
    with pytest.raises(musicapi_client.APIConnectionError) as info:
        await resolve(client_for(api, max_retries=0).sonic.get("t1"))
    assert api.count("GET", TASK) == 1
    assert info.value.task_id == "t1"


async def test_a_retry_after_beyond_the_cap_is_not_waited_for(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, ok({}, status=429, headers={"retry-after": "3600"}))
    client = client_for(api)
    with pytest.raises(musicapi_client.RateLimitError):
        await resolve(client.sonic.get("t1"))
    assert client.sleeps == []


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after(httpx2.Headers({"retry-after": "2.5"})) == 2.5
    assert parse_retry_after(httpx2.Headers({"retry-after-ms": "1500"})) == 1.5
    assert parse_retry_after(httpx2.Headers({"retry-after": "soon"})) is None
    assert parse_retry_after(httpx2.Headers({})) is None
    future = email.utils.formatdate(time.time() + 20, usegmt=True)
    assert 17 <= (parse_retry_after(httpx2.Headers({"retry-after": future})) or 0) <= 20
    past = email.utils.formatdate(time.time() - 20, usegmt=True)
    assert parse_retry_after(httpx2.Headers({"retry-after": past})) == 0.0


def test_backoff_grows_and_is_capped() -> None:
    policy = RetryPolicy(max_retries=10)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (3, 4.0), (4, 8.0), (9, 8.0), (500, 8.0)]:
        delay = policy.backoff(attempt)
        assert ceiling * 0.75 <= delay <= ceiling


def test_the_default_max_retries_is_two(api: FakeAPI) -> None:
    api.on("GET", TASK, ok({"message": "busy"}, status=503))
    client = make_client("sync", api)
    assert client.max_retries == 2
    with pytest.raises(musicapi_client.InternalServerError):
        client.sonic.get("t1")
    assert api.count("GET", TASK) == 3


async def test_a_sub_second_retry_hint_is_kept(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, ok({}, status=429, headers={"retry-after": "0.25"}), RUNNING)
    client = client_for(api)
    await resolve(client.sonic.get("t1"))
    assert client.sleeps == [0.25]
    api.routes[("GET", TASK)] = [ok({}, status=503, headers={"retry-after-ms": "150"}), RUNNING]
    await resolve(client.sonic.get("t1"))
    assert client.sleeps == [0.25, 0.15]


@pytest.mark.parametrize(
    ("failure", "typed"),
    [
        (httpx2.ConnectError, musicapi_client.APIConnectionError),
        (httpx2.RemoteProtocolError, musicapi_client.APIConnectionError),
        (httpx2.ReadError, musicapi_client.APIConnectionError),
        (httpx2.ReadTimeout, musicapi_client.APITimeoutError),
        (httpx2.ConnectTimeout, musicapi_client.APITimeoutError),
    ],
)
async def test_only_timeouts_are_typed_as_timeouts(
    api: FakeAPI, client_for: Callable[..., Any], failure: Any, typed: Any
) -> None:
    api.on("GET", TASK, fail(failure))
    with pytest.raises(musicapi_client.APIConnectionError) as info:
        await resolve(client_for(api, max_retries=0).sonic.get("t1"))
    assert type(info.value) is typed


async def test_only_a_create_that_may_have_started_says_its_outcome_is_unknown(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    client = client_for(api, max_retries=0)
    api.on("POST", CREATE, fail(httpx2.ConnectError))  # never reached the server
    with pytest.raises(musicapi_client.APIConnectionError) as never_sent:
        await resolve(client.sonic.create(**ARGS))
    api.on("GET", TASK, fail(httpx2.ReadTimeout))  # a read changes nothing
    with pytest.raises(musicapi_client.APITimeoutError) as read:
        await resolve(client.sonic.get("t1"))
    api.routes[("POST", CREATE)] = [fail(httpx2.ReadTimeout)]  # sent, no answer
    with pytest.raises(musicapi_client.APITimeoutError) as maybe:
        await resolve(client.sonic.create(**ARGS))
    assert (never_sent.value.outcome_unknown, read.value.outcome_unknown) == (False, False)
    assert maybe.value.outcome_unknown is True
