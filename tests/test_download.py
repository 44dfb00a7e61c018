"""Downloads stream to a temporary file, rename on success, and never leak the key."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import musicapi
from musicapi import Clip
from musicapi._download import file_name, safe_stem
from tests.fakes import API_KEY, FakeAPI, make_client, ok, resolve

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Iterator
    from pathlib import Path

AUDIO = "/audio/clip-a.mp3"
URL = "https://cdn.example.com" + AUDIO
SIZE = 5 * 1024 * 1024 + 123


def _payload() -> bytes:
    return bytes(range(256)) * (SIZE // 256) + b"x" * (SIZE % 256)


class BrokenStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Yields some chunks, then fails like a dropped connection."""

    def __iter__(self) -> Iterator[bytes]:
        yield b"a" * 100_000
        raise httpx.ReadError("connection dropped")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"a" * 100_000
        raise httpx.ReadError("connection dropped")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


async def test_streams_a_multi_megabyte_clip_into_a_safe_name(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    body = _payload()
    api.on("GET", AUDIO, httpx.Response(200, content=body, headers={"content-type": "audio/mpeg"}))
    clip = Clip(
        clip_id="0b6f1c1e-5d0e", state="succeeded", title="../../etc/passwd Ünïcode", audio_url=URL
    )
    path = await resolve(client_for(api).download(clip, tmp_path))
    assert path.parent == tmp_path
    assert path.name == "etc-passwd-Unicode-0b6f1c1e.mp3"
    assert path.read_bytes() == body
    assert _leftovers(tmp_path) == [path.name]
    request = api.requests[-1]
    assert "authorization" not in request.headers
    assert request.headers["accept"] == "*/*"


async def test_key_is_not_sent_even_if_the_http_client_carries_it(
    api: FakeAPI, tmp_path: Path
) -> None:
    api.on("GET", AUDIO, httpx.Response(200, content=b"abc"))
    http = httpx.Client(transport=api.transport, headers={"Authorization": f"Bearer {API_KEY}"})
    client = musicapi.MusicAPI(api_key=API_KEY, http_client=http)
    client.download(Clip(clip_id="c", state="succeeded", audio_url=URL), tmp_path / "song.mp3")
    assert "authorization" not in api.requests[-1].headers
    assert (tmp_path / "song.mp3").read_bytes() == b"abc"


async def test_interrupted_download_leaves_nothing_behind(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    api.on("GET", AUDIO, lambda request: httpx.Response(200, stream=BrokenStream()))
    clip = Clip(clip_id="c1", state="succeeded", title="Song", audio_url=URL)
    with pytest.raises(musicapi.APIConnectionError):
        await resolve(client_for(api).download(clip, tmp_path))
    assert _leftovers(tmp_path) == []


async def test_truncated_body_is_an_error_not_a_short_file(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    api.on(
        "GET",
        AUDIO,
        lambda request: httpx.Response(200, content=b"a" * 500, headers={"content-length": "1000"}),
    )
    clip = Clip(clip_id="c1", state="succeeded", audio_url=URL)
    with pytest.raises(musicapi.APIConnectionError, match="500 of 1000"):
        await resolve(client_for(api).download(clip, tmp_path / "x.mp3"))
    assert _leftovers(tmp_path) == []


async def test_existing_file_is_only_replaced_by_a_complete_download(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    target = tmp_path / "keep.mp3"
    target.write_bytes(b"old")
    api.on("GET", AUDIO, lambda request: httpx.Response(200, stream=BrokenStream()))
    with pytest.raises(musicapi.APIConnectionError):
        await resolve(client_for(api).download(Clip(clip_id="c", state="s", audio_url=URL), target))
    assert target.read_bytes() == b"old"


async def test_missing_audio_and_error_statuses(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    client = client_for(api)
    with pytest.raises(musicapi.InvalidRequestError, match="audio_url"):
        await resolve(client.download(Clip(clip_id="c", state="running"), tmp_path))
    with pytest.raises(musicapi.InvalidRequestError):
        await resolve(
            client.download(Clip(clip_id="c", state="s", audio_url="file:///etc/passwd"), tmp_path)
        )
    api.on("GET", AUDIO, ok({"error": "gone"}, status=404))
    with pytest.raises(musicapi.NotFoundError):
        await resolve(client.download(Clip(clip_id="c", state="s", audio_url=URL), tmp_path))
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("title", "clip_id", "url", "mime", "expected"),
    [
        ("Paper Boats", "0b6f1c1e-5d0e", "https://c/x.mp3", None, "Paper-Boats-0b6f1c1e.mp3"),
        ("..", "abc", "https://c/x", "audio/wav", "clip-abc.wav"),
        (None, "../../x", "https://c/x.flac?sig=1", None, "clip-x.flac"),
        ("a/b\\c:d*e?f", "id", "https://c/audio", "text/plain", "a-b-c-d-e-f-id.mp3"),
        ("\u202eevil\u0000", "id", "https://c/a.wav", None, "evil-id.wav"),
    ],
)
def test_file_names_are_safe(
    title: str | None, clip_id: str, url: str, mime: str | None, expected: str
) -> None:
    name = file_name(Clip(clip_id=clip_id, state="succeeded", title=title, audio_url=url), mime)
    assert name == expected
    assert os.sep not in name
    assert not name.startswith(".")


def test_safe_stem_limits_length() -> None:
    assert len(safe_stem("x" * 500)) == 60


def test_async_download_streams_in_chunks(tmp_path: Path) -> None:
    api = FakeAPI()
    body = _payload()
    api.on("GET", AUDIO, httpx.Response(200, content=body, headers={"content-type": "audio/mpeg"}))
    client = make_client("async", api)
    import asyncio

    path = asyncio.run(
        client.download(Clip(clip_id="c", state="s", audio_url=URL), tmp_path / "song.mp3")
    )
    assert path.stat().st_size == SIZE
