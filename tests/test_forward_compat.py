"""The API keeps moving: values the spec does not list are sent as given, retired ones
with a warning, prices are dated estimates anyone can override."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

import pytest

import musicapi_client
from tests.fakes import FakeAPI, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable


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
