"""Marking downloads as AI-generated, when asked: in the file's own metadata."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client import Clip, batch
from musicapi_client._provenance import read_wav_info
from musicapi_client.mock import MockServer, _audio
from tests.fakes import FakeAPI, resolve

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

SONG = {"custom_mode": False, "gpt_description_prompt": "marked", "mv": "sonic-v6"}


def _client(mock: MockServer) -> musicapi_client.MusicAPI:
    return musicapi_client.MusicAPI(
        api_key=mock.api_key, base_url=mock.url, create_interval=0,
        poll_schedule=musicapi_client.PollSchedule(scale=1 / 100),
    )  # fmt: skip


def test_a_wav_is_marked_with_a_riff_info_chunk_and_still_plays(tmp_path: Path) -> None:
    import wave

    with MockServer(speed=100) as mock, _client(mock) as client:
        task = client.sonic.create(**SONG).wait(timeout=60)
        clip = task.clips[0]
        path = client.download(clip, tmp_path, provenance=True)
        plain = client.download(clip, tmp_path / "plain.wav")
    info = read_wav_info(path)
    assert "AI_GENERATED=1" in info["ICMT"]
    assert f"MUSICAPI_TASK_ID={task.task_id}" in info["ICMT"]
    assert f"MUSICAPI_CLIP_ID={clip.clip_id}" in info["ICMT"]
    assert "AI_MODEL=sonic-v6" in info["ICMT"]
    assert info["ISFT"].startswith("musicapi-client")
    assert read_wav_info(plain) == {}  # off by default
    with wave.open(str(path)) as marked, wave.open(str(plain)) as original:
        assert marked.readframes(marked.getnframes()) == original.readframes(original.getnframes())


async def test_mp3_and_m4a_get_their_formats_tags(
    client_for: Callable[..., Any], tmp_path: Path
) -> None:
    from mutagen.id3 import ID3
    from mutagen.mp4 import MP4

    mp3 = b"\xff\xfb\x90\x64" + bytes(413) * 20  # MPEG frames (silence), no tag yet
    m4a = _audio.m4a_bytes(1.0)
    api = (
        FakeAPI()
        .on("GET", "/a.mp3", httpx2.Response(200, content=mp3))
        .on("GET", "/b.m4a", httpx2.Response(200, content=m4a))
    )
    client = client_for(api)
    song = Clip(clip_id="c-mp3", state="succeeded", audio_url="https://cdn/a.mp3", task_id="t9")
    m4a_clip = Clip(clip_id="c-m4a", state="succeeded", audio_url="https://cdn/b.m4a")
    first = await resolve(client.download(song, tmp_path, provenance=True))
    second = await resolve(client.download(m4a_clip, tmp_path, provenance=True))
    tags = ID3(first)
    assert tags.getall("TXXX:AI_GENERATED")[0].text == ["1"]
    assert tags.getall("TXXX:MUSICAPI_TASK_ID")[0].text == ["t9"]
    assert bytes(MP4(second).tags["----:org.musicapi:AI_GENERATED"][0]) == b"1"


async def test_a_file_it_cannot_mark_is_not_kept(
    client_for: Callable[..., Any], tmp_path: Path
) -> None:
    api = FakeAPI().on("GET", "/a.ogg", httpx2.Response(200, content=b"OggS\x00rest"))
    client = client_for(api)
    clip = Clip(clip_id="c", state="succeeded", audio_url="https://cdn/a.ogg")
    with pytest.raises(musicapi_client.MusicAPIError, match="cannot mark"):
        await resolve(client.download(clip, tmp_path, provenance=True))
    assert list(tmp_path.iterdir()) == []


def test_provenance_without_mutagen_is_refused_before_sending(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'mutagen':\n"
        "            raise ImportError(name=name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import musicapi_client\n"
        "c = musicapi_client.MusicAPI(api_key='k', base_url='http://127.0.0.1:9')\n"
        "clip = musicapi_client.Clip(clip_id='c', state='succeeded', audio_url='https://x/a.mp3')\n"
        "try:\n"
        "    c.download(clip, '.', provenance=True)\n"
        "except musicapi_client.ConfigurationError as e:\n"
        "    print(e.option, 'provenance' in str(e))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert done.stdout.strip() == "provenance True"


def test_a_batch_marks_its_files_and_the_manifest_says_so(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    line = {"id": "j1", "operation": "sonic.create", "params": SONG, "download": True}
    jobs.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with MockServer(speed=100) as mock:
        client = musicapi_client.AsyncMusicAPI(
            api_key=mock.api_key, base_url=mock.url, create_interval=0.01,
            poll_schedule=musicapi_client.PollSchedule(scale=1 / 100),
        )  # fmt: skip
        result = batch.run(jobs, tmp_path / "out", client=client, provenance=True)
    assert result.exit_code == 0
    (row,) = [json.loads(x) for x in (tmp_path / "out/manifest.jsonl").read_text().splitlines()]
    assert row["provenance"] is True
    assert all(
        "AI_GENERATED=1" in read_wav_info(tmp_path / "out" / f)["ICMT"] for f in row["files"]
    )
