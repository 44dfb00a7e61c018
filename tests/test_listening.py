"""Listening early: a streaming clip's live URL, read as it grows, never saved as the song."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client import Clip
from musicapi_client.mock import MockServer, _audio
from musicapi_client.testing import FakeClock

if TYPE_CHECKING:
    from pathlib import Path

SONG = {"custom_mode": False, "gpt_description_prompt": "live", "mv": "sonic-v6"}
WAV_SIZE = _audio.wav_size(_audio.data_bytes_for(3.0))


def _live_mock(seconds: float, **config: Any) -> MockServer:
    """A mock whose songs stream almost at once and take ``seconds`` to finish."""
    return MockServer(
        speed=1.0,
        generation_seconds={"sonic": seconds},
        pending_fraction=0.001,
        streaming_fraction=0.002,
        **config,
    )


def _client(mock: MockServer) -> musicapi_client.MusicAPI:
    return musicapi_client.MusicAPI(api_key=mock.api_key, base_url=mock.url, create_interval=0)


def test_a_clip_has_a_stream_url_only_while_it_streams() -> None:
    live = Clip(clip_id="c", state="streaming", audio_url="https://cdn/live")
    done = Clip(clip_id="c", state="succeeded", audio_url="https://cdn/c.mp3")
    assert live.stream_url == "https://cdn/live"
    assert done.stream_url is None
    assert Clip(clip_id="c", state="streaming").stream_url is None


def test_the_mock_serves_a_streaming_clip_as_a_growing_answer() -> None:
    clock = FakeClock()  # the mock's time and the client's: nothing moves unless told
    with _live_mock(600, clock=clock) as mock:
        client = musicapi_client.MusicAPI(
            api_key=mock.api_key, base_url=mock.url, create_interval=0, clock=clock
        )
        with client:
            task = client.sonic.create(**SONG).wait(until="streaming", timeout=60)
            url = task.clips[0].stream_url
            assert url is not None
            assert "/stream/" in url
            with httpx2.stream("GET", url, timeout=60) as answer:
                assert "content-length" not in answer.headers  # a live stream: no length
                chunks = answer.iter_bytes()
                head = next(chunks)
                assert head[:4] == b"RIFF"
                assert len(head) < WAV_SIZE  # what exists so far
                clock.advance(600)  # the song is done: the answer grows to its end and stops
                body = head + b"".join(chunks)
            assert len(body) == WAV_SIZE
            final = client.sonic.wait(task.task_id, timeout=60)
            assert final.clips[0].stream_url is None  # now the finished file's URL
            assert "/audio/" in (final.clips[0].audio_url or "")


def test_stream_audio_gives_the_first_bytes_before_the_song_is_done() -> None:
    with _live_mock(600) as mock:  # ten minutes to finish: the test reads only the head
        client = musicapi_client.MusicAPI(
            api_key=mock.api_key, base_url=mock.url, create_interval=0
        )
        with client:
            task = client.sonic.create(**SONG).wait(until="streaming", timeout=60)
            chunks = client.stream_audio(task.clips[0])
            first = next(chunks)
            assert first.startswith(b"RIFF")
            assert client.sonic.get(task.task_id).status != "succeeded"  # still being made
            chunks.close()
            with pytest.raises(musicapi_client.InvalidRequestError, match="partial=True"):
                client.download(task.clips[0], "out")  # the live stream is not the song


async def test_the_async_stream_reads_to_the_end_of_a_short_song() -> None:
    with _live_mock(0.6) as mock:
        client = musicapi_client.AsyncMusicAPI(
            api_key=mock.api_key, base_url=mock.url, create_interval=0
        )
        created = await client.sonic.create(**SONG)
        task = await created.wait(until="streaming", timeout=60)
        received = [chunk async for chunk in client.stream_audio(task.clips[0])]
        await client.close()
    assert b"".join(received)[:4] == b"RIFF"
    assert sum(map(len, received)) == WAV_SIZE


def test_a_clip_with_nothing_to_hear_yet_is_refused_before_sending() -> None:
    client = musicapi_client.MusicAPI(api_key="k", base_url="http://127.0.0.1:9")
    with pytest.raises(musicapi_client.InvalidRequestError, match="until='streaming'"):
        client.stream_audio(Clip(clip_id="c", state="pending"))


def test_a_stream_that_breaks_is_a_typed_error() -> None:
    def broken(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadError("dropped", request=request)

    client = musicapi_client.MusicAPI(
        api_key="k", max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(broken)),
    )  # fmt: skip
    chunks = client.stream_audio(Clip(clip_id="c", state="streaming", audio_url="https://x/l"))
    with pytest.raises(musicapi_client.APIConnectionError):
        next(chunks)


def _play(mock: MockServer, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "musicapi_client", "sonic", "create", "--custom-mode", "false",
         "--gpt-description-prompt", "live", "--mv", "sonic-v6", "--play"],
        env={**env, "MUSICAPI_API_KEY": mock.api_key, "MUSICAPI_BASE_URL": mock.url},
        cwd=cwd, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_play_starts_the_player_with_the_live_url(tmp_path: Path) -> None:
    player = tmp_path / "player"
    heard = tmp_path / "heard.txt"
    player.write_text(f'#!/bin/sh\necho "$@" > {heard}\n', encoding="utf-8")
    player.chmod(player.stat().st_mode | stat.S_IEXEC)
    with _live_mock(600) as mock:
        done = _play(mock, {**os.environ, "MUSICAPI_PLAYER": f"{player} --quiet"}, tmp_path)
    assert done.returncode == 0, done.stderr
    args = heard.read_text(encoding="utf-8").split()
    assert args[0] == "--quiet"
    assert "/stream/" in args[1]


def test_play_without_a_player_prints_where_the_song_plays(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MUSICAPI_PLAYER"}
    env["PATH"] = str(tmp_path)  # no mpv, ffplay or afplay here
    with _live_mock(600) as mock:
        done = _play(mock, env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "no player found" in done.stderr
    assert "/stream/" in done.stderr
