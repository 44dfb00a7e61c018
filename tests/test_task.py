"""The normalisers: every answer shape a poll can get, read into one :class:`Task`.

One row per shape (``x-task-shape`` in the spec picks the normaliser): the family, the
HTTP status, the body, and what the Task must say.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import musicapi_client
from musicapi_client._task import failed_task, parse_task

FAMILIES = musicapi_client.MusicAPI.catalog().families
CLIP = {"clip_id": "c1", "state": "succeeded", "audio_url": "https://cdn.example.com/c1.mp3"}
STREAMING = {"clip_id": "c2", "state": "streaming", "audio_url": "https://cdn.example.com/c2.mp3"}

# (case, family, http status, body) -> (status, raw_status, clip ids, error, progress);
# a clip list's raw_status is its clips' states, joined.
ROWS: list[tuple[str, str, int, Any, tuple[str, str, list[str], str | None, int | None]]] = [
    (
        "202 not ready",
        "sonic",
        202,
        {"type": "not_ready"},
        ("pending", "not_ready", [], None, None),
    ),
    ("202 empty body", "sonic", 202, None, ("pending", "not_ready", [], None, None)),
    (
        "sonic two clips done",
        "sonic",
        200,
        {"code": 200, "data": [CLIP, {**CLIP, "clip_id": "c3"}], "message": "success"},
        ("succeeded", "succeeded,succeeded", ["c1", "c3"], None, None),
    ),
    (
        "sonic one of two clips",
        "sonic",
        200,
        {"code": 200, "data": [CLIP], "message": "success"},
        ("running", "succeeded", ["c1"], None, None),
    ),
    (
        "sonic streaming",
        "sonic",
        200,
        {"code": 200, "data": [STREAMING, {**STREAMING, "clip_id": "c4"}]},
        ("running", "streaming,streaming", ["c2", "c4"], None, None),
    ),
    (
        "sonic upstream failure",
        "sonic",
        200,
        {"type": "failed", "error": "moderation"},
        ("failed", "failed", [], "moderation", None),
    ),
    (
        "riffusion clip with an unknown state",
        "riffusion",
        200,
        {"code": 200, "data": [{**CLIP, "state": "queued_for_mastering"}]},
        ("running", "queued_for_mastering", ["c1"], None, None),
    ),
    (
        "studio in progress",
        "studio",
        200,
        {
            "code": "success",
            "data": {"task_id": "t", "status": "IN_PROGRESS", "progress": "40%", "data": {}},
        },
        ("running", "IN_PROGRESS", [], None, 40),
    ),
    (
        "nuro running",
        "nuro",
        200,
        {"task_id": "t", "status": "running", "progress": 30},
        ("running", "running", [], None, 30),
    ),
    (
        "producer pending",
        "producer",
        200,
        {"code": 200, "message": "success", "status": "PENDING", "data": []},
        ("pending", "PENDING", [], None, None),
    ),
    (
        "producer failed",
        "producer",
        200,
        {"code": 200, "message": "Generation failed", "status": "FAILED", "data": []},
        ("failed", "FAILED", [], "Generation failed", None),
    ),
]


@pytest.mark.parametrize(
    ("case", "family", "status", "body", "expected"), ROWS, ids=[r[0] for r in ROWS]
)
def test_each_answer_shape_becomes_a_task(
    case: str, family: str, status: int, body: Any, expected: tuple[Any, ...]
) -> None:
    poll = FAMILIES[family].poll
    assert poll is not None
    content = b"" if body is None else json.dumps(body).encode()
    task = parse_task(FAMILIES[family], poll, "t", content, http_status=status, expected_clips=None)
    clips = [clip.clip_id for clip in task.clips]
    assert (task.status, task.raw_status, clips, task.error, task.progress) == expected
    assert (task.task_id, task.family, task.http_status) == ("t", family, status)


def test_a_200_that_no_model_reads_is_an_error_not_a_guess() -> None:
    poll = FAMILIES["sonic"].poll
    assert poll is not None
    with pytest.raises(ValueError):
        parse_task(FAMILIES["sonic"], poll, "t", b"[1, 2]", http_status=200, expected_clips=None)


@pytest.mark.parametrize(
    ("status", "body", "failed", "refunded"),
    [
        (504, {"type": "failed", "message": "Task failed, credits refunded"}, True, True),
        (504, {"message": "upstream failed", "already_refunded": False}, True, False),
        (504, "<html>gateway timeout</html>", False, None),
        (502, {"type": "failed"}, False, None),
    ],
)
def test_a_gateway_answer_that_says_the_task_failed_is_a_failed_task(
    status: int, body: Any, failed: bool, refunded: bool | None
) -> None:
    task = failed_task("sonic", "t", status, body)
    assert (task is not None) == failed
    if task is not None:
        assert (task.status, task.refunded) == ("failed", refunded)
