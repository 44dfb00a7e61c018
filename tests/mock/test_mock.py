"""The local mock behaves like MusicAPI: spec-valid answers, state, credits, audio, faults."""

from __future__ import annotations

import io
import time
import wave
from typing import TYPE_CHECKING, Any

import httpx2
import pytest
from mutagen.mp4 import MP4

import musicapi_client
from musicapi_client.mock import MockServer
from musicapi_client.mock import _spec as mock_spec
from musicapi_client.testing import FakeClock

if TYPE_CHECKING:
    from musicapi_client.testing import MockHandle

CREATE = {
    "task_type": "create_music",
    "custom_mode": False,
    "gpt_description_prompt": "sea",
    "mv": "sonic-v6",
}


def _raw(
    mock: MockHandle, method: str, path: str, body: Any = None, key: str | None = None
) -> httpx2.Response:
    headers = {"Authorization": f"Bearer {key or mock.api_key}"} if key != "" else {}
    return httpx2.request(method, mock.url + path, json=body, headers=headers, timeout=10)


def _conforms(path: str, method: str, response: httpx2.Response) -> None:
    route, _ = mock_spec.match(method, path) or (None, None)
    assert route is not None
    declared = route.op["responses"][str(response.status_code)]
    if "$ref" in declared:
        declared = mock_spec.spec()["components"]["responses"][declared["$ref"].rsplit("/", 1)[1]]
    schema = declared["content"]["application/json"]["schema"]
    validator = mock_spec.validator(f"/components/schemas/{schema['$ref'].rsplit('/', 1)[1]}")
    errors = [e.message for e in validator.iter_errors(response.json())]
    assert not errors, (path, response.json(), errors)


def test_auth_is_required(musicapi_mock: MockHandle) -> None:
    missing = _raw(musicapi_mock, "GET", "/api/v1/get-credits", key="")
    wrong = _raw(musicapi_mock, "GET", "/api/v1/get-credits", key="nope")
    assert (missing.status_code, wrong.status_code) == (401, 401)
    assert "missing" in missing.json()["message"]
    with pytest.raises(musicapi_client.AuthenticationError):
        musicapi_client.MusicAPI(api_key="wrong", base_url=musicapi_mock.url).credits.get()


def test_bad_requests_get_a_400_naming_the_field(musicapi_mock: MockHandle) -> None:
    extend = {
        "task_type": "extend_music",
        "custom_mode": True,
        "continue_clip_id": "c",
        "mv": "sonic-v6",
    }
    missing = _raw(musicapi_mock, "POST", "/api/v1/sonic/create", extend)
    assert missing.status_code == 400
    assert missing.json()["field"] == "continue_at"
    bad_enum = _raw(musicapi_mock, "POST", "/api/v1/sonic/create", {**CREATE, "mv": "sonic-v9"})
    assert bad_enum.json()["field"] == "mv"
    bad_tag = _raw(musicapi_mock, "POST", "/api/v1/sonic/create", {**CREATE, "task_type": "remix"})
    assert bad_tag.json()["field"] == "task_type"
    _conforms("/api/v1/sonic/create", "POST", missing)


def test_task_lifecycle_pending_running_succeeded(musicapi_mock: MockHandle) -> None:
    musicapi_mock.state.config.speed = 1.0
    created = _raw(musicapi_mock, "POST", "/api/v1/sonic/create", CREATE).json()
    task = musicapi_mock.state.tasks[created["task_id"]]
    path = f"/api/v1/sonic/task/{created['task_id']}"
    seen = []
    for elapsed in (0.0, 0.2, 0.5, 0.9, 1.1):
        task.started = time.monotonic() - elapsed * task.duration
        response = _raw(musicapi_mock, "GET", path)
        _conforms(path, "GET", response)
        body = response.json()
        states = [clip["state"] for clip in body.get("data", [])]
        seen.append((response.status_code, states))
    assert seen == [
        (202, []),
        (202, []),
        (200, ["streaming", "streaming"]),  # both can be played from here (2026 API)
        (200, ["succeeded", "streaming"]),
        (200, ["succeeded", "succeeded"]),
    ]


