"""Mistakes mypy --strict must catch (a test checks that it reports each line)."""

from __future__ import annotations

import musicapi_client
from musicapi_client import batch


def misspelled(client: musicapi_client.AsyncMusicAPI) -> None:
    batch.run("jobs.jsonl", "out", client=client, concurrencyy=4)  # E: unexpected keyword


def sync_client_to_the_async_runner(client: musicapi_client.MusicAPI) -> None:
    batch.run("jobs.jsonl", "out", client=client)  # E: incompatible type


def raw_misspelled(client: musicapi_client.MusicAPI) -> None:
    client.sonic.with_raw_response.creat()  # E: has no attribute "creat"


def raw_wrong_argument(client: musicapi_client.MusicAPI) -> None:
    client.sonic.with_raw_response.create(custom_mode="no")  # E: incompatible type
