"""Pacing per API key across processes, through a real Redis server."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import musicapi_client
from musicapi_client.mock import MockServer
from musicapi_client.testing import FakeClock

if TYPE_CHECKING:
    from tests.redis_server import RedisServer

ROOT = Path(__file__).resolve().parents[2]
ARGS = {"custom_mode": False, "gpt_description_prompt": "a song", "mv": "sonic-v6"}


def _run(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


RESERVER = """
    import json, sys
    import musicapi_client
    client = musicapi_client.MusicAPI(
        api_key="shared-key", redis_url=sys.argv[1], create_interval=1.0
    )
    starts = []
    for _ in range(5):
        wait, member = client._pacer.reserve()
        starts.append(int(member.split(b":")[0]))
    print(json.dumps(starts))
"""


def test_reservations_from_four_processes_are_spaced_on_the_servers_clock(redis_url: str) -> None:
    """However the processes interleave, no two starts for one key are closer than the
    interval plus its margin (1.1 s): the reservation is one atomic script."""
    runs = [_run(RESERVER, redis_url) for _ in range(4)]
    starts = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        starts += json.loads(out)
    starts.sort()
    assert len(starts) == 20
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= 1100


CREATOR = """
    import sys, warnings
    warnings.simplefilter("ignore", DeprecationWarning)
    import musicapi_client
    client = musicapi_client.MusicAPI(
        api_key="mock-key", base_url=sys.argv[1], redis_url=sys.argv[2],
        create_interval=float(sys.argv[3]), max_retries=0,
    )
    for _ in range(3):
        client.sonic.create(custom_mode=False, gpt_description_prompt="a song", mv="sonic-v6")
    print("ok")
