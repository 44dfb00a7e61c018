"""A spend limit held by several processes together, through a real Redis server."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import musicapi_client
from musicapi_client.mock import MockServer

ROOT = Path(__file__).resolve().parents[2]
SPENDER = """
    import sys, musicapi_client
    client = musicapi_client.MusicAPI(
        api_key="mock-key", base_url=sys.argv[1], redis_url=sys.argv[2], create_interval=0,
        credit_prices={"sonic.create": 20},
    ).with_options(max_credits=100, budget="tenant-9")
    made = refused = 0
    for _ in range(5):
        try:
            client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
            made += 1
        except musicapi_client.BudgetExceededError:
            refused += 1
    print(made, refused)
"""


def test_eight_processes_on_one_tenants_budget_pass_it_by_no_create(redis_url: str) -> None:
    """Budget 100 at 20 a create: five creates in all, whichever process sends them."""
    with MockServer(speed=100, credits=100_000) as mock:
        runs = [
            subprocess.Popen(
                [sys.executable, "-c", textwrap.dedent(SPENDER), mock.url, redis_url],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(8)
        ]
        answers = []
        for run in runs:
            out, err = run.communicate(timeout=120)
            assert run.returncode == 0, err
            answers.append(tuple(map(int, out.split())))
        creates = mock.requests("sonic_create")
    assert creates == 5
    assert sum(made for made, _ in answers) == 5
    assert sum(refused for _, refused in answers) == 8 * 5 - 5
    client = musicapi_client.MusicAPI(api_key="mock-key", redis_url=redis_url)
    status = client.with_options(max_credits=100).budget("tenant-9")
    assert (status.reserved, status.left) == (100, 0)


async def test_the_async_client_reserves_in_redis_too(redis_url: str) -> None:
    import httpx2

    api = httpx2.MockTransport(
        lambda request: httpx2.Response(200, json={"code": 200, "task_id": "t"})
    )
    client = musicapi_client.AsyncMusicAPI(
        api_key="k", redis_url=redis_url, create_interval=0, max_credits=30,
        credit_prices={"sonic.create": 20}, http_client=httpx2.AsyncClient(transport=api),
    )  # fmt: skip
    other = musicapi_client.MusicAPI(api_key="k", redis_url=redis_url, max_credits=30)
    song = {"custom_mode": False, "gpt_description_prompt": "x", "mv": "sonic-v6"}
    await client.sonic.create(**song)
    assert other.budget().reserved == 20  # another process sees it
    with pytest.raises(musicapi_client.BudgetExceededError):
        await client.sonic.create(**song)
    await client.close()


def test_an_unreachable_redis_refuses_a_priced_call_it_cannot_check(
    own_redis: object,
) -> None:
    url = own_redis.url  # type: ignore[attr-defined]
    own_redis.stop()  # type: ignore[attr-defined]
    client = musicapi_client.MusicAPI(
        api_key="k", redis_url=url, create_interval=0, max_credits=100,
        base_url="http://127.0.0.1:9",  # never reached
    )  # fmt: skip
    with pytest.raises(musicapi_client.BudgetExceededError, match="cannot be checked") as caught:
        client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
    assert caught.value.outcome_unknown is False
    assert "s3cret" not in str(caught.value)
