"""OpenTelemetry spans for SDK calls, when the application traces (the ``[otel]`` extra).

One span per call (a create, a poll, a call, a wait, a download, a batch job); when a call
took more than one HTTP attempt, its attempts and the waits before retries are events on
it. Attributes say what was asked and what came of it: the operation, family, task id,
HTTP status, ``outcome_unknown``, the credit estimate. Never the key, a secret, a header
or a body.

Off unless the application set a tracer provider: nothing imports opentelemetry here, so
a process that never imported it pays one dictionary lookup per call.

Tracing never changes what a call returns: a provider, processor or exporter that raises
(starting a span, ending it, adding an event) is logged once and the call goes on as if
untraced. A create the server accepted is never turned into an instrumentation error.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from musicapi_client._version import __version__

if TYPE_CHECKING:
    from collections.abc import Iterator

    from opentelemetry.trace import Span, Tracer

LOG = logging.getLogger("musicapi_client")
INSTRUMENTATION = "musicapi_client"
Attributes = dict[str, str | int | float | bool]
STATUS = "http.response.status_code"
# The span of the SDK call this context is inside, so attempts can be noted on it.
_CURRENT: ContextVar[_Call | None] = ContextVar("musicapi_span", default=None)


class _Call:
    """The current SDK call's span, the attributes it ends with, its last HTTP status."""

    __slots__ = ("attributes", "span", "status")

    def __init__(self, span: Span, attributes: Attributes | None) -> None:
        self.span = span
        self.attributes = attributes
        self.status: int | None = None


# The tracer of the provider last seen (held, so its identity stays its own).
_tracer_of: list[tuple[Any, Tracer] | None] = [None]


def _tracer() -> Tracer | None:
    """The application's tracer, or None when it set no tracer provider (or it failed)."""
    trace: Any = sys.modules.get("opentelemetry.trace")
    if trace is None:
        return None
    try:
        provider = trace.get_tracer_provider()
        if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
            return None
        cached = _tracer_of[0]
        if cached is not None and cached[0] is provider:
            return cached[1]
        tracer: Tracer = provider.get_tracer(INSTRUMENTATION, __version__)
    except Exception as exc:  # the application's provider: never the call's problem
        broken(exc, "get_tracer")
        return None
    _tracer_of[0] = (provider, tracer)
    return tracer


# Whether an instrumentation failure was logged already (once per process).
_reported: list[bool] = [False]


def broken(exc: Exception, where: str) -> None:
    """Note that tracing failed (``where``): a warning the first time, debug after."""
    level = logging.DEBUG if _reported[0] else logging.WARNING
    _reported[0] = True
    LOG.log(
        level,
        "tracing failed in %s (%s); the SDK's calls go on untraced where it fails "
        "(further failures are logged at debug level)",
        where,
        type(exc).__name__,
    )


class _API:
    """The opentelemetry-api names used per call, imported once (not per call)."""

    def __init__(self) -> None:
        from opentelemetry import context, trace
        from opentelemetry.trace import SpanKind, Status, StatusCode

        self.context = context
        self.trace = trace
        self.SpanKind = SpanKind
        self.Status = Status
        self.StatusCode = StatusCode


_loaded: list[_API] = []


def _api() -> _API:
    if not _loaded:
        _loaded.append(_API())
    return _loaded[0]


def tracer() -> Tracer | None:
    """The application's tracer, or None when it does not trace (cheap: call per call)."""
    return _tracer()


def start(name: str, attributes: Attributes | None, tracer: Tracer | None = None) -> Span | None:
    """Start an SDK call's span (a child of the current one), or None when not tracing
    (or when the tracer failed to start one)."""
    tracer = tracer or _tracer()
    if tracer is None:
        return None
    try:
        return tracer.start_span(name, kind=_api().SpanKind.CLIENT, attributes=attributes)
    except Exception as exc:
        broken(exc, "start_span")
        return None


Entered = tuple[_Call, object, object]


def enter(span: Span, attributes: Attributes | None = None) -> Entered | None:
    """Make ``span`` current (for OpenTelemetry and :func:`attempt`) until :func:`leave`,
    which sets ``attributes`` (one call into the SDK per span is cheaper than two).
    None (the span ended) when OpenTelemetry cannot make it current."""
    call = _Call(span, attributes)
    try:
        otel = _api()
        otel_token = otel.context.attach(otel.trace.set_span_in_context(span))
    except Exception as exc:
        broken(exc, "context.attach")
        _end(span)
        return None
    return call, otel_token, _CURRENT.set(call)


