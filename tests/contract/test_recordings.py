"""Contract tests: every recording conforms to the spec, and both layers handle it.

Each recording is (1) validated against the spec, (2) replayed through the generated layer
(the request builder makes the recorded request; the pydantic model parses the body without
loss) and (3) replayed through the public client, sync and async, which must send exactly
the recorded request and turn the answer into the expected result or error.
"""

from __future__ import annotations

import copy
import inspect
import json
import warnings
from typing import Any

import httpx2
import pytest
from pydantic import ValidationError

import musicapi_client
from musicapi_client.testing import FakeClock
from musicapi_client_generated.operations import OPERATIONS
from tests.fakes import resolve
from tools import coverage
from tools.recordings import (
    Recording,
    default_spec,
    load_all,
    nonconforming,
)

RECORDINGS = load_all()
IDS = [rec.name for rec in RECORDINGS]


def test_every_operation_has_recordings() -> None:
    by_op: dict[str, set[str]] = {}
    for rec in RECORDINGS:
        by_op.setdefault(rec.operation, set()).add(coverage._column(rec))
    missing = sorted(set(OPERATIONS) - set(by_op))
    assert not missing, f"operations without a recording: {missing}"
    for key, op in OPERATIONS.items():
        assert "done" in by_op[key], key
        if op.role == "poll":
            assert {"failed", "done"} <= by_op[key], key
            assert by_op[key] & {"not ready", "partial"}, key
    families_with_errors = {
        OPERATIONS[rec.operation].family for rec in RECORDINGS if rec.expect["result"] == "error"
    }
    assert families_with_errors == {op.family for op in OPERATIONS.values()}


def test_every_recording_conforms_to_the_spec() -> None:
    """When the spec changes, this lists every recording that no longer conforms."""
    report = nonconforming(default_spec(), RECORDINGS)
    assert not report, "recordings that do not conform to spec/musicapi.yaml:\n" + "\n".join(
        f"  {name}: {'; '.join(found)}" for name, found in sorted(report.items())
    )


def test_a_breaking_spec_change_is_caught_by_the_recordings() -> None:
    spec = copy.deepcopy(default_spec())
    schemas = spec["components"]["schemas"]
    schemas["SonicClip"]["properties"]["duration"] = {"type": "integer"}
    schemas["CreateTaskResponse"]["required"] = ["code", "task_id"]
    report = nonconforming(spec, RECORDINGS)
    assert "sonic/get__string_duration" in report
    assert "sonic/get__done" in report  # 152.3 is not an integer
    assert "riffusion/create__with_lyrics" in report  # no code field
    assert "credits/get__done" not in report


def test_coverage_table_is_up_to_date() -> None:
    assert coverage.TABLE.read_text(encoding="utf-8") == coverage.render(RECORDINGS), (
        "run `python -m tools.coverage`"
    )


def _response(rec: Recording) -> httpx2.Response:
    response = rec.response
    headers = dict(response["headers"])
    if "text" in response:
        return httpx2.Response(response["status"], text=response["text"], headers=headers)
    return httpx2.Response(
        response["status"], content=json.dumps(response["body"]).encode(), headers=headers
    )


@pytest.mark.parametrize("rec", RECORDINGS, ids=IDS)
def test_generated_layer_builds_the_request_and_parses_the_body(rec: Recording) -> None:
    op = OPERATIONS[rec.operation]
    request = rec.request
    path_params = {"task_id": request["path"].rsplit("/", 1)[1]} if op.role == "poll" else {}
    assert op.endpoint.method == request["method"]
    assert op.endpoint.url(**path_params) == request["path"]
    if op.request_model is not None:
        body = op.request_model.model_validate(request["body"])
        sent = body.__pydantic_serializer__.to_json(body, exclude_unset=True, by_alias=True)
        assert json.loads(sent) == request["body"]
    else:
        assert request["body"] is None
    if "body" not in rec.response:
        return
    candidates = op.endpoint.responses[rec.response["status"]]
    parsed = _first_valid(candidates, rec.response["body"])
    assert parsed.model_dump(mode="json", exclude_unset=True) == rec.response["body"]


def _first_valid(candidates: tuple[Any, ...], body: Any) -> Any:
    problems = []
    for model in candidates:
        try:
            return model.model_validate(body)
        except ValidationError as exc:
            problems.append(exc)
    raise AssertionError(f"no model of {candidates} accepts the body: {problems}")


def _call_arguments(
    method: Any, body: dict[str, Any] | None, path: str, role: str
) -> tuple[list[Any], dict[str, Any]]:
    if role == "poll":
        return [path.rsplit("/", 1)[1]], {}
    params = inspect.signature(method).parameters
    body = body or {}
    kwargs = {key: value for key, value in body.items() if key in params}
    extra = {key: value for key, value in body.items() if key not in params}
    if extra and "extra_body" in params:
        kwargs["extra_body"] = extra
    return [], kwargs


@pytest.mark.parametrize("rec", RECORDINGS, ids=IDS)
async def test_public_client_replays_the_recording(rec: Recording, mode: str) -> None:
    sent: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return _response(rec)

    transport = httpx2.MockTransport(handler)
    clock = FakeClock()  # free repeats of a "preparing" answer happen in simulated time
    client: Any = (
        musicapi_client.MusicAPI(
            api_key="k", max_retries=0, http_client=httpx2.Client(transport=transport), clock=clock
        )
        if mode == "sync"
        else musicapi_client.AsyncMusicAPI(
            api_key="k",
            max_retries=0,
            http_client=httpx2.AsyncClient(transport=transport),
            clock=clock,
        )
    )
    op = OPERATIONS[rec.operation]
    method = getattr(getattr(client, op.family), op.name)
    args, kwargs = _call_arguments(method, rec.request["body"], rec.request["path"], op.role)
    expect = rec.expect
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        if expect["result"] == "error":
            with pytest.raises(musicapi_client.APIStatusError) as info:
                await resolve(method(*args, **kwargs))
            assert type(info.value).__name__ == expect["error"]
            assert info.value.status_code == rec.response["status"]
            assert info.value.outcome_unknown == expect.get("outcome_unknown", False)
            result = None
        else:
            result = await resolve(method(*args, **kwargs))
    # One request, unless the operation asks again while the answer is "preparing".
    assert len(sent) == expect.get("requests", 1)
    assert (sent[0].method, sent[0].url.path) == (rec.request["method"], rec.request["path"])
    assert (json.loads(sent[0].content) if sent[0].content else None) == rec.request["body"]
    if expect["result"] == "created":
        assert result.task_id == rec.response["body"].get(
            "task_id", rec.response["body"].get("data")
        )
    elif expect["result"] == "task":
        assert result.status == expect["status"]
        assert result.raw.model_dump(mode="json", exclude_unset=True) == rec.response["body"]
    elif expect["result"] == "model":
        assert result.model_dump(mode="json", exclude_unset=True) == rec.response["body"]
