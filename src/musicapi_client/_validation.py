"""Checking a request body against the spec before it is sent.

Everything the caller passes must first be plain JSON (:func:`json_problem`): no NaN or
infinity (pydantic would quietly send ``null``), no text that UTF-8 cannot carry (a lone
surrogate), no objects JSON has no word for, ``extra_body`` a dict, booleans real bools
(``"true"`` would slip past the rules below and be coerced by pydantic). Then the generated
pydantic model checks types, enums, bounds and required fields, and the operation's rules
(the spec's if/then, e.g. "prompt is required when custom_mode is true") are checked on
top. Every failure is an :class:`InvalidRequestError` naming the field; nothing is sent.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard

from musicapi_client._errors import InvalidRequestError

if TYPE_CHECKING:
    from musicapi_client._operation import Operation
    from musicapi_client._task import Until


MAX_DEPTH = 64


def is_finite_number(value: object) -> TypeGuard[int | float]:
    """True for an int or float that is finite; False for bools (``True`` is no duration),
    NaN, infinities and anything else. Options and arguments that are amounts check this."""
    return not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)


# A task id becomes one path segment: nothing that could leave it (``/``, ``\\``, ``.``
# and ``..``) or end it early (``?``, ``#``), no ``%`` (no pre-encoded escapes), no
# whitespace or control characters. Real ids are UUIDs; anything else is caller error.
_ID_FORBIDDEN = re.compile(r"[\s/\\?#%]")
_ID_PLAIN = re.compile(r"[A-Za-z0-9_-]{1,200}")


def check_task_id(task_id: object) -> str:
    """``task_id`` stripped, or InvalidRequestError if it could leave its path segment."""
    if isinstance(task_id, str) and _ID_PLAIN.fullmatch(task_id):
        return task_id  # the usual UUID: nothing to strip or refuse
    cleaned = task_id.strip() if isinstance(task_id, str) else ""
    if (
        not cleaned
        or cleaned in {".", ".."}
        or len(cleaned) > 200
        or not cleaned.isprintable()
        or _ID_FORBIDDEN.search(cleaned)
    ):
        shown = repr(task_id)[:60] if isinstance(task_id, str) else type(task_id).__name__
        raise InvalidRequestError(
            f"task_id must be an id such as the one a create returned, got {shown}",
            field="task_id",
        )
    return cleaned


def check_timeout(timeout: object) -> float:
    """A wait's ``timeout``: a finite number of seconds above 0."""
    if not is_finite_number(timeout) or timeout <= 0:
        raise InvalidRequestError(
            f"timeout must be a finite number of seconds > 0, got {timeout!r}", field="timeout"
        )
    return float(timeout)


def check_until(until: object) -> Until:
    """A wait's ``until``: ``"complete"`` or ``"streaming"``."""
    if until not in ("complete", "streaming"):
        raise InvalidRequestError(
            f"until must be 'complete' or 'streaming', got {until!r}", field="until"
        )
    return until


def json_problem(value: Any, where: str, depth: int = 0) -> tuple[str, str] | None:
    """``(field, reason)`` for the first part of ``value`` that is not plain JSON, else None."""
    if value is None or isinstance(value, bool | int):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else (where, f"{value} is not a JSON number")
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return where, "the text cannot be encoded as UTF-8 (a lone surrogate?)"
        return None
    if depth >= MAX_DEPTH:
        return where, f"nested deeper than {MAX_DEPTH} levels"
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                return where, f"object keys must be strings, not {type(key).__name__}"
            if (problem := json_problem(key, f"{where}.{key}", depth + 1)) is not None:
                return problem
            if (problem := json_problem(item, f"{where}.{key}", depth + 1)) is not None:
                return problem
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            if (problem := json_problem(item, f"{where}.{index}", depth + 1)) is not None:
                return problem
        return None
    if hasattr(value, "model_dump"):  # a generated model passed for a nested field
        return json_problem(value.model_dump(mode="python"), where, depth + 1)
    return where, f"a {type(value).__name__} is not JSON"


