"""Many songs at once with AsyncMusicAPI: create, wait and download concurrently.

    python examples/async_batch.py [--count 20] [--out out/batch]

Runs against the bundled mock (50x faster than real time). Against the real API, build the
client with your key instead of ``mock.url``; keep ``max_concurrency`` at the pool size.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

import httpx2

import musicapi_client
from musicapi_client.mock import MockServer

# What one song costs, as the spec says today (the mock charges the same table).
PRICES = {op.key: op.credits for op in musicapi_client.MusicAPI.catalog().operations}
SONG_PRICE = PRICES["sonic.create"] or 20

SPEED = 50.0
POOL = 10


async def make_one(client: musicapi_client.AsyncMusicAPI, n: int, out: Path) -> Path:
    """One instrumental: create, wait, download; returns the saved file."""
    created = await client.sonic.create(
        custom_mode=False,
        gpt_description_prompt=f"calm loop number {n}",
        make_instrumental=True,
        mv="sonic-v6",
    )
    task = await created.wait(timeout=120)
    return await client.download(task.clips[0], out)


async def run(count: int, out: Path) -> list[Path]:
    """Start the mock, make ``count`` songs concurrently, stop the mock."""
    with MockServer(speed=SPEED, credits=SONG_PRICE * count) as mock:
        http = httpx2.AsyncClient(limits=httpx2.Limits(max_connections=POOL))
        async with musicapi_client.AsyncMusicAPI(
            api_key=mock.api_key,
            base_url=mock.url,
            http_client=http,
            max_concurrency=POOL,
            poll_schedule=musicapi_client.PollSchedule(scale=1 / SPEED),
            create_interval=3.0 / SPEED,  # MusicAPI's one create per 3 s, on the mock's clock
        ) as client:
            paths = await asyncio.gather(*(make_one(client, n, out) for n in range(count)))
        await http.aclose()
    return list(paths)


def main() -> None:
    """Parse options and run the batch."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--out", type=Path, default=Path("out/batch"))
    args = parser.parse_args()
    started = time.perf_counter()
    paths = asyncio.run(run(args.count, args.out))
    print(f"{len(paths)} songs in {time.perf_counter() - started:.1f} s, saved under {args.out}/")


if __name__ == "__main__":
    main()
