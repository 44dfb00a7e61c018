"""Every public method sends the documented request and returns the documented shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

import musicapi_client
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
