"""Waiting: polls to completion, raises with the task id, never outlives its timeout."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client import PollSchedule, Task
from tests.fakes import CHUNK, Chunks, FakeAPI, chunked, ok, poll_answer, resolve

if TYPE_CHECKING:
    from collections.abc import Callable

from musicapi_client import WebhookHub
from musicapi_client.testing import FakeClock
from tests.fakes import make_client

RUNNING = ok({"code": 200, "data": [{"clip_id": "a", "state": "running"}]})

TASK = "/api/v1/sonic/task/t1"
NOT_READY = ok({"type": "not_ready"}, status=202)
ONE_RUNNING = ok({"code": 200, "data": [{"clip_id": "a", "state": "running"}]})
ONE_DONE = ok(
    {"code": 200, "data": [{"clip_id": "a", "state": "succeeded", "audio_url": "https://c/a.mp3"}]}
)
TWO_DONE = ok(
    {
        "code": 200,
        "data": [
            {"clip_id": "a", "state": "succeeded", "audio_url": "https://c/a.mp3"},
            {"clip_id": "b", "state": "succeeded", "audio_url": "https://c/b.mp3"},
        ],
    }
)


async def test_wait_follows_pending_running_succeeded(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, NOT_READY, ONE_RUNNING, ONE_DONE, TWO_DONE)
    client = client_for(api)
    seen: list[str] = []
    task = await resolve(client.sonic.wait("t1", on_progress=lambda t: seen.append(t.status)))
    assert seen == ["pending", "running", "running", "succeeded"]
    assert task.status == "succeeded"
    assert [c.clip_id for c in task.clips] == ["a", "b"]
    assert api.count("GET", TASK) == 4
    assert len(client.sleeps) == 3


async def test_expected_clips_from_the_create_call(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", "/api/v1/sonic/create", ok({"task_id": "t1"}))
    api.on("GET", TASK, ONE_DONE)
    client = client_for(api)
    created = await resolve(client.sonic.concat(continue_clip_id="c"))
    task = await resolve(client.sonic.wait(created))
    assert task.status == "succeeded"
    assert len(task.clips) == 1


async def test_failure_raises_task_failed_with_the_task(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, NOT_READY, ok({"type": "timeout", "message": "upstream timed out"}))
    with pytest.raises(musicapi_client.TaskFailedError) as info:
        await resolve(client_for(api).sonic.wait("t1"))
    assert info.value.task_id == "t1"
    assert info.value.reason == "upstream timed out"
    assert info.value.task.raw_status == "timeout"
    assert "t1" in str(info.value)


async def test_a_failed_clip_fails_the_task(api: FakeAPI, client_for: Callable[..., Any]) -> None:
    api.on("GET", TASK, ok({"code": 200, "data": [{"clip_id": "a", "state": "failed"}]}))
    with pytest.raises(musicapi_client.TaskFailedError):
        await resolve(client_for(api).sonic.wait("t1"))


async def test_errors_while_polling_carry_the_task_id(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, NOT_READY, ok({"code": 400, "message": "task not found."}, status=400))
    with pytest.raises(musicapi_client.NotFoundError) as info:
        await resolve(client_for(api).sonic.wait("t1"))
    assert info.value.task_id == "t1"


async def test_server_hint_wins_over_the_schedule(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on(
        "GET", TASK, ok({"type": "not_ready"}, status=202, headers={"retry-after": "4"}), TWO_DONE
    )
    client = client_for(api)
    await resolve(client.sonic.wait("t1"))
    assert client.sleeps == [4.0]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_timeout_raises_with_the_task_id_after_about_the_timeout(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, NOT_READY)
    client = client_for(api, poll_schedule=PollSchedule(scale=0.01))
    started = client.clock.now  # simulated time: the machine's speed plays no part
    with pytest.raises(musicapi_client.WaitTimeoutError) as info:
        await resolve(client.sonic.wait("t1", timeout=0.6))
    assert client.clock.now - started == pytest.approx(0.6)  # to the deadline, not past it
    assert info.value.task_id == "t1"
    assert info.value.task.status == "pending"
    assert "wait('t1')" in str(info.value)
    assert 3 <= api.count("GET", TASK) <= 30


async def test_async_progress_callback_is_awaited(api: FakeAPI) -> None:
    from tests.fakes import make_client

    api.on("GET", TASK, NOT_READY, TWO_DONE)
    client = make_client("async", api)
    seen: list[Task] = []

    async def progress(task: Task) -> None:
        await asyncio.sleep(0)
        seen.append(task)

    await client.sonic.wait("t1", on_progress=progress)
    assert [t.status for t in seen] == ["pending", "succeeded"]


def test_schedule_polls_quickly_then_backs_off_toward_the_docs_cadence() -> None:
    schedule = PollSchedule(jitter=0.0)
    families = musicapi_client.MusicAPI.catalog().families  # each with its typical time
    sonic, nuro = families["sonic"], families["nuro"]
    assert schedule.next_delay(sonic, 1, 0.1) == 2.0
    # Then it sleeps until 60 % of sonic's typical 60 s, in steps of at most 20 s.
    assert schedule.next_delay(sonic, 2, 2.1) == 20.0
    assert schedule.next_delay(sonic, 3, 22.1) == pytest.approx(13.9)
    # Past that, 10 % of the elapsed time, between 2 s and 20 s.
    assert schedule.next_delay(sonic, 4, 50.0) == 5.0
    assert schedule.next_delay(sonic, 9, 1000.0) == 20.0
    assert schedule.next_delay(nuro, 2, 2.0) == pytest.approx(16.0)
    assert schedule.next_delay(sonic, 5, 50.0, hint=7.0) == 7.0
    assert PollSchedule(scale=0.01).next_delay(sonic, 1, 0.0) == pytest.approx(0.02)


def test_schedule_jitter_stays_within_bounds() -> None:
    schedule = PollSchedule(jitter=0.1)
    delays = [schedule.next_delay("sonic", 5, 100.0) for _ in range(200)]
    assert all(9.0 <= d <= 11.0 for d in delays)
    assert len(set(delays)) > 1


async def test_nuro_progress_100_with_audio_counts_as_done(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    path = "/api/v1/nuro/task/n1"
    api.on(
        "GET",
        path,
        ok({"task_id": "n1", "status": "running", "progress": 40, "audio_url": ""}),
        ok(
            {"task_id": "n1", "status": "running", "progress": 100, "audio_url": "https://c/n1.wav"}
        ),
    )
    task = await resolve(client_for(api).nuro.wait("n1"))
    assert (task.status, task.raw_status, task.progress) == ("succeeded", "running", 100)
    assert task.clips[0].audio_url == "https://c/n1.wav"


async def test_a_504_whose_json_says_the_task_failed_ends_the_wait(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    failed = {"type": "failed", "message": "Generation failed; credits refunded"}
    api.on("GET", TASK, NOT_READY, ok(failed, status=504))
    with pytest.raises(musicapi_client.TaskFailedError) as info:
        await resolve(client_for(api).sonic.wait("t1", timeout=600))
    assert info.value.task.refunded is True
    assert "credits refunded" in str(info.value)
    assert api.count("GET", TASK) == 2


async def test_a_504_gateway_page_stays_a_transient_error(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    gateway = httpx2.Response(504, text="<html>504 Gateway Time-out</html>")
    api.on("GET", TASK, NOT_READY, gateway, TWO_DONE)
    task = await resolve(client_for(api).sonic.wait("t1", timeout=600))
    assert task.status == "succeeded"


async def test_a_resumed_wait_finishes_a_task_of_one_clip(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    """wait(task_id) cannot know a concat makes one clip: the same complete answer, seen
    again after the confirmation window, finishes it (instead of a WaitTimeoutError)."""
    api.on("GET", TASK, NOT_READY, ONE_DONE)
    client = client_for(api)
    task = await resolve(client.sonic.wait("t1", timeout=600))
    assert task.status == "succeeded"
    assert len(task.clips) == 1
    assert api.count("GET", TASK) == 3  # not ready, complete-looking, confirmed
    assert client.clock.now - 1000.0 < 60  # well before the timeout


async def test_a_resumed_wait_does_not_stop_at_the_first_of_two_clips(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, ONE_DONE, TWO_DONE)
    task = await resolve(client_for(api).sonic.wait("t1", timeout=600))
    assert len(task.clips) == 2


async def test_a_wait_that_knows_two_clips_never_takes_one_for_done(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", TASK, ONE_DONE)
    with pytest.raises(musicapi_client.WaitTimeoutError):
        await resolve(client_for(api).sonic.wait("t1", timeout=60, expected_clips=2))


async def test_poll_answers_without_code_or_message_parse(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    body = {
        "data": [{"clip_id": "a", "state": "succeeded", "duration": "187.46", "mv": "chirp-v5"}] * 2
    }
    api.on("GET", TASK, ok(body))
    task = await resolve(client_for(api).sonic.get("t1"))
    assert task.status == "succeeded"
    assert task.clips[0].duration == pytest.approx(187.46)
    assert task.clips[0].mv == "chirp-v5"


STREAMING = ok(
    {
        "data": [
            {"clip_id": "a", "state": "streaming", "audio_url": "https://c/a-stream"},
            {"clip_id": "b", "state": "streaming", "audio_url": "https://c/b-stream"},
        ]
    }
)


async def test_wait_until_streaming_returns_once_every_clip_can_be_played(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    half = ok({"data": [{"clip_id": "a", "state": "streaming", "audio_url": "https://c/a"}]})
    api.on("GET", TASK, NOT_READY, half, STREAMING, TWO_DONE)
    task = await resolve(client_for(api).sonic.wait("t1", until="streaming", expected_clips=2))
    assert task.status == "running"
    assert [c.state for c in task.clips] == ["streaming", "streaming"]
    assert api.count("GET", TASK) == 3
    done = await resolve(client_for(api).sonic.wait("t1"))  # the default waits for the end
    assert done.status == "succeeded"


async def test_wait_until_must_be_complete_or_streaming(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    with pytest.raises(musicapi_client.InvalidRequestError):
        await resolve(client_for(api).sonic.wait("t1", until="soon"))
    assert api.requests == []


def test_time_to_first_audio_on_the_mock(musicapi_mock: Any) -> None:
    client = musicapi_mock.client()
    created = client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
    first = created.wait(until="streaming", timeout=30)
    assert first.streamable
    assert all(c.state == "streaming" for c in first.clips)
    assert created.wait(timeout=30).status == "succeeded"


async def test_stems_come_typed_whatever_their_count(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    clips = [
        {"clip_id": f"s{n}", "state": "succeeded", "audio_url": f"https://c/s{n}.mp3", **extra}
        for n, extra in enumerate([{"title": "Vocals"}, {"stem_type": "drums"}, {}] + [{}] * 21)
    ]
    api.on("POST", "/api/v1/sonic/stems/full", ok({"task_id": "t1"}))
    api.on("GET", TASK, ok({"code": 200, "data": clips}))
    client = client_for(api)
    task = await resolve((await resolve(client.sonic.stems_full(clip_id="c"))).wait())
    stems = task.stems
    assert len(stems) == 24
    assert [s.name for s in stems[:3]] == ["Vocals", "drums", "stem 3"]
    assert stems[0].audio_url == "https://c/s0.mp3"
    assert isinstance(stems[0], musicapi_client.Stem)


async def test_a_too_large_or_looping_poll_fails_at_once_not_at_the_deadline(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    streams: list[Chunks] = []
    api.on("GET", TASK, chunked(poll_answer(100 * CHUNK), streams))
    client = client_for(api, max_response_bytes=16 * CHUNK)
    with pytest.raises(musicapi_client.APIConnectionError, match="larger than"):
        await resolve(client.sonic.wait("t1", timeout=600))
    assert api.count("GET", TASK) == 1
    assert client.sleeps == []
    loop = FakeAPI()
    loop.on("GET", TASK, httpx2.Response(302, headers={"location": TASK}))
    looping = client_for(loop)
    with pytest.raises(musicapi_client.APIConnectionError, match="redirect"):
        await resolve(looping.sonic.wait("t1", timeout=600))
    assert looping.sleeps == []  # one poll (and its redirects), then the error


async def test_backoff_grows_across_consecutive_transient_poll_failures(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    down = ok({"message": "busy"}, status=503)
    done = ok({"code": 200, "data": [{"clip_id": "a", "state": "succeeded", "audio_url": "u"}]})
    api.on("GET", TASK, down, down, down, down, done)
    client = client_for(api, max_retries=0)
    await resolve(client.sonic.wait("t1", timeout=600, expected_clips=1))
    first, second, third, fourth = client.sleeps
    assert first < second < third < fourth  # 0.5, 1, 2, 4 less up to 25 % jitter
    assert fourth >= 3.0


async def test_the_hubs_fallback_poll_keeps_the_callers_deadline(api: FakeAPI) -> None:
    api.on("GET", TASK, RUNNING)
    clock = FakeClock()
    client = make_client("sync", api, clock=clock, webhook_secret="s")
    hub = WebhookHub(client)  # listens alone for 80 % of the timeout, then polls too
    started = clock.now
    with pytest.raises(musicapi_client.WaitTimeoutError):
        hub.wait("t1", family="sonic", timeout=100)
    assert clock.now - started == pytest.approx(100)  # not 180: one deadline for both
    assert api.count("GET", TASK) >= 1
