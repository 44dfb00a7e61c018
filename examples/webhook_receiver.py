"""A web app that never polls: creates send a webhook_url, a hub turns deliveries into results.

    python examples/webhook_receiver.py [--songs 3] [--drop 0.0]

Starts the bundled mock (which delivers signed webhooks to 127.0.0.1) and this app on a free
port, then asks the app for songs. ``POST /songs`` creates a song whose ``webhook_url``
points back at the app and awaits ``hub.wait(created)``; ``POST /webhooks/musicapi``
feeds every delivery to the hub (400 when it fails verification, so MusicAPI retries; 200
for duplicates). With ``--drop`` the mock loses that share of deliveries and the hub's
poll fallback still finishes every song. It prints how many polls the mock saw.

In production: build ``AsyncMusicAPI()`` from your key and ``MUSICAPI_WEBHOOK_SECRET``, and
use your public https URL for the webhook route.
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import time
from typing import TYPE_CHECKING, Any

import httpx2
import uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

import musicapi_client
from musicapi_client.mock import MockServer, free_port

# What one song costs, as the spec says today (the mock charges the same table).
PRICES = {op.key: op.credits for op in musicapi_client.MusicAPI.catalog().operations}
SONG_PRICE = PRICES["sonic.create"] or 20

if TYPE_CHECKING:
    from starlette.requests import Request

SPEED = 60.0
SECRET = "example-webhook-secret"  # noqa: S105 - the mock's demo value


def create_app(client: musicapi_client.AsyncMusicAPI, public_url: str) -> Starlette:
    """The app: one route that makes songs, one that receives MusicAPI's deliveries."""
    hub = musicapi_client.AsyncWebhookHub(client)  # verifies with the client's webhook_secret

    async def webhook(request: Request) -> Response:
        try:
            hub.deliver(await request.body(), request.headers)
        except musicapi_client.WebhookVerificationError as exc:
            return JSONResponse({"error": exc.reason}, 400)
        return JSONResponse({"ok": True})

    async def make_song(request: Request) -> Response:
        prompt = str((await request.json()).get("prompt", "a short jingle"))
        created = await client.sonic.create(
            custom_mode=False,
            gpt_description_prompt=prompt,
            mv="sonic-v6",
            webhook_url=f"{public_url}/webhooks/musicapi",  # the secret comes from the client
        )
        try:
            task = await hub.wait(created, timeout=60)
        except musicapi_client.MusicAPIError as exc:
            return JSONResponse({"task_id": created.task_id, "error": str(exc)}, 502)
        clips = [{"clip_id": c.clip_id, "audio_url": c.audio_url} for c in task.clips]
        return JSONResponse({"task_id": task.task_id, "status": task.status, "clips": clips})

    routes = [
        Route("/webhooks/musicapi", webhook, methods=["POST"]),
        Route("/songs", make_song, methods=["POST"]),
    ]
    return Starlette(routes=routes)


def serve_in_thread(app: Starlette, port: int) -> uvicorn.Server:
    """Run ``app`` on 127.0.0.1:``port`` in a daemon thread; returns once it accepts."""
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the example app did not start")
        time.sleep(0.01)
    return server


async def ask_for_songs(public_url: str, songs: int) -> list[dict[str, Any]]:
    """What a browser would do: ask the app for ``songs`` songs at once."""
    async with httpx2.AsyncClient(base_url=public_url, timeout=90) as http:
        answers = await asyncio.gather(
            *(http.post("/songs", json={"prompt": f"song {n}"}) for n in range(songs))
        )
    return [answer.json() for answer in answers]


def run(songs: int, drop: float) -> dict[str, Any]:
    """Start the mock and the app, ask for ``songs`` songs at once; what happened."""
    with MockServer(speed=SPEED, webhook_drop=drop, credits=SONG_PRICE * songs) as mock:
        port = free_port()
        public_url = f"http://127.0.0.1:{port}"
        # A short poll schedule to match the mock's speed (the fallback after lost deliveries).
        schedule = musicapi_client.PollSchedule(scale=1 / SPEED)
        client = musicapi_client.AsyncMusicAPI(
            api_key=mock.api_key,
            base_url=mock.url,
            webhook_secret=SECRET,
            poll_schedule=schedule,
            create_interval=0,
        )
        server = serve_in_thread(create_app(client, public_url), port)
        try:
            started = time.monotonic()
            answers = asyncio.run(ask_for_songs(public_url, songs))
            seconds = time.monotonic() - started
        finally:
            server.should_exit = True
            asyncio.run(client.close())
        return {
            "answers": answers,
            "seconds": seconds,
            "polls": mock.requests("sonic_get"),
            "webhooks": mock.state.stats()["webhooks"],
        }


def main() -> None:
    """Parse the options, run, print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--songs", type=int, default=3)
    parser.add_argument("--drop", type=float, default=0.0, help="share of deliveries lost")
    args = parser.parse_args()
    result = run(args.songs, args.drop)
    for answer in result["answers"]:
        print(f"task {answer['task_id']}: {answer.get('status', answer.get('error'))}")
    done = sum(1 for a in result["answers"] if a.get("status") == "succeeded")
    print(f"{done}/{args.songs} songs in {result['seconds']:.1f} s, {result['polls']} polls")
    print(f"webhooks: {result['webhooks']}")


if __name__ == "__main__":
    main()
