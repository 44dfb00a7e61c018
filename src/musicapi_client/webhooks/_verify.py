"""Verifying and reading MusicAPI's webhook deliveries.

MusicAPI posts a task's events to the ``webhook_url`` of its create call, signed with its
``webhook_secret``::

    X-Webhook-Id: <event id>            (also sent as Idempotency-Key)
    X-Webhook-Event: song.completed | song.failed | ...
    X-Webhook-Timestamp: <unix seconds>
    X-Webhook-Signature: sha256=<hex of HMAC-SHA256(secret, "<timestamp>.<raw body>")>

:func:`unwrap` checks all of it on the raw body (before any JSON parsing), in constant
time, and returns a :class:`WebhookEvent` whose ``task`` is the same normalised
:class:`~musicapi_client.Task` a poll gives. Anything wrong raises
:class:`~musicapi_client.WebhookVerificationError` with ``.reason`` saying which check
failed; the secret never appears in it. An older docs site describes a legacy scheme
(``X-Signature`` = HMAC-SHA256 of the raw body alone): accepted only with
``allow_legacy=True``, because without a timestamp a captured delivery can be replayed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

from musicapi_client._errors import WebhookVerificationError
from musicapi_client._validation import is_finite_number

if TYPE_CHECKING:
    from email.message import Message

    from musicapi_client._operation import Catalog
    from musicapi_client._task import Task

# Any mapping, (name, value) pairs, or the standard library's header object (http.server).
Headers: TypeAlias = "Mapping[str, str] | Iterable[tuple[str, str]] | Message[str, str]"
DEFAULT_TOLERANCE = 300.0
MAX_PAYLOAD_BYTES = 1024 * 1024
_SIGNATURE = re.compile(r"sha256=([0-9a-fA-F]{64})")
_UNIX_SECONDS = re.compile(r"[0-9]{1,12}")  # ASCII digits only: str.isdigit() takes "²³"
_CHECKED = ("x-webhook-signature", "x-webhook-timestamp", "x-webhook-id", "x-signature")
_PRODUCER_STATUS = frozenset({"PENDING", "RUNNING", "SUCCESS", "FAILED"})


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """One verified delivery: its id and type, when it was signed, and the task it reports."""

    id: str | None
    type: str | None
    timestamp: int | None
    task: Task
    raw: dict[str, Any] = field(repr=False)
    legacy: bool = False


def _header_map(headers: Headers) -> dict[str, str]:
    """Lower-cased headers; a security header given twice is refused (which one to trust?).

    Takes any mapping, (name, value) pairs, or the header objects of httpx2, starlette,
    werkzeug and the standard library (``http.server``), keeping repeated headers. Byte
    names and values are read as latin-1, as HTTP carries them. Anything else is refused
    as ``unreadable-headers``.
    """
    try:
        pairs = _pairs(headers)
    except Exception:  # None, an int, an object whose iteration fails
        raise WebhookVerificationError(
            f"headers must be a mapping or (name, value) pairs, not {type(headers).__name__}",
            "unreadable-headers",
        ) from None
    found: dict[str, str] = {}
    for name, value in pairs:
        key = _text(name).lower()
        if key in found and key in _CHECKED:
            raise WebhookVerificationError(f"the {key} header is given twice", "duplicated-header")
        found[key] = _text(value).strip()
    return found


def _pairs(headers: Any) -> list[tuple[Any, Any]]:
    pairs: list[Any]
    if hasattr(headers, "multi_items"):  # httpx2.Headers keeps repeated headers
        pairs = list(headers.multi_items())
    elif hasattr(headers, "getlist") and hasattr(headers, "keys"):  # starlette, werkzeug
        pairs = [(k, v) for k in set(headers.keys()) for v in headers.getlist(k)]
    elif isinstance(headers, Mapping) or hasattr(headers, "get_all"):  # + http.server's
        pairs = list(headers.items())
    else:
        pairs = list(headers)
    if not all(isinstance(pair, tuple | list) and len(pair) == 2 for pair in pairs):
        raise TypeError("not (name, value) pairs")
    return [(name, value) for name, value in pairs]


def _text(value: object) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _raw(payload: object, limit: int) -> bytes:
    """The raw body as bytes, refused before anything is copied when it cannot be one."""
    if isinstance(payload, str):
        if len(payload) > limit:  # every character is at least one byte
            raise WebhookVerificationError(
                f"the payload has over {limit} bytes", "payload-too-large"
            )
        try:
            raw = payload.encode("utf-8")
        except UnicodeEncodeError:
            raise WebhookVerificationError(
                "the payload text cannot be UTF-8 (a lone surrogate): pass the raw bytes",
                "unreadable-payload",
            ) from None
    elif isinstance(payload, bytes | bytearray | memoryview):
        raw = bytes(payload)
    else:  # bytes(10**9) would allocate a gigabyte of zeros
        raise WebhookVerificationError(
            f"the payload must be the raw body (bytes or str), not {type(payload).__name__}",
            "unreadable-payload",
        )
    if len(raw) > limit:
        raise WebhookVerificationError(
            f"the payload has {len(raw)} bytes, more than {limit}", "payload-too-large"
        )
    return raw


def _expect(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def _verify_signed(
    found: dict[str, str], raw: bytes, secret: str, tolerance: float, now: float
) -> int:
    signature = found.get("x-webhook-signature")
    stamp = found.get("x-webhook-timestamp")
    if not signature or stamp is None:
        missing = "X-Webhook-Timestamp" if signature else "X-Webhook-Signature"
        raise WebhookVerificationError(f"the {missing} header is missing", "missing-header")
    match = _SIGNATURE.fullmatch(signature)
    if match is None:
        raise WebhookVerificationError(
            "X-Webhook-Signature is not 'sha256=' and 64 hex digits", "malformed-signature"
        )
    if not _UNIX_SECONDS.fullmatch(stamp):
        raise WebhookVerificationError(
            "X-Webhook-Timestamp is not unix seconds", "malformed-timestamp"
        )
    expected = _expect(secret, stamp.encode("ascii") + b"." + raw)
    if not hmac.compare_digest(expected, match.group(1).lower()):
        raise WebhookVerificationError(
            "the signature does not match the body and timestamp (tampered, or another secret)",
            "wrong-signature",
        )
    signed = int(stamp)
    if abs(now - signed) > tolerance:
        raise WebhookVerificationError(
            f"the delivery was signed {now - signed:+.0f} s from now, outside the "
            f"{tolerance:g} s tolerance (a replay, or a clock off)",
            "timestamp-outside-tolerance",
        )
    return signed


def _verify_legacy(found: dict[str, str], raw: bytes, secret: str) -> None:
    given = found["x-signature"].removeprefix("sha256=").lower()
    if not re.fullmatch(r"[0-9a-f]{64}", given):
        raise WebhookVerificationError("X-Signature is not 64 hex digits", "malformed-signature")
    if not hmac.compare_digest(_expect(secret, raw), given):
        raise WebhookVerificationError(
            "the legacy signature does not match the body (tampered, or another secret)",
            "wrong-signature",
        )


def _task(body: dict[str, Any], raw: bytes, event_type: str | None, catalog: Catalog) -> Task:
    """The normalised Task of a delivery, its family recognised from the payload.

    The family is the one whose ``x-webhook-platforms`` name the payload's ``platform``;
    without one, the payload's shape decides. A final event (``song.completed``) also
    settles a task whose every clip is ready but which has fewer clips than the family
    usually makes (concat, remaster): a poll could not know it is over, the event does.
    """
    from musicapi_client._task import parse_task

    families = catalog.families
    task_id, platform = _envelope(body, catalog)
    name = next((f.name for f in families.values() if platform in f.webhook_platforms), None)
    if name is None:
        if str(body.get("status") or "").upper() in _PRODUCER_STATUS:
            name = "producer"
        elif isinstance(body.get("data"), list) or "type" in body:
            name = "sonic"
        else:
            name = "nuro"
    family = families[name]
    assert family.poll is not None
    try:
        task = parse_task(family, family.poll, task_id, raw, http_status=200, expected_clips=None)
    except Exception as exc:  # pydantic's ValidationError: a shape no family answers with
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise WebhookVerificationError(
            f"the payload is not a {name} task: {first}", "unknown-payload"
        ) from None
    final = catalog.webhook_events.get(event_type or "")
    if final == "succeeded" and task.status == "running" and task.all_clips_ready:
        task.status = "succeeded"
    return task


def unwrap(
    payload: bytes | str,
    headers: Headers,
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    allow_legacy: bool = False,
    max_bytes: int = MAX_PAYLOAD_BYTES,
    now: float | None = None,
    catalog: Catalog,
) -> WebhookEvent:
    """Verify a delivery (raw body, headers in any case) with ``secret``; return its event.

    ``tolerance`` bounds how far the signed timestamp may be from ``now`` (seconds, both
    ways). Raises WebhookVerificationError naming the failed check, before any parsing.
    ``catalog`` says how each family's answers read (the client's; the public
    :func:`musicapi_client.webhooks.unwrap` passes ``MusicAPI.catalog()``).
    """
    if not isinstance(secret, str) or not secret:
        raise WebhookVerificationError("no webhook secret to verify with", "no-secret")
    if not is_finite_number(tolerance) or tolerance < 0:
        raise WebhookVerificationError("tolerance must be a finite number >= 0", "bad-tolerance")
    raw = _raw(payload, max_bytes)
    found = _header_map(headers)
    signed: int | None = None
    legacy = False
    if "x-webhook-signature" in found or "x-signature" not in found:
        signed = _verify_signed(found, raw, secret, tolerance, time.time() if now is None else now)
    elif allow_legacy:
        _verify_legacy(found, raw, secret)
        legacy = True
    else:
        raise WebhookVerificationError(
            "only a legacy X-Signature was sent; it cannot detect replays "
            "(pass allow_legacy=True to accept it anyway)",
            "legacy-not-allowed",
        )
    event_id = found.get("x-webhook-id") or found.get("idempotency-key") or None
    event_type = found.get("x-webhook-event") or None
    return read_event(raw, event_id, event_type, signed, legacy, catalog)


def event_key(event_id: str | None, raw: bytes) -> str:
    """What deduplicates a delivery: its event id, or (legacy, no id) its body's hash."""
    return event_id or "legacy:" + hashlib.sha256(raw).hexdigest()