def test_every_operation_answers_per_the_spec(musicapi_mock: MockHandle) -> None:
    musicapi_mock.state.config.api = "2025-06"  # nuro still answers in the mid-2025 API
    client = musicapi_mock.client()
    clip = client.sonic.upload(url="https://f/a.mp3").clip_id
    riff_clip = client.riffusion.upload(url="https://f/b.mp3").clip_id
    persona = client.sonic.create_persona(name="V", description="warm", continue_clip_id=clip)
    tasks = [
        client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6"),
        client.sonic.cover(
            custom_mode=True,
            continue_clip_id=clip,
            prompt="x",
            mv="sonic-v6",
            task_type="cover_upload_music",
        ),
        client.sonic.create_with_persona(
            custom_mode=True, prompt="x", persona_id=persona.persona_id, mv="sonic-v6"
        ),
        client.riffusion.swap_vocals(
            custom_mode=True,
            lyrics="l",
            sound="s",
            continue_clip_id=riff_clip,
            mv="FUZZ-1.1",
            task_type="swap_upload_music_vocals",
        ),
        client.nuro.create_instrumental(description="calm", duration=30),
    ]
    with pytest.warns(DeprecationWarning, match="Unavailable"):
        studio = client.studio.description_mode(
            prompt="p",
            prompt_strength=0.5,
            clarity_strength=0.2,
            lyrics_strength=0.5,
            generation_quality=0.7,
            model_type="studio32-v1.5",
        )
    with pytest.warns(DeprecationWarning, match="Unavailable"):
        done = [t.wait(timeout=30) for t in [*tasks, studio]]
    assert [t.status for t in done] == ["succeeded"] * (len(tasks) + 1)
    extended = client.sonic.extend(
        custom_mode=False, continue_clip_id=done[0].clips[0].clip_id, continue_at=1, mv="sonic-v6"
    ).wait(timeout=30)
    concat = client.sonic.concat(continue_clip_id=extended.clips[0].clip_id).wait(timeout=30)
    assert len(concat.clips) == 1
    assert (
        client.lyrics.create(description="a quiet harbour")
        .results[0]
        .title.startswith("A Quiet Harbour")
    )
    for family, task in [("sonic", done[0]), ("riffusion", done[3]), ("nuro", done[4])]:
        path = f"/api/v1/{family}/task/{task.task_id}"
        _conforms(path, "GET", _raw(musicapi_mock, "GET", path))
    assert musicapi_mock.requests("sonic_create") == 5


def test_credits_go_down_and_run_out(musicapi_mock: MockHandle) -> None:
    client = musicapi_mock.client()
    musicapi_mock.state.credits, musicapi_mock.state.extra_credits = 25, 5
    client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")  # 20
    balance = client.credits.get()
    assert (balance.credits, balance.extra_credits) == (10, 0)
    with pytest.raises(musicapi_client.InsufficientCreditsError) as info:
        client.riffusion.create(custom_mode=False, prompt="x", mv="FUZZ-1.1")
    assert info.value.status_code == 403
    assert client.credits.get().credits == 10  # the refused create cost nothing


def test_unknown_clips_and_tasks_are_rejected(musicapi_mock: MockHandle) -> None:
    client = musicapi_mock.client()
    with pytest.raises(musicapi_client.BadRequestError, match="not found"):
        client.sonic.concat(continue_clip_id="nope")
    with pytest.raises(musicapi_client.NotFoundError) as info:
        client.sonic.get("no-such-task")
    assert info.value.status_code == 400
    musicapi_mock.state.config.api = "2025-06"  # nuro answered (404) in the mid-2025 API
    with (
        pytest.warns(DeprecationWarning, match="nuro"),
        pytest.raises(musicapi_client.NotFoundError),
    ):
        client.nuro.get("no-such-task")


def test_audio_is_a_real_streamed_wav(musicapi_mock: MockHandle) -> None:
    client = musicapi_mock.client()
    task = client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6").wait()
    url = task.clips[0].audio_url
    assert url.startswith(musicapi_mock.url)
    response = httpx2.get(url + "?seconds=2")
    assert response.headers["content-type"] == "audio/wav"
    assert int(response.headers["content-length"]) == len(response.content)
    with wave.open(io.BytesIO(response.content)) as audio:
        assert (audio.getnchannels(), audio.getsampwidth(), audio.getframerate()) == (1, 2, 8000)
        assert audio.getnframes() == 16000


@pytest.mark.parametrize("fault", ["429", "503", "html502", "drop"])
def test_read_faults_are_retried_by_the_client(musicapi_mock: MockHandle, fault: str) -> None:
    musicapi_mock.state.set_faults(fault)
    client = musicapi_mock.client(clock=FakeClock())
    assert client.credits.get().credits == 500
    assert musicapi_mock.requests("credits_get") == 2