def check_json(op_key: str, params: Mapping[str, Any], extra: object) -> None:
    """InvalidRequestError unless the arguments and ``extra_body`` are plain JSON."""
    if extra is not None and not isinstance(extra, Mapping):
        raise InvalidRequestError(
            f"{op_key}: extra_body must be a dict, not {type(extra).__name__}", field="extra_body"
        )
    for name, value in params.items():
        if (problem := json_problem(value, name)) is not None:
            raise InvalidRequestError(f"{op_key}: {problem[0]}: {problem[1]}", field=problem[0])
    if extra and (problem := json_problem(extra, "extra_body")) is not None:
        raise InvalidRequestError(f"{op_key}: {problem[0]}: {problem[1]}", field=problem[0])


# pydantic names the member of a union a value failed against in the error's location
# (``mv.literal['a','b']``, ``mv.str``): those are not fields, so they are left out.
_UNION_TAGS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "none"})


def _describe(error: dict[str, Any]) -> tuple[str, str]:
    parts = [
        str(part)
        for part in error["loc"]
        if not (isinstance(part, str) and ("[" in part or part in _UNION_TAGS))
    ]
    where = ".".join(parts) or "body"
    pattern = str((error.get("ctx") or {}).get("pattern", ""))
    if error.get("type") == "string_pattern_mismatch" and pattern.startswith("^https?://"):
        shown = repr(error.get("input"))[:80]
        return where, f"{where}: must be an absolute http(s) URL with a host name, got {shown}"
    return where, f"{where}: {error['msg']}"


def validate_body(op: Operation, params: dict[str, Any], extra: object) -> bytes:
    """The JSON body for ``op``, or InvalidRequestError naming the first bad field.

    The typed arguments and the operation's fixed fields (a variant's ``task_type``) are
    validated with the generated model and serialised by pydantic. ``extra_body`` is
    checked only to be plain JSON and then merged in as given, over the rest: it is the
    escape hatch for anything the spec does not know yet (a new model version, task type
    or field), so no spec rule can block it.
    """
    assert op.request_model is not None
    given = {key: value for key, value in params.items() if value is not None}
    check_json(op.key, given, extra)
    for param in op.params:  # before the rules, which compare with True and False
        if (
            param.kind == "bool"
            and not param.many
            and not isinstance(given.get(param.name, False), bool)
        ):
            raise InvalidRequestError(
                f"{op.key}: {param.name} must be true or false (a bool), got {given[param.name]!r}",
                field=param.name,
            )
    for name, value in op.fixed.items():
        given.setdefault(name, value)
    extra_body = dict(extra) if isinstance(extra, Mapping) else {}
    seen = {**given, **extra_body}
    for rule in op.rules:
        needed = rule.then_required if seen.get(rule.field) == rule.equals else rule.else_required
        for name in needed:
            if seen.get(name) in (None, ""):
                state = "is" if seen.get(rule.field) == rule.equals else "is not"
                raise InvalidRequestError(
                    f"{op.key}: {name} is required when {rule.field} {state} {rule.equals!r}",
                    field=name,
                )
    try:
        model = op.request_model.model_validate(given)
    except ValueError as exc:  # pydantic's ValidationError, not imported on the hot path
        from pydantic import ValidationError

        if not isinstance(exc, ValidationError):
            raise
        problems = [_describe(dict(e)) for e in exc.errors()]
        field, _ = problems[0]
        detail = "; ".join(dict.fromkeys(text for _, text in problems))
        raise InvalidRequestError(f"{op.key}: {detail}", field=field) from None
    if not extra_body:
        body: bytes = model.__pydantic_serializer__.to_json(
            model, exclude_unset=True, by_alias=True
        )
        return body
    merged = model.model_dump(mode="json", exclude_unset=True, by_alias=True)
    merged.update(extra_body)
    return json.dumps(merged, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
