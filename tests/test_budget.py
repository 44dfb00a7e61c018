"""Spend limits: every priced call reserves its price before it is sent; past the limit it
is refused (nothing sent); what provably never started gives its reservation back."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from tests.fakes import FakeAPI, fail, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

CREATE = "/api/v1/sonic/create"
SONG = {"custom_mode": False, "gpt_description_prompt": "a song", "mv": "sonic-v6"}
CREATED = {"code": 200, "message": "success", "task_id": "t1"}


async def _create(client: Any) -> Any:
    return await resolve(client.sonic.create(**SONG))


async def test_a_create_past_the_limit_is_refused_before_anything_is_sent(
    client_for: Callable[..., Any],
) -> None:
    api = FakeAPI().on("POST", CREATE, ok(CREATED))
    client = client_for(api, create_interval=0, max_credits=45, credit_prices={"sonic.create": 20})
    await _create(client)
    await _create(client)
    with pytest.raises(musicapi_client.BudgetExceededError) as caught:
        await _create(client)
    error = caught.value
    assert (error.budget, error.limit, error.reserved, error.amount) == ("default", 45, 40, 20)
    assert error.outcome_unknown is False
    assert "nothing was sent" in str(error)
    assert api.count("POST", CREATE) == 2
    status = await resolve(client.budget())
    assert (status.name, status.limit, status.reserved, status.left) == ("default", 45, 40, 5)


async def test_the_dated_price_is_reserved_when_the_caller_gives_none(
    client_for: Callable[..., Any],
) -> None:
    api = FakeAPI().on("POST", CREATE, ok(CREATED))
    client = client_for(api, create_interval=0, max_credits=100)
    await _create(client)
    catalog = musicapi_client.MusicAPI.catalog()
    price = next(op.credits for op in catalog.operations if op.key == "sonic.create")
    assert (await resolve(client.budget())).reserved == price


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        (ok({"message": "bad prompt"}, status=400), False),  # refused: nothing started
        (fail(httpx2.ConnectError), False),  # never connected
        (ok({"message": "boom"}, status=500), True),  # unknown: it may have started
        (fail(httpx2.ReadTimeout), True),  # unknown
    ],
    ids=["400", "connect", "500", "read-timeout"],
)
async def test_only_a_call_that_provably_never_started_gives_its_reservation_back(
    client_for: Callable[..., Any], reply: Any, kept: bool
) -> None:
    api = FakeAPI().on("POST", CREATE, reply)
    client = client_for(
        api, create_interval=0, max_retries=0, max_credits=100, credit_prices={"sonic.create": 20}
    )
    with pytest.raises(musicapi_client.MusicAPIError):
        await _create(client)
    assert (await resolve(client.budget())).reserved == (20 if kept else 0)


async def test_named_budgets_are_apart_and_shared_by_copies(client_for: Callable[..., Any]) -> None:
    api = FakeAPI().on("POST", CREATE, ok(CREATED))
    client = client_for(api, create_interval=0, credit_prices={"sonic.create": 20})
    alice = client.with_options(max_credits=20, budget="user-alice")
    bob = client.with_options(max_credits=40, budget="user-bob")
    await _create(alice)
    with pytest.raises(musicapi_client.BudgetExceededError):
        await _create(alice.with_options(timeout=5))  # a copy of alice: her budget still
    await _create(bob)
    await _create(bob)
    assert (await resolve(client.budget("user-alice"))).reserved == 20
    assert (await resolve(bob.budget())).reserved == 40
    assert (await resolve(client.budget())).limit is None  # the client itself: no limit
    await _create(client)  # and nothing reserved for it
    await resolve(alice.reset_budget())
    await _create(alice)
    assert api.count("POST", CREATE) == 5


async def test_a_priced_call_reserves_too(client_for: Callable[..., Any]) -> None:
    upload = {"code": 200, "message": "success", "clip_id": "c1"}
    api = FakeAPI().on("POST", "/api/v1/sonic/upload", ok(upload))
    client = client_for(api, max_credits=3, credit_prices={"sonic.upload": 2})
    await resolve(client.sonic.upload(url="https://example.com/a.mp3"))
    with pytest.raises(musicapi_client.BudgetExceededError):
        await resolve(client.sonic.upload(url="https://example.com/a.mp3"))
    assert api.count("POST", "/api/v1/sonic/upload") == 1


async def test_a_create_cancelled_while_it_waits_for_its_slot_gives_its_reservation_back() -> None:
    from musicapi_client._clock import SYSTEM_CLOCK

    api = FakeAPI().on("POST", CREATE, ok(CREATED))
    client = musicapi_client.AsyncMusicAPI(
        api_key="k",
        http_client=httpx2.AsyncClient(transport=api.transport),
        create_interval=30,
        clock=SYSTEM_CLOCK,
        max_credits=100,
        credit_prices={"sonic.create": 20},
    )
    await _create(client)  # the first slot: at once
    waiting = asyncio.create_task(_create(client))  # the next slot is 33 s away
    while (await client.budget()).reserved < 40:  # reserved, now waiting for its slot
        await asyncio.sleep(0.01)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert (await client.budget()).reserved == 20
    assert api.count("POST", CREATE) == 1
    await client.close()


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf"), "100", True])
def test_a_limit_that_is_not_a_number_of_credits_is_refused(bad: object) -> None:
    with pytest.raises(musicapi_client.ConfigurationError) as caught:
        musicapi_client.MusicAPI(api_key="k", max_credits=bad)  # type: ignore[arg-type]
    assert caught.value.option == "max_credits"
    client = musicapi_client.MusicAPI(api_key="k")
    with pytest.raises(musicapi_client.ConfigurationError):
        client.with_options(budget="no spaces allowed")


def test_a_batch_stops_at_the_clients_spend_limit(tmp_path: Path) -> None:
    """A batch run with a client under a spend limit: the create that would pass it is
    not sent, the batch stops, the rest stays planned (a rerun under a new limit sends
    them)."""
    import json

    from musicapi_client import batch
    from musicapi_client.mock import MockServer

    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(
        "".join(
            json.dumps({"id": f"j{n}", "operation": "sonic.create", "params": SONG}) + "\n"
            for n in range(4)
        ),
        encoding="utf-8",
    )
    with MockServer(speed=100) as mock:
        client = musicapi_client.AsyncMusicAPI(
            api_key=mock.api_key,
            base_url=mock.url,
            create_interval=0.01,
            poll_schedule=musicapi_client.PollSchedule(scale=1 / 100),
            max_credits=40,
            credit_prices={"sonic.create": 20},
        )
        result = batch.run(jobs, tmp_path / "out", client=client, concurrency=1)
        creates = mock.requests("sonic_create")
    assert creates == 2
    assert result.counts["done"] == 2
    assert result.counts["planned"] == 2
    assert any("spend limit" in note for note in result.notes)
