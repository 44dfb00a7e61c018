"""Request ids on every result, and ``with_raw_response`` (the HTTP answer behind it)."""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client.testing import FakeClock
from tests.fakes import FakeAPI, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable

CREATED = {"code": 200, "message": "success", "task_id": "task-1"}
DONE = {
    "code": 200,
    "data": [
        {"clip_id": c, "state": "succeeded", "audio_url": f"https://cdn.example/{c}.mp3"}
        for c in ("c1", "c2")
    ],
}
SONG = {"custom_mode": False, "gpt_description_prompt": "a song", "mv": "sonic-v6"}


def _api() -> FakeAPI:
    return (
        FakeAPI()
        .on("POST", "/api/v1/sonic/create", ok(CREATED, headers={"x-request-id": "req-create"}))
        .on("GET", "/api/v1/sonic/task/task-1", ok(DONE, headers={"cf-ray": "ray-poll"}))
        .on(
            "GET",
            "/api/v1/get-credits",
            ok({"credits": 3, "extra_credits": 0}, headers={"x-vercel-id": "v-1"}),
        )
    )


async def test_every_result_keeps_the_request_id(client_for: Callable[..., Any]) -> None:
    client = client_for(_api(), create_interval=0)
    created = await resolve(client.sonic.create(**SONG))
    assert created.request_id == "req-create"
    task = await resolve(client.sonic.get("task-1"))
    assert task.request_id == "ray-poll"
    waited = await resolve(created.wait())
    assert waited.request_id == "ray-poll"
    credits = await resolve(client.credits.get())
    assert credits._request_id == "v-1"
    assert "request_id" not in credits.model_dump()  # not a field


async def test_no_request_id_header_means_none(client_for: Callable[..., Any]) -> None:
    api = FakeAPI().on("GET", "/api/v1/get-credits", ok({"credits": 3, "extra_credits": 0}))
    client = client_for(api)
    assert (await resolve(client.credits.get()))._request_id is None


def test_with_raw_response_gives_the_answer_and_parses_to_the_result() -> None:
    api = _api()
    client = musicapi_client.MusicAPI(
        api_key="k",
        http_client=httpx2.Client(transport=api.transport),
        create_interval=0,
        clock=FakeClock(),
    )
    raw = client.sonic.with_raw_response.create(**SONG)
    assert raw.status_code == 200
    assert raw.request_id == "req-create"
    assert raw.headers["x-request-id"] == "req-create"
    assert raw.http_request.method == "POST"
    assert isinstance(raw.http_response, httpx2.Response)
    created = raw.parse()
    assert isinstance(created, musicapi_client.TaskCreated)
    assert created.task_id == "task-1"
    assert created.wait().status == "succeeded"  # the result works as without raw
    raw_credits = client.credits.with_raw_response.get()
    assert raw_credits.parse().credits == 3
    assert repr(raw_credits) == "<APIResponse [200] GET /api/v1/get-credits>"
    assert "k" not in repr(raw_credits).split("GET")[0]


async def test_async_with_raw_response() -> None:
    api = _api()
    client = musicapi_client.AsyncMusicAPI(
        api_key="k", http_client=httpx2.AsyncClient(transport=api.transport)
    )
    raw = await client.sonic.with_raw_response.get("task-1")
    assert raw.request_id == "ray-poll"
    assert (await raw.parse()).status == "succeeded"


def test_with_raw_response_offers_only_public_methods() -> None:
    client = musicapi_client.MusicAPI(api_key="k")
    with pytest.raises(AttributeError):
        client.sonic.with_raw_response._create  # noqa: B018
    with pytest.raises(AttributeError):
        client.sonic.with_raw_response.no_such_method  # noqa: B018


def test_a_raw_call_does_not_change_the_client() -> None:
    api = _api()
    client = musicapi_client.MusicAPI(
        api_key="k", http_client=httpx2.Client(transport=api.transport)
    )
    client.credits.with_raw_response.get()
    assert client.credits.get().credits == 3
    assert not any(
        "recorder" in name and value is not None for name, value in inspect.getmembers(client)
    )


def test_the_mock_sends_request_ids_as_the_api_does() -> None:
    from musicapi_client.mock import MockServer

    with MockServer() as mock:
        client = musicapi_client.MusicAPI(api_key=mock.api_key, base_url=mock.url)
        first = client.credits.get()._request_id
        raw = client.credits.with_raw_response.get()
        client.close()
    assert first is not None
    assert first.startswith("mock-")
    assert raw.request_id is not None
    assert raw.request_id != first
