"""After a POST, any failure that may hide a started task says the outcome is unknown;
no httpx2 or standard-library exception escapes the client; a POST never follows a redirect."""

from __future__ import annotations

import gzip
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from tests.fakes import FakeAPI, fail, html, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable

CREATE = "/api/v1/sonic/create"
UPLOAD = "/api/v1/sonic/upload"
TASK = "/api/v1/sonic/task/t1"
ARGS = {"custom_mode": False, "gpt_description_prompt": "sea", "mv": "sonic-v6"}


def raw(status: int, body: bytes, **headers: str) -> Callable[[httpx2.Request], httpx2.Response]:
    """A reply whose body is only read by the client (not decoded by the fake)."""
    return lambda request: httpx2.Response(status, headers=headers, stream=httpx2.ByteStream(body))


ACCEPTED_BUT_UNREADABLE = {
    "truncated-json": raw(200, b'{"task_id": "t1", "mess', **{"content-type": "application/json"}),
    "html-page": raw(200, b"<html><body>OK</body></html>", **{"content-type": "text/html"}),
    "empty": raw(200, b""),
    "no-task-id": lambda request: ok({"code": 200, "message": "success"}),
    "empty-task-id": lambda request: ok({"task_id": "  "}),
    "not-gzip": raw(200, b'{"task_id": "t1"}', **{"content-encoding": "gzip"}),
    "gzip-bomb": raw(200, gzip.compress(b" " * (9 * 1024 * 1024)), **{"content-encoding": "gzip"}),
    "303-see-other": lambda request: httpx2.Response(303, headers={"location": "/api/v1/x"}),
    "307-redirect": lambda request: httpx2.Response(307, headers={"location": CREATE}),
    "500": lambda request: ok({"error": "boom"}, status=500),
    "502-html": lambda request: html(502),
    "read-timeout": fail(httpx2.ReadTimeout),
    "dropped": fail(httpx2.RemoteProtocolError),
}


@pytest.mark.parametrize("reply", ACCEPTED_BUT_UNREADABLE.values(), ids=ACCEPTED_BUT_UNREADABLE)
async def test_a_create_that_may_have_started_says_its_outcome_is_unknown(
    api: FakeAPI, client_for: Callable[..., Any], reply: Any
) -> None:
    api.on("POST", CREATE, reply, ok({"task_id": "t2"}))
    api.on("POST", "/api/v1/x", ok({"task_id": "t3"}))
    api.on("GET", "/api/v1/x", ok({"task_id": "t3"}))
    client = client_for(api)
    with pytest.raises(musicapi_client.MusicAPIError) as info:
        await resolve(client.sonic.create(**ARGS))
    assert info.value.outcome_unknown, info.value
    assert "outcome is unknown" in str(info.value)
    assert len(api.requests) == 1  # sent once, never replayed (not even as a GET)
    assert client.sleeps == []


REJECTED = {
    "400": ok({"message": "mv is invalid"}, status=400),
    "401": ok({"message": "bad key"}, status=401),
    "403-credits": ok({"message": "The remaining credits are not enough."}, status=403),
    "404": ok({"message": "no"}, status=404),
}


@pytest.mark.parametrize("reply", REJECTED.values(), ids=REJECTED)
async def test_a_create_the_server_refused_is_known_not_to_have_started(
    api: FakeAPI, client_for: Callable[..., Any], reply: Any
) -> None:
    api.on("POST", CREATE, reply)
    with pytest.raises(musicapi_client.APIStatusError) as info:
        await resolve(client_for(api).sonic.create(**ARGS))
    assert not info.value.outcome_unknown


async def test_an_upload_answered_without_json_says_its_outcome_is_unknown(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", UPLOAD, raw(200, b"<html>Bad gateway</html>"))
    with pytest.raises(musicapi_client.APIStatusError) as info:
        await resolve(client_for(api).sonic.upload(url="https://f.example/a.mp3"))
    assert info.value.outcome_unknown


NOT_DECODABLE = {
    "not-gzip": raw(200, b'{"code": 200, "data": []}', **{"content-encoding": "gzip"}),
    "not-deflate": raw(200, b"\xff\xfe garbage", **{"content-encoding": "deflate"}),
    "redirect-loop": lambda request: httpx2.Response(302, headers={"location": TASK}),
    "bad-location": lambda request: httpx2.Response(302, headers={"location": "http://[::1"}),
    "stream-error": lambda request: (_ for _ in ()).throw(httpx2.StreamClosed()),
}


@pytest.mark.parametrize("reply", NOT_DECODABLE.values(), ids=NOT_DECODABLE)
async def test_a_poll_never_leaks_an_httpx_exception(
    api: FakeAPI, client_for: Callable[..., Any], reply: Any
) -> None:
    api.on("GET", TASK, reply)
    with pytest.raises(musicapi_client.APIConnectionError) as info:
        await resolve(client_for(api, max_retries=1).sonic.get("t1"))
    assert not isinstance(info.value, httpx2.HTTPError)
    assert info.value.task_id == "t1"
    assert not info.value.outcome_unknown


async def test_a_mislabelled_gzip_poll_is_retried_like_a_network_error(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on(
        "GET",
        TASK,
        raw(200, b"not gzip", **{"content-encoding": "gzip"}),
        ok({"code": 200, "data": [{"clip_id": "a", "state": "succeeded"}] * 2}),
    )
    task = await resolve(client_for(api).sonic.get("t1"))
    assert task.status == "succeeded"
    assert api.count("GET", TASK) == 2


async def test_real_gzip_answers_are_decoded(api: FakeAPI, client_for: Callable[..., Any]) -> None:
    body = b'{"code": 200, "data": [{"clip_id": "a", "state": "running"}]}'
    api.on("GET", TASK, raw(200, gzip.compress(body), **{"content-encoding": "gzip"}))
    task = await resolve(client_for(api).sonic.get("t1"))
    assert task.status == "running"
    assert api.requests[0].headers["accept-encoding"] == "gzip, deflate"


async def test_a_redirected_get_is_followed(api: FakeAPI, client_for: Callable[..., Any]) -> None:
    api.on("GET", TASK, lambda request: httpx2.Response(301, headers={"location": "/moved/t1"}))
    api.on("GET", "/moved/t1", ok({"code": 200, "data": [{"clip_id": "a", "state": "running"}]}))
    assert (await resolve(client_for(api).sonic.get("t1"))).status == "running"


class _ProtocolSlip(Exception):
    """What a protocol library may raise past the HTTP stack (h11's LocalProtocolError is one)."""


def _slips(request: httpx2.Request) -> httpx2.Response:
    raise _ProtocolSlip("too much data for declared Content-Length")


async def test_an_exception_the_transport_lets_through_is_typed_and_never_retried(
    client_for: Callable[..., Any],
) -> None:
    api = FakeAPI().on("POST", CREATE, _slips).on("GET", TASK, _slips)
    client = client_for(api, create_interval=0)
    with pytest.raises(musicapi_client.APIConnectionError) as created:
        await resolve(client.sonic.create(**ARGS))
    assert created.value.outcome_unknown is True
    assert isinstance(created.value.__cause__, _ProtocolSlip)
    with pytest.raises(musicapi_client.APIConnectionError) as polled:
        await resolve(client.sonic.get("t1"))
    assert polled.value.outcome_unknown is False
    assert len(api.requests) == 2  # neither retried: repeating it would fail the same way
