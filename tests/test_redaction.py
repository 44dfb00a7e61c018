"""The API key never shows up in reprs, logs or error messages."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from tests.fakes import API_KEY, FakeAPI, fail, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable


async def test_key_absent_from_reprs_logs_and_errors(
    api: FakeAPI, client_for: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.on("POST", "/api/v1/sonic/create", ok({"message": f"bad key {API_KEY[:6]}"}, status=401))
    api.on("GET", "/api/v1/sonic/task/t1", fail(httpx2.ConnectError, "refused"))
    api.on("POST", "/api/v1/sonic/upload", fail(httpx2.ReadTimeout, "slow"))
    api.on("POST", "/api/v1/sonic/lyrics", ok({"task_id": "x"}, status=200))
    client = client_for(api)
    texts = [
        repr(client),
        repr(client._settings),
        repr(client.sonic),
        str(client.__dict__.get("_settings")),
    ]
    calls = [
        lambda: client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6"),
        lambda: client.sonic.get("t1"),
        lambda: client.sonic.upload(url="https://f/a.mp3"),
        lambda: client.lyrics.create(description="x"),
        lambda: client.sonic.create(custom_mode=True, mv="sonic-v6"),
    ]
    for call in calls:
        with pytest.raises(musicapi_client.MusicAPIError) as info:
            await resolve(call())
        texts += [str(info.value), repr(info.value), repr(vars(info.value))]
    texts += [record.getMessage() for record in caplog.records]
    assert any("sonic/task/t1" in t for t in texts)  # the logs did record the calls
    assert all(API_KEY not in text for text in texts)
    assert API_KEY in api.requests[0].headers["authorization"]


def test_key_is_not_kept_in_plain_attributes() -> None:
    client = musicapi_client.MusicAPI(api_key=API_KEY)
    assert API_KEY not in repr(vars(client))
    assert "***" in repr(client)


def test_musicapi_log_prints_attempts_without_the_key(musicapi_mock: Any) -> None:
    import os
    import subprocess
    import sys

    code = (
        "import musicapi_client, os; "
        "musicapi_client.MusicAPI(base_url=os.environ['URL'], max_retries=0).credits.get()"
    )
    env = {
        **os.environ,
        "MUSICAPI_LOG": "debug",
        "MUSICAPI_API_KEY": musicapi_mock.api_key,
        "URL": musicapi_mock.url,
    }
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert "GET /api/v1/get-credits -> 200" in done.stderr
    assert musicapi_mock.api_key not in done.stderr


async def test_a_webhook_secret_is_filled_in_and_masked_in_errors(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    own, per_call = "client-webhook-secret-1", "call-webhook-secret-2"
    echoes = [ok({"message": f"bad field: {secret}"}, status=400) for secret in (own, per_call)]
    api.on("POST", "/api/v1/sonic/create", *echoes, ok({"task_id": "t-1"}))
    client = client_for(api, webhook_secret=own)
    create = client.sonic.create
    texts = []
    for secret in (None, per_call):
        fields = {"webhook_secret": secret} if secret else {}
        with pytest.raises(musicapi_client.BadRequestError) as info:
            await resolve(
                create(
                    custom_mode=False,
                    gpt_description_prompt="x",
                    mv="sonic-v6",
                    webhook_url="https://my.app/hook",
                    **fields,
                )
            )
        texts.append(str(info.value) + repr(vars(info.value)))
    sent = [api.requests[n].content for n in (0, 1)]
    assert [sent[0].count(own.encode()), sent[1].count(per_call.encode())] == [1, 1]
    assert own.encode() not in sent[1]  # a per-call secret wins
    assert all("bad field: ***" in t for t in texts)
    assert all(own not in t and per_call not in t for t in texts)
    await resolve(create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6"))
    assert b"webhook_secret" not in api.requests[2].content  # no webhook_url: nothing added


async def test_a_key_echoed_in_the_request_id_is_masked_everywhere_it_is_kept(
    client_for: Callable[..., Any],
) -> None:
    echoed = {"x-request-id": f"req-{API_KEY}-1"}
    created = {"code": 200, "task_id": "t1"}
    done = {"code": 200, "data": [{"clip_id": "c", "state": "succeeded", "audio_url": "x"}]}
    api = (
        FakeAPI()
        .on("POST", "/api/v1/sonic/create", ok(created, headers=echoed))
        .on("GET", "/api/v1/sonic/task/t1", ok(done, headers=echoed))
        .on("GET", "/api/v1/get-credits", ok({"credits": 1, "extra_credits": 0}, headers=echoed))
        .on("POST", "/api/v1/sonic/upload", ok({"message": "no"}, status=400, headers=echoed))
        .on("GET", "/api/v1/sonic/task/bad", httpx2.Response(200, text="<html>", headers=echoed))
    )
    client = client_for(api, create_interval=0)
    song = {"custom_mode": False, "gpt_description_prompt": "x", "mv": "sonic-v6"}
    made = await resolve(client.sonic.create(**song))
    task = await resolve(client.sonic.get("t1"))
    credits = await resolve(client.credits.get())
    raw = await resolve(client.credits.with_raw_response.get())
    kept = [made.request_id, task.request_id, credits._request_id, raw.request_id]
    refused = (lambda: client.sonic.upload(url="https://f/a.mp3"), lambda: client.sonic.get("bad"))
    for call in refused:
        with pytest.raises(musicapi_client.APIStatusError) as caught:
            await resolve(call())
        kept += [caught.value.request_id, str(caught.value)]
    assert all(value and API_KEY not in value for value in kept), kept
    assert all("req-***-1" in value for value in kept)


async def test_an_answer_that_does_not_parse_keeps_its_request_id(
    client_for: Callable[..., Any],
) -> None:
    api = FakeAPI().on(
        "GET",
        "/api/v1/get-credits",
        httpx2.Response(200, text="not json", headers={"x-request-id": "req-77"}),
    )
    client = client_for(api)
    with pytest.raises(musicapi_client.APIStatusError) as caught:
        await resolve(client.credits.get())
    assert caught.value.request_id == "req-77"
    assert "req-77" in str(caught.value)
