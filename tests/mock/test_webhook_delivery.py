"""The mock posts signed webhook events on each task's timeline, as the API does."""

from __future__ import annotations

import time
from typing import Any

import pytest

import musicapi_client
from musicapi_client import webhooks
from musicapi_client.mock import MockServer
from tests.receiver import Delivery, Receiver

SECRET = "delivery-test-secret"
SPEED = 60.0


def _client(mock: MockServer, **options: Any) -> musicapi_client.MusicAPI:
    return musicapi_client.MusicAPI(
        api_key=mock.api_key, base_url=mock.url, create_interval=0, **options
    )


def _song(client: musicapi_client.MusicAPI, url: str, **fields: Any) -> str:
    created = client.sonic.create(
        custom_mode=False, gpt_description_prompt="a test", mv="sonic-v6", webhook_url=url, **fields
    )
    return created.task_id


def _stats_when(mock: MockServer, expected: dict[str, int]) -> dict[str, int]:
    """The webhook stats once they equal ``expected`` (or as they are after a minute): the
    receiver records a delivery before it answers, and the mock counts after."""
    deadline = time.monotonic() + 60
    while (stats := dict(mock.state.stats()["webhooks"])) != expected:
        if time.monotonic() > deadline:
            break
        time.sleep(0.01)
    return stats


def _events(deliveries: list[Delivery], secret: str = SECRET) -> list[webhooks.WebhookEvent]:
    return [webhooks.unwrap(d.body, d.headers, secret) for d in deliveries]


def test_a_song_is_delivered_streaming_then_completed_without_a_poll() -> None:
    with Receiver() as receiver, MockServer(speed=SPEED) as mock:
        task_id = _song(_client(mock), receiver.url, webhook_secret=SECRET)
        events = _events(receiver.wait_for(2))
        assert [e.type for e in events] == ["song.streaming", "song.completed"]
        assert {e.task.task_id for e in events} == {task_id}
        assert events[0].task.streamable
        assert events[0].task.status == "running"
        assert events[1].task.status == "succeeded"
        assert len(events[1].task.clips) == 2
        assert events[0].id != events[1].id
        assert events[1].raw["platform"] == "suno"
        assert mock.requests("sonic_get") == 0
        assert _stats_when(mock, {"sent": 2, "delivered": 2}) == {"sent": 2, "delivered": 2}


def test_a_failed_task_is_one_song_failed_event() -> None:
    with Receiver() as receiver, MockServer(speed=SPEED, faults="fail") as mock:
        _song(_client(mock), receiver.url, webhook_secret=SECRET)
        receiver.wait_for(1)
        events = _events(receiver.wait_for(2, timeout=0.5))
    assert [(e.type, e.task.status) for e in events] == [("song.failed", "failed")]


def test_producer_tasks_send_no_streaming_event() -> None:
    with Receiver() as receiver, MockServer(speed=SPEED) as mock:
        created = _client(mock).producer.create(
            sound="calm piano", webhook_url=receiver.url, webhook_secret=SECRET
        )
        receiver.wait_for(1)
        events = _events(receiver.wait_for(2, timeout=0.5))
    assert [(e.type, e.task.family, e.task.status) for e in events] == [
        ("song.completed", "producer", "succeeded")
    ]
    assert events[0].task.task_id == created.task_id


def test_the_client_signs_creates_with_its_own_secret_and_the_mock_has_a_default() -> None:
    with Receiver() as receiver, MockServer(speed=SPEED) as mock:
        _song(_client(mock, webhook_secret=SECRET), receiver.url)  # no per-call secret
        assert _events(receiver.wait_for(2))[1].type == "song.completed"
    with Receiver() as receiver, MockServer(speed=SPEED) as mock:
        _song(_client(mock), receiver.url)  # no secret anywhere: the service's default
        deliveries = receiver.wait_for(2)
        with pytest.raises(musicapi_client.WebhookVerificationError):
            _events(deliveries)
        assert _events(deliveries, mock.state.config.webhook_secret)


def test_a_failing_receiver_gets_a_bounded_number_of_retries() -> None:
    with Receiver(answer=lambda _: 500) as receiver, MockServer(speed=SPEED) as mock:
        _song(_client(mock), receiver.url, webhook_secret=SECRET)
        deliveries = receiver.wait_for(10)
        ids = [d.headers["X-Webhook-Id"] for d in deliveries]
        stats = _stats_when(mock, {"sent": 10, "rejected": 10, "failed": 2})
        assert len(receiver.deliveries) == 10  # and no more: both events gave up
    assert sorted(ids.count(i) for i in set(ids)) == [5, 5]  # each event, 5 attempts
    assert stats == {"sent": 10, "rejected": 10, "failed": 2}


def test_the_fault_profile_sends_duplicates_out_of_order_and_a_bad_signature_first() -> None:
    def verify(delivery: Delivery) -> int:
        try:
            webhooks.unwrap(delivery.body, delivery.headers, SECRET)
        except musicapi_client.WebhookVerificationError:
            return 400
        return 200

    faults = "wh-duplicate,wh-reorder,wh-badsig"
    with Receiver(answer=verify) as receiver, MockServer(speed=SPEED, faults=faults) as mock:
        _song(_client(mock), receiver.url, webhook_secret=SECRET)
        deliveries = receiver.wait_for(8)
        stats = _stats_when(mock, {"sent": 8, "rejected": 4, "delivered": 4})
    assert [d.status for d in deliveries].count(400) == 4  # every first attempt
    good = [d for d in deliveries if d.status == 200]
    events = _events(good)
    assert [e.type for e in events] == ["song.completed"] * 2 + ["song.streaming"] * 2
    assert len({e.id for e in events}) == 2  # each event twice, under one id
    assert stats == {"sent": 8, "rejected": 4, "delivered": 4}


def test_dropped_and_remote_deliveries_are_counted_never_sent() -> None:
    with Receiver() as receiver, MockServer(speed=SPEED, webhook_drop=1.0) as mock:
        client = _client(mock)
        _song(client, receiver.url, webhook_secret=SECRET)
        _song(client, "https://hooks.example.com/musicapi", webhook_secret=SECRET)
        assert receiver.wait_for(1, timeout=1.0) == []  # past the generation time
        assert mock.state.stats()["webhooks"] == {"dropped": 2, "refused": 1}