@pytest.mark.parametrize(
    ("fault", "error", "sent"),
    [
        ("429", None, 2),
        ("500", musicapi_client.InternalServerError, 1),
        ("html502", musicapi_client.InternalServerError, 1),
        ("drop", musicapi_client.APIConnectionError, 1),
    ],
)
def test_creates_meet_faults_without_double_spending(
    musicapi_mock: MockHandle, fault: str, error: type[Exception] | None, sent: int
) -> None:
    musicapi_mock.state.set_faults(fault)
    client = musicapi_mock.client(clock=FakeClock())
    if error is None:
        assert client.sonic.create(**{k: v for k, v in CREATE.items() if k != "task_type"}).task_id
    else:
        with pytest.raises(error) as info:
            client.sonic.create(**{k: v for k, v in CREATE.items() if k != "task_type"})
        assert info.value.outcome_unknown
    assert musicapi_mock.requests("sonic_create") == sent


def test_task_faults(musicapi_mock: MockHandle) -> None:
    client = musicapi_mock.client()
    musicapi_mock.state.set_faults("fail")
    with pytest.raises(musicapi_client.TaskFailedError) as failed:
        client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6").wait()
    assert failed.value.task_id
    musicapi_mock.state.set_faults("stuck")
    with pytest.raises(musicapi_client.WaitTimeoutError) as stuck:
        client.riffusion.create(custom_mode=False, prompt="x", mv="FUZZ-1.1").wait(timeout=0.5)
    assert stuck.value.task_id in musicapi_mock.state.tasks


def test_slow_fault_meets_the_client_timeout(musicapi_mock: MockHandle) -> None:
    musicapi_mock.state.set_faults("slow")
    musicapi_mock.state.config.slow_seconds = 50.0  # 1 s at the fixture's 50x speed
    client = musicapi_mock.client(timeout=0.3, max_retries=0)
    with pytest.raises(musicapi_client.APITimeoutError):
        client.credits.get()


def test_unknown_fault_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        MockServer(faults="meteor")


def test_server_stops_by_itself() -> None:
    server = MockServer(lifetime=0.3).start()
    assert httpx2.get(server.url + "/__mock__/stats").status_code == 200
    server._thread.join(timeout=5)
    assert not server._thread.is_alive()


async def test_async_client_from_the_fixture(musicapi_mock: MockHandle) -> None:
    musicapi_mock.state.config.api = "2025-06"  # nuro, as the mid-2025 API served it
    async with musicapi_mock.async_client() as client:
        task = await (await client.nuro.create_vocal(lyrics="[verse] la")).wait(timeout=30)
    assert task.status == "succeeded"
    assert musicapi_mock.requests("nuro_create") == 1


def test_retired_operations_answer_410_unless_the_mid_2025_api_is_asked_for(
    musicapi_mock: MockHandle,
) -> None:
    client = musicapi_mock.client()
    with (
        pytest.warns(DeprecationWarning, match="retired nuro"),
        pytest.raises(musicapi_client.GoneError, match="retired") as info,
    ):
        client.nuro.create_instrumental(description="calm", duration=30)
    assert info.value.status_code == 410
    assert not info.value.outcome_unknown  # a 4xx: nothing started
    musicapi_mock.state.config.api = "2025-06"
    with pytest.warns(DeprecationWarning, match="nuro"):
        assert client.nuro.create_instrumental(description="calm", duration=30).task_id


def test_the_2026_sonic_operations_work_on_the_mock(musicapi_mock: MockHandle) -> None:
    client = musicapi_mock.client()
    song = client.sonic.create(
        custom_mode=False, gpt_description_prompt="x", mv="sonic-v5-5", vocal_gender="f"
    ).wait(timeout=30)
    clip = song.clips[0].clip_id
    uploaded = client.sonic.upload(url="https://f/a.mp3").clip_id
    assert len(client.sonic.stems_basic(clip_id=clip).wait(timeout=30).clips) == 2
    assert client.sonic.stems_full(clip_id=clip).wait(timeout=30).status == "succeeded"
    assert client.sonic.remaster(continue_clip_id=clip, mv="sonic-v6").wait(timeout=30).clips
    assert (
        client.sonic.add_vocals(continue_clip_id=uploaded, prompt="la", mv="sonic-v4-5")
        .wait(timeout=30)
        .clips
    )
    for created in (
        client.sonic.mashup(
            mashup_clip_ids=[clip, song.clips[1].clip_id],
            custom_mode=False,
            gpt_description_prompt="x",
            mv="sonic-v6",
        ),
        client.sonic.replace_section(clip_id=clip, mv="sonic-v6", infill_start_s=1, infill_end_s=2),
        client.sonic.upload_cover(
            url="https://f/b.mp3", custom_mode=False, gpt_description_prompt="x", mv="sonic-v6"
        ),
        client.sonic.sample(
            sample_clip_id=clip,
            chop_sample_start_s=0,
            chop_sample_end_s=2,
            custom_mode=False,
            gpt_description_prompt="x",
            mv="sonic-v6",
        ),
        client.sonic.create_voice(audio_url="https://f/voice.wav"),
    ):
        assert created.wait(timeout=30).status == "succeeded"
    assert client.sonic.wav(clip_id=clip).data.wav_url
    assert client.sonic.bpm(clip_id=clip).data.avg_bpm
    assert client.sonic.midi(clip_id=clip).data.midi_url
    assert client.sonic.upsample_tags(tags="pop").data.upsampled_tags
    assert client.sonic.aligned_lyrics(clip_id=clip).data.alignment
    links = client.sonic.download_links(clip_id=clip, formats=["mp3", "wav"])
    assert [f.format for f in links.data.files] == ["mp3", "wav"]


