# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""The documented operations of spec/musicapi.yaml, as data.

Each entry says where an operation is sent, which generated model validates its body,
and which generated request builder (openapi-python-client's endpoint module) turns the
validated body into an HTTP request. Importing this module loads neither pydantic nor
the generated HTTP layer; each builder imports what it needs on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Json = dict[str, Any]
Builder = Callable[[Json | None, str | None], Json]


@dataclass(frozen=True, slots=True)
class Rule:
    """A field the server requires only when another field has a given value."""

    field: str
    equals: Any
    then_required: tuple[str, ...]
    else_required: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Operation:
    """One documented operation."""

    key: str
    family: str
    sdk_method: str
    operation_id: str
    method: Literal["GET", "POST"]
    path: str
    docs_url: str
    role: Literal["create", "poll", "call"]
    request_model: str | None
    response_model: str | None
    task_id_field: str | None
    expected_clips: int | None
    credits: int | None
    deprecated: bool
    rules: tuple[Rule, ...]
    build: Builder


def _build_sonic_create(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("sonic_create", "SonicCreateMusic")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_sonic_extend(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("sonic_create", "SonicExtendMusic")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_sonic_concat(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("sonic_create", "SonicConcatMusic")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_sonic_cover(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("sonic_create", "SonicCoverMusic")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_sonic_create_with_persona(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("sonic_create", "SonicPersonaMusic")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_sonic_create_persona(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("sonic_create_persona", "CreatePersonaRequest")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_sonic_upload(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("sonic_upload", "UploadRequest")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_sonic_get(body: Json | None, task_id: str | None) -> Json:
    endpoint, _ = _load("sonic_get", None)
    assert task_id is not None
    request: Json = endpoint._get_kwargs(task_id=task_id)
    return request


def _build_riffusion_create(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("riffusion_create", "RiffusionCreateMusic")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_riffusion_cover(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("riffusion_create", "RiffusionCoverMusic")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_riffusion_extend(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("riffusion_create", "RiffusionExtendMusic")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_riffusion_replace_section(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("riffusion_create", "RiffusionReplaceSection")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_riffusion_swap_sound(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("riffusion_create", "RiffusionSwapSound")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_riffusion_swap_vocals(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("riffusion_create", "RiffusionSwapVocals")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_riffusion_upload(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("riffusion_upload", "UploadRequest")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_riffusion_get(body: Json | None, task_id: str | None) -> Json:
    endpoint, _ = _load("riffusion_get", None)
    assert task_id is not None
    request: Json = endpoint._get_kwargs(task_id=task_id)
    return request


def _build_studio_description_mode(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("studio_create", "StudioDescriptionMode")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_studio_extend_mode(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("studio_create", "StudioExtendMode")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_studio_custom_mode(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("studio_create", "StudioCustomMode")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_studio_instrumental_mode(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("studio_create", "StudioInstrumentalMode")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_studio_get(body: Json | None, task_id: str | None) -> Json:
    endpoint, _ = _load("studio_get", None)
    assert task_id is not None
    request: Json = endpoint._get_kwargs(task_id=task_id)
    return request


def _build_lyrics_create(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("lyrics_create", "LyricsRequest")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_nuro_create_vocal(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("nuro_create", "NuroVocal")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_nuro_create_instrumental(body: Json | None, task_id: str | None) -> Json:
    endpoint, model = _load("nuro_create", "NuroBgm")
    assert body is not None
    request: Json = endpoint._get_kwargs(body=model.from_dict(body))
    return request


def _build_nuro_get(body: Json | None, task_id: str | None) -> Json:
    endpoint, _ = _load("nuro_get", None)
    assert task_id is not None
    request: Json = endpoint._get_kwargs(task_id=task_id)
    return request


def _build_credits_get(body: Json | None, task_id: str | None) -> Json:
    endpoint, _ = _load("credits_get", None)
    request: Json = endpoint._get_kwargs()
    return request


_MODULES = {
    "sonic_create": "._http.api.sonic.sonic_create",
    "sonic_create_persona": "._http.api.sonic.sonic_create_persona",
    "sonic_upload": "._http.api.sonic.sonic_upload",
    "sonic_get": "._http.api.sonic.sonic_get",
    "riffusion_create": "._http.api.riffusion.riffusion_create",
    "riffusion_upload": "._http.api.riffusion.riffusion_upload",
    "riffusion_get": "._http.api.riffusion.riffusion_get",
    "studio_create": "._http.api.studio.studio_create",
    "studio_get": "._http.api.studio.studio_get",
    "lyrics_create": "._http.api.lyrics.lyrics_create",
    "nuro_create": "._http.api.nuro.nuro_create",
    "nuro_get": "._http.api.nuro.nuro_get",
    "credits_get": "._http.api.credits_.credits_get",
}
_LOADED: dict[tuple[str, str | None], tuple[Any, Any]] = {}


def _load(operation_id: str, model: str | None) -> tuple[Any, Any]:
    """The generated endpoint module and request model class, imported on first use."""
    key = (operation_id, model)
    if key not in _LOADED:
        endpoint = importlib.import_module(_MODULES[operation_id], __package__)
        models = importlib.import_module("._http.models", __package__) if model else None
        _LOADED[key] = (endpoint, getattr(models, model) if model else None)
    return _LOADED[key]


OPERATIONS: dict[str, Operation] = {
    "sonic.create": Operation(
        key="sonic.create",
        family="sonic",
        sdk_method="create",
        operation_id="sonic_create",
        method="POST",
        path="/api/v1/sonic/create",
        docs_url="https://docs.musicapi.ai/create-music",
        role="create",
        request_model="SonicCreateMusic",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=2,
        credits=15,
        deprecated=False,
        rules=(Rule("custom_mode", True, ("prompt",), ("gpt_description_prompt",)),),
        build=_build_sonic_create,
    ),
    "sonic.extend": Operation(
        key="sonic.extend",
        family="sonic",
        sdk_method="extend",
        operation_id="sonic_create",
        method="POST",
        path="/api/v1/sonic/create",
        docs_url="https://docs.musicapi.ai/extend-music",
        role="create",
        request_model="SonicExtendMusic",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=2,
        credits=15,
        deprecated=False,
        rules=(Rule("custom_mode", True, ("prompt",), ()),),
        build=_build_sonic_extend,
    ),
    "sonic.concat": Operation(
        key="sonic.concat",
        family="sonic",
        sdk_method="concat",
        operation_id="sonic_create",
        method="POST",
        path="/api/v1/sonic/create",
        docs_url="https://docs.musicapi.ai/concat-music",
        role="create",
        request_model="SonicConcatMusic",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=1,
        credits=2,
        deprecated=False,
        rules=(),
        build=_build_sonic_concat,
    ),
    "sonic.cover": Operation(
        key="sonic.cover",
        family="sonic",
        sdk_method="cover",
        operation_id="sonic_create",
        method="POST",
        path="/api/v1/sonic/create",
        docs_url="https://docs.musicapi.ai/cover-music",
        role="create",
        request_model="SonicCoverMusic",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=2,
        credits=15,
        deprecated=False,
        rules=(Rule("custom_mode", True, ("prompt",), ()),),
        build=_build_sonic_cover,
    ),
    "sonic.create_with_persona": Operation(
        key="sonic.create_with_persona",
        family="sonic",
        sdk_method="create_with_persona",
        operation_id="sonic_create",
        method="POST",
        path="/api/v1/sonic/create",
        docs_url="https://docs.musicapi.ai/create-persona-music",
        role="create",
        request_model="SonicPersonaMusic",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=2,
        credits=15,
        deprecated=False,
        rules=(),
        build=_build_sonic_create_with_persona,
    ),
    "sonic.create_persona": Operation(
        key="sonic.create_persona",
        family="sonic",
        sdk_method="create_persona",
        operation_id="sonic_create_persona",
        method="POST",
        path="/api/v1/sonic/persona",
        docs_url="https://docs.musicapi.ai/create-persona",
        role="call",
        request_model="CreatePersonaRequest",
        response_model="CreatePersonaResponse",
        task_id_field=None,
        expected_clips=None,
        credits=0,
        deprecated=False,
        rules=(),
        build=_build_sonic_create_persona,
    ),
    "sonic.upload": Operation(
        key="sonic.upload",
        family="sonic",
        sdk_method="upload",
        operation_id="sonic_upload",
        method="POST",
        path="/api/v1/sonic/upload",
        docs_url="https://docs.musicapi.ai/upload-music",
        role="call",
        request_model="UploadRequest",
        response_model="UploadResponse",
        task_id_field=None,
        expected_clips=None,
        credits=2,
        deprecated=False,
        rules=(),
        build=_build_sonic_upload,
    ),
    "sonic.get": Operation(
        key="sonic.get",
        family="sonic",
        sdk_method="get",
        operation_id="sonic_get",
        method="GET",
        path="/api/v1/sonic/task/{task_id}",
        docs_url="https://docs.musicapi.ai/get-sonic-music",
        role="poll",
        request_model=None,
        response_model="SonicTaskResult",
        task_id_field=None,
        expected_clips=2,
        credits=None,
        deprecated=False,
        rules=(),
        build=_build_sonic_get,
    ),
    "riffusion.create": Operation(
        key="riffusion.create",
        family="riffusion",
        sdk_method="create",
        operation_id="riffusion_create",
        method="POST",
        path="/api/v1/riffusion/create",
        docs_url="https://docs.musicapi.ai/riffusion-create-with-lyrics",
        role="create",
        request_model="RiffusionCreateMusic",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=2,
        credits=12,
        deprecated=False,
        rules=(Rule("custom_mode", False, ("prompt",), ()),),
        build=_build_riffusion_create,
    ),
    "riffusion.cover": Operation(
        key="riffusion.cover",
        family="riffusion",
        sdk_method="cover",
        operation_id="riffusion_create",
        method="POST",
        path="/api/v1/riffusion/create",
        docs_url="https://docs.musicapi.ai/riffusion-cover-music",
        role="create",
        request_model="RiffusionCoverMusic",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=2,
        credits=12,
        deprecated=False,
        rules=(),
        build=_build_riffusion_cover,
    ),
    "riffusion.extend": Operation(
        key="riffusion.extend",
        family="riffusion",
        sdk_method="extend",
        operation_id="riffusion_create",
        method="POST",
        path="/api/v1/riffusion/create",
        docs_url="https://docs.musicapi.ai/riffusion-extend-music",
        role="create",
        request_model="RiffusionExtendMusic",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=2,
        credits=12,
        deprecated=False,
        rules=(),
        build=_build_riffusion_extend,
    ),
    "riffusion.replace_section": Operation(
        key="riffusion.replace_section",
        family="riffusion",
        sdk_method="replace_section",
        operation_id="riffusion_create",
        method="POST",
        path="/api/v1/riffusion/create",
        docs_url="https://docs.musicapi.ai/riffusion-replace-music-section",
        role="create",
        request_model="RiffusionReplaceSection",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=2,
        credits=12,
        deprecated=False,
        rules=(),
        build=_build_riffusion_replace_section,
    ),
    "riffusion.swap_sound": Operation(
        key="riffusion.swap_sound",
        family="riffusion",
        sdk_method="swap_sound",
        operation_id="riffusion_create",
        method="POST",
        path="/api/v1/riffusion/create",
        docs_url="https://docs.musicapi.ai/riffusion-swap-music-sound",
        role="create",
        request_model="RiffusionSwapSound",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=2,
        credits=12,
        deprecated=False,
        rules=(),
        build=_build_riffusion_swap_sound,
    ),
    "riffusion.swap_vocals": Operation(
        key="riffusion.swap_vocals",
        family="riffusion",
        sdk_method="swap_vocals",
        operation_id="riffusion_create",
        method="POST",
        path="/api/v1/riffusion/create",
        docs_url="https://docs.musicapi.ai/riffusion-swap-music-vocals",
        role="create",
        request_model="RiffusionSwapVocals",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=2,
        credits=12,
        deprecated=False,
        rules=(),
        build=_build_riffusion_swap_vocals,
    ),
    "riffusion.upload": Operation(
        key="riffusion.upload",
        family="riffusion",
        sdk_method="upload",
        operation_id="riffusion_upload",
        method="POST",
        path="/api/v1/riffusion/upload",
        docs_url="https://docs.musicapi.ai/api-314451567",
        role="call",
        request_model="UploadRequest",
        response_model="UploadResponse",
        task_id_field=None,
        expected_clips=None,
        credits=2,
        deprecated=False,
        rules=(),
        build=_build_riffusion_upload,
    ),
    "riffusion.get": Operation(
        key="riffusion.get",
        family="riffusion",
        sdk_method="get",
        operation_id="riffusion_get",
        method="GET",
        path="/api/v1/riffusion/task/{task_id}",
        docs_url="https://docs.musicapi.ai/riffusion-get",
        role="poll",
        request_model=None,
        response_model="RiffusionTaskResult",
        task_id_field=None,
        expected_clips=2,
        credits=None,
        deprecated=False,
        rules=(),
        build=_build_riffusion_get,
    ),
    "studio.description_mode": Operation(
        key="studio.description_mode",
        family="studio",
        sdk_method="description_mode",
        operation_id="studio_create",
        method="POST",
        path="/api/v1/studio/create",
        docs_url="https://docs.musicapi.ai/description-mode",
        role="create",
        request_model="StudioDescriptionMode",
        response_model="StudioCreateResponse",
        task_id_field="data",
        expected_clips=None,
        credits=15,
        deprecated=True,
        rules=(),
        build=_build_studio_description_mode,
    ),
    "studio.extend_mode": Operation(
        key="studio.extend_mode",
        family="studio",
        sdk_method="extend_mode",
        operation_id="studio_create",
        method="POST",
        path="/api/v1/studio/create",
        docs_url="https://docs.musicapi.ai/extend-mode",
        role="create",
        request_model="StudioExtendMode",
        response_model="StudioCreateResponse",
        task_id_field="data",
        expected_clips=None,
        credits=15,
        deprecated=True,
        rules=(),
        build=_build_studio_extend_mode,
    ),
    "studio.custom_mode": Operation(
        key="studio.custom_mode",
        family="studio",
        sdk_method="custom_mode",
        operation_id="studio_create",
        method="POST",
        path="/api/v1/studio/create",
        docs_url="https://docs.musicapi.ai/custom-mode",
        role="create",
        request_model="StudioCustomMode",
        response_model="StudioCreateResponse",
        task_id_field="data",
        expected_clips=None,
        credits=15,
        deprecated=True,
        rules=(),
        build=_build_studio_custom_mode,
    ),
    "studio.instrumental_mode": Operation(
        key="studio.instrumental_mode",
        family="studio",
        sdk_method="instrumental_mode",
        operation_id="studio_create",
        method="POST",
        path="/api/v1/studio/create",
        docs_url="https://docs.musicapi.ai/instrumental-mode",
        role="create",
        request_model="StudioInstrumentalMode",
        response_model="StudioCreateResponse",
        task_id_field="data",
        expected_clips=None,
        credits=15,
        deprecated=True,
        rules=(),
        build=_build_studio_instrumental_mode,
    ),
    "studio.get": Operation(
        key="studio.get",
        family="studio",
        sdk_method="get",
        operation_id="studio_get",
        method="GET",
        path="/api/v1/studio/task/{task_id}",
        docs_url="https://docs.musicapi.ai/get-studio-music",
        role="poll",
        request_model=None,
        response_model="StudioTask",
        task_id_field=None,
        expected_clips=None,
        credits=None,
        deprecated=True,
        rules=(),
        build=_build_studio_get,
    ),
    "lyrics.create": Operation(
        key="lyrics.create",
        family="lyrics",
        sdk_method="create",
        operation_id="lyrics_create",
        method="POST",
        path="/api/v1/sonic/lyrics",
        docs_url="https://docs.musicapi.ai/lyrics-generation",
        role="call",
        request_model="LyricsRequest",
        response_model="LyricsResponse",
        task_id_field=None,
        expected_clips=None,
        credits=0,
        deprecated=False,
        rules=(),
        build=_build_lyrics_create,
    ),
    "nuro.create_vocal": Operation(
        key="nuro.create_vocal",
        family="nuro",
        sdk_method="create_vocal",
        operation_id="nuro_create",
        method="POST",
        path="/api/v1/nuro/create",
        docs_url="https://docs.musicapi.ai/create-nuro-music",
        role="create",
        request_model="NuroVocal",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=None,
        credits=10,
        deprecated=False,
        rules=(),
        build=_build_nuro_create_vocal,
    ),
    "nuro.create_instrumental": Operation(
        key="nuro.create_instrumental",
        family="nuro",
        sdk_method="create_instrumental",
        operation_id="nuro_create",
        method="POST",
        path="/api/v1/nuro/create",
        docs_url="https://docs.musicapi.ai/create-nuro-bgm",
        role="create",
        request_model="NuroBgm",
        response_model="CreateTaskResponse",
        task_id_field="task_id",
        expected_clips=None,
        credits=10,
        deprecated=False,
        rules=(),
        build=_build_nuro_create_instrumental,
    ),
    "nuro.get": Operation(
        key="nuro.get",
        family="nuro",
        sdk_method="get",
        operation_id="nuro_get",
        method="GET",
        path="/api/v1/nuro/task/{task_id}",
        docs_url="https://docs.musicapi.ai/get-nuro-music",
        role="poll",
        request_model=None,
        response_model="NuroTaskResult",
        task_id_field=None,
        expected_clips=None,
        credits=None,
        deprecated=False,
        rules=(),
        build=_build_nuro_get,
    ),
    "credits.get": Operation(
        key="credits.get",
        family="credits",
        sdk_method="get",
        operation_id="credits_get",
        method="GET",
        path="/api/v1/get-credits",
        docs_url="https://docs.musicapi.ai/get-credits",
        role="call",
        request_model=None,
        response_model="Credits",
        task_id_field=None,
        expected_clips=None,
        credits=None,
        deprecated=False,
        rules=(),
        build=_build_credits_get,
    ),
}
