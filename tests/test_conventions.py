"""Conventions users expect of a 2026 SDK: deprecated operations marked for editors (PEP 702),
results as plain data, and timeouts that say which phase ran out and after how long."""

from __future__ import annotations

import json
import warnings
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from tests.fakes import FakeAPI, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable


def test_deprecated_operations_carry_pep_702_marks_and_the_others_none() -> None:
    sync = musicapi_client.MusicAPI(api_key="k")
    asynchronous = musicapi_client.AsyncMusicAPI(api_key="k")
    checked = 0
    for op in musicapi_client.MusicAPI.catalog().operations:
        for client in (sync, asynchronous):
            method = getattr(type(getattr(client, op.family)), op.name)
            marked = getattr(method, "__deprecated__", None)
            assert bool(marked) == op.deprecated, op.key
            if op.deprecated:
                assert marked == (op.deprecation or "MusicAPI deprecated this operation.")
                checked += 1
    assert checked  # the retired families have some


def test_the_mark_does_not_warn_twice(client_for: Callable[..., Any]) -> None:
    """PEP 702's decorator is a marker here (category=None): the client's own warning,
    at the caller's line, is the one the user sees."""
    api = FakeAPI().on("POST", "/api/v1/riffusion/create", ok({"task_id": "t"}))
    client = musicapi_client.MusicAPI(
        api_key="k", create_interval=0, http_client=httpx2.Client(transport=api.transport)
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.riffusion.create(custom_mode=False, prompt="x", mv="FUZZ-2.0")
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 1
    assert deprecations[0].filename == __file__


async def test_results_give_themselves_as_plain_data(client_for: Callable[..., Any]) -> None:
    clip = {"clip_id": "c", "state": "succeeded", "audio_url": "u", "extra": 1}
    done = {"code": 200, "data": [clip, clip]}
    api = (
        FakeAPI()
        .on("POST", "/api/v1/sonic/create", ok({"code": 200, "task_id": "t1", "message": "ok"}))
        .on("GET", "/api/v1/sonic/task/t1", ok(done))
        .on("GET", "/api/v1/get-credits", ok({"credits": 5, "extra_credits": 1, "new": "kept"}))
    )
    client = client_for(api, create_interval=0)
    song = {"custom_mode": False, "gpt_description_prompt": "x", "mv": "sonic-v6"}
    created = await resolve(client.sonic.create(**song))
    task = await resolve(created.wait())
    credits = await resolve(client.credits.get())
    as_dict = task.to_dict()
    assert as_dict["task_id"] == "t1"
    assert as_dict["status"] == "succeeded"
    assert as_dict["clips"][0]["clip_id"] == "c"
    assert as_dict["clips"][0]["task_id"] == "t1"
    assert as_dict["raw"]["data"][0]["extra"] == 1  # the server's answer, unknown fields too
    assert json.loads(task.to_json()) == as_dict
    assert created.to_dict()["task_id"] == "t1"
    assert "_waiter" not in created.to_dict()
    assert credits.to_dict() == {"credits": 5, "extra_credits": 1, "new": "kept"}
    assert json.loads(credits.to_json(indent=None)) == credits.to_dict()
    assert task.clips[0].to_dict()["audio_url"] == "u"


@pytest.mark.parametrize(
    ("kind", "phase"),
    [
        (httpx2.ConnectTimeout, "connect"),
        (httpx2.ReadTimeout, "read"),
        (httpx2.WriteTimeout, "write"),
        (httpx2.PoolTimeout, "pool"),
    ],
)
async def test_a_timeout_says_which_phase_ran_out_and_after_how_long(
    client_for: Callable[..., Any], kind: type[httpx2.TimeoutException], phase: str
) -> None:
    def slow(request: httpx2.Request) -> httpx2.Response:
        raise kind("timed out", request=request)

    api = FakeAPI().on("GET", "/api/v1/get-credits", slow)
    client = client_for(api, max_retries=0)
    with pytest.raises(musicapi_client.APITimeoutError) as caught:
        await resolve(client.credits.get(timeout=7))
    error = caught.value
    assert (error.phase, error.seconds) == (phase, 7.0)
    assert f"the {phase} phase timed out after 7 s" in str(error)