"""


@pytest.mark.slow
def test_four_processes_sharing_a_key_meet_no_early_create(redis_url: str) -> None:
    """The mock refuses (429) a create sooner than 0.27 s after the last (0.3 s, less its
    10 % tolerance, in real time: speed 1); four processes pace their 12 creates through
    Redis at 1 s (+10 %) and none is refused: 0.8 s of slack for a busy machine to send a
    create late. Uncoordinated, they collide (3 of 6 refused in a check)."""
    with MockServer(speed=1, create_interval=0.3) as mock:
        runs = [_run(CREATOR, mock.url, redis_url, "1.0") for _ in range(4)]
        for run in runs:
            _out, err = run.communicate(timeout=120)
            assert run.returncode == 0, err
        stats = mock.state.stats()
    assert stats["requests"]["sonic_create"] == 12
    assert stats["paced"] == 0


def test_a_cancelled_wait_gives_its_reservation_back(redis_url: str) -> None:
    import redis

    client = musicapi_client.MusicAPI(api_key="k", redis_url=redis_url, create_interval=10.0)
    clock = FakeClock()
    client._pacer.sleep_for_slot(clock)  # the first slot: at once

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    clock.sleep = interrupted  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        client._pacer.sleep_for_slot(clock)  # the second waits 11 s: interrupted
    with redis.Redis.from_url(redis_url) as server:
        keys = server.keys("musicapi:*:pace:*")
        assert len(keys) == 1
        assert server.zcard(keys[0]) == 1  # only the first reservation is left


async def test_the_async_client_paces_through_redis_too(redis_url: str) -> None:
    clock = FakeClock()
    client = musicapi_client.AsyncMusicAPI(
        api_key="k", redis_url=redis_url, create_interval=2.0, clock=clock
    )
    sync = musicapi_client.MusicAPI(api_key="k", redis_url=redis_url, create_interval=2.0)
    first, _ = sync._pacer.reserve()  # another process took the key's next slot
    start = clock.monotonic()
    await client._pacer.asleep_for_slot(clock)
    assert first == 0
    assert clock.monotonic() - start >= 2.1 - 0.01  # it waited for the other's spacing
    await client.close()


def test_redis_unreachable_paces_in_process_with_one_warning(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    url = own_redis.url
    own_redis.stop()
    client = musicapi_client.MusicAPI(api_key="k", redis_url=url, create_interval=1.0)
    clock = FakeClock()
    with caplog.at_level("WARNING", logger="musicapi_client"):
        client._pacer.sleep_for_slot(clock)
        client._pacer.sleep_for_slot(clock)  # paced locally: waits 1.1 s
    outages = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(outages) == 1
    assert "paced in this process alone" in outages[0]
    assert clock.monotonic() - 1000.0 == pytest.approx(1.1)
    assert own_redis.password not in outages[0]  # type: ignore[operator]
    own_redis.start()  # back: the next reservation goes through Redis again
    client._pacer.sleep_for_slot(clock)
    import redis

    with redis.Redis.from_url(url) as server:
        assert server.keys("musicapi:*:pace:*")


def test_the_redis_password_never_shows(own_redis: RedisServer) -> None:
    client = musicapi_client.MusicAPI(api_key="k", redis_url=own_redis.url)
    shown = [repr(client), repr(client._pacer), repr(client._coordination())]
    assert all("s3cret" not in text for text in shown), shown
    with pytest.raises(musicapi_client.MusicAPIError) as caught:
        musicapi_client.MusicAPI(api_key="k", redis_url="http://:s3cret@example.com/")
    assert "s3cret" not in str(caught.value)


def test_no_redis_module_is_imported_without_a_redis_url() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, musicapi_client; musicapi_client.MusicAPI(api_key='k');"
            "print(any(m == 'redis' or m.startswith(('redis.', 'musicapi_client._redis'))"
            " for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert done.stdout.strip() == "False"


async def test_a_burst_of_async_reservations_queues_for_connections(redis_url: str) -> None:
    """A batch has hundreds of creates waiting for slots at once: they queue for the async
    client's connections (a blocking pool) instead of failing as an "outage" and falling
    back to uncoordinated local pacing (which sent creates early)."""
    import asyncio

    client = musicapi_client.AsyncMusicAPI(api_key="k", redis_url=redis_url, create_interval=0.15)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # an outage warning fails the test
        reserved = await asyncio.gather(*(client._pacer.areserve() for _ in range(300)))
    starts = sorted(int(member.split(b":")[0]) for _, member in reserved)
    assert min(b - a for a, b in itertools.pairwise(starts)) >= 165
    await client.close()


def test_the_pacing_key_lives_as_long_as_its_furthest_slot(redis_url: str) -> None:
    """A create that fills a gap left by a given-back slot must not shorten the key's
    life below the slots still queued after it (another process would go out early)."""
    import redis

    client = musicapi_client.MusicAPI(api_key="k", redis_url=redis_url, create_interval=10.0)
    members = [client._pacer.reserve()[1] for _ in range(6)]  # starts 0, 11, ..., 55 s
    with redis.Redis.from_url(redis_url) as server:
        (key,) = server.keys("musicapi:*:pace:*")
        server.zrem(key, members[1])  # a queued create gave its slot back
        client._pacer.reserve()  # and a new one fills the gap, 11 s in
        furthest = max(score for _, score in server.zrange(key, 0, -1, withscores=True))
        seconds, micros = server.time()
        now_ms = seconds * 1000 + micros // 1000
        expires_at = now_ms + server.pttl(key)
    assert expires_at >= furthest + 11_000  # past the last queued start, and its spacing


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("redis://:pw-secret@localhost:abc/0", "port"),
        ("redis://:pw-secret@localhost:99999/0", "port"),
        ("redis://:pw-secret@localhost:6379/0?foo=1", "foo"),
        ("rediss://:pw-secret@localhost:6379/0?ssl_cert_reqs=maybe", "ssl_cert_reqs"),
        ("redis://:pw-secret@localhost:6379/0?db=x", "db"),
        ("redis://:pw#secret@localhost:6379/0", "percent-encode"),
        ("redis://user:pw/secret@localhost:6379/0", "percent-encode"),
        ("redis://:pw?secret@localhost/0", "percent-encode"),
        ("http://:pw-secret@localhost/0", "redis://"),
    ],
)
@pytest.mark.parametrize("cls", ["MusicAPI", "AsyncMusicAPI"])
def test_a_mistyped_redis_url_is_refused_when_the_client_is_built(
    url: str, named: str, cls: str
) -> None:
    with pytest.raises(musicapi_client.ConfigurationError) as caught:
        getattr(musicapi_client, cls)(api_key="k", redis_url=url)
    assert caught.value.option == "redis_url"
    assert named in str(caught.value)
    assert "secret" not in str(caught.value)


# Each password below is made of parts that appear nowhere else in what is shown.
PARTS = ("Zq9", "Xw7", "Kv5", "Jm3")


@pytest.mark.parametrize(
    "url",
    [
        "redis://:Zq9%23Xw7%2FKv5%3FJm3%40@localhost:6379/0",  # #, /, ?, @ percent-encoded
        "redis://user:Zq9%40Xw7@localhost:6379/0",
        "redis://localhost:6379/0?password=Zq9%23Xw7",
        "redis://:Kv5@localhost:6379/0?username=Jm3&password=Zq9",
        "unix://:Zq9Xw7@/tmp/redis.sock?db=1",
    ],
)
def test_a_redis_password_is_masked_whatever_characters_it_holds(url: str) -> None:
    from musicapi_client._redis import RedisLink, redact_url

    link = RedisLink(url, api_key="k")
    client = musicapi_client.MusicAPI(api_key="k", redis_url=url)
    shown = [redact_url(url), repr(link), repr(client._coordination()), repr(client._pacer)]
    for text in shown:
        assert not any(part in text for part in PARTS), text


@pytest.mark.parametrize(
    "raw", ["redis://:Zq9#Xw7@h:6379/0", "redis://u:Zq9/Xw7@h/0", "redis://:Zq9?Xw7@Kv5@h/0"]
)
def test_redact_url_masks_an_unescaped_password_whole(raw: str) -> None:
    from musicapi_client._redis import redact_url

    shown = redact_url(raw)
    assert not any(part in shown for part in PARTS), shown
    assert shown.startswith("redis://***@h")


def test_the_outage_warning_masks_a_password_with_reserved_characters(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    from urllib.parse import quote

    url = f"redis://:{quote('Zq9#Xw7/Kv5?Jm3@', safe='')}@127.0.0.1:{own_redis.port}/0"
    own_redis.stop()
    client = musicapi_client.MusicAPI(api_key="k", redis_url=url, create_interval=1.0)
    with caplog.at_level("DEBUG", logger="musicapi_client"):
        client._pacer.sleep_for_slot(FakeClock())
    text = " ".join(r.getMessage() for r in caplog.records) + repr(client._pacer)
    assert "unreachable" in text
    assert not any(part in text for part in PARTS), text


def test_a_sub_second_wait_for_a_slot_is_slept(redis_url: str) -> None:
    """0.5 s creates: the second reservation waits 0.55 s (the spacing, on the server's
    clock, in milliseconds), and the sync pacer sleeps it, however short."""
    client = musicapi_client.MusicAPI(api_key="k", redis_url=redis_url, create_interval=0.5)
    clock = FakeClock()
    client._pacer.sleep_for_slot(clock)
    client._pacer.sleep_for_slot(clock)
    assert len(clock.sleeps) == 1
    assert 0.4 < clock.sleeps[0] <= 0.55


async def test_the_async_pacer_paces_in_process_while_redis_is_down(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    url = own_redis.url
    own_redis.stop()
    clock = FakeClock()
    client = musicapi_client.AsyncMusicAPI(
        api_key="k", redis_url=url, create_interval=1.0, clock=clock
    )
    with caplog.at_level("WARNING", logger="musicapi_client"):
        await client._pacer.asleep_for_slot(clock)
        await client._pacer.asleep_for_slot(clock)  # paced locally: waits 1.1 s
    outages = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(outages) == 1
    assert "paced in this process alone" in outages[0]
    assert clock.sleeps == [pytest.approx(1.1)]
    await client.close()


async def test_a_cancelled_async_wait_for_a_slot_stays_cancelled(redis_url: str) -> None:
    """A task cancelled while it waits for its slot ends cancelled (the cancellation is
    never swallowed) and gives its reservation back."""
    import asyncio

    import redis

    from musicapi_client._clock import SYSTEM_CLOCK

    client = musicapi_client.AsyncMusicAPI(api_key="k", redis_url=redis_url, create_interval=10)
    await client._pacer.asleep_for_slot(SYSTEM_CLOCK)  # the first slot: at once
    waiting = asyncio.create_task(client._pacer.asleep_for_slot(SYSTEM_CLOCK))  # 11 s away
    with redis.Redis.from_url(redis_url) as server:
        (key,) = server.keys("musicapi:*:pace:*")
        while server.zcard(key) < 2:  # the second reservation is made: it waits now
            await asyncio.sleep(0.01)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert waiting.cancelled()
        assert server.zcard(key) == 1  # given back
    await client.close()
