"""Per-call extra_headers / extra_query / timeout, and the client's default_headers /
default_query (kept by with_options): what reaches the wire, and what is refused first."""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

import pytest

import musicapi_client
from tests.fakes import API_KEY, FakeAPI, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable

CREATED = {"code": 200, "message": "success", "task_id": "task-1"}
DONE = {
    "code": 200,
    "data": [{"clip_id": "c1", "state": "succeeded", "audio_url": "https://cdn.example/c1.mp3"}],
}
SONG = {"custom_mode": False, "gpt_description_prompt": "a song", "mv": "sonic-v6"}


def _api() -> FakeAPI:
    return (
        FakeAPI()
        .on("POST", "/api/v1/sonic/create", ok(CREATED))
        .on("GET", "/api/v1/sonic/task/task-1", ok(DONE))
        .on("GET", "/api/v1/get-credits", ok({"credits": 3, "extra_credits": 0}))
    )


async def test_per_call_options_reach_the_request(client_for: Callable[..., Any]) -> None:
    api = _api()
    client = client_for(api, create_interval=0)
    await resolve(
        client.sonic.create(
            **SONG,
            extra_headers={"X-Trace": "t-1", "user-agent": "mine/1"},
            extra_query={"debug": True, "tag": ["a", "b"]},
            timeout=5,
        )
    )
    sent = api.requests[-1]
    assert sent.headers["x-trace"] == "t-1"
    assert sent.headers.get_list("user-agent") == ["mine/1"]  # replaced, not added
    assert sent.headers["authorization"] == f"Bearer {API_KEY}"
    assert sent.url.params.multi_items() == [("debug", "true"), ("tag", "a"), ("tag", "b")]
    assert sent.extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    await resolve(client.sonic.get("task-1", extra_headers={"X-Trace": "t-2"}, timeout=2))
    assert api.requests[-1].headers["x-trace"] == "t-2"
    assert api.requests[-1].extensions["timeout"]["read"] == 2.0
    await resolve(client.sonic.wait("task-1", extra_query={"poll": "1"}))
    assert api.requests[-1].url.params["poll"] == "1"
    await resolve(client.credits.get())  # nothing of the calls before stays
    assert "x-trace" not in api.requests[-1].headers
    assert api.requests[-1].url.query == b""


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"extra_headers": {"Authorization": "Bearer other"}}, "extra_headers"),
        ({"extra_headers": {"authorization": "x"}}, "extra_headers"),
        ({"extra_headers": {"X-A": "line\r\nbreak"}}, "extra_headers"),
        ({"extra_headers": {"bad name": "x"}}, "extra_headers"),
        ({"extra_headers": ["X-A"]}, "extra_headers"),
        ({"extra_query": {"a": {"nested": 1}}}, "extra_query['a']"),
        ({"extra_query": "a=1"}, "extra_query"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": "5"}, "timeout"),
    ],
)
async def test_bad_options_are_refused_before_anything_is_sent(
    client_for: Callable[..., Any], options: dict[str, Any], field: str
) -> None:
    api = _api()
    client = client_for(api, create_interval=0)
    with pytest.raises(musicapi_client.InvalidRequestError) as info:
        await resolve(client.sonic.create(**SONG, **options))
    assert info.value.field == field
    assert api.requests == []
    assert "other" not in str(info.value)


async def test_default_headers_and_query_are_kept_by_with_options(
    client_for: Callable[..., Any],
) -> None:
    api = _api()
    client = client_for(api, default_headers={"X-Team": "audio"}, default_query={"region": "eu"})
    copy = client.with_options(max_retries=0, default_headers={"X-Run": "7"})
    await resolve(copy.credits.get())
    sent = api.requests[-1]
    assert (sent.headers["x-team"], sent.headers["x-run"]) == ("audio", "7")
    assert sent.url.params["region"] == "eu"
    await resolve(client.credits.get(extra_headers={"x-team": "video"}))
    sent = api.requests[-1]
    assert sent.headers.get_list("x-team") == ["video"]  # a call's header wins
    assert "x-run" not in sent.headers  # the copy's addition stays on the copy


def test_default_headers_cannot_carry_the_key_either() -> None:
    with pytest.raises(musicapi_client.MusicAPIError, match="cannot set Authorization"):
        musicapi_client.MusicAPI(api_key=API_KEY, default_headers={"Authorization": "Bearer x"})
    client = musicapi_client.MusicAPI(api_key=API_KEY)
    with pytest.raises(musicapi_client.MusicAPIError, match="cannot set AUTHORIZATION"):
        client.with_options(default_headers={"AUTHORIZATION": "Bearer x"})


def test_every_generated_method_takes_the_per_call_options() -> None:
    for resource in (
        musicapi_client.MusicAPI(api_key="k"),
        musicapi_client.AsyncMusicAPI(api_key="k"),
    ):
        for family in resource.catalog().families:
            res = getattr(resource, family)
            for name, method in inspect.getmembers(res, inspect.ismethod):
                if name.startswith("_"):
                    continue
                params = inspect.signature(method).parameters
                assert {"extra_headers", "extra_query"} <= set(params), (family, name)
                if name != "wait":
                    assert params["timeout"].default is None, (family, name)