def test_the_producer_family_on_the_mock(musicapi_mock: MockHandle, tmp_path: Any) -> None:
    client = musicapi_mock.client()
    task = client.producer.create(sound="lo-fi piano", title="Night Study").wait(timeout=30)
    assert (task.status, task.raw_status) == ("succeeded", "SUCCESS")
    (clip,) = task.clips
    assert clip.wav_url
    assert clip.duration == 3.0
    assert client.producer.cover(clip_id=clip.clip_id, strength=0.5).wait(timeout=30).clips
    assert client.producer.download(clip_id=clip.clip_id, format="wav").wait(timeout=30).clips
    saved = client.download(clip, tmp_path, format="wav")
    assert saved.suffix == ".wav"
    with wave.open(str(saved)) as audio:
        assert audio.getnframes() == 3 * 8000
    m4a = client.download(clip, tmp_path)  # the default: audio_url, an M4A
    assert m4a.suffix == ".m4a"
    info = MP4(str(m4a)).info
    assert (info.length, info.channels, info.sample_rate) == (3.0, 1, 8000)
    with pytest.raises(musicapi_client.GoneError):
        client.producer.create(sound="x", extra_body={"task_type": "music_variation"})
    musicapi_mock.state.set_faults("fail")
    with pytest.raises(musicapi_client.TaskFailedError) as info:
        client.producer.create(sound="x").wait(timeout=30)
    assert info.value.task.refunded is True
    assert "credits refunded" in str(info.value)


def test_the_mock_survives_bad_requests(musicapi_mock: MockHandle) -> None:
    headers = {"Authorization": f"Bearer {musicapi_mock.api_key}"}
    for depth in (100, 5000):  # past the validators' depth, past json's recursion limit
        nested = b'{"task_type": "create_music", "x": ' + b"[" * depth + b"]" * depth + b"}"
        answer = httpx2.post(
            musicapi_mock.url + "/api/v1/sonic/create", content=nested, headers=headers
        )
        assert answer.status_code == 400, (depth, answer.text)
    client = musicapi_mock.client()
    task = client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6").wait()
    url = task.clips[0].audio_url
    for seconds in ("nan", "inf", "-inf", "-5", "1e15", "1e9", "x"):
        answer = httpx2.get(f"{url}?seconds={seconds}")
        assert answer.status_code == 400, seconds
    for body in (b"[1, 2]", b'"429"', b"null", b"{", b"[" * 5000):
        answer = httpx2.post(musicapi_mock.url + "/__mock__/faults", content=body)
        assert answer.status_code == 400, body[:10]
    assert httpx2.get(f"{url}?seconds=1").status_code == 200  # and it still serves


def test_the_mock_charges_the_2026_10_prices_or_the_ones_it_is_told(tmp_path: Any) -> None:
    from musicapi_client.mock._options import OPTIONS, config

    defaults = {option.name: option.default for option in OPTIONS}
    prices = tmp_path / "prices.json"
    prices.write_text('{"sonic.create": 33}', encoding="utf-8")
    assert config({**defaults, "credit_prices": str(prices)})["credit_prices"] == {
        "sonic.create": 33.0
    }
    with pytest.raises(ValueError, match=r"sonic\.nope"):
        config({**defaults, "credit_prices": '{"sonic.nope": 1}'})
    args = {"custom_mode": False, "gpt_description_prompt": "x", "mv": "sonic-v6"}
    for told, cost in (({}, 20.0), ({"sonic.create": 33.0}, 33.0)):
        with MockServer(speed=50, credits=100, credit_prices=told) as mock:
            client = musicapi_client.MusicAPI(api_key=mock.api_key, base_url=mock.url)
            client.sonic.create(**args)
            assert client.credits.get().credits == 100 - cost


