# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""studio: its documented operations and the family, as data for the runtime.

Each :class:`~musicapi_client._operation.Operation` joins a documented operation (its request
model, fixed fields, rules and parameters) to the endpoint openapi-python-client emitted
for its path; the :class:`~musicapi_client._operation.Family` says how its tasks are polled
and read. Loaded when the family is first used (``operations.CATALOG.families``).
"""

from __future__ import annotations

from musicapi_client._operation import Family, Operation, Param

from .. import models
from .._http.api.studio import studio_create as _studio_create
from .._http.api.studio import studio_get as _studio_get

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
