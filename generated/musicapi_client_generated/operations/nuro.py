# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""nuro: its documented operations and the family, as data for the runtime.

Each :class:`~musicapi_client._operation.Operation` joins a documented operation (its request
model, fixed fields, rules and parameters) to the endpoint openapi-python-client emitted
for its path; the :class:`~musicapi_client._operation.Family` says how its tasks are polled
and read. Loaded when the family is first used (``operations.CATALOG.families``).
"""

from __future__ import annotations

from musicapi_client._operation import Family, Operation, Param

from .. import models
from .._http.api.nuro import nuro_create as _nuro_create
from .._http.api.nuro import nuro_get as _nuro_get

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