def test_the_mock_answers_as_the_vendor_sdk_expects(musicapi_mock: MockHandle) -> None:
    """What the makers' own SDK (musicapi-sdk 0.1.0) relies on, where the spec agrees."""
    bodies = {
        "/api/v1/sonic/create": {
            "custom_mode": False,
            "gpt_description_prompt": "x",
            "mv": "sonic-v6",
        },
        "/api/v1/producer/create": {"sound": "calm", "seed": 42, "bpm": 90},
        "/api/v1/riffusion/create": {"custom_mode": False, "prompt": "x", "mv": "FUZZ-1.1"},
    }  # no task_type: the server's default is create_music
    for path, body in bodies.items():
        answer = _raw(musicapi_mock, "POST", path, body)
        assert answer.status_code == 200, (path, answer.text)
        assert set(answer.json()) == {"message", "task_id"}  # a strict parser's ack
    assert {t.request["task_type"] for t in musicapi_mock.state.tasks.values()} == {"create_music"}
    from musicapi_client import types

    for model, fields in (
        (types.SonicClip, {"negative_tags", "style_weight", "weirdness_constraint"}),
        (types.RiffusionClip, {"vocal_variation"}),
        (types.ProducerClip, {"lyrics_id", "lyrics_timing_markers", "created_at", "mv", "seed"}),
    ):
        assert fields <= set(model.model_fields), model.__name__


def test_the_2025_profile_still_needs_a_task_type() -> None:
    with MockServer(speed=50, api="2025-06") as mock:
        body = {"custom_mode": False, "gpt_description_prompt": "x", "mv": "sonic-v6"}
        answer = httpx2.post(
            mock.url + "/api/v1/sonic/create", json=body,
            headers={"Authorization": f"Bearer {mock.api_key}"},
        )  # fmt: skip
    assert answer.status_code == 400
    assert answer.json()["field"] == "task_type"


def test_a_studio_task_is_in_progress_while_it_streams(musicapi_mock: MockHandle) -> None:
    clock = musicapi_client.testing.FakeClock()
    musicapi_mock.state.config.clock = clock
    task = musicapi_mock.state.add_task("studio", {"prompt": "a calm song"}, 2)
    client = musicapi_mock.client()
    seen = []
    for share in (0.05, 0.3, 0.6, 0.9, 1.1):  # pending, running, streaming, partial, done
        clock.now = task.started + share * task.duration
        with pytest.warns(DeprecationWarning, match="studio"):
            seen.append(client.studio.get(task.task_id).raw_status)
    assert seen == ["NOT_START", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "SUCCESS"]


def test_more_keys_are_accepted_and_each_key_is_paced_alone() -> None:
    from musicapi_client.testing import FakeClock

    clock = FakeClock()
    body = {"custom_mode": False, "gpt_description_prompt": "x", "mv": "sonic-v6"}
    with MockServer(more_keys=("key-2",), create_interval=3.0, clock=clock) as mock:

        def create(key: str) -> int:
            headers = {"Authorization": f"Bearer {key}"}
            url = f"{mock.url}/api/v1/sonic/create"
            return httpx2.post(url, json=body, headers=headers).status_code

        first, other, again = create(mock.api_key), create("key-2"), create(mock.api_key)
        unknown = create("key-3")
    assert (first, other, again, unknown) == (200, 200, 429, 401)


async def test_the_foreground_mock_answers_without_nagle_delays() -> None:
    """`musicapi mock` serves on its own socket: the connections asyncio accepts from it
    must have TCP_NODELAY (with proto 0 they did not, and each answer waited ~40 ms for a
    delayed ACK)."""
    import asyncio
    import socket

    from musicapi_client._sockets import listening_socket

    sock = listening_socket("127.0.0.1", 0)
    accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def connected(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("socket")
        accepted.set_result(peer.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        writer.close()

    server = await asyncio.start_server(connected, sock=sock)
    try:
        _, writer = await asyncio.open_connection(*sock.getsockname()[:2])
        assert await asyncio.wait_for(accepted, timeout=30) == 1
        writer.close()
    finally:
        server.close()
        await server.wait_closed()


def test_a_server_socket_takes_connections_before_its_server_runs() -> None:
    """The mock and `musicapi mcp --http` say they are ready once their socket exists: a
    client that connects at once waits in the backlog, never gets 'connection refused'
    (the MCP server used to bind without listening, so a fast client was refused)."""
    import socket

    from musicapi_client._sockets import listening_socket

    sock = listening_socket("127.0.0.1", 0)
    try:
        with socket.create_connection(sock.getsockname()[:2], timeout=30):
            pass  # nothing accepts yet: the connection is queued, not refused
    finally:
        sock.close()
