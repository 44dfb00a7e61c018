"""Webhook deliveries are verified on their raw bytes before anything is read from them."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

import httpx2
import pytest

import musicapi_client
from musicapi_client import webhooks

SECRET = "whsec-test-SECRET-777"
NOW = 1_790_000_000
SONIC = {
    "task_id": "t-1",
    "platform": "suno",
    "code": 200,
    "data": [
        {
            "clip_id": "a",
            "state": "succeeded",
            "audio_url": "https://c/a.mp3",
            "duration": "104.88",
            "mv": "chirp-v5",
        },
        {"clip_id": "b", "state": "succeeded", "audio_url": "https://c/b.mp3"},
    ],
}
PRODUCER = {
    "task_id": "p-1",
    "code": 200,
    "status": "FAILED",
    "message": "Failed; credits refunded",
    "data": [],
}


def delivery(
    body: dict[str, Any], *, secret: str = SECRET, stamp: int = NOW
) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(body).encode()
    headers = {
        "X-Webhook-Id": "evt-1",
        "Idempotency-Key": "evt-1",
        "X-Webhook-Event": "song.completed",
        **webhooks.sign(raw, secret, stamp),
    }
    return raw, headers


def test_a_signed_delivery_becomes_a_typed_event_with_the_polls_task() -> None:
    raw, headers = delivery(SONIC)
    event = webhooks.unwrap(raw, {k.lower(): v for k, v in headers.items()}, SECRET, now=NOW + 10)
    assert (event.id, event.type, event.timestamp) == ("evt-1", "song.completed", NOW)
    assert event.task.family == "sonic"
    assert event.task.status == "succeeded"
    assert event.task.clips[0].duration == pytest.approx(104.88)
    assert event.raw["task_id"] == "t-1"
    failed = webhooks.unwrap(*delivery(PRODUCER), SECRET, now=NOW)
    assert (failed.task.family, failed.task.status, failed.task.refunded) == (
        "producer",
        "failed",
        True,
    )


def _reason(payload: bytes | str, headers: Any, secret: str = SECRET, **options: Any) -> str:
    with pytest.raises(musicapi_client.WebhookVerificationError) as info:
        webhooks.unwrap(payload, headers, secret, now=options.pop("now", NOW), **options)
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value.args)
    return info.value.reason


def test_tampering_replays_clocks_and_secrets_are_each_named() -> None:
    raw, headers = delivery(SONIC)
    assert _reason(raw.replace(b"t-1", b"t-2"), headers) == "wrong-signature"
    assert _reason(raw, {**headers, "X-Webhook-Timestamp": str(NOW + 1)}) == "wrong-signature"
    assert _reason(raw, headers, "another-secret") == "wrong-signature"
    assert _reason(raw, headers, now=NOW + 301) == "timestamp-outside-tolerance"  # stale
    assert _reason(raw, headers, now=NOW - 301) == "timestamp-outside-tolerance"  # future
    assert webhooks.unwrap(raw, headers, SECRET, now=NOW + 299).id == "evt-1"
    late = delivery(SONIC, stamp=NOW - 3600)
    assert _reason(*late) == "timestamp-outside-tolerance"  # a replayed old delivery


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"X-Webhook-Signature": None}, "missing-header"),
        ({"X-Webhook-Timestamp": None}, "missing-header"),
        ({"X-Webhook-Signature": "sha1=abc"}, "malformed-signature"),
        ({"X-Webhook-Signature": "sha256=" + "z" * 64}, "malformed-signature"),
        ({"X-Webhook-Timestamp": "soon"}, "malformed-timestamp"),
        ({"X-Webhook-Timestamp": "-5"}, "malformed-timestamp"),
    ],
)
def test_missing_and_malformed_headers(change: dict[str, str | None], reason: str) -> None:
    raw, headers = delivery(SONIC)
    for name, value in change.items():
        if value is None:
            headers.pop(name)
        else:
            headers[name] = value
    assert _reason(raw, headers) == reason


def test_a_duplicated_signature_header_is_refused() -> None:
    raw, headers = delivery(SONIC)
    twice = httpx2.Headers([*headers.items(), ("x-webhook-signature", "sha256=" + "0" * 64)])
    assert _reason(raw, twice) == "duplicated-header"
    pairs = [*headers.items(), ("X-WEBHOOK-TIMESTAMP", str(NOW))]
    assert _reason(raw, pairs) == "duplicated-header"


def test_a_huge_body_is_refused_before_hashing() -> None:
    huge = b"{" + b" " * (2 * 1024 * 1024) + b"}"
    headers = webhooks.sign(huge, SECRET, NOW)
    assert _reason(huge, headers) == "payload-too-large"


def test_the_legacy_scheme_needs_consent() -> None:
    raw = json.dumps(SONIC).encode()
    legacy = {"X-Signature": hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()}
    assert _reason(raw, legacy) == "legacy-not-allowed"
    event = webhooks.unwrap(raw, legacy, SECRET, allow_legacy=True)
    assert event.legacy
    assert event.timestamp is None
    assert _reason(raw.replace(b"t-1", b"t-9"), legacy, allow_legacy=True) == "wrong-signature"


def test_a_verified_body_must_still_be_a_task() -> None:
    assert _reason(*_signed(b"[1, 2]")) == "not-json"
    assert _reason(*_signed(b"not json")) == "not-json"


def _signed(raw: bytes) -> tuple[bytes, dict[str, str]]:
    return raw, webhooks.sign(raw, SECRET, NOW)


def test_the_client_verifies_with_its_own_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    raw, headers = delivery(SONIC)
    client = musicapi_client.MusicAPI(api_key="k", webhook_secret=SECRET)
    with pytest.raises(musicapi_client.WebhookVerificationError) as stale:
        client.webhooks.unwrap(raw, headers)  # signed long ago in real time
    assert stale.value.reason == "timestamp-outside-tolerance"
    fresh_raw, fresh = delivery(SONIC, stamp=int(time.time()))
    assert client.webhooks.unwrap(fresh_raw, fresh).task.status == "succeeded"
    assert SECRET not in repr(client) + repr(client.webhooks) + repr(client._settings)
    monkeypatch.setenv("MUSICAPI_WEBHOOK_SECRET", SECRET)
    from_env = musicapi_client.MusicAPI(api_key="k")
    assert from_env.webhooks.unwrap(fresh_raw, fresh).id == "evt-1"
    monkeypatch.delenv("MUSICAPI_WEBHOOK_SECRET")
    with pytest.raises(musicapi_client.WebhookVerificationError) as none:
        musicapi_client.MusicAPI(api_key="k").webhooks.unwrap(fresh_raw, fresh)
    assert none.value.reason == "no-secret"


def test_a_final_event_settles_a_task_with_fewer_clips_than_usual() -> None:
    one_clip = {**SONIC, "data": SONIC["data"][:1]}  # type: ignore[index]
    raw, headers = delivery(one_clip)
    assert webhooks.unwrap(raw, headers, SECRET, now=NOW).task.status == "succeeded"
    streaming = {**headers, "X-Webhook-Event": "song.streaming"}
    streaming.update(webhooks.sign(raw, SECRET, NOW))
    assert webhooks.unwrap(raw, streaming, SECRET, now=NOW).task.status == "running"


def test_standard_library_headers_are_read_and_nonsense_is_refused() -> None:
    from email.message import Message

    raw, headers = delivery(SONIC)
    message = Message()
    for name, value in headers.items():
        message[name] = value
    assert webhooks.unwrap(raw, message, SECRET, now=NOW).id == "evt-1"
    message["X-Webhook-Signature"] = "sha256=" + "0" * 64  # added, not replaced: twice
    assert _reason(raw, message) == "duplicated-header"
    assert _reason(raw, ["not", "pairs"]) == "unreadable-headers"


def test_hostile_deliveries_are_refused_with_a_reason_never_a_raw_exception() -> None:
    raw, headers = delivery(SONIC)
    latin = {**headers, "X-Webhook-Timestamp": "\xb2\xb3"}  # "²³": isdigit() says yes
    assert _reason(raw, latin) == "malformed-timestamp"
    arabic = {**headers, "X-Webhook-Timestamp": "١٧٩٠٠٠٠٠٠٠"}
    assert _reason(raw, arabic) == "malformed-timestamp"
    assert _reason(None, headers) == "unreadable-payload"  # type: ignore[arg-type]
    assert _reason(10**9, headers) == "unreadable-payload"  # type: ignore[arg-type]
    assert _reason('{"task_id": "\ud800"}', headers) == "unreadable-payload"
    assert _reason(raw, None) == "unreadable-headers"
    assert _reason(raw, 42) == "unreadable-headers"
    assert _reason(raw, [("x-webhook-id",)]) == "unreadable-headers"
    as_bytes = [(k.encode(), v.encode()) for k, v in headers.items()]  # raw ASGI headers
    assert webhooks.unwrap(raw, as_bytes, SECRET, now=NOW).id == "evt-1"


@pytest.mark.parametrize("secret", ["", None, 7])
def test_no_secret_no_verification(secret: Any) -> None:
    raw, headers = delivery(SONIC)
    assert _reason(raw, headers, secret=secret) == "no-secret"


@pytest.mark.parametrize("tolerance", [float("nan"), float("inf"), -1, -0.5, True, "300"])
def test_a_tolerance_must_be_a_finite_number_of_seconds(tolerance: Any) -> None:
    raw, headers = delivery(SONIC)
    assert _reason(raw, headers, tolerance=tolerance) == "bad-tolerance"
