"""Webhook deliveries shared by every process through a Redis stream."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import musicapi_client
from musicapi_client.webhooks import WebhookHub, sign

if TYPE_CHECKING:
    from tests.redis_server import RedisServer

ROOT = Path(__file__).resolve().parents[2]
SECRET = "whsec-redis-test"
TASK = "5c0e8d2a-4b1f-4f8e-a6f3-9d2c7b1e0a44"
CLIP = {"clip_id": "c1", "state": "succeeded", "audio_url": "https://cdn.example.com/c1.mp3"}


def _delivery(event_id: str, task_id: str = TASK) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        {
            "task_id": task_id,
            "platform": "suno",
            "code": 200,
            "data": [CLIP, {**CLIP, "clip_id": "c2"}],
        }
    ).encode()
    headers = sign(body, SECRET, int(time.time()))
    headers |= {"X-Webhook-Id": event_id, "X-Webhook-Event": "song.completed"}
    return body, headers


def _client(url: str) -> musicapi_client.MusicAPI:
    return musicapi_client.MusicAPI(api_key="k", webhook_secret=SECRET, redis_url=url)


WAITER = """
    import sys, musicapi_client
    from musicapi_client.webhooks import WebhookHub
    client = musicapi_client.MusicAPI(
        api_key="k", webhook_secret="whsec-redis-test", redis_url=sys.argv[1],
        base_url="http://127.0.0.1:9",  # nothing listens: a poll would fail loudly
    )
    hub = WebhookHub(client, fallback_after=600)
    print("ready", flush=True)
    task = hub.wait(sys.argv[2], family="sonic", timeout=900)
    print(task.status, [c.clip_id for c in task.clips], flush=True)