def read_event(
    raw: bytes,
    event_id: str | None,
    event_type: str | None,
    timestamp: int | None,
    legacy: bool,
    catalog: Catalog,
) -> WebhookEvent:
    """The event of a delivery whose signature was checked (here, or by the process that
    shared it through Redis): its JSON body read as the family's Task."""
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        raise WebhookVerificationError("the payload is not JSON", "not-json") from None
    if not isinstance(body, dict):
        raise WebhookVerificationError("the payload is not a JSON object", "not-json")
    return WebhookEvent(
        id=event_id,
        type=event_type,
        timestamp=timestamp,
        task=_task(body, raw, event_type, catalog),
        raw=body,
        legacy=legacy,
    )


def _envelope(body: dict[str, Any], catalog: Catalog) -> tuple[str, str]:
    """The delivery's ``task_id`` and ``platform`` (lower case), read with the spec's
    WebhookPayload model; either may be empty."""
    if catalog.webhook_payload is None:
        return str(body.get("task_id") or ""), str(body.get("platform") or "").lower()
    try:
        envelope = catalog.webhook_payload.model_validate(body)
    except ValueError as exc:  # pydantic's ValidationError: not strings
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise WebhookVerificationError(
            f"the payload's task_id or platform is not text: {first}", "unknown-payload"
        ) from None
    fields = envelope.model_dump()
    return str(fields.get("task_id") or ""), str(fields.get("platform") or "").lower()


