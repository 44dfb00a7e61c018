# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""lyrics: its documented operations and the family, as data for the runtime.

Each :class:`~musicapi_client._operation.Operation` joins a documented operation (its request
model, fixed fields, rules and parameters) to the endpoint openapi-python-client emitted
for its path; the :class:`~musicapi_client._operation.Family` says how its tasks are polled
and read. Loaded when the family is first used (``operations.CATALOG.families``).
"""

from __future__ import annotations

from musicapi_client._operation import Family, Operation, Param

from .. import models
from .._http.api.lyrics import lyrics_create as _lyrics_create

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
