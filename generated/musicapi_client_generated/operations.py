# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""Every documented operation and family of spec/musicapi.yaml, as data for the runtime.

Each :class:`~musicapi_client._operation.Operation` joins a documented operation (its request
model, fixed fields, rules and parameters) to the endpoint openapi-python-client emitted
for its path. Each :class:`~musicapi_client._operation.Family` says how its tasks are polled and
read. Importing this module loads the pydantic models.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from musicapi_client._operation import Catalog, ErrorKind, Family, Operation, Param, Rule

from . import models
from ._http.api.credits_ import credits_get as _credits_get
from ._http.api.lyrics import lyrics_create as _lyrics_create
from ._http.api.nuro import nuro_create as _nuro_create
from ._http.api.nuro import nuro_get as _nuro_get
from ._http.api.producer import producer_create as _producer_create
from ._http.api.producer import producer_create_lyrics as _producer_create_lyrics
from ._http.api.producer import producer_download as _producer_download
from ._http.api.producer import producer_get as _producer_get
from ._http.api.producer import producer_upload as _producer_upload
from ._http.api.producer import producer_video_clip as _producer_video_clip
from ._http.api.riffusion import riffusion_create as _riffusion_create
from ._http.api.riffusion import riffusion_get as _riffusion_get
from ._http.api.riffusion import riffusion_upload as _riffusion_upload
from ._http.api.sonic import sonic_aligned_lyrics as _sonic_aligned_lyrics
from ._http.api.sonic import sonic_bpm as _sonic_bpm
from ._http.api.sonic import sonic_create as _sonic_create
from ._http.api.sonic import sonic_create_persona as _sonic_create_persona
from ._http.api.sonic import sonic_create_voice as _sonic_create_voice
from ._http.api.sonic import sonic_download_links as _sonic_download_links
from ._http.api.sonic import sonic_get as _sonic_get
from ._http.api.sonic import sonic_mashup as _sonic_mashup
from ._http.api.sonic import sonic_midi as _sonic_midi
from ._http.api.sonic import sonic_replace_section as _sonic_replace_section
from ._http.api.sonic import sonic_sample as _sonic_sample
from ._http.api.sonic import sonic_stems_basic as _sonic_stems_basic
from ._http.api.sonic import sonic_stems_full as _sonic_stems_full
from ._http.api.sonic import sonic_upload as _sonic_upload
from ._http.api.sonic import sonic_upload_cover as _sonic_upload_cover
from ._http.api.sonic import sonic_upload_extend as _sonic_upload_extend
from ._http.api.sonic import sonic_upsample_tags as _sonic_upsample_tags
from ._http.api.sonic import sonic_vox as _sonic_vox
from ._http.api.sonic import sonic_wav as _sonic_wav
from ._http.api.studio import studio_create as _studio_create
from ._http.api.studio import studio_get as _studio_get

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_CREATE_PARAMS = (
    Param('custom_mode', 'bool', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('prompt', 'str'),
    Param('gpt_description_prompt', 'str'),
    Param('title', 'str'),
    Param('tags', 'str'),
    Param('negative_tags', 'str'),
    Param('make_instrumental', 'bool'),
    Param('auto_lyrics', 'bool'),
    Param('vocal_gender', 'str', choices=('f', 'm')),
    Param('style_weight', 'float'),
    Param('weirdness_constraint', 'float'),
    Param('duration', 'int'),
    Param('use_suno_cdn', 'bool'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_CREATE = Operation(
    key="sonic.create",
    family="sonic",
    name="create",
    role="create",
    endpoint=_sonic_create.ENDPOINT,
    request_model=models.SonicCreateMusic,
    response_model=models.CreateTaskResponse,
    fixed={
        "task_type": "create_music",
    },
    rules=(Rule("custom_mode", True, ("prompt",), ("gpt_description_prompt",)),),
    params=_SONIC_CREATE_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=20,
    credits_as_of="2026-10",
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/create-music",
    summary="New song from lyrics (custom_mode true) or from a description (custom_mode false).",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_EXTEND_PARAMS = (
    Param('custom_mode', 'bool', required=True),
    Param('continue_clip_id', 'str', required=True),
    Param('continue_at', 'float', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('task_type', 'str', choices=('extend_music', 'extend_upload_music'), default='extend_music'),
    Param('prompt', 'str'),
    Param('title', 'str'),
    Param('tags', 'str'),
    Param('vocal_gender', 'str', choices=('f', 'm')),
    Param('style_weight', 'float'),
    Param('weirdness_constraint', 'float'),
    Param('duration', 'int'),
    Param('use_suno_cdn', 'bool'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_EXTEND = Operation(
    key="sonic.extend",
    family="sonic",
    name="extend",
    role="create",
    endpoint=_sonic_create.ENDPOINT,
    request_model=models.SonicExtendMusic,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(Rule("custom_mode", True, ("prompt",), ()),),
    params=_SONIC_EXTEND_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=15,
    credits_as_of="2026-10",
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/extend-music",
    summary="Continue a clip from a point in time. The result holds only the new part; concat joins it to the original.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_CONCAT_PARAMS = (
    Param('continue_clip_id', 'str', required=True),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_CONCAT = Operation(
    key="sonic.concat",
    family="sonic",
    name="concat",
    role="create",
    endpoint=_sonic_create.ENDPOINT,
    request_model=models.SonicConcatMusic,
    response_model=models.CreateTaskResponse,
    fixed={
        "task_type": "concat_music",
    },
    rules=(),
    params=_SONIC_CONCAT_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=2,
    credits_as_of="2026-10",
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/concat-music",
    summary="Join an extended clip with the song it extends into one full song.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_COVER_PARAMS = (
    Param('custom_mode', 'bool', required=True),
    Param('continue_clip_id', 'str', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('task_type', 'str', choices=('cover_music', 'cover_upload_music'), default='cover_music'),
    Param('prompt', 'str'),
    Param('title', 'str'),
    Param('tags', 'str'),
    Param('audio_weight', 'float'),
    Param('vocal_gender', 'str', choices=('f', 'm')),
    Param('style_weight', 'float'),
    Param('weirdness_constraint', 'float'),
    Param('duration', 'int'),
    Param('use_suno_cdn', 'bool'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_COVER = Operation(
    key="sonic.cover",
    family="sonic",
    name="cover",
    role="create",
    endpoint=_sonic_create.ENDPOINT,
    request_model=models.SonicCoverMusic,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(Rule("custom_mode", True, ("prompt",), ()),),
    params=_SONIC_COVER_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=15,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/cover-music",
    summary="Re-record a clip in another style.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_CREATE_WITH_PERSONA_PARAMS = (
    Param('custom_mode', 'bool', required=True),
    Param('prompt', 'str', required=True),
    Param('persona_id', 'str', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('title', 'str'),
    Param('tags', 'str'),
    Param('vocal_gender', 'str', choices=('f', 'm')),
    Param('style_weight', 'float'),
    Param('weirdness_constraint', 'float'),
    Param('duration', 'int'),
    Param('use_suno_cdn', 'bool'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
    Param('continue_clip_id', 'str'),
)
# fmt: on

SONIC_CREATE_WITH_PERSONA = Operation(
    key="sonic.create_with_persona",
    family="sonic",
    name="create_with_persona",
    role="create",
    endpoint=_sonic_create.ENDPOINT,
    request_model=models.SonicPersonaMusic,
    response_model=models.CreateTaskResponse,
    fixed={
        "task_type": "persona_music",
    },
    rules=(),
    params=_SONIC_CREATE_WITH_PERSONA_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=15,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/create-persona-music",
    summary="New song sung by a persona created with create_persona.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_REMASTER_PARAMS = (
    Param('continue_clip_id', 'str', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('variation_category', 'str', choices=('subtle', 'normal', 'high')),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_REMASTER = Operation(
    key="sonic.remaster",
    family="sonic",
    name="remaster",
    role="create",
    endpoint=_sonic_create.ENDPOINT,
    request_model=models.SonicRemaster,
    response_model=models.CreateTaskResponse,
    fixed={
        "task_type": "remaster",
    },
    rules=(),
    params=_SONIC_REMASTER_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=15,
    credits_as_of="2026-10",
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/create-music",
    summary="Remaster a clip (a cleaner mix of the same song).",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_ADD_VOCALS_PARAMS = (
    Param('continue_clip_id', 'str', required=True),
    Param('prompt', 'str', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('audio_weight', 'float'),
    Param('overpainting_start_s', 'float'),
    Param('overpainting_end_s', 'float'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_ADD_VOCALS = Operation(
    key="sonic.add_vocals",
    family="sonic",
    name="add_vocals",
    role="create",
    endpoint=_sonic_create.ENDPOINT,
    request_model=models.SonicAddVocals,
    response_model=models.CreateTaskResponse,
    fixed={
        "task_type": "add_vocals",
    },
    rules=(),
    params=_SONIC_ADD_VOCALS_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=15,
    credits_as_of="2026-10",
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/create-music",
    summary="Sing new lyrics over an uploaded instrumental.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_ADD_INSTRUMENTAL_PARAMS = (
    Param('continue_clip_id', 'str', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('tags', 'str'),
    Param('audio_weight', 'float'),
    Param('overpainting_start_s', 'float'),
    Param('overpainting_end_s', 'float'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_ADD_INSTRUMENTAL = Operation(
    key="sonic.add_instrumental",
    family="sonic",
    name="add_instrumental",
    role="create",
    endpoint=_sonic_create.ENDPOINT,
    request_model=models.SonicAddInstrumental,
    response_model=models.CreateTaskResponse,
    fixed={
        "task_type": "add_instrumental",
    },
    rules=(),
    params=_SONIC_ADD_INSTRUMENTAL_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=15,
    credits_as_of="2026-10",
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/create-music",
    summary="Put a new backing track under an uploaded vocal.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_CREATE_PERSONA_PARAMS = (
    Param('name', 'str', required=True),
    Param('description', 'str'),
    Param('continue_clip_id', 'str'),
    Param('clip_id', 'str'),
    Param('describe', 'str'),
    Param('styles', 'str'),
    Param('vox_audio_id', 'str'),
    Param('vocal_start_s', 'float'),
    Param('vocal_end_s', 'float'),
)
# fmt: on

SONIC_CREATE_PERSONA = Operation(
    key="sonic.create_persona",
    family="sonic",
    name="create_persona",
    role="call",
    endpoint=_sonic_create_persona.ENDPOINT,
    request_model=models.CreatePersonaRequest,
    response_model=models.CreatePersonaResponse,
    fixed={},
    rules=(),
    params=_SONIC_CREATE_PERSONA_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=0,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/create-persona",
    summary="Create a persona (a reusable virtual singer) from a clip",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_UPLOAD_PARAMS = (
    Param('url', 'str', required=True),
)
# fmt: on

SONIC_UPLOAD = Operation(
    key="sonic.upload",
    family="sonic",
    name="upload",
    role="call",
    endpoint=_sonic_upload.ENDPOINT,
    request_model=models.UploadRequest,
    response_model=models.UploadResponse,
    fixed={},
    rules=(),
    params=_SONIC_UPLOAD_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=2,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/upload-music",
    summary="Upload audio by URL and get a clip_id for the *_upload_* task types",
)

SONIC_GET = Operation(
    key="sonic.get",
    family="sonic",
    name="get",
    role="poll",
    endpoint=_sonic_get.ENDPOINT,
    request_model=None,
    response_model=None,
    fixed={},
    rules=(),
    task_id_field=None,
    expected_clips=2,
    credits=None,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/get-sonic-music",
    summary="Poll a sonic task",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_RIFFUSION_CREATE_PARAMS = (
    Param('custom_mode', 'bool', required=True),
    Param('mv', 'str', required=True, choices=('FUZZ-1.1 Pro', 'FUZZ-1.1', 'FUZZ-1.0 Pro', 'FUZZ-1.0'), open=True),
    Param('lyrics', 'str'),
    Param('title', 'str'),
    Param('make_instrumental', 'bool'),
    Param('prompt', 'str'),
    Param('sound', 'str'),
    Param('vocal_variation', 'float'),
)
# fmt: on

RIFFUSION_CREATE = Operation(
    key="riffusion.create",
    family="riffusion",
    name="create",
    role="create",
    endpoint=_riffusion_create.ENDPOINT,
    request_model=models.RiffusionCreateMusic,
    response_model=models.CreateTaskResponse,
    fixed={
        "task_type": "create_music",
    },
    rules=(Rule("custom_mode", False, ("prompt",), ()),),
    params=_RIFFUSION_CREATE_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=12,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/riffusion-create-with-lyrics",
    summary="New song from lyrics (custom_mode true) or from a prompt (custom_mode false).",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_RIFFUSION_COVER_PARAMS = (
    Param('custom_mode', 'bool', required=True),
    Param('continue_clip_id', 'str', required=True),
    Param('mv', 'str', required=True, choices=('FUZZ-1.1 Pro', 'FUZZ-1.1', 'FUZZ-1.0 Pro', 'FUZZ-1.0'), open=True),
    Param('task_type', 'str', choices=('cover_music', 'cover_upload_music'), default='cover_music'),
    Param('lyrics', 'str'),
    Param('title', 'str'),
    Param('sound', 'str'),
)
# fmt: on

RIFFUSION_COVER = Operation(
    key="riffusion.cover",
    family="riffusion",
    name="cover",
    role="create",
    endpoint=_riffusion_create.ENDPOINT,
    request_model=models.RiffusionCoverMusic,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_RIFFUSION_COVER_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=12,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/riffusion-cover-music",
    summary="Re-record a clip in another style.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_RIFFUSION_EXTEND_PARAMS = (
    Param('custom_mode', 'bool', required=True),
    Param('lyrics', 'str', required=True),
    Param('sound', 'str', required=True),
    Param('continue_at', 'float', required=True),
    Param('continue_clip_id', 'str', required=True),
    Param('mv', 'str', required=True, choices=('FUZZ-1.1 Pro', 'FUZZ-1.1', 'FUZZ-1.0 Pro', 'FUZZ-1.0'), open=True),
    Param('task_type', 'str', choices=('extend_music', 'extend_upload_music'), default='extend_music'),
    Param('title', 'str'),
)
# fmt: on

RIFFUSION_EXTEND = Operation(
    key="riffusion.extend",
    family="riffusion",
    name="extend",
    role="create",
    endpoint=_riffusion_create.ENDPOINT,
    request_model=models.RiffusionExtendMusic,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_RIFFUSION_EXTEND_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=12,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/riffusion-extend-music",
    summary="Continue a clip from a point in time.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_RIFFUSION_REPLACE_SECTION_PARAMS = (
    Param('custom_mode', 'bool', required=True),
    Param('continue_clip_id', 'str', required=True),
    Param('replace_start_time', 'float', required=True),
    Param('replace_end_time', 'float', required=True),
    Param('mv', 'str', required=True, choices=('FUZZ-1.1 Pro', 'FUZZ-1.1', 'FUZZ-1.0 Pro', 'FUZZ-1.0'), open=True),
    Param('task_type', 'str', choices=('replace_music', 'replace_upload_music'), default='replace_music'),
    Param('lyrics', 'str'),
    Param('title', 'str'),
    Param('sound', 'str'),
)
# fmt: on

RIFFUSION_REPLACE_SECTION = Operation(
    key="riffusion.replace_section",
    family="riffusion",
    name="replace_section",
    role="create",
    endpoint=_riffusion_create.ENDPOINT,
    request_model=models.RiffusionReplaceSection,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_RIFFUSION_REPLACE_SECTION_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=12,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/riffusion-replace-music-section",
    summary="Regenerate the part of a clip between two points in time.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_RIFFUSION_SWAP_SOUND_PARAMS = (
    Param('custom_mode', 'bool', required=True),
    Param('sound', 'str', required=True),
    Param('continue_clip_id', 'str', required=True),
    Param('mv', 'str', required=True, choices=('FUZZ-1.1 Pro', 'FUZZ-1.1', 'FUZZ-1.0 Pro', 'FUZZ-1.0'), open=True),
    Param('task_type', 'str', choices=('swap_music_sound', 'swap_upload_music_sound'), default='swap_music_sound'),
    Param('lyrics', 'str'),
    Param('title', 'str'),
)
# fmt: on

RIFFUSION_SWAP_SOUND = Operation(
    key="riffusion.swap_sound",
    family="riffusion",
    name="swap_sound",
    role="create",
    endpoint=_riffusion_create.ENDPOINT,
    request_model=models.RiffusionSwapSound,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_RIFFUSION_SWAP_SOUND_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=12,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/riffusion-swap-music-sound",
    summary="Keep the vocals and change the instrumental, described in sound.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_RIFFUSION_SWAP_VOCALS_PARAMS = (
    Param('custom_mode', 'bool', required=True),
    Param('lyrics', 'str', required=True),
    Param('sound', 'str', required=True),
    Param('continue_clip_id', 'str', required=True),
    Param('mv', 'str', required=True, choices=('FUZZ-1.1 Pro', 'FUZZ-1.1', 'FUZZ-1.0 Pro', 'FUZZ-1.0'), open=True),
    Param('task_type', 'str', choices=('swap_music_vocals', 'swap_upload_music_vocals'), default='swap_music_vocals'),
    Param('title', 'str'),
)
# fmt: on

RIFFUSION_SWAP_VOCALS = Operation(
    key="riffusion.swap_vocals",
    family="riffusion",
    name="swap_vocals",
    role="create",
    endpoint=_riffusion_create.ENDPOINT,
    request_model=models.RiffusionSwapVocals,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_RIFFUSION_SWAP_VOCALS_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=12,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/riffusion-swap-music-vocals",
    summary="Keep the instrumental and change the vocals, described in sound.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_RIFFUSION_UPLOAD_PARAMS = (
    Param('url', 'str', required=True),
)
# fmt: on

RIFFUSION_UPLOAD = Operation(
    key="riffusion.upload",
    family="riffusion",
    name="upload",
    role="call",
    endpoint=_riffusion_upload.ENDPOINT,
    request_model=models.UploadRequest,
    response_model=models.UploadResponse,
    fixed={},
    rules=(),
    params=_RIFFUSION_UPLOAD_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=2,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/api-314451567",
    summary="Upload audio by URL and get a clip_id for the riffusion *_upload_* task types",
)

RIFFUSION_GET = Operation(
    key="riffusion.get",
    family="riffusion",
    name="get",
    role="poll",
    endpoint=_riffusion_get.ENDPOINT,
    request_model=None,
    response_model=None,
    fixed={},
    rules=(),
    task_id_field=None,
    expected_clips=2,
    credits=None,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/riffusion-get",
    summary="Poll a riffusion task",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_STUDIO_DESCRIPTION_MODE_PARAMS = (
    Param('prompt', 'str', required=True),
    Param('prompt_strength', 'float', required=True),
    Param('clarity_strength', 'float', required=True),
    Param('lyrics_strength', 'float', required=True),
    Param('generation_quality', 'float', required=True),
    Param('model_type', 'str', required=True, choices=('studio130-v1.5', 'studio32-v1.5'), open=True),
    Param('bypass_prompt_optimization', 'bool'),
    Param('seed', 'int'),
    Param('negative_prompt', 'str'),
    Param('config', 'json'),
)
# fmt: on

STUDIO_DESCRIPTION_MODE = Operation(
    key="studio.description_mode",
    family="studio",
    name="description_mode",
    role="create",
    endpoint=_studio_create.ENDPOINT,
    request_model=models.StudioDescriptionMode,
    response_model=models.StudioCreateResponse,
    fixed={
        "lyrics_type": "generate",
    },
    rules=(),
    params=_STUDIO_DESCRIPTION_MODE_PARAMS,
    task_id_field="data",
    expected_clips=None,
    credits=15,
    credits_as_of=None,
    deprecated=True,
    deprecation="The MusicAPI docs mark the studio section Unavailable.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/description-mode",
    summary="Song with lyrics written by the service from the prompt.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_STUDIO_EXTEND_MODE_PARAMS = (
    Param('prompt', 'str', required=True),
    Param('prompt_strength', 'float', required=True),
    Param('clarity_strength', 'float', required=True),
    Param('lyrics_strength', 'float', required=True),
    Param('generation_quality', 'float', required=True),
    Param('model_type', 'str', required=True, choices=('studio130-v1.5', 'studio32-v1.5'), open=True),
    Param('config', 'json', required=True),
    Param('lyrics_type', 'str', choices=('generate', 'user', 'instrumental'), default='generate'),
    Param('lyrics', 'str'),
    Param('bypass_prompt_optimization', 'bool'),
    Param('seed', 'int'),
    Param('song_section_start', 'float'),
    Param('song_section_end', 'float'),
    Param('lyrics_placement_start', 'float'),
    Param('lyrics_placement_end', 'float'),
    Param('negative_prompt', 'str'),
)
# fmt: on

STUDIO_EXTEND_MODE = Operation(
    key="studio.extend_mode",
    family="studio",
    name="extend_mode",
    role="create",
    endpoint=_studio_create.ENDPOINT,
    request_model=models.StudioExtendMode,
    response_model=models.StudioCreateResponse,
    fixed={},
    rules=(),
    params=_STUDIO_EXTEND_MODE_PARAMS,
    task_id_field="data",
    expected_clips=None,
    credits=15,
    credits_as_of=None,
    deprecated=True,
    deprecation="The MusicAPI docs mark the studio section Unavailable.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/extend-mode",
    summary="Extend an existing studio song before or after it.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_STUDIO_CUSTOM_MODE_PARAMS = (
    Param('prompt', 'str', required=True),
    Param('lyrics', 'str', required=True),
    Param('prompt_strength', 'float', required=True),
    Param('clarity_strength', 'float', required=True),
    Param('lyrics_strength', 'float', required=True),
    Param('generation_quality', 'float', required=True),
    Param('model_type', 'str', required=True, choices=('studio130-v1.5', 'studio32-v1.5'), open=True),
    Param('bypass_prompt_optimization', 'bool'),
    Param('seed', 'int'),
    Param('song_section_start', 'float'),
    Param('song_section_end', 'float'),
    Param('lyrics_placement_start', 'float'),
    Param('lyrics_placement_end', 'float'),
    Param('negative_prompt', 'str'),
    Param('config', 'json'),
)
# fmt: on

STUDIO_CUSTOM_MODE = Operation(
    key="studio.custom_mode",
    family="studio",
    name="custom_mode",
    role="create",
    endpoint=_studio_create.ENDPOINT,
    request_model=models.StudioCustomMode,
    response_model=models.StudioCreateResponse,
    fixed={
        "lyrics_type": "user",
    },
    rules=(),
    params=_STUDIO_CUSTOM_MODE_PARAMS,
    task_id_field="data",
    expected_clips=None,
    credits=15,
    credits_as_of=None,
    deprecated=True,
    deprecation="The MusicAPI docs mark the studio section Unavailable.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/custom-mode",
    summary="Song from your own lyrics; prompt gives the style.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_STUDIO_INSTRUMENTAL_MODE_PARAMS = (
    Param('prompt', 'str', required=True),
    Param('prompt_strength', 'float', required=True),
    Param('clarity_strength', 'float', required=True),
    Param('lyrics_strength', 'float', required=True),
    Param('generation_quality', 'float', required=True),
    Param('model_type', 'str', required=True, choices=('studio130-v1.5', 'studio32-v1.5'), open=True),
    Param('bypass_prompt_optimization', 'bool'),
    Param('seed', 'int'),
    Param('negative_prompt', 'str'),
    Param('config', 'json'),
)
# fmt: on

STUDIO_INSTRUMENTAL_MODE = Operation(
    key="studio.instrumental_mode",
    family="studio",
    name="instrumental_mode",
    role="create",
    endpoint=_studio_create.ENDPOINT,
    request_model=models.StudioInstrumentalMode,
    response_model=models.StudioCreateResponse,
    fixed={
        "lyrics_type": "instrumental",
    },
    rules=(),
    params=_STUDIO_INSTRUMENTAL_MODE_PARAMS,
    task_id_field="data",
    expected_clips=None,
    credits=15,
    credits_as_of=None,
    deprecated=True,
    deprecation="The MusicAPI docs mark the studio section Unavailable.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/instrumental-mode",
    summary="Instrumental from style keywords.",
)

STUDIO_GET = Operation(
    key="studio.get",
    family="studio",
    name="get",
    role="poll",
    endpoint=_studio_get.ENDPOINT,
    request_model=None,
    response_model=None,
    fixed={},
    rules=(),
    task_id_field=None,
    expected_clips=None,
    credits=None,
    credits_as_of=None,
    deprecated=True,
    deprecation="The MusicAPI docs mark the studio section Unavailable.",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/get-studio-music",
    summary="Poll a studio task",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_LYRICS_CREATE_PARAMS = (
    Param('description', 'str', required=True),
)
# fmt: on

LYRICS_CREATE = Operation(
    key="lyrics.create",
    family="lyrics",
    name="create",
    role="call",
    endpoint=_lyrics_create.ENDPOINT,
    request_model=models.LyricsRequest,
    response_model=models.LyricsResponse,
    fixed={},
    rules=(),
    params=_LYRICS_CREATE_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=0,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/lyrics-generation",
    summary="Write lyrics from a short description (synchronous)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_NURO_CREATE_VOCAL_PARAMS = (
    Param('lyrics', 'str', required=True),
    Param('gender', 'str', choices=('Female', 'Male')),
    Param('genre', 'str', choices=('Folk', 'Pop', 'Rock', 'Chinese Style', 'Hip Hop/Rap', 'R&B/Soul', 'Punk', 'Electronic', 'Jazz', 'Reggae', 'DJ', 'Pop Punk', 'Disco', 'Future Bass', 'Pop Rap', 'Trap Rap', 'R&B Rap', 'Chinoiserie Electronic', 'GuFeng Music', 'Pop Rock', 'Jazz Pop', 'Bossa Nova', 'Contemporary R&B')),
    Param('mood', 'str', choices=('Happy', 'Dynamic/Energetic', 'Sentimental/Melancholic/Lonely', 'Inspirational/Hopeful', 'Nostalgic/Memory', 'Excited', 'Sorrow/Sad', 'Chill', 'Romantic', 'Miss', 'Groovy/Funky', 'Dreamy/Ethereal', 'Calm/Relaxing')),
    Param('timbre', 'str', choices=('Warm', 'Bright', 'Husky', 'Electrified voice', 'Sweet_AUDIO_TIMBRE', 'Cute_AUDIO_TIMBRE', 'Loud and sonorous', 'Powerful', 'Sexy/Lazy')),
    Param('duration', 'int'),
)
# fmt: on

NURO_CREATE_VOCAL = Operation(
    key="nuro.create_vocal",
    family="nuro",
    name="create_vocal",
    role="create",
    endpoint=_nuro_create.ENDPOINT,
    request_model=models.NuroVocal,
    response_model=models.CreateTaskResponse,
    fixed={
        "type": "vocal",
    },
    rules=(),
    params=_NURO_CREATE_VOCAL_PARAMS,
    task_id_field="task_id",
    expected_clips=None,
    credits=10,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
    gone=True,
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/create-nuro-music",
    summary="Song with vocals from lyrics; unset style fields are predicted from the lyrics.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_NURO_CREATE_INSTRUMENTAL_PARAMS = (
    Param('description', 'str', required=True),
    Param('genre', 'str', many=True, choices=('corporate', 'dance/edm', 'orchestral', 'chill out', 'rock', 'hip hop', 'folk', 'funk', 'ambient', 'holiday', 'jazz', 'kids', 'world', 'travel', 'commercial', 'advertising', 'driving', 'cinematic', 'upbeat', 'epic', 'inspiring', 'business', 'video game', 'dark', 'pop', 'trailer', 'modern', 'electronic', 'documentary', 'soundtrack', 'fashion', 'acoustic', 'movie', 'tv', 'high tech', 'industrial', 'dance', 'video', 'vlog', 'marketing', 'game', 'radio', 'promotional', 'sports', 'party', 'summer', 'beauty')),
    Param('mood', 'str', many=True, choices=('positive', 'uplifting', 'energetic', 'happy', 'bright', 'optimistic', 'hopeful', 'cool', 'dreamy', 'fun', 'light', 'powerful', 'calm', 'confident', 'joyful', 'dramatic', 'peaceful', 'playful', 'soft', 'groovy', 'reflective', 'easy', 'relaxed', 'lively', 'smooth', 'romantic', 'intense', 'elegant', 'mellow', 'emotional', 'sentimental', 'cheerful happy', 'contemplative', 'soothing', 'proud', 'passionate', 'sweet', 'mystical', 'tranquil', 'cheerful', 'casual', 'beautiful', 'ethereal', 'melancholy', 'sad', 'aggressive', 'haunting', 'adventure', 'serene', 'sincere', 'funky', 'funny')),
    Param('instrument', 'str', many=True, choices=('piano', 'drums', 'guitar', 'percussion', 'synth', 'electric guitar', 'acoustic guitar', 'bass guitar', 'brass', 'violin', 'cello', 'flute', 'organ', 'trumpet', 'ukulele', 'saxophone', 'double bass', 'harp', 'glockenspiel', 'synthesizer', 'keyboard', 'marimba', 'bass', 'banjo', 'strings')),
    Param('theme', 'str', many=True, choices=('inspirational', 'motivational', 'achievement', 'discovery', 'every day', 'love', 'technology', 'lifestyle', 'journey', 'meditation', 'drama', 'children', 'hope', 'fantasy', 'holiday', 'health', 'family', 'real estate', 'media', 'kids', 'science', 'education', 'progress', 'world', 'vacation', 'training', 'christmas', 'sales')),
    Param('duration', 'int'),
    Param('version', 'str', choices=('v1.0', 'v2.0'), open=True),
    Param('segments', 'json', many=True),
)
# fmt: on

NURO_CREATE_INSTRUMENTAL = Operation(
    key="nuro.create_instrumental",
    family="nuro",
    name="create_instrumental",
    role="create",
    endpoint=_nuro_create.ENDPOINT,
    request_model=models.NuroBgm,
    response_model=models.CreateTaskResponse,
    fixed={
        "type": "bgm",
    },
    rules=(),
    params=_NURO_CREATE_INSTRUMENTAL_PARAMS,
    task_id_field="task_id",
    expected_clips=None,
    credits=10,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
    gone=True,
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/create-nuro-bgm",
    summary="Instrumental background music from a description and tags.",
)

NURO_GET = Operation(
    key="nuro.get",
    family="nuro",
    name="get",
    role="poll",
    endpoint=_nuro_get.ENDPOINT,
    request_model=None,
    response_model=None,
    fixed={},
    rules=(),
    task_id_field=None,
    expected_clips=None,
    credits=None,
    credits_as_of=None,
    deprecated=True,
    deprecation="MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
    gone=True,
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/get-nuro-music",
    summary="Poll a nuro task",
)

CREDITS_GET = Operation(
    key="credits.get",
    family="credits",
    name="get",
    role="call",
    endpoint=_credits_get.ENDPOINT,
    request_model=None,
    response_model=models.Credits,
    fixed={},
    rules=(),
    task_id_field=None,
    expected_clips=None,
    credits=0,
    credits_as_of="2026-10",
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/get-credits",
    summary="Read the account's remaining credits",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_STEMS_BASIC_PARAMS = (
    Param('clip_id', 'str', required=True),
)
# fmt: on

SONIC_STEMS_BASIC = Operation(
    key="sonic.stems_basic",
    family="sonic",
    name="stems_basic",
    role="create",
    endpoint=_sonic_stems_basic.ENDPOINT,
    request_model=models.ClipRequest,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_SONIC_STEMS_BASIC_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=30,
    credits_as_of="2026-10",
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/stems-basic",
    summary="Split a clip into two stems (vocals and instrumental)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_STEMS_FULL_PARAMS = (
    Param('clip_id', 'str', required=True),
)
# fmt: on

SONIC_STEMS_FULL = Operation(
    key="sonic.stems_full",
    family="sonic",
    name="stems_full",
    role="create",
    endpoint=_sonic_stems_full.ENDPOINT,
    request_model=models.ClipRequest,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_SONIC_STEMS_FULL_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=75,
    credits_as_of="2026-10",
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/stems-full",
    summary="Split a clip into every instrument's stem",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_WAV_PARAMS = (
    Param('clip_id', 'str', required=True),
)
# fmt: on

SONIC_WAV = Operation(
    key="sonic.wav",
    family="sonic",
    name="wav",
    role="call",
    endpoint=_sonic_wav.ENDPOINT,
    request_model=models.ClipRequest,
    response_model=models.WavResponse,
    fixed={},
    rules=(),
    params=_SONIC_WAV_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=2,
    credits_as_of="2026-10",
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/wav",
    summary="Get a WAV file of a clip (synchronous)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_DOWNLOAD_LINKS_PARAMS = (
    Param('clip_id', 'str', required=True),
    Param('formats', 'str', many=True, choices=('mp3', 'm4a', 'wav'), open=True),
)
# fmt: on

SONIC_DOWNLOAD_LINKS = Operation(
    key="sonic.download_links",
    family="sonic",
    name="download_links",
    role="call",
    endpoint=_sonic_download_links.ENDPOINT,
    request_model=models.DownloadLinksRequest,
    response_model=models.DownloadLinksResponse,
    fixed={},
    rules=(),
    params=_SONIC_DOWNLOAD_LINKS_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=2,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=(3.0, 60.0),
    docs_url="https://musicapi.ai/docs/guides/output-endpoints",
    summary="Get download links of a clip in several formats (third-party evidence only)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_MIDI_PARAMS = (
    Param('clip_id', 'str', required=True),
)
# fmt: on

SONIC_MIDI = Operation(
    key="sonic.midi",
    family="sonic",
    name="midi",
    role="call",
    endpoint=_sonic_midi.ENDPOINT,
    request_model=models.ClipRequest,
    response_model=models.MidiResponse,
    fixed={},
    rules=(),
    params=_SONIC_MIDI_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=1,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/get-midi",
    summary="Get a MIDI transcription of a clip (synchronous; may answer 202 while it is built)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_VOX_PARAMS = (
    Param('clip_id', 'str', required=True),
    Param('vocal_start_s', 'float'),
    Param('vocal_end_s', 'float'),
)
# fmt: on

SONIC_VOX = Operation(
    key="sonic.vox",
    family="sonic",
    name="vox",
    role="call",
    endpoint=_sonic_vox.ENDPOINT,
    request_model=models.VoxRequest,
    response_model=models.VoxResponse,
    fixed={},
    rules=(),
    params=_SONIC_VOX_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=1,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/get-vox",
    summary="Extract a clip's vocal (synchronous), for a persona",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_BPM_PARAMS = (
    Param('clip_id', 'str', required=True),
)
# fmt: on

SONIC_BPM = Operation(
    key="sonic.bpm",
    family="sonic",
    name="bpm",
    role="call",
    endpoint=_sonic_bpm.ENDPOINT,
    request_model=models.ClipRequest,
    response_model=models.BpmResponse,
    fixed={},
    rules=(),
    params=_SONIC_BPM_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=1,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/get-bpm",
    summary="Measure a clip's tempo (synchronous)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_ALIGNED_LYRICS_PARAMS = (
    Param('clip_id', 'str', required=True),
)
# fmt: on

SONIC_ALIGNED_LYRICS = Operation(
    key="sonic.aligned_lyrics",
    family="sonic",
    name="aligned_lyrics",
    role="call",
    endpoint=_sonic_aligned_lyrics.ENDPOINT,
    request_model=models.ClipRequest,
    response_model=models.AlignedLyricsResponse,
    fixed={},
    rules=(),
    params=_SONIC_ALIGNED_LYRICS_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=1,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=(3.0, 60.0),
    docs_url="https://docs.musicapi.ai/get-suno-lyrics-timeline",
    summary="Get a clip's lyrics with word timings (synchronous; may need a moment)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_UPSAMPLE_TAGS_PARAMS = (
    Param('tags', 'str', required=True),
)
# fmt: on

SONIC_UPSAMPLE_TAGS = Operation(
    key="sonic.upsample_tags",
    family="sonic",
    name="upsample_tags",
    role="call",
    endpoint=_sonic_upsample_tags.ENDPOINT,
    request_model=models.UpsampleTagsRequest,
    response_model=models.UpsampleTagsResponse,
    fixed={},
    rules=(),
    params=_SONIC_UPSAMPLE_TAGS_PARAMS,
    task_id_field=None,
    expected_clips=None,
    credits=1,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/upsample-tags",
    summary="Expand short style tags into a full style description (synchronous)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_SAMPLE_PARAMS = (
    Param('chop_sample_start_s', 'float', required=True),
    Param('chop_sample_end_s', 'float', required=True),
    Param('custom_mode', 'bool', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('url', 'str'),
    Param('sample_clip_id', 'str'),
    Param('prompt', 'str'),
    Param('gpt_description_prompt', 'str'),
    Param('make_instrumental', 'bool'),
    Param('title', 'str'),
    Param('tags', 'str'),
    Param('negative_tags', 'str'),
    Param('style_weight', 'float'),
    Param('weirdness_constraint', 'float'),
    Param('audio_weight', 'float'),
    Param('vocal_gender', 'str', choices=('f', 'm')),
    Param('auto_lyrics', 'bool'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_SAMPLE = Operation(
    key="sonic.sample",
    family="sonic",
    name="sample",
    role="create",
    endpoint=_sonic_sample.ENDPOINT,
    request_model=models.SonicSampleRequest,
    response_model=models.StepsTaskResponse,
    fixed={},
    rules=(Rule("custom_mode", True, ("prompt",), ("gpt_description_prompt",)),),
    params=_SONIC_SAMPLE_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=14,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/sample-this-song",
    summary="Build a new song around a chopped sample of a clip or an audio URL",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_MASHUP_PARAMS = (
    Param('mashup_clip_ids', 'str', required=True, many=True),
    Param('custom_mode', 'bool', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('prompt', 'str'),
    Param('gpt_description_prompt', 'str'),
    Param('make_instrumental', 'bool'),
    Param('auto_lyrics', 'bool'),
    Param('title', 'str'),
    Param('tags', 'str'),
    Param('negative_tags', 'str'),
    Param('style_weight', 'float'),
    Param('weirdness_constraint', 'float'),
    Param('audio_weight', 'float'),
    Param('vocal_gender', 'str', choices=('f', 'm')),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_MASHUP = Operation(
    key="sonic.mashup",
    family="sonic",
    name="mashup",
    role="create",
    endpoint=_sonic_mashup.ENDPOINT,
    request_model=models.SonicMashupRequest,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(Rule("custom_mode", True, ("prompt",), ("gpt_description_prompt",)),),
    params=_SONIC_MASHUP_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=14,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/mashup",
    summary="Mix two clips into one new song",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_REPLACE_SECTION_PARAMS = (
    Param('clip_id', 'str', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('infill_start_s', 'float', required=True),
    Param('infill_end_s', 'float', required=True),
    Param('prompt', 'str'),
    Param('infill_lyrics', 'str'),
    Param('title', 'str'),
    Param('tags', 'str'),
    Param('negative_tags', 'str'),
    Param('style_weight', 'float'),
    Param('weirdness_constraint', 'float'),
    Param('vocal_gender', 'str', choices=('f', 'm')),
    Param('auto_concat', 'bool'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_REPLACE_SECTION = Operation(
    key="sonic.replace_section",
    family="sonic",
    name="replace_section",
    role="create",
    endpoint=_sonic_replace_section.ENDPOINT,
    request_model=models.SonicReplaceSectionRequest,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_SONIC_REPLACE_SECTION_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=10,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/replace-section",
    summary="Rewrite a time window of a clip with new lyrics",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_UPLOAD_COVER_PARAMS = (
    Param('url', 'str', required=True),
    Param('custom_mode', 'bool', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('prompt', 'str'),
    Param('gpt_description_prompt', 'str'),
    Param('make_instrumental', 'bool'),
    Param('title', 'str'),
    Param('tags', 'str'),
    Param('negative_tags', 'str'),
    Param('style_weight', 'float'),
    Param('weirdness_constraint', 'float'),
    Param('audio_weight', 'float'),
    Param('vocal_gender', 'str', choices=('f', 'm')),
    Param('duration', 'int'),
    Param('auto_concat', 'bool'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_UPLOAD_COVER = Operation(
    key="sonic.upload_cover",
    family="sonic",
    name="upload_cover",
    role="create",
    endpoint=_sonic_upload_cover.ENDPOINT,
    request_model=models.SonicUploadCoverRequest,
    response_model=models.StepsTaskResponse,
    fixed={},
    rules=(Rule("custom_mode", True, ("prompt",), ("gpt_description_prompt",)),),
    params=_SONIC_UPLOAD_COVER_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=17,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/upload-and-cover-music",
    summary="Upload audio by URL and cover it in one call",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_UPLOAD_EXTEND_PARAMS = (
    Param('url', 'str', required=True),
    Param('custom_mode', 'bool', required=True),
    Param('mv', 'str', required=True, choices=('sonic-v6', 'sonic-v6-wild', 'sonic-v6-mini', 'sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), open=True, retired=('sonic-v5-5', 'sonic-v5', 'sonic-v4-5-plus', 'sonic-v4-5', 'sonic-v4', 'sonic-v3-5'), retired_note='still accepted at the same price, but rendered by sonic-v6 since 2026-09-09 (use sonic-v6, sonic-v6-wild or sonic-v6-mini)'),
    Param('prompt', 'str'),
    Param('gpt_description_prompt', 'str'),
    Param('make_instrumental', 'bool'),
    Param('title', 'str'),
    Param('tags', 'str'),
    Param('negative_tags', 'str'),
    Param('continue_at', 'float'),
    Param('style_weight', 'float'),
    Param('weirdness_constraint', 'float'),
    Param('audio_weight', 'float'),
    Param('vocal_gender', 'str', choices=('f', 'm')),
    Param('duration', 'int'),
    Param('auto_concat', 'bool'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_UPLOAD_EXTEND = Operation(
    key="sonic.upload_extend",
    family="sonic",
    name="upload_extend",
    role="create",
    endpoint=_sonic_upload_extend.ENDPOINT,
    request_model=models.SonicUploadExtendRequest,
    response_model=models.StepsTaskResponse,
    fixed={},
    rules=(Rule("custom_mode", True, ("prompt",), ("gpt_description_prompt",)),),
    params=_SONIC_UPLOAD_EXTEND_PARAMS,
    task_id_field="task_id",
    expected_clips=2,
    credits=17,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/upload-and-extend-music",
    summary="Upload audio by URL and extend it in one call",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_SONIC_CREATE_VOICE_PARAMS = (
    Param('audio_url', 'str', required=True),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

SONIC_CREATE_VOICE = Operation(
    key="sonic.create_voice",
    family="sonic",
    name="create_voice",
    role="create",
    endpoint=_sonic_create_voice.ENDPOINT,
    request_model=models.CreateVoiceRequest,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_SONIC_CREATE_VOICE_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=4,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/create-voice",
    summary="Make a persona from a recording of a voice (asynchronous; the task gives a persona_id)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_PRODUCER_CREATE_PARAMS = (
    Param('sound', 'str'),
    Param('lyrics', 'str'),
    Param('mv', 'str'),
    Param('title', 'str'),
    Param('seed', 'str'),
    Param('bpm', 'str'),
    Param('make_instrumental', 'bool'),
    Param('length', 'int'),
    Param('instruction', 'str'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

PRODUCER_CREATE = Operation(
    key="producer.create",
    family="producer",
    name="create",
    role="create",
    endpoint=_producer_create.ENDPOINT,
    request_model=models.ProducerCreateMusic,
    response_model=models.CreateTaskResponse,
    fixed={
        "task_type": "create_music",
    },
    rules=(),
    params=_PRODUCER_CREATE_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=10,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/producer-api-examples",
    summary="New music from a style description (sound) or lyrics.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_PRODUCER_COVER_PARAMS = (
    Param('clip_id', 'str', required=True),
    Param('sound', 'str'),
    Param('lyrics', 'str'),
    Param('strength', 'float'),
    Param('mv', 'str'),
    Param('title', 'str'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

PRODUCER_COVER = Operation(
    key="producer.cover",
    family="producer",
    name="cover",
    role="create",
    endpoint=_producer_create.ENDPOINT,
    request_model=models.ProducerCoverMusic,
    response_model=models.CreateTaskResponse,
    fixed={
        "task_type": "cover_music",
    },
    rules=(),
    params=_PRODUCER_COVER_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=10,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/producer-api-examples",
    summary="Re-record a producer clip in another style.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_PRODUCER_EXTEND_PARAMS = (
    Param('clip_id', 'str', required=True),
    Param('task_type', 'str', choices=('extend_music', 'extend_upload_music'), default='extend_music'),
    Param('extend_s', 'float'),
    Param('sound', 'str'),
    Param('lyrics', 'str'),
    Param('mv', 'str'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

PRODUCER_EXTEND = Operation(
    key="producer.extend",
    family="producer",
    name="extend",
    role="create",
    endpoint=_producer_create.ENDPOINT,
    request_model=models.ProducerExtendMusic,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_PRODUCER_EXTEND_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=10,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/producer-api-examples",
    summary="Continue a producer clip.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_PRODUCER_REPLACE_PARAMS = (
    Param('clip_id', 'str', required=True),
    Param('starts_at', 'float', required=True),
    Param('task_type', 'str', choices=('replace_music', 'replace_upload_music'), default='replace_music'),
    Param('ends_at', 'float'),
    Param('lyrics', 'str'),
    Param('sound', 'str'),
    Param('mv', 'str'),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

PRODUCER_REPLACE = Operation(
    key="producer.replace",
    family="producer",
    name="replace",
    role="create",
    endpoint=_producer_create.ENDPOINT,
    request_model=models.ProducerReplaceMusic,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_PRODUCER_REPLACE_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=10,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/producer-api-examples",
    summary="Rewrite a time window of a producer clip.",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_PRODUCER_UPLOAD_PARAMS = (
    Param('audio_url', 'str', required=True),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

PRODUCER_UPLOAD = Operation(
    key="producer.upload",
    family="producer",
    name="upload",
    role="create",
    endpoint=_producer_upload.ENDPOINT,
    request_model=models.ProducerUploadRequest,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_PRODUCER_UPLOAD_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=2,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/producer-api-examples",
    summary="Upload audio by URL for use as a producer clip_id (asynchronous)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_PRODUCER_DOWNLOAD_PARAMS = (
    Param('clip_id', 'str', required=True),
    Param('format', 'str', choices=('mp3', 'wav')),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

PRODUCER_DOWNLOAD = Operation(
    key="producer.download",
    family="producer",
    name="download",
    role="create",
    endpoint=_producer_download.ENDPOINT,
    request_model=models.ProducerDownloadRequest,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_PRODUCER_DOWNLOAD_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=2,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/producer-api-examples",
    summary="Re-encode a producer clip as mp3 or wav (asynchronous; the task gives its URL)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_PRODUCER_CREATE_LYRICS_PARAMS = (
    Param('prompt', 'str', required=True),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

PRODUCER_CREATE_LYRICS = Operation(
    key="producer.create_lyrics",
    family="producer",
    name="create_lyrics",
    role="create",
    endpoint=_producer_create_lyrics.ENDPOINT,
    request_model=models.ProducerLyricsRequest,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_PRODUCER_CREATE_LYRICS_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=1,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/producer-api-examples",
    summary="Write lyrics from a prompt (asynchronous; body partly inferred)",
)

# One parameter per line; only what differs from Param's defaults is written.
# fmt: off
_PRODUCER_VIDEO_CLIP_PARAMS = (
    Param('clip_id', 'str', required=True),
    Param('webhook_url', 'str'),
    Param('webhook_secret', 'str'),
)
# fmt: on

PRODUCER_VIDEO_CLIP = Operation(
    key="producer.video_clip",
    family="producer",
    name="video_clip",
    role="create",
    endpoint=_producer_video_clip.ENDPOINT,
    request_model=models.ProducerVideoRequest,
    response_model=models.CreateTaskResponse,
    fixed={},
    rules=(),
    params=_PRODUCER_VIDEO_CLIP_PARAMS,
    task_id_field="task_id",
    expected_clips=1,
    credits=5,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/producer-api-examples",
    summary="Make a music video of a producer clip (asynchronous; body partly inferred)",
)

PRODUCER_GET = Operation(
    key="producer.get",
    family="producer",
    name="get",
    role="poll",
    endpoint=_producer_get.ENDPOINT,
    request_model=None,
    response_model=None,
    fixed={},
    rules=(),
    task_id_field=None,
    expected_clips=1,
    credits=None,
    credits_as_of=None,
    deprecated=False,
    deprecation="",
    repeat_while_preparing=None,
    docs_url="https://docs.musicapi.ai/producer-api-examples",
    summary="Poll a producer task (free for every producer task kind)",
)

SONIC = Family(
    name="sonic",
    summary="Suno-style song generation, extension, covers, personas and uploads.",
    operations=(
        SONIC_CREATE,
        SONIC_EXTEND,
        SONIC_CONCAT,
        SONIC_COVER,
        SONIC_CREATE_WITH_PERSONA,
        SONIC_REMASTER,
        SONIC_ADD_VOCALS,
        SONIC_ADD_INSTRUMENTAL,
        SONIC_CREATE_PERSONA,
        SONIC_UPLOAD,
        SONIC_GET,
        SONIC_STEMS_BASIC,
        SONIC_STEMS_FULL,
        SONIC_WAV,
        SONIC_DOWNLOAD_LINKS,
        SONIC_MIDI,
        SONIC_VOX,
        SONIC_BPM,
        SONIC_ALIGNED_LYRICS,
        SONIC_UPSAMPLE_TAGS,
        SONIC_SAMPLE,
        SONIC_MASHUP,
        SONIC_REPLACE_SECTION,
        SONIC_UPLOAD_COVER,
        SONIC_UPLOAD_EXTEND,
        SONIC_CREATE_VOICE,
    ),
    poll=SONIC_GET,
    task_shapes={
        models.SonicTask: "clip-list",
        models.TaskFailure: "failure",
        models.TaskNotReady: "not-ready",
    },
    deprecated=False,
    webhook_platforms=("suno", "sonic"),
    typical_seconds=60.0,
)

RIFFUSION = Family(
    name="riffusion",
    summary="Riffusion FUZZ models; one create path switched by task_type.",
    operations=(
        RIFFUSION_CREATE,
        RIFFUSION_COVER,
        RIFFUSION_EXTEND,
        RIFFUSION_REPLACE_SECTION,
        RIFFUSION_SWAP_SOUND,
        RIFFUSION_SWAP_VOCALS,
        RIFFUSION_UPLOAD,
        RIFFUSION_GET,
    ),
    poll=RIFFUSION_GET,
    task_shapes={
        models.RiffusionTask: "clip-list",
        models.TaskFailure: "failure",
        models.TaskNotReady: "not-ready",
    },
    deprecated=True,
    webhook_platforms=(),
    typical_seconds=45.0,
)

STUDIO = Family(
    name="studio",
    summary="Studio models. Marked Unavailable in the docs; kept for completeness.",
    operations=(
        STUDIO_DESCRIPTION_MODE,
        STUDIO_EXTEND_MODE,
        STUDIO_CUSTOM_MODE,
        STUDIO_INSTRUMENTAL_MODE,
        STUDIO_GET,
    ),
    poll=STUDIO_GET,
    task_shapes={
        models.StudioTask: "studio",
        models.TaskNotReady: "not-ready",
    },
    deprecated=True,
    webhook_platforms=(),
    typical_seconds=60.0,
)

LYRICS = Family(
    name="lyrics",
    summary="Lyrics generation (two title and lyrics candidates per call).",
    operations=(LYRICS_CREATE,),
    poll=None,
    task_shapes={},
    deprecated=False,
    webhook_platforms=(),
    typical_seconds=None,
)

NURO = Family(
    name="nuro",
    summary="Nuro vocal songs and instrumental background music.",
    operations=(
        NURO_CREATE_VOCAL,
        NURO_CREATE_INSTRUMENTAL,
        NURO_GET,
    ),
    poll=NURO_GET,
    task_shapes={
        models.NuroTask: "nuro",
        models.TaskFailure: "failure",
        models.TaskNotReady: "not-ready",
    },
    deprecated=True,
    webhook_platforms=("nuro",),
    typical_seconds=30.0,
)

PRODUCER = Family(
    name="producer",
    summary="Producer (Google Lyria 3 Pro since April 2026), where riffusion users went.",
    operations=(
        PRODUCER_CREATE,
        PRODUCER_COVER,
        PRODUCER_EXTEND,
        PRODUCER_REPLACE,
        PRODUCER_UPLOAD,
        PRODUCER_DOWNLOAD,
        PRODUCER_CREATE_LYRICS,
        PRODUCER_VIDEO_CLIP,
        PRODUCER_GET,
    ),
    poll=PRODUCER_GET,
    task_shapes={
        models.ProducerTask: "producer",
        models.TaskFailure: "failure",
        models.TaskNotReady: "not-ready",
    },
    deprecated=False,
    webhook_platforms=("producer",),
    typical_seconds=60.0,
)

CREDITS = Family(
    name="credits",
    summary="Account credit balance.",
    operations=(CREDITS_GET,),
    poll=None,
    task_shapes={},
    deprecated=False,
    webhook_platforms=(),
    typical_seconds=None,
)

FAMILIES: dict[str, Family] = {
    "sonic": SONIC,
    "riffusion": RIFFUSION,
    "studio": STUDIO,
    "lyrics": LYRICS,
    "nuro": NURO,
    "producer": PRODUCER,
    "credits": CREDITS,
}
OPERATIONS: dict[str, Operation] = {op.key: op for f in FAMILIES.values() for op in f.operations}


@functools.cache
def spec() -> dict[str, Any]:
    """The spec itself (a JSON copy of spec/musicapi.yaml, bundled in this package)."""
    text = resources.files(__package__).joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


WEBHOOK_EVENTS: dict[str, str] = {
    "song.completed": "succeeded",
    "song.failed": "failed",
    "song.streaming": "streaming",
}

# The documented error answers the client tells apart (x-error-kinds in the spec).
# fmt: off
ERROR_KINDS = (
    ErrorKind(403, 'insufficient_credits', 'credits are not enough', 'insufficient_credits', None, "Buy a credit pack or subscribe, or lower the batch's --max-credits."),
    ErrorKind(403, 'no_subscription', 'do not have an active subscription', 'subscription_required', None, 'Renew the MusicAPI subscription (check that its payment went through).'),
    ErrorKind(403, 'copyright', 'copyrighted content', 'content_policy', 'copyright', 'Use original lyrics; the message quotes the passage that was refused.'),
    ErrorKind(403, 'inappropriate', 'inappropriate content', 'content_policy', 'inappropriate', 'Rewrite the lyrics without the passage the message quotes.'),
    ErrorKind(403, 'moderation', 'needs moderation review', 'content_policy', 'moderation', 'Rephrase the song description (gpt_description_prompt), or wait for the review.'),
)
# fmt: on

CATALOG = Catalog(
    families=FAMILIES,
    spec=spec,
    error_kinds=ERROR_KINDS,
    webhook_events=WEBHOOK_EVENTS,
    webhook_payload=models.WebhookPayload,
)
