"""Songs made by Celery workers that share one key and one webhook receiver through Redis.

The deployment the Redis coordination exists for. Every worker process runs this app with
the same Redis (Celery's broker, and the client's ``redis_url``):

    REDIS_URL=redis://127.0.0.1:6379/0 celery -A celery_songs worker --concurrency 8

and one receiver, behind the public ``MUSICAPI_WEBHOOK_URL``, verifies MusicAPI's
deliveries and shares them with every worker:

    musicapi webhooks listen --port 8790 --redis $REDIS_URL

``make_song.delay("a sea shanty", "out/")`` then creates the song on the next pacing slot
of the key (shared by all workers), waits for its delivery on the hub (whichever process
received it; polling only as the fallback) and downloads the clips into ``out_dir`` of the
worker that ran it. ``tests/redis/test_celery.py`` runs all of it against the mock.
"""

from __future__ import annotations

import os

from celery import Celery

import musicapi_client
from musicapi_client.webhooks import WebhookHub

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
app = Celery("celery_songs", broker=REDIS_URL, backend=REDIS_URL)

_shared: dict[str, object] = {}  # one client and one hub per worker process


def _client_and_hub() -> tuple[musicapi_client.MusicAPI, WebhookHub]:
    """Made in the worker process (after Celery forks), once: key and secret from the
    environment (MUSICAPI_API_KEY, MUSICAPI_WEBHOOK_SECRET), coordination through Redis."""
    if not _shared:
        client = musicapi_client.MusicAPI(redis_url=REDIS_URL)
        _shared.update(client=client, hub=WebhookHub(client))
    return _shared["client"], _shared["hub"]  # type: ignore[return-value]


@app.task  # type: ignore[untyped-decorator]  # Celery has no type stubs
def make_song(prompt: str, out_dir: str) -> list[str]:
    """Create a song, wait for its delivery, download it; the files' paths."""
    client, hub = _client_and_hub()
    created = client.sonic.create(
        custom_mode=False,
        gpt_description_prompt=prompt,
        mv="sonic-v6",
        webhook_url=os.environ["MUSICAPI_WEBHOOK_URL"],
    )
    task = hub.wait(created, timeout=900)
    return [str(client.download(clip, out_dir)) for clip in task.clips]
