"""Building a request from an operation and the caller's arguments, and reading answers.

Building raises before anything is sent: the body is validated (see ``_validation``) and
serialised by pydantic straight to JSON bytes; the path comes from the endpoint's own
``Endpoint.url()`` (it quotes path parameters). Reading validates the answer's bytes
with the model the spec names for it.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx2

from musicapi_client._bounded import ACCEPT_ENCODING
from musicapi_client._config import shrink_timeout
from musicapi_client._errors import (
    DEPRECATION,
    InvalidRequestError,
    answer_error,
    shape_error,
    shorten,
)
from musicapi_client._legacy_httpx import stack_for
from musicapi_client._request_options import NO_OPTIONS, CallOptions, merge_headers
from musicapi_client._retry import parse_retry_after
from musicapi_client._task import Task, parse_task
from musicapi_client._validation import json_problem, validate_body

if TYPE_CHECKING:
    from collections.abc import Callable

    from musicapi_client._clock import Clock
    from musicapi_client._config import Settings
    from musicapi_client._operation import Family, Operation

JSON_CONTENT = "application/json"


class RequestHeaders(dict[str, str]):
    """The headers a client adds to every API request; their values never show in a repr."""

    def __repr__(self) -> str:
        return f"RequestHeaders({sorted(self)}, values hidden)"


@functools.lru_cache(maxsize=1024)
def parsed_url(url: str) -> httpx2.URL:
    """``httpx2.URL(url)``, remembered: parsing is a third of building a request, and a
    client sends to the same few URLs again and again (an endpoint, a task it polls).
    URLs are immutable, so sharing them is safe."""
    return httpx2.URL(url)


def request_headers(settings: Settings, http: httpx2.Client | httpx2.AsyncClient) -> RequestHeaders:
    """The headers every API request adds to the httpx2 client's own (computed once).

    The key always; the encodings the client can inflate with a ceiling (see _bounded)
    only when the httpx2 client does not already ask for exactly those. Fewer headers to
    merge per request is measurably faster.
    """
    headers = RequestHeaders(merge_headers({}, settings.default_headers))
    headers["Authorization"] = settings.auth_header
    if http.headers.get("accept-encoding") != ACCEPT_ENCODING and not any(
        key.lower() == "accept-encoding" for key in headers
    ):
        headers["Accept-Encoding"] = ACCEPT_ENCODING
    return headers


WEBHOOK_SECRET = "webhook_secret"  # noqa: S105 - a field name, not a secret
SECRETS = "musicapi_secrets"  # request extension: per-call secrets to mask in errors


def _build(
    http: httpx2.Client | httpx2.AsyncClient,
    settings: Settings,
    headers: dict[str, str],
    method: str,
    path: str,
    content: bytes | None,
    field: str,
    options: CallOptions,
) -> httpx2.Request:
    if content is not None:
        headers = {**headers, "Content-Type": JSON_CONTENT}
    if options.headers:
        headers = merge_headers(headers, options.headers)
    query = settings.default_query + options.query
    stack = stack_for(http)
    url = settings.base_url + path
    try:
        request = http.build_request(
            method,
            parsed_url(url) if stack.native else url,
            content=content,
            headers=headers,
            params=query or None,
        )
    except (stack.invalid_url, ValueError, TypeError) as exc:
        raise InvalidRequestError(
            f"the request cannot be built: {type(exc).__name__}: {shorten(str(exc), 200)}",
            field=field,
        ) from None
    timeout = options.timeout or settings.request_timeout
    if timeout is not None:
        request.extensions["timeout"] = timeout.as_dict()
    return request


def _warn_if_deprecated(op: Operation, stacklevel: int) -> None:
    """Warn at the caller's line (``stacklevel`` frames up) when MusicAPI retired ``op``."""
    if op.deprecated:
        warnings.warn(
            f"{op.key}: {op.deprecation or 'MusicAPI deprecated this operation.'}",
            DeprecationWarning,
            stacklevel=stacklevel,
        )


def _note_deprecation(request: httpx2.Request, op: Operation) -> None:
    """Carry what replaces a retired operation, for the message of its 410."""
    if op.deprecated:
        request.extensions[DEPRECATION] = op.deprecation


def _warn_if_retired(op: Operation, params: dict[str, Any], stacklevel: int) -> None:
    """A known value MusicAPI retired (a sonic model id v6 now renders) is sent as given,
    with a DeprecationWarning at the caller's line."""
    for param in op.params:
        if param.retired and params.get(param.name) in param.retired:
            warnings.warn(
                f"{op.key}: {param.name}={params[param.name]!r} is {param.retired_note}",
                DeprecationWarning,
                stacklevel=stacklevel,
            )


