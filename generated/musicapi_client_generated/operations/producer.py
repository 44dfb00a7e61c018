# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""producer: its documented operations and the family, as data for the runtime.

Each :class:`~musicapi_client._operation.Operation` joins a documented operation (its request
model, fixed fields, rules and parameters) to the endpoint openapi-python-client emitted
for its path; the :class:`~musicapi_client._operation.Family` says how its tasks are polled
and read. Loaded when the family is first used (``operations.CATALOG.families``).
"""

from __future__ import annotations

from musicapi_client._operation import Family, Operation, Param

from .. import models
from .._http.api.producer import producer_create as _producer_create
from .._http.api.producer import producer_create_lyrics as _producer_create_lyrics
from .._http.api.producer import producer_download as _producer_download
from .._http.api.producer import producer_get as _producer_get
from .._http.api.producer import producer_upload as _producer_upload
from .._http.api.producer import producer_video_clip as _producer_video_clip

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
    agent_default=True,
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
    agent_default=True,
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
    agent_default=True,
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
