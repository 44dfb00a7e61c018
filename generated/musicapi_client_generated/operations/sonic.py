# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""sonic: its documented operations and the family, as data for the runtime.

Each :class:`~musicapi_client._operation.Operation` joins a documented operation (its request
model, fixed fields, rules and parameters) to the endpoint openapi-python-client emitted
for its path; the :class:`~musicapi_client._operation.Family` says how its tasks are polled
and read. Loaded when the family is first used (``operations.CATALOG.families``).
"""

from __future__ import annotations

from musicapi_client._operation import Family, Operation, Param, Rule

from .. import models
from .._http.api.sonic import sonic_aligned_lyrics as _sonic_aligned_lyrics
from .._http.api.sonic import sonic_bpm as _sonic_bpm
from .._http.api.sonic import sonic_create as _sonic_create
from .._http.api.sonic import sonic_create_persona as _sonic_create_persona
from .._http.api.sonic import sonic_create_voice as _sonic_create_voice
from .._http.api.sonic import sonic_download_links as _sonic_download_links
from .._http.api.sonic import sonic_get as _sonic_get
from .._http.api.sonic import sonic_mashup as _sonic_mashup
from .._http.api.sonic import sonic_midi as _sonic_midi
from .._http.api.sonic import sonic_replace_section as _sonic_replace_section
from .._http.api.sonic import sonic_sample as _sonic_sample
from .._http.api.sonic import sonic_stems_basic as _sonic_stems_basic
from .._http.api.sonic import sonic_stems_full as _sonic_stems_full
from .._http.api.sonic import sonic_upload as _sonic_upload
from .._http.api.sonic import sonic_upload_cover as _sonic_upload_cover
from .._http.api.sonic import sonic_upload_extend as _sonic_upload_extend
from .._http.api.sonic import sonic_upsample_tags as _sonic_upsample_tags
from .._http.api.sonic import sonic_vox as _sonic_vox
from .._http.api.sonic import sonic_wav as _sonic_wav

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
    agent_default=True,
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
    agent_default=True,
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
    agent_default=True,
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
    agent_default=True,
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
    agent_default=True,
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
    agent_default=True,
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
    agent_default=True,
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
