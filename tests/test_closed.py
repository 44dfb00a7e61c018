"""A closed client says so: a typed ClientClosedError, nothing sent, nothing reserved."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

import musicapi_client
from musicapi_client import Clip
from tests.fakes import API_KEY, FakeAPI, ok, resolve

SONG = {"custom_mode": False, "gpt_description_prompt": "x", "mv": "sonic-v6"}
FINISHED = Clip(clip_id="c1", state="succeeded", audio_url="https://cdn.example.com/c1.mp3")


def _own_pool(mode: str, **options: Any) -> Any:
    """A client with the connection pool it made itself (close() closes it)."""
    cls = musicapi_client.MusicAPI if mode == "sync" else musicapi_client.AsyncMusicAPI
    return cls(api_key=API_KEY, create_interval=0, **options)


async def _close(client: Any) -> None:
    await resolve(client.close())


async def test_every_call_on_a_closed_client_is_a_client_closed_error(mode: str) -> None:
    client = _own_pool(mode, max_credits=100, credit_prices={"sonic.create": 20})
    await _close(client)
    calls = {
        "credits.get": client.credits.get,
        "sonic.create": lambda: client.sonic.create(**SONG),
        "sonic.get": lambda: client.sonic.get("t1"),
        "sonic.wait": lambda: client.sonic.wait("t1", timeout=5),
        "a with_options copy": client.with_options(timeout=5).credits.get,
        "download": lambda: client.download(FINISHED, "out"),
    }
    for name, call in calls.items():
        with pytest.raises(musicapi_client.ClientClosedError) as caught:
            await resolve(call())
        assert not caught.value.outcome_unknown, name  # nothing was sent
        assert "closed" in str(caught.value), name
        assert API_KEY not in str(caught.value) + repr(caught.value)
        assert isinstance(caught.value, RuntimeError)  # what code that caught httpx2's expects
    assert (await resolve(client.budget())).reserved == 0  # the create reserved nothing


async def test_listening_on_a_closed_client_is_refused_before_anything(mode: str) -> None:
    client = _own_pool(mode)
    await _close(client)
    with pytest.raises(musicapi_client.ClientClosedError):
        client.stream_audio(FINISHED)


async def test_a_pool_its_owner_closed_is_refused_the_same_way(mode: str) -> None:
    api = FakeAPI().on("GET", "/api/v1/get-credits", ok({"code": 200, "credits": 5}))
    if mode == "sync":
        pool: Any = httpx2.Client(transport=api.transport)
        client: Any = musicapi_client.MusicAPI(api_key=API_KEY, http_client=pool)
        pool.close()
    else:
        pool = httpx2.AsyncClient(transport=api.transport)
        client = musicapi_client.AsyncMusicAPI(api_key=API_KEY, http_client=pool)
        await pool.aclose()
    with pytest.raises(musicapi_client.ClientClosedError):
        await resolve(client.credits.get())
    assert api.requests == []


def test_a_create_waiting_for_its_slot_when_the_client_closes_reserves_nothing() -> None:
    """Closed while the create waited for its pacing slot: refused when its turn came,
    its reservation given back, never 'outcome unknown'."""
    from musicapi_client.testing import FakeClock

    clock = FakeClock()
    api = FakeAPI().on("POST", "/api/v1/sonic/create", ok({"code": 200, "task_id": "t1"}))
    pool = httpx2.Client(transport=api.transport)
    client = musicapi_client.MusicAPI(
        api_key=API_KEY, http_client=pool, clock=clock, create_interval=3,
        max_credits=100, credit_prices={"sonic.create": 20},
    )  # fmt: skip
    client.sonic.create(**SONG)  # takes the first slot; the next is 3 s away
    original = clock.sleep

    def close_while_waiting(seconds: float) -> None:
        original(seconds)
        pool.close()

    clock.sleep = close_while_waiting  # type: ignore[method-assign]
    with pytest.raises(musicapi_client.ClientClosedError) as caught:
        client.sonic.create(**SONG)
    assert not caught.value.outcome_unknown
    assert api.count("POST", "/api/v1/sonic/create") == 1
    assert client.budget().reserved == 20  # the first create's, not the refused one's