"""


def test_a_delivery_in_one_process_ends_a_wait_in_another(redis_url: str) -> None:
    waiter = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(WAITER), redis_url, TASK],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert waiter.stdout is not None
    assert waiter.stdout.readline().strip() == "ready"
    hub = WebhookHub(_client(redis_url))
    body, headers = _delivery("evt-1")
    assert hub.deliver(body, headers) is not None
    out, err = waiter.communicate(timeout=120)
    hub.close()
    assert waiter.returncode == 0, err
    assert out.strip() == "succeeded ['c1', 'c2']"


def test_a_wait_that_starts_after_the_delivery_still_sees_it(redis_url: str) -> None:
    first = WebhookHub(_client(redis_url))
    first.deliver(*_delivery("evt-2"))
    first.close()
    later = WebhookHub(_client(redis_url), fallback_after=600)  # another process, later
    task = later.wait(TASK, family="sonic", timeout=30)
    later.close()
    assert task.status == "succeeded"


def test_a_duplicate_is_dropped_across_processes(redis_url: str) -> None:
    a, b = WebhookHub(_client(redis_url)), WebhookHub(_client(redis_url))
    body, headers = _delivery("evt-3")
    assert a.deliver(body, headers) is not None
    assert b.deliver(body, headers) is None  # MusicAPI retried it to another worker
    a.close()
    b.close()
    import redis

    with redis.Redis.from_url(redis_url) as server:
        (stream,) = server.keys("musicapi:*:webhooks:events")
        assert server.xlen(stream) == 1
        stored = server.xrange(stream)[0][1]
    assert set(stored) == {b"tag", b"id", b"type", b"timestamp", b"legacy", b"body"}
    assert SECRET.encode() not in b"".join(stored.values())


async def test_the_async_hub_hears_other_processes(redis_url: str) -> None:
    client = musicapi_client.AsyncMusicAPI(api_key="k", webhook_secret=SECRET, redis_url=redis_url)
    hub = musicapi_client.AsyncWebhookHub(client, fallback_after=600)
    other = WebhookHub(_client(redis_url))

    import asyncio

    waiting = asyncio.create_task(hub.wait(TASK, family="sonic", timeout=60))
    await asyncio.sleep(0)
    other.deliver(*_delivery("evt-4"))
    task = await asyncio.wait_for(waiting, timeout=60)
    assert task.status == "succeeded"
    hub.close()
    other.close()
    await client.close()


def test_redis_down_keeps_deliveries_local_with_one_warning(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    url = own_redis.url
    own_redis.stop()
    with caplog.at_level("WARNING", logger="musicapi_client"):
        hub = WebhookHub(_client(url), fallback_after=600)
        assert hub.deliver(*_delivery("evt-5")) is not None  # still verified and kept here
        assert hub.deliver(*_delivery("evt-5")) is None  # and deduplicated here
        task = hub.wait(TASK, family="sonic", timeout=30)
        hub.close()
    assert task.status == "succeeded"
    messages = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(messages) == 1, messages  # one per outage, whichever part met it first
    assert "unreachable" in messages[0]
    assert "s3cret" not in messages[0]


@pytest.mark.parametrize("share", [True, False])
def test_share_false_keeps_a_hub_to_itself(redis_url: str, share: bool) -> None:
    hub = WebhookHub(_client(redis_url), share=share)
    hub.deliver(*_delivery("evt-6"))
    hub.close()
    import redis

    with redis.Redis.from_url(redis_url) as server:
        assert len(server.keys("musicapi:*:webhooks:events")) == int(share)


def test_one_receiver_feeds_every_worker(redis_url: str, tmp_path: Path) -> None:
    """``musicapi webhooks listen --redis URL`` verifies each delivery and shares it: a hub
    in a worker that receives nothing itself ends its wait on it."""
    from musicapi_client.mock import MockServer, free_port
    from tests.test_listen import SECRET as LISTEN_SECRET
    from tests.test_listen import _listen, _listening

    port = free_port()
    process = _listen(port, "--redis", redis_url, "--max-events", "2", cwd=tmp_path)
    try:
        _listening(port, process)
        with MockServer(speed=60) as mock:
            client = musicapi_client.MusicAPI(
                api_key=mock.api_key,
                base_url=mock.url,
                create_interval=0,
                webhook_secret=LISTEN_SECRET,
                redis_url=redis_url,
            )
            hub = WebhookHub(client, fallback_after=600)  # a worker: it is given no delivery
            created = client.sonic.create(
                custom_mode=False,
                gpt_description_prompt="x",
                mv="sonic-v6",
                webhook_url=f"http://127.0.0.1:{port}/musicapi",
            )
            task = hub.wait(created, timeout=120)
            polls = mock.state.stats()["requests"].get("sonic_get", 0)
            hub.close()
            client.close()
        _, err = process.communicate(timeout=120)
    finally:
        process.kill()
    assert task.status == "succeeded"
    assert polls == 0
    assert "sharing through Redis" in err


def _signed(secret: str, event_id: str, task_id: str, clip: str) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        {"task_id": task_id, "platform": "suno", "code": 200, "data": [{**CLIP, "clip_id": clip}]}
    ).encode()
    headers = sign(body, secret, int(time.time()))
    return body, headers | {"X-Webhook-Id": event_id, "X-Webhook-Event": "song.completed"}


@pytest.mark.slow
@pytest.mark.parametrize("namespace", [None, "one-shared-namespace"])
def test_one_projects_delivery_never_ends_anothers_wait(
    redis_url: str, namespace: str | None
) -> None:
    """Project B verifies a delivery for a task id with its own secret; project A's hub
    (another secret, maybe the same namespace) must not take it for its task."""
    from tests.fakes import FakeAPI, ok

    running = {"code": 200, "data": [{"clip_id": "a1", "state": "running"}]}
    api = FakeAPI().on("GET", f"/api/v1/sonic/task/{TASK}", ok(running))
    import httpx2

    project_a = musicapi_client.MusicAPI(
        api_key="key-a",
        webhook_secret="whsec-project-a",
        redis_url=redis_url,
        redis_namespace=namespace,
        http_client=httpx2.Client(transport=api.transport),
    )
    project_b = musicapi_client.MusicAPI(
        api_key="key-b", webhook_secret="whsec-project-b", redis_url=redis_url,
        redis_namespace=namespace,
    )  # fmt: skip
    receiver_a = WebhookHub(  # another process of project A: its receiver
        musicapi_client.MusicAPI(
            api_key="key-a", webhook_secret="whsec-project-a", redis_url=redis_url,
            redis_namespace=namespace,
        )
    )  # fmt: skip
    hub_a, hub_b = WebhookHub(project_a, fallback_after=600), WebhookHub(project_b)
    try:
        assert hub_b.deliver(*_signed("whsec-project-b", "evt-b", TASK, "b1")) is not None
        # A's own delivery for another task, received elsewhere after B's: once A's hub
        # has it (from Redis), it has read past B's entry too (one stream when the
        # namespace is shared).
        receiver_a.deliver(*_signed("whsec-project-a", "evt-a", "other-task", "a9"))
        seen = hub_a.wait("other-task", family="sonic", timeout=60)
        assert seen.clips[0].clip_id == "a9"
        with pytest.raises(musicapi_client.WaitTimeoutError) as caught:
            hub_a.wait(TASK, family="sonic", timeout=3)  # polls after 2.4 s: "running"
        assert caught.value.task is not None
        assert [c.clip_id for c in caught.value.task.clips] == ["a1"]  # its own, polled
    finally:
        for hub in (hub_a, hub_b, receiver_a):
            hub.close()
