"""Downloads stream to a temporary file, rename on success, and never leak the key."""

from __future__ import annotations

import asyncio
import gzip
import os
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client import Clip
from musicapi_client._download import file_name, safe_stem
from tests.fakes import API_KEY, FakeAPI, make_client, ok, resolve

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Iterator
    from pathlib import Path
import errno
import stat

AUDIO = "/audio/clip-a.mp3"
URL = "https://cdn.example.com" + AUDIO
SIZE = 5 * 1024 * 1024 + 123


def _payload() -> bytes:
    return bytes(range(256)) * (SIZE // 256) + b"x" * (SIZE % 256)


class BrokenStream(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """Yields some chunks, then fails like a dropped connection."""

    def __iter__(self) -> Iterator[bytes]:
        yield b"a" * 100_000
        raise httpx2.ReadError("connection dropped")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"a" * 100_000
        raise httpx2.ReadError("connection dropped")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


async def test_streams_a_multi_megabyte_clip_into_a_safe_name(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    body = _payload()
    api.on("GET", AUDIO, httpx2.Response(200, content=body, headers={"content-type": "audio/mpeg"}))
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
    api.on("GET", AUDIO, httpx2.Response(200, content=b"abc"))
    http = httpx2.Client(transport=api.transport, headers={"Authorization": f"Bearer {API_KEY}"})
    client = musicapi_client.MusicAPI(api_key=API_KEY, http_client=http)
    client.download(Clip(clip_id="c", state="succeeded", audio_url=URL), tmp_path / "song.mp3")
    assert "authorization" not in api.requests[-1].headers
    assert (tmp_path / "song.mp3").read_bytes() == b"abc"


async def test_interrupted_download_leaves_nothing_behind(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    api.on("GET", AUDIO, lambda request: httpx2.Response(200, stream=BrokenStream()))
    clip = Clip(clip_id="c1", state="succeeded", title="Song", audio_url=URL)
    with pytest.raises(musicapi_client.APIConnectionError):
        await resolve(client_for(api).download(clip, tmp_path))
    assert _leftovers(tmp_path) == []


async def test_truncated_body_is_an_error_not_a_short_file(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    api.on(
        "GET",
        AUDIO,
        lambda request: httpx2.Response(
            200, content=b"a" * 500, headers={"content-length": "1000"}
        ),
    )
    clip = Clip(clip_id="c1", state="succeeded", audio_url=URL)
    with pytest.raises(musicapi_client.APIConnectionError, match="500 of 1000"):
        await resolve(client_for(api).download(clip, tmp_path / "x.mp3"))
    assert _leftovers(tmp_path) == []


async def test_existing_file_is_only_replaced_by_a_complete_download(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    target = tmp_path / "keep.mp3"
    target.write_bytes(b"old")
    api.on("GET", AUDIO, lambda request: httpx2.Response(200, stream=BrokenStream()))
    with pytest.raises(musicapi_client.APIConnectionError):
        await resolve(client_for(api).download(Clip(clip_id="c", state="s", audio_url=URL), target))
    assert target.read_bytes() == b"old"


async def test_missing_audio_and_error_statuses(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    client = client_for(api)
    with pytest.raises(musicapi_client.InvalidRequestError, match="audio_url"):
        await resolve(client.download(Clip(clip_id="c", state="running"), tmp_path))
    with pytest.raises(musicapi_client.InvalidRequestError):
        await resolve(
            client.download(Clip(clip_id="c", state="s", audio_url="file:///etc/passwd"), tmp_path)
        )
    api.on("GET", AUDIO, ok({"error": "gone"}, status=404))
    with pytest.raises(musicapi_client.NotFoundError):
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
    api.on("GET", AUDIO, httpx2.Response(200, content=body, headers={"content-type": "audio/mpeg"}))
    client = make_client("async", api)
    import asyncio

    path = asyncio.run(
        client.download(Clip(clip_id="c", state="s", audio_url=URL), tmp_path / "song.mp3")
    )
    assert path.stat().st_size == SIZE


def _gzip_reply(body: bytes) -> Callable[[httpx2.Request], httpx2.Response]:
    packed = gzip.compress(body)
    headers = {"content-encoding": "gzip", "content-length": str(len(packed))}
    return lambda request: httpx2.Response(200, headers=headers, stream=httpx2.ByteStream(packed))


async def test_a_gzip_encoded_clip_is_saved_decoded(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    body = _payload()[:300_000]
    api.on("GET", AUDIO, _gzip_reply(body))
    path = await resolve(
        client_for(api).download(Clip(clip_id="c", state="s", audio_url=URL), tmp_path)
    )
    assert path.read_bytes() == body


class _Credential(httpx2.Auth):
    def auth_flow(self, request: httpx2.Request) -> Iterator[httpx2.Request]:
        request.headers["Authorization"] = f"Bearer {API_KEY}"
        yield request


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_auth_flow_on_the_http_client_never_reaches_the_audio_host(
    api: FakeAPI, tmp_path: Path, mode: str
) -> None:
    api.on("GET", AUDIO, httpx2.Response(200, content=b"abc"))
    api.on("GET", "/api/v1/sonic/task/t1", ok({"type": "not_ready"}, status=202))
    if mode == "sync":
        sync = musicapi_client.MusicAPI(
            api_key=API_KEY, http_client=httpx2.Client(transport=api.transport, auth=_Credential())
        )
        sync.download(Clip(clip_id="c", state="s", audio_url=URL), tmp_path / "a.mp3")
        sync.sonic.get("t1")
    else:
        client = musicapi_client.AsyncMusicAPI(
            api_key=API_KEY,
            http_client=httpx2.AsyncClient(transport=api.transport, auth=_Credential()),
        )
        await client.download(Clip(clip_id="c", state="s", audio_url=URL), tmp_path / "a.mp3")
        await client.sonic.get("t1")
    assert "authorization" not in api.requests[0].headers
    assert API_KEY in api.requests[1].headers["authorization"]  # API calls keep the flow


@pytest.mark.parametrize(
    ("dest", "expected"),
    [
        ("out", "out/Song-c1.mp3"),
        ("out/", "out/Song-c1.mp3"),
        ("out/v1.0", "out/v1.0/Song-c1.mp3"),
        ("out/take.2", "out/take.2/Song-c1.mp3"),
        ("out/song.mp3", "out/song.mp3"),
        ("out/SONG.WAV", "out/SONG.WAV"),
        ("existing-dir.mp3", "existing-dir.mp3/Song-c1.mp3"),
    ],
)
async def test_one_rule_decides_between_a_directory_and_a_file(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path, dest: str, expected: str
) -> None:
    (tmp_path / "existing-dir.mp3").mkdir()
    api.on("GET", AUDIO, httpx2.Response(200, content=b"abc"))
    clip = Clip(clip_id="c1", state="s", title="Song", audio_url=URL)
    path = await resolve(client_for(api).download(clip, tmp_path / dest))
    assert path == tmp_path / expected
    assert path.read_bytes() == b"abc"


async def test_a_file_where_a_directory_is_needed_is_a_typed_error_before_sending(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    (tmp_path / "notes").write_text("mine")
    clip = Clip(clip_id="c1", state="s", audio_url=URL)
    client = client_for(api)
    for dest in (tmp_path / "notes", tmp_path / "notes" / "a.mp3"):
        with pytest.raises(musicapi_client.InvalidRequestError) as info:
            await resolve(client.download(clip, dest))
        assert info.value.field == "dest"
    assert api.requests == []
    assert (tmp_path / "notes").read_text() == "mine"


@pytest.mark.parametrize(
    "url", ["http://[::1", "https://", "https:///nohost.mp3", "http://exa mple.com/a.mp3"]
)
async def test_malformed_audio_urls_are_typed_errors(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path, url: str
) -> None:
    with pytest.raises(musicapi_client.InvalidRequestError) as info:
        await resolve(
            client_for(api).download(Clip(clip_id="c", state="s", audio_url=url), tmp_path)
        )
    assert info.value.field == "audio_url"
    assert api.requests == []


async def test_a_redirect_loop_on_the_audio_host_is_a_typed_error(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    api.on("GET", AUDIO, lambda request: httpx2.Response(302, headers={"location": URL}))
    with pytest.raises(musicapi_client.APIConnectionError, match="redirect"):
        await resolve(
            client_for(api, max_retries=0).download(
                Clip(clip_id="c", state="s", audio_url=URL), tmp_path
            )
        )
    assert _leftovers(tmp_path) == []


class _Hanging(httpx2.AsyncByteStream):
    """One chunk, then nothing: the download is cancelled while it waits for more."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"a" * 10_000
        await asyncio.sleep(3600)


async def test_a_cancelled_async_download_leaves_nothing_behind(
    api: FakeAPI, tmp_path: Path
) -> None:
    api.on("GET", AUDIO, lambda request: httpx2.Response(200, stream=_Hanging()))
    client = make_client("async", api)
    clip = Clip(clip_id="c", state="s", audio_url=URL)
    job = asyncio.ensure_future(client.download(clip, tmp_path / "song.mp3"))
    for _ in range(100):
        await asyncio.sleep(0)
        if any(tmp_path.iterdir()):
            break
    assert any(tmp_path.iterdir())  # the temporary file exists while it streams
    job.cancel()
    with pytest.raises(asyncio.CancelledError):
        await job
    assert _leftovers(tmp_path) == []


class GrowingStream(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A live stream: chunks, no Content-Length (what a streaming clip's URL serves)."""

    def __iter__(self) -> Iterator[bytes]:
        yield from (b"ID3", b"first seconds", b"more")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in (b"ID3", b"first seconds", b"more"):
            yield chunk


async def test_a_streaming_clip_is_never_saved_as_the_song(
    api: FakeAPI, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    api.on("GET", AUDIO, lambda request: httpx2.Response(200, stream=GrowingStream()))
    clip = Clip(clip_id="0b6f1c1e", state="streaming", title="Live", audio_url=URL)
    client = client_for(api)
    with pytest.raises(musicapi_client.InvalidRequestError, match="wait") as caught:
        await resolve(client.download(clip, tmp_path))
    assert "partial=True" in str(caught.value)
    assert api.requests == []  # refused before anything was sent
    assert _leftovers(tmp_path) == []
    path = await resolve(client.download(clip, tmp_path, partial=True))
    assert path.name == "Live-0b6f1c1e.partial.mp3"
    assert path.read_bytes() == b"ID3first secondsmore"
    named = await resolve(client.download(clip, tmp_path / "live.mp3", partial=True))
    assert named.name == "live.partial.mp3"


def test_one_file_name_for_several_clips_names_each_with_its_audios_suffix(
    tmp_path: Path,
) -> None:
    from musicapi_client._download import file_for

    wav = Clip(clip_id="a", state="succeeded", audio_url="https://c/a.wav")
    plain = Clip(clip_id="b", state="succeeded", audio_url="https://c/b")
    assert file_for(tmp_path / "song.mp3", wav, 1, 2) == tmp_path / "song-1.wav"
    assert file_for(tmp_path / "song.mp3", plain, 2, 2) == tmp_path / "song-2.mp3"
    assert file_for(tmp_path / "song.mp3", wav, 1, 1) == tmp_path / "song.wav"
    assert file_for(tmp_path, wav, 1, 2) == tmp_path  # a directory: names come later


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
