"""Checking a request body against the spec before it is sent.

The generated pydantic model checks types, enums, bounds and required fields; the
operation's rules (the spec's if/then, e.g. "prompt is required when custom_mode is
true") are checked on top. Failures become :class:`InvalidRequestError` naming the field.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from musicapi._errors import InvalidRequestError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from musicapi_generated.operations import Operation


@functools.cache
def model_class(name: str) -> type[BaseModel]:
    """A generated pydantic model by name (imports the models module on first use)."""
    from musicapi_generated import models

    cls: type[BaseModel] = getattr(models, name)
    return cls


def _describe(error: dict[str, Any]) -> tuple[str, str]:
    where = ".".join(str(part) for part in error["loc"]) or "body"
    return where, f"{where}: {error['msg']}"


def validate_body(
    op: Operation, params: dict[str, Any], extra: dict[str, Any] | None
) -> dict[str, Any]:
    """The JSON body for ``op``, or InvalidRequestError naming the first bad field."""
    assert op.request_model is not None
    given = {key: value for key, value in params.items() if value is not None}
    if extra:
        given.update(extra)
    for rule in op.rules:
        needed = rule.then_required if given.get(rule.field) == rule.equals else rule.else_required
        for name in needed:
            if given.get(name) in (None, ""):
                state = "is" if given.get(rule.field) == rule.equals else "is not"
                raise InvalidRequestError(
                    f"{op.key}: {name} is required when {rule.field} {state} {rule.equals!r}",
                    field=name,
                )
    try:
        model = model_class(op.request_model).model_validate(given)
    except ValueError as exc:  # pydantic's ValidationError, not imported on the hot path
        from pydantic import ValidationError

        if not isinstance(exc, ValidationError):
            raise
        problems = [_describe(dict(e)) for e in exc.errors()]
        field, _ = problems[0]
        detail = "; ".join(text for _, text in problems)
        raise InvalidRequestError(f"{op.key}: {detail}", field=field) from None
    body: dict[str, Any] = model.model_dump(mode="json", exclude_unset=True, by_alias=True)
    return body