async def test_a_wait_cuts_each_polls_timeout_to_what_is_left(
    client_for: Callable[..., Any],
) -> None:
    api = _api()
    client = client_for(api)
    await resolve(client.sonic.wait("task-1", timeout=30, extra_headers={"X-Trace": "w"}))
    polls = [r for r in api.requests if r.method == "GET"]
    assert len(polls) >= 2
    assert all(max(r.extensions["timeout"].values()) <= 30 for r in polls)  # default: 60
    assert all(r.headers["x-trace"] == "w" for r in polls)


@pytest.mark.parametrize(
    "header", ["Content-Length", "host", "Transfer-Encoding", "CONNECTION", "Keep-Alive", "TE"]
)
async def test_headers_the_http_layer_writes_are_refused_before_sending(
    client_for: Callable[..., Any], header: str
) -> None:
    api = _api()
    client = client_for(api, create_interval=0)
    with pytest.raises(musicapi_client.InvalidRequestError, match="HTTP layer") as caught:
        await resolve(client.sonic.create(**SONG, extra_headers={header: "5"}))
    assert caught.value.field == "extra_headers"
    with pytest.raises(musicapi_client.InvalidRequestError, match="HTTP layer"):
        client.with_options(default_headers={header: "5"})
    assert api.requests == []


async def test_a_content_length_override_never_reaches_the_server() -> None:
    """Over a real socket, h11 would raise its own error after the request was sent."""
    from musicapi_client.mock import MockServer

    with MockServer() as mock:
        client = musicapi_client.MusicAPI(
            api_key=mock.api_key, base_url=mock.url, create_interval=0
        )
        with client, pytest.raises(musicapi_client.InvalidRequestError):
            client.sonic.create(**SONG, extra_headers={"Content-Length": "5"})
        assert mock.state.stats()["requests"].get("sonic_create", 0) == 0


async def test_one_header_given_twice_in_two_cases_is_refused(
    client_for: Callable[..., Any],
) -> None:
    api = _api()
    client = client_for(api, create_interval=0)
    with pytest.raises(musicapi_client.InvalidRequestError, match="twice"):
        await resolve(client.credits.get(extra_headers={"X-Tag": "a", "x-tag": "b"}))
    with pytest.raises(musicapi_client.InvalidRequestError, match="twice"):
        musicapi_client.MusicAPI(api_key="k", default_headers={"X-Tag": "a", "X-TAG": "b"})
    assert api.requests == []


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
async def test_a_query_value_that_is_no_finite_number_is_refused(
    client_for: Callable[..., Any], value: float
) -> None:
    api = _api()
    client = client_for(api, create_interval=0)
    with pytest.raises(musicapi_client.InvalidRequestError, match="finite"):
        await resolve(client.credits.get(extra_query={"x": value}))
    with pytest.raises(musicapi_client.InvalidRequestError, match="finite"):
        await resolve(client.credits.get(extra_query={"x": [1, value]}))
    assert api.requests == []


@pytest.mark.parametrize("seconds", [1e10, 1e300, 86400.5])
async def test_a_timeout_too_long_for_the_os_is_refused_when_given(
    client_for: Callable[..., Any], seconds: float
) -> None:
    api = _api()
    with pytest.raises(musicapi_client.MusicAPIError, match="at most"):
        client_for(api, timeout=seconds)
    client = client_for(api)
    with pytest.raises(musicapi_client.InvalidRequestError, match="at most"):
        await resolve(client.credits.get(timeout=seconds))
    with pytest.raises(musicapi_client.MusicAPIError, match="at most"):
        client.with_options(timeout=seconds)
    import httpx2

    with pytest.raises(musicapi_client.MusicAPIError, match="at most"):
        client_for(api, timeout=httpx2.Timeout(5, read=seconds))
    assert api.requests == []
    await resolve(client.credits.get(timeout=86400))  # a day is still allowed


def test_a_timeout_of_a_day_reaches_a_real_socket_without_overflow() -> None:
    from musicapi_client.mock import MockServer

    with MockServer() as mock:
        client = musicapi_client.MusicAPI(api_key=mock.api_key, base_url=mock.url, timeout=86400)
        with client:
            assert client.credits.get(timeout=86400).credits is not None


async def test_a_created_tasks_wait_takes_the_poll_options(client_for: Callable[..., Any]) -> None:
    api = _api()
    client = client_for(api, create_interval=0)
    created = await resolve(client.sonic.create(**SONG))
    task = await resolve(
        created.wait(expected_clips=1, extra_headers={"X-Trace": "w"}, extra_query={"p": 1})
    )
    assert task.status == "succeeded"
    assert api.requests[-1].headers["x-trace"] == "w"
    assert api.requests[-1].url.params["p"] == "1"
    with pytest.raises(musicapi_client.InvalidRequestError):
        await resolve(created.wait(extra_headers={"Authorization": "Bearer other"}))
