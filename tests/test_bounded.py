"""Reading an answer never holds more than the configured limit in memory."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client._bounded import BodyDecodingError, BodyTooLargeError, BoundedBody
from tests.fakes import CHUNK, Chunks, FakeAPI, chunked, poll_answer, resolve

if TYPE_CHECKING:
    from collections.abc import Callable


from tests.fakes import API_KEY

TASK = "/api/v1/sonic/task/t1"
BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024), 9)  # about 64 KB that inflate to 64 MiB


def streamed(
    status: int, body: bytes, **headers: str
) -> Callable[[httpx2.Request], httpx2.Response]:
    return lambda request: httpx2.Response(status, headers=headers, stream=httpx2.ByteStream(body))


def test_the_bomb_is_small_on_the_wire() -> None:
    assert len(BOMB) < 100_000


@pytest.mark.parametrize("status", [200, 500])
def test_a_gzip_bomb_never_inflates_past_the_limit(status: int) -> None:
    api = FakeAPI().on("GET", TASK, httpx2.Response(202, json={"type": "not_ready"}))
    api.on("GET", TASK, streamed(status, BOMB, **{"content-encoding": "gzip"}))
    limit = 1024 * 1024
    client = musicapi_client.MusicAPI(
        api_key="k",
        http_client=httpx2.Client(transport=api.transport),
        max_response_bytes=limit,
        max_retries=0,
    )
    client.sonic.get("t1")  # imports and caches happen outside the measurement
    tracemalloc.start()
    try:
        with pytest.raises(musicapi_client.MusicAPIError) as info:
            client.sonic.get("t1")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * limit, peak
    if status == 200:
        assert isinstance(info.value, musicapi_client.APIConnectionError)
        assert "larger than 1048576 bytes" in str(info.value)
        assert not info.value.transient
    else:  # an error answer keeps its head
        assert isinstance(info.value, musicapi_client.InternalServerError)
        assert len(info.value.body) <= limit


async def test_a_huge_error_message_is_cut_and_its_length_said(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    message = "x" * 5_000_000
    api.on("POST", "/api/v1/sonic/upload", httpx2.Response(400, json={"message": message}))
    with pytest.raises(musicapi_client.BadRequestError) as info:
        await resolve(client_for(api).sonic.upload(url="https://f.example/a.mp3"))
    text = str(info.value)
    assert len(text) < 1000
    assert "5000000 characters" in text


async def test_a_huge_html_page_is_cut_too(api: FakeAPI, client_for: Callable[..., Any]) -> None:
    api.on("GET", TASK, httpx2.Response(502, text="<p>" + "bad gateway " * 400_000))
    with pytest.raises(musicapi_client.InternalServerError) as info:
        await resolve(client_for(api, max_retries=0).sonic.get("t1"))
    assert len(str(info.value)) < 1000


async def test_the_limit_is_configurable(api: FakeAPI, client_for: Callable[..., Any]) -> None:
    body = {"code": 200, "data": [{"clip_id": "a", "state": "running", "lyrics": "la " * 400}]}
    size = len(json.dumps(body))
    api.on("GET", TASK, streamed(200, json.dumps(body).encode()))
    assert (await resolve(client_for(api, max_response_bytes=size).sonic.get("t1"))).clips
    with pytest.raises(musicapi_client.APIConnectionError):
        await resolve(client_for(api, max_response_bytes=size - 1).sonic.get("t1"))


def test_bounded_body_decodes_gzip_deflate_raw_deflate_and_identity() -> None:
    data = b'{"hello": "world"}' * 100
    raw_deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    cases = {
        "gzip": gzip.compress(data),
        "deflate": zlib.compress(data),
        "identity": data,
        "": data,
    }
    cases_raw = raw_deflate.compress(data) + raw_deflate.flush()
    for encoding, encoded in [*cases.items(), ("deflate", cases_raw)]:
        body = BoundedBody(encoding, 10_000)
        for start in range(0, len(encoded), 7):
            body.feed(encoded[start : start + 7])
        assert body.finish() == data, encoding


def test_bounded_body_refuses_corrupt_and_oversized_input() -> None:
    with pytest.raises(BodyDecodingError):
        BoundedBody("gzip", 100).feed(b"definitely not gzip")
    with pytest.raises(BodyTooLargeError):
        BoundedBody("gzip", 100).feed(gzip.compress(b"a" * 101))
    truncating = BoundedBody("gzip", 100, truncate=True)
    truncating.feed(gzip.compress(b"a" * 10_000))
    assert truncating.finish() == b"a" * 100
    assert truncating.truncated


async def test_a_plain_answer_in_many_chunks_is_read_whole_and_counted(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    streams: list[Chunks] = []
    api.on("GET", TASK, chunked(poll_answer(40 * CHUNK), streams))
    client = client_for(api, max_response_bytes=64 * CHUNK)
    task = await resolve(client.sonic.get("t1"))
    assert len(task.clips[0].title) > 39 * CHUNK  # every chunk was read, not only the first
    api.routes[("GET", TASK)] = [chunked(poll_answer(100 * CHUNK), streams)]
    with pytest.raises(musicapi_client.APIConnectionError, match="larger than"):
        await resolve(client.sonic.get("t1"))
    assert streams[-1].pulled < 100  # the count stopped the read at the limit


async def test_the_async_send_with_max_concurrency_still_streams(api: FakeAPI) -> None:
    streams: list[Chunks] = []
    api.on("GET", TASK, chunked(poll_answer(1000 * CHUNK), streams))
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
