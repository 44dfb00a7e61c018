# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""credits: its documented operations and the family, as data for the runtime.

Each :class:`~musicapi_client._operation.Operation` joins a documented operation (its request
model, fixed fields, rules and parameters) to the endpoint openapi-python-client emitted
for its path; the :class:`~musicapi_client._operation.Family` says how its tasks are polled
and read. Loaded when the family is first used (``operations.CATALOG.families``).
"""

from __future__ import annotations

from musicapi_client._operation import Family, Operation

from .. import models
from .._http.api.credits_ import credits_get as _credits_get

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
