"""A legacy httpx client still works, with a DeprecationWarning; httpx2 is the stack."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import httpx
import httpx2
import pytest

import musicapi_client
from musicapi_client.testing import FakeClock
from tests.fakes import API_KEY

CREDITS = {"credits": 7, "extra_credits": 0}
CREATED = {"code": 200, "message": "success", "task_id": "task-1"}


def _legacy(handler: Any, *, async_: bool = False) -> Any:
    pool = httpx.AsyncClient if async_ else httpx.Client
    return pool(transport=httpx.MockTransport(handler))


def test_a_legacy_client_works_and_the_warning_names_the_migration() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=CREDITS, headers={"x-request-id": "req-9"})

    with pytest.warns(DeprecationWarning, match="legacy httpx.Client.*httpx2") as caught:
        client = musicapi_client.MusicAPI(api_key=API_KEY, http_client=_legacy(handler))
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert client.credits.get().credits == 7
    assert seen[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert seen[0].url == "https://api.musicapi.ai/api/v1/get-credits"


def test_a_legacy_clients_failures_are_typed_and_retried_like_httpx2s() -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            raise httpx.ConnectError("refused", request=request)
        if request.method == "POST":
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(200, json=CREDITS)

    with pytest.warns(DeprecationWarning, match="legacy httpx"):
        client = musicapi_client.MusicAPI(
            api_key=API_KEY, http_client=_legacy(handler), clock=FakeClock(), create_interval=0
        )
    assert client.credits.get().credits == 7  # the connect error was retried
    with pytest.raises(musicapi_client.APITimeoutError) as info:
        client.sonic.create(custom_mode=False, gpt_description_prompt="a song", mv="sonic-v6")
    assert info.value.outcome_unknown  # a POST that timed out: said, not retried
    assert isinstance(info.value.__cause__, httpx2.ReadTimeout)
    assert isinstance(info.value.__cause__.__cause__, httpx.ReadTimeout)


async def test_a_legacy_async_client_works() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=CREDITS)

    with pytest.warns(DeprecationWarning, match="legacy httpx.AsyncClient"):
        client = musicapi_client.AsyncMusicAPI(
            api_key=API_KEY, http_client=_legacy(handler, async_=True)
        )
    assert (await client.credits.get()).credits == 7


def test_anything_else_is_refused_before_a_request() -> None:
    with pytest.raises(musicapi_client.MusicAPIError, match=r"must be an httpx2\.Client"):
        musicapi_client.MusicAPI(api_key=API_KEY, http_client=object())  # type: ignore[arg-type]
    with pytest.raises(musicapi_client.MusicAPIError, match=r"must be an httpx2\.AsyncClient"):
        musicapi_client.AsyncMusicAPI(api_key=API_KEY, http_client=httpx2.Client())  # type: ignore[arg-type]


def test_the_package_never_imports_httpx() -> None:
    code = (
        "import sys, musicapi_client, musicapi_client.cli, musicapi_client.batch, "
        "musicapi_client.webhooks, musicapi_client.mock\n"
        "c = musicapi_client.MusicAPI(api_key='k')\n"
        "print('httpx' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", done.stderr
