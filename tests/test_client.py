"""Every public method sends the documented request and returns the documented shape."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client.testing import FakeClock
from tests.fakes import API_KEY, FakeAPI, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable

CREATED = {"code": 200, "message": "success", "task_id": "task-1"}
UPLOADED = {"code": 200, "clip_id": "clip-up", "message": "success"}
CLIP = "0b6f1c1e-5d0e-4f5c-9c43-2b1f0f6a9e11"

# (family, method, kwargs, http method, path, reply, expected subset of the JSON body sent)
CASES: list[tuple[str, str, dict[str, Any], str, str, dict[str, Any], dict[str, Any]]] = [
    (
        "sonic",
        "create",
        {"custom_mode": True, "prompt": "[Verse] hi", "mv": "sonic-v4", "title": "T"},
        "POST",
        "/api/v1/sonic/create",
        CREATED,
        {
            "task_type": "create_music",
            "custom_mode": True,
            "prompt": "[Verse] hi",
            "mv": "sonic-v4",
            "title": "T",
        },
    ),
    (
        "sonic",
        "extend",
        {"custom_mode": False, "continue_clip_id": CLIP, "continue_at": 42, "mv": "sonic-v4"},
        "POST",
        "/api/v1/sonic/create",
        CREATED,
        {"task_type": "extend_music", "continue_at": 42},
    ),
    (
        "sonic",
        "extend",
        {
            "custom_mode": False,
            "continue_clip_id": CLIP,
            "continue_at": 0.1,
            "mv": "sonic-v4",
            "task_type": "extend_upload_music",
        },
        "POST",
        "/api/v1/sonic/create",
        CREATED,
        {"task_type": "extend_upload_music", "continue_at": 0.1},
    ),
    (
        "sonic",
        "concat",
        {"continue_clip_id": CLIP},
        "POST",
        "/api/v1/sonic/create",
        CREATED,
        {"task_type": "concat_music", "continue_clip_id": CLIP},
    ),
    (
        "sonic",
        "cover",
        {"custom_mode": True, "continue_clip_id": CLIP, "prompt": "x", "mv": "sonic-v3-5"},
        "POST",
        "/api/v1/sonic/create",
        CREATED,
        {"task_type": "cover_music"},
    ),
    (
        "sonic",
        "create_with_persona",
        {"custom_mode": True, "prompt": "x", "persona_id": "p1", "mv": "sonic-v4"},
        "POST",
        "/api/v1/sonic/create",
        CREATED,
        {"task_type": "persona_music", "persona_id": "p1"},
    ),
    (
        "sonic",
        "create_persona",
        {"name": "Voice", "description": "warm", "continue_clip_id": CLIP},
        "POST",
        "/api/v1/sonic/persona",
        {"code": 200, "persona_id": "p1", "message": "success"},
        {"name": "Voice", "description": "warm", "continue_clip_id": CLIP},
    ),
    (
        "sonic",
        "upload",
        {"url": "https://files.example.com/a.mp3"},
        "POST",
        "/api/v1/sonic/upload",
        UPLOADED,
        {"url": "https://files.example.com/a.mp3"},
    ),
    (
        "riffusion",
        "create",
        {"custom_mode": True, "lyrics": "la", "mv": "FUZZ-1.1 Pro", "make_instrumental": False},
        "POST",
        "/api/v1/riffusion/create",
        CREATED,
        {"task_type": "create_music", "mv": "FUZZ-1.1 Pro"},
    ),
    (
        "riffusion",
        "create",
        {"custom_mode": False, "prompt": "funk", "mv": "FUZZ-1.0"},
        "POST",
        "/api/v1/riffusion/create",
        CREATED,
        {"custom_mode": False, "prompt": "funk"},
    ),
    (
        "riffusion",
        "cover",
        {"custom_mode": True, "continue_clip_id": CLIP, "mv": "FUZZ-1.1"},
        "POST",
        "/api/v1/riffusion/create",
        CREATED,
        {"task_type": "cover_music"},
    ),
    (
        "riffusion",
        "extend",
        {
            "custom_mode": True,
            "lyrics": "la",
            "sound": "pop",
            "continue_at": 10,
            "continue_clip_id": CLIP,
            "mv": "FUZZ-1.1",
        },
        "POST",
        "/api/v1/riffusion/create",
        CREATED,
        {"task_type": "extend_music", "continue_at": 10},
    ),
    (
        "riffusion",
        "replace_section",
        {
            "custom_mode": True,
            "continue_clip_id": CLIP,
            "replace_start_time": 5,
            "replace_end_time": 9.5,
            "mv": "FUZZ-1.1",
        },
        "POST",
        "/api/v1/riffusion/create",
        CREATED,
        {"task_type": "replace_music", "replace_end_time": 9.5},
    ),
    (
        "riffusion",
        "swap_sound",
        {"custom_mode": True, "sound": "strings", "continue_clip_id": CLIP, "mv": "FUZZ-1.1"},
        "POST",
        "/api/v1/riffusion/create",
        CREATED,
        {"task_type": "swap_music_sound"},
    ),
    (
        "riffusion",
        "swap_vocals",
        {
            "custom_mode": True,
            "lyrics": "la",
            "sound": "deep",
            "continue_clip_id": CLIP,
            "mv": "FUZZ-1.1",
            "task_type": "swap_upload_music_vocals",
        },
        "POST",
        "/api/v1/riffusion/create",
        CREATED,
        {"task_type": "swap_upload_music_vocals"},
    ),
    (
        "riffusion",
        "upload",
        {"url": "https://files.example.com/b.mp3"},
        "POST",
        "/api/v1/riffusion/upload",
        UPLOADED,
        {"url": "https://files.example.com/b.mp3"},
    ),
    (
        "lyrics",
        "create",
        {"description": "the sea"},
        "POST",
        "/api/v1/sonic/lyrics",
        {"code": 200, "message": "success", "results": [{"title": "Sea", "lyrics": "waves"}]},
        {"description": "the sea"},
    ),
    (
        "nuro",
        "create_vocal",
        {"lyrics": "[verse] la", "genre": "Pop", "duration": 60},
        "POST",
        "/api/v1/nuro/create",
        {"message": "success", "task_id": "task-1"},
        {"type": "vocal", "genre": "Pop", "duration": 60},
    ),
    (
        "nuro",
        "create_instrumental",
        {"description": "calm", "mood": ["calm"], "duration": 30},
        "POST",
        "/api/v1/nuro/create",
        {"message": "success", "task_id": "task-1"},
        {"type": "bgm", "mood": ["calm"]},
    ),
]
STUDIO = {
    "prompt": "jazz",
    "prompt_strength": 0.5,
    "clarity_strength": 0.25,
    "lyrics_strength": 0.5,
    "generation_quality": 0.75,
    "model_type": "studio32-v1.5",
}
STUDIO_CASES = [
    ("description_mode", STUDIO, {"lyrics_type": "generate", "config": {"mode": "regular"}}),
    ("custom_mode", {**STUDIO, "lyrics": "words"}, {"lyrics_type": "user", "lyrics": "words"}),
    ("instrumental_mode", STUDIO, {"lyrics_type": "instrumental"}),
    (
        "extend_mode",
        {**STUDIO, "config": {"mode": "precede", "source": {"song_id": "s1"}}},
        {"config": {"mode": "precede", "source": {"song_id": "s1"}}},
    ),
]


def _subset(expected: dict[str, Any], actual: dict[str, Any]) -> bool:
    return all(actual.get(key) == value for key, value in expected.items())


@pytest.mark.parametrize(
    ("family", "method", "kwargs", "verb", "path", "reply", "sent"),
    CASES,
    ids=[f"{c[0]}.{c[1]}-{i}" for i, c in enumerate(CASES)],
)
async def test_operation_sends_documented_request(
    api: FakeAPI,
    client_for: Callable[..., Any],
    family: str,
    method: str,
    kwargs: dict[str, Any],
    verb: str,
    path: str,
    reply: dict[str, Any],
    sent: dict[str, Any],
) -> None:
    api.on(verb, path, ok(reply))
    client = client_for(api)
    result = await resolve(getattr(getattr(client, family), method)(**kwargs))
    request = api.requests[-1]
    assert (request.method, request.url.path) == (verb, path)
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"] == "application/json"
    body = api.last_json()
    assert _subset(sent, body), body
    assert None not in body.values()
    if "task_id" in reply:
        assert result.task_id == "task-1"
        assert result.family == family
    elif "clip_id" in reply:
        assert result.clip_id == "clip-up"
    elif "persona_id" in reply:
        assert result.persona_id == "p1"
    else:
        assert result.results[0].title == "Sea"


@pytest.mark.parametrize(
    ("method", "kwargs", "sent"), STUDIO_CASES, ids=[c[0] for c in STUDIO_CASES]
)
async def test_studio_modes_warn_and_return_the_task_id(
    api: FakeAPI,
    client_for: Callable[..., Any],
    method: str,
    kwargs: dict[str, Any],
    sent: dict[str, Any],
) -> None:
    api.on(
        "POST",
        "/api/v1/studio/create",
        ok({"code": "success", "data": "studio-task", "message": ""}),
    )
    client = client_for(api)
    with pytest.warns(DeprecationWarning, match="Unavailable"):
        created = await resolve(getattr(client.studio, method)(**kwargs))
    assert created.task_id == "studio-task"
    assert _subset(sent, api.last_json()), api.last_json()


async def test_credits_get(api: FakeAPI, client_for: Callable[..., Any]) -> None:
    api.on("GET", "/api/v1/get-credits", ok({"credits": 480, "extra_credits": 12.5, "plan": "pro"}))
    credits = await resolve(client_for(api).credits.get())
    assert (credits.credits, credits.extra_credits) == (480, 12.5)
    assert credits.model_extra == {"plan": "pro"}
    assert api.requests[-1].content == b""


@pytest.mark.parametrize("family", ["sonic", "riffusion"])
async def test_get_clip_task(api: FakeAPI, client_for: Callable[..., Any], family: str) -> None:
    clips = [
        {
            "clip_id": "c1",
            "state": "succeeded",
            "title": "T",
            "audio_url": "https://cdn/x.mp3",
            "image_url": "https://cdn/x.jpg",
            "duration": 61.5,
            "future_field": "kept",
        },
        {"clip_id": "c2", "state": "running", "audio_url": None},
    ]
    api.on(
        "GET", f"/api/v1/{family}/task/t1", ok({"code": 200, "message": "success", "data": clips})
    )
    task = await resolve(getattr(client_for(api), family).get("t1"))
    assert task.status == "running"
    assert [c.clip_id for c in task.clips] == ["c1", "c2"]
    first = task.clips[0]
    assert (first.state, first.title, first.audio_url, first.image_url, first.duration) == (
        "succeeded",
        "T",
        "https://cdn/x.mp3",
        "https://cdn/x.jpg",
        61.5,
    )
    assert first.future_field == "kept"
    assert task.raw.data[0].model_extra == {"future_field": "kept"}


async def test_get_not_ready_and_failure(api: FakeAPI, client_for: Callable[..., Any]) -> None:
    api.on(
        "GET",
        "/api/v1/sonic/task/t1",
        ok({"type": "not_ready"}, status=202),
        ok({"type": "failed", "error": "upstream broke"}),
    )
    client = client_for(api)
    pending = await resolve(client.sonic.get("t1"))
    failed = await resolve(client.sonic.get("t1"))
    assert (pending.status, pending.raw_status, pending.http_status) == (
        "pending",
        "not_ready",
        202,
    )
    assert (failed.status, failed.raw_status, failed.error) == (
        "failed",
        "failed",
        "upstream broke",
    )


async def test_get_studio_and_nuro(api: FakeAPI, client_for: Callable[..., Any]) -> None:
    studio = {
        "code": "success",
        "message": "",
        "data": {
            "task_id": "s1",
            "status": "SUCCESS",
            "progress": "100%",
            "data": {
                "songs": [
                    {
                        "id": "song1",
                        "title": "S",
                        "tags": ["jazz"],
                        "song_path": "https://cdn/s.mp3",
                    }
                ]
            },
        },
    }
    nuro = {"task_id": "n1", "status": "running", "progress": 40, "audio_url": "", "lyrics": ""}
    api.on("GET", "/api/v1/studio/task/s1", ok(studio)).on("GET", "/api/v1/nuro/task/n1", ok(nuro))
    client = client_for(api)
    with pytest.warns(DeprecationWarning, match="Unavailable"):
        song_task = await resolve(client.studio.get("s1"))
    assert (song_task.status, song_task.progress) == ("succeeded", 100)
    assert (song_task.clips[0].clip_id, song_task.clips[0].audio_url, song_task.clips[0].tags) == (
        "song1",
        "https://cdn/s.mp3",
        "jazz",
    )
    nuro_task = await resolve(client.nuro.get("n1"))
    assert (nuro_task.status, nuro_task.progress, nuro_task.clips) == ("running", 40, [])


@pytest.mark.parametrize(
    ("family", "method", "kwargs", "field"),
    [
        ("sonic", "create", {"custom_mode": True, "mv": "sonic-v4"}, "prompt"),
        ("sonic", "create", {"custom_mode": False, "mv": "sonic-v4"}, "gpt_description_prompt"),
        (
            "sonic",
            "create",
            {"custom_mode": False, "gpt_description_prompt": "x", "mv": 5},
            "mv",
        ),
        (
            "sonic",
            "create",
            {"custom_mode": True, "prompt": "x", "title": "t" * 81, "mv": "sonic-v4"},
            "title",
        ),
        (
            "sonic",
            "extend",
            {"custom_mode": False, "continue_clip_id": "c", "continue_at": -1, "mv": "sonic-v4"},
            "continue_at",
        ),
        ("riffusion", "create", {"custom_mode": False, "mv": "FUZZ-1.1"}, "prompt"),
        ("riffusion", "create", {"custom_mode": False, "prompt": "x", "mv": ["FUZZ-1.1"]}, "mv"),
        ("nuro", "create_vocal", {"lyrics": "x", "duration": 10}, "duration"),
        ("nuro", "create_instrumental", {"description": "x", "genre": ["pop"] * 6}, "genre"),
        ("lyrics", "create", {"description": "d" * 121}, "description"),
        ("sonic", "upload", {"url": ""}, "url"),
    ],
)
async def test_bad_input_is_rejected_before_sending(
    api: FakeAPI,
    client_for: Callable[..., Any],
    family: str,
    method: str,
    kwargs: dict[str, Any],
    field: str,
) -> None:
    client = client_for(api)
    with pytest.raises(musicapi_client.InvalidRequestError) as info:
        await resolve(getattr(getattr(client, family), method)(**kwargs))
    assert info.value.field == field
    assert field in str(info.value)
    assert isinstance(info.value, ValueError)
    assert api.requests == []


@pytest.mark.parametrize("task_id", ["", "   ", "a/b", None])
async def test_bad_task_id_is_rejected_before_sending(
    api: FakeAPI, client_for: Callable[..., Any], task_id: Any
) -> None:
    with pytest.raises(musicapi_client.InvalidRequestError):
        await resolve(client_for(api).sonic.get(task_id))
    assert api.requests == []


async def test_extra_body_passes_new_fields_through(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", "/api/v1/sonic/create", ok(CREATED))
    await resolve(
        client_for(api).sonic.create(
            custom_mode=False,
            gpt_description_prompt="x",
            mv="sonic-v4",
            extra_body={"webhook_url": "https://h/x"},
        )
    )
    assert api.last_json()["webhook_url"] == "https://h/x"


def test_configuration_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUSICAPI_API_KEY", API_KEY)
    monkeypatch.setenv("MUSICAPI_BASE_URL", "http://127.0.0.1:9/")
    client = musicapi_client.MusicAPI()
    assert client.base_url == "http://127.0.0.1:9"
    assert client.max_retries == 2
    monkeypatch.delenv("MUSICAPI_API_KEY")
    with pytest.raises(musicapi_client.MusicAPIError, match="MUSICAPI_API_KEY"):
        musicapi_client.MusicAPI()
    with pytest.raises(musicapi_client.MusicAPIError, match="max_retries"):
        musicapi_client.MusicAPI(api_key="k", max_retries=-1)


def test_default_timeouts_are_explicit() -> None:
    client = musicapi_client.MusicAPI(api_key="k")
    assert client._http.timeout == httpx2.Timeout(60.0, connect=10.0)
    assert musicapi_client.MusicAPI(api_key="k", timeout=5)._http.timeout.read == 5.0


def test_task_created_wait_is_bound_to_its_client(api: FakeAPI) -> None:
    api.on("POST", "/api/v1/sonic/create", ok(CREATED))
    api.on(
        "GET",
        "/api/v1/sonic/task/task-1",
        ok({"code": 200, "data": [{"clip_id": "c1", "state": "succeeded"}]}),
    )
    client = musicapi_client.MusicAPI(
        api_key="k", http_client=httpx2.Client(transport=api.transport)
    )
    created = client.sonic.concat(continue_clip_id=CLIP)
    assert created.expected_clips == 1
    task = created.wait(timeout=5)
    assert task.status == "succeeded"


def test_public_names_are_exported() -> None:
    for name in musicapi_client.__all__:
        assert hasattr(musicapi_client, name)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        import musicapi_client.types as types
    assert "SonicClip" in types.__all__
    assert "BaseModel" not in types.__all__


async def test_async_max_concurrency_caps_requests_in_flight() -> None:
    import asyncio

    in_flight = peak = 0

    async def handler(request: httpx2.Request) -> httpx2.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx2.Response(200, json={"credits": 1, "extra_credits": 0})

    client = musicapi_client.AsyncMusicAPI(
        api_key="k",
        max_concurrency=3,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)),
    )
    results = await asyncio.gather(*(client.credits.get() for _ in range(20)))
    assert len(results) == 20
    assert peak == 3


async def test_with_options_changes_settings_and_shares_the_pool(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", "/api/v1/get-credits", ok({"error": "down"}, status=503))
    client = client_for(api)
    strict = client.with_options(max_retries=0, timeout=7)
    with pytest.raises(musicapi_client.InternalServerError):
        await resolve(strict.credits.get())
    assert api.count("GET", "/api/v1/get-credits") == 1
    assert api.requests[-1].extensions["timeout"]["read"] == 7.0
    with pytest.raises(musicapi_client.InternalServerError):
        await resolve(client.credits.get())
    assert api.count("GET", "/api/v1/get-credits") == 4  # the original still retries twice
    assert strict._http is client._http
    assert strict.credits is not client.credits
    await resolve(strict.close())
    assert not client._http.is_closed


def test_timeout_applies_to_a_passed_in_http_client(api: FakeAPI) -> None:
    api.on("GET", "/api/v1/get-credits", ok({"credits": 1, "extra_credits": 0}))
    own = musicapi_client.MusicAPI(
        api_key="k", timeout=3, http_client=httpx2.Client(transport=api.transport)
    )
    own.credits.get()
    assert api.requests[-1].extensions["timeout"]["read"] == 3.0
    plain = musicapi_client.MusicAPI(
        api_key="k", http_client=httpx2.Client(transport=api.transport, timeout=9)
    )
    plain.credits.get()
    assert api.requests[-1].extensions["timeout"]["read"] == 9.0


def test_the_version_is_written_in_one_place() -> None:
    import tomllib
    from importlib import metadata
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    assert "version" not in pyproject["project"]
    assert pyproject["project"]["dynamic"] == ["version"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "src/musicapi_client/_version.py"
    assert metadata.version("musicapi-client") == musicapi_client.__version__


async def test_model_versions_the_spec_does_not_list_are_sent_as_given(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", "/api/v1/sonic/create", ok({"task_id": "t1"}))
    api.on("POST", "/api/v1/riffusion/create", ok({"task_id": "t2"}))
    client = client_for(api)
    await resolve(client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v9"))
    assert api.last_json()["mv"] == "sonic-v9"
    await resolve(client.riffusion.create(custom_mode=False, prompt="x", mv="FUZZ-2.0"))
    assert api.last_json()["mv"] == "FUZZ-2.0"


async def test_extra_body_is_sent_as_given_over_the_typed_fields(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", "/api/v1/sonic/create", ok({"task_id": "t1"}))
    client = client_for(api)
    extra = {"task_type": "brand_new_music", "title": "x" * 500, "future": {"a": [1, None]}}
    await resolve(
        client.sonic.create(
            custom_mode=False, gpt_description_prompt="x", mv="sonic-v5", extra_body=extra
        )
    )
    sent = api.last_json()
    assert sent["task_type"] == "brand_new_music"  # overrides the fixed field
    assert sent["title"] == "x" * 500  # not checked against the spec's 80
    assert sent["future"] == {"a": [1, None]}
    assert sent["mv"] == "sonic-v5"


async def test_a_burst_of_creates_is_paced_one_every_three_seconds(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", "/api/v1/sonic/create", ok({"task_id": "t1"}))
    client = client_for(api)
    for _ in range(4):
        await resolve(
            client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
        )
    # 3 s apart, plus a 10 % margin: the server measures arrivals, and networks jitter.
    assert client.sleeps == pytest.approx([3.3, 3.3, 3.3])
    unpaced = client_for(api, create_interval=0)
    for _ in range(3):
        await resolve(
            unpaced.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
        )
    assert unpaced.sleeps == []


def test_with_options_copies_share_the_pacer() -> None:
    client = musicapi_client.MusicAPI(api_key="k", create_interval=5)
    assert client.with_options(timeout=3)._pacer is client._pacer


async def test_concurrent_creates_queue_in_the_pacer() -> None:
    from musicapi_client._pacing import Pacer

    pacer = Pacer(3.0)
    waits = [pacer.take(100.0).delay for _ in range(4)]
    assert waits == pytest.approx([0.0, 3.3, 6.6, 9.9])
    assert pacer.take(200.0).delay == 0.0  # a quiet spell frees the next slot


def test_a_slot_given_back_is_taken_by_the_next_create() -> None:
    from musicapi_client._pacing import Pacer

    pacer = Pacer(3.0)
    slots = [pacer.take(100.0) for _ in range(6)]
    for slot in slots[1:5]:  # four waiters gave up
        pacer.release(slot)
    assert pacer.take(100.0).delay == pytest.approx(3.3)  # not 6 intervals later
    assert pacer.take(100.0).delay == pytest.approx(6.6)
    assert pacer.take(100.0).delay == pytest.approx(9.9)
    assert pacer.take(100.0).delay == pytest.approx(13.2)  # the gap closes exactly
    assert pacer.take(100.0).delay == pytest.approx(19.8)  # after the one still held


async def test_a_cancelled_wait_for_a_pacing_slot_gives_the_slot_back(api: FakeAPI) -> None:
    import asyncio

    from tests.fakes import make_client

    class Stalled(FakeClock):
        async def asleep(self, seconds: float) -> None:
            self.sleeps.append(seconds)
            await asyncio.Event().wait()  # until cancelled

    api.on("POST", "/api/v1/sonic/create", ok({"task_id": "t1"}))
    clock = Stalled()
    client = make_client("async", api, clock=clock)
    args = {"custom_mode": False, "gpt_description_prompt": "x", "mv": "sonic-v4"}
    await client.sonic.create(**args)  # the first slot: at once
    waiting = [asyncio.create_task(client.sonic.create(**args)) for _ in range(4)]
    while len(clock.sleeps) < 4:
        await asyncio.sleep(0)
    for task in waiting:
        task.cancel()
    await asyncio.gather(*waiting, return_exceptions=True)
    last = asyncio.create_task(client.sonic.create(**args))
    while len(clock.sleeps) < 5:
        await asyncio.sleep(0)
    last.cancel()
    await asyncio.gather(last, return_exceptions=True)
    assert clock.sleeps[-1] == pytest.approx(3.3)  # the next slot, not four intervals on
    assert api.count("POST", "/api/v1/sonic/create") == 1


def test_the_mock_enforces_a_create_limit_the_client_respects(musicapi_mock: Any) -> None:
    # The mock and the client share one simulated clock: what is measured is the pacing,
    # not how fast this machine happens to be right now.
    clock = FakeClock()
    musicapi_mock.state.config.clock = clock
    musicapi_mock.state.config.create_interval = 3.0  # at speed 50: 0.06 s between creates
    paced = musicapi_mock.client(clock=clock)
    for _ in range(3):
        paced.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
    assert musicapi_mock.state.paced == 0
    unpaced = musicapi_mock.client(create_interval=0, max_retries=5, clock=clock)
    for _ in range(3):
        unpaced.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
    assert musicapi_mock.state.paced > 0  # refused with 429, then retried: still sent once
    assert musicapi_mock.requests("sonic_create") == 6 + musicapi_mock.state.paced


# ---------------------------------------------------------------------------- October 2026
async def test_a_retired_model_is_sent_as_given_with_a_warning_that_v6_renders_it(
    api: FakeAPI, client_for: Callable[..., Any], mode: str
) -> None:
    api.on("POST", "/api/v1/sonic/create", ok({"task_id": "t1"}))
    client = client_for(api)
    args = {"custom_mode": False, "gpt_description_prompt": "x"}
    with pytest.warns(DeprecationWarning, match=r"mv='sonic-v4' is .*rendered by sonic-v6") as seen:
        await resolve(client.sonic.create(**args, mv="sonic-v4"))
    if mode == "sync":  # (async: the line that awaits it, here the test helper's)
        assert seen[0].filename == __file__  # at the caller's line
    assert api.last_json()["mv"] == "sonic-v4"  # the server accepts it: sent as given
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await resolve(client.sonic.create(**args, mv="sonic-v6-mini"))  # current: silent
        await resolve(client.sonic.create(**args, mv="sonic-v7"))  # unknown: open, silent
    assert api.last_json()["mv"] == "sonic-v7"


def test_the_v6_models_come_first_and_complete_in_ides() -> None:
    import typing

    op = next(o for o in musicapi_client.MusicAPI.catalog().operations if o.key == "sonic.create")
    mv = next(p for p in op.params if p.name == "mv")
    assert mv.choices[:3] == ("sonic-v6", "sonic-v6-wild", "sonic-v6-mini")
    assert mv.open
    assert set(mv.retired) == {"sonic-v5-5", "sonic-v5", "sonic-v4-5-plus", "sonic-v4-5"} | {
        "sonic-v4",
        "sonic-v3-5",
    }
    from musicapi_client.types import SonicModel

    literal = typing.get_args(SonicModel.__value__)[0]  # Annotated[Literal[...] | str, ...]
    assert "'sonic-v6'" in repr(literal)  # what an IDE completes


def test_a_clip_says_which_model_rendered_it_beside_the_one_asked_for(musicapi_mock: Any) -> None:
    client = musicapi_mock.client()
    with pytest.warns(DeprecationWarning, match="rendered by sonic-v6"):
        created = client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v4")
    task = created.wait()
    assert {(c.model, c.requested_model) for c in task.clips} == {("sonic-v6", "sonic-v4")}
    by_id = client.sonic.get(created.task_id)  # resumed by id: what was asked is unknown
    assert {(c.model, c.requested_model) for c in by_id.clips} == {("sonic-v6", None)}


def test_credit_prices_override_the_spec_estimates_and_are_checked() -> None:
    client = musicapi_client.MusicAPI(api_key="k", credit_prices={"sonic.create": 20})
    assert client.credit_prices["sonic.create"] == 20.0
    assert client.credit_prices["sonic.concat"] == 2.0  # the spec's, as of 2026-10
    assert client.with_options(timeout=5).credit_prices["sonic.create"] == 20.0
    assert musicapi_client.MusicAPI(api_key="k").credit_prices["sonic.create"] == 20.0
    for bad in ({"sonic.craete": 20}, {"sonic.create": -1}, {"sonic.create": float("nan")}, [1]):
        with pytest.raises(musicapi_client.InvalidRequestError, match="credit_prices"):
            musicapi_client.AsyncMusicAPI(api_key="k", credit_prices=bad)  # type: ignore[arg-type]


def test_docstrings_say_about_how_many_credits_and_when() -> None:
    doc = musicapi_client.MusicAPI.catalog().families["sonic"].operations[0]
    method = musicapi_client.MusicAPI(api_key="k").sonic.create
    assert doc.credits == 20
    assert "About 20 credits (as of 2026-10" in (method.__doc__ or "")


async def test_what_the_vendor_sdk_sends_is_typed_where_the_evidence_supports_it(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", "/api/v1/producer/create", ok({"task_id": "p1"}))
    api.on("POST", "/api/v1/riffusion/create", ok({"task_id": "r1"}))
    api.on("POST", "/api/v1/sonic/upload-cover", ok({"task_id": "s1"}))
    client = client_for(api)
    await resolve(client.producer.create(sound="calm", seed=42, bpm=90))
    assert (api.last_json()["seed"], api.last_json()["bpm"]) == (42, 90)  # ints, as given
    await resolve(client.producer.extend(clip_id="c1", task_type="extend_upload_music"))
    assert api.last_json()["task_type"] == "extend_upload_music"
    await resolve(
        client.producer.replace(
            clip_id="c1", task_type="replace_upload_music", starts_at=1.0, ends_at=2.0
        )
    )
    assert api.last_json()["task_type"] == "replace_upload_music"
    with pytest.warns(DeprecationWarning, match="riffusion"):
        await resolve(
            client.riffusion.create(
                custom_mode=False, prompt="x", mv="FUZZ-1.1", vocal_variation=0.5
            )
        )
    assert api.last_json()["vocal_variation"] == 0.5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(musicapi_client.InvalidRequestError) as info:
            await resolve(
                client.riffusion.create(
                    custom_mode=False, prompt="x", mv="FUZZ-1.1", vocal_variation=2
                )
            )
    assert info.value.field == "vocal_variation"
    await resolve(
        client.sonic.upload_cover(
            url="https://files.example.com/a.mp3", custom_mode=False, gpt_description_prompt="x",
            mv="sonic-v6", auto_concat=True,
        )
    )  # fmt: skip
    assert api.last_json()["auto_concat"] is True
