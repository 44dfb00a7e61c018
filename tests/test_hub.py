"""The webhook hubs: waits that deliveries end, deduplicated, with polling only as a fallback."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest

import musicapi_client
from musicapi_client import AsyncWebhookHub, WebhookHub, webhooks
from musicapi_client.mock import MockServer
from tests.receiver import Delivery, Receiver

SECRET = "hub-test-secret"
SPEED = 60.0
SCHEDULE = musicapi_client.PollSchedule(scale=1 / SPEED)


def _options(mock: MockServer) -> dict[str, Any]:
    return {
        "api_key": mock.api_key,
        "base_url": mock.url,
        "create_interval": 0,
        "webhook_secret": SECRET,
        "poll_schedule": SCHEDULE,
    }


def _feeding(hub: WebhookHub | AsyncWebhookHub, answers: list[str]) -> Any:
    """A receiver's answer function: the hub's verdict, as a web route would give it."""

    def answer(delivery: Delivery) -> int:
        try:
            event = hub.deliver(delivery.body, delivery.headers)
        except musicapi_client.WebhookVerificationError as exc:
            answers.append(exc.reason)
            return 400
        answers.append("new" if event is not None else "duplicate")
        return 200

    return answer


def _create(client: musicapi_client.MusicAPI, url: str) -> musicapi_client.TaskCreated:
    return client.sonic.create(
        custom_mode=False, gpt_description_prompt="hub", mv="sonic-v6", webhook_url=url
    )


def test_a_wait_ends_on_the_delivery_with_zero_polls() -> None:
    answers: list[str] = []
    with MockServer(speed=SPEED) as mock, musicapi_client.MusicAPI(**_options(mock)) as client:
        hub = WebhookHub(client)
        with Receiver(answer=_feeding(hub, answers)) as receiver:
            task = hub.wait(_create(client, receiver.url), timeout=30)
        assert task.status == "succeeded"
        assert len(task.clips) == 2
        assert mock.requests("sonic_get") == 0
    assert answers == ["new", "new"]  # streaming, then completed


def test_duplicates_reordering_and_bad_signatures_change_nothing() -> None:
    answers: list[str] = []
    faults = "wh-duplicate,wh-reorder,wh-badsig"
    with (
        MockServer(speed=SPEED, faults=faults) as mock,
        musicapi_client.MusicAPI(**_options(mock)) as client,
    ):
        hub = WebhookHub(client)
        with Receiver(answer=_feeding(hub, answers)) as receiver:
            created = _create(client, receiver.url)
            task = hub.wait(created, timeout=30)
            receiver.wait_for(8)  # the late streaming event and its twin came in after
            again = hub.wait(created.task_id, family="sonic", timeout=5)
        assert mock.requests("sonic_get") == 0
    assert task.status == again.status == "succeeded"  # the late streaming event lost
    assert sorted(answers) == ["duplicate"] * 2 + ["new"] * 2 + ["wrong-signature"] * 4


def test_a_lost_delivery_falls_back_to_polling_after_fallback_after() -> None:
    with (
        MockServer(speed=SPEED, webhook_drop=1.0) as mock,
        musicapi_client.MusicAPI(**_options(mock)) as client,
    ):
        hub = WebhookHub(client, fallback_after=0.8)
        with Receiver(answer=_feeding(hub, [])) as receiver:
            started = time.monotonic()
            task = hub.wait(_create(client, receiver.url), timeout=30)
            waited = time.monotonic() - started
        assert task.status == "succeeded"
        assert waited >= 0.8  # events alone first
        assert mock.requests("sonic_get") >= 1


def test_a_failed_task_raises_like_wait() -> None:
    with (
        MockServer(speed=SPEED, faults="fail") as mock,
        musicapi_client.MusicAPI(**_options(mock)) as client,
    ):
        hub = WebhookHub(client)
        with Receiver(answer=_feeding(hub, [])) as receiver:
            created = _create(client, receiver.url)
            with pytest.raises(musicapi_client.TaskFailedError) as info:
                hub.wait(created, timeout=30)
        assert info.value.task.task_id == created.task_id
        assert mock.requests("sonic_get") == 0


def test_the_async_hub_waits_on_deliveries_and_can_stop_at_streaming() -> None:
    async def scenario(mock: MockServer) -> tuple[musicapi_client.Task, musicapi_client.Task]:
        async with musicapi_client.AsyncMusicAPI(**_options(mock)) as client:
            hub = AsyncWebhookHub(client)
            with Receiver(answer=_feeding(hub, [])) as receiver:
                first = await client.sonic.create(
                    custom_mode=False, gpt_description_prompt="a", mv="sonic-v6",
                    webhook_url=receiver.url,
                )  # fmt: skip
                second = await client.sonic.create(
                    custom_mode=False, gpt_description_prompt="b", mv="sonic-v6",
                    webhook_url=receiver.url,
                )  # fmt: skip
                return await asyncio.gather(
                    hub.wait(first, timeout=30, until="streaming"), hub.wait(second, timeout=30)
                )

    with MockServer(speed=SPEED) as mock:
        streaming, done = asyncio.run(scenario(mock))
        assert streaming.streamable
        assert streaming.status == "running"
        assert done.status == "succeeded"
        assert mock.requests("sonic_get") == 0


def _event(task_id: str, state: str, event_id: str) -> tuple[bytes, dict[str, str]]:
    clip = {"clip_id": "c1", "state": state, "audio_url": "https://cdn/c1.mp3"}
    raw = json.dumps({"task_id": task_id, "platform": "suno", "data": [clip]}).encode()
    name = {"succeeded": "song.completed", "failed": "song.failed"}[state]
    headers = {"X-Webhook-Id": event_id, "X-Webhook-Event": name}
    return raw, {**headers, **webhooks.sign(raw, SECRET, int(time.time()))}


def test_nothing_unverified_or_replayed_reaches_a_wait() -> None:
    # Nothing listens on port 9: a wait that had to poll would fail, not pass.
    client = musicapi_client.MusicAPI(
        api_key="key-1", base_url="http://127.0.0.1:9", webhook_secret=SECRET, max_retries=0
    )
    hub = WebhookHub(client, fallback_after=30)
    raw, headers = _event("t-1", "succeeded", "evt-1")
    with pytest.raises(musicapi_client.WebhookVerificationError):
        hub.deliver(raw.replace(b"c1", b"c2"), headers)  # tampered: not recorded
    with pytest.raises(musicapi_client.WaitTimeoutError):
        hub.wait("t-1", family="sonic", timeout=0.3)
    assert hub.deliver(raw, headers) is not None
    assert hub.wait("t-1", family="sonic", timeout=5).clips[0].clip_id == "c1"
    replay, replay_headers = _event("t-1", "failed", "evt-1")  # same id, fresh signature
    assert hub.deliver(replay, replay_headers) is None
    assert hub.wait("t-1", family="sonic", timeout=5).status == "succeeded"


def test_a_task_id_needs_its_family_and_the_hub_its_secret() -> None:
    client = musicapi_client.MusicAPI(api_key="key-1", base_url="http://127.0.0.1:9")
    hub = WebhookHub(client)
    with pytest.raises(musicapi_client.InvalidRequestError, match="family="):
        hub.wait("t-1", timeout=1)
    with pytest.raises(musicapi_client.InvalidRequestError, match="family="):
        hub.wait("t-1", family="credits", timeout=1)
    with pytest.raises(musicapi_client.WebhookVerificationError) as info:
        hub.deliver(*_event("t-1", "succeeded", "evt-1"))
    assert info.value.reason == "no-secret"
    with pytest.raises(musicapi_client.InvalidRequestError):
        WebhookHub(client, fallback_after=-1)
    assert SECRET not in repr(WebhookHub(client, secret=SECRET))
