"""Creates are paced per key: a burst queues in the client, a slot given back is taken."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

import musicapi_client
from musicapi_client.testing import FakeClock
from tests.fakes import FakeAPI, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable


async def test_a_burst_of_creates_is_paced_one_every_three_seconds(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", "/api/v1/sonic/create", ok({"task_id": "t1"}))
    client = client_for(api)
    for _ in range(4):
        await resolve(
            client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
        )
    # 3 s apart, plus a 10 % margin: the server measures arrivals, and networks jitter.
    assert client.sleeps == pytest.approx([3.3, 3.3, 3.3])
    unpaced = client_for(api, create_interval=0)
    for _ in range(3):
        await resolve(
            unpaced.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
        )
    assert unpaced.sleeps == []


def test_with_options_copies_share_the_pacer() -> None:
    client = musicapi_client.MusicAPI(api_key="k", create_interval=5)
    assert client.with_options(timeout=3)._pacer is client._pacer


async def test_concurrent_creates_queue_in_the_pacer() -> None:
    from musicapi_client._pacing import Pacer

    pacer = Pacer(3.0)
    waits = [pacer.take(100.0).delay for _ in range(4)]
    assert waits == pytest.approx([0.0, 3.3, 6.6, 9.9])
    assert pacer.take(200.0).delay == 0.0  # a quiet spell frees the next slot


def test_a_slot_given_back_is_taken_by_the_next_create() -> None:
    from musicapi_client._pacing import Pacer

    pacer = Pacer(3.0)
    slots = [pacer.take(100.0) for _ in range(6)]
    for slot in slots[1:5]:  # four waiters gave up
        pacer.release(slot)
    assert pacer.take(100.0).delay == pytest.approx(3.3)  # not 6 intervals later
    assert pacer.take(100.0).delay == pytest.approx(6.6)
    assert pacer.take(100.0).delay == pytest.approx(9.9)
    assert pacer.take(100.0).delay == pytest.approx(13.2)  # the gap closes exactly
    assert pacer.take(100.0).delay == pytest.approx(19.8)  # after the one still held


async def test_a_cancelled_wait_for_a_pacing_slot_gives_the_slot_back(api: FakeAPI) -> None:
    import asyncio

    from tests.fakes import make_client

    class Stalled(FakeClock):
        async def asleep(self, seconds: float) -> None:
            self.sleeps.append(seconds)
            await asyncio.Event().wait()  # until cancelled

    api.on("POST", "/api/v1/sonic/create", ok({"task_id": "t1"}))
    clock = Stalled()
    client = make_client("async", api, clock=clock)
    args = {"custom_mode": False, "gpt_description_prompt": "x", "mv": "sonic-v4"}
    await client.sonic.create(**args)  # the first slot: at once
    waiting = [asyncio.create_task(client.sonic.create(**args)) for _ in range(4)]
    while len(clock.sleeps) < 4:
        await asyncio.sleep(0)
    for task in waiting:
        task.cancel()
    await asyncio.gather(*waiting, return_exceptions=True)
    last = asyncio.create_task(client.sonic.create(**args))
    while len(clock.sleeps) < 5:
        await asyncio.sleep(0)
    last.cancel()
    await asyncio.gather(last, return_exceptions=True)
    assert clock.sleeps[-1] == pytest.approx(3.3)  # the next slot, not four intervals on
    assert api.count("POST", "/api/v1/sonic/create") == 1


def test_the_mock_enforces_a_create_limit_the_client_respects(musicapi_mock: Any) -> None:
    # The mock and the client share one simulated clock: what is measured is the pacing,
    # not how fast this machine happens to be right now.
    clock = FakeClock()
    musicapi_mock.state.config.clock = clock
    musicapi_mock.state.config.create_interval = 3.0  # at speed 50: 0.06 s between creates
    paced = musicapi_mock.client(clock=clock)
    for _ in range(3):
        paced.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
    assert musicapi_mock.state.paced == 0
    unpaced = musicapi_mock.client(create_interval=0, max_retries=5, clock=clock)
    for _ in range(3):
        unpaced.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
    assert musicapi_mock.state.paced > 0  # refused with 429, then retried: still sent once
    assert musicapi_mock.requests("sonic_create") == 6 + musicapi_mock.state.paced
