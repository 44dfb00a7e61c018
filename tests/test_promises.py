"""Promises a mutation run found no test holding: each test here fails when one breaks."""

from __future__ import annotations

import errno
import json
import os
import stat
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client import WebhookHub
from musicapi_client.testing import FakeClock
from tests.fakes import API_KEY, FakeAPI, fail, make_client, ok, resolve

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Iterator
    from pathlib import Path

TASK = "/api/v1/sonic/task/t1"
CREATE = "/api/v1/sonic/create"
ARGS = {"custom_mode": False, "gpt_description_prompt": "sea", "mv": "sonic-v6"}
RUNNING = ok({"code": 200, "data": [{"clip_id": "a", "state": "running"}]})
CHUNK = 4096


class Chunks(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A plain (not compressed) body in many network chunks; counts what was pulled."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.body), CHUNK):
            self.pulled += 1
            yield self.body[start : start + CHUNK]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self.body), CHUNK):
            self.pulled += 1
            yield self.body[start : start + CHUNK]


def _chunked(body: bytes, streams: list[Chunks]) -> Callable[[httpx2.Request], httpx2.Response]:
    def reply(request: httpx2.Request) -> httpx2.Response:
        stream = Chunks(body)
        streams.append(stream)
        return httpx2.Response(200, stream=stream, headers={"content-type": "application/json"})

    return reply


def _answer(size: int) -> bytes:
    """A valid poll answer of about ``size`` bytes whose end is in its last chunk."""
    pad = "x" * max(0, size - 100)
    return json.dumps(
        {"code": 200, "data": [{"clip_id": "a", "state": "running", "title": pad}]}
    ).encode()


# ---------------------------------------------------------------------------- bounded reads
async def test_a_plain_answer_in_many_chunks_is_read_whole_and_counted(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    streams: list[Chunks] = []
    api.on("GET", TASK, _chunked(_answer(40 * CHUNK), streams))
    client = client_for(api, max_response_bytes=64 * CHUNK)
    task = await resolve(client.sonic.get("t1"))
    assert len(task.clips[0].title) > 39 * CHUNK  # every chunk was read, not only the first
    api.routes[("GET", TASK)] = [_chunked(_answer(100 * CHUNK), streams)]
    with pytest.raises(musicapi_client.APIConnectionError, match="larger than"):
        await resolve(client.sonic.get("t1"))
    assert streams[-1].pulled < 100  # the count stopped the read at the limit


async def test_the_async_send_with_max_concurrency_still_streams(api: FakeAPI) -> None:
    streams: list[Chunks] = []
    api.on("GET", TASK, _chunked(_answer(1000 * CHUNK), streams))
    client = musicapi_client.AsyncMusicAPI(
        api_key=API_KEY,
        http_client=httpx2.AsyncClient(transport=api.transport),
        max_concurrency=2,
        max_response_bytes=16 * CHUNK,
        max_retries=0,
    )
    with pytest.raises(musicapi_client.APIConnectionError, match="larger than"):
        await client.sonic.get("t1")
    assert streams[0].pulled <= 20  # not 1000: the body was streamed and cut at the limit


# ---------------------------------------------------------------------------- waits
async def test_a_too_large_or_looping_poll_fails_at_once_not_at_the_deadline(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    streams: list[Chunks] = []
    api.on("GET", TASK, _chunked(_answer(100 * CHUNK), streams))
    client = client_for(api, max_response_bytes=16 * CHUNK)
    with pytest.raises(musicapi_client.APIConnectionError, match="larger than"):
        await resolve(client.sonic.wait("t1", timeout=600))
    assert api.count("GET", TASK) == 1
    assert client.sleeps == []
    loop = FakeAPI()
    loop.on("GET", TASK, httpx2.Response(302, headers={"location": TASK}))
    looping = client_for(loop)
    with pytest.raises(musicapi_client.APIConnectionError, match="redirect"):
        await resolve(looping.sonic.wait("t1", timeout=600))
    assert looping.sleeps == []  # one poll (and its redirects), then the error


async def test_backoff_grows_across_consecutive_transient_poll_failures(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    down = ok({"message": "busy"}, status=503)
    done = ok({"code": 200, "data": [{"clip_id": "a", "state": "succeeded", "audio_url": "u"}]})
    api.on("GET", TASK, down, down, down, down, done)
    client = client_for(api, max_retries=0)
    await resolve(client.sonic.wait("t1", timeout=600, expected_clips=1))
    first, second, third, fourth = client.sleeps
    assert first < second < third < fourth  # 0.5, 1, 2, 4 less up to 25 % jitter
    assert fourth >= 3.0


async def test_the_hubs_fallback_poll_keeps_the_callers_deadline(api: FakeAPI) -> None:
    api.on("GET", TASK, RUNNING)
    clock = FakeClock()
    client = make_client("sync", api, clock=clock, webhook_secret="s")
    hub = WebhookHub(client)  # listens alone for 80 % of the timeout, then polls too
    started = clock.now
    with pytest.raises(musicapi_client.WaitTimeoutError):
        hub.wait("t1", family="sonic", timeout=100)
    assert clock.now - started == pytest.approx(100)  # not 180: one deadline for both
    assert api.count("GET", TASK) >= 1


# ---------------------------------------------------------------------------- retries
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


# ---------------------------------------------------------------------------- downloads
def _clip() -> musicapi_client.Clip:
    return musicapi_client.Clip(
        clip_id="c1", state="succeeded", audio_url="https://cdn.example.com/c1.mp3"
    )


async def test_a_downloaded_file_gets_the_usual_file_mode(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    api.on("GET", "/c1.mp3", httpx2.Response(200, content=b"ID3" + b"\0" * 5000))
    path = await resolve(client_for(api).download(_clip(), tmp_path))
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask  # not the temp file's 0600


@pytest.mark.parametrize("step", ["write", "rename"])
async def test_a_full_disk_is_a_typed_error_and_leaves_nothing(
    api: FakeAPI,
    client_for: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
) -> None:
    api.on("GET", "/c1.mp3", httpx2.Response(200, content=b"ID3" + b"\0" * 5000))

    def full(*_: Any, **__: Any) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device")

    if step == "rename":
        monkeypatch.setattr(os, "replace", full)
    else:
        import tempfile

        real = tempfile.NamedTemporaryFile

        def failing(*args: Any, **kwargs: Any) -> Any:
            handle = real(*args, **kwargs)
            handle.write = full
            return handle

        monkeypatch.setattr(tempfile, "NamedTemporaryFile", failing)
    with pytest.raises(musicapi_client.MusicAPIError, match="No space left"):
        await resolve(client_for(api).download(_clip(), tmp_path))
    assert list(tmp_path.iterdir()) == []
