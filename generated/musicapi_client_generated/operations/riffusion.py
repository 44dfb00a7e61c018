# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""riffusion: its documented operations and the family, as data for the runtime.

Each :class:`~musicapi_client._operation.Operation` joins a documented operation (its request
model, fixed fields, rules and parameters) to the endpoint openapi-python-client emitted
for its path; the :class:`~musicapi_client._operation.Family` says how its tasks are polled
and read. Loaded when the family is first used (``operations.CATALOG.families``).
"""

from __future__ import annotations

from musicapi_client._operation import Family, Operation, Param, Rule

from .. import models
from .._http.api.riffusion import riffusion_create as _riffusion_create
from .._http.api.riffusion import riffusion_get as _riffusion_get
from .._http.api.riffusion import riffusion_upload as _riffusion_upload

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