def call_request(
    http: httpx2.Client | httpx2.AsyncClient,
    settings: Settings,
    headers: dict[str, str],
    op: Operation,
    params: dict[str, Any] | None,
    extra: object,
    options: CallOptions = NO_OPTIONS,
) -> httpx2.Request:
    """The request for a create or call operation; InvalidRequestError if the input is bad."""
    # frames: here, the client's _request, _create_task/_call_operation, the resource's
    # _create/_call, the generated method, the caller
    _warn_if_deprecated(op, stacklevel=7)
    _warn_if_retired(op, params or {}, stacklevel=7)
    params = _with_webhook_secret(op, settings, params or {}, extra)
    content = validate_body(op, params, extra) if op.request_model is not None else None
    request = _build(
        http, settings, headers, op.endpoint.method, op.endpoint.url(), content, "body", options
    )
    secrets = [params.get(WEBHOOK_SECRET), isinstance(extra, dict) and extra.get(WEBHOOK_SECRET)]
    request.extensions[SECRETS] = tuple(s for s in secrets if isinstance(s, str) and s)
    _note_deprecation(request, op)
    return request


def _with_webhook_secret(
    op: Operation, settings: Settings, params: dict[str, Any], extra: object
) -> dict[str, Any]:
    """A create that names a webhook_url but no secret is signed with the client's one.

    Without it MusicAPI signs with a default secret of its own, which the receiver cannot
    verify; with it, ``client.webhooks.unwrap`` (and the hubs) verify out of the box.
    """
    given = params.get(WEBHOOK_SECRET) or (isinstance(extra, dict) and extra.get(WEBHOOK_SECRET))
    wants = params.get("webhook_url") or (isinstance(extra, dict) and extra.get("webhook_url"))
    if wants and not given and settings.webhook_secret and _accepts(op, WEBHOOK_SECRET):
        return {**params, WEBHOOK_SECRET: settings.webhook_secret}
    return params


def _accepts(op: Operation, name: str) -> bool:
    return any(param.name == name for param in op.params)


def request_secrets(request: httpx2.Request, settings: Settings) -> tuple[str, ...]:
    """What to mask in errors about ``request``: the client's secrets and the call's own."""
    extra: tuple[str, ...] = request.extensions.get(SECRETS, ())
    return settings.secrets + extra if extra else settings.secrets


def poll_request(
    http: httpx2.Client | httpx2.AsyncClient,
    settings: Settings,
    headers: dict[str, str],
    op: Operation,
    task_id: str,
    remaining: float | None,
    options: CallOptions = NO_OPTIONS,
) -> httpx2.Request:
    """The GET for a task; inside ``wait()`` its timeout never outlives the deadline."""
    # frames: here, the client's _poll_task, the resource's _get_task, the generated get, the caller
    _warn_if_deprecated(op, stacklevel=6)
    path = op.endpoint.url(task_id=task_id)
    request = _build(http, settings, headers, op.endpoint.method, path, None, "task_id", options)
    _note_deprecation(request, op)
    if remaining is not None:
        base = options.timeout or settings.request_timeout or http.timeout
        request.extensions["timeout"] = shrink_timeout(base, remaining)
    return request


def parse_model(op: Operation, response: httpx2.Response) -> Any:
    """Validate a success body, straight from its bytes, with the model its status names.

    The endpoint's responses say which models each 2xx status carries (a 202 "not ready"
    is a TaskNotReady); the operation's response model is the fallback.
    """
    candidates = op.endpoint.responses.get(response.status_code) or (op.response_model,)
    first: Exception | None = None
    for model in candidates:
        if model is None:
            continue
        try:
            return model.model_validate_json(response.content)
        except ValueError as exc:  # pydantic's ValidationError; not imported on the hot path
            first = first or exc
    assert first is not None
    raise shape_error(op.key, response, first) from None


def preparing(op: Operation, result: Any) -> bool:
    """True when ``result`` is the endpoint's 202 answer ("still preparing")."""
    return type(result) in op.endpoint.responses.get(202, ())


class Repeating:
    """Asking a call again while its answer is "still preparing", within a time limit.

    Only operations whose repeats are documented as free have ``repeat_while_preparing``
    (every, within); for the others :meth:`delay` is always None.
    """

    def __init__(self, op: Operation, clock: Clock) -> None:
        self.op = op
        self.clock = clock
        self.every, within = op.repeat_while_preparing or (0.0, 0.0)
        self.deadline = clock.monotonic() + within

    def delay(self, result: Any) -> float | None:
        """Seconds to wait before asking again, or None to return ``result`` as it is."""
        if self.op.repeat_while_preparing is None or not preparing(self.op, result):
            return None
        if self.clock.monotonic() + self.every > self.deadline:
            return None
        return self.every


