"""What script authors write, after the README: checked with ``mypy --strict`` by a test."""

from __future__ import annotations

import musicapi_client
from musicapi_client import batch


def resume(client: musicapi_client.MusicAPI, task_id: str) -> musicapi_client.Task:
    """The README's resume pattern: the id of a timed-out or failed wait is a str."""
    try:
        return client.sonic.wait(task_id, timeout=60)
    except musicapi_client.WaitTimeoutError as err:
        return client.sonic.wait(err.task_id, timeout=600)
    except musicapi_client.TaskFailedError as err:
        return client.sonic.get(err.task_id)


def run_batch(client: musicapi_client.AsyncMusicAPI) -> int:
    """batch.run with its keywords spelled out."""
    result = batch.run("jobs.jsonl", "out", client=client, concurrency=4, max_credits=100)
    return result.exit_code


def raw_answer(client: musicapi_client.MusicAPI) -> musicapi_client.TaskCreated:
    """with_raw_response is typed: mypy knows create's answer and what parse() gives."""
    raw: musicapi_client.APIResponse[musicapi_client.TaskCreated] = (
        client.sonic.with_raw_response.create(
            custom_mode=False, gpt_description_prompt="x", mv="sonic-v6"
        )
    )
    print(raw.status_code, raw.request_id)
    return raw.parse()


async def async_raw_answer(client: musicapi_client.AsyncMusicAPI) -> float:
    raw = await client.credits.with_raw_response.get()
    credits = await raw.parse()
    return credits.credits
