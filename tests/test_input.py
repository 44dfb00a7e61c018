"""Bad input is a typed error naming the field, raised before anything is sent."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import musicapi_client
from tests.fakes import API_KEY, FakeAPI, make_client, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable

CREATE = "/api/v1/sonic/create"
ARGS = {"custom_mode": False, "gpt_description_prompt": "sea", "mv": "sonic-v6"}


class Opaque:
    def __repr__(self) -> str:
        return "<Opaque>"


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"note": "\ud800"}, "extra_body.note"),
        ({"weight": math.nan}, "extra_body.weight"),
        ({"weight": math.inf}, "extra_body.weight"),
        ({"nested": {"list": [1, -math.inf]}}, "extra_body.nested.list.1"),
        ({"thing": Opaque()}, "extra_body.thing"),
        ({"thing": {1, 2}}, "extra_body.thing"),
        ({1: "x"}, "extra_body"),
        ("title=x", "extra_body"),
        (["a"], "extra_body"),
    ],
    ids=["surrogate", "nan", "inf", "nested-inf", "object", "set", "int-key", "str", "list"],
)
async def test_extra_body_that_is_not_json_is_refused_before_sending(
    api: FakeAPI, client_for: Callable[..., Any], extra: Any, field: str
) -> None:
    with pytest.raises(musicapi_client.InvalidRequestError) as info:
        await resolve(client_for(api).sonic.create(**ARGS, extra_body=extra))
    assert info.value.field == field
    assert api.requests == []


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"continue_at": math.nan}, "continue_at"),
        ({"title": "a\udfffb"}, "title"),
    ],
)
async def test_typed_arguments_that_are_not_json_are_refused(
    api: FakeAPI, client_for: Callable[..., Any], arguments: dict[str, Any], field: str
) -> None:
    base = {"custom_mode": False, "continue_clip_id": "c", "continue_at": 10.0, "mv": "sonic-v6"}
    with pytest.raises(musicapi_client.InvalidRequestError) as info:
        await resolve(client_for(api).sonic.extend(**{**base, **arguments}))
    assert info.value.field == field
    assert api.requests == []


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extra=st.dictionaries(st.text(max_size=8), JSON, max_size=4))
def test_any_extra_body_is_sent_as_json_or_refused_with_a_field(extra: dict[str, Any]) -> None:
    api = FakeAPI().on("POST", CREATE, ok({"task_id": "t1"}))
    client = make_client("sync", api)
    try:
        created = client.sonic.create(**ARGS, extra_body=extra)
    except musicapi_client.InvalidRequestError as error:
        refused: musicapi_client.InvalidRequestError | None = error
    else:
        refused = None
    if refused is not None:
        assert refused.field
        assert api.requests == []
    else:
        assert created.task_id == "t1"
        assert len(api.requests) == 1
        sent = api.last_json()
        for key in extra:
            if key not in ARGS and key != "task_type":
                assert key in sent


@pytest.mark.parametrize(
    "task_id",
    [
        ".",
        "..",
        "../credits",
        "a/b",
        "a\\b",
        "a?x=1",
        "a#b",
        "a%2Fb",
        "a b",
        "a\tb",
        "a\x00b",
        "a\nb",
        "\u202e",
        "",
        "   ",
        None,
        42,
        "x" * 201,
    ],
)
async def test_task_ids_that_could_leave_their_path_segment_are_refused(
    api: FakeAPI, client_for: Callable[..., Any], task_id: Any
) -> None:
    client = client_for(api)
    with pytest.raises(musicapi_client.InvalidRequestError) as info:
        await resolve(client.sonic.get(task_id))
    assert info.value.field == "task_id"
    with pytest.raises(musicapi_client.InvalidRequestError):
        await resolve(client.sonic.wait(task_id, timeout=5))
    assert api.requests == []


async def test_usual_task_ids_pass(api: FakeAPI, client_for: Callable[..., Any]) -> None:
    api.on("GET", "/api/v1/sonic/task/0b6f1c1e-5d0e-4c2b-9b1a-0c9d8e7f6a5b", ok({"type": "x"}))
    api.on("GET", "/api/v1/nuro/task/task_ABC.123", ok({"task_id": "x", "status": "running"}))
    client = client_for(api)
    await resolve(client.sonic.get(" 0b6f1c1e-5d0e-4c2b-9b1a-0c9d8e7f6a5b\n"))
    await resolve(client.nuro.get("task_ABC.123"))
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    "key",
    [f"{API_KEY}\r\nX-Evil: 1", f"sk-a\nb-{API_KEY}", f"{API_KEY}\x00", f"sk-é-{API_KEY}", "a b"],
)
def test_keys_a_header_cannot_carry_are_refused_without_showing_them(key: str) -> None:
    with pytest.raises(musicapi_client.MusicAPIError) as info:
        musicapi_client.MusicAPI(api_key=key)
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value.args)
    assert not info.value.outcome_unknown


def test_a_key_with_surrounding_whitespace_is_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUSICAPI_API_KEY", f"  {API_KEY}\n")
    assert musicapi_client.MusicAPI()._settings.api_key == API_KEY


async def test_a_key_echoed_by_the_server_is_masked(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    echo = {"message": f"invalid key Bearer {API_KEY}", "detail": {"key": API_KEY}}
    api.on("POST", CREATE, ok(echo, status=401))
    api.on("GET", "/api/v1/sonic/task/t1", httpx2.Response(502, text=f"proxy saw {API_KEY}"))
    client = client_for(api, max_retries=0)
    for call in (lambda: client.sonic.create(**ARGS), lambda: client.sonic.get("t1")):
        with pytest.raises(musicapi_client.APIStatusError) as info:
            await resolve(call())
        assert API_KEY not in str(info.value)
        assert API_KEY not in repr(info.value.body)
        assert "***" in str(info.value)


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": -1},
        {"timeout": 0},
        {"timeout": math.nan},
        {"timeout": math.inf},
        {"timeout": "10"},
        {"timeout": httpx2.Timeout(5.0, read=-1.0)},
        {"max_retries": -1},
        {"max_retries": True},
        {"max_response_bytes": 0},
        {"base_url": "http://[::1"},
        {"base_url": "ftp://x"},
        {"clock": object()},
    ],
    ids=lambda o: next(iter(o)),
)
def test_bad_options_are_refused_at_construction(options: dict[str, Any]) -> None:
    with pytest.raises(musicapi_client.MusicAPIError):
        musicapi_client.MusicAPI(api_key=API_KEY, **options)
    with pytest.raises(musicapi_client.MusicAPIError):
        musicapi_client.AsyncMusicAPI(api_key=API_KEY, **options)


@pytest.mark.parametrize("timeout", [-1, 0, math.nan, math.inf])
async def test_bad_wait_timeouts_are_refused(
    api: FakeAPI, client_for: Callable[..., Any], timeout: float
) -> None:
    with pytest.raises(musicapi_client.InvalidRequestError):
        await resolve(client_for(api).sonic.wait("t1", timeout=timeout))
    assert api.requests == []


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.producer.upload(audio_url="not a url"), "audio_url"),
        (lambda c: c.sonic.create_voice(audio_url="file:///etc/passwd"), "audio_url"),
        (
            lambda c: c.sonic.sample(
                url="ftp://files.example.com/a.mp3",
                chop_sample_start_s=0,
                chop_sample_end_s=10,
                custom_mode=False,
                gpt_description_prompt="x",
                mv="sonic-v6",
            ),
            "url",
        ),
        (
            lambda c: c.sonic.upload_cover(
                url="javascript:alert(1)",
                custom_mode=False,
                gpt_description_prompt="x",
                mv="sonic-v6",
            ),
            "url",
        ),
        (lambda c: c.sonic.create(**ARGS, webhook_url="file:///tmp/hook"), "webhook_url"),
    ],
)
async def test_url_fields_take_only_http_urls(
    api: FakeAPI, client_for: Callable[..., Any], call: Any, field: str
) -> None:
    client = client_for(api)
    with pytest.raises(musicapi_client.InvalidRequestError, match="http\\(s\\) URL") as info:
        await resolve(call(client))
    assert info.value.field == field
    assert api.requests == []


@pytest.mark.parametrize("value", ["true", "false", 1, 0, "yes"])
async def test_booleans_are_booleans(
    api: FakeAPI, client_for: Callable[..., Any], value: object
) -> None:
    client = client_for(api)
    with pytest.raises(musicapi_client.InvalidRequestError, match="true or false") as info:
        await resolve(client.sonic.create(custom_mode=value, mv="sonic-v6", prompt="x"))
    assert info.value.field == "custom_mode"
    assert api.requests == []


@pytest.mark.parametrize("status", [201, 204, 299])
@pytest.mark.parametrize("family", ["sonic", "producer", "studio", "riffusion"])
async def test_a_poll_answered_with_an_unexpected_2xx_is_a_typed_error(
    api: FakeAPI, client_for: Callable[..., Any], status: int, family: str
) -> None:
    op = musicapi_client.MusicAPI.catalog().families[family].poll
    assert op is not None
    path = op.endpoint.url(task_id="t1")
    api.on("GET", path, httpx2.Response(status, content=b"" if status == 204 else b"{}"))
    client = client_for(api)
    resource = getattr(client, family)
    with pytest.raises(musicapi_client.APIStatusError, match=f"HTTP {status}") as info:
        await resolve(resource.get("t1"))
    assert info.value.status_code == status
    with pytest.raises(musicapi_client.APIStatusError, match=f"HTTP {status}"):
        await resolve(resource.wait("t1", timeout=60))