def created_fields(op: Operation, response: httpx2.Response) -> dict[str, Any]:
    """The TaskCreated fields of a create answer."""
    model = parse_model(op, response)
    assert op.task_id_field is not None
    task_id = getattr(model, op.task_id_field, None)
    if not isinstance(task_id, str) or not task_id.strip():
        raise answer_error(f"{op.key}: the answer has no task id", response)
    return {
        "task_id": task_id,
        "family": op.family,
        "operation": op.key,
        "expected_clips": op.expected_clips,
        "message": getattr(model, "message", None),
        "raw": model,
    }


def retry_after(response: httpx2.Response) -> float | None:
    """The server's poll hint on a task response, if any."""
    return parse_retry_after(response.headers) if "retry-after" in response.headers else None


def task_parser(
    family: Family, op: Operation, task_id: str, expected: int | None
) -> Callable[[httpx2.Response], Task]:
    """Reads a poll's answer into a :class:`Task` (a shape no model knows: APIStatusError)."""

    def parse(response: httpx2.Response) -> Task:
        try:
            return parse_task(
                family,
                op,
                task_id,
                response.content,
                http_status=response.status_code,
                expected_clips=expected,
                retry_after=retry_after(response),
            )
        except (ValueError, LookupError) as exc:  # pydantic's ValidationError; no model
            raise shape_error(op.key, response, exc) from None

    return parse


def created_parser(op: Operation) -> Callable[[httpx2.Response], dict[str, Any]]:
    """Reads a create's answer into the fields of a TaskCreated."""
    return lambda response: created_fields(op, response)


def model_parser(op: Operation) -> Callable[[httpx2.Response], Any]:
    """Reads a call's answer into the model the spec names for it."""
    return lambda response: parse_model(op, response)


# ---------------------------------------------------------------- what the spec lacks


class JSONObject(dict[str, Any]):
    """A JSON object an answer held (``client.get`` / ``client.post`` with the default
    ``cast_to``); ``_request_id`` is the answer's request id, as on every result."""

    _request_id: str | None = None


def check_path(path: object) -> str:
    """A path under the client's base URL (``/api/v1/...``): never a URL of another host,
    which would carry the key there."""
    if (
        not isinstance(path, str)
        or not path.startswith("/")
        or path.startswith("//")
        or "://" in path
        or any(ch.isspace() or ord(ch) < 32 for ch in path)
    ):
        raise InvalidRequestError(
            f"path must be a path on the API's host, such as '/api/v1/sonic/new', got {path!r}",
            field="path",
        )
    return path


def check_cast(cast_to: object) -> Callable[[httpx2.Response], Any]:
    """What reads an answer into ``cast_to``: dict (a JSON object), str, bytes, or a
    pydantic model class (unknown fields kept as its config says)."""
    if cast_to is dict:
        return _json_object
    if cast_to is str:
        return lambda response: response.text
    if cast_to is bytes:
        return lambda response: response.content
    if isinstance(cast_to, type) and hasattr(cast_to, "model_validate_json"):
        model: Any = cast_to
        return lambda response: _as_model(model, response)
    raise InvalidRequestError(
        f"cast_to must be dict, str, bytes or a pydantic model class, not {cast_to!r}",
        field="cast_to",
    )


def _json_object(response: httpx2.Response) -> JSONObject:
    import json

    try:
        value = json.loads(response.content)
    except ValueError as exc:
        raise shape_error("custom call", response, exc) from None
    if not isinstance(value, dict):
        raise answer_error(
            f"the answer is JSON but not an object ({type(value).__name__}); "
            "cast_to=str or bytes reads it as it is",
            response,
        )
    return JSONObject(value)


def _as_model(model: Any, response: httpx2.Response) -> Any:
    try:
        return model.model_validate_json(response.content)
    except ValueError as exc:  # pydantic's ValidationError
        raise shape_error(model.__name__, response, exc) from None


def json_body(body: object) -> bytes | None:
    """``body`` as JSON bytes (None: no body); InvalidRequestError if it is not plain JSON."""
    import json

    if body is None:
        return None
    if not isinstance(body, Mapping):
        raise InvalidRequestError(
            f"body must be a dict (a JSON object), not {type(body).__name__}", field="body"
        )
    body = dict(body)
    if (problem := json_problem(body, "body")) is not None:
        raise InvalidRequestError(f"{problem[0]}: {problem[1]}", field=problem[0])
    return json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")


def custom_request(
    http: httpx2.Client | httpx2.AsyncClient,
    settings: Settings,
    headers: dict[str, str],
    method: Literal["GET", "POST"],
    path: str,
    content: bytes | None,
    options: CallOptions,
) -> httpx2.Request:
    """The request of a call the spec does not describe (checked by the caller)."""
    return _build(http, settings, headers, method, path, content, "path", options)