def leave(entered: Entered, exc: BaseException | None, attributes: Attributes | None) -> None:
    """End the span :func:`enter` made current: failed with ``exc``, or with ``attributes``
    (and the last attempt's HTTP status), set in one go. Never raises."""
    call, otel_token, token = entered
    try:
        _CURRENT.reset(token)  # type: ignore[arg-type]
        _api().context.detach(otel_token)
    except Exception as error:
        broken(error, "context.detach")
    merged = {**call.attributes} if call.attributes else {}
    if attributes:
        merged.update(attributes)
    if call.status is not None:
        merged[STATUS] = call.status
    try:
        if merged:
            call.span.set_attributes(merged)
        if exc is not None:
            failed(call.span, exc)
    except Exception as error:
        broken(error, "set_attributes")
    _end(call.span)


def _end(span: Span) -> None:
    try:
        span.end()
    except Exception as exc:  # a span processor's on_end, or its exporter
        broken(exc, "span.end")


def result_attributes(result: object) -> Attributes:
    """What a result tells a span: the task id of a create, the status of a poll."""
    if isinstance(result, dict) and isinstance(result.get("task_id"), str):
        return {"musicapi.task_id": result["task_id"]}
    status = getattr(result, "status", None)  # a poll's Task (its id is on the span)
    return {"musicapi.task_status": status} if isinstance(status, str) else {}


@contextlib.contextmanager
def active(span: Span | None) -> Iterator[Span | None]:
    """``span`` current for a block (see :func:`enter`), ended on exit; None: a no-op."""
    entered = None if span is None else enter(span)
    if entered is None:
        yield None
        return
    try:
        yield span
    except BaseException as exc:
        leave(entered, exc, None)
        raise
    leave(entered, None, None)


@contextlib.contextmanager
def span(name: str, attributes: Attributes) -> Iterator[Span | None]:
    """A span around a block (waits, downloads, batch jobs); a no-op when not tracing."""
    with active(start(name, attributes)) as current:
        yield current


def attempt(number: int, outcome: int | str) -> None:
    """Note an HTTP attempt (its status, or the error's type) on the current SDK call.

    A call answered on its first attempt gets no event (the span is that attempt; its
    status is an attribute): events appear when there was more than one.
    """
    call = _CURRENT.get()
    if call is None:
        return
    if isinstance(outcome, int):
        call.status = outcome  # the last attempt's answer, set when the span ends
        if number == 0 and 200 <= outcome < 300:
            return
        _event(call.span, "musicapi.attempt", {"attempt": number, STATUS: outcome})
    else:
        _event(call.span, "musicapi.attempt", {"attempt": number, "error.type": outcome})


def retry(number: int, delay: float) -> None:
    """Note that attempt ``number`` follows after ``delay`` seconds."""
    call = _CURRENT.get()
    if call is not None:
        _event(call.span, "musicapi.retry", {"attempt": number, "delay_s": delay})


def _event(current: Span, name: str, attributes: Attributes) -> None:
    try:
        current.add_event(name, attributes)
    except Exception as exc:
        broken(exc, "add_event")


def annotate(current: Span | None, attributes: Attributes) -> None:
    """Add what the answer told (task id, status) to ``current``, if traced."""
    if current is None:
        return
    try:
        current.set_attributes(attributes)
    except Exception as exc:
        broken(exc, "set_attributes")


def failed(current: Span, exc: BaseException) -> None:
    """Mark ``current`` failed with the error's type and what the SDK knows of it."""
    otel = _api()
    attributes: Attributes = {"error.type": type(exc).__name__}
    for name in ("status_code", "outcome_unknown", "task_id"):
        value = getattr(exc, name, None)
        if isinstance(value, str | int | float | bool):
            key = STATUS if name == "status_code" else f"musicapi.{name}"
            attributes[key] = value
    current.set_attributes(attributes)
    # The type only: an error's message may quote the server, which may quote the input.
    current.set_status(otel.Status(otel.StatusCode.ERROR, type(exc).__name__))
