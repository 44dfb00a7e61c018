"""A client's settings: from arguments and the environment, copied by with_options, checked."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from tests.fakes import API_KEY, FakeAPI, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable

CREATED = {"code": 200, "message": "success", "task_id": "task-1"}
CLIP = "0b6f1c1e-5d0e-4f5c-9c43-2b1f0f6a9e11"


def test_configuration_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUSICAPI_API_KEY", API_KEY)
    monkeypatch.setenv("MUSICAPI_BASE_URL", "http://127.0.0.1:9/")
    client = musicapi_client.MusicAPI()
    assert client.base_url == "http://127.0.0.1:9"
    assert client.max_retries == 2
    monkeypatch.delenv("MUSICAPI_API_KEY")
    with pytest.raises(musicapi_client.MusicAPIError, match="MUSICAPI_API_KEY"):
        musicapi_client.MusicAPI()
    with pytest.raises(musicapi_client.MusicAPIError, match="max_retries"):
        musicapi_client.MusicAPI(api_key="k", max_retries=-1)


def test_default_timeouts_are_explicit() -> None:
    client = musicapi_client.MusicAPI(api_key="k")
    assert client._http.timeout == httpx2.Timeout(60.0, connect=10.0)
    assert musicapi_client.MusicAPI(api_key="k", timeout=5)._http.timeout.read == 5.0


def test_task_created_wait_is_bound_to_its_client(api: FakeAPI) -> None:
    api.on("POST", "/api/v1/sonic/create", ok(CREATED))
    api.on(
        "GET",
        "/api/v1/sonic/task/task-1",
        ok({"code": 200, "data": [{"clip_id": "c1", "state": "succeeded"}]}),
    )
    client = musicapi_client.MusicAPI(
        api_key="k", http_client=httpx2.Client(transport=api.transport)
    )
    created = client.sonic.concat(continue_clip_id=CLIP)
    assert created.expected_clips == 1
    task = created.wait(timeout=5)
    assert task.status == "succeeded"


def test_public_names_are_exported() -> None:
    for name in musicapi_client.__all__:
        assert hasattr(musicapi_client, name)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        import musicapi_client.types as types
    assert "SonicClip" in types.__all__
    assert "BaseModel" not in types.__all__


async def test_async_max_concurrency_caps_requests_in_flight() -> None:
    import asyncio

    in_flight = peak = 0

    async def handler(request: httpx2.Request) -> httpx2.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx2.Response(200, json={"credits": 1, "extra_credits": 0})

    client = musicapi_client.AsyncMusicAPI(
        api_key="k",
        max_concurrency=3,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)),
    )
    results = await asyncio.gather(*(client.credits.get() for _ in range(20)))
    assert len(results) == 20
    assert peak == 3


async def test_with_options_changes_settings_and_shares_the_pool(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", "/api/v1/get-credits", ok({"error": "down"}, status=503))
    client = client_for(api)
    strict = client.with_options(max_retries=0, timeout=7)
    with pytest.raises(musicapi_client.InternalServerError):
        await resolve(strict.credits.get())
    assert api.count("GET", "/api/v1/get-credits") == 1
    assert api.requests[-1].extensions["timeout"]["read"] == 7.0
    with pytest.raises(musicapi_client.InternalServerError):
        await resolve(client.credits.get())
    assert api.count("GET", "/api/v1/get-credits") == 4  # the original still retries twice
    assert strict._http is client._http
    assert strict.credits is not client.credits
    await resolve(strict.close())
    assert not client._http.is_closed


def test_timeout_applies_to_a_passed_in_http_client(api: FakeAPI) -> None:
    api.on("GET", "/api/v1/get-credits", ok({"credits": 1, "extra_credits": 0}))
    own = musicapi_client.MusicAPI(
        api_key="k", timeout=3, http_client=httpx2.Client(transport=api.transport)
    )
    own.credits.get()
    assert api.requests[-1].extensions["timeout"]["read"] == 3.0
    plain = musicapi_client.MusicAPI(
        api_key="k", http_client=httpx2.Client(transport=api.transport, timeout=9)
    )
    plain.credits.get()
    assert api.requests[-1].extensions["timeout"]["read"] == 9.0


def test_the_version_is_written_in_one_place() -> None:
    import tomllib
    from importlib import metadata
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    assert "version" not in pyproject["project"]
    assert pyproject["project"]["dynamic"] == ["version"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "src/musicapi_client/_version.py"
    assert metadata.version("musicapi-client") == musicapi_client.__version__