def sign(payload: bytes, secret: str, timestamp: int) -> dict[str, str]:
    """The signature headers MusicAPI would send for ``payload`` (for tests and the mock)."""
    digest = _expect(secret, str(timestamp).encode("ascii") + b"." + payload)
    return {"X-Webhook-Timestamp": str(timestamp), "X-Webhook-Signature": f"sha256={digest}"}


class Webhooks:
    """``client.webhooks``: :func:`unwrap` with the client's secret and catalog. Its repr
    hides the secret."""

    def __init__(self, secret: str | None, catalog: Catalog) -> None:
        self._secret = secret
        self._catalog = catalog

    def unwrap(
        self,
        payload: bytes | str,
        headers: Headers,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        allow_legacy: bool = False,
    ) -> WebhookEvent:
        """Verify a delivery; see :func:`musicapi_client.webhooks.unwrap`."""
        if not self._secret:
            raise WebhookVerificationError(
                "no webhook secret: pass MusicAPI(webhook_secret=...) or set "
                "MUSICAPI_WEBHOOK_SECRET",
                "no-secret",
            )
        return unwrap(
            payload,
            headers,
            self._secret,
            tolerance=tolerance,
            allow_legacy=allow_legacy,
            catalog=self._catalog,
        )

    @property
    def can_verify(self) -> bool:
        """True when there is a secret to verify with."""
        return bool(self._secret)

    def namespace(self) -> str:
        """What names this secret's shared deliveries in Redis: a hash, never the secret."""
        secret = self._secret or ""
        return hashlib.sha256(b"musicapi-webhooks:" + secret.encode("utf-8")).hexdigest()[:16]

    def tag(self, raw: bytes) -> str:
        """The mark a shared delivery carries to show it was verified with this secret
        (an HMAC of the body): another project's hub, on the same namespace, ignores it."""
        secret = (self._secret or "").encode("utf-8")
        return hmac.new(secret, b"musicapi-shared-delivery\0" + raw, hashlib.sha256).hexdigest()

    def __repr__(self) -> str:
        return f"Webhooks(secret={'***' if self._secret else None})"
