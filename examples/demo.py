"""The newcomer's tour: upload a track, make a cover of it, wait, download both clips.

    python examples/demo.py            # against the bundled local mock (no key needed)
    python examples/demo.py --live     # against api.musicapi.ai with $MUSICAPI_API_KEY
                                       # and --upload-url pointing at audio you own

``make demo`` runs the first form; ``DEMO_LIVE=1 make demo`` the second.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

import musicapi_client
from musicapi_client.mock import MockServer

if TYPE_CHECKING:
    from collections.abc import Iterator

SPEED = 10.0  # the mock runs ten times faster than real generation
console = Console()


@contextlib.contextmanager
def connect(live: bool) -> Iterator[musicapi_client.MusicAPI]:
    """A client for the real API, or for a mock started (and stopped) here."""
    if live:
        if not os.environ.get("MUSICAPI_API_KEY"):
            sys.exit("error: --live needs MUSICAPI_API_KEY")
        with musicapi_client.MusicAPI() as client:
            yield client
        return
    with MockServer(speed=SPEED) as mock:
        console.print(f"[dim]local mock on {mock.url}[/dim]")
        schedule = musicapi_client.PollSchedule(scale=1 / SPEED)
        with musicapi_client.MusicAPI(
            api_key=mock.api_key, base_url=mock.url, poll_schedule=schedule
        ) as client:
            yield client


def run(client: musicapi_client.MusicAPI, upload_url: str, out: Path) -> list[Path]:
    """Upload, cover, wait with a progress bar, download; return the saved paths."""
    credits = client.credits.get()
    console.print(f"credits: {credits.credits:g} (+{credits.extra_credits:g} extra)")
    uploaded = client.sonic.upload(url=upload_url)
    console.print(f"uploaded -> clip_id {uploaded.clip_id}")
    created = client.sonic.cover(
        task_type="cover_upload_music",
        continue_clip_id=uploaded.clip_id,
        custom_mode=True,
        prompt="[Verse]\nLanterns on the water\n[Chorus]\nCarry me home",
        title="Lanterns",
        tags="dream pop, warm",
        mv="sonic-v6",
    )
    console.print(f"cover started -> task_id {created.task_id}")
    started = time.monotonic()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        bar = progress.add_task("waiting", total=created.expected_clips or 2)

        def show(task: musicapi_client.Task) -> None:
            done = sum(1 for clip in task.clips if clip.state == "succeeded")
            progress.update(bar, completed=done, description=f"{task.status} ({task.raw_status})")

        task = created.wait(on_progress=show, timeout=900)
    console.print(f"done in {time.monotonic() - started:.1f} s: {len(task.clips)} clips")
    return [client.download(clip, out) for clip in task.clips]


def main() -> None:
    """Parse options and run the tour."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--live", action="store_true", help="use the real API ($MUSICAPI_API_KEY)")
    parser.add_argument(
        "--upload-url",
        default=os.environ.get("DEMO_UPLOAD_URL"),
        help="public URL of audio you own (required with --live)",
    )
    parser.add_argument("--out", type=Path, default=Path("out"))
    args = parser.parse_args()
    if args.live and not args.upload_url:
        sys.exit("error: --live needs --upload-url (or DEMO_UPLOAD_URL): audio you own, 6-60 s")
    upload_url = args.upload_url or "https://files.example.com/demo/loop-30s.mp3"
    try:
        with connect(args.live) as client:
            paths = run(client, upload_url, args.out)
    except musicapi_client.MusicAPIError as exc:
        sys.exit(f"error: {exc}")
    for path in paths:
        console.print(f"saved {path}")


if __name__ == "__main__":
    main()
